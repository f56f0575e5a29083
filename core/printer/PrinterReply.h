#pragma once

#include "PrinterError.h"

#include <QJsonValue>
#include <QObject>

#include <functional>
#include <optional>

namespace reticle {

// One request to the printer, like QNetworkReply: finished() is emitted exactly once, with
// either a result or a PrinterError. The link that created it is its parent; call
// deleteLater() (or use then()) once done with it.
class PrinterReply : public QObject
{
    Q_OBJECT
public:
    PrinterReply(QString method, QObject *parent = nullptr);

    QString method() const { return m_method; }
    bool isFinished() const { return m_finished; }
    bool isError() const { return m_error.has_value(); }
    std::optional<PrinterError> error() const { return m_error; }
    QJsonValue result() const { return m_result; }

    // Stops waiting: finishes with PrinterError::kCancelled. The request itself cannot be
    // recalled from the printer (a queued move still runs; use the emergency stop for that).
    void cancel();

    // Runs `handler` once finished (at once if already finished) and deletes the reply later.
    void then(QObject *context, std::function<void(PrinterReply *)> handler);

    // For links and the motion guard.
    void finishWithResult(const QJsonValue &result);
    void finishWithError(const PrinterError &error);
    // Finishes from the event loop, so that callers can connect to finished() first.
    void finishLaterWithError(const PrinterError &error);

signals:
    void finished();
    void cancelRequested();

private:
    QString m_method;
    bool m_finished = false;
    std::optional<PrinterError> m_error;
    QJsonValue m_result;
};

} // namespace reticle
