#include "FilterState.h"

#include <QSettings>

#include <array>
#include <utility>

namespace caseload {

namespace {

constexpr std::array<std::pair<FilterState::Preset, const char *>, 5> presetKeys {{
    {FilterState::Preset::ThisMonth, "this_month"},
    {FilterState::Preset::ThisYear, "this_year"},
    {FilterState::Preset::Last12Months, "last_12_months"},
    {FilterState::Preset::AllData, "all"},
    {FilterState::Preset::Custom, "custom"},
}};

const QString monthFormat = QStringLiteral("yyyy-MM");

QString key(const char *name)
{
    return QStringLiteral("filter/") + QLatin1String(name);
}

QDate readMonth(const QSettings &settings, const char *name)
{
    const QDate d = QDate::fromString(settings.value(key(name)).toString(), monthFormat);
    return d.isValid() ? QDate(d.year(), d.month(), 1) : QDate();
}

QStringList readList(const QSettings &settings, const char *name)
{
    QStringList list = settings.value(key(name)).toStringList();
    list.removeAll(QString());
    return list;
}

} // namespace

QString FilterState::presetKey(Preset preset)
{
    for (const auto &[p, name] : presetKeys) {
        if (p == preset)
            return QLatin1String(name);
    }
    return {};
}

std::optional<FilterState::Preset> FilterState::presetFromKey(QStringView key)
{
    for (const auto &[p, name] : presetKeys) {
        if (key == QLatin1String(name))
            return p;
    }
    return std::nullopt;
}

void FilterState::save(QSettings &settings) const
{
    settings.setValue(key("preset"), presetKey(preset));
    settings.setValue(
        key("custom_from"), customFrom.isValid() ? customFrom.toString(monthFormat) : QString());
    settings.setValue(key("custom_to"), customTo.isValid() ? customTo.toString(monthFormat) : QString());
    settings.setValue(key("courts"), courts);
    settings.setValue(key("court_groups"), courtGroups);
    QStringList typeValues;
    for (CaseType t : types)
        typeValues.append(QString::number(int(t)));
    settings.setValue(key("types"), typeValues);
    settings.setValue(key("as_of"), asOf.isValid() ? asOf.toString(Qt::ISODate) : QString());
}

void FilterState::restore(QSettings &settings)
{
    *this = FilterState();
    if (const auto p = presetFromKey(settings.value(key("preset")).toString()))
        preset = *p;
    customFrom = readMonth(settings, "custom_from");
    customTo = readMonth(settings, "custom_to");
    if (customFrom.isValid() && customTo.isValid() && customTo < customFrom)
        std::swap(customFrom, customTo);
    courts = readList(settings, "courts");
    courtGroups = readList(settings, "court_groups");
    for (const QString &value : readList(settings, "types")) {
        bool ok = false;
        const int t = value.toInt(&ok);
        if (ok && t >= 0 && t < CaseTypeCount && !types.contains(CaseType(t)))
            types.append(CaseType(t));
    }
    asOf = QDate::fromString(settings.value(key("as_of")).toString(), Qt::ISODate);
}

} // namespace caseload
