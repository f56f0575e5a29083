#include "Frame.h"

#include <opencv2/core.hpp>

namespace reticle {

QByteArray Frame::header(const QByteArray &name) const
{
    for (const auto &entry : headers) {
        if (entry.first.compare(name, Qt::CaseInsensitive) == 0)
            return entry.second;
    }
    return {};
}

cv::Mat Frame::mat() const
{
    if (image.isNull())
        return {};
    // constBits() does not detach; OpenCV only needs a non-const pointer for its header type.
    return cv::Mat(image.height(), image.width(), CV_8UC4, const_cast<uchar *>(image.constBits()),
                   static_cast<size_t>(image.bytesPerLine()));
}

} // namespace reticle
