#pragma once

#include "forecast/CalendarRegressors.h"
#include "forecast/ForecastResult.h"
#include "forecast/MonthlySeries.h"

#include <QDate>
#include <QStringList>

#include <Eigen/Dense>

#include <vector>

namespace caseload::modelSupport {

/// The input every model starts from: negative or non-finite values read as 0, the origin of month
/// 0 (2000-01 when the series has none). Adds "Negative or missing values were read as 0." and, for an
/// empty series, "The series is empty: the forecast is 0." to `messages`.
struct Prepared
{
    MonthlySeries series;
    QDate origin;
};
Prepared prepare(const MonthlySeries &input, QStringList *messages);

/// The regressors a series of `months` months supports: fewer than 24 months leave out the month,
/// Spring Festival and December terms (with a message), fewer than 4 the trend.
RegressorOptions forLength(RegressorOptions options, int months, QStringList *messages);

/// `horizon` months of 0 from `first`, all bounds 0, carrying `messages`.
ForecastResult zeros(QDate first, int horizon, const QStringList &messages);

/// Months (of a series starting at `origin`) whose error lies beyond `cutoff` robust standard
/// deviations (1.4826 · the median of `errors`, which one huge outlier cannot inflate as it inflates
/// a standard deviation) and above `minimum`; `eligible` (optional) excludes months. Appends "Unusual
/// months (check the data or add a level shift): ..." to `messages` when there are any.
void reportUnusualMonths(QDate origin, const std::vector<double> &errors, double minimum,
    QStringList *messages, const std::vector<bool> &eligible = {}, double cutoff = 5);

/// The columns of `x` a rank-revealing QR (Eigen's ColPivHouseholderQR) keeps, ascending: collinear
/// and empty ones (a level shift after the last month, say) are left out instead of breaking the fit.
std::vector<int> independentColumns(const Eigen::MatrixXd &x);
/// The columns `kept` of `x`.
Eigen::MatrixXd columns(const Eigen::MatrixXd &x, const std::vector<int> &kept);

/// Quantile p (0..1) of ascending `sorted` values by R's default rule (type 7, linear between order
/// statistics); 0 when empty.
double sortedQuantile(const std::vector<double> &sorted, double p);

/// Appends "Left out as collinear or constant: ..." when `names` is not empty.
void reportDroppedColumns(const QStringList &names, QStringList *messages);

} // namespace caseload::modelSupport
