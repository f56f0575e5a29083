#pragma once

#include "FocusPeakFit.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

#include <optional>

namespace reticle {

// How a focus sweep covers the focus axis (Z in mm, or a focus setting). Defaults suit a nozzle
// camera whose sharpness halves about half a millimetre from best focus (docs/guide/focus.md).
struct FocusSweepSettings
{
    double coarseHalfRange = 2.0; // coarse pass: centre ± this
    double coarseStep = 0.25;
    double fineHalfRange = 0.5; // fine pass: coarse estimate ± this
    double fineStep = 0.05;
    double takeUp = 0.2; // every measured position is reached moving up at least this far
    double windowFraction = 0.3; // FocusPeakFit window: samples above this fraction of the maximum
    bool finishAtBest = true; // end with a one-sided move to the fitted best focus
};

enum class FocusPass { Coarse, Fine };

// One step the sweep asks for. Move: go to `position` (measure there when `measure` is set).
struct FocusAction
{
    enum class Kind { Move, Done, Failed };
    Kind kind = Kind::Failed;
    double position = 0.0;
    bool measure = false;
    FocusPass pass = FocusPass::Coarse;
    FocusPeak peak; // Done: the fine pass's fit
    QString reason; // Failed
};

// The coarse-to-fine focus sweep as a pure step class (DESIGN.md §3): a quick coarse pass over
// centre ± coarseHalfRange, a FocusPeakFit (or the sharpest sample when the coarse curve is too
// sparse to fit), then a fine pass around that estimate, fitted for the result. Every measured
// position is approached from below (increasing position) so backlash in the focus axis is always
// taken up the same way: when the next position is not straight above the last one, a take-up
// move to `takeUp` below it goes first. Feed it with next(): nullopt after a move without a
// measurement, the sharpness after a measured one.
class FocusSweep
{
    Q_DECLARE_TR_FUNCTIONS(FocusSweep)
public:
    explicit FocusSweep(FocusSweepSettings settings = {});

    // Begins at `current` (where the axis is now), sweeping around `centre`.
    FocusAction start(double centre, double current);
    FocusAction next(std::optional<double> sharpness);
    // The last move may or may not have happened (link lost): approach its target again from
    // below and measure there if it was to be measured.
    FocusAction resume(double current);

    const FocusSweepSettings &settings() const { return m_settings; }
    const QVector<FocusSample> &samples(FocusPass pass) const
    {
        return pass == FocusPass::Coarse ? m_coarse : m_fine;
    }
    std::optional<FocusPeak> coarsePeak() const { return m_coarsePeak; }
    std::optional<FocusPeak> finePeak() const { return m_finePeak; }
    // Where the sweep left the axis (the last commanded position).
    double position() const { return m_position; }
    // Positions the two passes measure, in order.
    static QVector<double> passPositions(double centre, double halfRange, double step);

private:
    FocusAction approach(double target, bool measure);
    FocusAction nextTarget();
    FocusAction finishCoarse();
    FocusAction finishFine();
    FocusAction fail(const QString &reason);

    FocusSweepSettings m_settings;
    FocusPass m_pass = FocusPass::Coarse;
    QVector<double> m_targets; // remaining measured positions of the current pass
    QVector<FocusSample> m_coarse;
    QVector<FocusSample> m_fine;
    std::optional<FocusPeak> m_coarsePeak;
    std::optional<FocusPeak> m_finePeak;
    double m_position = 0.0;
    bool m_movingUp = false; // the last move went up (backlash taken up for upward moves)
    FocusAction m_pending; // the action handed out last
    std::optional<double> m_approachTarget; // a take-up move is under way towards this target
    bool m_approachMeasure = false;
    bool m_finalMove = false; // moving to the best focus
    bool m_finished = false;
};

} // namespace reticle
