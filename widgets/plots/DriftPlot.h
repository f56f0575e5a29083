#pragma once

#include <QDateTime>
#include <qcustomplot.h>

namespace reticle {

class ToolsConfigStore;

// One tool's measured offsets over time (from tools_config.json's history).
struct DriftSeries
{
    QString tool;               // "T1"
    QVector<QDateTime> at;
    QVector<QPointF> offsetMm;  // measured X/Y offset at each time
};

// Drift of each tool's measured offset over its history: per tool the change since its first
// recorded measurement, in µm, X solid and Y dashed in the tool's colour, against the date.
class DriftPlot : public QCustomPlot
{
    Q_OBJECT
public:
    explicit DriftPlot(QWidget *parent = nullptr);

    void setSeries(const QVector<DriftSeries> &series);
    int seriesCount() const { return int(m_series.size()); }
    // Points drawn for series `index` (per axis).
    int pointCount(int index) const;
    const QVector<DriftSeries> &series() const { return m_series; }

    // Every tool of the file with measured positions in its history; undo lines (which restore an
    // earlier value rather than measure) and lines without a time or X/Y are left out.
    static QVector<DriftSeries> fromToolsConfig(const ToolsConfigStore &store);

private:
    QVector<DriftSeries> m_series;
    QCPTextElement *m_empty;
};

} // namespace reticle
