#include "store/ToolsConfigStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace reticle;

namespace {

// As the camera-Pi system writes it, plus keys we do not know about.
const char *kCameraPiFile = "{\n"
    "  \"tools\": [\n"
    "    {\"id\": 0, \"name\": \"Camera (C0)\", \"type\": \"camera\", \"offsetX\": 0.0, \"offsetY\": 0.0, \"offsetZ\": 0.0,\n"
    "     \"preciseX\": 0.0, \"preciseY\": 0.0, \"preciseZ\": 0.0, \"lens\": \"M12 8mm\"},\n"
    "    {\"id\": 1, \"name\": \"Extruder 1 (E0)\", \"type\": \"extruder\", \"offsetX\": 25.3, \"offsetY\": -12.7, \"offsetZ\": 0.0,\n"
    "     \"preciseX\": 25.28, \"preciseY\": -12.73, \"preciseZ\": 0.0, \"nozzle\": 0.4},\n"
    "    {\"id\": 2, \"name\": \"Dispenser (L0)\", \"type\": \"liquid\", \"offsetX\": -30.1, \"offsetY\": 5.5, \"offsetZ\": 1.2}\n"
    "  ],\n"
    "  \"bed\": {\"size\": [300, 300]},\n"
    "  \"schema_note\": \"written by the camera Pi\"\n"
    "}";

void writeRaw(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

QByteArray readRaw(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestToolsConfigStore : public QObject
{
    Q_OBJECT

private slots:
    void readsTheCameraPiFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("tools_config.json"));
        writeRaw(path, kCameraPiFile);
        ToolsConfigStore store(path);
        QVERIFY2(store.load(), qPrintable(store.error()));
        const auto tools = store.tools();
        QCOMPARE(tools.size(), 3);
        QCOMPARE(tools[1].name, QStringLiteral("Extruder 1 (E0)"));
        QCOMPARE(tools[1].offsetX, 25.3);
        QCOMPARE(*tools[1].preciseY, -12.73);
        QVERIFY(!tools[2].preciseX.has_value());
        QCOMPARE(tools[2].type, QStringLiteral("liquid"));
    }

    void roundTripKeepsUnknownKeys()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("tools_config.json"));
        writeRaw(path, kCameraPiFile);
        ToolsConfigStore store(path);
        QVERIFY(store.load());
        const int e0 = store.indexOf(1, QString());
        QCOMPARE(e0, 1); // by id
        store.setPreciseOffset(e0, 25.2871, -12.7342, 0.01,
                               {QStringLiteral("nozzle-camera-auto"), 3.1, 5, QDateTime(QDate(2026, 11, 21), QTime(5, 0), Qt::UTC)});
        QVERIFY2(store.save(), qPrintable(store.error()));

        const QJsonObject root = QJsonDocument::fromJson(readRaw(path)).object();
        QCOMPARE(root.value(QStringLiteral("schema_note")).toString(), QStringLiteral("written by the camera Pi"));
        QCOMPARE(root.value(QStringLiteral("bed")).toObject().value(QStringLiteral("size")).toArray().size(), 2);
        const QJsonArray tools = root.value(QStringLiteral("tools")).toArray();
        QCOMPARE(tools.size(), 3);
        QCOMPARE(tools[0].toObject().value(QStringLiteral("lens")).toString(), QStringLiteral("M12 8mm"));
        const QJsonObject t1 = tools[1].toObject();
        QCOMPARE(t1.value(QStringLiteral("nozzle")).toDouble(), 0.4);
        QCOMPARE(t1.value(QStringLiteral("preciseX")).toDouble(), 25.2871);
        QCOMPARE(t1.value(QStringLiteral("offsetX")).toDouble(), 25.3); // approximate offset untouched
        QCOMPARE(t1.value(QStringLiteral("preciseMethod")).toString(), QStringLiteral("nozzle-camera-auto"));
        QCOMPARE(t1.value(QStringLiteral("repeatabilityUm")).toDouble(), 3.1);
        QCOMPARE(t1.value(QStringLiteral("history")).toArray().size(), 1);
        QVERIFY(t1.value(QStringLiteral("measuredAt")).toString().startsWith(QStringLiteral("2026-11-21T05:00:00")));

