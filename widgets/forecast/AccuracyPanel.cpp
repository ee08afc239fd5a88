#include "AccuracyPanel.h"

#include "ForecastFormat.h"
#include "charts/ChartStyle.h"
#include "charts/InteractiveChartView.h"

#include <QChart>
#include <QDateTimeAxis>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace caseload {

using forecastFormat::monthLabel;
using forecastFormat::monthPosition;
using forecastFormat::number;
using forecastFormat::percent;

namespace {

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

const HorizonAccuracy *atHorizon(const BacktestResult &backtest, int horizon)
{
    for (const HorizonAccuracy &h : backtest.perHorizon) {
        if (h.horizon == horizon)
            return &h;
    }
    return nullptr;
}

} // namespace

AccuracyPanel::AccuracyPanel(QWidget *parent)
    : QWidget(parent)
{
    m_tableTitle = new QLabel(this);
    QFont bold = m_tableTitle->font();
    bold.setBold(true);
    m_tableTitle->setFont(bold);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("backtest"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setHighlightSections(false);

    auto *chart = new QChart;
    m_time = new QDateTimeAxis;
    m_time->setFormat(QStringLiteral("yyyy-MM"));
    m_values = new QValueAxis;
    m_values->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(m_time, Qt::AlignBottom);
    chart->addAxis(m_values, Qt::AlignLeft);
    m_zero = new QLineSeries;
    m_zero->setObjectName(QStringLiteral("zero"));
    QPen dashed(Qt::DashLine);
    dashed.setWidthF(1.2);
    m_zero->setPen(dashed);
    m_residuals = new QScatterSeries;
    m_residuals->setObjectName(QStringLiteral("residuals"));
    m_residuals->setMarkerSize(7);
    for (QAbstractSeries *series :
        {static_cast<QAbstractSeries *>(m_zero), static_cast<QAbstractSeries *>(m_residuals)}) {
        chart->addSeries(series);
        series->attachAxis(m_time);
        series->attachAxis(m_values);
    }
    chart->legend()->hide();
    m_view = new InteractiveChartView(chart, this);
    m_view->setObjectName(QStringLiteral("residualsView"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(180);
    m_view->attachSeries(m_residuals);
    m_view->setTimeZoomEnabled(true);
    m_view->setTooltipFormatter([this](QAbstractSeries *series, QBarSet *, int index, QPointF) {
        return series == m_residuals ? tooltip(index) : QString();
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_tableTitle);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 3);
    layout->addWidget(m_view, 2);
    setTabOrder(m_table, m_view);

    restyle();
    retranslate();
}

void AccuracyPanel::setReport(const ForecastReport &report)
{
    m_report = report;
    fill();
}

void AccuracyPanel::fill()
{
    const BacktestResult &chosen = m_report.backtest;
    const BacktestResult &naive = m_report.baseline;
    int horizons = 0;
    for (const HorizonAccuracy &h : chosen.perHorizon)
        horizons = std::max(horizons, h.horizon);
    for (const HorizonAccuracy &h : naive.perHorizon)
        horizons = std::max(horizons, h.horizon);
    m_table->setRowCount(0);
    const QLocale locale;
    const QString none(QChar(0x2014));
    auto addRow = [&](const QString &label, int origins, const HorizonAccuracy *c, const HorizonAccuracy *n) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, Horizon, cell(label));
        m_table->setItem(row, Origins, cell(origins >= 0 ? locale.toString(origins) : none));
        m_table->setItem(row, Mase, cell(c ? number(c->mase, 2) : none));
        m_table->setItem(row, NaiveMase, cell(n ? number(n->mase, 2) : none));
        m_table->setItem(row, Smape, cell(c ? number(c->smape, 1) + locale.percent() : none));
        m_table->setItem(row, NaiveSmape, cell(n ? number(n->smape, 1) + locale.percent() : none));
        m_table->setItem(row, Bias, cell(c ? number(c->bias, 1) : none));
        m_table->setItem(row, NaiveBias, cell(n ? number(n->bias, 1) : none));
        m_table->setItem(row, Coverage80, cell(c ? percent(c->coverage80) : none));
        m_table->setItem(row, NaiveCoverage80, cell(n ? percent(n->coverage80) : none));
        m_table->setItem(row, Coverage95, cell(c ? percent(c->coverage95) : none));
        m_table->setItem(row, NaiveCoverage95, cell(n ? percent(n->coverage95) : none));
        // The chosen model's figure in bold where it beats seasonal naive.
        if (c && n) {
            auto mark = [&](int column, bool better) {
                QFont font = m_table->item(row, column)->font();
                font.setBold(better);
                m_table->item(row, column)->setFont(font);
            };
            mark(Mase, c->mase < n->mase);
            mark(Smape, c->smape < n->smape);
            mark(Bias, std::abs(c->bias) < std::abs(n->bias));
        }
    };
    for (int h = 1; h <= horizons; ++h) {
        const HorizonAccuracy *c = atHorizon(chosen, h);
        const HorizonAccuracy *n = atHorizon(naive, h);
        addRow(locale.toString(h), c ? c->count : n ? n->count : -1, c, n);
    }
    if (horizons > 0) {
        addRow(tr("Mean"), std::max(chosen.origins, naive.origins),
            chosen.perHorizon.empty() ? nullptr : &chosen.mean,
            naive.perHorizon.empty() ? nullptr : &naive.mean);
        QFont bold = m_table->item(m_table->rowCount() - 1, Horizon)->font();
        bold.setBold(true);
        m_table->item(m_table->rowCount() - 1, Horizon)->setFont(bold);
    }
    QStringList notes;
    if (horizons == 0)
        notes << tr("Too short a history for a backtest: at least 37 months are needed.");
    else
        notes << tr("Forecasts made from %n past months, each compared with what happened next.", nullptr,
            chosen.origins);
    if (m_report.widen80 > 1.0001 || m_report.widen95 > 1.0001) {
        notes << tr(
            "The intervals shown were widened (80%: × %1, 95%: × %2) because the backtest covered less "
            "than claimed.")
                     .arg(number(m_report.widen80, 2), number(m_report.widen95, 2));
    }
    m_summary->setText(notes.join(QLatin1Char(' ')));
    // The table as tall as its rows: the residuals chart takes the rest.
    int height = m_table->horizontalHeader()->sizeHint().height() + 2 * m_table->frameWidth() + 2;
    for (int row = 0; row < m_table->rowCount(); ++row)
        height += m_table->rowHeight(row);
    const int header = m_table->horizontalHeader()->sizeHint().height();
    m_table->setMaximumHeight(std::max(height, header * 3));
    m_table->setMinimumHeight(std::min(height, header + 6 * m_table->verticalHeader()->defaultSectionSize()));

    // Residuals by month.
    m_residualMonths.clear();
    QList<QPointF> points;
    double low = 0;
    double high = 0;
    const MonthlySeries &series = m_report.series;
    for (size_t i = 0; i < m_report.residuals.size() && int(i) < series.size(); ++i) {
        const double r = m_report.residuals[i];
        if (!std::isfinite(r))
            continue;
        m_residualMonths.push_back(int(i));
        points.append(QPointF(monthPosition(series.monthAt(int(i))), r));
        low = std::min(low, r);
        high = std::max(high, r);
    }
    m_residuals->clear();
    const double pad = std::max(1.0, (high - low) * 0.05);
    m_values->setRange(low - pad, high + pad);
    m_values->applyNiceNumbers();
    if (!series.isEmpty()) {
        // Ticks on whole years (or half years for short series) from the first month.
        const QDate first = series.first;
        const int span = std::max(1, series.size() - 1);
        const int step = span <= 30 ? 6 : span <= 120 ? 12 : 24;
        const int intervals = (span + step - 1) / step;
        const QDate last = first.addMonths(intervals * step);
        m_time->setTickCount(intervals + 1);
        m_time->setRange(QDateTime::fromMSecsSinceEpoch(qint64(monthPosition(first))),
            QDateTime::fromMSecsSinceEpoch(qint64(monthPosition(last))));
        m_zero->replace({QPointF(monthPosition(first), 0), QPointF(monthPosition(last), 0)});
    } else {
        m_zero->clear();
    }
    m_residuals->replace(points);
    m_view->setFullRange();
}

QString AccuracyPanel::tooltip(int index) const
{
    if (index < 0 || size_t(index) >= m_residualMonths.size())
        return {};
    const int month = m_residualMonths[size_t(index)];
    const double r = m_report.residuals[size_t(month)];
    const double actual = m_report.series.values[size_t(month)];
    return tr("%1 · Actual %2, fitted %3, residual %4")
        .arg(monthLabel(m_report.series.monthAt(month)), forecastFormat::cases(actual),
            QLocale().toString(actual - r, 'f', 1), QLocale().toString(r, 'f', 1));
}

void AccuracyPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange)
        restyle();
    QWidget::changeEvent(event);
}

