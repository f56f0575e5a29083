#pragma once

#include "LinkWatch.h"
#include "NozzleProbe.h"
#include "ToolOffsetMath.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointF>
#include <QVector>

#include <optional>
#include <vector>

namespace reticle {

class MachineIo;

// One visited position of a survey.
struct SurveyPoint
{
    QPointF target;          // commanded gcode X/Y (mm)
    bool measured = false;   // visited and answered (detected, clicked or skipped)
    bool found = false;      // a pixel is known (detected or clicked)
    bool manual = false;     // the pixel came from the operator's click
    bool skipped = false;    // the operator skipped it
    QPointF pixel;           // where the nozzle appeared
    double confidence = 0.0;
    QString reason;          // why detection failed, when it did
};

// The state machine the reference points and accuracy check steps share: visit a list of
// positions (each approached from −X/−Y by the backlash distance, so backlash is the same at
// every point), detect the nozzle at each, ask the operator to click it when detection fails (or
// skip the point), evaluate, and return to the start position. Pauses when the printer or camera
// goes away (an interrupted point is approached again only after resume()); cancel returns to the
// start; a Klippy shutdown fails it. Subclasses plan the positions and evaluate the points.
class PointSurveyWorkflow : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Moving, Probing, AwaitingClick, Paused, Returning, Done, Cancelled, Failed };
    Q_ENUM(State)

    PointSurveyWorkflow(MachineIo &machine, NozzleProbe &probe, double backlashMm, QObject *parent = nullptr);

    State state() const { return m_state; }
    QString stateText() const;
    QString failureReason() const { return m_failure; }
    QString pauseReason() const { return m_pauseReason; }
    bool canResume() const;
    bool isRunning() const;
    const QVector<SurveyPoint> &points() const { return m_points; }
    int currentIndex() const { return m_index; }
    int measuredCount() const;
    int movesIssued() const { return m_moves; }
    double elapsedSeconds() const;
    QPointF startPosition() const { return m_start; }
    // Plan around, and return to, this X/Y instead of where the printer is when start() runs
    // (a retry after a failure half-way starts from the same place).
    void setStartPosition(const QPointF &xy) { m_fixedStart = xy; }

public slots:
    void start();
    // The operator's click on the nozzle (AwaitingClick only).
    void provideClick(const QPointF &pixel);
    void skipPoint();
    void cancel();
    void resume();

signals:
    void stateChanged(reticle::PointSurveyWorkflow::State state);
    void pointMeasured(int index);
    void finished();
    void failed(const QString &reason);

protected:
    // The positions to visit, planned from the start position; empty with `error` to fail.
    virtual QVector<QPointF> plan(const QPointF &start, QString *error) = 0;
    // Called once every point is measured; returns an error to fail the step.
    virtual QString evaluate() = 0;
    // "Detecting the nozzle at point %1 of %2" and friends name the step.
    virtual QString stepName() const = 0;

private:
    void setState(State state);
    void fail(const QString &reason);
    void visit(int index);
    void moveXY(const QPointF &xy);
    void onOperationFinished(bool ok, const QString &error);
    void onProbed(const ProbeResult &result);
    void pointDone();
    void returnToStart();
    void finishCancel();
    void pause(const QString &reason);

    MachineIo &m_machine;
    NozzleProbe &m_probe;
    double m_backlashMm;
    LinkWatch m_links;
    State m_state = State::Idle;
    State m_resumeState = State::Idle;
    QString m_failure;
    QString m_pauseReason;
    QString m_evaluationError;
    QVector<SurveyPoint> m_points;
    QVector<QPointF> m_pending;
    int m_index = -1;
    QPointF m_start;
    std::optional<QPointF> m_fixedStart;
    bool m_inFlight = false;
    bool m_cancelRequested = false;
    int m_moves = 0;
    QElapsedTimer m_clock;
    double m_seconds = 0.0;
};

} // namespace reticle
