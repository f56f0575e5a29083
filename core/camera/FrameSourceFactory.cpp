#include "FrameSourceFactory.h"

#include "LocalCameraSource.h"
#include "MediaUrlSource.h"
#include "MjpegStreamSource.h"
#include "SnapshotPollingSource.h"

namespace reticle {

std::unique_ptr<FrameSource> FrameSourceFactory::create(const CameraProfile &profile)
{
    switch (profile.type) {
    case CameraProfile::Type::MjpegStream:
        return std::make_unique<MjpegStreamSource>(profile);
    case CameraProfile::Type::Snapshot:
        return std::make_unique<SnapshotPollingSource>(profile);
    case CameraProfile::Type::MediaUrl:
        return std::make_unique<MediaUrlSource>(profile);
    case CameraProfile::Type::LocalCamera:
        return std::make_unique<LocalCameraSource>(profile);
    }
    return std::make_unique<MjpegStreamSource>(profile);
}

} // namespace reticle
