#pragma once

#include <QCoreApplication>
#include <QString>

namespace reticle {

// Why a detector answered the way it did.
enum class DetectionStatus {
    Found,
    BadImage,      // empty image or an unsupported pixel format
    NoCandidate,   // nothing that looks like the target
    LowConfidence, // the best candidate is too weak to trust
    Ambiguous,     // two or more candidates are about equally good: refuse rather than guess
};

// The result of one detection. Pixel convention everywhere in Reticle: the centre of the top-left
// pixel is (0, 0), as OpenCV counts; x grows to the right, y downwards.
struct Detection
{
    bool found = false;
    double x = 0.0;          // centre, pixels
    double y = 0.0;
    double radius = 0.0;     // mean radius sqrt(a*b), pixels
    double confidence = 0.0; // 0..1
    double semiMajor = 0.0;  // ellipse semi-axes, pixels
    double semiMinor = 0.0;
    double angleDeg = 0.0;   // direction of the major axis, degrees from +x towards +y
    double edgeRmsPx = 0.0;  // RMS distance of the edge points from the fitted ellipse
    double coverage = 0.0;   // fraction of the rim with a consistent edge, 0..1
    DetectionStatus status = DetectionStatus::NoCandidate;

    // A short, translated explanation of the status for the operator.
    QString statusText() const;
};

} // namespace reticle
