#include "CliCommands.h"

#include "CalibrateCommand.h"
#include "DetectCommand.h"
#include "InfoCommand.h"
#include "ProbeCameraCommand.h"
#include "CamerasCommand.h"
#include "GcodeCommand.h"
#include "StatusCommand.h"

namespace reticle {

std::vector<std::unique_ptr<CliCommand>> createCliCommands()
{
    std::vector<std::unique_ptr<CliCommand>> commands;
    commands.push_back(std::make_unique<InfoCommand>());
    commands.push_back(std::make_unique<DetectCommand>());
    commands.push_back(std::make_unique<CalibrateCommand>());
    commands.push_back(std::make_unique<ProbeCameraCommand>());
    commands.push_back(std::make_unique<StatusCommand>());
    commands.push_back(std::make_unique<GcodeCommand>());
    commands.push_back(std::make_unique<CamerasCommand>());
    return commands;
}

} // namespace reticle
