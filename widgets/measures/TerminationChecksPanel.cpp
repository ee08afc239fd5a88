#include "TerminationChecksPanel.h"

#include "CountAxis.h"
#include "MeasureText.h"
#include "charts/ChartStyle.h"
#include "charts/InteractiveChartView.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QEvent>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLegend>
#include <QLocale>
#include <QPainter>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace caseload {

TerminationChecksPanel::TerminationChecksPanel(QWidget *parent)
    : ChartPanel(parent)
    , m_chart(new QChart)
    , m_series(new QHorizontalBarSeries)
    , m_failing(new QBarSet(QString()))
    , m_checkAxis(new QBarCategoryAxis)
    , m_countAxis(new QValueAxis)
{
    m_chart->setAnimationOptions(QChart::NoAnimation);
    chartStyle::setRole(m_failing, chartStyle::Role::Bad, palette());
    m_series->append(m_failing);
    m_chart->addSeries(m_series);
    m_chart->addAxis(m_checkAxis, Qt::AlignLeft);
    m_chart->addAxis(m_countAxis, Qt::AlignBottom);
    m_series->attachAxis(m_checkAxis);
    m_series->attachAxis(m_countAxis);
    m_chart->legend()->hide();

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    m_view = new InteractiveChartView(m_chart);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->attachSeries(m_series);
    // Bars run bottom to top, the checks most failing first: the top bar is checks()[0].
    m_view->setTooltipFormatter([this](QAbstractSeries *, QBarSet *, int index, QPointF) {
        return tooltip(int(m_checks.size()) - 1 - index);
    });
    m_summary = new QLabel;
    m_summary->setWordWrap(true);
    m_summary->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_summary);
    setContent(content);
    applyStyle();
    retranslate();
}

void TerminationChecksPanel::setResult(const AnalyticsResult &result)
{
    m_data = result.terminationChecks;
    m_checks.clear();
    for (int m = 0; m < CaseTable::MeasureCount; ++m) {
        if (m_data.inUse[size_t(m)])
            m_checks.append(CaseTable::Measure(m));
    }
    std::stable_sort(m_checks.begin(), m_checks.end(), [this](CaseTable::Measure a, CaseTable::Measure b) {
        return m_data.failing[size_t(a)] > m_data.failing[size_t(b)];
    });
    QList<qreal> values;
    qint64 maxCount = 0;
    for (auto it = m_checks.crbegin(); it != m_checks.crend(); ++it) {
        values.append(qreal(m_data.failing[size_t(*it)]));
        maxCount = std::max(maxCount, m_data.failing[size_t(*it)]);
    }
    m_failing->remove(0, m_failing->count());
    m_failing->append(values);
    setCountRange(m_countAxis, maxCount);
    retranslate();
}

QString TerminationChecksPanel::summary() const
{
    const QLocale locale;
    return tr("%1 of %2 terminations (终本) fail at least one check (%3%)")
        .arg(locale.toString(m_data.failingAny), locale.toString(m_data.terminations),
            locale.toString(m_data.terminations > 0
                    ? 100.0 * double(m_data.failingAny) / double(m_data.terminations)
                    : 0.0,
                'f', 1));
}

QString TerminationChecksPanel::tooltip(int index) const
{
    if (index < 0 || index >= m_checks.size())
        return {};
    const CaseTable::Measure m = m_checks[index];
    const qint64 failing = m_data.failing[size_t(m)];
    const QLocale locale;
    const double share
        = m_data.terminations > 0 ? 100.0 * double(failing) / double(m_data.terminations) : 0.0;
    return tr("%1: %2 of %3 terminations fail this check (%4%)")
        .arg(measureText::name(m), locale.toString(failing), locale.toString(m_data.terminations),
            locale.toString(share, 'f', 1));
}

void TerminationChecksPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange)
        applyStyle();
    ChartPanel::changeEvent(event);
}

void TerminationChecksPanel::applyStyle()
{
    chartStyle::apply(m_chart, palette());
    m_chart->legend()->hide();
}

void TerminationChecksPanel::retranslate()
{
    m_chart->setTitle(tr("终本 quality checks: terminations failing each check"));
    m_failing->setLabel(tr("Terminations failing"));
    m_countAxis->setTitleText(tr("Terminations"));
    QStringList names;
    for (auto it = m_checks.crbegin(); it != m_checks.crend(); ++it)
        names.append(measureText::name(*it));
    m_checkAxis->setCategories(names);
    m_view->setAccessibleName(tr("Chart: terminations failing each 终本 quality check"));
    m_summary->setText(summary());
    if (m_checks.isEmpty())
        showMessage(tr("No 终本 quality check can be applied: the checks switched on in Settings need "
                       "measure columns this data does not have."));
    else if (m_data.terminations == 0)
        showMessage(tr("No 终本 closure in the period: there is nothing to check."));
    else
        showContent();
}

} // namespace caseload
