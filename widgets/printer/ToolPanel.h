#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace reticle {

class MotionGuard;
class PrinterLink;

// The printer's tools with their offsets, and a selector that changes tools (T<n>) through the
// motion guard.
class ToolPanel : public QWidget
{
    Q_OBJECT
public:
    ToolPanel(PrinterLink &link, MotionGuard &guard, QWidget *parent = nullptr);

private:
    void refresh();

    PrinterLink &m_link;
    MotionGuard &m_guard;
    QTableWidget *m_table;
    QComboBox *m_selector;
    QPushButton *m_select;
    QLabel *m_message;
};

} // namespace reticle
