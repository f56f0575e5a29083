#include "printer/OffsetWriter.h"

#include <QTest>

using namespace reticle;

class TestOffsetWriters : public QObject
{
    Q_OBJECT

private:
    static ToolOffsetChange t1(std::optional<double> z = std::nullopt)
    {
        ToolOffsetChange c;
        c.toolName = QStringLiteral("T1");
        c.toolNumber = 1;
        c.x = 25.28;
        c.y = -12.7349;
        c.z = z;
        return c;
    }

private slots:
    void klipperToolchanger()
    {
        const auto w = OffsetWriter::create(OffsetWriter::Kind::KlipperToolchanger);
        QCOMPARE(w->apply(t1()), (QStringList{
            QStringLiteral("SET_TOOL_PARAMETER T=1 PARAMETER=gcode_x_offset VALUE=25.280"),
            QStringLiteral("SET_TOOL_PARAMETER T=1 PARAMETER=gcode_y_offset VALUE=-12.735")}));
        QCOMPARE(w->persist(t1()), (QStringList{
            QStringLiteral("SAVE_TOOL_PARAMETER T=1 PARAMETER=gcode_x_offset"),
            QStringLiteral("SAVE_TOOL_PARAMETER T=1 PARAMETER=gcode_y_offset")}));
        QVERIFY(w->needsSaveConfig());
        QVERIFY(!w->apply(t1()).join(QLatin1Char('\n')).contains(QLatin1String("SAVE_CONFIG")));
        QCOMPARE(w->apply(t1(0.05)).last(), QStringLiteral("SET_TOOL_PARAMETER T=1 PARAMETER=gcode_z_offset VALUE=0.050"));
        QCOMPARE(w->persist(t1(0.05)).size(), 3);
        // A tool without a number is named by its object.
        ToolOffsetChange named = t1();
        named.toolNumber = -1;
        QCOMPARE(w->apply(named).first(),
                 QStringLiteral("SET_TOOL_PARAMETER TOOL=\"tool T1\" PARAMETER=gcode_x_offset VALUE=25.280"));
        QCOMPARE(OffsetWriter::saveConfigCommand(), QStringLiteral("SAVE_CONFIG"));
    }

    void toolchangerHardFork()
    {
        const auto w = OffsetWriter::create(OffsetWriter::Kind::ToolchangerHard);
        QCOMPARE(w->apply(t1()), QStringList{QStringLiteral("SET_TOOL_OFFSET T=1 X=25.280 Y=-12.735")});
        QCOMPARE(w->apply(t1(-0.1)), QStringList{QStringLiteral("SET_TOOL_OFFSET T=1 X=25.280 Y=-12.735 Z=-0.100")});
        QCOMPARE(w->persist(t1()), QStringList{QStringLiteral("SAVE_TOOL_OFFSET T=1")});
        QVERIFY(w->needsSaveConfig());
    }

    void ktcc()
    {
        const auto w = OffsetWriter::create(OffsetWriter::Kind::Ktcc);
        QCOMPARE(w->apply(t1()), QStringList{QStringLiteral("SET_TOOL_OFFSET TOOL=1 X=25.280 Y=-12.735")});
        QVERIFY(w->persist(t1()).isEmpty()); // KTCC has no save command
        QVERIFY(!w->needsSaveConfig());
        QVERIFY(!w->note().isEmpty());
    }

    void ktc()
    {
        const auto w = OffsetWriter::create(OffsetWriter::Kind::Ktc);
        QCOMPARE(w->apply(t1(0.0)), QStringList{QStringLiteral("KTC_TOOL_OFFSET_SAVE T=1 X=25.280 Y=-12.735 Z=0.000")});
        QVERIFY(w->persist(t1()).isEmpty());
    }

    void plainGcodeOffset()
    {
        const auto w = OffsetWriter::create(OffsetWriter::Kind::GcodeOffset);
        QCOMPARE(w->apply(t1()), QStringList{QStringLiteral("SET_GCODE_OFFSET X=25.280 Y=-12.735")});
        QVERIFY(!w->note().isEmpty());
    }

    void rrfExportFlipsSignsAndAlwaysWritesZ()
    {
        const auto w = OffsetWriter::create(OffsetWriter::Kind::RrfG10);
        QVERIFY(w->isExportOnly());
        QCOMPARE(w->apply(t1()), QStringList{QStringLiteral("G10 P1 X-25.280 Y12.735 Z0.000")});
        QCOMPARE(w->apply(t1(0.2)), QStringList{QStringLiteral("G10 P1 X-25.280 Y12.735 Z-0.200")});
    }

    void numbersNeverShowMinusZero()
    {
        QCOMPARE(OffsetWriter::number(-0.0001), QStringLiteral("0.000"));
        QCOMPARE(OffsetWriter::number(-0.0006), QStringLiteral("-0.001"));
    }

    void detectionFromGcodeCommands_data()
    {
        QTest::addColumn<QStringList>("commands");
        QTest::addColumn<int>("kind");
        const QStringList core{QStringLiteral("G28"), QStringLiteral("SET_GCODE_OFFSET"), QStringLiteral("M400")};
        QTest::newRow("plain klipper") << core << int(OffsetWriter::Kind::GcodeOffset);
        QTest::newRow("klipper-toolchanger")
            << core + QStringList{QStringLiteral("SET_TOOL_PARAMETER"), QStringLiteral("SAVE_TOOL_PARAMETER"),
                                  QStringLiteral("SELECT_TOOL")}
            << int(OffsetWriter::Kind::KlipperToolchanger);
        QTest::newRow("hard fork")
            << core + QStringList{QStringLiteral("SET_TOOL_PARAMETER"), QStringLiteral("SAVE_TOOL_PARAMETER"),
                                  QStringLiteral("SET_TOOL_OFFSET"), QStringLiteral("SAVE_TOOL_OFFSET")}
            << int(OffsetWriter::Kind::ToolchangerHard);
        QTest::newRow("ktcc") << core + QStringList{QStringLiteral("SET_TOOL_OFFSET"), QStringLiteral("SET_GLOBAL_OFFSET"),
                                                     QStringLiteral("KTCC_SET_GCODE_OFFSET_FOR_CURRENT_TOOL")}
                              << int(OffsetWriter::Kind::Ktcc);
        QTest::newRow("ktc") << core + QStringList{QStringLiteral("KTC_TOOL_OFFSET_SAVE"), QStringLiteral("KTC_T0")}
                             << int(OffsetWriter::Kind::Ktc);
        QTest::newRow("lower case") << QStringList{QStringLiteral("set_tool_parameter"), QStringLiteral("save_tool_parameter")}
                                    << int(OffsetWriter::Kind::KlipperToolchanger);
    }

    void detectionFromGcodeCommands()
    {
        QFETCH(QStringList, commands);
        QFETCH(int, kind);
        QCOMPARE(int(OffsetWriter::detect(commands)->kind()), kind);
    }
};

QTEST_GUILESS_MAIN(TestOffsetWriters)
#include "tst_offsetwriters.moc"
