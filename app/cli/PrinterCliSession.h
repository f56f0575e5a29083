#pragma once

#include "CliCommand.h"
#include "printer/MoonrakerClient.h"

#include <QCommandLineOption>

namespace reticle {

// What the printer subcommands share: --printer/--api-key/--timeout, connecting without
// automatic reconnects, and waiting (in a local event loop) for the connection or a reply.
class PrinterCliSession
{
    Q_DECLARE_TR_FUNCTIONS(PrinterCliSession)
public:
    PrinterCliSession();

    void addOptions(QCommandLineParser &parser) const;
    // Reads the options; returns a usage error text when they are wrong.
    QString configure(const QCommandLineParser &parser);

    enum class Need { Socket, KlippyState, Ready };
    // Connects and waits until `need` is met. On failure returns false with the reason in `error`.
    bool connect(Need need, QString *error);
    // Waits for `reply` (no limit of its own beyond the request's timeout).
    static void wait(PrinterReply *reply);

    MoonrakerClient &client() { return m_client; }
    int timeoutMs() const { return m_timeoutMs; }

private:
    QCommandLineOption m_printer;
    QCommandLineOption m_apiKey;
    QCommandLineOption m_oneshot;
    QCommandLineOption m_timeout;
    QCommandLineOption m_verbose;
    MoonrakerClient m_client;
    int m_timeoutMs = 15000;
};

} // namespace reticle
