#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>
#include <QStringList>

class QIODevice;

#include <optional>
#include <vector>

namespace reticle {

// Splits a multipart/x-mixed-replace byte stream (MJPEG over HTTP) into parts. Pure: no I/O, no
// Qt event loop; feed() it bytes as they arrive, split anywhere, and take the parts out.
//
// - The boundary may be given quoted or not, with or without leading dashes; when none is known
//   the first "--token" line is taken as the boundary.
// - Content-Length is honoured when a part has one; otherwise the body is found by walking the
//   JPEG markers from SOI to EOI (APPn segments such as EXIF thumbnails are skipped by their
//   length), and for a non-JPEG body by the next boundary.
// - Bytes between parts that are not a boundary are skipped and counted as garbage.
// - A part larger than maxPartBytes (default 32 MiB) is skipped with an error.
class MultipartParser
{
public:
    static constexpr qsizetype kDefaultMaxPartBytes = qsizetype(32) * 1024 * 1024;
    static constexpr qsizetype kMaxHeaderBytes = 16 * 1024;

    struct Part
    {
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray header(const QByteArray &name) const; // case-insensitive, empty when missing
    };

    // The boundary parameter of a Content-Type such as
    // `multipart/x-mixed-replace;boundary="--frame"`, without quotes and leading dashes; empty
    // when the type has none.
    static QByteArray boundaryFromContentType(const QByteArray &contentType);

    explicit MultipartParser(const QByteArray &boundary = {},
                             qsizetype maxPartBytes = kDefaultMaxPartBytes);

    void setBoundary(const QByteArray &boundary);
    QByteArray boundary() const { return m_boundary; }
    qsizetype maxPartBytes() const { return m_maxPartBytes; }

    void feed(QByteArrayView data);
    // Reads what `device` has available straight into the parse buffer (one copy fewer than
    // readAll() + feed()), at most maxBytes when given. Returns the bytes read.
    qint64 feedFrom(QIODevice *device, qint64 maxBytes = -1);

    // Latest-only mode: of the parts completed before takeParts(), only the newest is kept (the
    // others are counted as skipped and never copied). For live display, where older frames are
    // dropped anyway.
    void setLatestOnly(bool latestOnly) { m_latestOnly = latestOnly; }
    qint64 partsSkipped() const { return m_partsSkipped; }
    // Latest-only mode, inside a part with Content-Length: how long its body is and how many of
    // its bytes have not arrived yet (0 otherwise). A reader that already holds a newer frame
    // behind this one may drop those bytes unread (recv MSG_TRUNC) and report them with
    // bodyBytesDiscarded(); the part then counts as skipped and is never copied.
    qsizetype currentBodyLength() const;
    qsizetype missingBodyBytes() const;
    void bodyBytesDiscarded(qsizetype count);
    qint64 bytesSkipped() const { return m_bytesSkipped; }
    // The stream ended: a part that was still arriving is reported as truncated.
    void finish();
    // Forgets buffered bytes and statistics (a new connection); keeps the boundary.
    void reset();

    bool hasParts() const { return !m_parts.empty(); }
    std::vector<Part> takeParts();
    bool hasErrors() const { return !m_errors.isEmpty(); }
    QStringList takeErrors();

    qint64 bytesFed() const { return m_bytesFed; }
    qint64 garbageBytes() const { return m_garbageBytes; }
    qint64 partsParsed() const { return m_partsParsed; }
    qint64 errorCount() const { return m_errorCount; }
    qsizetype bufferedBytes() const { return m_buffer.size() - m_pos; }

private:
    enum class State { SeekBoundary, Headers, Body };
    enum class Scan { Complete, NeedMore, NotJpeg };

    void process();
    void materializeLatest();
    bool stepSeekBoundary();
    bool stepHeaders();
    bool stepBody();
    bool detectBoundary();
    Scan scanJpeg(qsizetype &end);
    qsizetype findDelimiterStart(qsizetype from, qsizetype to) const;
    qsizetype findDelimiterInBody(qsizetype limit);
    bool endsWithEoi(qsizetype end) const;
    void cutShort(qsizetype next, const QString &message);
    void skipGarbage(qsizetype count);
    void error(const QString &message);
    void emitPart(qsizetype length);
    void compact();

    QByteArray m_boundary;
    qsizetype m_maxPartBytes;
    QByteArray m_buffer;
    qsizetype m_pos = 0; // start of unparsed data in m_buffer
    State m_state = State::SeekBoundary;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    std::optional<qsizetype> m_contentLength;
    // JPEG marker walk, relative to the body start (m_pos while in State::Body).
    qsizetype m_scanOffset = 0;
    bool m_inEntropy = false;
    qsizetype m_searchOffset = 0; // bytes of the body already searched for a delimiter
    qsizetype m_discarded = 0;    // body bytes the reader dropped unread (bodyBytesDiscarded)
    bool m_bodyIsJpeg = false;
    bool m_bodyKindKnown = false;

    bool m_latestOnly = false;
    qsizetype m_latestStart = 0;
    qsizetype m_latestLength = -1; // a completed part not yet copied out (latest-only mode)
    QList<QPair<QByteArray, QByteArray>> m_latestHeaders;
    qint64 m_partsSkipped = 0;
    qint64 m_bytesSkipped = 0;

    std::vector<Part> m_parts;
    QStringList m_errors;
    qint64 m_bytesFed = 0;
    qint64 m_garbageBytes = 0;
    qint64 m_partsParsed = 0;
    qint64 m_errorCount = 0;
};

} // namespace reticle
