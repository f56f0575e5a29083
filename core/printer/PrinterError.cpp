#include "PrinterError.h"

namespace reticle {

QString PrinterError::toString() const
{
    if (isClientSide())
        return message;
    //: a printer error: Moonraker's message, then its numeric code
    return tr("%1 (%2)").arg(message).arg(code);
}

PrinterError PrinterError::notConnected()
{
    return {kNotConnected, tr("Not connected to the printer.")};
}

PrinterError PrinterError::connectionLost(const QString &detail)
{
    if (detail.isEmpty())
        return {kConnectionLost, tr("The connection to Moonraker was lost.")};
    return {kConnectionLost, tr("The connection to Moonraker was lost: %1").arg(detail)};
}

PrinterError PrinterError::timeout(int timeoutMs)
{
    return {kTimeout, tr("No reply from Moonraker within %1 s.").arg(timeoutMs / 1000.0, 0, 'f', 1)};
}

PrinterError PrinterError::cancelled()
{
    return {kCancelled, tr("The request was cancelled.")};
}

PrinterError PrinterError::refused(const QString &reason)
{
    return {kRefused, reason};
}

PrinterError PrinterError::badReply(const QString &detail)
{
    return {kBadReply, tr("Unexpected reply from Moonraker: %1").arg(detail)};
}

} // namespace reticle