        // Loads again, and the previous version is kept.
        ToolsConfigStore again(path);
        QVERIFY(again.load());
        QCOMPARE(*again.tools()[1].preciseX, 25.2871);
        QCOMPARE(readRaw(path + QStringLiteral(".bak")), QByteArray(kCameraPiFile));
    }

    void matchesToolsByKlipperToolThenNameThenId()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("tools_config.json"));
        writeRaw(path, "{\"tools\": [\n"
    "            {\"id\": 1, \"name\": \"E0\", \"type\": \"extruder\", \"offsetX\": 1, \"offsetY\": 0, \"offsetZ\": 0},\n"
    "            {\"id\": 2, \"name\": \"T1\", \"type\": \"extruder\", \"offsetX\": 2, \"offsetY\": 0, \"offsetZ\": 0},\n"
    "            {\"id\": 3, \"name\": \"whatever\", \"klipperTool\": \"T1\", \"type\": \"extruder\", \"offsetX\": 3, \"offsetY\": 0, \"offsetZ\": 0},\n"
    "            {\"id\": 4, \"name\": \"L0\", \"klipperTool\": \"T4\", \"type\": \"liquid\", \"offsetX\": 4, \"offsetY\": 0, \"offsetZ\": 0}\n"
    "        ]}");
        ToolsConfigStore store(path);
        QVERIFY(store.load());
        QCOMPARE(store.indexOf(1, QStringLiteral("T1")), 2);  // klipperTool wins over name "T1"
        QCOMPARE(store.indexOf(0, QStringLiteral("E0")), 0);  // by name
        QCOMPARE(store.indexOf(2, QStringLiteral("T2")), 1);  // by id 2 (entry 1 has no klipperTool)
        QCOMPARE(store.indexOf(4, QStringLiteral("T4")), 3);  // klipperTool
        QCOMPARE(store.indexOf(3, QStringLiteral("T3")), -1); // id 3 is claimed by klipperTool T1
        QCOMPARE(store.indexOf(7, QStringLiteral("T7")), -1);

        // A tool without an entry is appended once, with a free id and its klipperTool.
        const int added = store.ensureTool(3, QStringLiteral("T3"));
        QCOMPARE(added, 4);
        QCOMPARE(store.ensureTool(3, QStringLiteral("T3")), 4);
        QCOMPARE(store.ensureTool(1, QStringLiteral("T1")), 2);
        QCOMPARE(store.tools().size(), 5);
        QCOMPARE(store.tools()[4].klipperTool, QStringLiteral("T3"));
        QCOMPARE(store.tools()[4].id, 5); // ids 1..4 are taken
        QVERIFY(store.save());
        ToolsConfigStore again(path);
        QVERIFY(again.load());
        QCOMPARE(again.ensureTool(3, QStringLiteral("T3")), 4);
        QCOMPARE(again.tools().size(), 5);
    }

    void newFileIsCreated()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("tools_config.json"));
        ToolsConfigStore store(path);
        QVERIFY(store.load());
        const int i = store.ensureTool(0, QStringLiteral("T0"));
        store.setApproximateOffset(i, 0.5, -0.25, 0);
        QVERIFY(store.save());
        QVERIFY(!QFile::exists(path + QStringLiteral(".bak"))); // nothing to back up
        ToolsConfigStore again(path);
        QVERIFY(again.load());
        QCOMPARE(again.tools().size(), 1);
        QCOMPARE(again.tools()[0].offsetY, -0.25);
    }

    void malformedFilesAreNeverOverwritten_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("truncated") << QByteArray("{\"tools\": [{\"id\": 1, \"offsetX\": 2") << QStringLiteral("line 1, column");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("tools not an array") << QByteArray("{\"tools\": {\"id\": 1}}") << QStringLiteral("tools: expected an array");
        QTest::newRow("tool not an object") << QByteArray("{\"tools\": [1]}") << QStringLiteral("tools[0]: expected an object");
        QTest::newRow("offset is a string") << QByteArray("{\"tools\": [{\"id\": 1, \"offsetX\": \"25.3\"}]}")
                                            << QStringLiteral("tools[0].offsetX: expected a finite number");
        QTest::newRow("id is fractional") << QByteArray("{\"tools\": [{\"id\": 1.5}]}") << QStringLiteral("tools[0].id");
        QTest::newRow("name is a number") << QByteArray("{\"tools\": [{\"id\": 1, \"name\": 7}]}") << QStringLiteral("tools[0].name");
        QTest::newRow("NaN") << QByteArray("{\"tools\": [{\"id\": 1, \"offsetX\": NaN}]}") << QStringLiteral("column");
        QTest::newRow("huge number") << QByteArray("{\"tools\": [{\"id\": 1, \"offsetX\": 1e400}]}") << QStringLiteral("column");
        QTest::newRow("absurd offset") << QByteArray("{\"tools\": [{\"id\": 1, \"preciseY\": 123456789}]}")
                                       << QStringLiteral("tools[0].preciseY");
    }

    void malformedFilesAreNeverOverwritten()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("tools_config.json"));
        writeRaw(path, content);
        ToolsConfigStore store(path);
        QVERIFY(!store.load());
        QVERIFY2(store.error().contains(expected), qPrintable(store.error()));
        QVERIFY(store.error().contains(path));
        store.ensureTool(1, QStringLiteral("T1"));
        QVERIFY(!store.save());
        QCOMPARE(readRaw(path), content);
        QVERIFY(!QFile::exists(path + QStringLiteral(".bak")));
    }
};

QTEST_GUILESS_MAIN(TestToolsConfigStore)
#include "tst_toolsconfigstore.moc"
