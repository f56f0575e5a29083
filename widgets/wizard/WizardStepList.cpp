#include "WizardStepList.h"

#include <QStyle>

#include <algorithm>

namespace reticle {

WizardStepList::WizardStepList(QWidget *parent)
    : QListWidget(parent)
{
    setFocusPolicy(Qt::NoFocus);
    setUniformItemSizes(true);
    setIconSize(QSize(16, 16));
    setSpacing(1);
    setSelectionMode(QAbstractItemView::NoSelection);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void WizardStepList::setSteps(const QStringList &labels, const QVector<Mark> &marks)
{
    bool same = count() == labels.size();
    for (int row = 0; same && row < count(); ++row)
        same = item(row)->text() == labels[row];
    if (!same) {
        clear();
        for (const QString &label : labels) {
            auto *step = new QListWidgetItem(label, this);
            step->setSizeHint(QSize(0, rowHeight()));
        }
    }
    setMarks(marks);
}

void WizardStepList::setMarks(const QVector<Mark> &marks)
{
    QListWidgetItem *current = nullptr;
    for (int row = 0; row < count(); ++row) {
        QListWidgetItem *step = item(row);
        const Mark mark = row < marks.size() ? marks[row] : Mark::Pending;
        QFont font = step->font();
        font.setBold(mark == Mark::Current);
        step->setFont(font);
        switch (mark) {
        case Mark::Current:
            step->setIcon(style()->standardIcon(QStyle::SP_ArrowRight));
            current = step;
            break;
        case Mark::Done:
            step->setIcon(style()->standardIcon(QStyle::SP_DialogApplyButton));
            break;
        case Mark::Pending:
            step->setIcon(QIcon());
            break;
        }
    }
    fitHeight();
    if (current)
        scrollToItem(current, QAbstractItemView::PositionAtCenter);
}

void WizardStepList::setMaxVisibleRows(int rows)
{
    m_maxVisibleRows = std::max(1, rows);
    fitHeight();
}

QVector<WizardStepList::Mark> WizardStepList::progression(int count, int current, bool allDone)
{
    QVector<Mark> marks(count, Mark::Pending);
    for (int row = 0; row < count; ++row) {
        if (allDone || row < current)
            marks[row] = Mark::Done;
        else if (row == current)
            marks[row] = Mark::Current;
    }
    return marks;
}

int WizardStepList::rowHeight() const
{
    return std::max(iconSize().height(), fontMetrics().height()) + 6;
}

void WizardStepList::fitHeight()
{
    const int rows = std::clamp(count(), 1, m_maxVisibleRows);
    const int pitch = rowHeight() + 2 * spacing();
    setFixedHeight(pitch * rows + 2 * frameWidth() + 2);
    setVerticalScrollBarPolicy(count() > m_maxVisibleRows ? Qt::ScrollBarAsNeeded : Qt::ScrollBarAlwaysOff);
}

} // namespace reticle
