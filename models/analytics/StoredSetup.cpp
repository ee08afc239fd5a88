#include "StoredSetup.h"

#include "store/Store.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

namespace caseload::storedSetup {

bool loadSettings(const Store &store, IndicatorSettings *settings, QString *error)
{
    *settings = IndicatorSettings();
    QString readError;
    const QString text = store.setting(QString::fromLatin1(SettingsKey), &readError);
    if (!readError.isEmpty()) {
        *error = readError;
        return false;
    }
    if (text.isEmpty())
        return true;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (!doc.isObject()) {
        *error = QCoreApplication::translate(
            "StoredSetup", "the stored indicator settings are not valid JSON: %1")
                     .arg(parseError.errorString());
        return false;
    }
    return IndicatorSettings::fromJson(doc.object(), settings, error);
}

bool saveSettings(Store &store, const IndicatorSettings &settings, QString *error)
{
    const QByteArray json = QJsonDocument(settings.toJson()).toJson(QJsonDocument::Compact);
    return store.setSetting(QString::fromLatin1(SettingsKey), QString::fromUtf8(json), error);
}

bool load(const Store &store, AnalyticsInput *input, QString *error)
{
    if (!loadSettings(store, &input->settings, error))
        return false;
    error->clear();
    input->courtGroups = store.courtGroups(error);
    if (!error->isEmpty())
        return false;
    input->petitions = store.petitions(error);
    return error->isEmpty();
}

} // namespace caseload::storedSetup
