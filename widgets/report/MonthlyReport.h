#pragma once

#include "analytics/AnalyticsQuery.h"
#include "analytics/AnalyticsResult.h"
#include "forecast/ForecastEngine.h"
#include "forecast/ForecastSettings.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

class QFont;
class QPainter;
class QPagedPaintDevice;
class QRectF;

namespace caseload {

class CaseTable;

/// One overdue pending case as the report lists it: no party names, nothing personal.
struct OverdueCase
{
    QString caseNumber; ///< empty when the caller gave no way to look it up
    QString court;
    QDate filedOn;
    qint64 daysPending = 0; ///< days from filing to the month's last day
    QDate deadline;
};

/// The monthly report a court hands to its president: title block, indicator table (month, year to
/// date, same month last year, target, status), charts drawn as vectors, the overdue pending cases at
/// the month's end and a footer with "page N of M" on every page. A4 portrait PDF via QPdfWriter.
///
/// Strings go through tr(): the caller installs the translator of the language wanted.
class MonthlyReport
{
    Q_DECLARE_TR_FUNCTIONS(caseload::MonthlyReport)

public:
    /// Store ids of cases -> case numbers (the CaseTable does not keep case numbers); nullopt with
    /// `error` set when the store cannot be read (the report then says so where the numbers go).
    using CaseNumberLookup
        = std::function<std::optional<QHash<qint64, QString>>(const QList<qint64> &storeIds, QString *error)>;

    /// `input`'s filter selects the courts or groups (its period and as-of date are replaced);
    /// `month` is any day of the report's month.
    MonthlyReport(const CaseTable &table, const AnalyticsInput &input, QDate month);

    /// Label of the selection in the title ("all courts" when the filter names none); by default
    /// the filter's courts and groups joined.
    void setSelectionLabel(const QString &label) { m_label = label; }
    void setCaseNumberLookup(CaseNumberLookup lookup) { m_lookup = std::move(lookup); }
    /// Default: now.
    void setGeneratedAt(const QDateTime &at) { m_generatedAt = at; }
    /// Options of the 12-month filings forecast (the store's ForecastSettings); default:
    /// ForecastSettings::defaults(), as the dashboard uses without a store.
    void setForecastSettings(const ForecastSettings &settings) { m_forecastSettings = settings; }

    /// Runs the analytics for the month, the year to date, the same month a year earlier and the
    /// chart periods. False with `error` set on an unknown court or group, or a month outside the data.
    bool compute(QString *error);

    /// Why the case numbers of the overdue cases are missing (the lookup failed; the report says so
    /// too); empty when they were read or no lookup was set. After compute().
    QString caseNumberError() const { return m_caseNumberError; }

    /// Writes the PDF (after compute()). False with `error` set when the file cannot be written.
    bool writePdf(const QString &path, QString *error) const;
    /// Paints every page on `device` (after compute()); returns the number of pages.
    int paint(QPagedPaintDevice *device) const;

    QDate month() const { return m_month; }
    const AnalyticsResult &monthResult() const { return *m_monthResult; }
    const AnalyticsResult &yearToDateResult() const { return *m_ytd; }
    /// Nullopt when the same month a year earlier lies before the data.
    const std::optional<AnalyticsResult> &lastYearResult() const { return m_lastYear; }
    const std::vector<OverdueCase> &overdue() const { return m_overdue; }
    /// The forecast of the monthly filings from the month after the report's month (the history
    /// ends with it), after compute(); nullopt when the history is shorter than
    /// MinForecastHistory months (forecastNote() says why).
    const std::optional<ForecastReport> &forecast() const { return m_forecast; }
    /// Why the forecast is missing, or what was left out of its history; empty otherwise.
    QString forecastNote() const { return m_forecastNote; }
    /// The options compute() passed to ForecastEngine::run.
    static ForecastOptions forecastOptions(const ForecastSettings &settings);
    /// Months of complete history the forecast chart needs.
    static constexpr int MinForecastHistory = 24;
    QString selectionLabel() const;

    /// How the report formats figures (the test compares pdftotext output with these).
    static QString formatCount(qint64 value);
    static QString formatPercent(const std::optional<double> &share);
    static QString formatDays(const std::optional<double> &days);
    /// A forecast value (cases, rounded to whole cases).
    static QString formatForecast(double value);

private:
    /// The filings forecast chart and its lines of text (model, backtest, first month) in `rect`.
    void paintForecast(QPainter &painter, const QRectF &rect, const QFont &font, double unit) const;

    const CaseTable &m_table;
    AnalyticsInput m_input;
    QDate m_month;
    QString m_label;
    CaseNumberLookup m_lookup;
    QString m_caseNumberError;
    QDateTime m_generatedAt;
    QDate m_dataAsOf;

    std::optional<AnalyticsResult> m_monthResult;
    std::optional<AnalyticsResult> m_ytd;
    std::optional<AnalyticsResult> m_lastYear;
    std::optional<AnalyticsResult> m_trend; ///< the 24 months ending with the month
    std::optional<AnalyticsResult> m_year; ///< the 12 months ending with the month (durations)
    std::vector<OverdueCase> m_overdue;
    std::optional<ForecastSettings> m_forecastSettings;
    std::optional<ForecastReport> m_forecast;
    QString m_forecastNote;
};

} // namespace caseload
