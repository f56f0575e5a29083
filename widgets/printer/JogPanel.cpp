#include "JogPanel.h"

#include "printer/MotionGuard.h"
#include "printer/PrinterLink.h"

#include <QButtonGroup>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>

namespace reticle {

namespace {
const double kSteps[] = {0.01, 0.1, 1.0, 10.0};
}

JogPanel::JogPanel(PrinterLink &link, MotionGuard &guard, double initialStepMm, QWidget *parent)
    : QWidget(parent)
    , m_link(link)
    , m_guard(guard)
    , m_stepMm(initialStepMm)
    , m_steps(new QButtonGroup(this))
    , m_position(new QLabel(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("jogPanel"));
    auto *layout = new QVBoxLayout(this);

    auto *stepRow = new QHBoxLayout;
    stepRow->addWidget(new QLabel(tr("Step:"), this));
    int id = 0;
    for (const double step : kSteps) {
        auto *button = new QPushButton(QLocale().toString(step) + QStringLiteral(" mm"), this);
        button->setCheckable(true);
        button->setObjectName(QStringLiteral("jogStep_%1").arg(QString::number(step).replace(QLatin1Char('.'), QLatin1Char('_'))));
        m_steps->addButton(button, id++);
        stepRow->addWidget(button);
    }
    m_steps->setExclusive(true);
    connect(m_steps, &QButtonGroup::idClicked, this, [this](int index) {
        m_stepMm = kSteps[index];
        emit stepChanged(m_stepMm);
    });
    layout->addLayout(stepRow);

    auto *grid = new QGridLayout;
    auto addMove = [&](const QString &name, const QString &text, int axis, int direction, int row, int column) {
        auto *button = new QPushButton(text, this);
        button->setObjectName(name);
        button->setAutoRepeat(false);
        connect(button, &QPushButton::clicked, this, [this, axis, direction] { jog(axis, direction); });
        grid->addWidget(button, row, column);
        m_moveButtons << button;
    };
    addMove(QStringLiteral("jogYPlus"), tr("Y+"), 1, +1, 0, 1);
    addMove(QStringLiteral("jogXMinus"), tr("X−"), 0, -1, 1, 0);
    addMove(QStringLiteral("jogXPlus"), tr("X+"), 0, +1, 1, 2);
    addMove(QStringLiteral("jogYMinus"), tr("Y−"), 1, -1, 2, 1);
    addMove(QStringLiteral("jogZPlus"), tr("Z+"), 2, +1, 0, 4);
    addMove(QStringLiteral("jogZMinus"), tr("Z−"), 2, -1, 2, 4);
    auto *home = new QPushButton(tr("Home"), this);
    home->setObjectName(QStringLiteral("homeButton"));
    home->setToolTip(tr("Home all axes (G28)"));
    connect(home, &QPushButton::clicked, this, [this] { watch(m_guard.home()); });
    grid->addWidget(home, 1, 1);
    m_moveButtons << home;
    layout->addLayout(grid);

    m_position->setObjectName(QStringLiteral("jogPosition"));
    m_position->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_position);
    m_message->setObjectName(QStringLiteral("jogMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    layout->addStretch(1);

    connect(&m_guard, &MotionGuard::refused, this, [this](const QString &reason) { showMessage(reason, true); });
    connect(&m_link, &PrinterLink::stateChanged, this, &JogPanel::refresh);
    connect(&m_link, &PrinterLink::connectionStateChanged, this, &JogPanel::refresh);
    setStepMm(initialStepMm);
    refresh();
}

void JogPanel::setStepMm(double step)
{
    int best = 0;
    for (int i = 0; i < 4; ++i)
        if (std::abs(kSteps[i] - step) < std::abs(kSteps[best] - step))
            best = i;
    m_stepMm = kSteps[best];
    m_steps->button(best)->setChecked(true);
}

QString JogPanel::message() const
{
    return m_message->text();
}

void JogPanel::jog(int axis, int direction)
{
    double delta[3] = {0.0, 0.0, 0.0};
    delta[axis] = direction * m_stepMm;
    showMessage({}, false);
    watch(m_guard.move(MoveRequest::jog(delta[0], delta[1], delta[2])));
}

void JogPanel::watch(PrinterReply *reply)
{
    reply->then(this, [this](PrinterReply *r) {
        // Guard refusals arrive through refused(); show the printer's own errors here.
        if (r->isError() && r->error()->code != PrinterError::kRefused)
            showMessage(r->error()->toString(), true);
    });
}

void JogPanel::refresh()
{
    const bool ready = m_link.isReady();
    for (QPushButton *button : std::as_const(m_moveButtons))
        button->setEnabled(ready);
    const PrinterState &state = m_link.state();
    if (const auto p = state.toolheadPosition()) {
        m_position->setText(tr("X %1  Y %2  Z %3  (homed: %4)")
                                .arg(p->x, 0, 'f', 3).arg(p->y, 0, 'f', 3).arg(p->z, 0, 'f', 3)
                                .arg(state.homedAxes().isEmpty() ? tr("none") : state.homedAxes()));
    } else {
        m_position->setText(tr("Position unknown"));
    }
}

void JogPanel::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #e53935;") : QString());
}

} // namespace reticle
