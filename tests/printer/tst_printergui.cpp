#include "ConnectionIndicator.h"
#include "MainWindow.h"
#include "PrinterUi.h"
#include "printer/ConnectionDialog.h"
#include "printer/ConsoleWidget.h"
#include "printer/MoonrakerClient.h"
#include "printer/VirtualKlipper.h"
#include "printer/VirtualMoonraker.h"
#include "store/Settings.h"
#include "store/SettingsKeys.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>

using namespace reticle;
using namespace reticle::sim;

// The printer panels in a real (offscreen) main window, driven by objectName, against the
// virtual printer.
class TestPrinterGui : public QObject
{
    Q_OBJECT

private:
    struct Rig
    {
        explicit Rig(const QString &settingsFile, SimulatorOptions options = SimulatorOptions::forTests())
            : klipper(options)
            , moonraker(&klipper, options)
            , settings(settingsFile)
            , window(settings)
        {
            if (!moonraker.listen(QHostAddress(QHostAddress::LocalHost), 0))
                qFatal("the simulator cannot listen");
            klipper.start();
            window.printerUi()->client().setKlippyPollIntervalMs(100);
            window.show();
        }
        template<typename T>
        T *find(const char *name) { return window.findChild<T *>(QLatin1String(name)); }
        bool connectAndWait(const QString &key = {})
        {
            QSignalSpy subscribed(&window.printerUi()->client(), &PrinterLink::subscribed);
            window.printerUi()->connectTo(moonraker.serverUrl(), key);
            return subscribed.wait(10000);
        }

        VirtualKlipper klipper;
        VirtualMoonraker moonraker;
        Settings settings;
        MainWindow window;
    };

