#include "MonthlyReport.h"

#include "ReportChart.h"
#include "analytics/Analytics.h"
#include "analytics/CaseSelection.h"
#include "analytics/CaseTable.h"
#include "forecast/ForecastInput.h"

#include <QFileInfo>
#include <QFont>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>
#include <functional>
#include <limits>

namespace caseload {

namespace {

constexpr int Dpi = 300;
/// More rows than this make the overdue table a listing nobody reads: the rest are counted, not shown.
constexpr int MaxOverdueRows = 1000;
/// Courts in the ranking chart; beyond that the best and worst halves are shown.
constexpr int MaxRankedCourts = 40;

QDate dayFromNumber(qint64 day)
{
    return QDate(1970, 1, 1).addDays(day);
}

qint64 dayNumber(QDate date)
{
    return QDate(1970, 1, 1).daysTo(date);
}

QFont reportFont(double points)
{
    QFont f = QGuiApplication::font();
    QStringList families = {QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("Noto Sans CJK SC"),
        QStringLiteral("Source Han Sans SC"), QStringLiteral("Microsoft YaHei"),
        QStringLiteral("PingFang SC"), QStringLiteral("SimHei")};
    // The CJK face first: its Latin glyphs are fine, and one face keeps the PDF's fonts few.
    for (const QString &family : f.families()) {
        if (!families.contains(family))
            families.append(family);
    }
    f.setFamilies(families);
    f.setPointSizeF(points);
    return f;
}

QString monthText(QDate month)
{
    return month.toString(QStringLiteral("yyyy-MM"));
}

const QColor filedColor(0x4e, 0x79, 0xa7);
const QColor closedColor(0xf2, 0x8e, 0x2b);
const QColor pendingColor(0x59, 0xa1, 0x4f);
const QColor durationColor(0x76, 0xb7, 0xb2);
const QColor ageColor(0xaf, 0x7a, 0xa1);
const QColor forecastColor(0x1f, 0x3f, 0x6e);
const QColor band80Color(0x4e, 0x79, 0xa7, 0x66);
const QColor band95Color(0x4e, 0x79, 0xa7, 0x30);

} // namespace

MonthlyReport::MonthlyReport(const CaseTable &table, const AnalyticsInput &input, QDate month)
    : m_table(table)
    , m_input(input)
    , m_month(month.isValid() ? QDate(month.year(), month.month(), 1) : QDate())
{ }

QString MonthlyReport::formatCount(qint64 value)
{
    return QLocale().toString(value);
}

QString MonthlyReport::formatPercent(const std::optional<double> &share)
{
    return share ? QLocale().toString(*share * 100.0, 'f', 1) + QLatin1Char('%') : QStringLiteral("—");
}

QString MonthlyReport::formatDays(const std::optional<double> &days)
{
    return days ? QLocale().toString(*days, 'f', 0) : QStringLiteral("—");
}

QString MonthlyReport::formatForecast(double value)
{
    return QLocale().toString(value, 'f', 0);
}

ForecastOptions MonthlyReport::forecastOptions(const ForecastSettings &settings)
{
    ForecastOptions options;
    options.interventions = settings.interventions;
    options.combineBestTwo = settings.combineBestTwo;
    options.unlockTrend = settings.unlockTrend;
    return options;
}

QString MonthlyReport::selectionLabel() const
{
    if (!m_label.isEmpty())
        return m_label;
    QStringList parts;
    for (const QString &court : m_input.filter.courts) {
        QString name = court;
        for (const CourtInfo &info : m_table.courts()) {
            if (info.name == court || info.code == court)
                name = info.name;
        }
        parts.append(name);
    }
    parts += m_input.filter.courtGroups;
    return parts.isEmpty() ? tr("All courts") : parts.join(tr(", "));
}

bool MonthlyReport::compute(QString *error)
{
    if (!m_month.isValid()) {
        *error = tr("No month given.");
        return false;
    }
    const QDate monthEnd = m_month.addMonths(1).addDays(-1);
    if (m_table.isEmpty() || dayNumber(m_month) > m_table.lastDay()
        || dayNumber(monthEnd) < m_table.firstDay()) {
        const QString range = m_table.isEmpty() ? tr("the store holds no case")
                                                : tr("the data covers %1 to %2")
                                                      .arg(monthText(dayFromNumber(m_table.firstDay())),
                                                          monthText(dayFromNumber(m_table.lastDay())));
        *error = tr("The month %1 lies outside the data: %2.").arg(monthText(m_month), range);
        return false;
    }
    m_dataAsOf = dayFromNumber(m_table.lastDay());
    if (!m_generatedAt.isValid())
        m_generatedAt = QDateTime::currentDateTime();
    const QDate firstDataMonth = [&] {
        const QDate d = dayFromNumber(m_table.firstDay());
        return QDate(d.year(), d.month(), 1);
    }();

    const auto run = [&](QDate from, QDate to, QString *err) {
        AnalyticsInput in = m_input;
        in.filter.from = from;
        in.filter.to = to;
        in.filter.asOf = to;
        return Analytics::compute(m_table, in, err);
    };
    m_monthResult = run(m_month, monthEnd, error);
    if (!m_monthResult)
        return false;
    m_ytd = run(std::max(QDate(m_month.year(), 1, 1), firstDataMonth), monthEnd, error);
    if (!m_ytd)
        return false;
    const QDate lastYear = m_month.addYears(-1);
    m_lastYear.reset();
    if (lastYear >= firstDataMonth) {
        QString ignored;
        m_lastYear = run(lastYear, lastYear.addMonths(1).addDays(-1), &ignored);
    }
    m_trend = run(std::max(m_month.addMonths(-23), firstDataMonth), monthEnd, error);
    if (!m_trend)
        return false;
    m_year = run(std::max(m_month.addMonths(-11), firstDataMonth), monthEnd, error);
    if (!m_year)
        return false;

    // The filings forecast: the history runs from the data's first month to the report's month, so
    // that a report for a past month forecasts what followed it, as it would have been printed then.
    m_forecast.reset();
    m_forecastNote.clear();
    {
        AnalyticsInput in = m_input;
        in.filter.to = monthEnd;
        in.filter.asOf = monthEnd;
        const auto history = Analytics::compute(m_table, ForecastInput::historyInput(in), error);
        if (!history)
            return false;
        const ForecastSeriesSet set = ForecastInput::series(*history, m_table);
        if (set.filed.size() < MinForecastHistory) {
            m_forecastNote = tr("No forecast: it needs %1 complete months of filings, the history holds %2.")
                                 .arg(MinForecastHistory)
                                 .arg(set.filed.size());
        } else {
            ForecastReport report = ForecastEngine::run(
                set.filed, forecastOptions(m_forecastSettings.value_or(ForecastSettings::defaults())));
            if (report.forecast.mean.empty())
                m_forecastNote = tr("No forecast: the forecast engine gave none.");
            else
                m_forecast = std::move(report);
            if (!set.messages.isEmpty())
                m_forecastNote = set.messages.join(u' ');
        }
    }

    AnalyticsInput in = m_input;
    in.filter.from = m_month;
    in.filter.to = monthEnd;
    in.filter.asOf = monthEnd;
    CaseSubset subset;
    subset.kind = CaseSubset::Kind::Overdue;
    subset.asOf = monthEnd;
    const auto rows = CaseSelection::select(m_table, in, subset, error);
    if (!rows)
        return false;
    m_overdue.clear();
    QList<qint64> ids;
    const size_t shown = std::min(rows->size(), size_t(MaxOverdueRows));
    m_overdue.reserve(shown);
    for (size_t i = 0; i < shown; ++i) {
        const qint64 row = (*rows)[i];
        OverdueCase c;
        c.court = m_table.courts()[m_table.court(row)].name;
        c.filedOn = dayFromNumber(m_table.filedDay(row));
        c.daysPending = c.filedOn.daysTo(monthEnd);
        c.deadline = dayFromNumber(CaseSelection::deadlineDay(m_table, row, m_input.settings));
        m_overdue.push_back(c);
        ids.append(m_table.storeId(row));
    }
    m_caseNumberError.clear();
    if (m_lookup && !ids.isEmpty()) {
        QString lookupError;
        const std::optional<QHash<qint64, QString>> numbers = m_lookup(ids, &lookupError);
        if (!numbers) {
            m_caseNumberError = lookupError.isEmpty() ? tr("the database could not be read") : lookupError;
        } else {
            for (size_t i = 0; i < m_overdue.size(); ++i)
                m_overdue[i].caseNumber = numbers->value(ids[qsizetype(i)]);
        }
    }
    return true;
}

bool MonthlyReport::writePdf(const QString &path, QString *error) const
{
    QPdfWriter writer(path);
    writer.setResolution(Dpi);
    writer.setPageLayout(QPageLayout(
        QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(18, 15, 18, 12), QPageLayout::Millimeter));
    writer.setTitle(tr("Enforcement caseload report %1, %2").arg(monthText(m_month), selectionLabel()));
    writer.setCreator(QStringLiteral("Caseload"));
    const int pages = paint(&writer);
    if (pages == 0) {
        *error = tr("Cannot write %1.").arg(QFileInfo(path).absoluteFilePath());
        return false;
    }
    return true;
}

void MonthlyReport::paintForecast(QPainter &painter, const QRectF &rect, const QFont &font, double unit) const
{
    const ForecastReport &report = *m_forecast;
    const ForecastResult &f = report.forecast;
    const MonthlySeries &history = report.series;
    const int shown = std::min(history.size(), MinForecastHistory);
    const int start = history.size() - shown;
    const int n = shown + f.horizon();
    const double gap = std::numeric_limits<double>::quiet_NaN();

    ReportChart chart;
    chart.title = tr("Filed, %1 to %2, and the forecast to %3")
                      .arg(monthText(history.monthAt(start)), monthText(history.monthAt(history.size() - 1)),
                          monthText(f.first.addMonths(f.horizon() - 1)));
    for (int i = 0; i < n; ++i)
        chart.categories.append(history.monthAt(start + i).toString(QStringLiteral("yy-MM")));
    chart.labelEvery = 3;
    std::vector<double> actual(size_t(n), gap);
    std::vector<double> mean(size_t(n), gap);
    ReportChart::Band band80 {tr("80% interval"), band80Color, std::vector<double>(size_t(n), gap),
        std::vector<double>(size_t(n), gap)};
    ReportChart::Band band95 {tr("95% interval"), band95Color, std::vector<double>(size_t(n), gap),
        std::vector<double>(size_t(n), gap)};
    for (int i = 0; i < shown; ++i)
        actual[size_t(i)] = history.values[size_t(start + i)];
    // The forecast line and its bands start at the last actual month so that they join the history.
    const size_t last = size_t(shown - 1);
    mean[last] = band80.low[last] = band80.high[last] = band95.low[last] = band95.high[last] = actual[last];
    for (int h = 0; h < f.horizon(); ++h) {
        const size_t i = size_t(shown + h);
        mean[i] = f.mean[size_t(h)];
        band80.low[i] = f.lo80[size_t(h)];
        band80.high[i] = f.hi80[size_t(h)];
        band95.low[i] = f.lo95[size_t(h)];
        band95.high[i] = f.hi95[size_t(h)];
    }
    ReportChart::Series filedSeries {tr("Filed"), filedColor, actual, true};
    ReportChart::Series forecastSeries {tr("Forecast"), forecastColor, mean, true};
    forecastSeries.style = Qt::DashLine;
    chart.series = {filedSeries, forecastSeries};
    chart.bands = {band95, band80};
    chart.marker = double(shown);
    chart.markerLabel = tr("forecast");

    QStringList lines;
    const QLocale locale;
    lines.append(tr("Model: %1.").arg(report.modelName));
    if (report.backtest.origins > 0 && !report.baseline.perHorizon.empty()) {
        lines.append(tr("Backtest MASE %1, seasonal naive %2 (%3 origins, 1 to %4 months ahead; below 1 is "
                        "better than naive).")
                         .arg(locale.toString(report.backtest.mean.mase, 'f', 2),
                             locale.toString(report.baseline.mean.mase, 'f', 2))
                         .arg(report.backtest.origins)
                         .arg(f.horizon()));
    } else {
        lines.append(tr("No backtest: the history holds %1 months, more than %2 are needed.")
                         .arg(history.size())
                         .arg(ForecastOptions().minTraining));
    }
    lines.append(tr("Forecast for %1: %2 cases (80% interval %3 to %4, 95% interval %5 to %6).")
                     .arg(monthText(f.first), formatForecast(f.mean.front()), formatForecast(f.lo80.front()),
                         formatForecast(f.hi80.front()), formatForecast(f.lo95.front()),
                         formatForecast(f.hi95.front())));
    if (!m_forecastNote.isEmpty())
        lines.append(m_forecastNote);

    const QFontMetricsF metrics(font, painter.device());
    const double textHeight = metrics.lineSpacing() * double(lines.size()) + unit;
    chart.paint(
        painter, QRectF(rect.left(), rect.top(), rect.width(), rect.height() - textHeight), font, unit);
    painter.save();
    painter.setFont(font);
    painter.setPen(QColor(0x40, 0x40, 0x40));
    double y = rect.bottom() - textHeight + unit;
    for (const QString &line : lines) {
        painter.drawText(QPointF(rect.left(), y + metrics.ascent()),
            metrics.elidedText(line, Qt::ElideRight, rect.width()));
        y += metrics.lineSpacing();
    }
    painter.restore();
}

int MonthlyReport::paint(QPagedPaintDevice *device) const
{
    if (!m_monthResult)
        return 0;
    QPainter painter;
    if (!painter.begin(device))
        return 0;
    painter.setRenderHint(QPainter::Antialiasing);
    const double mm = device->logicalDpiX() / 25.4;
    const QRectF page(0, 0, device->width(), device->height());
    const QFont body = reportFont(9);
    const QFont small = reportFont(8);
    const QFont heading = [] {
        QFont f = reportFont(12);
        f.setBold(true);
        return f;
    }();
    const QFontMetricsF bodyMetrics(body, device);
    const double rowHeight = bodyMetrics.height() + 2.2 * mm;
    const double footerHeight = bodyMetrics.height() + 3 * mm;
    const double contentBottom = page.bottom() - footerHeight;

    // Overdue table paging: rows per page after the first (full page) and on the first overdue page.
    const double tableTop = bodyMetrics.height() * 2.5 + 4 * mm; // heading + note
    const int rowsPerPage
        = std::max(1, int((contentBottom - tableTop) / rowHeight) - 2); // header: two lines at most
    const int overdueRows = int(m_overdue.size());
    const int overduePages = std::max(1, (overdueRows + rowsPerPage - 1) / rowsPerPage);
    const bool ranking = m_ytd->courts.size() > 1;
    // The courts' table goes under the ranking chart when it fits there, else on pages of its own
    // (a high court's dozens of courts), its header repeated on each.
    const int courtCount = ranking ? int(m_ytd->courts.size()) : 0;
    const int rankedRows = courtCount > MaxRankedCourts ? MaxRankedCourts + 1 : courtCount;
    const double rankingHeight
        = std::min(contentBottom - page.top() - 4 * mm, 20 * mm + double(rankedRows) * 9 * mm);
    const double courtsTableStart = page.top() + rankingHeight + 8 * mm;
    const bool courtsTableFits
        = courtsTableStart + rowHeight * (double(courtCount) + 3) + bodyMetrics.height() * 2 < contentBottom;
    const int courtsTablePages
        = ranking && !courtsTableFits ? std::max(1, (courtCount + rowsPerPage - 1) / rowsPerPage) : 0;
    const int totalPages = 2 + (ranking ? 1 : 0) + courtsTablePages + overduePages;
    const QString label = selectionLabel();
    int pageNumber = 1;

    const auto footer = [&] {
        painter.setFont(small);
        painter.setPen(QPen(Qt::black, 0.2 * mm));
        const double y = page.bottom() - footerHeight + 1.5 * mm;
        painter.drawLine(QPointF(page.left(), y), QPointF(page.right(), y));
        const QRectF text(page.left(), y + 0.5 * mm, page.width(), page.bottom() - y - 0.5 * mm);
        painter.drawText(text, Qt::AlignLeft | Qt::AlignVCenter,
            tr("%1 · enforcement caseload report %2").arg(label, monthText(m_month)));
        painter.drawText(
            text, Qt::AlignRight | Qt::AlignVCenter, tr("Page %1 of %2").arg(pageNumber).arg(totalPages));
    };
    const auto newPage = [&] {
        footer();
        device->newPage();
        ++pageNumber;
    };
    const auto sectionHeading = [&](double y, const QString &text) {
        painter.setFont(heading);
        painter.setPen(Qt::black);
        const QFontMetricsF m(heading, device);
        painter.drawText(QPointF(page.left(), y + m.ascent()), text);
        return y + m.height() + 2 * mm;
    };
    // A table row: cells left-aligned in the first column, right-aligned in the others.
    // Header cells that do not fit wrap onto a second line (the row grows); body cells are elided.
    const auto tableRow = [&](double y, const std::vector<double> &widths, const QStringList &cells,
                              bool header, const std::vector<bool> &leftAligned = {}) {
        QFont f = body;
        f.setBold(header);
        const QFontMetricsF m(f, device);
        double height = rowHeight;
        if (header) {
            for (size_t i = 0; i < widths.size() && i < size_t(cells.size()); ++i) {
                if (m.horizontalAdvance(cells[qsizetype(i)]) > widths[i] - 2.4 * mm)
                    height = rowHeight + m.lineSpacing();
            }
            painter.setPen(Qt::NoPen);
            painter.setBrush(QColor(0xe8, 0xec, 0xf2));
            painter.drawRect(QRectF(page.left(), y, page.width(), height));
        }
        painter.setFont(f);
        painter.setPen(Qt::black);
        double x = page.left();
        for (size_t i = 0; i < widths.size() && i < size_t(cells.size()); ++i) {
            const bool left = i < leftAligned.size() ? leftAligned[i] : i == 0;
            const QRectF cell(x + 1.2 * mm, y, widths[i] - 2.4 * mm, height);
            const int align = (left ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter;
            if (header)
                painter.drawText(cell, align | Qt::TextWordWrap, cells[qsizetype(i)]);
            else
                painter.drawText(
                    cell, align, m.elidedText(cells[qsizetype(i)], Qt::ElideRight, cell.width()));
            x += widths[i];
        }
        painter.setPen(QPen(QColor(0xb0, 0xb0, 0xb0), 0.15 * mm));
        painter.drawLine(QPointF(page.left(), y + height), QPointF(page.right(), y + height));
        return y + height;
    };

    // Page 1: title block, indicator table, the 24-month flow chart.
    double y = page.top();
    {
        QFont titleFont = reportFont(17);
        titleFont.setBold(true);
        painter.setFont(titleFont);
        painter.setPen(Qt::black);
        const QFontMetricsF tm(titleFont, device);
        painter.drawText(QRectF(page.left(), y, page.width(), tm.height()),
            Qt::AlignHCenter | Qt::AlignVCenter, tr("Enforcement caseload monthly report"));
        y += tm.height() + 1.5 * mm;
        QFont subFont = reportFont(13);
        painter.setFont(subFont);
        const QFontMetricsF sm(subFont, device);
        painter.drawText(QRectF(page.left(), y, page.width(), sm.height()),
            Qt::AlignHCenter | Qt::AlignVCenter,
            sm.elidedText(tr("%1 — %2").arg(label, monthText(m_month)), Qt::ElideRight, page.width()));
        y += sm.height() + 2 * mm;
        painter.setFont(body);
        painter.drawText(QRectF(page.left(), y, page.width(), bodyMetrics.height()),
            Qt::AlignHCenter | Qt::AlignVCenter,
            tr("Data as of %1 · generated at %2")
                .arg(m_dataAsOf.toString(Qt::ISODate),
                    m_generatedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
        y += bodyMetrics.height() + 2 * mm;
        painter.setPen(QPen(Qt::black, 0.4 * mm));
        painter.drawLine(QPointF(page.left(), y), QPointF(page.right(), y));
        y += 4 * mm;
    }
    y = sectionHeading(y, tr("Indicators"));
    {
        const double w = page.width();
        const std::vector<double> widths = {w * 0.36, w * 0.13, w * 0.13, w * 0.14, w * 0.10, w * 0.14};
        y = tableRow(y, widths,
            {tr("Indicator"), tr("This month"), tr("Year to date"), tr("Same month last year"), tr("Target"),
                tr("Status")},
            true);
        const AnalyticsResult &mo = *m_monthResult;
        const AnalyticsResult &yt = *m_ytd;
        const AnalyticsResult *ly = m_lastYear ? &*m_lastYear : nullptr;
        const QString none = QStringLiteral("—");
        const auto row = [&](const QString &name,
                             const std::function<QString(const AnalyticsResult &)> &value) {
            y = tableRow(y, widths, {name, value(mo), value(yt), ly ? value(*ly) : none, none, none}, false);
        };
        row(tr("Filed"), [](const AnalyticsResult &r) { return formatCount(r.flow.filed); });
        row(tr("Closed"), [](const AnalyticsResult &r) { return formatCount(r.flow.closed); });
        row(tr("Pending at month end"),
            [](const AnalyticsResult &r) { return formatCount(r.flow.pendingEnd); });
        row(tr("Clearance rate"),
            [](const AnalyticsResult &r) { return formatPercent(r.flow.clearanceRate); });
        row(tr("Disposition time (days)"),
            [](const AnalyticsResult &r) { return formatDays(r.flow.dispositionTimeDays); });
        row(tr("Median days to close"),
            [](const AnalyticsResult &r) { return formatDays(r.durations.medianDays); });
        row(tr("Closed within the time limit"),
            [](const AnalyticsResult &r) { return formatPercent(r.durations.withinLimitShareNet); });
        row(tr("Recovery ratio"), [](const AnalyticsResult &r) { return formatPercent(r.recovery.ratio); });
        const QString coreNames[5] = {tr("1. Actual closure within the limit"), tr("2. 终本 quality"),
            tr("3. Execution petitions resolved"), tr("4. Overall closure"),
            tr("5. Courts meeting the standard")};
        for (int i = 0; i < 5; ++i) {
            const auto value = [i](const AnalyticsResult &r) {
                const CoreIndicator &c = r.core[size_t(i)];
                return c.computable ? formatPercent(c.value) : QStringLiteral("—");
            };
            const CoreIndicator &c = mo.core[size_t(i)];
            const QString status
                = !c.computable || !c.meetsTarget ? none : (*c.meetsTarget ? tr("met") : tr("not met"));
            y = tableRow(y, widths,
                {coreNames[i], value(mo), value(yt), ly ? value(*ly) : none, formatPercent(c.target), status},
                false);
        }
        y += 1.5 * mm;
        painter.setFont(small);
        painter.setPen(QColor(0x40, 0x40, 0x40));
        const QString note
            = tr("Time limit %1 months from filing. Core indicators leave out closures by: %2. "
                 "Same month last year: — when it lies before the data.")
                  .arg(mo.settings.timeLimitMonths)
                  .arg([&] {
                      QStringList names;
                      for (ClosureMethod m : mo.settings.excludedMethods)
                          names.append(chineseLabel(m));
                      return names.isEmpty() ? tr("none") : names.join(tr(", "));
                  }());
        const QFontMetricsF sm(small, device);
        const QRectF noteRect(page.left(), y, page.width(), sm.height() * 3);
        const QRectF used = painter.boundingRect(noteRect, Qt::TextWordWrap, note);
        painter.drawText(noteRect, Qt::TextWordWrap, note);
        y += used.height() + 5 * mm;
    }
    const AnalyticsResult &trend = *m_trend;
    // Always 24 slots, so that bars keep their width; months before the data stay empty.
    QStringList trendMonths;
    std::vector<double> filed(24, 0.0), closed(24, 0.0), pending(24, 0.0);
    const QDate firstTrendMonth = m_month.addMonths(-23);
    for (int i = 0; i < 24; ++i)
        trendMonths.append(firstTrendMonth.addMonths(i).toString(QStringLiteral("yy-MM")));
    for (const MonthlyPoint &p : trend.monthly) {
        const int i
            = (p.month.year() - firstTrendMonth.year()) * 12 + p.month.month() - firstTrendMonth.month();
        if (i < 0 || i >= 24)
            continue;
        filed[size_t(i)] = double(p.filed);
        closed[size_t(i)] = double(p.closed);
        pending[size_t(i)] = double(p.pendingEnd);
    }
    {
        ReportChart chart;
        chart.title = tr("Filed and closed, %1 to %2").arg(monthText(firstTrendMonth), monthText(m_month));
        chart.categories = trendMonths;
        chart.labelEvery = 3;
        chart.series = {{tr("Filed"), filedColor, filed, false}, {tr("Closed"), closedColor, closed, false}};
        chart.paint(painter, QRectF(page.left(), y, page.width(), contentBottom - y - 3 * mm), small, mm);
    }
    newPage();

    // Page 2: pending, durations, pending by age, the filings forecast (or a note why there is none).
    {
        const QFontMetricsF noteMetrics(small, device);
        const double gap = m_forecast ? 6 * mm : 8 * mm;
        const double noteSpace = m_forecast ? 0.0 : noteMetrics.height() * 2 + gap;
        const int charts = m_forecast ? 4 : 3;
        const double h = (contentBottom - page.top() - (charts - 1) * gap - noteSpace) / charts;
        double top = page.top();
        ReportChart pendingChart;
        pendingChart.title = tr("Pending at month end");
        pendingChart.categories = trendMonths;
        pendingChart.labelEvery = 3;
        pendingChart.series = {{tr("Pending"), pendingColor, pending, false}};
        pendingChart.paint(painter, QRectF(page.left(), top, page.width(), h), small, mm);
        top += h + gap;

        const DurationHistogram &hist = m_year->durations.histogram;
        ReportChart durations;
        durations.title = tr("Days to close, cases closed %1 to %2 (%3 cases)")
                              .arg(monthText(m_year->from), monthText(m_month),
                                  formatCount(m_year->durations.closedCases));
        std::vector<double> counts;
        for (size_t i = 0; i < hist.counts.size(); ++i) {
            durations.categories.append(QLocale().toString(qint64(i) * hist.binDays));
            counts.push_back(double(hist.counts[i]));
        }
        durations.labelEvery = 3;
        durations.labelsAtEdges = true;
        durations.series = {{tr("Cases"), durationColor, counts, false}};
        durations.marker = double(hist.limitDays) / std::max(1, hist.binDays);
        durations.markerLabel = tr("time limit (%1 days)").arg(hist.limitDays);
        durations.paint(painter, QRectF(page.left(), top, page.width(), h), small, mm);
        top += h + gap;

        const PendingAge &age = m_monthResult->pendingAge;
        ReportChart ageChart;
        ageChart.title = tr("Pending cases at %1 by age in days (%2 overdue)")
                             .arg(m_monthResult->asOf.toString(Qt::ISODate), formatCount(age.overdue));
        std::vector<double> ageCounts;
        for (int b = 0; b < PendingAge::BucketCount; ++b) {
            ageChart.categories.append(PendingAge::bucketKey(b));
            ageCounts.push_back(double(age.counts[size_t(b)]));
        }
        ageChart.labelEvery = 1;
        ageChart.series = {{tr("Pending"), ageColor, ageCounts, false}};
        ageChart.paint(painter, QRectF(page.left(), top, page.width(), h), small, mm);
        top += h + gap;
        if (m_forecast)
            paintForecast(painter, QRectF(page.left(), top, page.width(), h), small, mm);
        else if (!m_forecastNote.isEmpty()) {
            painter.setFont(small);
            painter.setPen(QColor(0x40, 0x40, 0x40));
            painter.drawText(QRectF(page.left(), top, page.width(), noteSpace), Qt::TextWordWrap,
                tr("12-month forecast of filings: %1").arg(m_forecastNote));
        }
    }
    newPage();

    // Page 3 (several courts): the ranking by clearance rate over the year to date.
    if (ranking) {
        std::vector<const CourtRow *> courts;
        for (const CourtRow &c : m_ytd->courts)
            courts.push_back(&c);
        std::stable_sort(courts.begin(), courts.end(), [](const CourtRow *a, const CourtRow *b) {
            return a->clearanceRate.value_or(-1) > b->clearanceRate.value_or(-1);
        });
        const int total = int(courts.size());
        if (total > MaxRankedCourts)
            courts.erase(courts.begin() + MaxRankedCourts / 2, courts.end() - MaxRankedCourts / 2);
        ReportChart chart;
        chart.kind = ReportChart::Kind::Horizontal;
        chart.title = total > MaxRankedCourts
            ? tr("Courts by clearance rate, %1 to %2 (best and worst %3 of %4)")
                  .arg(monthText(m_ytd->from), monthText(m_month))
                  .arg(MaxRankedCourts / 2)
                  .arg(total)
            : tr("Courts by clearance rate, %1 to %2").arg(monthText(m_ytd->from), monthText(m_month));
        std::vector<double> rates;
        for (size_t i = 0; i < courts.size(); ++i) {
            if (total > MaxRankedCourts && i == size_t(MaxRankedCourts / 2)) {
                // An empty row with an ellipsis where the middle of the ranking is left out.
                chart.categories.append(QStringLiteral("⋯"));
                rates.push_back(0);
                chart.valueLabels.append(QString());
            }
            chart.categories.append(courts[i]->name);
            rates.push_back(courts[i]->clearanceRate.value_or(0));
            chart.valueLabels.append(formatPercent(courts[i]->clearanceRate));
        }
        chart.series = {{tr("Clearance rate"), filedColor, rates, false}};
        chart.percentAxis = true;
        chart.marker = 1.0;
        chart.paint(painter, QRectF(page.left(), page.top(), page.width(), rankingHeight), body, mm);

        // The figures behind the ranking, best clearance first.
        std::vector<const CourtRow *> ordered;
        for (const CourtRow &c : m_ytd->courts)
            ordered.push_back(&c);
        std::stable_sort(ordered.begin(), ordered.end(), [](const CourtRow *a, const CourtRow *b) {
            return a->clearanceRate.value_or(-1) > b->clearanceRate.value_or(-1);
        });
        const double w = page.width();
        const std::vector<double> columns = {w * 0.34, w * 0.12, w * 0.12, w * 0.12, w * 0.14, w * 0.16};
        const QStringList courtHeader = {tr("Court"), tr("Filed"), tr("Closed"), tr("Pending at month end"),
            tr("Clearance rate"), tr("Core indicators met")};
        const auto courtRows = [&](double ty, int begin, int end) {
            ty = tableRow(ty, columns, courtHeader, true);
            for (int i = begin; i < end; ++i) {
                const CourtRow *c = ordered[size_t(i)];
                ty = tableRow(ty, columns,
                    {c->name, formatCount(c->filed), formatCount(c->closed), formatCount(c->pendingEnd),
                        formatPercent(c->clearanceRate),
                        tr("%1 of %2").arg(c->indicatorsMet).arg(c->indicatorsAvailable)},
                    false);
            }
        };
        const QString courtsTitle = tr("Courts, %1 to %2").arg(monthText(m_ytd->from), monthText(m_month));
        if (courtsTableFits)
            courtRows(sectionHeading(courtsTableStart, courtsTitle), 0, courtCount);
        newPage();
        for (int p = 0; p < courtsTablePages; ++p) {
            const double ty = sectionHeading(page.top(),
                p == 0 ? courtsTitle
                       : tr("Courts, %1 to %2 (continued)").arg(monthText(m_ytd->from), monthText(m_month)));
            courtRows(ty, p * rowsPerPage, std::min(courtCount, (p + 1) * rowsPerPage));
            newPage();
        }
    }

    // The overdue pending cases, the header repeated on every page.
    const std::vector<double> widths = {page.width() * 0.28, page.width() * 0.27, page.width() * 0.14,
        page.width() * 0.15, page.width() * 0.16};
    const std::vector<bool> left = {true, true, false, false, false};
    const QStringList header
        = {tr("Case number"), tr("Court"), tr("Filed"), tr("Days pending"), tr("Deadline")};
    const qint64 overdueTotal = m_monthResult->pendingAge.overdue;
    for (int p = 0; p < overduePages; ++p) {
        y = sectionHeading(page.top(),
            p == 0 ? tr("Overdue pending cases at %1").arg(m_monthResult->asOf.toString(Qt::ISODate))
                   : tr("Overdue pending cases at %1 (continued)")
                         .arg(m_monthResult->asOf.toString(Qt::ISODate)));
        painter.setFont(small);
        painter.setPen(QColor(0x40, 0x40, 0x40));
        const QString note = overdueTotal > overdueRows
            ? tr("%1 cases past their deadline; the %2 with the earliest deadlines are listed. No personal "
                 "data.")
                  .arg(formatCount(overdueTotal), formatCount(overdueRows))
            : tr("%1 cases past their deadline, earliest deadline first. No personal data.")
                  .arg(formatCount(overdueTotal));
        painter.drawText(QPointF(page.left(), y + QFontMetricsF(small, device).ascent()), note);
        if (!m_caseNumberError.isEmpty() && overdueRows > 0) {
            // Said where the numbers are missing, not left as blanks.
            painter.setPen(QColor(0xB0, 0x00, 0x20));
            painter.drawText(QPointF(page.left(), y + QFontMetricsF(small, device).lineSpacing()
                                     + QFontMetricsF(small, device).ascent()),
                QFontMetricsF(small, device)
                    .elidedText(tr("Case numbers missing: %1").arg(m_caseNumberError), Qt::ElideRight,
                        page.width()));
        }
        y = tableTop;
        if (overdueRows == 0) {
            painter.setFont(body);
            painter.setPen(Qt::black);
            painter.drawText(QPointF(page.left(), y + bodyMetrics.ascent()), tr("No case is overdue."));
        } else {
            y = tableRow(y, widths, header, true, left);
            const int end = std::min(overdueRows, (p + 1) * rowsPerPage);
            for (int i = p * rowsPerPage; i < end; ++i) {
                const OverdueCase &c = m_overdue[size_t(i)];
                y = tableRow(y, widths,
                    {c.caseNumber.isEmpty() ? QStringLiteral("—") : c.caseNumber, c.court,
                        c.filedOn.toString(Qt::ISODate), formatCount(c.daysPending),
                        c.deadline.toString(Qt::ISODate)},
                    false, left);
            }
        }
        if (p + 1 < overduePages)
            newPage();
    }
    footer();
    painter.end();
    return pageNumber;
}

} // namespace caseload
