#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

#include <Eigen/Dense>

#include <vector>

namespace caseload {

/// A user-defined break in the series: from `month` on, the level jumps (LevelShift: a 0/1 step)
/// or the trend changes slope (TrendHinge: max(0, months since `month`)). Example: the May 2015
/// case-registration reform as a LevelShift at 2015-05-01.
struct Intervention
{
    enum class Kind { LevelShift, TrendHinge };
    Kind kind = Kind::LevelShift;
    /// Any day of the month where the break starts; only year and month count.
    QDate month;
    /// The user's name for it ("registration reform"); shown with the coefficient when not empty.
    QString label;

    friend bool operator==(const Intervention &, const Intervention &) = default;
};

/// Which columns the design matrix holds.
struct RegressorOptions
{
    bool trend = true;
    /// 11 dummies, February..December; January is the baseline folded into the intercept.
    bool monthDummies = true;
    bool springFestival = true;
    /// A 0/1 December year-end term. With monthDummies on, the December dummy already is that term
    /// (a second December column would be collinear with it), so this adds a column only when the
    /// month dummies are off; the December dummy's name then says "year-end".
    bool december = false;
    std::vector<Intervention> interventions;
};

/// The calendar design matrix for a monthly series starting at `origin`: month t (0-based) gets,
/// in this column order, intercept 1; trend t (in months); Feb..Dec dummies; the Spring Festival
/// share; the December term (see RegressorOptions::december); one column per intervention.
///
/// Spring Festival share: the fraction of the 7-day public holiday (the eve and the first six days
/// of the new year, SpringFestival::date() - 1 .. + 5) falling in the month, so 0..1 and summing to
/// 1 over the year; e.g. a festival on 1 February puts 1/7 in January and 6/7 in February.
/// Months outside the SpringFestival table get 0.
class CalendarRegressors
{
public:
    CalendarRegressors(QDate origin, RegressorOptions options);

    /// Rows for months `firstIndex` .. `firstIndex + count - 1` (relative to `origin`).
    Eigen::MatrixXd matrix(int firstIndex, int count) const;
    /// One name per column, in the user's language ("trend (per month)", "Spring Festival", ...).
    QStringList columnNames() const;
    int columnCount() const;
    QDate origin() const { return m_origin; }
    const RegressorOptions &options() const { return m_options; }

    /// Share (0..1) of the Spring Festival holiday week within the month containing `month`.
    static double springFestivalShare(QDate month);

private:
    QDate m_origin;
    RegressorOptions m_options;
};

} // namespace caseload
