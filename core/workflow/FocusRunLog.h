#pragma once

#include "FocusMeter.h"
#include "FocusPeakFit.h"
#include "FocusSweep.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QString>
#include <QStringList>

namespace reticle {

// The CSV log of one focus run (KStars Ekos style: every run is kept). One file per run, named
// focus-<UTC date>-<time>.csv in the given folder (AppDataLocation/focus/ in the window). Each
// row is a measured sample or a fit; the file is rewritten atomically (QSaveFile) after every row,
// so a crash leaves a complete file of what was measured. Columns (docs/guide/focus.md):
// time_utc, elapsed_s, tool, pass, position, toolhead_z_mm, laplacian_variance, tenengrad,
// frames, settled, fit_position, fit_uncertainty, fit_points.
class FocusRunLog
{
    Q_DECLARE_TR_FUNCTIONS(FocusRunLog)
public:
    explicit FocusRunLog(QString directory);

    // Creates the folder and the file (with its header); false with the reason.
    bool open(const QDateTime &startUtc, QString *error);
    bool isOpen() const { return !m_path.isEmpty(); }
    QString path() const { return m_path; }

    bool addSample(int tool, FocusPass pass, double position, double toolheadZ, const FocusMeasurement &m,
        QString *error);
    bool addFit(int tool, FocusPass pass, const FocusPeak &peak, QString *error);

    static QString header();
    static QString passName(FocusPass pass);

private:
    bool write(QString *error);

    QString m_directory;
    QString m_path;
    QStringList m_lines;
    QElapsedTimer m_clock;
};

} // namespace reticle
