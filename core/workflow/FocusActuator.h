#pragma once

#include <QObject>
#include <QString>

namespace reticle {

// What a focus sweep moves: the printer's Z for a fixed-focus camera (FocusZActuator), or later a
// motorised lens on the camera bus. One moveTo() at a time; exactly one moveFinished() follows it,
// unless abandon() is called first (the link dropped and the move's fate is unknown).
class FocusActuator : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // For the operator and the CSV log: "Z" or "focus".
    virtual QString axisName() const = 0;
    // Unit of position(), e.g. "mm"; empty for a unitless focus setting.
    virtual QString unit() const = 0;
    virtual double position() const = 0;
    virtual void moveTo(double position) = 0;
    virtual void abandon() = 0;

signals:
    void moveFinished(bool ok, const QString &error);
};

} // namespace reticle
