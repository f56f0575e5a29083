#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

namespace reticle {

// An error from the printer link as a value. Errors that Moonraker sent carry its code and
// message unchanged (e.g. 400 "Move out of range: ...", -32602 "Unauthorized"); errors the
// client itself detects use the negative codes below, which Moonraker never sends.
struct PrinterError
{
    Q_DECLARE_TR_FUNCTIONS(PrinterError)
public:
    static constexpr int kNotConnected = -1;   // nothing sent: the socket is not open
    static constexpr int kConnectionLost = -2; // the socket closed while the request was pending
    static constexpr int kTimeout = -3;        // no reply within the request's timeout
    static constexpr int kCancelled = -4;      // the caller cancelled the request
    static constexpr int kRefused = -5;        // the motion guard refused the move; nothing sent
    static constexpr int kBadReply = -6;       // the reply did not have the expected shape

    int code = 0;
    QString message;

    // "Unauthorized (-32602)": what the operator sees.
    QString toString() const;
    bool isClientSide() const { return code >= kBadReply && code <= kNotConnected; }
    bool isUnauthorized() const { return code == -32602; }

    static PrinterError notConnected();
    static PrinterError connectionLost(const QString &detail = {});
    static PrinterError timeout(int timeoutMs);
    static PrinterError cancelled();
    static PrinterError refused(const QString &reason);
    static PrinterError badReply(const QString &detail);

    friend bool operator==(const PrinterError &, const PrinterError &) = default;
};

} // namespace reticle

Q_DECLARE_METATYPE(reticle::PrinterError)
