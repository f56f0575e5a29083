// Every UI string is translated: the committed .ts files hold exactly the strings lupdate finds in
// the sources today, each with a finished German and Czech translation.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    QString translationType; // "", "unfinished", "vanished", "obsolete"
    QStringList translations; // one, or the numerus forms
};

QList<Message> readTs(const QString &path, QString *error)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot open %1").arg(path);
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("context")) {
                context.clear();
            } else if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                current = Message{context, {}, {}, {}, {}};
            } else if (name == QLatin1String("source")) {
                current.source = xml.readElementText();
            } else if (name == QLatin1String("comment")) {
                current.comment = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                current.translationType = xml.attributes().value(QLatin1String("type")).toString();
                // either plain text or <numerusform> children
                QString text;
                while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) && !xml.atEnd()) {
                    xml.readNext();
                    if (xml.isCharacters())
                        text += xml.text();
                    else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                        current.translations.append(xml.readElementText());
                }
                if (current.translations.isEmpty())
                    current.translations.append(text);
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            messages.append(current);
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return messages;
}

QString key(const Message &m)
{
    return m.context + QStringLiteral(" | ") + m.source + QStringLiteral(" | ") + m.comment;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString extracted = m_dir.filePath(QStringLiteral("extracted.ts"));
        const QString src = QStringLiteral(RETICLE_SOURCE_DIR);
        QProcess lupdate;
        // Same arguments as scripts/update-translations.
        lupdate.start(QStringLiteral(RETICLE_LUPDATE),
                      {src + QStringLiteral("/app"), src + QStringLiteral("/widgets"), src + QStringLiteral("/core"),
                       src + QStringLiteral("/sim"), QStringLiteral("-extensions"), QStringLiteral("cpp,h"),
                       QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-no-obsolete"),
                       QStringLiteral("-silent"), QStringLiteral("-ts"), extracted});
        QVERIFY(lupdate.waitForFinished(120000));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());
        QString error;
        m_extracted = readTs(extracted, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(m_extracted.size() > 20, "lupdate found almost no strings; are the sources scanned?");
    }

    void everyStringIsTranslated_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("German") << QStringLiteral("de");
        QTest::newRow("Czech") << QStringLiteral("cs");
    }

    void everyStringIsTranslated()
    {
        QFETCH(QString, language);
        const QString path = QStringLiteral(RETICLE_SOURCE_DIR "/translations/reticle_%1.ts").arg(language);
        QString error;
        const QList<Message> committed = readTs(path, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        QSet<QString> committedKeys;
        QStringList problems;
        for (const Message &m : committed) {
            committedKeys.insert(key(m));
            if (!m.translationType.isEmpty())
                problems << QStringLiteral("%1: %2").arg(m.translationType, key(m));
            else if (m.translations.isEmpty() || std::any_of(m.translations.cbegin(), m.translations.cend(),
                                                             [](const QString &t) { return t.trimmed().isEmpty(); }))
                problems << QStringLiteral("empty: %1").arg(key(m));
        }
        QSet<QString> extractedKeys;
        for (const Message &m : std::as_const(m_extracted)) {
            extractedKeys.insert(key(m));
            if (!committedKeys.contains(key(m)))
                problems << QStringLiteral("missing (run scripts/update-translations): %1").arg(key(m));
        }
        for (const QString &k : std::as_const(committedKeys)) {
            if (!extractedKeys.contains(k))
                problems << QStringLiteral("no longer in the sources: %1").arg(k);
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void placeholdersSurviveTranslation()
    {
        // A translation that drops or adds %1 breaks QString::arg at run time.
        static const QRegularExpression placeholder(QStringLiteral("%(\\d+|n)"));
        for (const QString &language : {QStringLiteral("de"), QStringLiteral("cs")}) {
            QString error;
            const auto committed = readTs(QStringLiteral(RETICLE_SOURCE_DIR "/translations/reticle_%1.ts").arg(language), &error);
            for (const Message &m : committed) {
                QSet<QString> expected;
                for (auto it = placeholder.globalMatch(m.source); it.hasNext();)
                    expected.insert(it.next().captured());
                for (const QString &t : m.translations) {
                    QSet<QString> found;
                    for (auto it = placeholder.globalMatch(t); it.hasNext();)
                        found.insert(it.next().captured());
                    QVERIFY2(found == expected, qPrintable(QStringLiteral("%1: placeholders differ in '%2' -> '%3'")
                                                               .arg(language, m.source, t)));
                }
            }
        }
    }

private:
    QTemporaryDir m_dir;
    QList<Message> m_extracted;
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
