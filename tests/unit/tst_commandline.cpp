#include "CliCommands.h"
#include "CliDispatcher.h"
#include "GuiOptions.h"
#include "base/AppInfo.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace reticle;

namespace {

struct CliRun
{
    int code;
    QString out;
    QString err;
};

CliRun runCli(const QStringList &arguments)
{
    QString out, err;
    QTextStream outStream(&out), errStream(&err);
    CliIo io{outStream, errStream};
    CliDispatcher dispatcher(createCliCommands());
    const int code = dispatcher.run(QStringList{QStringLiteral("reticle-cli")} + arguments, io);
    outStream.flush();
    errStream.flush();
    return {code, out, err};
}

struct ProcessRun
{
    int code;
    QString out;
    QString err;
};

ProcessRun runBinary(const QString &binary, const QStringList &arguments, bool withDisplay = true)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (withDisplay) {
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    } else {
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    }
    process.setProcessEnvironment(env);
    process.start(binary, arguments);
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        return {-1, {}, QStringLiteral("timed out")};
    }
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void guiDefaults()
    {
        GuiOptions options;
        const ParseOutcome outcome = GuiCommandLine::parse({QStringLiteral("reticle")}, options);
        QVERIFY(!outcome.shouldExit());
        QVERIFY(!options.demo);
        QVERIFY(!options.headless);
        QVERIFY(options.language.isEmpty());
        QVERIFY(!options.cameraTool);
    }

    void guiDemoMode_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("cameraTool");
        QTest::newRow("default") << QStringList{} << false;
        QTest::newRow("nozzle-camera") << QStringList{QStringLiteral("--mode"), QStringLiteral("nozzle-camera")} << false;
        QTest::newRow("camera-tool") << QStringList{QStringLiteral("--mode"), QStringLiteral("camera-tool")} << true;
        QTest::newRow("camera-tool with =") << QStringList{QStringLiteral("--mode=camera-tool")} << true;
    }

    void guiDemoMode()
    {
        QFETCH(QStringList, arguments);
        QFETCH(bool, cameraTool);
        GuiOptions options;
        const ParseOutcome outcome = GuiCommandLine::parse(
            QStringList{QStringLiteral("reticle"), QStringLiteral("--demo"), QStringLiteral("--headless")} + arguments,
            options);
        QVERIFY2(!outcome.shouldExit(), qPrintable(outcome.err));
        QCOMPARE(options.cameraTool, cameraTool);
    }

    void guiOptionsAreRead()
    {
        QTemporaryDir dir;
        const QString shot = dir.filePath(QStringLiteral("shot.png"));
        GuiOptions options;
        const ParseOutcome outcome = GuiCommandLine::parse(
            {QStringLiteral("reticle"), QStringLiteral("--demo"), QStringLiteral("--headless"),
             QStringLiteral("--lang"), QStringLiteral("cs"), QStringLiteral("--screenshot"), shot,
             QStringLiteral("--reset-layout")},
            options);
        QVERIFY2(!outcome.shouldExit(), qPrintable(outcome.err));
        QVERIFY(options.demo);
        QVERIFY(options.headless);
        QVERIFY(options.resetLayout);
        QCOMPARE(options.language, QStringLiteral("cs"));
        QCOMPARE(options.screenshotPath, shot);
    }

    void guiHelpAndVersionExitZero()
    {
        GuiOptions options;
        ParseOutcome outcome = GuiCommandLine::parse({QStringLiteral("reticle"), QStringLiteral("--help")}, options);
        QCOMPARE(outcome.exitCode, 0);
        QVERIFY(outcome.out.contains(QStringLiteral("--demo")));
        QVERIFY(outcome.out.contains(QStringLiteral("--lang")));
        outcome = GuiCommandLine::parse({QStringLiteral("reticle"), QStringLiteral("--version")}, options);
        QCOMPARE(outcome.exitCode, 0);
        QCOMPARE(outcome.out.trimmed(), QStringLiteral("reticle %1").arg(AppInfo::version()));
    }

    void guiBadInputExitsTwoWithAClearMessage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")}
                                        << QStringLiteral("Unknown option 'frobnicate'");
        QTest::newRow("unknown language") << QStringList{QStringLiteral("--lang"), QStringLiteral("xx")}
                                          << QStringLiteral("unknown language 'xx' (available: en, de, cs)");
        QTest::newRow("missing value") << QStringList{QStringLiteral("--lang")}
                                       << QStringLiteral("Missing value after '--lang'");
        QTest::newRow("stray argument") << QStringList{QStringLiteral("calibrate")}
                                        << QStringLiteral("unexpected argument 'calibrate'");
        QTest::newRow("screenshot folder missing")
            << QStringList{QStringLiteral("--screenshot"), QStringLiteral("/nonexistent-dir-xyz/shot.png")}
            << QStringLiteral("folder '/nonexistent-dir-xyz' does not exist");
        QTest::newRow("unknown mode")
            << QStringList{QStringLiteral("--demo"), QStringLiteral("--headless"), QStringLiteral("--mode"),
                           QStringLiteral("camera")}
            << QStringLiteral("unknown mode 'camera' (available: nozzle-camera, camera-tool)");
        QTest::newRow("mode without the headless demo")
            << QStringList{QStringLiteral("--demo"), QStringLiteral("--mode"), QStringLiteral("camera-tool")}
            << QStringLiteral("--mode applies to the headless demo only (--demo --headless)");
    }

    void guiBadInputExitsTwoWithAClearMessage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        GuiOptions options;
        const ParseOutcome outcome = GuiCommandLine::parse(QStringList{QStringLiteral("reticle")} + arguments, options);
        QCOMPARE(outcome.exitCode, 2);
        QVERIFY2(outcome.err.contains(message), qPrintable(outcome.err));
        QVERIFY(outcome.err.startsWith(QStringLiteral("reticle: ")));
        QVERIFY(outcome.err.contains(QStringLiteral("reticle --help")));
    }

    void cliListsCommandsAndVersion()
    {
        CliRun run = runCli({QStringLiteral("--help")});
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.contains(QStringLiteral("info")));
        run = runCli({QStringLiteral("--version")});
        QCOMPARE(run.code, 0);
        QCOMPARE(run.out.trimmed(), QStringLiteral("reticle-cli %1").arg(AppInfo::version()));
    }

    void cliWithoutCommandIsAUsageError()
    {
        const CliRun run = runCli({});
        QCOMPARE(run.code, 2);
        QVERIFY(run.err.contains(QStringLiteral("Usage: reticle-cli <command>")));
    }

    void cliUnknownCommandAndOption()
    {
        CliRun run = runCli({QStringLiteral("calibrat")});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(QStringLiteral("unknown command 'calibrat'")), qPrintable(run.err));
        run = runCli({QStringLiteral("--bogus")});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(QStringLiteral("unknown option '--bogus'")), qPrintable(run.err));
        run = runCli({QStringLiteral("info"), QStringLiteral("--bogus")});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(QStringLiteral("reticle-cli info: Unknown option 'bogus'")), qPrintable(run.err));
        run = runCli({QStringLiteral("--lang"), QStringLiteral("xx"), QStringLiteral("info")});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(QStringLiteral("unknown language 'xx'")), qPrintable(run.err));
    }

    void cliInfoJson()
    {
        const CliRun run = runCli({QStringLiteral("info"), QStringLiteral("--json")});
        QCOMPARE(run.code, 0);
        QJsonParseError error;
        const QJsonObject info = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(info.value(QStringLiteral("version")).toString(), AppInfo::version());
        QCOMPARE(info.value(QStringLiteral("qt")).toString(), QString::fromLatin1(qVersion()));
        QVERIFY(!info.value(QStringLiteral("opencv")).toString().isEmpty());
        QCOMPARE(info.value(QStringLiteral("languages")).toVariant().toStringList(),
                 (QStringList{QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("cs")}));
    }

    // The real executables, as a user runs them.
    void executablesAnswerHelpAndVersion_data()
    {
        QTest::addColumn<QString>("binary");
        QTest::addColumn<QString>("name");
        QTest::newRow("reticle") << QStringLiteral(RETICLE_GUI_BINARY) << QStringLiteral("reticle");
        QTest::newRow("reticle-cli") << QStringLiteral(RETICLE_CLI_BINARY) << QStringLiteral("reticle-cli");
        QTest::newRow("reticle-sim") << QStringLiteral(RETICLE_SIM_BINARY) << QStringLiteral("reticle-sim");
    }

    void executablesAnswerHelpAndVersion()
    {
        QFETCH(QString, binary);
        QFETCH(QString, name);
        ProcessRun run = runBinary(binary, {QStringLiteral("--version")});
        QCOMPARE(run.code, 0);
        QCOMPARE(run.out.trimmed(), QStringLiteral("%1 %2").arg(name, AppInfo::version()));
        run = runBinary(binary, {QStringLiteral("--help")});
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.contains(QStringLiteral("--version")));
        run = runBinary(binary, {QStringLiteral("--no-such-option")});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(QStringLiteral("no-such-option")), qPrintable(run.err));
    }

    void guiBinaryRejectsUnknownLanguage()
    {
        const ProcessRun run = runBinary(QStringLiteral(RETICLE_GUI_BINARY), {QStringLiteral("--lang"), QStringLiteral("xx")});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(QStringLiteral("reticle: unknown language 'xx' (available: en, de, cs)")),
                 qPrintable(run.err));
    }

    void guiBinaryAnswersWithoutADisplay()
    {
        // Over SSH: --help, --version and usage errors must not need a window system.
        ProcessRun run = runBinary(QStringLiteral(RETICLE_GUI_BINARY), {QStringLiteral("--version")}, false);
        QCOMPARE(run.code, 0);
        QCOMPARE(run.out.trimmed(), QStringLiteral("reticle %1").arg(AppInfo::version()));
        run = runBinary(QStringLiteral(RETICLE_GUI_BINARY), {QStringLiteral("--help")}, false);
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.startsWith(QStringLiteral("Usage: reticle [options]")));
        run = runBinary(QStringLiteral(RETICLE_GUI_BINARY), {QStringLiteral("--bogus")}, false);
        QCOMPARE(run.code, 2);
    }

    void guiBinaryTakesAScreenshotHeadless()
    {
        QTemporaryDir dir;
        const QString shot = dir.filePath(QStringLiteral("window.png"));
        const ProcessRun run = runBinary(QStringLiteral(RETICLE_GUI_BINARY),
                                         {QStringLiteral("--headless"), QStringLiteral("--reset-layout"),
                                          QStringLiteral("--settings"), dir.filePath(QStringLiteral("s.ini")),
                                          QStringLiteral("--screenshot"), shot});
        QCOMPARE(run.code, 0);
        QImage image(shot);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 800);
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
