#include "CliCommands.h"
#include "CliDispatcher.h"
#include "vision/NozzleImageGenerator.h"

#include <opencv2/imgcodecs.hpp>

#include <QJsonDocument>
#include <QJsonObject>
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

} // namespace

class TestDetectCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        SyntheticScene s;
        s.noiseSigma = 2;
        s.blurSigma = 1;
        SyntheticNozzle n;
        n.cx = 300.25;
        n.cy = 200.75;
        n.radius = 25;
        s.nozzles.push_back(n);
        QVERIFY(cv::imwrite(m_dir.filePath(QStringLiteral("nozzle.png")).toStdString(), NozzleImageGenerator::render(s)));
        s.nozzles.clear();
        QVERIFY(cv::imwrite(m_dir.filePath(QStringLiteral("empty.png")).toStdString(), NozzleImageGenerator::render(s)));
    }

    void jsonLinePerImage()
    {
        const QString nozzle = m_dir.filePath(QStringLiteral("nozzle.png"));
        const QString empty = m_dir.filePath(QStringLiteral("empty.png"));
        const CliRun r = runCli({QStringLiteral("detect"), QStringLiteral("--json"), nozzle, empty});
        QCOMPARE(r.code, 0);
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        const QJsonObject a = QJsonDocument::fromJson(lines[0].toUtf8()).object();
        QCOMPARE(a.keys(), (QStringList{QStringLiteral("confidence"), QStringLiteral("file"), QStringLiteral("found"),
                                        QStringLiteral("radius"), QStringLiteral("x"), QStringLiteral("y")}));
        QCOMPARE(a.value(QStringLiteral("file")).toString(), nozzle);
        QVERIFY(a.value(QStringLiteral("found")).toBool());
        QVERIFY(std::abs(a.value(QStringLiteral("x")).toDouble() - 300.25) < 0.05);
        QVERIFY(std::abs(a.value(QStringLiteral("y")).toDouble() - 200.75) < 0.05);
        QVERIFY(std::abs(a.value(QStringLiteral("radius")).toDouble() - 25) < 1.5);
        QVERIFY(a.value(QStringLiteral("confidence")).toDouble() > 0.5);
        const QJsonObject b = QJsonDocument::fromJson(lines[1].toUtf8()).object();
        QVERIFY(!b.value(QStringLiteral("found")).toBool());
        QVERIFY(b.value(QStringLiteral("x")).isNull());
    }

    void textOutputAndRadiusRange()
    {
        const QString nozzle = m_dir.filePath(QStringLiteral("nozzle.png"));
        CliRun r = runCli({QStringLiteral("detect"), nozzle});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("x 300.2")), qPrintable(r.out));
        // A range that excludes the nozzle: not found, still success.
        r = runCli({QStringLiteral("detect"), QStringLiteral("--radius-min"), QStringLiteral("50"), QStringLiteral("--radius-max"),
                    QStringLiteral("90"), QStringLiteral("--json"), nozzle});
        QCOMPARE(r.code, 0);
        QVERIFY(!QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("found")).toBool());
    }

    void badUsageAndMissingFiles()
    {
        QCOMPARE(runCli({QStringLiteral("detect")}).code, 2);
        CliRun r = runCli({QStringLiteral("detect"), QStringLiteral("--radius-min"), QStringLiteral("abc"), QStringLiteral("x.png")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("radius-min")));
        QCOMPARE(runCli({QStringLiteral("detect"), QStringLiteral("--radius-min"), QStringLiteral("30"), QStringLiteral("--radius-max"),
                         QStringLiteral("20"), QStringLiteral("x.png")})
                     .code,
                 2);
        r = runCli({QStringLiteral("detect"), m_dir.filePath(QStringLiteral("missing.png")), m_dir.filePath(QStringLiteral("nozzle.png"))});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("missing.png")));
        QVERIFY(r.out.contains(QStringLiteral("nozzle.png"))); // the other image is still processed
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestDetectCommand)
#include "tst_detectcommand.moc"
