#include "HttpStreamReader.h"

#include <QHostInfo>
#include <QSocketNotifier>

#include <algorithm>
#include <cerrno>
#include <cstring>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace reticle {

namespace {

constexpr qsizetype kMaxHeadBytes = 64 * 1024;
constexpr qint64 kInputChunk = 64 * 1024; // one read of head or chunk-framed data

QByteArray chopLineEnd(QByteArray line)
{
    while (!line.isEmpty() && (line.endsWith('\n') || line.endsWith('\r')))
        line.chop(1);
    return line;
}

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

} // namespace

HttpStreamReader::HttpStreamReader(QObject *parent)
    : QIODevice(parent)
{
}

HttpStreamReader::~HttpStreamReader()
{
    abort();
}

bool HttpStreamReader::supports(const QUrl &url)
{
#ifdef Q_OS_UNIX
    return url.isValid() && url.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) == 0
        && !url.host().isEmpty() && url.userInfo().isEmpty();
#else
    Q_UNUSED(url)
    return false;
#endif
}

QByteArray HttpStreamReader::header(const QByteArray &name) const
{
    for (const auto &entry : m_headers) {
        if (entry.first.compare(name, Qt::CaseInsensitive) == 0)
            return entry.second;
    }
    return {};
}

QUrl HttpStreamReader::redirectUrl() const
{
    if (m_status < 300 || m_status >= 400 || m_status == 304)
        return {};
    const QByteArray location = header("Location");
    if (location.isEmpty())
        return {};
    return m_url.resolved(QUrl::fromEncoded(location));
}

void HttpStreamReader::get(const QUrl &url, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    abort();
    m_url = url;
    m_requestHeaders = headers;
    m_status = 0;
    m_reason.clear();
    m_headers.clear();
    m_headBytes = 0;
    m_in.clear();
    m_inPos = 0;
    m_chunked = false;
    m_chunk = Chunk::Size;
    m_chunkLeft = 0;
    m_bodyLeft = -1;
    m_eof = false;
    m_error.clear();
    m_finished = false;
    m_lastConnectError.clear();
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    if (!supports(url)) {
        fail(tr("Not a plain HTTP address: %1").arg(url.toDisplayString()));
        return;
    }
    const QHostAddress literal(url.host());
    if (!literal.isNull()) {
        m_addresses = {literal};
        m_state = State::Connecting;
        connectNext();
        return;
    }
    m_state = State::Resolving;
    m_lookupId = QHostInfo::lookupHost(url.host(), this, &HttpStreamReader::onLookup);
}

void HttpStreamReader::abort()
{
    ++m_generation; // queued notifications of the old transfer are ignored
    if (m_lookupId >= 0) {
        QHostInfo::abortHostLookup(m_lookupId);
        m_lookupId = -1;
    }
    closeSocket();
    m_state = State::Idle;
    if (isOpen())
        close();
}

void HttpStreamReader::closeSocket()
{
    delete m_readNotifier;
    m_readNotifier = nullptr;
    delete m_writeNotifier;
    m_writeNotifier = nullptr;
#ifdef Q_OS_UNIX
    if (m_fd >= 0)
        ::close(m_fd);
#endif
    m_fd = -1;
}

void HttpStreamReader::onLookup(const QHostInfo &info)
{
    m_lookupId = -1;
    if (m_state != State::Resolving)
        return;
    if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
        fail(tr("The camera's host %1 was not found: %2").arg(m_url.host(), info.errorString()));
        return;
    }
    m_addresses = info.addresses();
    m_state = State::Connecting;
    connectNext();
}

