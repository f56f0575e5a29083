#pragma once

#include "CliCommand.h"

#include <memory>
#include <vector>

namespace reticle {

// Every subcommand reticle-cli offers, in the order `reticle-cli --help` lists them.
std::vector<std::unique_ptr<CliCommand>> createCliCommands();

} // namespace reticle
