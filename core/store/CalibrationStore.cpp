#include "CalibrationStore.h"

#include "AtomicJsonFile.h"
#include "JsonValidator.h"
#include "StoreLogging.h"

#include <QJsonArray>

namespace reticle {

std::optional<PixelMap> CalibrationRecord::fittedMapFor(const QSize &size) const
{
    if (!enabled || !transform || !transform->isValid())
        return std::nullopt;
    if (imageSize.isValid() && imageSize != size)
        return std::nullopt;
    return transform;
}

PixelMap CalibrationRecord::effectiveMap() const
{
    if (transform && transform->isValid())
        return *transform;
    if (micronsPerPixelX > 0 && micronsPerPixelY > 0 && !referencePoints.isEmpty()) {
        const ReferencePoint &r = referencePoints.front();
        return PixelMap::fromAxisScale(micronsPerPixelX, micronsPerPixelY, QPointF(r.pixelX, r.pixelY),
                                       QPointF(r.printerX, r.printerY));
    }
    return {};
}

CalibrationStore::CalibrationStore(const QString &path)
    : m_path(path)
{
}

bool CalibrationStore::parse(const QJsonObject &root)
{
    JsonValidator check(m_path);
    CalibrationRecord r;
    r.micronsPerPixelX = check.number(root, QStringLiteral("microns_per_pixel_x"), QString(), false, 1e6).value_or(0.0);
    r.micronsPerPixelY = check.number(root, QStringLiteral("microns_per_pixel_y"), QString(), false, 1e6).value_or(0.0);
    r.enabled = check.boolean(root, QStringLiteral("enabled"), QString()).value_or(false);
    const QJsonValue points = root.value(QStringLiteral("reference_points"));
    if (!points.isUndefined() && !points.isArray())
        check.fail(QStringLiteral("reference_points"), tr("an array of points"), points);
    const QJsonArray pointArray = points.toArray();
    for (qsizetype i = 0; i < pointArray.size() && check.ok(); ++i) {
        const QString p = QStringLiteral("reference_points[%1]").arg(i);
        if (!pointArray.at(i).isObject()) {
            check.fail(p, tr("an object"), pointArray.at(i));
            break;
        }
        const QJsonObject o = pointArray.at(i).toObject();
        ReferencePoint rp;
        rp.pixelX = check.number(o, QStringLiteral("pixel_x"), p, true, 1e6).value_or(0);
        rp.pixelY = check.number(o, QStringLiteral("pixel_y"), p, true, 1e6).value_or(0);
        rp.printerX = check.number(o, QStringLiteral("printer_x"), p, true, 1e5).value_or(0);
        rp.printerY = check.number(o, QStringLiteral("printer_y"), p, true, 1e5).value_or(0);
        rp.printerZ = check.number(o, QStringLiteral("printer_z"), p, false, 1e5).value_or(0);
        r.referencePoints.push_back(rp);
    }
    if (root.contains(QStringLiteral("transform")) && check.ok()) {
        const QJsonValue t = root.value(QStringLiteral("transform"));
        if (!t.isObject()) {
            check.fail(QStringLiteral("transform"), tr("an object"), t);
        } else {
            QString why;
            r.transform = PixelMap::fromJson(t.toObject(), &why);
            if (!r.transform)
                m_error = tr("%1: transform: %2.").arg(m_path, why);
        }
    }
    if (check.ok() && root.contains(QStringLiteral("fit"))) {
        const QJsonObject fit = root.value(QStringLiteral("fit")).toObject();
        r.rmsUm = check.number(fit, QStringLiteral("rms_um"), QStringLiteral("fit")).value_or(-1);
        r.maxUm = check.number(fit, QStringLiteral("max_um"), QStringLiteral("fit")).value_or(-1);
    }
    r.calibratedAt = QDateTime::fromString(check.string(root, QStringLiteral("calibrated_at"), QString()).value_or(QString()),
                                           Qt::ISODateWithMs);
    r.cameraName = check.string(root, QStringLiteral("camera_name"), QString()).value_or(QString());
    r.method = check.string(root, QStringLiteral("method"), QString()).value_or(QString());
    const int w = check.integer(root, QStringLiteral("image_width"), QString()).value_or(0);
    const int h = check.integer(root, QStringLiteral("image_height"), QString()).value_or(0);
    r.imageSize = QSize(w, h);
    if (!check.ok()) {
        m_error = check.error();
        return false;
    }
    if (!m_error.isEmpty())
        return false;
    m_record = r;
    return true;
}

bool CalibrationStore::load()
{
    m_loaded = false;
    m_error.clear();
    m_root = {};
    m_record = {};
    const AtomicJsonFile::ReadResult read = AtomicJsonFile(m_path).read();
    if (!read.ok) {
        m_error = read.error;
        return false;
    }
    if (!parse(read.object))
        return false;
    m_root = read.object;
    m_loaded = true;
    return true;
}

void CalibrationStore::setCalibration(const MapFit &fit, const std::vector<PointPair> &points, double printerZ,
                                      const QString &cameraName, const QSize &imageSize, const QString &method,
                                      const QDateTime &when)
{
    if (!fit.ok)
        return;
    const QPointF centre = imageSize.isValid() ? QPointF((imageSize.width() - 1) / 2.0, (imageSize.height() - 1) / 2.0)
                                               : fit.map.origin();
    const QString at = when.toUTC().toString(Qt::ISODateWithMs);
    // The camera-Pi keys: scale at the image centre and the inlier points.
    m_root.insert(QStringLiteral("microns_per_pixel_x"), fit.map.micronsPerPixelX(centre));
    m_root.insert(QStringLiteral("microns_per_pixel_y"), fit.map.micronsPerPixelY(centre));
    QJsonArray refs, residuals;
    for (size_t i = 0; i < points.size(); ++i) {
        const PointPair &p = points[i];
        const PointResidual r = i < fit.residuals.size() ? fit.residuals[i] : PointResidual{};
        if (r.inlier) {
            refs.append(QJsonObject{{QStringLiteral("pixel_x"), p.pixelX},
                                    {QStringLiteral("pixel_y"), p.pixelY},
                                    {QStringLiteral("printer_x"), p.printerX},
                                    {QStringLiteral("printer_y"), p.printerY},
                                    {QStringLiteral("printer_z"), printerZ}});
        }
        residuals.append(QJsonObject{{QStringLiteral("pixel_x"), p.pixelX},
                                     {QStringLiteral("pixel_y"), p.pixelY},
                                     {QStringLiteral("printer_x"), p.printerX},
                                     {QStringLiteral("printer_y"), p.printerY},
                                     {QStringLiteral("dx_um"), r.dxUm},
                                     {QStringLiteral("dy_um"), r.dyUm},
                                     {QStringLiteral("inlier"), r.inlier}});
    }
    m_root.insert(QStringLiteral("reference_points"), refs);
    m_root.insert(QStringLiteral("enabled"), true);
    m_root.insert(QStringLiteral("transform"), fit.map.toJson());
    m_root.insert(QStringLiteral("fit"), QJsonObject{{QStringLiteral("rms_um"), fit.rmsUm},
                                                     {QStringLiteral("max_um"), fit.maxUm},
                                                     {QStringLiteral("inliers"), fit.inliers},
                                                     {QStringLiteral("points"), int(points.size())},
                                                     {QStringLiteral("explanation"), fit.explanation()}});
    m_root.insert(QStringLiteral("residuals"), residuals);
    m_root.insert(QStringLiteral("calibrated_at"), at);
    m_root.insert(QStringLiteral("camera_name"), cameraName);
    m_root.insert(QStringLiteral("image_width"), imageSize.width());
    m_root.insert(QStringLiteral("image_height"), imageSize.height());
    m_root.insert(QStringLiteral("method"), method);
    QJsonArray history = m_root.value(QStringLiteral("history")).toArray();
    history.append(QJsonObject{{QStringLiteral("at"), at},
                               {QStringLiteral("model"), PixelMap::modelName(fit.map.model())},
                               {QStringLiteral("rms_um"), fit.rmsUm},
                               {QStringLiteral("max_um"), fit.maxUm},
                               {QStringLiteral("microns_per_pixel_x"), fit.map.micronsPerPixelX(centre)},
                               {QStringLiteral("microns_per_pixel_y"), fit.map.micronsPerPixelY(centre)},
                               {QStringLiteral("camera_name"), cameraName},
                               {QStringLiteral("method"), method}});
    while (history.size() > kHistoryLimit)
        history.removeFirst();
    m_root.insert(QStringLiteral("history"), history);
    const QString previousError = m_error;
    m_error.clear();
    parse(m_root);
    m_error = previousError;
}

void CalibrationStore::setEnabled(bool enabled)
{
    m_root.insert(QStringLiteral("enabled"), enabled);
    m_record.enabled = enabled;
}

bool CalibrationStore::save()
{
    if (!m_loaded) {
        if (m_error.isEmpty())
            m_error = tr("%1: not saved because it was not loaded.").arg(m_path);
        return false;
    }
    QString error;
    if (!AtomicJsonFile(m_path).write(m_root, &error)) {
        m_error = error;
        return false;
    }
    qCInfo(lcStore) << "saved" << m_path;
    return true;
}

} // namespace reticle
