#pragma once

#include <QListWidget>
#include <QVector>

namespace reticle {

// The step list every wizard panel shows above its controls: one row per step, done steps ticked,
// the current one bold with an arrow and scrolled into view, the list as tall as its rows (up to
// a maximum, then it scrolls). Panels compute which step is where from their workflow's state.
class WizardStepList : public QListWidget
{
    Q_OBJECT
public:
    enum class Mark { Pending, Done, Current };

    explicit WizardStepList(QWidget *parent = nullptr);

    // Replaces the rows; marks[i] belongs to labels[i] (missing marks are Pending).
    void setSteps(const QStringList &labels, const QVector<Mark> &marks);
    // Keeps the rows, changes their marks.
    void setMarks(const QVector<Mark> &marks);
    void setMaxVisibleRows(int rows);

    // Marks for `count` steps: those before `current` done, `current` current (none when -1 or
    // `count`), the rest pending; `allDone` ticks every step.
    static QVector<Mark> progression(int count, int current, bool allDone = false);

private:
    int rowHeight() const;
    void fitHeight();

    int m_maxVisibleRows = 8;
};

} // namespace reticle
