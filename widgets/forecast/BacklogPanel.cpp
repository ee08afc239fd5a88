#include "BacklogPanel.h"

#include "CoefficientText.h"
#include "ForecastChart.h"
#include "ForecastFormat.h"

#include <QEvent>
#include <QFormLayout>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QSlider>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace caseload {

using forecastFormat::cases;
using forecastFormat::monthLabel;
using forecastFormat::percent;

namespace {

QLabel *heading(QWidget *parent)
{
    auto *label = new QLabel(parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QSlider *whatIfSlider(QWidget *parent)
{
    auto *slider = new QSlider(Qt::Horizontal, parent);
    slider->setRange(-50, 50);
    slider->setValue(0);
    slider->setSingleStep(1);
    slider->setPageStep(10);
    slider->setTickPosition(QSlider::TicksBelow);
    slider->setTickInterval(10);
    return slider;
}

} // namespace

BacklogPanel::BacklogPanel(QWidget *parent)
    : QWidget(parent)
{
    m_chart = new ForecastChart(this);
    m_chart->setObjectName(QStringLiteral("backlogFan"));

    auto *controls = new QWidget;
    m_whatIfTitle = heading(controls);
    m_filingsLabel = new QLabel(controls);
    m_filings = whatIfSlider(controls);
    m_filings->setObjectName(QStringLiteral("filingsSlider"));
    m_filingsValue = new QLabel(controls);
    m_capacityLabel = new QLabel(controls);
    m_capacity = whatIfSlider(controls);
    m_capacity->setObjectName(QStringLiteral("capacitySlider"));
    m_capacityValue = new QLabel(controls);
    m_filingsLabel->setBuddy(m_filings);
    m_capacityLabel->setBuddy(m_capacity);
    const int valueWidth = fontMetrics().horizontalAdvance(QStringLiteral("−50.0%")) + 8;
    m_filingsValue->setMinimumWidth(valueWidth);
    m_capacityValue->setMinimumWidth(valueWidth);
    m_filingsValue->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_capacityValue->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    m_levelLabel = new QLabel(controls);
    m_level = new QSpinBox(controls);
    m_level->setObjectName(QStringLiteral("levelBox"));
    m_level->setRange(0, 100000000);
    m_level->setGroupSeparatorShown(true);
    m_level->setSingleStep(50);
    m_level->setAccelerated(true);
    m_levelLabel->setBuddy(m_level);
    m_probability = forecastFormat::wrappedLabel(controls);
    m_probability->setObjectName(QStringLiteral("probability"));
    m_closureTitle = heading(controls);
    m_closure = forecastFormat::wrappedLabel(controls);
    m_closure->setObjectName(QStringLiteral("closureModel"));

    auto *sliders = new QGridLayout;
    sliders->addWidget(m_filingsLabel, 0, 0, 1, 2);
    sliders->addWidget(m_filings, 1, 0);
    sliders->addWidget(m_filingsValue, 1, 1);
    sliders->addWidget(m_capacityLabel, 2, 0, 1, 2);
    sliders->addWidget(m_capacity, 3, 0);
    sliders->addWidget(m_capacityValue, 3, 1);
    sliders->setColumnStretch(0, 1);
    auto *levelRow = new QHBoxLayout;
    levelRow->addWidget(m_levelLabel);
    levelRow->addWidget(m_level, 1);

    auto *controlsLayout = new QVBoxLayout(controls);
    controlsLayout->setContentsMargins(6, 6, 6, 6);
    controlsLayout->addWidget(m_whatIfTitle);
    controlsLayout->addLayout(sliders);
    controlsLayout->addSpacing(8);
    controlsLayout->addLayout(levelRow);
    controlsLayout->addWidget(m_probability);
    controlsLayout->addSpacing(8);
    controlsLayout->addWidget(m_closureTitle);
    controlsLayout->addWidget(m_closure);
    controlsLayout->addStretch(1);

    // The controls scroll on small screens; the fan takes what width is left.
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(controls);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(300);
    scroll->setMaximumWidth(420);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(scroll, 0);
    layout->addWidget(m_chart, 1);

    connect(m_filings, &QSlider::valueChanged, this, [this] {
        updateSliderLabels();
        Q_EMIT scenarioChanged(scenario());
    });
    connect(m_capacity, &QSlider::valueChanged, this, [this] {
        updateSliderLabels();
        Q_EMIT scenarioChanged(scenario());
    });
    connect(m_level, &QSpinBox::valueChanged, this, [this] {
        m_levelTouched = true;
        m_chart->setLevel(level());
        updateProbability();
    });
    setTabOrder(m_filings, m_capacity);
    setTabOrder(m_capacity, m_level);
    setTabOrder(m_level, m_chart);
    retranslate();
}

BacklogScenario BacklogPanel::scenario() const
{
    BacklogScenario s;
    s.filingsChange = m_filings->value() / 100.0;
    s.capacityChange = m_capacity->value() / 100.0;
    return s;
}

double BacklogPanel::level() const
{
    return m_level->value();
}

void BacklogPanel::setLevel(double value)
{
    m_level->setValue(int(std::lround(value)));
}

void BacklogPanel::setOutcome(const ForecastOutcome *outcome)
{
    m_outcome = outcome && outcome->backlog ? outcome : nullptr;
    setEnabled(m_outcome != nullptr);
    if (m_outcome && !m_levelTouched && !m_outcome->series.pending.isEmpty()) {
        // A first question worth asking: when will the backlog be a tenth smaller than now?
        const double now = m_outcome->series.pending.values.back();
        const QSignalBlocker blocker(m_level);
        m_level->setValue(int(std::lround(now * 0.9)));
    }
    updateClosureModel();
    updateFan();
}

void BacklogPanel::updateFan()
{
    if (!m_outcome) {
        m_chart->setSeries({}, {}, tr("Pending at month end"), chartStyle::Role::Pending);
        m_chart->setForecastIsMedian(true);
        m_chart->setLevel(std::nullopt);
        updateProbability();
        return;
    }
    m_chart->setSeries(m_outcome->series.pending, m_outcome->pendingForecast, tr("Pending at month end"),
        chartStyle::Role::Pending);
    m_chart->setInnerBand(m_outcome->fan.p25, m_outcome->fan.p75);
    m_chart->setForecastIsMedian(true);
    m_chart->setLevel(level());
    updateProbability();
}

QString BacklogPanel::probabilityText() const
{
    return m_probability->text();
}

QString BacklogPanel::closureModelText() const
{
    return m_closure->text();
}

void BacklogPanel::updateSliderLabels()
{
    m_filingsValue->setText(CoefficientText::signedPercent(m_filings->value()));
    m_capacityValue->setText(CoefficientText::signedPercent(m_capacity->value()));
    m_filings->setAccessibleDescription(m_filingsValue->text());
    m_capacity->setAccessibleDescription(m_capacityValue->text());
}

void BacklogPanel::updateProbability()
{
    if (!m_outcome || m_outcome->fan.horizon() == 0) {
        m_probability->setText(tr("No backlog forecast."));
        return;
    }
    const BacklogFan &fan = m_outcome->fan;
    const double target = level();
    const std::vector<double> reached = BacklogSimulation::probabilityReached(fan, target);
    const int first = BacklogSimulation::firstMonthReached(fan, target, 0.5);
    const int last = fan.horizon() - 1;
    const QString lastMonth = monthLabel(fan.first.addMonths(last));
    QStringList lines;
    const double now = m_outcome->series.pending.isEmpty() ? 0 : m_outcome->series.pending.values.back();
    if (now < target)
        lines << tr("The backlog is already below %1 (%2 now).").arg(cases(target), cases(now));
    if (first >= 0) {
        lines << tr("Below %1 by %2 with probability %3.")
                     .arg(cases(target), monthLabel(fan.first.addMonths(first)),
                         percent(reached[size_t(first)]));
    } else {
        lines << tr("Below %1 within %n months: less than an even chance.", nullptr, fan.horizon())
                     .arg(cases(target));
    }
    lines << tr("Probability of falling below %1 by %2 (month %3): %4.")
                 .arg(cases(target), lastMonth, QLocale().toString(fan.horizon()), percent(reached.back()));
    m_probability->setText(lines.join(QLatin1Char('\n')));
    m_level->setToolTip(lines.join(QLatin1Char('\n')));
}

void BacklogPanel::updateClosureModel()
{
    if (!m_outcome) {
        m_closure->clear();
        return;
    }
    const ClosureModel &model = m_outcome->backlog->closureModel();
    const QLocale locale;
    QStringList lines;
    lines << tr(
        "Closures assume that each 1% more workload (pending at the previous month end + cases filed in the "
        "month) brings %1% more closures: elasticity %2 ± %3 (one standard error), with month effects and a "
        "trend, fitted on %n months.",
        nullptr, model.observations)
                 .arg(locale.toString(model.elasticity, 'f', 2), locale.toString(model.elasticity, 'f', 2),
                     locale.toString(model.elasticityStandardError, 'f', 2));
    lines << tr(
        "Monthly noise: %1 on the log scale. Closing capacity ±y% scales closures at the same workload.")
                 .arg(locale.toString(model.sigma, 'f', 3));
    if (!m_outcome->fan.closedMedian.empty()) {
        const auto [lo, hi]
            = std::minmax_element(m_outcome->fan.closedMedian.cbegin(), m_outcome->fan.closedMedian.cend());
        lines << tr("Median closures per forecast month: %1 – %2; median filings: %3 – %4.")
                     .arg(cases(*lo), cases(*hi),
                         cases(m_outcome->fan.filedMedian.empty()
                                 ? 0
                                 : *std::min_element(
                                     m_outcome->fan.filedMedian.cbegin(), m_outcome->fan.filedMedian.cend())),
                         cases(m_outcome->fan.filedMedian.empty()
                                 ? 0
                                 : *std::max_element(m_outcome->fan.filedMedian.cbegin(),
                                     m_outcome->fan.filedMedian.cend())));
    }
    lines << tr(
        "The fan is %n simulated paths; backlog forecasts fail mostly when this closure assumption does.",
        nullptr, m_outcome->fan.paths);
    for (const QString &message : m_outcome->backlog->messages())
        lines << QStringLiteral("⚠ ") + message;
    m_closure->setText(lines.join(QStringLiteral("\n\n")));

    QStringList coefficients;
    for (const Coefficient &c : model.coefficients) {
        coefficients << QStringLiteral("%1: %2 (SE %3)")
                            .arg(c.name, locale.toString(c.estimate, 'g', 4),
                                locale.toString(c.standardError, 'g', 4));
    }
    m_closure->setToolTip(tr("Closure model coefficients on the log scale:") + QLatin1Char('\n')
        + coefficients.join(QLatin1Char('\n')));
}

void BacklogPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void BacklogPanel::retranslate()
{
    m_whatIfTitle->setText(tr("What if"));
    m_filingsLabel->setText(tr("&Filings ±x%"));
    m_filings->setAccessibleName(tr("Filings change in percent"));
    m_filings->setToolTip(tr("Cases filed each month, relative to the filings forecast (−50% to +50%)"));
    m_capacityLabel->setText(tr("Closing &capacity ±y%"));
    m_capacity->setAccessibleName(tr("Closing capacity change in percent"));
    m_capacity->setToolTip(
        tr("Closures for the same workload, relative to the closure model (−50% to +50%)"));
    m_levelLabel->setText(tr("Backlog &below"));
    m_level->setAccessibleName(tr("Backlog level"));
    m_closureTitle->setText(tr("Closure model"));
    m_closure->setAccessibleName(tr("Closure model"));
    m_probability->setAccessibleName(tr("Probability of reaching the level"));
    m_chart->setTitle(tr("Backlog: pending cases at month end, simulated"));
    m_chart->setAccessibleName(tr("Chart: backlog fan"));
    updateSliderLabels();
    updateClosureModel();
    updateFan();
}

} // namespace caseload
