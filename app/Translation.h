#pragma once

#include <QString>
#include <QStringView>

#include <optional>

class QCoreApplication;
class QSettings;

namespace caseload {

/// The user interface language the user chose (View ▸ Language).
enum class Language { System, Chinese, English };

/// The value stored under the "ui/language" setting: "system", "zh_CN" or "en".
QString languageKey(Language language);
std::optional<Language> languageFromKey(QStringView key);

/// The stored preference; System when unset or unknown.
Language languagePreference(const QSettings &settings);
void setLanguagePreference(QSettings &settings, Language language);

/// Whether `language` means Chinese on this machine (System: the system locale is Chinese).
bool isChinese(Language language);

/// Installs the translators for the preference stored in `settings`.
void installTranslator(QCoreApplication &app, const QSettings &settings);
/// Replaces the installed Caseload translators by those for `language` and sets the default
/// QLocale to match. Open widgets receive QEvent::LanguageChange.
void applyLanguage(QCoreApplication &app, Language language);

} // namespace caseload
