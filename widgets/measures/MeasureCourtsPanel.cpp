#include "MeasureCourtsPanel.h"

#include "MeasureText.h"
#include "charts/ChartStyle.h"
#include "charts/InteractiveChartView.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QEvent>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QLocale>
#include <QPainter>
#include <QValueAxis>

#include <algorithm>
#include <numeric>

namespace caseload {

namespace {

// Height a court's row of bars needs to stay readable: a bar per measure plus a gap.
constexpr int RowPixels = 30;
constexpr int ChromePixels = 130; // title, legend and value axis

} // namespace

MeasureCourtsPanel::MeasureCourtsPanel(QWidget *parent)
    : ChartPanel(parent)
    , m_chart(new QChart)
    , m_series(new QHorizontalBarSeries)
    , m_courtAxis(new QBarCategoryAxis)
    , m_shareAxis(new QValueAxis)
{
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->addSeries(m_series);
    m_chart->addAxis(m_courtAxis, Qt::AlignLeft);
    m_chart->addAxis(m_shareAxis, Qt::AlignBottom);
    m_series->attachAxis(m_courtAxis);
    m_series->attachAxis(m_shareAxis);
    m_shareAxis->setRange(0, 100);
    m_shareAxis->setLabelFormat(QStringLiteral("%.0f%%"));
    m_shareAxis->setTickCount(6);
    m_view = new InteractiveChartView(m_chart);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->attachSeries(m_series);
    m_view->setTooltipFormatter(
        [this](QAbstractSeries *, QBarSet *set, int index, QPointF) { return tooltip(set, index); });
    connect(m_view, &InteractiveChartView::pointClicked, this, [this](QAbstractSeries *, int index) {
        // Bars run bottom to top; m_courts top to bottom.
        const qsizetype court = m_courts.size() - 1 - index;
        if (court >= 0 && court < m_courts.size())
            Q_EMIT courtClicked(m_courts[court]);
    });
    setContent(m_view);
    applyStyle();
    retranslate();
}

void MeasureCourtsPanel::setResult(const AnalyticsResult &result)
{
    std::vector<size_t> order(result.courts.size());
    std::iota(order.begin(), order.end(), size_t(0));
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        return QString::localeAwareCompare(result.courts[a].name, result.courts[b].name) < 0;
    });
    m_courts.clear();
    m_shares.clear();
    for (size_t i : order) {
        m_courts.append(result.courts[i].name);
        std::array<std::optional<double>, CaseTable::MeasureCount> shares;
        std::copy(result.courts[i].measureShare.begin(), result.courts[i].measureShare.end(), shares.begin());
        m_shares.push_back(shares);
    }

    // Sets are rebuilt with each result: their count follows the columns and their length the courts.
    m_series->clear();
    m_sets.fill(nullptr);
    for (int m = 0; m < CaseTable::MeasureCount; ++m) {
        if (!result.measures[size_t(m)].available)
            continue;
        auto *set = new QBarSet(measureText::name(CaseTable::Measure(m)));
        chartStyle::setSeriesIndex(set, m, palette()); // the measure's colour on every chart
        QList<qreal> values;
        values.reserve(m_courts.size());
        for (auto it = m_shares.rbegin(); it != m_shares.rend(); ++it)
            values.append((*it)[size_t(m)].value_or(0) * 100);
        set->append(values);
        m_sets[size_t(m)] = set;
        m_series->append(set);
    }
    QStringList bottomUp(m_courts.rbegin(), m_courts.rend());
    m_courtAxis->setCategories(bottomUp);

    const int sets = int(std::count_if(m_sets.begin(), m_sets.end(), [](QBarSet *s) { return s; }));
    setMinimumHeight(ChromePixels + int(m_courts.size()) * std::max(RowPixels, sets * 9 + 8));
    applyStyle();
    retranslate();
}

QString MeasureCourtsPanel::tooltip(QBarSet *set, int index) const
{
    const qsizetype court = m_courts.size() - 1 - index;
    if (!set || court < 0 || court >= m_courts.size())
        return {};
    for (int m = 0; m < CaseTable::MeasureCount; ++m) {
        if (m_sets[size_t(m)] != set)
            continue;
        const std::optional<double> share = m_shares[size_t(court)][size_t(m)];
        const QString name = measureText::name(CaseTable::Measure(m));
        if (!share)
            return tr("%1, %2: no case filed in the period").arg(m_courts[court], name);
        return tr("%1, %2: %3% of the cases filed in the period")
            .arg(m_courts[court], name, QLocale().toString(*share * 100, 'f', 1));
    }
    return {};
}

void MeasureCourtsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange)
        applyStyle();
    ChartPanel::changeEvent(event);
}

void MeasureCourtsPanel::applyStyle()
{
    chartStyle::apply(m_chart, palette());
    // The chart grows with the number of courts and scrolls: the legend belongs above the bars.
    m_chart->legend()->setAlignment(Qt::AlignTop);
    // Qt 6.4 draws the "from series" marker of a bar set as an empty square: filled squares instead.
    const auto markers = m_chart->legend()->markers(m_series);
    for (QLegendMarker *marker : markers)
        marker->setShape(QLegend::MarkerShapeRectangle);
}

void MeasureCourtsPanel::retranslate()
{
    m_chart->setTitle(tr("Share of cases filed in the period with each measure, by court"));
    for (int m = 0; m < CaseTable::MeasureCount; ++m) {
        if (QBarSet *set = m_sets[size_t(m)])
            set->setLabel(measureText::name(CaseTable::Measure(m)));
    }
    m_view->setAccessibleName(tr("Chart: share of cases with each measure by court"));
    if (m_courts.isEmpty())
        showMessage(tr("No court has cases in the selection."));
    else
        showContent();
}

} // namespace caseload
