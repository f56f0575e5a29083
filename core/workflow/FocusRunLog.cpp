#include "FocusRunLog.h"

#include <QDir>
#include <QSaveFile>

namespace reticle {

namespace {
QString num(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}
QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}
} // namespace

FocusRunLog::FocusRunLog(QString directory)
    : m_directory(std::move(directory))
{ }

QString FocusRunLog::header()
{
    return QStringLiteral(
        "time_utc,elapsed_s,tool,pass,position,toolhead_z_mm,laplacian_variance,tenengrad,frames,"
        "settled,fit_position,fit_uncertainty,fit_points");
}

QString FocusRunLog::passName(FocusPass pass)
{
    return pass == FocusPass::Coarse ? QStringLiteral("coarse") : QStringLiteral("fine");
}

bool FocusRunLog::open(const QDateTime &startUtc, QString *error)
{
    if (!QDir().mkpath(m_directory)) {
        *error
            = tr("Cannot create the folder %1 for the focus log.").arg(QDir::toNativeSeparators(m_directory));
        return false;
    }
    const QString stem
        = QStringLiteral("focus-") + startUtc.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString path = QDir(m_directory).filePath(stem + QStringLiteral(".csv"));
    for (int n = 2; QFile::exists(path); ++n)
        path = QDir(m_directory).filePath(stem + QStringLiteral("-%1.csv").arg(n));
    m_path = path;
    m_lines = { header() };
    m_clock.start();
    if (!write(error)) {
        m_path.clear();
        return false;
    }
    return true;
}

bool FocusRunLog::addSample(
    int tool, FocusPass pass, double position, double toolheadZ, const FocusMeasurement &m, QString *error)
{
    m_lines.append(QStringList { nowUtc(), num(m_clock.elapsed() / 1000.0, 3),
        QStringLiteral("T%1").arg(tool), passName(pass), num(position, 4), num(toolheadZ, 4),
        num(m.laplacian, 3), num(m.tenengrad, 3), QString::number(m.frames),
        m.settled ? QStringLiteral("1") : QStringLiteral("0"), QString(), QString(), QString() }
                       .join(QLatin1Char(',')));
    return write(error);
}

bool FocusRunLog::addFit(int tool, FocusPass pass, const FocusPeak &peak, QString *error)
{
    m_lines.append(
        QStringList { nowUtc(), num(m_clock.elapsed() / 1000.0, 3), QStringLiteral("T%1").arg(tool),
            passName(pass) + QStringLiteral("-fit"), QString(), QString(), QString(), QString(), QString(),
            QString(), peak.ok || peak.peakSharpness > 0.0 ? num(peak.position, 4) : QString(),
            peak.ok ? num(peak.uncertainty, 4) : QString(), QString::number(peak.pointsUsed) }
            .join(QLatin1Char(',')));
    return write(error);
}

bool FocusRunLog::write(QString *error)
{
    if (m_path.isEmpty()) {
        *error = tr("The focus log is not open.");
        return false;
    }
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        *error = tr("Cannot write the focus log %1: %2")
                     .arg(QDir::toNativeSeparators(m_path), file.errorString());
        return false;
    }
    file.write(m_lines.join(QLatin1Char('\n')).toUtf8());
    file.write("\n");
    if (!file.commit()) {
        *error = tr("Cannot write the focus log %1: %2")
                     .arg(QDir::toNativeSeparators(m_path), file.errorString());
        return false;
    }
    return true;
}

} // namespace reticle
