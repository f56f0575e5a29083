#include "camera/CameraThread.h"

#include <QSemaphore>
#include <QTest>

#include <atomic>

using namespace reticle;

namespace {

// A source whose shutdown takes as long as the test says, like a live RTSP player that needs
// seconds to tear its pipeline down.
class SlowToCloseSource : public FrameSource
{
    Q_OBJECT
public:
    SlowToCloseSource(QSemaphore *release, std::atomic<bool> *closing, std::atomic<QThread *> *deletedOn)
        : FrameSource(CameraProfile())
        , m_release(release)
        , m_closing(closing)
        , m_deletedOn(deletedOn)
    {
    }
    ~SlowToCloseSource() override { m_deletedOn->store(QThread::currentThread()); }
    QString kindName() const override { return QStringLiteral("slow to close"); }
    std::atomic<bool> armed{false};

protected:
    void openConnection() override {}
    void closeConnection() override
    {
        if (!armed.load())
            return;
        m_closing->store(true);
        m_release->acquire(); // the teardown takes until the test releases it
    }

private:
    QSemaphore *m_release;
    std::atomic<bool> *m_closing;
    std::atomic<QThread *> *m_deletedOn;
};

} // namespace

class TestCameraThread : public QObject
{
    Q_OBJECT

private slots:
    void retiringDoesNotWaitForTheSourceToClose()
    {
        QSemaphore release;
        std::atomic<bool> closing{false};
        std::atomic<QThread *> deletedOn{nullptr};
        auto source = std::make_unique<SlowToCloseSource>(&release, &closing, &deletedOn);
        SlowToCloseSource *raw = source.get();
        auto camera = std::make_unique<CameraThread>(std::move(source));
        camera->start();
        QTRY_COMPARE_WITH_TIMEOUT(raw->state(), StreamStateMachine::State::Connecting, 10000);
        raw->armed.store(true);

        // The caller (the GUI thread) goes on while the source is still closing: if retire()
        // waited, this test would hang here, as the source closes only once released below.
        camera->retire();
        QCOMPARE(camera->source(), nullptr);
        camera.reset();
        QTRY_VERIFY_WITH_TIMEOUT(closing.load(), 10000);
        QCOMPARE(deletedOn.load(), nullptr); // still closing, not deleted

        release.release();
        CameraThread::waitForRetired();
        QVERIFY(deletedOn.load() != nullptr);
        QVERIFY(deletedOn.load() != QThread::currentThread()); // deleted on its own thread
    }

    void destroyingWithoutRetiringWaitsForTheSource()
    {
        QSemaphore release;
        std::atomic<bool> closing{false};
        std::atomic<QThread *> deletedOn{nullptr};
        auto source = std::make_unique<SlowToCloseSource>(&release, &closing, &deletedOn);
        SlowToCloseSource *raw = source.get();
        auto camera = std::make_unique<CameraThread>(std::move(source));
        camera->start();
        QTRY_COMPARE_WITH_TIMEOUT(raw->state(), StreamStateMachine::State::Connecting, 10000);
        release.release(); // closes at once
        raw->armed.store(true);
        camera.reset();
        QVERIFY(closing.load());
        QVERIFY(deletedOn.load() != nullptr); // the source is gone when the destructor returns
    }
};

QTEST_MAIN(TestCameraThread)
#include "tst_camerathread.moc"
