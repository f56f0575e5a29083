#include "EmptyState.h"

#include <QLabel>
#include <QVBoxLayout>

namespace reticle {

EmptyState::EmptyState(const QString &title, const QString &hint, QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(title, this))
    , m_hint(new QLabel(hint, this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setObjectName(QStringLiteral("emptyStateTitle"));
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_hint->setObjectName(QStringLiteral("emptyStateHint"));

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(m_title);
    layout->addWidget(m_hint);
    layout->addStretch(1);
}

void EmptyState::setTitle(const QString &title) { m_title->setText(title); }
void EmptyState::setHint(const QString &hint) { m_hint->setText(hint); }
QString EmptyState::title() const { return m_title->text(); }
QString EmptyState::hint() const { return m_hint->text(); }

} // namespace reticle