    QTemporaryDir m_dir;
    int m_counter = 0;
    QString settingsFile() { return m_dir.filePath(QStringLiteral("s%1.ini").arg(++m_counter)); }

private slots:
    void panelsReplaceThePlaceholdersAndFollowTheConnection()
    {
        Rig rig(settingsFile());
        QVERIFY(QTest::qWaitForWindowExposed(&rig.window));
        QVERIFY(rig.find<QWidget>("jogPanel"));
        QVERIFY(rig.find<QWidget>("toolPanel"));
        QVERIFY(rig.find<QWidget>("consoleWidget"));
        QVERIFY(!rig.window.emergencyStopAction()->isEnabled());
        QVERIFY(!rig.find<QPushButton>("jogXPlus")->isEnabled());
        QCOMPARE(rig.window.printerIndicator()->level(), ConnectionIndicator::Level::Off);

        QVERIFY(rig.connectAndWait());
        QCOMPARE(rig.window.printerIndicator()->level(), ConnectionIndicator::Level::Good);
        QCOMPARE(rig.window.printerIndicator()->text(), QStringLiteral("Printer: ready"));
        QVERIFY(rig.window.emergencyStopAction()->isEnabled());
        QVERIFY(rig.find<QPushButton>("jogXPlus")->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(rig.find<QTableWidget>("toolTable")->rowCount(), 3, 5000);
        QCOMPARE(rig.find<QComboBox>("toolSelector")->count(), 3);
    }

    void jogGoesThroughTheGuard()
    {
        Rig rig(settingsFile());
        QVERIFY(rig.connectAndWait());
        MoonrakerClient &client = rig.window.printerUi()->client();
        QSignalSpy sent(&client, &PrinterLink::gcodeSent);
        // Unhomed: refused with the reason, nothing sent.
        QTest::mouseClick(rig.find<QPushButton>("jogXPlus"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(rig.find<QLabel>("jogMessage")->text(),
                                  QStringLiteral("Axis X is not homed. Home the printer first."), 5000);
        QCOMPARE(sent.size(), 0);
        // Home, then a 10 mm step.
        QTest::mouseClick(rig.find<QPushButton>("homeButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(client.state().homedAxes(), QStringLiteral("xyz"), 10000);
        QTest::mouseClick(rig.find<QPushButton>("jogStep_10"), Qt::LeftButton);
        QCOMPARE(rig.settings.value(keys::jogStepMm), 10.0);
        QTest::mouseClick(rig.find<QPushButton>("jogXPlus"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(client.state().toolheadPosition() && client.state().toolheadPosition()->x == 10.0, 10000);
        QCOMPARE(sent.last().first().toString(), QStringLiteral("G91\nG1 X10.000 F3000\nG90"));
        QVERIFY(rig.find<QLabel>("jogPosition")->text().contains(QLatin1String("10.000")));
        // Back to X 0 would pass the 0.5 mm margin: refused, nothing sent.
        const int before = sent.size();
        QTest::mouseClick(rig.find<QPushButton>("jogXMinus"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(rig.find<QLabel>("jogMessage")->text().contains(QLatin1String("outside the allowed range")), 5000);
        QCOMPARE(sent.size(), before);
    }

    void consoleSendsShowsAndColours()
    {
        Rig rig(settingsFile());
        QVERIFY(rig.connectAndWait());
        auto *input = rig.find<QLineEdit>("consoleInput");
        auto *output = rig.find<QTextEdit>("consoleOutput");
        QTest::keyClicks(input, QStringLiteral("FOO"));
        QTest::keyClick(input, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(output->toPlainText().contains(QLatin1String("// Unknown command:\"FOO\"")), 5000);
        QVERIFY(output->toPlainText().contains(QLatin1String("> FOO")));
        QTest::keyClicks(input, QStringLiteral("G1 X10"));
        QTest::mouseClick(rig.find<QPushButton>("consoleSend"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(output->toPlainText().contains(QLatin1String("!! Must home axis first")), 5000);
        QCOMPARE(ConsoleWidget::colorFor(QStringLiteral("!! Must home axis first")), QColor(0xe5, 0x39, 0x35));
        QCOMPARE(ConsoleWidget::colorFor(QStringLiteral("// Unknown command")), QColor(0x60, 0x7d, 0x8b));
        QVERIFY(!ConsoleWidget::colorFor(QStringLiteral("X:0.000 Y:0.000")).isValid());
        // History: Up brings back the last commands.
        QTest::keyClick(input, Qt::Key_Up);
        QCOMPARE(input->text(), QStringLiteral("G1 X10"));
        QTest::keyClick(input, Qt::Key_Up);
        QCOMPARE(input->text(), QStringLiteral("FOO"));
        QTest::keyClick(input, Qt::Key_Down);
        QTest::keyClick(input, Qt::Key_Down);
        QCOMPARE(input->text(), QString());
    }

    void emergencyStopShutsThePrinterDown()
    {
        Rig rig(settingsFile());
        QVERIFY(rig.connectAndWait());
        rig.window.emergencyStopAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(rig.window.printerUi()->client().state().klippyState(),
                                  PrinterState::KlippyState::Shutdown, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(rig.window.printerIndicator()->level(), ConnectionIndicator::Level::Error, 5000);
        QVERIFY(rig.window.emergencyStopAction()->isEnabled()); // still connected
        QVERIFY(!rig.find<QPushButton>("jogXPlus")->isEnabled());
    }

    void wrongKeyIsShownInTheIndicator()
    {
        SimulatorOptions options = SimulatorOptions::forTests();
        options.apiKey = QStringLiteral("e514851f37b94c779d955212b6906f95");
        Rig rig(settingsFile(), options);
        rig.window.printerUi()->connectTo(rig.moonraker.serverUrl(), QStringLiteral("wrong"));
        QTRY_COMPARE_WITH_TIMEOUT(rig.window.printerIndicator()->level(), ConnectionIndicator::Level::Error, 10000);
        QCOMPARE(rig.window.printerIndicator()->text(), QStringLiteral("Printer: Unauthorized (-32602)"));
        QVERIFY(!rig.window.emergencyStopAction()->isEnabled());
    }

    void connectionDialogKeepsProfiles()
    {
        const QString file = settingsFile();
        {
            Settings settings(file);
            ConnectionDialog dialog(settings);
            dialog.findChild<QLineEdit *>(QStringLiteral("profileName"))->setText(QStringLiteral("Voron"));
            dialog.findChild<QLineEdit *>(QStringLiteral("profileAddress"))->setText(QStringLiteral("not a url ::"));
            QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("saveProfile")), Qt::LeftButton);
            QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("connectionError"))->text().isEmpty());
            QVERIFY(dialog.profiles().isEmpty());
            dialog.findChild<QLineEdit *>(QStringLiteral("profileAddress"))->setText(QStringLiteral("voron.local"));
            dialog.findChild<QLineEdit *>(QStringLiteral("profileApiKey"))->setText(QStringLiteral("abc123"));
            QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("saveProfile")), Qt::LeftButton);
            QCOMPARE(dialog.profiles().size(), 1);
            // A second profile, chosen with Connect.
            dialog.findChild<QComboBox *>(QStringLiteral("profileCombo"))->setCurrentIndex(0);
            dialog.findChild<QLineEdit *>(QStringLiteral("profileName"))->setText(QStringLiteral("Jubilee"));
            dialog.findChild<QLineEdit *>(QStringLiteral("profileAddress"))->setText(QStringLiteral("http://10.0.0.8:7125"));
            dialog.findChild<QCheckBox *>(QStringLiteral("profileOneshot"))->setChecked(true);
            QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("connectButton")), Qt::LeftButton);
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            QCOMPARE(dialog.profile().name, QStringLiteral("Jubilee"));
        }
        Settings settings(file);
        QCOMPARE(settings.value(keys::printerLastProfile), QStringLiteral("Jubilee"));
        ConnectionDialog again(settings);
        QCOMPARE(again.profiles().size(), 2);
        QCOMPARE(again.profile().name, QStringLiteral("Jubilee"));
        QVERIFY(again.profile().useOneshotToken);
        again.findChild<QComboBox *>(QStringLiteral("profileCombo"))->setCurrentIndex(1);
        QCOMPARE(again.profile().apiKey, QStringLiteral("abc123"));
        QTest::mouseClick(again.findChild<QPushButton *>(QStringLiteral("deleteProfile")), Qt::LeftButton);
        QCOMPARE(PrinterProfile::listFromJson(settings.value(keys::printerProfiles)).size(), 1);
    }
};

QTEST_MAIN(TestPrinterGui)
#include "tst_printergui.moc"
