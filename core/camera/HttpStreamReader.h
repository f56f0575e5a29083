#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QIODevice>
#include <QList>
#include <QPair>
#include <QUrl>

class QHostInfo;
class QSocketNotifier;

namespace reticle {

// A minimal HTTP/1.1 GET for long-lived camera streams over plain http://, on a non-blocking
// POSIX socket read on the thread the reader lives on. It exists for speed:
// - QNetworkAccessManager reads on a thread of its own, hands the bytes over in events and
//   copies, and keeps reading while the camera thread decodes; here the socket is read only
//   between decodes, so TCP holds back a camera that sends faster than we decode;
// - the body is read straight from the kernel into the caller's buffer (no socket buffer
//   in between), and discard() drops bytes in the kernel without copying them (MSG_TRUNC),
//   which lets a latest-frame-wins reader skip frames that a newer one has overtaken.
//
// The body is read through the QIODevice API (sequential; de-chunked when the server sends
// Transfer-Encoding: chunked, as nginx does for HTTP/1.1 clients). Redirects are not followed
// here: redirectUrl() names the target and the caller opens it. URLs with user information
// (authentication) and other schemes go through QNetworkAccessManager instead (supports()).
class HttpStreamReader : public QIODevice
{
    Q_OBJECT
public:
    explicit HttpStreamReader(QObject *parent = nullptr);
    ~HttpStreamReader() override;

    // Plain http:// without user information, on a platform with POSIX sockets.
    static bool supports(const QUrl &url);

    void get(const QUrl &url, const QList<QPair<QByteArray, QByteArray>> &headers = {});
    // Drops the connection; no further signals.
    void abort();

    QUrl url() const { return m_url; }
    bool headersReceived() const { return m_state == State::Body || (m_state == State::Done && m_status > 0); }
    int statusCode() const { return m_status; }
    QByteArray reasonPhrase() const { return m_reason; }
    QByteArray header(const QByteArray &name) const; // case-insensitive; empty when missing
    // For 3xx answers with a Location header: where to go instead (resolved against url()).
    QUrl redirectUrl() const;
    bool isChunked() const { return m_chunked; }
    // Empty unless the transfer failed (connection refused, dropped, malformed response).
    QString errorString() const { return m_error; }
    bool hasError() const { return !m_error.isEmpty(); }
    bool isFinished() const { return m_finished; }
    // SO_RCVBUF for the connection (0 = the system's auto-tuning). Applied now if connected.
    void setReceiveBufferSize(int bytes);
    int receiveBufferSize() const { return m_receiveBuffer; }

    // Whether discard() works now: in the body of a response that is not chunked.
    bool canDiscard() const { return m_state == State::Body && !m_chunked; }
    // Drops up to `bytes` body bytes that have arrived, without copying them. Returns how many.
    qint64 discard(qint64 bytes);

    bool isSequential() const override { return true; }
    // Body bytes readable now (an upper bound while chunked: chunk framing is counted too).
    qint64 bytesAvailable() const override;

signals:
    void headersReady();
    // The transfer ended (peer closed, error, or the whole body read); read what is left first.
    void transferFinished();

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    enum class State { Idle, Resolving, Connecting, Sending, StatusLine, Headers, Body, Done };
    enum class Chunk { Size, Data, DataEnd, Trailer };

    void onLookup(const QHostInfo &info);
    void connectNext();
    void onWritable();
    void onReadable();
    bool parseHead();
    qint64 socketBytes() const;
    // recv() into `data`; returns bytes read, 0 when nothing is there; handles EOF and errors.
    qint64 receive(char *data, qint64 maxSize, int flags = 0);
    qint64 readChunked(char *data, qint64 maxSize);
    bool fillInput(); // appends what the socket has to m_in; false when nothing came
    void closeSocket();
    void fail(const QString &message);
    void finish();
    void applyReceiveBuffer();
    qint64 inputBytes() const { return m_in.size() - m_inPos; }

    int m_fd = -1;
    QSocketNotifier *m_readNotifier = nullptr;
    QSocketNotifier *m_writeNotifier = nullptr;
    int m_lookupId = -1;
    QList<QHostAddress> m_addresses;
    QString m_lastConnectError;
    quint64 m_generation = 0;

    QUrl m_url;
    QList<QPair<QByteArray, QByteArray>> m_requestHeaders;
    QByteArray m_request;
    qsizetype m_requestSent = 0;
    State m_state = State::Idle;
    int m_status = 0;
    QByteArray m_reason;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    qsizetype m_headBytes = 0;
    // Bytes received but not yet handed out: the head, a body start read with it, chunk framing.
    QByteArray m_in;
    qsizetype m_inPos = 0;
    bool m_chunked = false;
    Chunk m_chunk = Chunk::Size;
    qint64 m_chunkLeft = 0;
    qint64 m_bodyLeft = -1; // with Content-Length (not chunked): body bytes still to read
    bool m_eof = false;
    QString m_error;
    bool m_finished = false;
    int m_receiveBuffer = 0;
};

} // namespace reticle
