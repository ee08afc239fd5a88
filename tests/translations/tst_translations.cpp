#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>

namespace {

/// One <message> of a .ts file.
struct Message
{
    QString context;
    QString source;
    QString type; ///< "", "unfinished", "vanished", "obsolete"
    QStringList translations; ///< one, or the numerus forms
};

QList<Message> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    bool numerus = false;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && xml.name() == u"message") {
            messages.append(message);
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QStringView name = xml.name();
        if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            message = Message {context, {}, {}, {}};
            numerus = xml.attributes().value(QLatin1String("numerus")) == u"yes";
        } else if (name == u"source") {
            message.source = xml.readElementText();
        } else if (name == u"translation") {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            // Numerus messages hold <numerusform> elements, read as they come.
            if (!numerus)
                message.translations.append(xml.readElementText());
        } else if (name == u"numerusform") {
            message.translations.append(xml.readElementText());
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

/// "context: source (why)" for every message a user would see untranslated.
QStringList problems(const QList<Message> &messages)
{
    QStringList found;
    for (const Message &m : messages) {
        if (m.type == u"vanished" || m.type == u"obsolete")
            continue;
        QString why;
        if (m.type == u"unfinished")
            why = QStringLiteral("unfinished");
        else if (m.translations.isEmpty()
            || std::any_of(m.translations.cbegin(), m.translations.cend(),
                [](const QString &t) { return t.trimmed().isEmpty(); }))
            why = QStringLiteral("empty translation");
        if (!why.isEmpty())
            found << QStringLiteral("%1: \"%2\" (%3)").arg(m.context, m.source, why);
    }
    return found;
}

/// The messages of a copy of `tsFile` that lupdate (with `options`) has brought up to date with the
/// sources: what the .ts file would be after the update_translations targets.
QList<Message> updatedCopy(const QString &tsFile, const QStringList &options, QString *error)
{
    QTemporaryDir dir;
    const QString copy = dir.filePath(QFileInfo(tsFile).fileName());
    if (!dir.isValid() || !QFile::copy(tsFile, copy)) {
        *error = QStringLiteral("cannot copy %1").arg(tsFile);
        return {};
    }
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QProcess lupdate;
    lupdate.start(QStringLiteral(CASELOAD_LUPDATE),
        options
            + QStringList {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                QStringLiteral("-silent"), QStringLiteral("@" CASELOAD_TS_SOURCES), QStringLiteral("-ts"), copy});
    if (!lupdate.waitForFinished(120000) || lupdate.exitStatus() != QProcess::NormalExit
        || lupdate.exitCode() != 0) {
        *error = QStringLiteral("lupdate failed: %1 %2")
                     .arg(lupdate.errorString(), QString::fromLocal8Bit(lupdate.readAllStandardError()));
        return {};
    }
    return readTs(copy, error);
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyEntryIsTranslated();
    void sourcesHaveNoNewStrings();
    void checkerCatchesProblems();
    void englishPluralsComplete();
};

void TestTranslations::everyEntryIsTranslated()
{
    QString error;
    const QList<Message> messages = readTs(QStringLiteral(CASELOAD_TS_FILE), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!messages.isEmpty());
    const QStringList found = problems(messages);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
}

void TestTranslations::sourcesHaveNoNewStrings()
{
    QString error;
    const QList<Message> messages = updatedCopy(QStringLiteral(CASELOAD_TS_FILE), {}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QStringList found = problems(messages);
    QVERIFY2(found.isEmpty(),
        qPrintable(QStringLiteral("strings without a translation; run the update_translations target and "
                                  "translate them:\n")
            + found.join(u'\n')));
}

// The checker itself: a hand-written .ts with one good, one unfinished, one empty and one vanished
// entry must yield exactly three problems.
void TestTranslations::checkerCatchesProblems()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sample.ts"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"(<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Ctx</name>
    <message><source>Filed</source><translation>立案</translation></message>
    <message><source>Closed</source><translation type="unfinished">结案</translation></message>
    <message><source>Pending</source><translation></translation></message>
    <message><source>Old</source><translation type="vanished">旧</translation></message>
    <message numerus="yes"><source>%n case(s)</source><translation><numerusform>%n 件</numerusform></translation></message>
    <message numerus="yes"><source>%n row(s)</source><translation><numerusform></numerusform></translation></message>
</context>
</TS>
)");
    file.close();
    QString error;
    const QList<Message> messages = readTs(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(messages.size(), 6);
    QCOMPARE(messages.at(0).translations, QStringList {QString::fromUtf8("立案")});
    QCOMPARE(problems(messages),
        (QStringList {QStringLiteral("Ctx: \"Closed\" (unfinished)"),
            QStringLiteral("Ctx: \"Pending\" (empty translation)"),
            QStringLiteral("Ctx: \"%n row(s)\" (empty translation)")}));
}

// English shows the %n strings through caseload_en.ts, which holds only them (lupdate -pluralonly):
// every one in the sources is there with a singular and a plural form, and none still says "(s)".
void TestTranslations::englishPluralsComplete()
{
    QString error;
    const QList<Message> messages
        = updatedCopy(QStringLiteral(CASELOAD_EN_TS_FILE), {QStringLiteral("-pluralonly")}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(messages.size() >= 10);
    const QStringList found = problems(messages);
    QVERIFY2(found.isEmpty(),
        qPrintable(QStringLiteral("strings without English plural forms; run the update_translations_en target "
                                  "and fill them in:\n")
            + found.join(u'\n')));
    for (const Message &m : messages) {
        QVERIFY2(m.translations.size() == 2, qPrintable(m.source));
        for (const QString &form : m.translations) {
            QVERIFY2(!form.contains(QStringLiteral("(s)")), qPrintable(form));
            QVERIFY2(form.contains(QStringLiteral("%n")) || form.contains(QStringLiteral("%Ln")), qPrintable(form));
        }
    }
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
