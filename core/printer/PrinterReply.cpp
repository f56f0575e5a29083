#include "PrinterReply.h"

#include <QPointer>
#include <QTimer>

namespace reticle {

PrinterReply::PrinterReply(QString method, QObject *parent)
    : QObject(parent)
    , m_method(std::move(method))
{
}

void PrinterReply::cancel()
{
    if (m_finished)
        return;
    emit cancelRequested();
    finishWithError(PrinterError::cancelled());
}

void PrinterReply::then(QObject *context, std::function<void(PrinterReply *)> handler)
{
    if (m_finished) {
        handler(this);
        deleteLater();
        return;
    }
    connect(this, &PrinterReply::finished, context, [this, handler = std::move(handler)] {
        handler(this);
        deleteLater();
    });
}

void PrinterReply::finishWithResult(const QJsonValue &result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_result = result;
    emit finished();
}

void PrinterReply::finishWithError(const PrinterError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    emit finished();
}

void PrinterReply::finishLaterWithError(const PrinterError &error)
{
    QTimer::singleShot(0, this, [this, error] { finishWithError(error); });
}

} // namespace reticle
