#pragma once

#include "SettingKey.h"

// Every setting Reticle keeps, with its default and range. Add new ones here, and a line to
// tests/unit/tst_settings.cpp.
namespace reticle::keys {

// --- user interface ---
inline const SettingKey<QString> language{"ui/language", QString(), {}, {},
                                          {QString(), QStringLiteral("en"), QStringLiteral("de"),
                                           QStringLiteral("cs")}};
inline const SettingKey<QByteArray> windowGeometry{"ui/windowGeometry", QByteArray()};
inline const SettingKey<QByteArray> windowState{"ui/windowState", QByteArray()};

// --- motion (used by the motion guard and the jog panel) ---
inline const SettingKey<double> jogStepMm{"motion/jogStepMm", 1.0, 0.001, 100.0};
inline const SettingKey<double> maxJogStepMm{"motion/maxJogStepMm", 50.0, 0.01, 1000.0};
inline const SettingKey<double> maxCentringStepMm{"motion/maxCentringStepMm", 2.0, 0.001, 50.0};
inline const SettingKey<double> axisLimitMarginMm{"motion/axisLimitMarginMm", 0.5, 0.0, 50.0};
inline const SettingKey<double> jogFeedMmPerMin{"motion/jogFeedMmPerMin", 3000.0, 60.0, 60000.0};

// --- printer connection (core/printer, widgets/printer) ---
// JSON array of {name, address, apiKey, oneshotToken}; API keys are stored in plain text.
inline const SettingKey<QByteArray> printerProfiles{"printer/profiles", QByteArray()};
inline const SettingKey<QString> printerLastProfile{"printer/lastProfile", QString()};
inline const SettingKey<bool> printerConnectOnStart{"printer/connectOnStart", false};
// --- camera (docs/camera.md) ---
// The camera profiles as a JSON array (CameraProfile::listToJson), and the name of the one in use.
inline const SettingKey<QByteArray> cameraProfiles{"camera/profiles", QByteArray()};
inline const SettingKey<QString> cameraActive{"camera/active", QString()};

// --- tool offset wizard and repeatability (widgets/wizard, docs/guide/tool-offsets.md) ---
inline const SettingKey<double> centringGain{"wizard/centringGain", 1.0, 0.1, 1.0};
inline const SettingKey<double> centringStepClampMm{"wizard/centringStepClampMm", 2.0, 0.05, 10.0};
inline const SettingKey<double> centringToleranceUm{"wizard/centringToleranceUm", 20.0, 1.0, 500.0};
inline const SettingKey<int> centringMaxMoves{"wizard/centringMaxMoves", 8, 1, 50};
inline const SettingKey<double> centringMaxSeconds{"wizard/centringMaxSeconds", 120.0, 5.0, 1800.0};
inline const SettingKey<int> measurementsPerTool{"wizard/measurementsPerTool", 3, 1, 20};
inline const SettingKey<double> reviewFlagThresholdMm{"wizard/reviewFlagThresholdMm", 0.5, 0.001, 10.0};
inline const SettingKey<int> repeatabilityCycles{"wizard/repeatabilityCycles", 5, 2, 50};
// --- camera-tool mode (docs/guide/camera-tool.md): where and how the tools deposit their marks ---
inline const SettingKey<QString> cameraToolName{"cameraTool/name", QStringLiteral("C0")};
inline const SettingKey<double> cameraToolMarkX{"cameraTool/markX", 50.0, -1000.0, 1000.0};
inline const SettingKey<double> cameraToolMarkY{"cameraTool/markY", 250.0, -1000.0, 1000.0};
inline const SettingKey<double> cameraToolMarkSpacingMm{"cameraTool/markSpacingMm", 25.0, 1.0, 200.0};
inline const SettingKey<double> cameraToolDepositZ{"cameraTool/depositZ", 0.6, 0.0, 5.0};
inline const SettingKey<double> cameraToolExtrudeMm{"cameraTool/extrudeMm", 1.0, 0.01, 10.0};
inline const SettingKey<double> cameraToolExtrudeFeed{"cameraTool/extrudeFeedMmPerMin", 120.0, 10.0, 1200.0};
inline const SettingKey<double> cameraToolTravelZ{"cameraTool/travelZ", 5.0, 0.5, 100.0};
inline const SettingKey<double> cameraToolCameraZ{"cameraTool/cameraZ", 20.0, 0.5, 250.0};
// --- camera calibration wizard (docs/guide/camera-calibration.md) ---
// The gcode position that puts the nozzle over the camera, and the wizard's settings.
inline const SettingKey<double> camcalPositionX{"cameraCalibration/positionX", 150.0, -1000.0, 1000.0};
inline const SettingKey<double> camcalPositionY{"cameraCalibration/positionY", 150.0, -1000.0, 1000.0};
inline const SettingKey<double> camcalPositionZ{"cameraCalibration/positionZ", 20.0, -1000.0, 1000.0};
inline const SettingKey<double> camcalMinSharpness{"cameraCalibration/minSharpness", 8.0, 0.0, 100000.0};
inline const SettingKey<int> camcalGrid{"cameraCalibration/grid", 3, 2, 7};
inline const SettingKey<int> camcalAccuracyPoints{"cameraCalibration/accuracyPoints", 8, 3, 50};
inline const SettingKey<double> camcalApproachMm{"cameraCalibration/approachMm", 0.3, 0.0, 2.0};
inline const SettingKey<QString> camcalModel{"cameraCalibration/model", QStringLiteral("affine"), {}, {},
                                             {QStringLiteral("similarity"), QStringLiteral("affine"),
                                              QStringLiteral("quadratic")}};
inline const SettingKey<QString> camcalSetup{"cameraCalibration/setup", QStringLiteral("nozzle-camera"), {}, {},
                                             {QStringLiteral("nozzle-camera"), QStringLiteral("camera-tool")}};
// --- focus sweep (core/workflow/FocusSweep, docs/guide/focus.md) ---
// Defaults from the nozzle camera's depth of field: sharpness halves about 0.5 mm from focus.
inline const SettingKey<double> focusCoarseRangeMm{"focus/coarseRangeMm", 2.0, 0.1, 20.0};
inline const SettingKey<double> focusCoarseStepMm{"focus/coarseStepMm", 0.25, 0.01, 5.0};
inline const SettingKey<double> focusFineRangeMm{"focus/fineRangeMm", 0.5, 0.02, 5.0};
inline const SettingKey<double> focusFineStepMm{"focus/fineStepMm", 0.05, 0.005, 1.0};
inline const SettingKey<double> focusTakeUpMm{"focus/takeUpMm", 0.2, 0.0, 5.0};
inline const SettingKey<double> focusRegionPercent{"focus/regionPercent", 15.0, 2.0, 100.0};
inline const SettingKey<bool> focusRegionOnNozzle{"focus/regionOnNozzle", true};
inline const SettingKey<QString> focusMetric{"focus/metric", QStringLiteral("laplacian"), {}, {},
                                             {QStringLiteral("laplacian"), QStringLiteral("tenengrad")}};

} // namespace reticle::keys