void AccuracyPanel::retranslate()
{
    m_tableTitle->setText(tr("Backtest accuracy by horizon: the chosen forecast beside seasonal naive"));
    const QString naive = tr("s. naive");
    m_table->setHorizontalHeaderLabels({tr("Months ahead"), tr("Origins"), tr("MASE"), naive, tr("sMAPE"),
        naive, tr("Bias"), naive, tr("80% cov."), naive, tr("95% cov."), naive});
    const QStringList tips
        = {tr("Forecast horizon in months"), tr("Forecast origins that reached this horizon"),
            tr("Mean absolute scaled error of the chosen forecast (lower is better)"),
            tr("Seasonal naive (same month last year) on the same origins"),
            tr("Symmetric mean absolute percentage error of the chosen forecast"),
            tr("Seasonal naive on the same origins"),
            tr("Mean forecast − actual, in cases (positive: over-forecast)"),
            tr("Seasonal naive on the same origins"),
            tr("Share of actuals inside the 80% interval, before any widening (nominal 80%)"),
            tr("Seasonal naive on the same origins"),
            tr("Share of actuals inside the 95% interval, before any widening (nominal 95%)"),
            tr("Seasonal naive on the same origins")};
    for (int c = 0; c < ColumnCount; ++c)
        m_table->horizontalHeaderItem(c)->setToolTip(tips.value(c));
    m_table->setAccessibleName(tr("Backtest accuracy by horizon"));
    m_view->chart()->setTitle(tr("Residuals of the chosen model (actual − fitted)"));
    m_values->setTitleText(tr("Cases"));
    m_residuals->setName(tr("Residual"));
    m_view->setAccessibleName(tr("Chart: residuals of the chosen model by month"));
    fill();
}

void AccuracyPanel::restyle()
{
    const QPalette pal = palette();
    chartStyle::setRole(m_residuals, chartStyle::Role::Neutral, pal);
    chartStyle::setRole(m_zero, chartStyle::Role::Reference, pal);
    chartStyle::apply(m_view->chart(), pal);
}

} // namespace caseload
