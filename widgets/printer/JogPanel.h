#pragma once

#include <QWidget>

class QButtonGroup;
class QLabel;
class QPushButton;

namespace reticle {

class MotionGuard;
class PrinterLink;
class PrinterReply;

// Jogging: step sizes 0.01/0.1/1/10 mm, X/Y/Z buttons and home. Every move goes through the
// MotionGuard; a refusal (or Klipper's error) is shown under the buttons.
class JogPanel : public QWidget
{
    Q_OBJECT
public:
    JogPanel(PrinterLink &link, MotionGuard &guard, double initialStepMm, QWidget *parent = nullptr);

    double stepMm() const { return m_stepMm; }
    void setStepMm(double step);
    QString message() const;

signals:
    void stepChanged(double stepMm);

private:
    void jog(int axis, int direction);
    void watch(PrinterReply *reply);
    void refresh();
    void showMessage(const QString &text, bool error);

    PrinterLink &m_link;
    MotionGuard &m_guard;
    double m_stepMm;
    QButtonGroup *m_steps;
    QList<QPushButton *> m_moveButtons;
    QLabel *m_position;
    QLabel *m_message;
};

} // namespace reticle
