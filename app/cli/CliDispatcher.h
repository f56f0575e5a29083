#pragma once

#include "CliCommand.h"

#include <functional>
#include <memory>
#include <vector>

namespace reticle {

// Picks the subcommand from argv[1] and runs it; answers --help and --version for the whole tool.
class CliDispatcher
{
    Q_DECLARE_TR_FUNCTIONS(CliDispatcher)
public:
    explicit CliDispatcher(std::vector<std::unique_ptr<CliCommand>> commands);

    // Called with the code of a valid `--lang CODE` given before the command.
    void setLanguageHandler(std::function<void(const QString &)> handler) { m_setLanguage = std::move(handler); }

    // `arguments` is argv (program name first). Returns the exit code.
    int run(const QStringList &arguments, CliIo &io);
    QString helpText() const;

private:
    std::vector<std::unique_ptr<CliCommand>> m_commands;
    std::function<void(const QString &)> m_setLanguage;
};

} // namespace reticle
