#include "forecast/ForecastInput.h"

#include "analytics/CaseTable.h"
#include "domain/DayNumber.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <cmath>

namespace caseload {

namespace {

QString csvError(const QString &path, qint64 line, const QString &field, const QString &what)
{
    return QCoreApplication::translate("caseload::Forecast", "%1, line %2, field “%3”: %4")
        .arg(QFileInfo(path).fileName())
        .arg(line)
        .arg(field, what);
}

} // namespace

const MonthlySeries &ForecastSeriesSet::series(ForecastSeriesKind kind) const
{
    switch (kind) {
    case ForecastSeriesKind::Filed:
        return filed;
    case ForecastSeriesKind::Closed:
        return closed;
    case ForecastSeriesKind::Pending:
        break;
    }
    return pending;
}

AnalyticsInput ForecastInput::historyInput(const AnalyticsInput &input)
{
    AnalyticsInput history = input;
    history.filter.from = QDate();
    return history;
}

ForecastSeriesSet ForecastInput::series(const AnalyticsResult &result, const CaseTable &table)
{
    ForecastSeriesSet out;
    std::vector<double> filed;
    std::vector<double> closed;
    std::vector<double> pending;
    QDate first;
    for (const MonthlyPoint &point : result.monthly) {
        if (!first.isValid())
            first = point.month;
        filed.push_back(static_cast<double>(point.filed));
        closed.push_back(static_cast<double>(point.closed));
        pending.push_back(static_cast<double>(point.pendingEnd));
    }
    if (!filed.empty() && table.size() > 0) {
        const QDate lastDay = fromDayNumber(table.lastDay());
        const QDate lastMonth = first.addMonths(static_cast<int>(filed.size()) - 1);
        if (lastDay.year() == lastMonth.year() && lastDay.month() == lastMonth.month()
            && lastDay.day() < lastDay.daysInMonth()) {
            filed.pop_back();
            closed.pop_back();
            pending.pop_back();
            out.messages << QCoreApplication::translate(
                "caseload::Forecast", "%1 is left out: the data end on %2, before the month is complete.")
                                .arg(lastMonth.toString(QStringLiteral("yyyy-MM")),
                                    lastDay.toString(Qt::ISODate));
        }
    }
    out.filed = MonthlySeries(first, std::move(filed));
    out.closed = MonthlySeries(first, std::move(closed));
    out.pending = MonthlySeries(first, std::move(pending));
    return out;
}

bool ForecastInput::readMonthlyCsv(const QString &path, MonthlySeries *out, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("caseload::Forecast", "Cannot open %1: %2")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    const QString month = QStringLiteral("month");
    const QString value = QStringLiteral("value");
    static const QRegularExpression monthPattern(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    QDate first;
    QDate previous;
    std::vector<double> values;
    qint64 line = 0;
    bool header = false;
    while (!file.atEnd()) {
        QString text = QString::fromUtf8(file.readLine());
        ++line;
        if (line == 1 && text.startsWith(QChar(0xFEFF)))
            text.remove(0, 1);
        text = text.trimmed();
        if (text.isEmpty())
            continue;
        const QStringList fields = text.split(u',');
        if (!header) {
            if (fields.size() != 2 || fields[0].trimmed().compare(month, Qt::CaseInsensitive) != 0
                || fields[1].trimmed().compare(value, Qt::CaseInsensitive) != 0) {
                *error = csvError(path, line, month,
                    QCoreApplication::translate("caseload::Forecast", "the header must be “month,value”"));
                return false;
            }
            header = true;
            continue;
        }
        if (fields.size() != 2) {
            *error = csvError(path, line, value,
                QCoreApplication::translate("caseload::Forecast", "expected 2 fields, found %1")
                    .arg(fields.size()));
            return false;
        }
        const QRegularExpressionMatch match = monthPattern.match(fields[0].trimmed());
        const QDate date
            = match.hasMatch() ? QDate(match.captured(1).toInt(), match.captured(2).toInt(), 1) : QDate();
        if (!date.isValid()) {
            *error = csvError(path, line, month,
                QCoreApplication::translate("caseload::Forecast", "“%1” is not a month (YYYY-MM)")
                    .arg(fields[0].trimmed()));
            return false;
        }
        if (previous.isValid() && date != previous.addMonths(1)) {
            *error = csvError(path, line, month,
                date <= previous
                    ? QCoreApplication::translate(
                        "caseload::Forecast", "%1 is not after %2: months must ascend")
                          .arg(fields[0].trimmed(), previous.toString(QStringLiteral("yyyy-MM")))
                    : QCoreApplication::translate("caseload::Forecast",
                        "months missing between %1 and %2: write 0 for a month without cases")
                          .arg(previous.toString(QStringLiteral("yyyy-MM")), fields[0].trimmed()));
            return false;
        }
        bool ok = false;
        const double v = fields[1].trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(v) || v < 0) {
            *error = csvError(path, line, value,
                QCoreApplication::translate("caseload::Forecast", "“%1” is not a number of 0 or more")
                    .arg(fields[1].trimmed()));
            return false;
        }
        if (!first.isValid())
            first = date;
        previous = date;
        values.push_back(v);
    }
    if (!header) {
        *error = csvError(path, 1, month,
            QCoreApplication::translate(
                "caseload::Forecast", "the file is empty; the header must be “month,value”"));
        return false;
    }
    *out = MonthlySeries(first, std::move(values));
    return true;
}

bool ForecastInput::parseKind(const QString &name, ForecastSeriesKind *kind)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("filed"))
        *kind = ForecastSeriesKind::Filed;
    else if (n == QLatin1String("closed"))
        *kind = ForecastSeriesKind::Closed;
    else if (n == QLatin1String("pending"))
        *kind = ForecastSeriesKind::Pending;
    else
        return false;
    return true;
}

} // namespace caseload
