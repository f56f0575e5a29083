#include "ConsoleWidget.h"

#include "printer/PrinterLink.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPushButton>
#include <QFontDatabase>
#include <QScrollBar>
#include <QTextEdit>
#include <QVBoxLayout>

namespace reticle {

namespace {
constexpr int kMaxBlocks = 5000;
constexpr int kMaxHistory = 200;
}

ConsoleWidget::ConsoleWidget(PrinterLink &link, QWidget *parent)
    : QWidget(parent)
    , m_link(link)
    , m_output(new QTextEdit(this))
    , m_input(new QLineEdit(this))
    , m_send(new QPushButton(tr("Send"), this))
{
    setObjectName(QStringLiteral("consoleWidget"));
    m_output->setObjectName(QStringLiteral("consoleOutput"));
    m_output->setReadOnly(true);
    m_output->document()->setMaximumBlockCount(kMaxBlocks);
    m_output->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_input->setObjectName(QStringLiteral("consoleInput"));
    m_input->setPlaceholderText(tr("G-code, e.g. M114"));
    m_input->installEventFilter(this);
    m_send->setObjectName(QStringLiteral("consoleSend"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_output, 1);
    auto *row = new QHBoxLayout;
    row->addWidget(m_input, 1);
    row->addWidget(m_send);
    layout->addLayout(row);

    connect(m_send, &QPushButton::clicked, this, &ConsoleWidget::send);
    connect(m_input, &QLineEdit::returnPressed, this, &ConsoleWidget::send);
    connect(&m_link, &PrinterLink::gcodeResponse, this, &ConsoleWidget::appendLine);
    auto enable = [this] { m_send->setEnabled(m_link.isConnected()); };
    connect(&m_link, &PrinterLink::connectionStateChanged, this, enable);
    enable();
}

QColor ConsoleWidget::colorFor(const QString &line)
{
    if (line.startsWith(QLatin1String("!!")))
        return QColor(0xe5, 0x39, 0x35);
    if (line.startsWith(QLatin1String("//")))
        return QColor(0x60, 0x7d, 0x8b);
    return {};
}

void ConsoleWidget::appendLine(const QString &line)
{
    append(line, colorFor(line), false);
}

void ConsoleWidget::append(const QString &text, const QColor &color, bool bold)
{
    QTextCharFormat format;
    if (color.isValid())
        format.setForeground(color);
    format.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    QTextCursor cursor(m_output->document());
    cursor.movePosition(QTextCursor::End);
    if (!m_output->document()->isEmpty())
        cursor.insertBlock();
    cursor.insertText(text, format);
    m_output->verticalScrollBar()->setValue(m_output->verticalScrollBar()->maximum());
}

void ConsoleWidget::send()
{
    const QString script = m_input->text().trimmed();
    if (script.isEmpty())
        return;
    if (m_history.isEmpty() || m_history.last() != script)
        m_history.append(script);
    while (m_history.size() > kMaxHistory)
        m_history.removeFirst();
    m_historyIndex = int(m_history.size());
    m_input->clear();
    append(QStringLiteral("> ") + script, {}, true);
    m_link.sendGcode(script)->then(this, [this](PrinterReply *reply) {
        // Klipper's own errors (400) also arrive as a "!!" response line; show the others.
        if (reply->isError() && reply->error()->code != 400)
            append(QStringLiteral("!! ") + reply->error()->toString(), colorFor(QStringLiteral("!!")), false);
    });
}

bool ConsoleWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_input && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Up && !m_history.isEmpty()) {
            m_historyIndex = std::max(0, m_historyIndex - 1);
            m_input->setText(m_history.at(m_historyIndex));
            return true;
        }
        if (key == Qt::Key_Down && !m_history.isEmpty()) {
            m_historyIndex = std::min(int(m_history.size()), m_historyIndex + 1);
            m_input->setText(m_historyIndex < m_history.size() ? m_history.at(m_historyIndex) : QString());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace reticle
