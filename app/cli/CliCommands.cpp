#include "CliCommands.h"

#include "CalibrateCommand.h"
#include "DetectCommand.h"
#include "InfoCommand.h"
#include "ProbeCameraCommand.h"

namespace reticle {

std::vector<std::unique_ptr<CliCommand>> createCliCommands()
{
    std::vector<std::unique_ptr<CliCommand>> commands;
    commands.push_back(std::make_unique<InfoCommand>());
    commands.push_back(std::make_unique<DetectCommand>());
    commands.push_back(std::make_unique<CalibrateCommand>());
    commands.push_back(std::make_unique<ProbeCameraCommand>());
    return commands;
}

} // namespace reticle
