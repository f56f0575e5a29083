#include "TamvStyleLoop.h"

#include <QElapsedTimer>
#include <QEventLoop>

#include <cmath>

namespace reticle {

TamvStyleLoop::TamvStyleLoop(MachineIo &machine, NozzleProbe &probe, QSize imageSize)
    : m_machine(machine)
    , m_probe(probe)
    , m_imageSize(imageSize)
{
}

bool TamvStyleLoop::moveTo(std::optional<double> x, std::optional<double> y, std::optional<double> z, QString *error)
{
    QEventLoop loop;
    bool ok = false;
    auto c = connect(&m_machine, &MachineIo::operationFinished, &loop, [&](bool success, const QString &message) {
        ok = success;
        if (!success && error)
            *error = message;
        loop.quit();
    });
    m_machine.moveTo(x, y, z);
    loop.exec();
    disconnect(c);
    return ok;
}

bool TamvStyleLoop::selectTool(int tool, QString *error)
{
    if (m_machine.activeTool() == tool)
        return true;
    QEventLoop loop;
    bool ok = false;
    auto c = connect(&m_machine, &MachineIo::operationFinished, &loop, [&](bool success, const QString &message) {
        ok = success;
        if (!success && error)
            *error = message;
        loop.quit();
    });
    m_machine.selectTool(tool);
    loop.exec();
    disconnect(c);
    return ok;
}

std::optional<ProbeResult> TamvStyleLoop::probeOnce()
{
    QEventLoop loop;
    ProbeResult result;
    auto c = connect(&m_probe, &NozzleProbe::probed, &loop, [&](const ProbeResult &r) {
        result = r;
        loop.quit();
    });
    m_probe.probe();
    loop.exec();
    disconnect(c);
    if (!result.found)
        return std::nullopt;
    return result;
}

bool TamvStyleLoop::calibrate(QString *error)
{
    const Offset3 start = m_machine.gcodePosition();
    std::vector<PointPair> pairs;
    for (int i = 0; i <= 10; ++i) {
        const double angle = 2.0 * M_PI * i / 10.0;
        const double x = start.x + (i == 0 ? 0.0 : 0.5 * std::cos(angle));
        const double y = start.y + (i == 0 ? 0.0 : 0.5 * std::sin(angle));
        if (i > 0) {
            if (!moveTo(x, y, std::nullopt, error))
                return false;
            ++m_calibrationMoves;
        }
        const auto seen = probeOnce();
        if (seen)
            pairs.push_back({seen->pixel.x(), seen->pixel.y(), x, y});
    }
    if (!moveTo(start.x, start.y, std::nullopt, error))
        return false;
    ++m_calibrationMoves;
    MapFitOptions options;
    options.model = PixelMap::Model::Quadratic;
    options.robust = false;
    const MapFit fit = MapFitter::fit(pairs, options);
    if (!fit.ok) {
        *error = fit.error;
        return false;
    }
    m_map = fit.map;
    return true;
}

bool TamvStyleLoop::measure(const QVector<int> &tools, double cameraX, double cameraY, double cameraZ,
                            QVector<ToolResult> *out, QString *error)
{
    const QPointF centre((m_imageSize.width() - 1) / 2.0, (m_imageSize.height() - 1) / 2.0);
    std::optional<Offset3> reference;
    for (int tool : tools) {
        QElapsedTimer timer;
        timer.start();
        ToolResult result;
        result.tool = tool;
        if (!selectTool(tool, error) || !moveTo(cameraX, cameraY, cameraZ, error))
            return false;
        ++result.moves;
        while (result.moves < 30) {
            const auto seen = probeOnce();
            if (!seen) {
                *error = QStringLiteral("T%1: nozzle lost").arg(tool);
                return false;
            }
            const QPointF errorMm = m_map.toPrinter(seen->pixel) - m_map.toPrinter(centre);
            const double stepX = std::round(-0.55 * errorMm.x() * 1000.0) / 1000.0;
            const double stepY = std::round(-0.55 * errorMm.y() * 1000.0) / 1000.0;
            if (stepX == 0.0 && stepY == 0.0) {
                result.converged = true;
                break;
            }
            const Offset3 here = m_machine.gcodePosition();
            if (!moveTo(here.x + stepX, here.y + stepY, std::nullopt, error))
                return false;
            ++result.moves;
        }
        const Offset3 position = m_machine.toolheadPosition();
        if (!reference)
            reference = position;
        result.x = position.x - reference->x;
        result.y = position.y - reference->y;
        result.seconds = timer.elapsed() / 1000.0;
        out->append(result);
    }
    return true;
}

} // namespace reticle
