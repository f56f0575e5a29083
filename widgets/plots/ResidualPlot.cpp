#include "ResidualPlot.h"

#include <cmath>

namespace reticle {

ResidualPlot::ResidualPlot(QWidget *parent)
    : QCustomPlot(parent)
    , m_title(new QCPTextElement(this, QString(), QFont(font().family(), font().pointSize(), QFont::Bold)))
    , m_inliers(addGraph())
    , m_outliers(addGraph())
    , m_rms1(new QCPItemEllipse(this))
    , m_rms2(new QCPItemEllipse(this))
{
    setObjectName(QStringLiteral("residualPlot"));
    setMinimumSize(200, 200);
    plotLayout()->insertRow(0);
    plotLayout()->addElement(0, 0, m_title);
    xAxis->setLabel(tr("ΔX (µm)"));
    yAxis->setLabel(tr("ΔY (µm)"));
    for (QCPGraph *g : {m_inliers, m_outliers})
        g->setLineStyle(QCPGraph::lsNone);
    m_inliers->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, QColor(31, 119, 180), QColor(31, 119, 180, 90), 8));
    m_outliers->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCross, QPen(QColor(214, 39, 40), 2), QBrush(), 10));
    m_inliers->setName(tr("inlier"));
    m_outliers->setName(tr("rejected"));
    QPen rmsPen(QColor(44, 160, 44), 1.5);
    m_rms1->setPen(rmsPen);
    rmsPen.setStyle(Qt::DashLine);
    m_rms2->setPen(rmsPen);
    clearResiduals();
}

QString ResidualPlot::titleText() const
{
    return m_title->text();
}

void ResidualPlot::clearResiduals(const QString &placeholder)
{
    m_points.clear();
    m_rmsUm = m_maxUm = 0.0;
    m_inliers->data()->clear();
    m_outliers->data()->clear();
    for (QCPItemText *label : std::as_const(m_labels))
        removeItem(label);
    m_labels.clear();
    m_rms1->setVisible(false);
    m_rms2->setVisible(false);
    m_title->setText(placeholder.isEmpty() ? tr("No residuals yet") : placeholder);
    rescale();
    replot();
}

void ResidualPlot::setResiduals(const QVector<Point> &points, const QString &title)
{
    clearResiduals();
    m_points = points;
    double sum = 0.0;
    int inliers = 0;
    for (const Point &p : points) {
        const double r = std::hypot(p.dxUm, p.dyUm);
        if (p.inlier) {
            m_inliers->addData(p.dxUm, p.dyUm);
            sum += r * r;
            m_maxUm = std::max(m_maxUm, r);
            ++inliers;
        } else {
            m_outliers->addData(p.dxUm, p.dyUm);
        }
    }
    m_rmsUm = inliers > 0 ? std::sqrt(sum / inliers) : 0.0;
    // Numbers for the points worth a look (outside 1×RMS, or rejected); all of them when few.
    for (const Point &p : points) {
        if (points.size() > 6 && p.inlier && std::hypot(p.dxUm, p.dyUm) <= m_rmsUm)
            continue;
        auto *label = new QCPItemText(this);
        label->position->setCoords(p.dxUm, p.dyUm);
        label->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
        label->setPadding(QMargins(4, 0, 0, 2));
        label->setText(QString::number(p.number));
        label->setColor(p.inlier ? QColor(60, 60, 60) : QColor(214, 39, 40));
        m_labels.append(label);
    }
    m_rms1->topLeft->setCoords(-m_rmsUm, m_rmsUm);
    m_rms1->bottomRight->setCoords(m_rmsUm, -m_rmsUm);
    m_rms2->topLeft->setCoords(-2 * m_rmsUm, 2 * m_rmsUm);
    m_rms2->bottomRight->setCoords(2 * m_rmsUm, -2 * m_rmsUm);
    m_rms1->setVisible(inliers > 0);
    m_rms2->setVisible(inliers > 0);
    m_title->setText(tr("%1: RMS %2 µm, max %3 µm over %4 points\n(circles: 1× and 2× RMS)")
                         .arg(title)
                         .arg(m_rmsUm, 0, 'f', 2)
                         .arg(m_maxUm, 0, 'f', 2)
                         .arg(points.size()));
    rescale();
    replot();
}

void ResidualPlot::resizeEvent(QResizeEvent *event)
{
    QCustomPlot::resizeEvent(event);
    rescale();
    replot();
}

void ResidualPlot::rescale()
{
    // Symmetric around zero, the largest point (or 2×RMS) inside with room for the labels, and the
    // same µm per screen pixel on both axes so a circle stays a circle.
    double reach = 2.0 * m_rmsUm;
    for (const Point &p : std::as_const(m_points))
        reach = std::max({reach, std::abs(p.dxUm), std::abs(p.dyUm)});
    reach = std::max(1.0, reach * 1.25);
    const QRect rect = axisRect()->rect();
    const double aspect = rect.height() > 0 && rect.width() > 0 ? double(rect.width()) / rect.height() : 1.0;
    if (aspect >= 1.0) {
        xAxis->setRange(-reach * aspect, reach * aspect);
        yAxis->setRange(-reach, reach);
    } else {
        xAxis->setRange(-reach, reach);
        yAxis->setRange(-reach / aspect, reach / aspect);
    }
}

} // namespace reticle
