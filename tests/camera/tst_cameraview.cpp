#include "camera/CameraPickerDialog.h"
#include "camera/CameraView.h"
#include "camera/ReticleOverlay.h"
#include "camera/ScaleLineOverlay.h"

#include <QImageReader>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace reticle;

namespace {

Frame makeFrame(int width, int height)
{
    Frame frame;
    frame.image = QImage(width, height, QImage::Format_RGB32);
    frame.image.fill(Qt::darkGray);
    frame.sequence = 1;
    return frame;
}

// The widget pixel that shows the centre of image pixel `pixel` (a mouse event names a widget
// pixel; the view takes its centre).
QPoint widgetPointOf(const CameraView &view, const QPointF &pixel)
{
    const QPointF p = view.imageToWidget(pixel);
    return QPoint(int(std::floor(p.x())), int(std::floor(p.y())));
}

} // namespace

class TestCameraView : public QObject
{
    Q_OBJECT

private slots:
    void clickReportsSubPixelImageCoordinates_data()
    {
        QTest::addColumn<double>("zoom");
        QTest::addColumn<QPointF>("pan");
        QTest::newRow("fit") << 1.0 << QPointF(-1, -1);
        QTest::newRow("2x centre") << 2.0 << QPointF(-1, -1);
        QTest::newRow("8x panned") << 8.0 << QPointF(100.0, 60.0);
        QTest::newRow("64x corner") << 64.0 << QPointF(3.0, 2.0);
        QTest::newRow("64x far corner") << 64.0 << QPointF(638.0, 478.0);
    }

    void clickReportsSubPixelImageCoordinates()
    {
        QFETCH(double, zoom);
        QFETCH(QPointF, pan);
        CameraView view;
        view.resize(640, 480); // 640×480 image fits exactly: scale 1 at zoom 1
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setFrame(makeFrame(640, 480));
        view.setZoom(zoom);
        if (pan.x() >= 0)
            view.centerOn(pan);
        QCOMPARE(view.zoom(), zoom);
        const double scale = view.view().scale();
        QCOMPARE(scale, zoom);

        QSignalSpy clicks(&view, &CameraView::imageClicked);
        // Click on the painted centre of a pixel near the middle of what is visible.
        const QPointF visibleCentre = view.widgetToImage(QPointF(320, 240));
        const QPointF pixel(std::round(visibleCentre.x()) + 1, std::round(visibleCentre.y()) - 1);
        const QPoint at = widgetPointOf(view, pixel);
        QTest::mouseClick(&view, Qt::LeftButton, Qt::NoModifier, at);
        QCOMPARE(clicks.size(), 1);
        const QPointF reported = clicks.at(0).at(0).toPointF();
        // Exact up to the rounding of the mouse position to whole widget pixels.
        const double tolerance = 0.5 / scale + 1e-9;
        QVERIFY2(std::abs(reported.x() - pixel.x()) <= tolerance && std::abs(reported.y() - pixel.y()) <= tolerance,
                 qPrintable(QStringLiteral("clicked pixel (%1, %2), reported (%3, %4)")
                                .arg(pixel.x())
                                .arg(pixel.y())
                                .arg(reported.x())
                                .arg(reported.y())));
        // One widget pixel to the right moves the reported point by 1/scale image pixels.
        QTest::mouseClick(&view, Qt::LeftButton, Qt::NoModifier, at + QPoint(1, 0));
        QCOMPARE(clicks.size(), 2);
        QVERIFY(std::abs(clicks.at(1).at(0).toPointF().x() - reported.x() - 1.0 / scale) < 1e-9);
    }

    void topLeftPixelCentreIsTheOrigin()
    {
        CameraView view;
        view.resize(640, 480);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setFrame(makeFrame(640, 480));
        view.setZoom(64);
        view.centerOn(QPointF(0, 0));
        // Pixel (0,0) spans [-0.5, 0.5]: at 64× its painted square is 64 widget pixels wide,
        // centred on the widget centre.
        QCOMPARE(view.imageToWidget(QPointF(0, 0)), QPointF(320, 240));
        QCOMPARE(view.imageToWidget(QPointF(-0.5, -0.5)), QPointF(320 - 32, 240 - 32));
        QSignalSpy clicks(&view, &CameraView::imageClicked);
        // The widget pixel 16 right and 17 up of the centre has its centre 16.5 right, 16.5 up.
        QTest::mouseClick(&view, Qt::LeftButton, Qt::NoModifier, QPoint(320 + 16, 240 - 17));
        QCOMPARE(clicks.size(), 1);
        QCOMPARE(clicks.at(0).at(0).toPointF(), QPointF(16.5 / 64, -16.5 / 64));
    }

