#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace reticle {

// A JSON file the operator owns: read with precise errors, written atomically (QSaveFile) after
// keeping the previous versions as `<file>.bak` (newest), `<file>.bak.1`, ... A file that exists
// but does not parse is never overwritten: write() refuses and says why.
class AtomicJsonFile
{
    Q_DECLARE_TR_FUNCTIONS(AtomicJsonFile)
public:
    struct ReadResult
    {
        bool ok = false;
        bool missing = false; // the file does not exist (ok, empty object)
        QJsonObject object;
        QString error;        // names the file, the line/column and what was expected
        int line = 0;         // 1-based, 0 when not applicable
        int column = 0;
    };

    explicit AtomicJsonFile(const QString &path, int backupGenerations = 3);

    ReadResult read() const;
    bool write(const QJsonObject &object, QString *error = nullptr) const;

    QString path() const { return m_path; }
    // Backup file names, newest first (whether they exist or not).
    QStringList backupPaths() const;

    // 1-based line and column of a byte offset (QJsonParseError::offset) in UTF-8 text.
    static void lineColumn(const QByteArray &text, qsizetype offset, int *line, int *column);

private:
    QString m_path;
    int m_generations;
};

} // namespace reticle
