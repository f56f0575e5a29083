#pragma once

#include "FrameSource.h"

#include <QPointer>
#include <QTimer>

class QNetworkAccessManager;
class QNetworkReply;

namespace reticle {

// Polls a still-image URL (`/webcam/?action=snapshot`, ustreamer `/snapshot`, ESP32 `:80/capture`)
// at a set rate. Never more than one request in flight: the next request is sent when the
// previous one has finished and the period has passed, so a slow camera gets fewer requests
// instead of a pile-up.
class SnapshotPollingSource : public FrameSource
{
    Q_OBJECT
public:
    explicit SnapshotPollingSource(const CameraProfile &profile, QObject *parent = nullptr);
    ~SnapshotPollingSource() override;

    QString kindName() const override;
    void setRate(double framesPerSecond);
    double rate() const { return m_rate; }
    void setRequestTimeoutMs(int ms) { m_requestTimeoutMs = ms; }
    int requestsSent() const { return m_requestsSent; }
    int maxInFlight() const { return m_maxInFlight; }

protected:
    void openConnection() override;
    void closeConnection() override;

private:
    void sendRequest();
    void onFinished();
    void scheduleNext();

    QNetworkAccessManager *m_network = nullptr;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timer;
    double m_rate;
    int m_requestTimeoutMs = 10000;
    qint64 m_requestStartNs = 0;
    int m_requestsSent = 0;
    int m_inFlight = 0;
    int m_maxInFlight = 0;
    bool m_running = false;
};

} // namespace reticle
