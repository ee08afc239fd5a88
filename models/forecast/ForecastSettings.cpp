#include "forecast/ForecastSettings.h"

#include "store/Store.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace caseload {

namespace {

const QString SettingKey = QStringLiteral("forecast/settings");

QString kindName(Intervention::Kind kind)
{
    return kind == Intervention::Kind::LevelShift ? QStringLiteral("level") : QStringLiteral("trend");
}

} // namespace

ForecastSettings ForecastSettings::defaults()
{
    ForecastSettings settings;
    Intervention reform;
    reform.kind = Intervention::Kind::LevelShift;
    reform.month = QDate(2015, 5, 1);
    reform.label = QCoreApplication::translate("caseload::Forecast", "case-registration reform");
    settings.interventions.push_back(reform);
    return settings;
}

QString ForecastSettings::toJson() const
{
    QJsonArray list;
    for (const Intervention &iv : interventions) {
        QJsonObject item;
        item.insert(QStringLiteral("kind"), kindName(iv.kind));
        item.insert(QStringLiteral("month"), iv.month.toString(QStringLiteral("yyyy-MM")));
        item.insert(QStringLiteral("label"), iv.label);
        list.append(item);
    }
    QJsonObject root;
    root.insert(QStringLiteral("interventions"), list);
    root.insert(QStringLiteral("combineBestTwo"), combineBestTwo);
    root.insert(QStringLiteral("unlockTrend"), unlockTrend);
    return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Compact));
}

bool ForecastSettings::fromJson(const QString &json, ForecastSettings *out, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &parseError);
    const auto fail = [error](const QString &why) {
        if (error)
            *error = QCoreApplication::translate("caseload::Forecast", "Forecast settings: %1").arg(why);
        return false;
    };
    if (document.isNull())
        return fail(parseError.errorString());
    if (!document.isObject())
        return fail(QCoreApplication::translate("caseload::Forecast", "not a JSON object"));
    const QJsonObject root = document.object();
    ForecastSettings parsed;
    const QJsonArray list = root.value(QStringLiteral("interventions")).toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject item = list.at(i).toObject();
        Intervention iv;
        const QString kind = item.value(QStringLiteral("kind")).toString();
        if (kind == QLatin1String("level"))
            iv.kind = Intervention::Kind::LevelShift;
        else if (kind == QLatin1String("trend"))
            iv.kind = Intervention::Kind::TrendHinge;
        else
            return fail(QCoreApplication::translate("caseload::Forecast", "break %1: unknown kind “%2”")
                            .arg(i + 1)
                            .arg(kind));
        iv.month
            = QDate::fromString(item.value(QStringLiteral("month")).toString(), QStringLiteral("yyyy-MM"));
        if (!iv.month.isValid())
            return fail(
                QCoreApplication::translate("caseload::Forecast", "break %1: “%2” is not a month (YYYY-MM)")
                    .arg(i + 1)
                    .arg(item.value(QStringLiteral("month")).toString()));
        iv.label = item.value(QStringLiteral("label")).toString();
        parsed.interventions.push_back(iv);
    }
    parsed.combineBestTwo = root.value(QStringLiteral("combineBestTwo")).toBool(true);
    parsed.unlockTrend = root.value(QStringLiteral("unlockTrend")).toBool(false);
    *out = parsed;
    return true;
}

ForecastSettings ForecastSettings::load(const Store &store, QString *warning)
{
    QString error;
    const QString json = store.setting(SettingKey, &error);
    ForecastSettings settings = defaults();
    if (error.isEmpty() && !json.isEmpty())
        fromJson(json, &settings, &error);
    if (warning) {
        *warning = error.isEmpty()
            ? QString()
            : QCoreApplication::translate(
                "caseload::Forecast", "the saved forecast settings cannot be used (%1): the defaults are used instead")
                  .arg(error);
    }
    return settings;
}

ForecastSettings ForecastSettings::loadFrom(const QString &storeLocation, QString *warning)
{
    if (warning)
        warning->clear();
    // Store::open would create a missing SQLite file.
    if (storeLocation.isEmpty() || (!Store::isServerLocation(storeLocation) && !QFileInfo::exists(storeLocation)))
        return defaults();
    QString error;
    const std::unique_ptr<Store> store = Store::open(storeLocation, &error);
    if (store)
        return load(*store, warning);
    if (warning) {
        *warning = QCoreApplication::translate(
            "caseload::Forecast", "the saved forecast settings cannot be used (%1): the defaults are used instead")
                       .arg(error);
    }
    return defaults();
}

bool ForecastSettings::save(Store &store, QString *error) const
{
    return store.setSetting(SettingKey, toJson(), error);
}

} // namespace caseload
