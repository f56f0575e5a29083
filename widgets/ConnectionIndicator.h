#pragma once

#include <QWidget>

class QLabel;

namespace reticle {

// A status-bar item: a coloured dot, the link's name and its state ("Printer: ready").
class ConnectionIndicator : public QWidget
{
    Q_OBJECT
public:
    enum class Level { Off, Working, Good, Warning, Error };
    Q_ENUM(Level)

    ConnectionIndicator(const QString &name, QWidget *parent = nullptr);

    void setState(Level level, const QString &text, const QString &details = {});
    Level level() const { return m_level; }
    QString text() const;

    static QColor colorFor(Level level);

private:
    QString m_name;
    Level m_level = Level::Off;
    QLabel *m_dot;
    QLabel *m_label;
};

} // namespace reticle
