#include "ConnectionIndicator.h"

#include <QHBoxLayout>
#include <QLabel>

namespace reticle {

ConnectionIndicator::ConnectionIndicator(const QString &name, QWidget *parent)
    : QWidget(parent)
    , m_name(name)
    , m_dot(new QLabel(this))
    , m_label(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->setSpacing(4);
    layout->addWidget(m_dot);
    layout->addWidget(m_label);
    setState(Level::Off, tr("not connected"));
}

QColor ConnectionIndicator::colorFor(Level level)
{
    switch (level) {
    case Level::Off: return QColor(0x9e, 0x9e, 0x9e);
    case Level::Working: return QColor(0x1e, 0x88, 0xe5);
    case Level::Good: return QColor(0x43, 0xa0, 0x47);
    case Level::Warning: return QColor(0xfb, 0x8c, 0x00);
    case Level::Error: return QColor(0xe5, 0x39, 0x35);
    }
    return {};
}

void ConnectionIndicator::setState(Level level, const QString &text, const QString &details)
{
    m_level = level;
    m_dot->setText(QStringLiteral("\u25CF"));
    m_dot->setStyleSheet(QStringLiteral("color: %1;").arg(colorFor(level).name()));
    //: status bar item, e.g. "Printer: ready"
    m_label->setText(tr("%1: %2").arg(m_name, text));
    setToolTip(details.isEmpty() ? m_label->text() : details);
}

QString ConnectionIndicator::text() const
{
    return m_label->text();
}

} // namespace reticle
