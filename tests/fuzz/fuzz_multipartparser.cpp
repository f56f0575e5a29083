// libFuzzer target for MultipartParser: arbitrary bytes, arbitrary boundaries, arbitrary chunk
// splits. Checks that the parser never crashes, never hands out a part above its cap and never
// buffers much more than the cap.

#include "camera/MultipartParser.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using reticle::MultipartParser;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    // Byte 0 picks the boundary style (low bits) and latest-only mode (high bit), byte 1 the
    // chunk size pattern.
    static const char *const boundaries[] = {"boundarydonotcross", "--frame", "\"quoted\"",
                                             "123456789000000000000987654321", "", "b"};
    const char *boundary = boundaries[(data[0] & 0x7F) % 6];
    const size_t chunkSeed = data[1];
    const bool latestOnly = (data[0] & 0x80) != 0; // the mode the live MJPEG source uses
    data += 2;
    size -= 2;

    constexpr qsizetype kCap = 64 * 1024;
    MultipartParser parser(QByteArray(boundary), kCap);
    parser.setLatestOnly(latestOnly);
    size_t offset = 0;
    size_t step = 1 + chunkSeed % 97;
    while (offset < size) {
        const size_t n = std::min(step, size - offset);
        parser.feed(QByteArrayView(reinterpret_cast<const char *>(data) + offset, static_cast<qsizetype>(n)));
        offset += n;
        step = 1 + (step * 31 + chunkSeed) % 1024;
        for (const auto &part : parser.takeParts()) {
            if (part.body.size() > kCap)
                std::abort(); // a part above the cap got through
        }
        if (parser.bufferedBytes() > kCap + MultipartParser::kMaxHeaderBytes + 2048)
            std::abort(); // the buffer grew past what the cap allows
        parser.takeErrors();
    }
    parser.finish();
    parser.takeParts();
    parser.takeErrors();
    return 0;
}