void HttpStreamReader::connectNext()
{
#ifdef Q_OS_UNIX
    closeSocket();
    while (!m_addresses.isEmpty()) {
        const QHostAddress address = m_addresses.takeFirst();
        sockaddr_storage storage{};
        socklen_t length = 0;
        const quint16 port = quint16(m_url.port(80));
        if (address.protocol() == QAbstractSocket::IPv4Protocol) {
            auto *in = reinterpret_cast<sockaddr_in *>(&storage);
            in->sin_family = AF_INET;
            in->sin_port = htons(port);
            in->sin_addr.s_addr = htonl(address.toIPv4Address());
            length = sizeof(sockaddr_in);
        } else if (address.protocol() == QAbstractSocket::IPv6Protocol) {
            auto *in6 = reinterpret_cast<sockaddr_in6 *>(&storage);
            in6->sin6_family = AF_INET6;
            in6->sin6_port = htons(port);
            const Q_IPV6ADDR bytes = address.toIPv6Address();
            std::memcpy(&in6->sin6_addr, &bytes, sizeof bytes);
            in6->sin6_scope_id = address.scopeId().toUInt();
            length = sizeof(sockaddr_in6);
        } else {
            continue;
        }
        m_fd = ::socket(storage.ss_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
        if (m_fd < 0) {
            m_lastConnectError = systemError(errno);
            continue;
        }
        applyReceiveBuffer();
        if (::connect(m_fd, reinterpret_cast<sockaddr *>(&storage), length) != 0 && errno != EINPROGRESS) {
            m_lastConnectError = systemError(errno);
            closeSocket();
            continue;
        }
        m_writeNotifier = new QSocketNotifier(m_fd, QSocketNotifier::Write, this);
        connect(m_writeNotifier, &QSocketNotifier::activated, this, &HttpStreamReader::onWritable);
        m_readNotifier = new QSocketNotifier(m_fd, QSocketNotifier::Read, this);
        m_readNotifier->setEnabled(false);
        connect(m_readNotifier, &QSocketNotifier::activated, this, &HttpStreamReader::onReadable);
        return;
    }
    fail(tr("Could not connect to %1: %2")
             .arg(m_url.authority(), m_lastConnectError.isEmpty() ? tr("no usable address") : m_lastConnectError));
#endif
}

void HttpStreamReader::onWritable()
{
#ifdef Q_OS_UNIX
    if (m_fd < 0)
        return;
    if (m_state == State::Connecting) {
        int error = 0;
        socklen_t length = sizeof error;
        if (::getsockopt(m_fd, SOL_SOCKET, SO_ERROR, &error, &length) != 0)
            error = errno;
        if (error != 0) {
            m_lastConnectError = systemError(error);
            connectNext(); // the next address, or the final error
            return;
        }
        QByteArray target = m_url.path(QUrl::FullyEncoded).toLatin1();
        if (target.isEmpty())
            target = "/";
        if (m_url.hasQuery())
            target += '?' + m_url.query(QUrl::FullyEncoded).toLatin1();
        QByteArray host = m_url.host(QUrl::FullyEncoded).toLatin1();
        if (host.contains(':'))
            host = '[' + host + ']'; // an IPv6 literal
        if (m_url.port() > 0 && m_url.port() != 80)
            host += ':' + QByteArray::number(m_url.port());
        m_request = "GET " + target + " HTTP/1.1\r\nHost: " + host + "\r\n";
        for (const auto &entry : std::as_const(m_requestHeaders))
            m_request += entry.first + ": " + entry.second + "\r\n";
        m_request += "Connection: close\r\n\r\n";
        m_requestSent = 0;
        m_state = State::Sending;
    }
    if (m_state != State::Sending)
        return;
    while (m_requestSent < m_request.size()) {
        const ssize_t sent = ::send(m_fd, m_request.constData() + m_requestSent,
                                    size_t(m_request.size() - m_requestSent), MSG_NOSIGNAL);
        if (sent < 0) {
            if (errno == EAGAIN || errno == EWOULDBLOCK)
                return; // the rest when the socket can take it
            if (errno == EINTR)
                continue;
            fail(tr("Could not send the request to %1: %2").arg(m_url.authority(), systemError(errno)));
            return;
        }
        m_requestSent += sent;
    }
    m_writeNotifier->setEnabled(false);
    m_state = State::StatusLine;
    m_readNotifier->setEnabled(true);
#endif
}

qint64 HttpStreamReader::socketBytes() const
{
#ifdef Q_OS_UNIX
    int queued = 0;
    if (m_fd >= 0 && !m_eof && ::ioctl(m_fd, FIONREAD, &queued) == 0)
        return queued;
#endif
    return 0;
}

qint64 HttpStreamReader::receive(char *data, qint64 maxSize, int flags)
{
#ifdef Q_OS_UNIX
    if (m_fd < 0 || m_eof || maxSize <= 0)
        return 0;
    for (;;) {
        const ssize_t got = ::recv(m_fd, data, size_t(maxSize), flags | MSG_DONTWAIT);
        if (got > 0)
            return got;
        if (got == 0) { // the server closed the connection
            m_eof = true;
            if (m_readNotifier)
                m_readNotifier->setEnabled(false);
            if (m_state == State::Body)
                finish();
            else
                fail(tr("The camera closed the connection before answering."));
            return 0;
        }
        if (errno == EINTR)
            continue;
        if (errno != EAGAIN && errno != EWOULDBLOCK) {
            const int error = errno;
            m_eof = true;
            if (m_readNotifier)
                m_readNotifier->setEnabled(false);
            fail(systemError(error)); // the source says "Connection lost: …"
        }
        return 0;
    }
#else
    Q_UNUSED(data)
    Q_UNUSED(maxSize)
    Q_UNUSED(flags)
    return 0;
#endif
}

bool HttpStreamReader::fillInput()
{
    if (m_inPos > 0 && m_inPos == m_in.size()) {
        m_in.clear();
        m_inPos = 0;
    } else if (m_inPos > kInputChunk) {
        m_in.remove(0, m_inPos);
        m_inPos = 0;
    }
    const qsizetype old = m_in.size();
    m_in.resize(old + kInputChunk);
    const qint64 got = receive(m_in.data() + old, kInputChunk);
    m_in.resize(old + qsizetype(got));
    return got > 0;
}

void HttpStreamReader::onReadable()
{
    if (m_state == State::StatusLine || m_state == State::Headers) {
        const quint64 generation = m_generation;
        if (!fillInput() || !parseHead() || generation != m_generation)
            return;
    }
    if (m_state != State::Body)
        return;
    if (bytesAvailable() > 0) {
        emit readyRead();
        return;
    }
    // Readable with nothing to read: the server closed the connection (or an error is pending).
    char probe = 0;
    receive(&probe, 1, MSG_PEEK);
}

bool HttpStreamReader::parseHead()
{
    for (;;) {
        const qsizetype eol = m_in.indexOf('\n', m_inPos);
        if (eol < 0) {
            if (inputBytes() > kMaxHeadBytes) {
                fail(tr("The camera's HTTP headers are longer than %1 bytes.").arg(kMaxHeadBytes));
                return false;
            }
            return false;
        }
        m_headBytes += eol + 1 - m_inPos;
        if (m_headBytes > kMaxHeadBytes) {
            fail(tr("The camera's HTTP headers are longer than %1 bytes.").arg(kMaxHeadBytes));
            return false;
        }
        const QByteArray line = chopLineEnd(m_in.mid(m_inPos, eol - m_inPos));
        m_inPos = eol + 1;
        if (m_state == State::StatusLine) {
            if (line.isEmpty())
                continue; // tolerate a stray blank line before the status
            if (!line.startsWith("HTTP/")) {
                fail(tr("The camera did not answer with HTTP (it sent \"%1\").")
                         .arg(QString::fromLatin1(line.left(40))));
                return false;
            }
            const qsizetype firstSpace = line.indexOf(' ');
            const qsizetype secondSpace = firstSpace < 0 ? -1 : line.indexOf(' ', firstSpace + 1);
            bool ok = false;
            m_status = line.mid(firstSpace + 1, secondSpace < 0 ? -1 : secondSpace - firstSpace - 1).toInt(&ok);
            if (firstSpace < 0 || !ok || m_status < 100 || m_status > 999) {
                m_status = 0;
                fail(tr("The camera sent a malformed HTTP status line (\"%1\").")
                         .arg(QString::fromLatin1(line.left(40))));
                return false;
            }
            m_reason = secondSpace < 0 ? QByteArray() : line.mid(secondSpace + 1).trimmed();
            m_state = State::Headers;
            continue;
        }
        if (line.isEmpty()) {
            if (m_status >= 100 && m_status < 200) { // 100 Continue and friends: another head follows
                m_state = State::StatusLine;
                m_headers.clear();
                continue;
            }
            m_chunked = header("Transfer-Encoding").toLower().contains("chunked");
            bool lengthOk = false;
            const qint64 length = header("Content-Length").trimmed().toLongLong(&lengthOk);
            m_bodyLeft = !m_chunked && lengthOk && length >= 0 ? length : -1;
            m_state = State::Body;
            emit headersReady();
            return m_state == State::Body; // the receiver may have aborted
        }
        if ((line.startsWith(' ') || line.startsWith('\t')) && !m_headers.isEmpty()) {
            m_headers.last().second += ' ' + line.trimmed(); // an obsolete folded header line
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue; // not a header; ignored like browsers do
        m_headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
}

qint64 HttpStreamReader::bytesAvailable() const
{
    if (m_state != State::Body)
        return QIODevice::bytesAvailable();
    qint64 available = inputBytes() + socketBytes();
    if (!m_chunked && m_bodyLeft >= 0)
        available = std::min(available, m_bodyLeft);
    return available + QIODevice::bytesAvailable();
}

qint64 HttpStreamReader::readData(char *data, qint64 maxSize)
{
    if (m_state != State::Body)
        return 0;
    if (m_chunked)
        return readChunked(data, maxSize);
    if (m_bodyLeft >= 0)
        maxSize = std::min(maxSize, m_bodyLeft);
    // First what was read together with the head, then straight from the kernel.
    qint64 total = std::min<qint64>(maxSize, inputBytes());
    if (total > 0) {
        std::memcpy(data, m_in.constData() + m_inPos, size_t(total));
        m_inPos += qsizetype(total);
    }
    if (total < maxSize)
        total += receive(data + total, maxSize - total);
    if (m_bodyLeft >= 0) {
        m_bodyLeft -= total;
        if (m_bodyLeft == 0) { // a body with Content-Length is complete
            m_state = State::Done;
            finish();
        }
    }
    return total;
}

qint64 HttpStreamReader::discard(qint64 bytes)
{
    if (!canDiscard() || bytes <= 0)
        return 0;
    if (m_bodyLeft >= 0)
        bytes = std::min(bytes, m_bodyLeft);
    qint64 total = std::min<qint64>(bytes, inputBytes());
    m_inPos += qsizetype(total);
    if (total < bytes)
        total += receive(nullptr, bytes - total, MSG_TRUNC); // dropped in the kernel, never copied
    if (m_bodyLeft >= 0) {
        m_bodyLeft -= total;
        if (m_bodyLeft == 0) {
            m_state = State::Done;
            finish();
        }
    }
    return total;
}

qint64 HttpStreamReader::readChunked(char *data, qint64 maxSize)
{
    qint64 total = 0;
    while (total < maxSize && m_state == State::Body) {
        if (m_chunk == Chunk::Data) {
            if (inputBytes() == 0 && !fillInput())
                break;
            const qint64 n = std::min({maxSize - total, m_chunkLeft, inputBytes()});
            std::memcpy(data + total, m_in.constData() + m_inPos, size_t(n));
            m_inPos += qsizetype(n);
            total += n;
            m_chunkLeft -= n;
            if (m_chunkLeft == 0)
                m_chunk = Chunk::DataEnd;
            continue;
        }
        const qsizetype eol = m_in.indexOf('\n', m_inPos);
        if (eol < 0) {
            if (inputBytes() > 1024) {
                fail(tr("The camera sent a malformed chunked transfer (no line end within 1 KiB)."));
                break;
            }
            if (!fillInput())
                break;
            continue;
        }
        const QByteArray line = chopLineEnd(m_in.mid(m_inPos, eol - m_inPos));
        m_inPos = eol + 1;
        if (m_chunk == Chunk::DataEnd) {
            if (!line.isEmpty()) {
                fail(tr("The camera sent a malformed chunked transfer (data after a chunk's end)."));
                break;
            }
            m_chunk = Chunk::Size;
        } else if (m_chunk == Chunk::Size) {
            const qsizetype semicolon = line.indexOf(';'); // chunk extensions are ignored
            bool ok = false;
            const qint64 size = (semicolon < 0 ? line : line.left(semicolon)).trimmed().toLongLong(&ok, 16);
            if (!ok || size < 0) {
                fail(tr("The camera sent a malformed chunk size (\"%1\").").arg(QString::fromLatin1(line.left(20))));
                break;
            }
            if (size == 0) {
                m_chunk = Chunk::Trailer;
            } else {
                m_chunkLeft = size;
                m_chunk = Chunk::Data;
            }
        } else if (line.isEmpty()) { // end of the trailer: the body is complete
            m_state = State::Done;
            finish();
        }
    }
    return total;
}

qint64 HttpStreamReader::writeData(const char *, qint64)
{
    return -1; // read-only
}

void HttpStreamReader::setReceiveBufferSize(int bytes)
{
    m_receiveBuffer = std::max(bytes, 0);
    applyReceiveBuffer();
}

void HttpStreamReader::applyReceiveBuffer()
{
#ifdef Q_OS_UNIX
    if (m_fd >= 0 && m_receiveBuffer > 0)
        ::setsockopt(m_fd, SOL_SOCKET, SO_RCVBUF, &m_receiveBuffer, sizeof m_receiveBuffer);
#endif
}

void HttpStreamReader::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
    m_state = State::Done; // nothing after an error is trusted
    if (m_readNotifier)
        m_readNotifier->setEnabled(false);
    finish();
}

void HttpStreamReader::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_readNotifier)
        m_readNotifier->setEnabled(false);
    // Announced from the event loop, never from inside a read, so the receiver may tear
    // everything down; what is left stays readable until then.
    QMetaObject::invokeMethod(
        this,
        [this, generation = m_generation] {
            if (generation == m_generation && m_finished)
                emit transferFinished();
        },
        Qt::QueuedConnection);
}

} // namespace reticle
