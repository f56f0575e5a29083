#include "MultipartParser.h"

#include <QCoreApplication>
#include <QIODevice>

#include <algorithm>
#include <cstring>

namespace reticle {

namespace {

QByteArray stripDashes(QByteArray boundary)
{
    boundary = boundary.trimmed();
    if (boundary.size() >= 2 && boundary.startsWith('"') && boundary.endsWith('"'))
        boundary = boundary.mid(1, boundary.size() - 2);
    qsizetype dashes = 0;
    while (dashes < boundary.size() && boundary.at(dashes) == '-')
        ++dashes;
    return boundary.mid(dashes);
}

QString tr(const char *text)
{
    return QCoreApplication::translate("reticle::MultipartParser", text); // the context lupdate records
}

QString mib(qsizetype bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

inline uchar byteAt(const QByteArray &data, qsizetype i)
{
    return static_cast<uchar>(data.at(i));
}

} // namespace

QByteArray MultipartParser::Part::header(const QByteArray &name) const
{
    for (const auto &entry : headers) {
        if (entry.first.compare(name, Qt::CaseInsensitive) == 0)
            return entry.second;
    }
    return {};
}

QByteArray MultipartParser::boundaryFromContentType(const QByteArray &contentType)
{
    const QList<QByteArray> params = contentType.split(';');
    for (qsizetype i = 1; i < params.size(); ++i) {
        const QByteArray param = params.at(i).trimmed();
        const qsizetype eq = param.indexOf('=');
        if (eq < 0)
            continue;
        if (param.left(eq).trimmed().compare("boundary", Qt::CaseInsensitive) != 0)
            continue;
        return stripDashes(param.mid(eq + 1));
    }
    return {};
}

MultipartParser::MultipartParser(const QByteArray &boundary, qsizetype maxPartBytes)
    : m_boundary(stripDashes(boundary))
    , m_maxPartBytes(maxPartBytes > 0 ? maxPartBytes : kDefaultMaxPartBytes)
{
}

void MultipartParser::setBoundary(const QByteArray &boundary)
{
    m_boundary = stripDashes(boundary);
}

void MultipartParser::reset()
{
    m_buffer.clear();
    m_pos = 0;
    m_state = State::SeekBoundary;
    m_headers.clear();
    m_contentLength.reset();
    m_parts.clear();
    m_errors.clear();
    m_latestLength = -1;
    m_latestHeaders = {};
    m_discarded = 0;
    m_bytesFed = m_garbageBytes = m_partsParsed = m_errorCount = m_partsSkipped = m_bytesSkipped = 0;
}

std::vector<MultipartParser::Part> MultipartParser::takeParts()
{
    std::vector<Part> parts;
    parts.swap(m_parts);
    return parts;
}

QStringList MultipartParser::takeErrors()
{
    QStringList errors;
    errors.swap(m_errors);
    return errors;
}

void MultipartParser::error(const QString &message)
{
    ++m_errorCount;
    // Keep the list bounded if nobody reads it.
    if (m_errors.size() < 100)
        m_errors.append(message);
}

void MultipartParser::skipGarbage(qsizetype count)
{
    m_garbageBytes += count;
    m_pos += count;
}

void MultipartParser::feed(QByteArrayView data)
{
    if (data.isEmpty())
        return;
    m_bytesFed += data.size();
    m_buffer.append(data.data(), data.size());
    process();
}

qint64 MultipartParser::feedFrom(QIODevice *device, qint64 maxBytes)
{
    // With a limit, read() tells how much there was (no bytesAvailable() query, which is a
    // system call on a socket).
    if (!device)
        return 0;
    const qint64 available = maxBytes >= 0 ? maxBytes : device->bytesAvailable();
    if (available <= 0)
        return 0;
    const qsizetype old = m_buffer.size();
    m_buffer.resize(old + static_cast<qsizetype>(available));
    const qint64 got = device->read(m_buffer.data() + old, available);
    m_buffer.resize(old + static_cast<qsizetype>(std::max<qint64>(got, 0)));
    if (got <= 0)
        return 0;
    m_bytesFed += got;
    process();
    return got;
}

void MultipartParser::process()
{
    for (;;) {
        bool progressed = false;
        switch (m_state) {
        case State::SeekBoundary:
            progressed = stepSeekBoundary();
            break;
        case State::Headers:
            progressed = stepHeaders();
            break;
        case State::Body:
            progressed = stepBody();
            break;
        }
        if (!progressed)
            break;
    }
    materializeLatest();
    compact();
}

qsizetype MultipartParser::currentBodyLength() const
{
    return m_state == State::Body && m_contentLength ? *m_contentLength : 0;
}

qsizetype MultipartParser::missingBodyBytes() const
{
    if (!m_latestOnly || m_state != State::Body || !m_contentLength)
        return 0;
    return std::max<qsizetype>(0, *m_contentLength - m_discarded - (m_buffer.size() - m_pos));
}

void MultipartParser::bodyBytesDiscarded(qsizetype count)
{
    count = std::min(count, missingBodyBytes());
    if (count <= 0)
        return;
    m_discarded += count;
    m_bytesFed += count;
    process();
}

void MultipartParser::materializeLatest()
{
    if (m_latestLength < 0)
        return;
    if (!m_parts.empty()) {
        // An untaken older part is overtaken by the newer one.
        for (const Part &old : m_parts) {
            ++m_partsSkipped;
            m_bytesSkipped += old.body.size();
        }
        m_parts.clear();
    }
    Part part;
    part.body = m_buffer.mid(m_latestStart, m_latestLength);
    part.headers = std::move(m_latestHeaders);
    m_latestHeaders = {};
    m_parts.push_back(std::move(part));
    m_latestLength = -1;
}

void MultipartParser::finish()
{
    if (m_state == State::Body) {
        const qsizetype have = m_buffer.size() - m_pos;
        if (m_contentLength)
            error(tr("The stream ended inside a frame (%1 of %2 bytes received).")
                      .arg(have)
                      .arg(*m_contentLength));
        else
            error(tr("The stream ended inside a frame (%1 bytes received, no end marker).").arg(have));
    } else if (m_state == State::Headers) {
        error(tr("The stream ended inside the headers of a part."));
    }
    m_garbageBytes += m_buffer.size() - m_pos;
    m_buffer.clear();
    m_pos = 0;
    m_state = State::SeekBoundary;
}

void MultipartParser::compact()
{
    if (m_pos == 0)
        return;
    if (m_pos >= m_buffer.size()) {
        m_buffer.clear();
        m_pos = 0;
    } else if (m_pos > 64 * 1024 || m_pos > m_buffer.size() / 2) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
}

bool MultipartParser::detectBoundary()
{
    // Look for a line "--token" at the start of the data or after a newline.
    qsizetype from = m_pos;
    for (;;) {
        const qsizetype dash = m_buffer.indexOf("--", from);
        if (dash < 0)
            return false;
        const bool lineStart = dash == 0 || m_buffer.at(dash - 1) == '\n';
        const qsizetype eol = m_buffer.indexOf('\n', dash);
        if (eol < 0)
            return false; // wait for the rest of the line
        if (lineStart) {
            const QByteArray token = stripDashes(m_buffer.mid(dash, eol - dash));
            const bool plausible = !token.isEmpty() && token.size() <= 200
                && std::none_of(token.cbegin(), token.cend(), [](char c) {
                       return c == ' ' || c == ':' || static_cast<uchar>(c) < 0x21
                           || static_cast<uchar>(c) > 0x7e;
                   });
            if (plausible) {
                m_boundary = token;
                return true;
            }
        }
        from = eol + 1;
    }
}

qsizetype MultipartParser::findDelimiterStart(qsizetype from, qsizetype to) const
{
    // Returns where the delimiter line containing the next boundary starts (its dashes and the
    // newline before it included), or -1.
    const qsizetype at = m_buffer.indexOf(m_boundary, from);
    if (at < 0 || at >= to)
        return -1;
    qsizetype start = at;
    while (start > from && m_buffer.at(start - 1) == '-')
        --start;
    if (start > from && m_buffer.at(start - 1) == '\n')
        --start;
    if (start > from && m_buffer.at(start - 1) == '\r')
        --start;
    return start;
}

bool MultipartParser::stepSeekBoundary()
{
    if (m_boundary.isEmpty() && !detectBoundary()) {
        // Keep at most one long line while looking for a boundary.
        const qsizetype excess = m_buffer.size() - m_pos - 512;
        if (excess > 0)
            skipGarbage(excess);
        return false;
    }
    const qsizetype at = m_buffer.indexOf(m_boundary, m_pos);
    if (at < 0) {
        // Keep enough bytes to find a boundary split across this and the next chunk.
        const qsizetype keep = m_boundary.size() + 2;
        const qsizetype excess = m_buffer.size() - m_pos - keep;
        if (excess > 0)
            skipGarbage(excess);
        return false;
    }
    const qsizetype eol = m_buffer.indexOf('\n', at + m_boundary.size());
    if (eol < 0) {
        if (m_buffer.size() - at > 256) {
            skipGarbage(at + m_boundary.size() - m_pos); // a boundary glued to garbage
            return true;
        }
        return false;
    }
    qsizetype lineStart = at;
    while (lineStart > m_pos && m_buffer.at(lineStart - 1) == '-')
        --lineStart;
    qsizetype garbage = lineStart - m_pos;
    // The CRLF that ends the previous part belongs to the delimiter, not to garbage.
    const QByteArray before = m_buffer.mid(m_pos, garbage);
    if (!before.trimmed().isEmpty())
        m_garbageBytes += garbage;
    m_pos = lineStart;
    const QByteArray rest = m_buffer.mid(at + m_boundary.size(), eol - at - m_boundary.size()).trimmed();
    m_pos = eol + 1;
    if (rest.startsWith("--"))
        return true; // closing delimiter; a new part may still follow in a sloppy stream
    if (!rest.isEmpty()) {
        m_garbageBytes += rest.size();
    }
    m_headers.clear();
    m_contentLength.reset();
    m_state = State::Headers;
    return true;
}

bool MultipartParser::stepHeaders()
{
    for (;;) {
        const qsizetype eol = m_buffer.indexOf('\n', m_pos);
        if (eol < 0) {
            if (m_buffer.size() - m_pos > kMaxHeaderBytes) {
                error(tr("A part's headers are longer than %1 bytes; skipped to the next boundary.")
                          .arg(kMaxHeaderBytes));
                skipGarbage(m_buffer.size() - m_pos);
                m_state = State::SeekBoundary;
                return true;
            }
            return false;
        }
        QByteArray line = m_buffer.mid(m_pos, eol - m_pos);
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty()) {
            m_pos = eol + 1;
            m_state = State::Body;
            m_scanOffset = 0;
            m_inEntropy = false;
            m_bodyKindKnown = false;
            m_bodyIsJpeg = false;
            m_searchOffset = 0;
            m_discarded = 0;
            if (m_contentLength && *m_contentLength > m_maxPartBytes) {
                error(tr("A frame of %1 bytes (%2 MiB) is larger than the %3 MiB limit; skipped.")
                          .arg(*m_contentLength)
                          .arg(mib(*m_contentLength))
                          .arg(mib(m_maxPartBytes)));
                m_state = State::SeekBoundary;
            }
            return true;
        }
        if (line.contains(m_boundary)) {
            // A new delimiter where headers were expected: the previous part was empty.
            m_state = State::SeekBoundary;
            return true;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon > 0) {
            const QByteArray name = line.left(colon).trimmed();
            const QByteArray value = line.mid(colon + 1).trimmed();
            m_headers.append({name, value});
            if (name.compare("Content-Length", Qt::CaseInsensitive) == 0) {
                bool ok = false;
                const qlonglong length = value.toLongLong(&ok);
                if (ok && length >= 0)
                    m_contentLength = static_cast<qsizetype>(length);
                else
                    error(tr("Ignored an invalid Content-Length '%1'.").arg(QString::fromLatin1(value.left(40))));
            }
        } else {
            m_garbageBytes += line.size();
        }
        m_pos = eol + 1;
        if (m_headers.size() > 100) {
            error(tr("A part has more than 100 header lines; skipped to the next boundary."));
            m_state = State::SeekBoundary;
            return true;
        }
    }
}

MultipartParser::Scan MultipartParser::scanJpeg(qsizetype &end)
{
    const qsizetype base = m_pos;
    const qsizetype size = m_buffer.size();
    qsizetype p = base + m_scanOffset;
    const char *data = m_buffer.constData();
    for (;;) {
        if (!m_inEntropy) {
            if (p + 1 >= size)
                break;
            if (byteAt(m_buffer, p) != 0xFF)
                return Scan::NotJpeg;
            const uchar marker = byteAt(m_buffer, p + 1);
            if (marker == 0xFF) { // fill byte
                ++p;
                continue;
            }
            if (marker == 0xD9) {
                end = p + 2;
                return Scan::Complete;
            }
            if (marker == 0xD8 || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                p += 2;
                continue;
            }
            if (p + 3 >= size)
                break;
            const qsizetype length = (qsizetype(byteAt(m_buffer, p + 2)) << 8) | byteAt(m_buffer, p + 3);
            if (length < 2)
                return Scan::NotJpeg;
            p += 2 + length;
            if (marker == 0xDA)
                m_inEntropy = true;
            continue;
        }
        // Entropy-coded data: only FF followed by something other than 00 / RSTn is a marker.
        if (p >= size)
            break;
        const void *hit = std::memchr(data + p, 0xFF, static_cast<size_t>(size - p));
        if (!hit) {
            p = size;
            break;
        }
        p = static_cast<const char *>(hit) - data;
        if (p + 1 >= size)
            break;
        const uchar marker = byteAt(m_buffer, p + 1);
        if (marker == 0x00 || (marker >= 0xD0 && marker <= 0xD7)) {
            p += 2;
        } else if (marker == 0xFF) {
            ++p;
        } else if (marker == 0xD9) {
            end = p + 2;
            return Scan::Complete;
        } else {
            m_inEntropy = false; // another segment (progressive JPEG: DHT, SOS, ...)
        }
    }
    m_scanOffset = p - base;
    return Scan::NeedMore;
}

void MultipartParser::emitPart(qsizetype length)
{
    if (m_latestOnly) {
        // Only remember where it is; the newest part is copied out once this feed is parsed.
        if (m_latestLength >= 0) {
            ++m_partsSkipped;
            m_bytesSkipped += m_latestLength;
        }
        m_latestStart = m_pos;
        m_latestLength = length;
        m_latestHeaders = std::move(m_headers);
        m_headers = {};
        ++m_partsParsed;
        m_pos += length;
        m_contentLength.reset();
        m_state = State::SeekBoundary;
        return;
    }
    Part part;
    part.body = m_buffer.mid(m_pos, length);
    part.headers = std::move(m_headers);
    m_headers = {};
    m_parts.push_back(std::move(part));
    ++m_partsParsed;
    m_pos += length;
    m_contentLength.reset();
    m_state = State::SeekBoundary;
}

qsizetype MultipartParser::findDelimiterInBody(qsizetype limit)
{
    // Searches only bytes not searched before (plus an overlap for a split boundary).
    const qsizetype overlap = m_boundary.size() + 4;
    const qsizetype from = m_pos + std::max<qsizetype>(0, m_searchOffset - overlap);
    const qsizetype to = std::min(limit, m_buffer.size());
    m_searchOffset = std::max(m_searchOffset, to - m_pos);
    if (to <= from)
        return -1;
    const qsizetype next = findDelimiterStart(from, to);
    if (next < 0)
        return -1;
    // Only trust a delimiter once its whole line is there.
    if (m_buffer.indexOf('\n', m_buffer.indexOf(m_boundary, next)) < 0) {
        m_searchOffset = next - m_pos;
        return -1;
    }
    return next;
}

bool MultipartParser::endsWithEoi(qsizetype end) const
{
    return end - m_pos >= 2 && byteAt(m_buffer, end - 2) == 0xFF && byteAt(m_buffer, end - 1) == 0xD9;
}

void MultipartParser::cutShort(qsizetype next, const QString &message)
{
    error(message);
    m_garbageBytes += next - m_pos;
    m_pos = next;
    m_contentLength.reset();
    m_state = State::SeekBoundary;
}

bool MultipartParser::stepBody()
{
    const qsizetype available = m_buffer.size() - m_pos;
    if (m_contentLength) {
        const qsizetype length = *m_contentLength;
        if (length == 0) {
            m_contentLength.reset();
            m_state = State::SeekBoundary;
            return true;
        }
        if (m_discarded > 0) {
            // The reader dropped part of this body unread: the rest of it follows in the buffer.
            const qsizetype rest = length - m_discarded;
            if (available < rest)
                return false;
            ++m_partsParsed;
            ++m_partsSkipped;
            m_bytesSkipped += length;
            m_pos += rest;
            m_discarded = 0;
            m_contentLength.reset();
            m_state = State::SeekBoundary;
            return true;
        }
        // Nothing is searched while the promised bytes arrive: a frame is looked into only once
        // it is all there, and then only when it does not look whole.
        if (available < length)
            return false;
        if (length >= 4 && byteAt(m_buffer, m_pos) == 0xFF && byteAt(m_buffer, m_pos + 1) == 0xD8
            && endsWithEoi(m_pos + length)) {
            emitPart(length); // a JPEG from SOI to EOI exactly as long as announced
            return true;
        }
        // Not a JPEG that ends where its length says: a boundary inside the promised length means
        // the frame was cut short (or the length was wrong).
        const qsizetype next = findDelimiterStart(m_pos, m_pos + length);
        if (next >= 0) {
            if (m_buffer.indexOf('\n', m_buffer.indexOf(m_boundary, next)) < 0)
                return false; // only trust a delimiter once its whole line is there
            if (endsWithEoi(next) && byteAt(m_buffer, m_pos) == 0xFF) {
                error(tr("A part's Content-Length said %1 bytes but it held %2; used the %2.")
                          .arg(length)
                          .arg(next - m_pos));
                emitPart(next - m_pos);
            } else {
                cutShort(next, tr("A frame was cut short: Content-Length said %1 bytes, the next part began after %2.")
                                   .arg(length)
                                   .arg(next - m_pos));
            }
            return true;
        }
        emitPart(length);
        return true;
    }

    if (!m_bodyKindKnown) {
        if (available < 2)
            return false;
        m_bodyIsJpeg = byteAt(m_buffer, m_pos) == 0xFF && byteAt(m_buffer, m_pos + 1) == 0xD8;
        m_bodyKindKnown = true;
    }
    if (m_bodyIsJpeg) {
        qsizetype end = -1;
        const Scan scan = scanJpeg(end);
        if (scan == Scan::Complete) {
            const qsizetype next = findDelimiterInBody(end);
            if (next >= 0) {
                cutShort(next, tr("A frame was cut short: the next part began before its JPEG end marker."));
                return true;
            }
            emitPart(end - m_pos);
            return true;
        }
        if (scan == Scan::NeedMore) {
            const qsizetype next = findDelimiterInBody(m_buffer.size());
            if (next >= 0) {
                cutShort(next, tr("A frame was cut short: the next part began before its JPEG end marker."));
                return true;
            }
            if (available > m_maxPartBytes) {
                error(tr("A frame without Content-Length grew past the %1 MiB limit without an end marker; skipped.")
                          .arg(mib(m_maxPartBytes)));
                skipGarbage(available);
                m_state = State::SeekBoundary;
                return true;
            }
            return false;
        }
        m_bodyIsJpeg = false; // not a well-formed JPEG: fall back to the boundary
    }
    // Not a JPEG: the body runs up to the next delimiter.
    const qsizetype next = findDelimiterInBody(m_buffer.size());
    if (next >= 0 && m_bodyKindKnown && byteAt(m_buffer, m_pos) == 0xFF && byteAt(m_buffer, m_pos + 1) == 0xD8) {
        // It began like a JPEG but its markers broke off: a frame cut short.
        cutShort(next, tr("A frame was cut short: its JPEG structure broke off before the next part."));
        return true;
    }
    if (next < 0) {
        if (available > m_maxPartBytes) {
            error(tr("A part grew past the %1 MiB limit without a boundary; skipped.").arg(mib(m_maxPartBytes)));
            skipGarbage(std::max<qsizetype>(0, available - m_boundary.size() - 4));
            m_searchOffset = 0;
            m_state = State::SeekBoundary;
            return true;
        }
        return false;
    }
    emitPart(next - m_pos);
    return true;
}

} // namespace reticle
