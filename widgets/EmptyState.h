#pragma once

#include <QWidget>

class QLabel;

namespace reticle {

// The centred "nothing here yet, and what to do about it" message a panel shows while it has no
// data (no printer connected, no camera chosen).
class EmptyState : public QWidget
{
    Q_OBJECT
public:
    EmptyState(const QString &title, const QString &hint, QWidget *parent = nullptr);

    void setTitle(const QString &title);
    void setHint(const QString &hint);
    QString title() const;
    QString hint() const;

private:
    QLabel *m_title;
    QLabel *m_hint;
};

} // namespace reticle
