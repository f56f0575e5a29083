#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace reticle {

// Typed reads of a parsed JSON object that remember the first problem as an operator-readable
// error naming the file, the key path (tools[2].offsetX) and what was expected.
class JsonValidator
{
    Q_DECLARE_TR_FUNCTIONS(JsonValidator)
public:
    explicit JsonValidator(const QString &file) : m_file(file) {}

    // Absent keys give std::nullopt without an error unless `required`.
    std::optional<double> number(const QJsonObject &o, const QString &key, const QString &path, bool required = false,
                                 double maxAbs = 1e6);
    std::optional<int> integer(const QJsonObject &o, const QString &key, const QString &path, bool required = false);
    std::optional<QString> string(const QJsonObject &o, const QString &key, const QString &path, bool required = false);
    std::optional<bool> boolean(const QJsonObject &o, const QString &key, const QString &path, bool required = false);
    // A number or null (null and absent give nullopt).
    std::optional<double> optionalNumber(const QJsonObject &o, const QString &key, const QString &path,
                                         double maxAbs = 1e6);

    void fail(const QString &path, const QString &expected, const QJsonValue &found);
    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

    static QString describe(const QJsonValue &value);

private:
    QString m_file;
    QString m_error;
};

} // namespace reticle
