#include "store/Settings.h"
#include "store/SettingsKeys.h"

#include <QTemporaryDir>
#include <QTest>

using namespace reticle;

class TestSettings : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_file = m_dir.filePath(QStringLiteral("reticle-%1.ini").arg(++m_counter));
    }

    void defaultsWhenNothingStored()
    {
        Settings settings(m_file);
        QCOMPARE(settings.value(keys::language), QString());
        QCOMPARE(settings.value(keys::jogStepMm), 1.0);
        QCOMPARE(settings.value(keys::axisLimitMarginMm), 0.5);
        QVERIFY(settings.value(keys::windowGeometry).isEmpty());
        QVERIFY(!settings.contains(keys::jogStepMm));
        QVERIFY(settings.value(keys::printerProfiles).isEmpty());
        QCOMPARE(settings.value(keys::printerLastProfile), QString());
        QCOMPARE(settings.value(keys::printerConnectOnStart), false);
        QVERIFY(settings.value(keys::cameraProfiles).isEmpty());
        QCOMPARE(settings.value(keys::cameraActive), QString());
        QCOMPARE(settings.value(keys::cameraToolName), QStringLiteral("C0"));
        QCOMPARE(settings.value(keys::cameraToolMarkX), 50.0);
        QCOMPARE(settings.value(keys::cameraToolMarkY), 250.0);
        QCOMPARE(settings.value(keys::cameraToolMarkSpacingMm), 25.0);
        QCOMPARE(settings.value(keys::cameraToolDepositZ), 0.6);
        QCOMPARE(settings.value(keys::cameraToolExtrudeMm), 1.0);
        QCOMPARE(settings.value(keys::cameraToolExtrudeFeed), 120.0);
        QCOMPARE(settings.value(keys::cameraToolTravelZ), 5.0);
        QCOMPARE(settings.value(keys::cameraToolCameraZ), 20.0);
    }

    void cameraToolAmountsAreClamped()
    {
        Settings settings(m_file);
        settings.setValue(keys::cameraToolExtrudeMm, 50.0); // a purge, not a mark
        QCOMPARE(settings.value(keys::cameraToolExtrudeMm), 10.0);
        settings.setValue(keys::cameraToolDepositZ, -1.0);  // never into the bed
        QCOMPARE(settings.value(keys::cameraToolDepositZ), 0.0);
        QCOMPARE(settings.value(keys::camcalPositionX), 150.0);
        QCOMPARE(settings.value(keys::camcalPositionY), 150.0);
        QCOMPARE(settings.value(keys::camcalPositionZ), 20.0);
        QCOMPARE(settings.value(keys::camcalMinSharpness), 8.0);
        QCOMPARE(settings.value(keys::camcalGrid), 3);
        QCOMPARE(settings.value(keys::camcalAccuracyPoints), 8);
        QCOMPARE(settings.value(keys::camcalApproachMm), 0.3);
        QCOMPARE(settings.value(keys::camcalModel), QStringLiteral("affine"));
        QCOMPARE(settings.value(keys::camcalSetup), QStringLiteral("nozzle-camera"));
    }

    void cameraCalibrationSettingsAreClampedAndChecked()
    {
        Settings settings(m_file);
        settings.setValue(keys::camcalGrid, 12);
        QCOMPARE(settings.value(keys::camcalGrid), 7);
        settings.setValue(keys::camcalAccuracyPoints, 1);
        QCOMPARE(settings.value(keys::camcalAccuracyPoints), 3);
        settings.setValue(keys::camcalModel, QStringLiteral("cubic"));
        QCOMPARE(settings.value(keys::camcalModel), QStringLiteral("affine"));
        settings.setValue(keys::camcalSetup, QStringLiteral("camera-tool"));
        QCOMPARE(settings.value(keys::camcalSetup), QStringLiteral("camera-tool"));
        settings.setValue(keys::camcalPositionZ, 5000.0);
        QCOMPARE(settings.value(keys::camcalPositionZ), 1000.0);
    }

    void cameraProfilesRoundTrip()
    {
        const QByteArray json("[{\"name\":\"nozzle\",\"type\":\"mjpeg\",\"url\":\"http://pi/webcam/?action=stream\"}]");
        {
            Settings settings(m_file);
            settings.setValue(keys::cameraProfiles, json);
            settings.setValue(keys::cameraActive, QStringLiteral("nozzle"));
            settings.sync();
        }
        Settings reread(m_file);
        QCOMPARE(reread.value(keys::cameraProfiles), json);
        QCOMPARE(reread.value(keys::cameraActive), QStringLiteral("nozzle"));
    }

    void roundTripThroughTheFile()
    {
        const QByteArray geometry("\x01\x02\x00\xff binary", 12);
        {
            Settings settings(m_file);
            settings.setValue(keys::language, QStringLiteral("cs"));
            settings.setValue(keys::jogStepMm, 0.01);
            settings.setValue(keys::maxCentringStepMm, 1.25);
            settings.setValue(keys::windowGeometry, geometry);
            settings.sync();
        }
        Settings reread(m_file);
        QCOMPARE(reread.value(keys::language), QStringLiteral("cs"));
        QCOMPARE(reread.value(keys::jogStepMm), 0.01);
        QCOMPARE(reread.value(keys::maxCentringStepMm), 1.25);
        QCOMPARE(reread.value(keys::windowGeometry), geometry);
    }

    void valuesOutsideTheRangeAreClamped()
    {
        Settings settings(m_file);
        settings.setValue(keys::jogStepMm, 1e6);
        QCOMPARE(settings.value(keys::jogStepMm), *keys::jogStepMm.maximum);
        settings.setValue(keys::axisLimitMarginMm, -3.0);
        QCOMPARE(settings.value(keys::axisLimitMarginMm), 0.0);
    }

    void hostileFileContentsReadAsDefaultsOrClamped()
    {
        {
            QSettings raw(m_file, QSettings::IniFormat);
            raw.setValue(QStringLiteral("motion/jogStepMm"), QStringLiteral("ten millimetres"));
            raw.setValue(QStringLiteral("motion/maxJogStepMm"), QStringLiteral("nan"));
            raw.setValue(QStringLiteral("motion/axisLimitMarginMm"), QStringLiteral("9999"));
            raw.setValue(QStringLiteral("ui/language"), QStringLiteral("klingon"));
        }
        Settings settings(m_file);
        QCOMPARE(settings.value(keys::jogStepMm), keys::jogStepMm.defaultValue);
        QCOMPARE(settings.value(keys::maxJogStepMm), keys::maxJogStepMm.defaultValue);
        QCOMPARE(settings.value(keys::axisLimitMarginMm), *keys::axisLimitMarginMm.maximum);
        QCOMPARE(settings.value(keys::language), QString());
    }

    void focusSettingsAreClampedAndChecked()
    {
        Settings settings(m_file);
        QCOMPARE(settings.value(keys::focusCoarseRangeMm), 2.0);
        QCOMPARE(settings.value(keys::focusCoarseStepMm), 0.25);
        QCOMPARE(settings.value(keys::focusFineRangeMm), 0.5);
        QCOMPARE(settings.value(keys::focusFineStepMm), 0.05);
        QCOMPARE(settings.value(keys::focusTakeUpMm), 0.2);
        QCOMPARE(settings.value(keys::focusRegionPercent), 15.0);
        QCOMPARE(settings.value(keys::focusRegionOnNozzle), true);
        QCOMPARE(settings.value(keys::focusMetric), QStringLiteral("laplacian"));
        settings.setValue(keys::focusFineStepMm, 0.0);
        QCOMPARE(settings.value(keys::focusFineStepMm), *keys::focusFineStepMm.minimum);
        settings.setValue(keys::focusCoarseRangeMm, 500.0);
        QCOMPARE(settings.value(keys::focusCoarseRangeMm), *keys::focusCoarseRangeMm.maximum);
        settings.setValue(keys::focusMetric, QStringLiteral("brenner"));
        QCOMPARE(settings.value(keys::focusMetric), QStringLiteral("laplacian"));
        settings.setValue(keys::focusMetric, QStringLiteral("tenengrad"));
        QCOMPARE(settings.value(keys::focusMetric), QStringLiteral("tenengrad"));
        settings.setValue(keys::focusRegionOnNozzle, false);
        QCOMPARE(settings.value(keys::focusRegionOnNozzle), false);
    }

    void unknownLanguageIsNotStored()
    {
        Settings settings(m_file);
        settings.setValue(keys::language, QStringLiteral("de"));
        settings.setValue(keys::language, QStringLiteral("xx"));
        QCOMPARE(settings.value(keys::language), QString());
    }

    void wizardSettingsHaveDefaultsAndRanges()
    {
        Settings settings(m_file);
        QCOMPARE(settings.value(keys::centringGain), 1.0);
        QCOMPARE(settings.value(keys::centringStepClampMm), 2.0);
        QCOMPARE(settings.value(keys::centringToleranceUm), 20.0);
        QCOMPARE(settings.value(keys::centringMaxMoves), 8);
        QCOMPARE(settings.value(keys::centringMaxSeconds), 120.0);
        QCOMPARE(settings.value(keys::measurementsPerTool), 3);
        QCOMPARE(settings.value(keys::reviewFlagThresholdMm), 0.5);
        QCOMPARE(settings.value(keys::repeatabilityCycles), 5);
        settings.setValue(keys::centringGain, 3.0);
        QCOMPARE(settings.value(keys::centringGain), 1.0);
        settings.setValue(keys::centringStepClampMm, 0.0);
        QCOMPARE(settings.value(keys::centringStepClampMm), 0.05);
        settings.setValue(keys::centringToleranceUm, 0.1);
        QCOMPARE(settings.value(keys::centringToleranceUm), 1.0);
        settings.setValue(keys::centringMaxMoves, 0);
        QCOMPARE(settings.value(keys::centringMaxMoves), 1);
        settings.setValue(keys::centringMaxSeconds, 1e6);
        QCOMPARE(settings.value(keys::centringMaxSeconds), 1800.0);
        settings.setValue(keys::measurementsPerTool, 100);
        QCOMPARE(settings.value(keys::measurementsPerTool), 20);
        settings.setValue(keys::reviewFlagThresholdMm, 0.25);
        QCOMPARE(settings.value(keys::reviewFlagThresholdMm), 0.25);
        settings.setValue(keys::repeatabilityCycles, 1);
        QCOMPARE(settings.value(keys::repeatabilityCycles), 2);
    }

    void resetGoesBackToTheDefault()
    {
        Settings settings(m_file);
        settings.setValue(keys::jogFeedMmPerMin, 1200.0);
        QCOMPARE(settings.value(keys::jogFeedMmPerMin), 1200.0);
        settings.reset(keys::jogFeedMmPerMin);
        QCOMPARE(settings.value(keys::jogFeedMmPerMin), keys::jogFeedMmPerMin.defaultValue);
    }

private:
    QTemporaryDir m_dir;
    QString m_file;
    int m_counter = 0;
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
