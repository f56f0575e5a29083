#pragma once

#include <QStringList>
#include <QWidget>

class QLineEdit;
class QPushButton;
class QTextEdit;

namespace reticle {

class PrinterLink;

// The G-code console: sends what the operator types (raw, not through the motion guard, as in
// Mainsail's console) and shows every notify_gcode_response line, "!!" errors in red and "//"
// messages dimmed. Up/Down walk the history.
class ConsoleWidget : public QWidget
{
    Q_OBJECT
public:
    explicit ConsoleWidget(PrinterLink &link, QWidget *parent = nullptr);

    void appendLine(const QString &line);
    QStringList history() const { return m_history; }
    static QColor colorFor(const QString &line); // invalid for plain lines

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void send();
    void append(const QString &text, const QColor &color, bool bold);

    PrinterLink &m_link;
    QTextEdit *m_output;
    QLineEdit *m_input;
    QPushButton *m_send;
    QStringList m_history;
    int m_historyIndex = 0;
};

} // namespace reticle
