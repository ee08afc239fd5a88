#pragma once

#include "forecast/CalendarRegressors.h"
#include "forecast/LogLinearModel.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace caseload {

/// Coefficients of the log-scale models (log-linear, Poisson, negative binomial) in plain words:
/// an effect b reads as (exp(b) − 1) · 100 % ± exp(b) · se · 100 % (delta method, one standard
/// error); a per-month slope (the trend, a trend hinge) as % per year, (exp(12 b) − 1) · 100 % ±
/// exp(12 b) · 12 · se · 100 %; the intercept stays on the log scale.
class CoefficientText
{
    Q_DECLARE_TR_FUNCTIONS(caseload::CoefficientText)

public:
    enum class Scale { Intercept, PerMonth, Effect };

    struct Words
    {
        QString effect; ///< "−18.0%", "+3.2% per year", "4.71 (log scale)"
        QString error; ///< "± 4.0%"; empty when dropped or without a standard error
        double relative = 0; ///< the effect in percent (Effect, PerMonth) or the estimate (Intercept)
        double relativeError = 0; ///< its standard error, same unit
    };

    /// How the column `name` (as CalendarRegressors::columnNames() words it for `interventions`)
    /// reads: the intercept, a per-month slope or an effect.
    static Scale scaleOf(const QString &name, const std::vector<Intervention> &interventions);
    static Words describe(const Coefficient &coefficient, Scale scale);
    /// A signed percentage with one decimal ("+3.2%", "−18.0%"; U+2212 for the minus).
    static QString signedPercent(double percent);
};

} // namespace caseload
