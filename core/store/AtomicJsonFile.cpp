#include "AtomicJsonFile.h"

#include "StoreLogging.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSaveFile>

namespace reticle {

AtomicJsonFile::AtomicJsonFile(const QString &path, int backupGenerations)
    : m_path(path)
    , m_generations(std::max(0, backupGenerations))
{
}

QStringList AtomicJsonFile::backupPaths() const
{
    QStringList paths;
    for (int i = 0; i < m_generations; ++i)
        paths << (i == 0 ? m_path + QStringLiteral(".bak") : m_path + QStringLiteral(".bak.%1").arg(i));
    return paths;
}

void AtomicJsonFile::lineColumn(const QByteArray &text, qsizetype offset, int *line, int *column)
{
    int l = 1, c = 1;
    offset = std::clamp<qsizetype>(offset, 0, text.size());
    for (qsizetype i = 0; i < offset; ++i) {
        const char ch = text.at(i);
        if (ch == '\n') {
            ++l;
            c = 1;
        } else if ((uchar(ch) & 0xC0) != 0x80) { // count characters, not UTF-8 continuation bytes
            ++c;
        }
    }
    *line = l;
    *column = c;
}

AtomicJsonFile::ReadResult AtomicJsonFile::read() const
{
    ReadResult result;
    const QString name = QFileInfo(m_path).fileName();
    QFile file(m_path);
    if (!file.exists()) {
        result.ok = true;
        result.missing = true;
        return result;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = tr("%1: cannot be read: %2.").arg(m_path, file.errorString());
        return result;
    }
    const QByteArray text = file.readAll();
    if (text.trimmed().isEmpty()) {
        result.error = tr("%1: the file is empty; expected a JSON object.").arg(m_path);
        return result;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        lineColumn(text, parseError.offset, &result.line, &result.column);
        result.error = tr("%1: line %2, column %3: %4 (the file is not valid JSON).")
                           .arg(m_path)
                           .arg(result.line)
                           .arg(result.column)
                           .arg(parseError.errorString());
        return result;
    }
    if (!doc.isObject()) {
        result.error = tr("%1: expected a JSON object at the top level, found %2.")
                           .arg(m_path, doc.isArray() ? tr("an array") : tr("something else"));
        return result;
    }
    Q_UNUSED(name)
    result.ok = true;
    result.object = doc.object();
    return result;
}

bool AtomicJsonFile::write(const QJsonObject &object, QString *error) const
{
    auto fail = [error](const QString &message) {
        qCWarning(lcStore) << message;
        if (error)
            *error = message;
        return false;
    };
    if (QFile::exists(m_path)) {
        const ReadResult current = read();
        if (!current.ok)
            return fail(tr("Not overwriting a file that does not parse. %1").arg(current.error));
        // Rotate the backups: drop the oldest, shift the others, copy the current file to .bak.
        const QStringList backups = backupPaths();
        if (!backups.isEmpty()) {
            QFile::remove(backups.last());
            for (qsizetype i = backups.size() - 1; i > 0; --i)
                if (QFile::exists(backups.at(i - 1)))
                    QFile::rename(backups.at(i - 1), backups.at(i));
            if (!QFile::copy(m_path, backups.first()))
                return fail(tr("%1: cannot keep the previous version as %2.").arg(m_path, backups.first()));
        }
    }
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("%1: cannot be written: %2.").arg(m_path, file.errorString()));
    file.write(QJsonDocument(object).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return fail(tr("%1: cannot be written: %2.").arg(m_path, file.errorString()));
    return true;
}

} // namespace reticle
