#pragma once

#include "CameraProfile.h"

#include <memory>

namespace reticle {

class FrameSource;

// Builds the FrameSource a camera profile asks for.
class FrameSourceFactory
{
public:
    static std::unique_ptr<FrameSource> create(const CameraProfile &profile);
};

} // namespace reticle
