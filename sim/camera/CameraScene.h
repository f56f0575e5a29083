#pragma once

#include "printer/MachineSnapshot.h"

#include <QPointF>
#include <QVector>

namespace reticle::sim {

enum class CameraMode {
    Nozzle,     // fixed to the frame, looking up at the active tool's nozzle
    CameraTool, // the camera tool C0, looking down at the bed
};

// Where the cameras are and how they focus (SIM-CONTRACT.md "Default geometry").
struct CameraRig
{
    // Nozzle camera: optical centre in printer XY and the height of its lens.
    double nozzleCameraX = 150.0;
    double nozzleCameraY = 150.0;
    double nozzleCameraZ = 0.0;
    // Distance from the lens at which the image is sharp with the focus setting at its middle
    // (15): a nozzle tip at Z = 20 over the nozzle camera, or the bed seen by C0 at Z = 20.
    double focalDistanceMm = 20.0;
    // Each focus step (0..30, like the camera bus) moves the sharp plane by this much, away from
    // the lens for higher settings.
    double focusStepMm = 0.5;
    int focus = 15;
    // Tool number of the camera tool C0; -1 = the last tool the printer knows.
    int cameraTool = -1;

    double focusedDistanceMm() const { return focalDistanceMm + (focus - 15) * focusStepMm; }
};

// What one frame shows, in physical printer coordinates, derived from the printer's state.
struct CameraScene
{
    struct Mark
    {
        QPointF positionMm;
        double diameterMm = 0.0;
        int tool = 0;
        bool operator==(const Mark &) const = default;
    };

    CameraMode mode = CameraMode::Nozzle;
    // Nozzle mode: the active tool's physical nozzle tip (carriage - true offset).
    bool nozzleVisible = false;
    int tool = -1;
    QPointF nozzleMm;
    // Camera-tool mode: where the camera's optical axis meets the bed.
    QPointF viewCentreMm;
    QVector<Mark> marks;
    // Distance from the lens to what the camera looks at (nozzle tip or bed), and how far that
    // lies from the plane of sharp focus (positive = beyond it).
    double targetDistanceMm = 20.0;
    double defocusMm = 0.0;

    bool operator==(const CameraScene &) const = default;
    // A 64-bit hash of everything the scene shows (bit patterns of the coordinates): equal
    // scenes give equal hashes.
    quint64 hash() const;

    // Physical nozzle = carriage - true offset of the active tool (x, y and z).
    static CameraScene fromSnapshot(const MachineSnapshot &snapshot, CameraMode mode, const CameraRig &rig);
    // Shifts what the camera sees by `shiftMm` (vibration of the toolhead).
    void shiftTarget(QPointF shiftMm);
};

} // namespace reticle::sim
