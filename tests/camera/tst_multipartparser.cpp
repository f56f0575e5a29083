#include "CameraTestUtil.h"
#include "camera/MultipartParser.h"

#include <QBuffer>
#include <QTest>

using namespace reticle;
using namespace cameratest;

namespace {

std::vector<MultipartParser::Part> parseInChunks(MultipartParser &parser, const QByteArray &stream,
                                                 const QList<qsizetype> &splits)
{
    std::vector<MultipartParser::Part> parts;
    qsizetype from = 0;
    for (qsizetype split : splits) {
        parser.feed(QByteArrayView(stream).sliced(from, split - from));
        from = split;
        for (auto &p : parser.takeParts())
            parts.push_back(std::move(p));
    }
    parser.feed(QByteArrayView(stream).sliced(from));
    for (auto &p : parser.takeParts())
        parts.push_back(std::move(p));
    return parts;
}

} // namespace

class TestMultipartParser : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_a = makeJpeg(64, 48, Qt::red, Qt::blue);
        m_b = makeJpeg(64, 48, Qt::green, Qt::yellow);
        m_c = makeJpeg(32, 24, Qt::black, Qt::white);
        QVERIFY(m_a.startsWith("\xFF\xD8") && m_a.endsWith("\xFF\xD9"));
    }

    void boundaryFromContentType_data()
    {
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("boundary");
        QTest::newRow("ustreamer") << QByteArray("multipart/x-mixed-replace;boundary=boundarydonotcross")
                                   << QByteArray("boundarydonotcross");
        QTest::newRow("quoted") << QByteArray("multipart/x-mixed-replace; boundary=\"frame\"") << QByteArray("frame");
        QTest::newRow("leading dashes") << QByteArray("multipart/x-mixed-replace;boundary=--myboundary")
                                        << QByteArray("myboundary");
        QTest::newRow("quoted dashes") << QByteArray("multipart/x-mixed-replace; boundary=\"--ipcamera\"; charset=x")
                                       << QByteArray("ipcamera");
        QTest::newRow("upper case") << QByteArray("Multipart/X-Mixed-Replace; BOUNDARY=Ba4oTvQMY8ew04N8dcnM")
                                    << QByteArray("Ba4oTvQMY8ew04N8dcnM");
        QTest::newRow("esp32") << QByteArray("multipart/x-mixed-replace;boundary=123456789000000000000987654321")
                               << kEsp32Boundary;
        QTest::newRow("missing") << QByteArray("multipart/x-mixed-replace") << QByteArray();
    }

    void boundaryFromContentType()
    {
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, boundary);
        QCOMPARE(MultipartParser::boundaryFromContentType(contentType), boundary);
    }

    void ustreamerStreamKeepsPerFrameHeaders()
    {
        MultipartParser parser("boundarydonotcross");
        parser.feed(ustreamerPart(m_a, 1234.5) + ustreamerPart(m_b, 1234.6));
        auto parts = parser.takeParts();
        QCOMPARE(parts.size(), size_t(2));
        QCOMPARE(parts[0].body, m_a);
        QCOMPARE(parts[1].body, m_b);
        QCOMPARE(parts[0].header("x-timestamp"), QByteArray("1234.500000"));
        QCOMPARE(parts[1].header("X-UStreamer-Send-Time"), QByteArray("100.012000"));
        QCOMPARE(parts[0].header("X-UStreamer-Width"), QByteArray("64"));
        QVERIFY(!parser.hasErrors());
        QCOMPARE(parser.garbageBytes(), 0);
    }

    void mjpgStreamerStream()
    {
        MultipartParser parser("--boundarydonotcross");
        parser.feed(mjpgStreamerPart(m_a) + mjpgStreamerPart(m_c) + mjpgStreamerPart(m_b));
        auto parts = parser.takeParts();
        QCOMPARE(parts.size(), size_t(3));
        QCOMPARE(parts[1].body, m_c);
        QCOMPARE(parts[2].header("X-Timestamp"), QByteArray("1700000000.123456"));
    }

    void esp32Stream()
    {
        MultipartParser parser(MultipartParser::boundaryFromContentType(
            "multipart/x-mixed-replace;boundary=" + kEsp32Boundary));
        parser.feed(esp32Part(m_a) + esp32Part(m_b) + esp32Part(m_c));
        // The ESP32 sends the boundary after each frame, so the last frame is complete at once.
        auto parts = parser.takeParts();
        QCOMPARE(parts.size(), size_t(3));
        QCOMPARE(parts[0].body, m_a);
        QCOMPARE(parts[2].body, m_c);
        QCOMPARE(parts[2].header("X-Timestamp"), QByteArray("12.345678"));
    }

    void noContentLengthFindsTheJpegEnd_data()
    {
        QTest::addColumn<bool>("lf");
        QTest::newRow("crlf") << false;
        QTest::newRow("lf only") << true;
    }

    void noContentLengthFindsTheJpegEnd()
    {
        QFETCH(bool, lf);
        MultipartParser parser("frame");
        parser.feed(noLengthPart(m_a, "frame", lf) + noLengthPart(m_b, "frame", lf));
        auto parts = parser.takeParts();
        // Both frames are complete at their EOI, without waiting for the next boundary.
        QCOMPARE(parts.size(), size_t(2));
        QCOMPARE(parts[0].body, m_a);
        QCOMPARE(parts[1].body, m_b);
        QVERIFY(!parser.hasErrors());
    }

    void thumbnailEndMarkerDoesNotEndTheFrame()
    {
        const QByteArray withThumb = withThumbnail(m_a, m_c);
        MultipartParser parser("frame");
        parser.feed(noLengthPart(withThumb, "frame") + noLengthPart(m_b, "frame"));
        auto parts = parser.takeParts();
        QCOMPARE(parts.size(), size_t(2));
        QCOMPARE(parts[0].body, withThumb);
        QCOMPARE(parts[1].body, m_b);
    }

    void boundaryDetectedWhenTheHeaderHasNone()
    {
        MultipartParser parser;
        parser.feed(mjpgStreamerPart(m_a) + mjpgStreamerPart(m_b));
        QCOMPARE(parser.boundary(), QByteArray("boundarydonotcross"));
        QCOMPARE(parser.takeParts().size(), size_t(2));
    }

    void everySplitPoint_data()
    {
        QTest::addColumn<QByteArray>("boundary");
        QTest::addColumn<QByteArray>("stream");
        QTest::addColumn<int>("frames");
        QTest::newRow("ustreamer") << QByteArray("boundarydonotcross")
                                   << (ustreamerPart(m_a, 1.0) + ustreamerPart(m_c, 2.0) + ustreamerPart(m_b, 3.0)) << 3;
        QTest::newRow("esp32") << kEsp32Boundary << (esp32Part(m_a) + esp32Part(m_c) + esp32Part(m_b)) << 3;
        QTest::newRow("no length crlf") << QByteArray("frame")
                                        << (noLengthPart(m_a, "frame") + noLengthPart(m_c, "frame")
                                            + noLengthPart(m_b, "frame"))
                                        << 3;
        QTest::newRow("no length lf") << QByteArray("frame")
                                      << (noLengthPart(m_a, "frame", true) + noLengthPart(m_c, "frame", true)
                                          + noLengthPart(m_b, "frame", true))
                                      << 3;
    }

    void everySplitPoint()
    {
        QFETCH(QByteArray, boundary);
        QFETCH(QByteArray, stream);
        QFETCH(int, frames);
        const QList<QByteArray> expected{m_a, m_c, m_b};
        for (qsizetype split = 1; split < stream.size(); ++split) {
            MultipartParser parser(boundary);
            const auto parts = parseInChunks(parser, stream, {split});
            QVERIFY2(int(parts.size()) == frames, qPrintable(QStringLiteral("split at %1").arg(split)));
            for (int i = 0; i < frames; ++i)
                QVERIFY2(parts[size_t(i)].body == expected[i], qPrintable(QStringLiteral("split at %1").arg(split)));
            QVERIFY2(!parser.hasErrors(), qPrintable(QStringLiteral("split at %1").arg(split)));
        }
        // And one byte at a time.
        MultipartParser parser(boundary);
        std::vector<MultipartParser::Part> parts;
        for (char c : stream) {
            parser.feed(QByteArrayView(&c, 1));
            for (auto &p : parser.takeParts())
                parts.push_back(std::move(p));
        }
        QCOMPARE(int(parts.size()), frames);
        QCOMPARE(parts[2].body, m_b);
    }

    void latestOnlyKeepsTheNewestPartOfEachFeed()
    {
        MultipartParser parser("boundarydonotcross");
        parser.setLatestOnly(true);
        parser.feed(ustreamerPart(m_a, 1) + ustreamerPart(m_c, 2) + ustreamerPart(m_b, 3));
        auto parts = parser.takeParts();
        QCOMPARE(parts.size(), size_t(1));
        QCOMPARE(parts[0].body, m_b);
        QCOMPARE(parts[0].header("X-Timestamp"), QByteArray("3.000000"));
        QCOMPARE(parser.partsSkipped(), 2);
        QCOMPARE(parser.bytesSkipped(), m_a.size() + m_c.size());
        // A part not taken before the next feed is overtaken too.
        parser.feed(ustreamerPart(m_a, 4));
        parser.feed(ustreamerPart(m_c, 5));
        parts = parser.takeParts();
        QCOMPARE(parts.size(), size_t(1));
        QCOMPARE(parts[0].body, m_c);
        QCOMPARE(parser.partsSkipped(), 3);
        // Split anywhere, the newest frame still comes out whole.
        const QByteArray stream = ustreamerPart(m_a, 6) + ustreamerPart(m_b, 7);
        for (qsizetype split = 1; split < stream.size(); split += 7) {
            MultipartParser p("boundarydonotcross");
            p.setLatestOnly(true);
            const auto got = parseInChunks(p, stream, {split});
            QVERIFY(!got.empty());
            QCOMPARE(got.back().body, m_b);
        }
    }

    void bodyDroppedUnreadCountsAsSkipped()
    {
        // A reader that holds a newer frame may drop the rest of an older body in the kernel;
        // the parser keeps its place and the next part comes out whole.
        const QByteArray first = ustreamerPart(m_a, 1);
        const qsizetype bodyStart = first.indexOf(m_a);
        QVERIFY(bodyStart > 0);
        for (qsizetype received : {qsizetype(0), qsizetype(10), m_a.size() / 2}) {
            MultipartParser parser("boundarydonotcross");
            parser.setLatestOnly(true);
            parser.feed(first.left(bodyStart + received));
            QCOMPARE(parser.currentBodyLength(), m_a.size());
            const qsizetype missing = parser.missingBodyBytes();
            QCOMPARE(missing, m_a.size() - received);
            // Dropped in two steps, the way short reads come.
            parser.bodyBytesDiscarded(missing / 3);
            QCOMPARE(parser.missingBodyBytes(), missing - missing / 3);
            parser.bodyBytesDiscarded(missing - missing / 3);
            QCOMPARE(parser.missingBodyBytes(), 0);
            parser.feed(first.mid(first.size() - 2) + ustreamerPart(m_b, 2)); // the "\r\n" after it, then B
            const auto parts = parser.takeParts();
            QCOMPARE(parts.size(), size_t(1));
            QCOMPARE(parts[0].body, m_b);
            QCOMPARE(parser.partsSkipped(), 1);
            QCOMPARE(parser.bytesSkipped(), m_a.size());
            QVERIFY(parser.takeErrors().isEmpty());
        }
        // Outside a body with Content-Length there is nothing to drop.
        MultipartParser plain("frame");
        plain.setLatestOnly(true);
        plain.feed("--frame\r\nContent-Type: image/jpeg\r\n\r\n" + m_a.left(100));
        QCOMPARE(plain.missingBodyBytes(), 0);
    }

    void feedFromADevice()
    {
        QByteArray stream = esp32Part(m_a) + esp32Part(m_b);
        QBuffer device(&stream);
        QVERIFY(device.open(QIODevice::ReadOnly));
        MultipartParser parser(kEsp32Boundary);
        QCOMPARE(parser.feedFrom(&device), stream.size());
        QCOMPARE(parser.feedFrom(&device), 0);
        auto parts = parser.takeParts();
        QCOMPARE(parts.size(), size_t(2));
        QCOMPARE(parts[1].body, m_b);
        QCOMPARE(parser.bytesFed(), stream.size());
    }

    void garbageBetweenPartsIsSkipped()
    {
        MultipartParser parser("boundarydonotcross");
        const QByteArray garbage("HTTP/1.0 200 OK junk \xFF\xD8 not a frame\r\n\r\n", 40);
        parser.feed(garbage + ustreamerPart(m_a, 1) + "some trailing noise\r\n" + ustreamerPart(m_b, 2)
                    + QByteArray(300, 'x') + ustreamerPart(m_c, 3));
        auto parts = parser.takeParts();
        QCOMPARE(parts.size(), size_t(3));
        QCOMPARE(parts[0].body, m_a);
        QCOMPARE(parts[1].body, m_b);
        QCOMPARE(parts[2].body, m_c);
        QVERIFY(parser.garbageBytes() >= 300);
    }

    void truncatedFrameIsReportedAndTheNextOneRecovered()
    {
        // Content-Length promises the whole frame but only half of it arrives before the next part.
        const QByteArray half = m_a.left(m_a.size() / 2);
        QByteArray cut = "--boundarydonotcross\r\nContent-Type: image/jpeg\r\nContent-Length: "
            + QByteArray::number(m_a.size()) + "\r\n\r\n" + half + "\r\n";
        MultipartParser parser("boundarydonotcross");
        parser.feed(cut + ustreamerPart(m_b, 2) + ustreamerPart(m_c, 3));
        auto parts = parser.takeParts();
        QCOMPARE(parts.size(), size_t(2));
        QCOMPARE(parts[0].body, m_b);
        QCOMPARE(parts[1].body, m_c);
        const QStringList errors = parser.takeErrors();
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().contains(QLatin1String("cut short")), qPrintable(errors.first()));
    }

    void truncatedFrameWithoutLengthIsReported()
    {
        MultipartParser parser("frame");
        parser.feed("--frame\r\nContent-Type: image/jpeg\r\n\r\n" + m_a.left(m_a.size() / 2) + "\r\n"
                    + noLengthPart(m_b, "frame"));
        auto parts = parser.takeParts();
        QCOMPARE(parts.size(), size_t(1));
        QCOMPARE(parts[0].body, m_b);
        QCOMPARE(parser.takeErrors().size(), 1);
    }

    void streamEndingInsideAFrameIsReported()
    {
        MultipartParser parser("boundarydonotcross");
        const QByteArray whole = ustreamerPart(m_a, 1);
        parser.feed(whole.left(whole.size() - 40));
        QVERIFY(parser.takeParts().empty());
        QVERIFY(!parser.hasErrors());
        parser.finish();
        const QStringList errors = parser.takeErrors();
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().contains(QLatin1String("ended inside a frame")), qPrintable(errors.first()));
    }

    void oversizedFrameIsSkippedWithAClearError()
    {
        const QByteArray big = makeJpeg(640, 480, Qt::red, Qt::green, 100);
        QVERIFY(big.size() > 4096);
        MultipartParser parser("boundarydonotcross", 4096);
        parser.feed(ustreamerPart(m_a, 1) + ustreamerPart(big, 2) + ustreamerPart(m_b, 3));
        auto parts = parser.takeParts();
        QCOMPARE(parts.size(), size_t(2));
        QCOMPARE(parts[0].body, m_a);
        QCOMPARE(parts[1].body, m_b);
        const QStringList errors = parser.takeErrors();
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().contains(QLatin1String("larger than")), qPrintable(errors.first()));
    }

    void oversizedFrameWithoutLengthIsSkipped()
    {
        const QByteArray big = makeJpeg(640, 480, Qt::red, Qt::green, 100);
        MultipartParser parser("frame", 4096);
        // Fed in small chunks, the way a socket delivers it.
        const QByteArray stream = noLengthPart(m_a, "frame") + noLengthPart(big, "frame") + noLengthPart(m_b, "frame");
        for (qsizetype i = 0; i < stream.size(); i += 1000)
            parser.feed(QByteArrayView(stream).sliced(i, std::min<qsizetype>(1000, stream.size() - i)));
        auto parts = parser.takeParts();
        QCOMPARE(parts.size(), size_t(2));
        QCOMPARE(parts[0].body, m_a);
        QCOMPARE(parts[1].body, m_b);
        QVERIFY(parser.errorCount() >= 1);
        QVERIFY(parser.bufferedBytes() < 8192);
    }

    void defaultCapIs32MiB()
    {
        MultipartParser parser("b");
        QCOMPARE(parser.maxPartBytes(), qsizetype(32) * 1024 * 1024);
        parser.feed("--b\r\nContent-Length: 40000000\r\n\r\n");
        QCOMPARE(parser.takeErrors().size(), 1);
    }

    void pureGarbageNeverGrowsTheBuffer()
    {
        MultipartParser parser("boundarydonotcross");
        QByteArray noise(1 << 20, '\0');
        for (qsizetype i = 0; i < noise.size(); ++i)
            noise[i] = char((i * 7919) & 0xFF);
        parser.feed(noise);
        QVERIFY(parser.takeParts().empty());
        QVERIFY(parser.bufferedBytes() < 1024);
        QVERIFY(parser.garbageBytes() > noise.size() - 1024);
    }

    void headerFloodIsBounded()
    {
        MultipartParser parser("boundarydonotcross");
        parser.feed("--boundarydonotcross\r\n" + QByteArray(MultipartParser::kMaxHeaderBytes + 10, 'h'));
        QCOMPARE(parser.takeErrors().size(), 1);
        parser.feed("\r\n" + mjpgStreamerPart(m_a));
        QCOMPARE(parser.takeParts().size(), size_t(1));
    }

private:
    QByteArray m_a, m_b, m_c;
};

QTEST_GUILESS_MAIN(TestMultipartParser)
#include "tst_multipartparser.moc"
