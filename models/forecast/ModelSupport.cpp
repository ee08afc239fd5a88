#include "forecast/ModelSupport.h"

#include <QCoreApplication>

#include <Eigen/QR>

#include <algorithm>
#include <cmath>

namespace caseload::modelSupport {

namespace {

constexpr int MinSeasonalMonths = 24;
constexpr int MinTrendMonths = 4;

} // namespace

Prepared prepare(const MonthlySeries &input, QStringList *messages)
{
    Prepared out;
    bool changed = false;
    out.series = input.sanitised(&changed);
    if (changed)
        *messages << QCoreApplication::translate(
            "caseload::Forecast", "Negative or missing values were read as 0.");
    out.origin = out.series.first.isValid() ? out.series.first : QDate(2000, 1, 1);
    if (out.series.isEmpty())
        *messages << QCoreApplication::translate(
            "caseload::Forecast", "The series is empty: the forecast is 0.");
    return out;
}

RegressorOptions forLength(RegressorOptions options, int months, QStringList *messages)
{
    if (months < MinSeasonalMonths) {
        options.monthDummies = false;
        options.springFestival = false;
        options.december = false;
        *messages << QCoreApplication::translate(
            "caseload::Forecast", "Fewer than 24 months: month and Spring Festival effects are left out.");
    }
    if (months < MinTrendMonths)
        options.trend = false;
    return options;
}

ForecastResult zeros(QDate first, int horizon, const QStringList &messages)
{
    ForecastResult out;
    out.first = first;
    out.messages = messages;
    out.mean.assign(static_cast<size_t>(std::max(horizon, 0)), 0.0);
    out.lo80 = out.hi80 = out.lo95 = out.hi95 = out.mean;
    return out;
}

void reportUnusualMonths(QDate origin, const std::vector<double> &errors, double minimum,
    QStringList *messages, const std::vector<bool> &eligible, double cutoff)
{
    if (errors.empty())
        return;
    std::vector<double> sorted = errors;
    const auto middle = sorted.begin() + static_cast<std::ptrdiff_t>(sorted.size() / 2);
    std::nth_element(sorted.begin(), middle, sorted.end());
    const double scale = 1.4826 * *middle;
    QStringList unusual;
    for (size_t i = 0; i < errors.size(); ++i) {
        if (!eligible.empty() && (i >= eligible.size() || !eligible[i]))
            continue;
        if (errors[i] > minimum && errors[i] > cutoff * scale)
            unusual << origin.addMonths(static_cast<int>(i)).toString(QStringLiteral("yyyy-MM"));
    }
    if (!unusual.isEmpty())
        *messages << QCoreApplication::translate(
            "caseload::Forecast", "Unusual months (check the data or add a level shift): %1.")
                         .arg(unusual.join(QStringLiteral(", ")));
}

std::vector<int> independentColumns(const Eigen::MatrixXd &x)
{
    const Eigen::ColPivHouseholderQR<Eigen::MatrixXd> pivoted(x);
    const auto rank = pivoted.rank();
    std::vector<int> kept;
    for (Eigen::Index i = 0; i < rank; ++i)
        kept.push_back(static_cast<int>(pivoted.colsPermutation().indices()(i)));
    std::sort(kept.begin(), kept.end());
    return kept;
}

Eigen::MatrixXd columns(const Eigen::MatrixXd &x, const std::vector<int> &kept)
{
    Eigen::MatrixXd out(x.rows(), static_cast<Eigen::Index>(kept.size()));
    for (size_t j = 0; j < kept.size(); ++j)
        out.col(static_cast<Eigen::Index>(j)) = x.col(kept[j]);
    return out;
}

double sortedQuantile(const std::vector<double> &sorted, double p)
{
    if (sorted.empty())
        return 0;
    const double position = std::clamp(p, 0.0, 1.0) * static_cast<double>(sorted.size() - 1);
    const auto low = static_cast<size_t>(std::floor(position));
    const size_t high = std::min(low + 1, sorted.size() - 1);
    return sorted[low] + (position - static_cast<double>(low)) * (sorted[high] - sorted[low]);
}

void reportDroppedColumns(const QStringList &names, QStringList *messages)
{
    if (!names.isEmpty())
        *messages << QCoreApplication::translate(
            "caseload::Forecast", "Left out as collinear or constant: %1.")
                         .arg(names.join(QStringLiteral(", ")));
}

} // namespace caseload::modelSupport
