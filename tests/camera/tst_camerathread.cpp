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

// A CameraThread running a SlowToCloseSource that has connected (so stopping it closes it).
struct Running
{
    QSemaphore release;
    std::atomic<bool> closing{false};
    std::atomic<QThread *> deletedOn{nullptr};
    SlowToCloseSource *source = nullptr;
    std::unique_ptr<CameraThread> camera;

    bool start()
    {
        auto owned = std::make_unique<SlowToCloseSource>(&release, &closing, &deletedOn);
        source = owned.get();
        camera = std::make_unique<CameraThread>(std::move(owned));
        camera->start();
        return QTest::qWaitFor([this] { return source->state() == StreamStateMachine::State::Connecting; }, 10000);
    }
};

class TestCameraThread : public QObject
{
    Q_OBJECT

private slots:
    void retiringDoesNotWaitForTheSourceToClose()
    {
        Running run;
        QVERIFY(run.start());
        run.source->armed.store(true);

        // The caller (the GUI thread) goes on while the source is still closing: if retire()
        // waited, this test would hang here, as the source closes only once released below.
        run.camera->retire();
        QCOMPARE(run.camera->source(), nullptr);
        run.camera.reset();
        QTRY_VERIFY_WITH_TIMEOUT(run.closing.load(), 10000);
        QCOMPARE(run.deletedOn.load(), nullptr); // still closing, not deleted

        run.release.release();
        CameraThread::waitForRetired();
        QVERIFY(run.deletedOn.load() != nullptr);
        QVERIFY(run.deletedOn.load() != QThread::currentThread()); // deleted on its own thread
    }

    void destroyingWithoutRetiringWaitsForTheSource()
    {
        Running run;
        QVERIFY(run.start());
        run.release.release(); // closes at once
        run.source->armed.store(true);
        run.camera.reset();
        QVERIFY(run.closing.load());
        QVERIFY(run.deletedOn.load() != nullptr); // the source is gone when the destructor returns
    }
};

QTEST_MAIN(TestCameraThread)
#include "tst_camerathread.moc"
