#pragma once

#include "workflow/ToolOffsetWorkflow.h"

#include <QTableWidget>

namespace reticle {

// The review step of the tool offset wizard: per tool the current offset, the measured one and
// the change, with changes above a threshold flagged, plus the repeatability of the measurement.
// Nothing is applied from here; the panel that owns it asks for confirmation first.
class OffsetReviewTable : public QTableWidget
{
    Q_OBJECT
public:
    enum Column { Tool, CurrentX, CurrentY, NewX, NewY, DeltaX, DeltaY, StdXY, Moves, ColumnCount };

    explicit OffsetReviewTable(QWidget *parent = nullptr);

    void setResults(const QVector<ToolOffsetResult> &results);
    // Changes larger than this (mm, either axis) are flagged for a second look.
    void setFlagThresholdMm(double threshold);
    double flagThresholdMm() const { return m_thresholdMm; }
    bool isFlagged(int row) const;

private:
    void refill();

    QVector<ToolOffsetResult> m_results;
    double m_thresholdMm = 0.5;
};

} // namespace reticle
