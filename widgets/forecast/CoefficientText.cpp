#include "CoefficientText.h"

#include <QLocale>

#include <cmath>

namespace caseload {

CoefficientText::Scale CoefficientText::scaleOf(
    const QString &name, const std::vector<Intervention> &interventions)
{
    RegressorOptions options;
    options.monthDummies = false;
    options.springFestival = false;
    options.interventions = interventions;
    const QStringList names = CalendarRegressors(QDate(2000, 1, 1), options).columnNames();
    if (name == names.value(0))
        return Scale::Intercept;
    if (name == names.value(1))
        return Scale::PerMonth;
    for (size_t i = 0; i < interventions.size(); ++i) {
        if (interventions[i].kind == Intervention::Kind::TrendHinge && name == names.value(2 + int(i)))
            return Scale::PerMonth;
    }
    return Scale::Effect;
}

QString CoefficientText::signedPercent(double percent)
{
    const QLocale locale;
    const QString digits = locale.toString(std::abs(percent), 'f', 1) + locale.percent();
    // Rounds to zero: no sign at all ("0.0%" rather than "−0.0%").
    if (std::abs(percent) < 0.05)
        return digits;
    return (percent < 0 ? QString(QChar(0x2212)) : QStringLiteral("+")) + digits;
}

CoefficientText::Words CoefficientText::describe(const Coefficient &coefficient, Scale scale)
{
    Words words;
    const QLocale locale;
    if (coefficient.dropped) {
        words.effect = tr("dropped (collinear or no data)");
        return words;
    }
    const double b = coefficient.estimate;
    const double se = coefficient.standardError;
    switch (scale) {
    case Scale::Intercept:
        words.relative = b;
        words.relativeError = se;
        words.effect = tr("%1 (log scale)").arg(locale.toString(b, 'f', 2));
        if (se > 0)
            words.error = QStringLiteral("± %1").arg(locale.toString(se, 'f', 2));
        return words;
    case Scale::PerMonth:
        words.relative = (std::exp(12 * b) - 1) * 100;
        words.relativeError = std::exp(12 * b) * 12 * se * 100;
        words.effect = tr("%1 per year").arg(signedPercent(words.relative));
        break;
    case Scale::Effect:
        words.relative = (std::exp(b) - 1) * 100;
        words.relativeError = std::exp(b) * se * 100;
        words.effect = signedPercent(words.relative);
        break;
    }
    if (se > 0)
        words.error
            = QStringLiteral("± %1%2").arg(locale.toString(words.relativeError, 'f', 1), locale.percent());
    return words;
}

} // namespace caseload
