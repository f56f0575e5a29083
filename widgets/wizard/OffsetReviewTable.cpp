#include "OffsetReviewTable.h"

#include <QHeaderView>

#include <cmath>

namespace reticle {

namespace {
constexpr int kFlagRole = Qt::UserRole + 1;

QTableWidgetItem *number(double value, int decimals = 3, bool signedValue = false)
{
    QString text = QString::number(value, 'f', decimals);
    if (signedValue && value > 0)
        text.prepend(QLatin1Char('+'));
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    item->setData(Qt::UserRole, value);
    return item;
}
} // namespace

OffsetReviewTable::OffsetReviewTable(QWidget *parent)
    : QTableWidget(parent)
{
    setObjectName(QStringLiteral("offsetReviewTable"));
    setColumnCount(ColumnCount);
    setHorizontalHeaderLabels({tr("Tool"), tr("Current X"), tr("Current Y"), tr("New X"), tr("New Y"), tr("Δ X"),
                               tr("Δ Y"), tr("Std X / Y (µm)"), tr("Moves")});
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    verticalHeader()->hide();
    setEditTriggers(NoEditTriggers);
    setSelectionBehavior(SelectRows);
    setAlternatingRowColors(true);
}

void OffsetReviewTable::setResults(const QVector<ToolOffsetResult> &results)
{
    m_results = results;
    refill();
}

void OffsetReviewTable::setFlagThresholdMm(double threshold)
{
    m_thresholdMm = threshold;
    refill();
}

bool OffsetReviewTable::isFlagged(int row) const
{
    const QTableWidgetItem *tool = item(row, Tool);
    return tool && tool->data(kFlagRole).toBool();
}

void OffsetReviewTable::refill()
{
    setRowCount(int(m_results.size()));
    for (int row = 0; row < m_results.size(); ++row) {
        const ToolOffsetResult &r = m_results.at(row);
        const double dx = r.newOffset.x - r.currentOffset.x;
        const double dy = r.newOffset.y - r.currentOffset.y;
        const bool flagged = std::abs(dx) > m_thresholdMm || std::abs(dy) > m_thresholdMm;

        auto *tool = new QTableWidgetItem(r.manual ? tr("T%1 (clicked)").arg(r.tool) : tr("T%1").arg(r.tool));
        tool->setData(kFlagRole, flagged);
        setItem(row, Tool, tool);
        setItem(row, CurrentX, number(r.currentOffset.x));
        setItem(row, CurrentY, number(r.currentOffset.y));
        setItem(row, NewX, number(r.newOffset.x));
        setItem(row, NewY, number(r.newOffset.y));
        setItem(row, DeltaX, number(dx, 3, true));
        setItem(row, DeltaY, number(dy, 3, true));
        auto *spread = new QTableWidgetItem(r.samples > 1 ? QStringLiteral("%1 / %2")
                                                                .arg(r.stdMm.x() * 1000.0, 0, 'f', 1)
                                                                .arg(r.stdMm.y() * 1000.0, 0, 'f', 1)
                                                          : tr("one sample"));
        spread->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        setItem(row, StdXY, spread);
        setItem(row, Moves, number(r.moves, 0));

        if (flagged) {
            const QString why = tr("The change is larger than %1 mm: check the tool before applying.")
                                    .arg(m_thresholdMm, 0, 'f', 2);
            for (int column = 0; column < ColumnCount; ++column) {
                item(row, column)->setBackground(QColor(0xff, 0xe0, 0xb2));
                item(row, column)->setToolTip(why);
            }
            tool->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
        }
    }
}

} // namespace reticle
