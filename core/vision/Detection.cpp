#include "Detection.h"

namespace reticle {

QString Detection::statusText() const
{
    switch (status) {
    case DetectionStatus::Found:
        return QCoreApplication::translate("Detection", "Found");
    case DetectionStatus::BadImage:
        return QCoreApplication::translate("Detection", "The image is empty or has an unsupported format");
    case DetectionStatus::NoCandidate:
        return QCoreApplication::translate("Detection", "Nothing that looks like the target");
    case DetectionStatus::LowConfidence:
        return QCoreApplication::translate("Detection", "The best candidate is too weak to trust");
    case DetectionStatus::Ambiguous:
        return QCoreApplication::translate("Detection", "Several candidates are equally likely; refusing to guess");
    }
    return {};
}

} // namespace reticle
