#include "DriftPlot.h"

#include "store/ToolsConfigStore.h"

#include <algorithm>

namespace reticle {

namespace {

QColor toolColour(int index)
{
    static const QColor colours[] = {QColor(0x1f, 0x77, 0xb4), QColor(0xff, 0x7f, 0x0e), QColor(0x2c, 0xa0, 0x2c),
                                     QColor(0xd6, 0x27, 0x28), QColor(0x94, 0x67, 0xbd), QColor(0x8c, 0x56, 0x4b)};
    return colours[index % 6];
}

} // namespace

DriftPlot::DriftPlot(QWidget *parent)
    : QCustomPlot(parent)
    , m_empty(new QCPTextElement(this, QString(), QFont(font().family(), font().pointSize(), QFont::Bold)))
{
    setObjectName(QStringLiteral("driftPlot"));
    setMinimumSize(240, 160);
    plotLayout()->insertRow(0);
    plotLayout()->addElement(0, 0, m_empty);
    auto ticker = QSharedPointer<QCPAxisTickerDateTime>::create();
    ticker->setDateTimeFormat(QStringLiteral("yyyy-MM-dd\nHH:mm"));
    ticker->setDateTimeSpec(Qt::LocalTime);
    xAxis->setTicker(ticker);
    yAxis->setLabel(tr("Δ since first (µm)"));
    // The legend in a row of its own under the plot, so it never hides a line.
    legend->setFont(QFont(font().family(), std::max(7, font().pointSize() - 1)));
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    legend->setWrap(4);
    legend->setBorderPen(Qt::NoPen);
    auto *legendRow = new QCPLayoutGrid;
    plotLayout()->addElement(2, 0, legendRow);
    legendRow->setMargins(QMargins(5, 0, 5, 5));
    legendRow->addElement(0, 0, legend);
    plotLayout()->setRowStretchFactor(2, 0.001);
    setSeries({});
}

void DriftPlot::setSeries(const QVector<DriftSeries> &series)
{
    m_series = series;
    clearGraphs();
    double minT = 0.0, maxT = 0.0, minV = -1.0, maxV = 1.0;
    bool first = true;
    for (int i = 0; i < m_series.size(); ++i) {
        const DriftSeries &s = m_series.at(i);
        if (s.at.isEmpty())
            continue;
        QVector<double> t, dx, dy;
        for (int k = 0; k < s.at.size(); ++k) {
            const double secs = double(s.at.at(k).toMSecsSinceEpoch()) / 1000.0;
            t.append(secs);
            dx.append((s.offsetMm.at(k).x() - s.offsetMm.first().x()) * 1000.0);
            dy.append((s.offsetMm.at(k).y() - s.offsetMm.first().y()) * 1000.0);
            if (first) {
                minT = maxT = secs;
                first = false;
            }
            minT = std::min(minT, secs);
            maxT = std::max(maxT, secs);
            minV = std::min({minV, dx.last(), dy.last()});
            maxV = std::max({maxV, dx.last(), dy.last()});
        }
        const QColor colour = toolColour(i);
        QCPGraph *gx = addGraph();
        gx->setName(tr("%1 X").arg(s.tool));
        gx->setPen(QPen(colour, 1.5));
        gx->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 5));
        gx->setData(t, dx);
        QCPGraph *gy = addGraph();
        gy->setName(tr("%1 Y").arg(s.tool));
        gy->setPen(QPen(colour, 1.5, Qt::DashLine));
        gy->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssSquare, 5));
        gy->setData(t, dy);
    }
    const double span = std::max(maxT - minT, 3600.0);
    xAxis->setRange(minT - span * 0.05, maxT + span * 0.05);
    const double margin = (maxV - minV) * 0.1;
    yAxis->setRange(minV - margin, maxV + margin);
    legend->setVisible(graphCount() > 0);
    m_empty->setText(graphCount() > 0 ? tr("Measured offsets over time")
                                      : tr("No measurement history in tools_config.json yet"));
    replot();
}

int DriftPlot::pointCount(int index) const
{
    QCPGraph *g = graph(index * 2);
    return g ? g->dataCount() : 0;
}

QVector<DriftSeries> DriftPlot::fromToolsConfig(const ToolsConfigStore &store)
{
    QVector<DriftSeries> out;
    const QList<ToolEntry> entries = store.tools();
    for (int i = 0; i < entries.size(); ++i) {
        DriftSeries s;
        s.tool = !entries.at(i).klipperTool.isEmpty() ? entries.at(i).klipperTool : entries.at(i).name;
        QList<ToolHistoryPoint> points = store.history(i);
        std::stable_sort(points.begin(), points.end(),
                         [](const ToolHistoryPoint &a, const ToolHistoryPoint &b) { return a.at < b.at; });
        for (const ToolHistoryPoint &p : points) {
            if (p.method == QLatin1String("undo") || !p.at.isValid() || !p.x || !p.y)
                continue;
            s.at.append(p.at);
            s.offsetMm.append(QPointF(*p.x, *p.y));
        }
        if (!s.at.isEmpty())
            out.append(s);
    }
    return out;
}

} // namespace reticle
