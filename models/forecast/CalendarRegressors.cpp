#include "forecast/CalendarRegressors.h"

#include "domain/SpringFestival.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <utility>

namespace caseload {

namespace {

constexpr int HolidayDays = 7;

bool separateDecember(const RegressorOptions &options)
{
    return options.december && !options.monthDummies;
}

int monthIndex(QDate origin, QDate date)
{
    return (date.year() - origin.year()) * 12 + (date.month() - origin.month());
}

} // namespace

CalendarRegressors::CalendarRegressors(QDate origin, RegressorOptions options)
    : m_origin(origin.isValid() ? QDate(origin.year(), origin.month(), 1) : QDate(2000, 1, 1))
    , m_options(std::move(options))
{ }

int CalendarRegressors::columnCount() const
{
    return 1 + (m_options.trend ? 1 : 0) + (m_options.monthDummies ? 11 : 0)
        + (m_options.springFestival ? 1 : 0) + (separateDecember(m_options) ? 1 : 0)
        + static_cast<int>(m_options.interventions.size());
}

double CalendarRegressors::springFestivalShare(QDate month)
{
    if (!month.isValid())
        return 0;
    const QDate start(month.year(), month.month(), 1);
    const QDate end = start.addMonths(1).addDays(-1);
    int days = 0;
    // The holiday week can start in the previous Gregorian year only if the festival is on
    // 1 January, which the table never has; checking both years is cheap and safe.
    for (int year : {month.year(), month.year() + 1}) {
        const QDate festival = SpringFestival::date(year);
        if (!festival.isValid())
            continue;
        for (int d = -1; d < HolidayDays - 1; ++d) {
            const QDate day = festival.addDays(d);
            if (day >= start && day <= end)
                ++days;
        }
    }
    return static_cast<double>(days) / HolidayDays;
}

Eigen::MatrixXd CalendarRegressors::matrix(int firstIndex, int count) const
{
    Eigen::MatrixXd x = Eigen::MatrixXd::Zero(std::max(count, 0), columnCount());
    // Months counted from year 0 with plain integers: QDate arithmetic per row would dominate the
    // cost of a backtest that builds this matrix at every origin.
    const int originMonths = m_origin.year() * 12 + m_origin.month() - 1;
    std::vector<int> breaks;
    for (const Intervention &iv : m_options.interventions)
        breaks.push_back(monthIndex(m_origin, iv.month));
    for (int row = 0; row < count; ++row) {
        const int t = firstIndex + row;
        const int absolute = originMonths + t;
        const int year = absolute >= 0 ? absolute / 12 : -((11 - absolute) / 12);
        const int month = absolute - year * 12 + 1;
        int col = 0;
        x(row, col++) = 1.0;
        if (m_options.trend)
            x(row, col++) = t;
        if (m_options.monthDummies) {
            if (month > 1)
                x(row, col + month - 2) = 1.0;
            col += 11;
        }
        if (m_options.springFestival) {
            // The holiday week (eve to the fifth day) falls in January or February only.
            x(row, col++) = month <= 2 ? springFestivalShare(QDate(year, month, 1)) : 0.0;
        }
        if (separateDecember(m_options))
            x(row, col++) = month == 12 ? 1.0 : 0.0;
        for (size_t i = 0; i < breaks.size(); ++i) {
            const int since = t - breaks[i];
            if (m_options.interventions[i].kind == Intervention::Kind::LevelShift)
                x(row, col++) = since >= 0 ? 1.0 : 0.0;
            else
                x(row, col++) = since > 0 ? since : 0.0;
        }
    }
    return x;
}

QStringList CalendarRegressors::columnNames() const
{
    QStringList names;
    names << QCoreApplication::translate("caseload::Forecast", "intercept");
    if (m_options.trend)
        names << QCoreApplication::translate("caseload::Forecast", "trend (per month)");
    if (m_options.monthDummies) {
        const QLocale locale;
        for (int m = 2; m <= 12; ++m) {
            if (m == 12 && m_options.december)
                names << QCoreApplication::translate("caseload::Forecast", "December (year-end)");
            else
                names << locale.standaloneMonthName(m);
        }
    }
    if (m_options.springFestival)
        names << QCoreApplication::translate("caseload::Forecast", "Spring Festival");
    if (separateDecember(m_options))
        names << QCoreApplication::translate("caseload::Forecast", "December (year-end)");
    for (const Intervention &iv : m_options.interventions) {
        const QString when = iv.month.toString(QStringLiteral("yyyy-MM"));
        const QString name = (iv.kind == Intervention::Kind::LevelShift
                ? QCoreApplication::translate("caseload::Forecast", "level shift from %1").arg(when)
                : QCoreApplication::translate("caseload::Forecast", "trend change from %1").arg(when));
        names << (iv.label.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(iv.label, name));
    }
    return names;
}

} // namespace caseload
