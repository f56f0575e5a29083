#pragma once

#include "geometry/MapFitter.h"
#include "geometry/PixelMap.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSize>
#include <QString>

#include <optional>
#include <vector>

namespace reticle {

struct ReferencePoint
{
    double pixelX = 0.0;
    double pixelY = 0.0;
    double printerX = 0.0;
    double printerY = 0.0;
    double printerZ = 0.0;
};

// What calibration.json holds, typed.
struct CalibrationRecord
{
    // The camera-Pi system's keys.
    double micronsPerPixelX = 0.0;
    double micronsPerPixelY = 0.0;
    QList<ReferencePoint> referencePoints;
    bool enabled = false;
    // Ours.
    std::optional<PixelMap> transform;
    double rmsUm = -1.0;
    double maxUm = -1.0;
    QDateTime calibratedAt;
    QString cameraName;
    QSize imageSize;
    QString method;

    // The fitted transform when there is one, else the seed formula from the scale and the first
    // reference point; invalid when neither is available.
    PixelMap effectiveMap() const;
    // The fitted transform, when the calibration is enabled and was made for this image size (a
    // record without an image size fits any): what a run may reuse instead of calibrating again.
    std::optional<PixelMap> fittedMapFor(const QSize &imageSize) const;
};

// calibration.json: microns_per_pixel_x/y, reference_points[] (pixel_x, pixel_y, printer_x,
// printer_y, printer_z) and enabled, as the camera-Pi system writes them; ours beside them:
// transform, fit, residuals, calibrated_at, camera_name, image_width/height, method, history[].
// Unknown keys survive a rewrite. See docs/file-formats.md.
class CalibrationStore
{
    Q_DECLARE_TR_FUNCTIONS(CalibrationStore)
public:
    explicit CalibrationStore(const QString &path);

    bool load(); // false + error() when malformed; a missing file is an empty, disabled calibration
    bool isLoaded() const { return m_loaded; }
    QString error() const { return m_error; }
    const CalibrationRecord &record() const { return m_record; }

    // Records a fitted calibration: the transform, the fit's residuals, the camera-Pi keys derived
    // from it (scale at the image centre, the inlier points as reference points), a history entry.
    void setCalibration(const MapFit &fit, const std::vector<PointPair> &points, double printerZ,
                        const QString &cameraName, const QSize &imageSize, const QString &method,
                        const QDateTime &when = QDateTime::currentDateTimeUtc());
    void setEnabled(bool enabled);

    bool save(); // atomic, with backups; refuses when the last load() failed
    QJsonObject json() const { return m_root; }

    static constexpr int kHistoryLimit = 50;

private:
    bool parse(const QJsonObject &root);

    QString m_path;
    QJsonObject m_root;
    CalibrationRecord m_record;
    bool m_loaded = false;
    QString m_error;
};

} // namespace reticle
