#include "store/AtomicJsonFile.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace reticle;

namespace {

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

class TestAtomicJsonFile : public QObject
{
    Q_OBJECT

private slots:
    void missingFileIsAnEmptyObject()
    {
        QTemporaryDir dir;
        const AtomicJsonFile file(dir.filePath(QStringLiteral("none.json")));
        const auto r = file.read();
        QVERIFY(r.ok);
        QVERIFY(r.missing);
        QVERIFY(r.object.isEmpty());
    }

    void keepsBackupGenerations()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("tools_config.json"));
        const AtomicJsonFile file(path, 3);
        for (int i = 1; i <= 5; ++i)
            QVERIFY(file.write(QJsonObject{{QStringLiteral("version"), i}}));
        QCOMPARE(file.read().object.value(QStringLiteral("version")).toInt(), 5);
        const QStringList backups = file.backupPaths();
        QCOMPARE(backups, (QStringList{path + QStringLiteral(".bak"), path + QStringLiteral(".bak.1"),
                                       path + QStringLiteral(".bak.2")}));
        // Newest backup first: 4, 3, 2; version 1 has rotated out.
        for (int i = 0; i < 3; ++i)
            QCOMPARE(AtomicJsonFile(backups.at(i)).read().object.value(QStringLiteral("version")).toInt(), 4 - i);
        QVERIFY(!QFile::exists(path + QStringLiteral(".bak.3")));
    }

    void reportsLineAndColumn()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("calibration.json"));
        writeRaw(path, "{\n  \"a\": 1,\n  \"b\": [1, 2,, 3]\n}\n");
        const auto r = AtomicJsonFile(path).read();
        QVERIFY(!r.ok);
        QCOMPARE(r.line, 3);
        QVERIFY2(r.column >= 13 && r.column <= 15, qPrintable(QString::number(r.column)));
        QVERIFY(r.error.contains(path));
        QVERIFY(r.error.contains(QStringLiteral("line 3")));
    }

    void refusesToOverwriteMalformedFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("truncated") << QByteArray("{\"tools\": [{\"id\": 1, \"name\": \"E0\"") << QStringLiteral("line 1");
        QTest::newRow("empty") << QByteArray("") << QStringLiteral("empty");
        QTest::newRow("blank") << QByteArray("  \n\n") << QStringLiteral("empty");
        QTest::newRow("NaN") << QByteArray("{\"microns_per_pixel_x\": NaN}") << QStringLiteral("column");
        QTest::newRow("array") << QByteArray("[1, 2]") << QStringLiteral("array");
        QTest::newRow("garbage") << QByteArray("\x89PNG\r\n\x1a\n\0\0", 10) << QStringLiteral("line 1");
    }

    void refusesToOverwriteMalformedFiles()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("tools_config.json"));
        writeRaw(path, content);
        const AtomicJsonFile file(path);
        const auto r = file.read();
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(expected), qPrintable(r.error));
        QString error;
        QVERIFY(!file.write(QJsonObject{{QStringLiteral("tools"), QJsonArray()}}, &error));
        QVERIFY(error.contains(path));
        QCOMPARE(readRaw(path), content); // untouched
        QVERIFY(!QFile::exists(path + QStringLiteral(".bak")));
    }

    void lineColumnCountsCharacters()
    {
        int line = 0, column = 0;
        AtomicJsonFile::lineColumn(QByteArray("ab\n\xc3\xa9x"), 5, &line, &column);
        QCOMPARE(line, 2);
        QCOMPARE(column, 2); // "é" is one character: "x" is the second on its line
    }
};

QTEST_GUILESS_MAIN(TestAtomicJsonFile)
#include "tst_atomicjsonfile.moc"
