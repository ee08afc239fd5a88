#pragma once

#include "domain/CaseType.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

class QSettings;

namespace caseload {

/// What the filter bar shows, as the user chose it (a preset rather than the dates it resolves to),
/// so that "Last 12 months" still means the latest twelve after next month's import. Persisted
/// between runs under the "filter/" keys of the application settings.
struct FilterState
{
    /// The period presets, relative to the latest month of the data.
    enum class Preset {
        ThisMonth, ///< the latest month
        ThisYear, ///< January of the latest month's year to the latest month
        Last12Months, ///< the 12 months ending with the latest month
        AllData, ///< every month of the data (CaseFilter::from and to invalid)
        Custom, ///< customFrom's month to customTo's month
    };

    Preset preset = Preset::Last12Months;
    QDate customFrom; ///< first day of the first month (Custom)
    QDate customTo; ///< first day of the last month (Custom)
    QStringList courts; ///< court names; empty: all courts
    QStringList courtGroups; ///< user-defined group names
    QList<CaseType> types; ///< empty: all types
    QDate asOf; ///< invalid: the period's end

    /// The key stored for `preset` ("this_month", "this_year", "last_12_months", "all", "custom").
    static QString presetKey(Preset preset);
    static std::optional<Preset> presetFromKey(QStringView key);

    /// Writes every field under "filter/" in `settings`.
    void save(QSettings &settings) const;
    /// Reads what save() wrote; missing or unreadable values keep their defaults. Court names are
    /// kept as stored: the filter bar drops those its table does not have.
    void restore(QSettings &settings);

    friend bool operator==(const FilterState &, const FilterState &) = default;
};

} // namespace caseload
