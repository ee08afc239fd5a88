#pragma once

#include <QDate>
#include <QDateTime>
#include <QLabel>
#include <QLocale>
#include <QString>

#include <cmath>

namespace caseload {

/// Number and month formats shared by the Forecast page's panels.
namespace forecastFormat {

/// Months are drawn at their 15th, so that a tick label "2018-03" sits under March's point.
inline qreal monthPosition(QDate month)
{
    return qreal(QDateTime(QDate(month.year(), month.month(), 15), QTime(0, 0)).toMSecsSinceEpoch());
}

/// A word-wrapped, selectable plain-text label (model names, reasons, messages).
inline QLabel *wrappedLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

inline QString monthLabel(QDate month)
{
    return month.toString(QStringLiteral("yyyy-MM"));
}

/// A count of cases (forecasts are rounded to whole cases).
inline QString cases(double value)
{
    return QLocale().toString(qint64(std::llround(value)));
}

/// A share 0..1 as a percentage with one decimal.
inline QString percent(double share)
{
    const QLocale locale;
    return locale.toString(share * 100, 'f', 1) + locale.percent();
}

/// A plain number with `decimals` decimals; "—" when not finite.
inline QString number(double value, int decimals)
{
    if (!std::isfinite(value))
        return QString(QChar(0x2014));
    // No "-0.0": a value that rounds to zero is shown as zero.
    if (std::abs(value) < 0.5 * std::pow(10.0, -decimals))
        value = 0;
    return QLocale().toString(value, 'f', decimals);
}

} // namespace forecastFormat
} // namespace caseload
