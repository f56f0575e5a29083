#include "SignalStateOverlay.h"

namespace reticle {

QString SignalStateOverlay::headline(const OverlayContext &c)
{
    switch (c.state) {
    case StreamState::Streaming:
        return {};
    case StreamState::Idle:
        return QCoreApplication::translate("SignalStateOverlay", "No camera");
    case StreamState::Connecting:
        return QCoreApplication::translate("SignalStateOverlay", "Connecting…");
    case StreamState::Stalled:
        return QCoreApplication::translate("SignalStateOverlay", "Stalled: no new frame");
    case StreamState::Reconnecting:
        if (c.retryInMs >= 0)
            return QCoreApplication::translate("SignalStateOverlay", "No signal: reconnecting in %1 s")
                .arg((c.retryInMs + 999) / 1000);
        return QCoreApplication::translate("SignalStateOverlay", "No signal: reconnecting");
    case StreamState::Failed:
        return QCoreApplication::translate("SignalStateOverlay", "No signal: the camera failed");
    }
    return {};
}

void SignalStateOverlay::paint(QPainter &painter, const OverlayContext &c)
{
    const QString title = headline(c);
    if (title.isEmpty())
        return;
    painter.save();
    if (!c.imageSize.isEmpty())
        painter.fillRect(c.widgetRect, QColor(0, 0, 0, 140)); // dim the stale picture
    QFont font = painter.font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    painter.setFont(font);
    const bool bad = c.state == StreamState::Reconnecting || c.state == StreamState::Failed
        || c.state == StreamState::Stalled;
    painter.setPen(bad ? QColor(255, 120, 100) : QColor(230, 230, 230));
    QRectF top = c.widgetRect;
    top.setBottom(c.widgetRect.center().y());
    painter.drawText(top, Qt::AlignHCenter | Qt::AlignBottom, title);
    if (!c.stateDetail.isEmpty() && c.state != StreamState::Idle) {
        QFont small = painter.font();
        small.setBold(false);
        small.setPointSizeF(small.pointSizeF() / 1.6);
        painter.setFont(small);
        painter.setPen(QColor(220, 220, 220));
        QRectF bottom = c.widgetRect.adjusted(20, 0, -20, 0);
        bottom.setTop(c.widgetRect.center().y() + 8);
        painter.drawText(bottom, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, c.stateDetail);
    }
    painter.restore();
}

} // namespace reticle
