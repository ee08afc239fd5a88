#include "Translation.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace caseload {

namespace {

const QString settingKey = QStringLiteral("ui/language");
// Marks the translators installed here, so that a language switch removes exactly those.
const QString translatorName = QStringLiteral("caseload-translator");

void installOne(QCoreApplication &app, const QString &fileName, const QString &directory)
{
    auto *translator = new QTranslator(&app);
    translator->setObjectName(translatorName);
    if (translator->load(fileName, directory) && QCoreApplication::installTranslator(translator))
        return;
    delete translator;
}

} // namespace

QString languageKey(Language language)
{
    switch (language) {
    case Language::Chinese:
        return QStringLiteral("zh_CN");
    case Language::English:
        return QStringLiteral("en");
    case Language::System:
        break;
    }
    return QStringLiteral("system");
}

std::optional<Language> languageFromKey(QStringView key)
{
    for (Language language : {Language::System, Language::Chinese, Language::English}) {
        if (key == languageKey(language))
            return language;
    }
    return std::nullopt;
}

Language languagePreference(const QSettings &settings)
{
    return languageFromKey(settings.value(settingKey).toString()).value_or(Language::System);
}

void setLanguagePreference(QSettings &settings, Language language)
{
    settings.setValue(settingKey, languageKey(language));
}

bool isChinese(Language language)
{
    if (language == Language::System)
        return QLocale::system().language() == QLocale::Chinese;
    return language == Language::Chinese;
}

void installTranslator(QCoreApplication &app, const QSettings &settings)
{
    applyLanguage(app, languagePreference(settings));
}

// Installing or removing a translator sends QEvent::LanguageChange to every open widget.
void applyLanguage(QCoreApplication &app, Language language)
{
    const auto installed = app.findChildren<QTranslator *>(translatorName, Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : installed) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }

    if (isChinese(language)) {
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::SimplifiedChineseScript, QLocale::China));
        installOne(app, QStringLiteral("qtbase_zh_CN"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
        installOne(app, QStringLiteral("caseload_zh_CN"), QStringLiteral(":/i18n"));
    } else if (language == Language::English) {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        installOne(app, QStringLiteral("caseload_en"), QStringLiteral(":/i18n")); // plural forms only
    } else {
        QLocale::setDefault(QLocale::system());
        installOne(app, QStringLiteral("caseload_en"), QStringLiteral(":/i18n"));
    }
}

} // namespace caseload
