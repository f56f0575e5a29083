#include "GcodeLine.h"

#include <QRegularExpression>
#include <QStringList>

namespace reticle::sim {

namespace {

// Python's re.split with one capturing group: text between matches and the matches, alternating.
QStringList splitKeepingMatches(const QString &text, const QRegularExpression &pattern)
{
    QStringList parts;
    qsizetype last = 0;
    QRegularExpressionMatchIterator it = pattern.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        parts << text.mid(last, match.capturedStart() - last) << match.captured(1);
        last = match.capturedEnd();
    }
    parts << text.mid(last);
    return parts;
}

// A small shlex (posix, whitespace_split, commenters '#;') for extended parameters.
bool shellSplit(const QString &text, QStringList *words)
{
    QString current;
    bool inWord = false;
    QChar quote;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (!quote.isNull()) {
            if (c == quote) {
                quote = QChar();
            } else if (c == QLatin1Char('\\') && quote == QLatin1Char('"') && i + 1 < text.size()) {
                current += text.at(++i);
            } else {
                current += c;
            }
            continue;
        }
        if (c == QLatin1Char('#') || c == QLatin1Char(';'))
            break;
        if (c.isSpace()) {
            if (inWord) {
                *words << current;
                current.clear();
                inWord = false;
            }
            continue;
        }
        inWord = true;
        if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            quote = c;
        } else if (c == QLatin1Char('\\') && i + 1 < text.size()) {
            current += text.at(++i);
        } else {
            current += c;
        }
    }
    if (!quote.isNull())
        return false; // "No closing quotation"
    if (inWord)
        *words << current;
    return true;
}

} // namespace

bool GcodeLine::isTraditionalCommand(const QString &command)
{
    const QString first = command.toUpper().split(QLatin1Char(' '), Qt::SkipEmptyParts).value(0);
    if (first.size() < 2)
        return false;
    bool ok = false;
    first.mid(1).toDouble(&ok);
    return ok && first.at(0).isUpper() && first.at(1).isDigit();
}

GcodeLine GcodeLine::parse(const QString &rawLine)
{
    static const QRegularExpression argsPattern(QStringLiteral("([A-Z_]+|[A-Z*])"));
    GcodeLine result;
    QString line = rawLine.trimmed();
    result.m_commandLine = line;
    const qsizetype comment = line.indexOf(QLatin1Char(';'));
    if (comment >= 0)
        line = line.left(comment);
    const QStringList parts = splitKeepingMatches(line.toUpper(), argsPattern);
    if (parts.size() >= 2 && parts.at(0) + parts.at(1) == QLatin1String("N")) {
        result.m_command = (parts.value(3) + parts.value(4)).trimmed();
    } else {
        result.m_command = (parts.value(0) + parts.value(1) + parts.value(2)).trimmed();
    }
    for (qsizetype i = 1; i + 1 < parts.size(); i += 2)
        result.m_params.insert(parts.at(i), parts.at(i + 1).trimmed());
    result.m_traditional = isTraditionalCommand(result.m_command);

    if (!result.m_command.isEmpty() && !result.m_traditional) {
        // Extended command: KEY=VALUE pairs from the raw text after the command name.
        const QString &origline = result.m_commandLine;
        qsizetype start = result.m_command.size();
        qsizetype end = origline.size();
        if (origline.left(start).toUpper() != result.m_command) {
            start += origline.toUpper().indexOf(result.m_command);
            const qsizetype star = origline.lastIndexOf(QLatin1Char('*'));
            if (star >= 0) {
                bool digits = false;
                origline.mid(star + 1).toInt(&digits);
                if (digits)
                    end = star;
            }
        }
        if (start < origline.size() && origline.at(start).isSpace())
            ++start;
        const QString raw = origline.mid(start, end - start);
        QStringList words;
        result.m_params.clear();
        if (!shellSplit(raw, &words)) {
            result.m_wellFormed = false;
            return result;
        }
        for (const QString &word : words) {
            const qsizetype eq = word.indexOf(QLatin1Char('='));
            if (eq < 0) {
                result.m_wellFormed = false;
                result.m_params.clear();
                return result;
            }
            result.m_params.insert(word.left(eq).toUpper(), word.mid(eq + 1));
        }
    }
    return result;
}

} // namespace reticle::sim
