#include "CameraScene.h"

#include <algorithm>

namespace reticle::sim {

namespace {

QVector3D offsetOf(const MachineSnapshot &snapshot, int tool)
{
    if (tool < 0 || tool >= snapshot.trueOffsets.size())
        return {};
    return snapshot.trueOffsets.at(tool);
}

} // namespace

CameraScene CameraScene::fromSnapshot(const MachineSnapshot &snapshot, CameraMode mode, const CameraRig &rig)
{
    CameraScene scene;
    scene.mode = mode;
    const double focused = rig.focusedDistanceMm();
    if (mode == CameraMode::Nozzle) {
        scene.tool = snapshot.activeTool;
        const int cameraTool = rig.cameraTool >= 0 ? rig.cameraTool : int(snapshot.trueOffsets.size()) - 1;
        // The camera tool has no nozzle to show; with no tool mounted there is nothing either.
        scene.nozzleVisible = snapshot.activeTool >= 0 && snapshot.activeTool != cameraTool;
        const QVector3D t = offsetOf(snapshot, snapshot.activeTool);
        scene.nozzleMm = QPointF(snapshot.carriage[0] - double(t.x()), snapshot.carriage[1] - double(t.y()));
        const double tipZ = snapshot.carriage[2] - double(t.z());
        scene.targetDistanceMm = tipZ - rig.nozzleCameraZ;
    } else {
        const int cameraTool = rig.cameraTool >= 0 ? rig.cameraTool : int(snapshot.trueOffsets.size()) - 1;
        const QVector3D t = offsetOf(snapshot, cameraTool);
        scene.viewCentreMm = QPointF(snapshot.carriage[0] - double(t.x()), snapshot.carriage[1] - double(t.y()));
        // The bed is the plane Z = 0.
        scene.targetDistanceMm = snapshot.carriage[2] - double(t.z());
        scene.marks.reserve(snapshot.marks.size());
        for (const DepositedMark &m : snapshot.marks)
            scene.marks.append(Mark{QPointF(m.x, m.y), m.diameter, m.tool});
    }
    scene.defocusMm = scene.targetDistanceMm - focused;
    return scene;
}

quint64 CameraScene::hash() const
{
    // FNV-1a over the fields' bytes; doubles by bit pattern (+0.0 and -0.0 differ, harmlessly).
    quint64 h = 0xcbf29ce484222325ull;
    auto add = [&h](const void *data, size_t size) {
        const auto *bytes = static_cast<const unsigned char *>(data);
        for (size_t i = 0; i < size; ++i) {
            h ^= bytes[i];
            h *= 0x100000001b3ull;
        }
    };
    auto addDouble = [&add](double v) { add(&v, sizeof v); };
    const int modeValue = int(mode);
    add(&modeValue, sizeof modeValue);
    add(&nozzleVisible, sizeof nozzleVisible);
    add(&tool, sizeof tool);
    addDouble(nozzleMm.x());
    addDouble(nozzleMm.y());
    addDouble(viewCentreMm.x());
    addDouble(viewCentreMm.y());
    addDouble(targetDistanceMm);
    addDouble(defocusMm);
    for (const Mark &m : marks) {
        addDouble(m.positionMm.x());
        addDouble(m.positionMm.y());
        addDouble(m.diameterMm);
        add(&m.tool, sizeof m.tool);
    }
    return h;
}

void CameraScene::shiftTarget(QPointF shiftMm)
{
    // The toolhead carries the nozzle (nozzle camera) or the camera itself (C0).
    nozzleMm += shiftMm;
    viewCentreMm += shiftMm;
}

} // namespace reticle::sim