    void wheelZoomKeepsThePointUnderTheCursor()
    {
        CameraView view;
        view.resize(800, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setFrame(makeFrame(1280, 720));
        const QPointF cursor(200, 150);
        const QPointF hotspot = cursor + QPointF(0.5, 0.5); // the centre of the widget pixel
        const QPointF before = view.widgetToImage(hotspot);
        for (int i = 0; i < 6; ++i) {
            QWheelEvent wheel(cursor, view.mapToGlobal(cursor), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
                              Qt::NoScrollPhase, false);
            QApplication::sendEvent(&view, &wheel);
        }
        QVERIFY(view.zoom() > 3.5);
        const QPointF after = view.widgetToImage(hotspot);
        QVERIFY(std::abs(after.x() - before.x()) < 1e-6 && std::abs(after.y() - before.y()) < 1e-6);
        // Zoom is clamped to 1..64.
        for (int i = 0; i < 40; ++i) {
            QWheelEvent wheel(cursor, view.mapToGlobal(cursor), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
                              Qt::NoScrollPhase, false);
            QApplication::sendEvent(&view, &wheel);
        }
        QCOMPARE(view.zoom(), 64.0);
        for (int i = 0; i < 60; ++i) {
            QWheelEvent wheel(cursor, view.mapToGlobal(cursor), QPoint(), QPoint(0, -120), Qt::NoButton,
                              Qt::NoModifier, Qt::NoScrollPhase, false);
            QApplication::sendEvent(&view, &wheel);
        }
        QCOMPARE(view.zoom(), 1.0);
    }

    void middleDragAndSpaceDragPan()
    {
        CameraView view;
        view.resize(640, 480);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setFrame(makeFrame(640, 480));
        view.setZoom(4);
        const QPointF before = view.view().center();
        QTest::mousePress(&view, Qt::MiddleButton, Qt::NoModifier, QPoint(300, 200));
        QTest::mouseMove(&view, QPoint(340, 220));
        QTest::mouseRelease(&view, Qt::MiddleButton, Qt::NoModifier, QPoint(340, 220));
        // Dragging right by 40 widget px at 4× shows what was 10 image px further left.
        QCOMPARE(view.view().center(), before - QPointF(10, 5));

        QSignalSpy clicks(&view, &CameraView::imageClicked);
        view.setFocus();
        QTest::keyPress(&view, Qt::Key_Space);
        QTest::mousePress(&view, Qt::LeftButton, Qt::NoModifier, QPoint(300, 200));
        QTest::mouseMove(&view, QPoint(260, 200));
        QTest::mouseRelease(&view, Qt::LeftButton, Qt::NoModifier, QPoint(260, 200));
        QTest::keyRelease(&view, Qt::Key_Space);
        QCOMPARE(view.view().center(), before - QPointF(10, 5) + QPointF(10, 0));
        QCOMPARE(clicks.size(), 0); // a pan is not a click
    }

    void shiftClickRequestsCentring()
    {
        CameraView view;
        view.resize(640, 480);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setFrame(makeFrame(640, 480));
        QSignalSpy clicks(&view, &CameraView::imageClicked);
        QSignalSpy centre(&view, &CameraView::centreRequested);
        QTest::mouseClick(&view, Qt::LeftButton, Qt::ShiftModifier, QPoint(100, 50));
        QCOMPARE(centre.size(), 1);
        QCOMPARE(clicks.size(), 0);
        QCOMPARE(centre.at(0).at(0).toPointF(), QPointF(100, 50));
    }

    void scaleLineMeasuresInPixelsAndMillimetres()
    {
        CameraView view;
        view.resize(640, 480);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setFrame(makeFrame(640, 480));
        view.setZoom(2);
        view.setTool(CameraView::Tool::ScaleLine);
        QSignalSpy lines(&view, &CameraView::scaleLineChanged);
        QTest::mousePress(&view, Qt::LeftButton, Qt::NoModifier, QPoint(100, 100));
        QTest::mouseMove(&view, QPoint(160, 180));
        QTest::mouseRelease(&view, Qt::LeftButton, Qt::NoModifier, QPoint(160, 180));
        QVERIFY(!lines.isEmpty());
        // 60×80 widget px at 2× = 30×40 image px = 50 px.
        QCOMPARE(lines.last().at(1).toDouble(), 50.0);
        QCOMPARE(view.scaleLine().length(), 50.0);
        QCOMPARE(ScaleLineOverlay::lengthText(50.0, 0), QStringLiteral("50.00 px (no scale set)"));
        QCOMPARE(ScaleLineOverlay::lengthText(50.0, 20.0), QStringLiteral("50.00 px = 1.000 mm"));
    }

    void cursorReadoutUsesThePrinterMapping()
    {
        CameraView view;
        view.resize(640, 480);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setFrame(makeFrame(640, 480));
        QTest::mouseMove(&view, QPoint(320, 240));
        QTRY_VERIFY(view.cursorImagePosition().has_value());
        QCOMPARE(*view.cursorImagePosition(), QPointF(320, 240));
        view.setPixelToPrinter([](const QPointF &p) -> std::optional<QPointF> {
            return QPointF(100.0 + p.x() * 0.01, 50.0 - p.y() * 0.01);
        });
        view.setReticle(ReticleOverlay::Kind::Grid);
        view.repaint(); // every layer paints without trouble, with and without a mapping
        QCOMPARE(view.reticle(), ReticleOverlay::Kind::Grid);
        QCOMPARE(ReticleOverlay::kindFromId(ReticleOverlay::kindId(ReticleOverlay::Kind::Ruler)),
                 ReticleOverlay::Kind::Ruler);
    }

    void noSignalStateAndSnapshot()
    {
        CameraView view;
        view.resize(320, 240);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTemporaryDir dir;
        QString error;
        QVERIFY(!view.saveSnapshot(dir.filePath(QStringLiteral("none.png")), &error));
        QVERIFY(!error.isEmpty());
        view.setStreamState(StreamState::Reconnecting, QStringLiteral("Connection refused"), 4000);
        view.repaint();
        view.setFrame(makeFrame(64, 48));
        const QString path = dir.filePath(QStringLiteral("shot.png"));
        QVERIFY(view.saveSnapshot(path, &error));
        QCOMPARE(QImageReader(path).size(), QSize(64, 48));
    }

    void pickerOffersPrinterWebcams()
    {
        CameraProfile saved;
        saved.name = QStringLiteral("nozzle");
        saved.url = QUrl(QStringLiteral("http://pi/webcam/?action=stream"));
        MoonrakerWebcam same;
        same.name = QStringLiteral("dup");
        same.streamUrl = QStringLiteral("/webcam/?action=stream");
        MoonrakerWebcam other;
        other.name = QStringLiteral("bed");
        other.streamUrl = QStringLiteral("/webcam2/?action=stream");
        other.rotation = 180;
        CameraPickerDialog dialog({saved}, {same, other}, QStringLiteral("pi"), QStringLiteral("nozzle"));
        auto *list = dialog.findChild<QListWidget *>(QStringLiteral("cameraList"));
        QVERIFY(list);
        QCOMPARE(list->count(), 2); // the duplicate of a saved camera is not listed twice
        list->setCurrentRow(1);
        QCOMPARE(dialog.selectedProfile().url, QUrl(QStringLiteral("http://pi/webcam2/?action=stream")));
        QCOMPARE(dialog.selectedProfile().rotation, 180);
        auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("cameraName"));
        QTest::keyClicks(name, QStringLiteral(" top"));
        QCOMPARE(dialog.selectedProfile().name, QStringLiteral("bed top"));
        QCOMPARE(dialog.profiles().size(), 2); // the saved one and the chosen printer webcam
    }
};

QTEST_MAIN(TestCameraView)
#include "tst_cameraview.moc"
