#include "OverviewPage.h"

#include "IndicatorCard.h"

#include <QCoreApplication>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QResizeEvent>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedLayout>
#include <QVBoxLayout>

#include <cmath>
#include <limits>

namespace caseload {

namespace {

using Indicator = OverviewPage::Indicator;
using Card = IndicatorCard;

constexpr int MinCardWidth = 240;
constexpr int MaxColumns = 4; // three rows of eleven cards; wider windows get wider cards
constexpr int Spacing = 10;

enum class Kind { Share, Count, Days };

Kind kindOf(Indicator i)
{
    switch (i) {
    case Indicator::Pending:
        return Kind::Count;
    case Indicator::DispositionTime:
    case Indicator::MedianDays:
        return Kind::Days;
    default:
        return Kind::Share;
    }
}

/// Pending cases, disposition time and days to closure are better when they go down.
bool higherIsBetter(Indicator i)
{
    return kindOf(i) == Kind::Share;
}

int coreIndex(Indicator i)
{
    return int(i) - int(Indicator::Core1);
}

bool isCore(Indicator i)
{
    return int(i) >= int(Indicator::Core1);
}

std::optional<double> valueOf(Indicator i, const AnalyticsResult &r)
{
    switch (i) {
    case Indicator::ClearanceRate:
        return r.flow.clearanceRate;
    case Indicator::Pending:
        return double(r.flow.pendingEnd);
    case Indicator::DispositionTime:
        return r.flow.dispositionTimeDays;
    case Indicator::MedianDays:
        return r.durations.medianDays;
    case Indicator::WithinLimit:
        return r.durations.withinLimitShareNet;
    case Indicator::RecoveryRatio:
        return r.recovery.ratio;
    default: {
        const CoreIndicator &c = r.core[size_t(coreIndex(i))];
        return c.computable ? c.value : std::nullopt;
    }
    }
}

std::optional<double> targetOf(Indicator i, const AnalyticsResult &r)
{
    if (i == Indicator::ClearanceRate)
        return 1.0; // closures keep up with filings
    if (isCore(i))
        return r.core[size_t(coreIndex(i))].target;
    return std::nullopt;
}

/// The monthly values of the indicator over `months`; empty when the engine has no monthly series
/// for it.
QList<double> monthlySeries(Indicator i, const std::vector<MonthlyPoint> &months)
{
    constexpr double Missing = std::numeric_limits<double>::quiet_NaN();
    QList<double> values;
    auto add = [&](std::optional<double> v) { values.append(v ? *v : Missing); };
    for (const MonthlyPoint &m : months) {
        switch (i) {
        case Indicator::ClearanceRate:
            add(m.clearanceRate);
            break;
        case Indicator::Pending:
            add(double(m.pendingEnd));
            break;
        case Indicator::DispositionTime:
            add(m.dispositionTimeDays);
            break;
        default:
            return {};
        }
    }
    return values;
}

QString percent(double share)
{
    return QLocale().toString(share * 100, 'f', 1) + QLatin1Char('%');
}

QString number(qint64 n)
{
    return QLocale().toString(n);
}

QString days(double d, int decimals)
{
    return QLocale().toString(d, 'f', decimals);
}

QString yuan(qint64 fen)
{
    return QLocale().toString(double(fen) / 100.0, 'f', 2);
}

/// The card's big figure.
QString format(Indicator i, double v)
{
    switch (kindOf(i)) {
    case Kind::Share:
        return percent(v);
    case Kind::Count:
        return number(qint64(std::llround(v)));
    case Kind::Days:
        return days(v, 0);
    }
    return {};
}

/// The exact figure for tooltips.
QString formatExact(Indicator i, double v)
{
    return kindOf(i) == Kind::Days ? OverviewPage::tr("%1 days").arg(days(v, 1)) : format(i, v);
}

QString isoRange(const AnalyticsResult &r)
{
    return OverviewPage::tr("%1 to %2").arg(r.from.toString(Qt::ISODate), r.to.toString(Qt::ISODate));
}

QString reasonOf(Indicator i, const AnalyticsResult &r)
{
    switch (i) {
    case Indicator::ClearanceRate:
        return OverviewPage::tr("No case was filed in the period.");
    case Indicator::Pending:
        return {};
    case Indicator::DispositionTime:
    case Indicator::MedianDays:
    case Indicator::WithinLimit:
        return OverviewPage::tr("No case was closed in the period.");
    case Indicator::RecoveryRatio:
        return OverviewPage::tr("No case closed in the period has both amounts (applied and recovered).");
    default: {
        const QString reason = r.core[size_t(coreIndex(i))].reason;
        return reason.isEmpty() ? OverviewPage::tr("No case to count in the period.") : reason;
    }
    }
}

/// The change of indicator `i` from `before` to `now`: percentage points for shares, per cent for
/// counts and days.
Card::Change changeOf(
    Indicator i, const AnalyticsResult &now, const AnalyticsResult *before, const QString &label)
{
    Card::Change c;
    if (!before) {
        c.toolTip
            = QCoreApplication::translate("caseload::OverviewPage", "%1: no data to compare with").arg(label);
        return c;
    }
    const auto a = valueOf(i, now);
    const auto b = valueOf(i, *before);
    const QString period = isoRange(*before);
    if (!b) {
        c.toolTip = QCoreApplication::translate("caseload::OverviewPage", "%1 (%2): not computable. %3")
                        .arg(label, period, reasonOf(i, *before));
        return c;
    }
    c.toolTip = QCoreApplication::translate("caseload::OverviewPage", "%1 (%2): %3")
                    .arg(label, period, formatExact(i, *b));
    if (!a)
        return c;
    double delta = 0;
    QString unit;
    if (kindOf(i) == Kind::Share) {
        delta = (*a - *b) * 100;
    } else {
        if (*b == 0)
            return c; // no relative change from zero
        delta = (*a - *b) / *b * 100;
    }
    const QString size = QLocale().toString(std::abs(delta), 'f', 1);
    const QString amount = kindOf(i) == Kind::Share
        ? QCoreApplication::translate("caseload::OverviewPage", "%1 pp", "percentage points").arg(size)
        : size + QLatin1Char('%');
    if (std::round(std::abs(delta) * 10) == 0) {
        c.text = QStringLiteral("→ ") + amount;
        return c;
    }
    c.text = (delta > 0 ? QStringLiteral("▲ ") : QStringLiteral("▼ ")) + amount;
    c.trend = (delta > 0) == higherIsBetter(i) ? Card::Trend::Better : Card::Trend::Worse;
    return c;
}

QString titleOf(Indicator i, const IndicatorSettings &s)
{
    switch (i) {
    case Indicator::ClearanceRate:
        return OverviewPage::tr("Clearance rate");
    case Indicator::Pending:
        return OverviewPage::tr("Pending at period end");
    case Indicator::DispositionTime:
        return OverviewPage::tr("Disposition time");
    case Indicator::MedianDays:
        return OverviewPage::tr("Median days to closure");
    case Indicator::WithinLimit:
        return OverviewPage::tr("Closed within the time limit");
    case Indicator::RecoveryRatio:
        return OverviewPage::tr("Recovery ratio");
    case Indicator::Core1:
        return OverviewPage::tr("① Actual closure within the limit (cases with property)");
    case Indicator::Core2:
        return OverviewPage::tr("② 终本 quality");
    case Indicator::Core3:
        return OverviewPage::tr("③ Execution petitions resolved");
    case Indicator::Core4:
        return OverviewPage::tr("④ %n-year overall closure", nullptr, s.overallClosureYears);
    case Indicator::Core5:
        return OverviewPage::tr("⑤ Courts meeting the standard");
    }
    return {};
}

QString checkLabel(const QString &key)
{
    if (key == QLatin1String("network_inquiry"))
        return OverviewPage::tr("network inquiry within the window");
    if (key == QLatin1String("consumption_restriction"))
        return OverviewPage::tr("consumption restriction issued");
    if (key == QLatin1String("applicant_interview"))
        return OverviewPage::tr("applicant interviewed");
    if (key == QLatin1String("dishonest_list"))
        return OverviewPage::tr("dishonest-debtor listing");
    return key;
}

/// The exact numbers behind the figure.
QString toolTipOf(Indicator i, const AnalyticsResult &r)
{
    const FlowSummary &f = r.flow;
    const DurationStats &d = r.durations;
    auto opt = [](std::optional<double> v, int decimals) {
        return v ? QLocale().toString(*v, 'f', decimals) : QStringLiteral("—");
    };
    switch (i) {
    case Indicator::ClearanceRate:
        return OverviewPage::tr(
            "Closed %1 ÷ filed %2 = %3\nAim: at least 100% (closures keep up with filings)")
            .arg(number(f.closed), number(f.filed),
                f.clearanceRate ? percent(*f.clearanceRate) : QStringLiteral("—"));
    case Indicator::Pending:
        return OverviewPage::tr(
            "Filed on or before %1 and not closed by then: %2 cases\nPending when the period "
            "began: %3; filed %4, closed %5")
            .arg(r.to.toString(Qt::ISODate), number(f.pendingEnd), number(f.pendingStart), number(f.filed),
                number(f.closed));
    case Indicator::DispositionTime:
        return OverviewPage::tr("%1 days × %2 pending ÷ %3 closed = %4 days (CEPEJ)")
            .arg(number(f.daysInPeriod), number(f.pendingEnd), number(f.closed),
                opt(f.dispositionTimeDays, 1));
    case Indicator::MedianDays:
        return OverviewPage::tr("Median of %1 closed cases: %2 days (75th percentile %3, 90th %4)\n"
                                "Kaplan–Meier median with open cases censored: %5 days")
            .arg(number(d.closedCases), opt(d.medianDays, 1), opt(d.p75Days, 1), opt(d.p90Days, 1),
                opt(r.survival.medianDays, 1));
    case Indicator::WithinLimit:
        return OverviewPage::tr(
            "Closed by the deadline (time limit of %1 months + extension + deducted days): "
            "%2 of %3 = %4\nWithin the time limit without extension or deduction: %5 = %6")
            .arg(QString::number(r.settings.timeLimitMonths), number(d.withinLimitNet), number(d.closedCases),
                d.withinLimitShareNet ? percent(*d.withinLimitShareNet) : QStringLiteral("—"),
                number(d.withinLimitRaw),
                d.withinLimitShareRaw ? percent(*d.withinLimitShareRaw) : QStringLiteral("—"));
    case Indicator::RecoveryRatio:
        return OverviewPage::tr("Recovered ¥%1 ÷ applied ¥%2 over %3 closed cases = %4")
            .arg(yuan(r.recovery.recoveredFen), yuan(r.recovery.appliedFen), number(r.recovery.cases),
                r.recovery.ratio ? percent(*r.recovery.ratio) : QStringLiteral("—"));
    default:
        break;
    }
    const CoreIndicator &c = r.core[size_t(coreIndex(i))];
    QString tip = c.computable ? OverviewPage::tr("%1 ÷ %2 = %3")
                                     .arg(number(c.numerator), number(c.denominator),
                                         c.value ? percent(*c.value) : QStringLiteral("—"))
                               : OverviewPage::tr("Not computable: %1").arg(c.reason);
    tip += QLatin1Char('\n') + OverviewPage::tr("Target: at least %1").arg(percent(c.target));
    if (!c.checks.isEmpty()) {
        QStringList checks;
        for (const QString &key : c.checks)
            checks.append(checkLabel(key));
        tip += QLatin1Char('\n') + OverviewPage::tr("Checks: %1").arg(checks.join(QStringLiteral(", ")));
    }
    return tip;
}

} // namespace

OverviewPage::OverviewPage(QWidget *parent)
    : DashboardPage(parent)
    , m_stack(new QStackedLayout(this))
    , m_message(new QLabel(this))
    , m_content(new QWidget(this))
    , m_header(new QLabel(m_content))
    , m_scroll(new QScrollArea(m_content))
    , m_gridWidget(new QWidget)
    , m_grid(new QGridLayout)
{
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setMargin(24);
    m_message->setForegroundRole(QPalette::PlaceholderText);
    m_header->setTextFormat(Qt::PlainText);
    m_header->setWordWrap(true);

    auto *gridColumn = new QVBoxLayout(m_gridWidget);
    gridColumn->setContentsMargins(0, 0, 0, 0);
    // The rows share the height up to the cards' maximum; a tall window leaves the rest below.
    gridColumn->addLayout(m_grid, 1);
    gridColumn->addStretch(0);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setSpacing(Spacing);
    for (size_t i = 0; i < m_cards.size(); ++i) {
        auto *card = new IndicatorCard(m_gridWidget);
        const auto indicator = Indicator(i);
        card->setObjectName(QStringLiteral("card%1").arg(i));
        connect(card, &IndicatorCard::activated, this, [this, indicator] { onCardActivated(indicator); });
        m_cards[i] = card;
    }
    m_scroll->setWidget(m_gridWidget);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(8);
    layout->addWidget(m_header);
    layout->addWidget(m_scroll, 1);
    m_stack->addWidget(m_message);
    m_stack->addWidget(m_content);

    retranslate();
    relayout();
    refresh();
}

QString OverviewPage::title() const
{
    return tr("Overview");
}

QString OverviewPage::key() const
{
    return QStringLiteral("overview");
}

bool OverviewPage::isShowingMessage() const
{
    return m_stack->currentWidget() == m_message;
}

QString OverviewPage::message() const
{
    return isShowingMessage() ? m_message->text() : QString();
}

void OverviewPage::setData(const DashboardData &data)
{
    m_data = data;
    refresh();
}

void OverviewPage::retranslate()
{
    setAccessibleName(title());
    m_scroll->setAccessibleName(tr("Indicator cards"));
    refresh();
}

void OverviewPage::refresh()
{
    if (!m_data.hasResult()) {
        m_message->setText(!m_data.error.isEmpty()
                ? tr("The figures cannot be computed: %1").arg(m_data.error)
                : m_data.loading
                ? tr("Reading the cases…")
                : !m_data.table
                ? tr("No cases loaded yet. Import a case export (File ▸ Import) or open the demo data.")
                : tr("Computing…"));
        m_stack->setCurrentWidget(m_message);
        return;
    }
    const AnalyticsResult &r = *m_data.result;
    QString header
        = tr("%1 to %2, as of %3")
              .arg(r.from.toString(Qt::ISODate), r.to.toString(Qt::ISODate), r.asOf.toString(Qt::ISODate));
    header += QStringLiteral(" · ")
        + tr("%Ln case(s) selected", nullptr,
            int(std::min<qint64>(r.casesSelected, std::numeric_limits<int>::max())));
    if (!m_data.previous && !m_data.yearAgo && !m_data.trailing12)
        header += QStringLiteral(" · ") + tr("comparisons loading…");
    m_header->setText(header);
    for (size_t i = 0; i < m_cards.size(); ++i)
        m_cards[i]->setContent(contentFor(Indicator(i)));
    m_stack->setCurrentWidget(m_content);
}

IndicatorCard::Content OverviewPage::contentFor(Indicator indicator) const
{
    const AnalyticsResult &r = *m_data.result;
    Card::Content c;
    c.title = titleOf(indicator, r.settings);
    c.toolTip = toolTipOf(indicator, r);
    const auto value = valueOf(indicator, r);
    const auto target = targetOf(indicator, r);
    if (kindOf(indicator) == Kind::Days)
        c.unit = tr("days");
    if (target)
        c.target = indicator == Indicator::ClearanceRate ? tr("Aim ≥ %1").arg(percent(*target))
                                                         : tr("Target ≥ %1").arg(percent(*target));
    if (value) {
        c.value = format(indicator, *value);
        c.light = target ? Card::lightFor(*value, *target) : Card::Light::Neutral;
    } else {
        c.reason = reasonOf(indicator, r);
        c.light = Card::Light::Off;
    }
    c.previous = changeOf(indicator, r, m_data.previous.get(), tr("Previous period"));
    c.yearAgo = changeOf(indicator, r, m_data.yearAgo.get(), tr("Same period last year"));

    if (m_data.trailing12) {
        const auto &months = m_data.trailing12->monthly;
        c.sparkline = monthlySeries(indicator, months);
        if (c.sparkline.isEmpty() && m_data.trailingMonths.size() == months.size()) {
            // No monthly series in the result: each month computed alone gives the figure.
            for (const auto &month : m_data.trailingMonths) {
                const std::optional<double> v = valueOf(indicator, *month);
                c.sparkline.append(v ? *v : std::numeric_limits<double>::quiet_NaN());
            }
        }
        if (indicator == Indicator::ClearanceRate)
            c.sparklineReference = 1.0;
        QStringList lines;
        for (size_t m = 0; m < months.size() && m < size_t(c.sparkline.size()); ++m) {
            const double v = c.sparkline[qsizetype(m)];
            lines.append(tr("%1: %2").arg(months[m].month.toString(QStringLiteral("yyyy-MM")),
                std::isfinite(v) ? formatExact(indicator, v) : QStringLiteral("—")));
        }
        if (!lines.isEmpty())
            c.sparklineToolTip = tr("Month by month:") + QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
    }
    return c;
}

void OverviewPage::onCardActivated(Indicator indicator)
{
    if (!m_data.hasResult())
        return;
    const AnalyticsResult &r = *m_data.result;
    DrillDown d;
    switch (indicator) {
    case Indicator::Pending:
    case Indicator::DispositionTime:
        d.subset.kind = CaseSubset::Kind::Pending;
        d.subset.asOf = r.to;
        d.title = tr("Pending at %1").arg(r.to.toString(Qt::ISODate));
        break;
    case Indicator::ClearanceRate:
    case Indicator::MedianDays:
    case Indicator::WithinLimit:
    case Indicator::RecoveryRatio:
        d.subset.kind = CaseSubset::Kind::Closed;
        d.subset.from = r.from;
        d.subset.to = r.to;
        d.title = tr("Closed %1").arg(isoRange(r));
        break;
    default:
        return; // core indicators count cases by rules a plain list cannot show
    }
    Q_EMIT drillDownRequested(d);
}

void OverviewPage::relayout()
{
    // The scroll area has not been laid out yet during the page's resize: work from the page's width,
    // keeping room for a vertical scroll bar.
    const QMargins margins = m_content->layout()->contentsMargins();
    const int available
        = width() - margins.left() - margins.right() - m_scroll->verticalScrollBar()->sizeHint().width();
    const int columns = std::clamp((available + Spacing) / (MinCardWidth + Spacing), 1, MaxColumns);
    if (columns == m_columns)
        return;
    m_columns = columns;
    for (IndicatorCard *card : m_cards)
        m_grid->removeWidget(card);
    for (int i = 0; i < m_grid->columnCount(); ++i)
        m_grid->setColumnStretch(i, 0);
    for (size_t i = 0; i < m_cards.size(); ++i)
        m_grid->addWidget(m_cards[i], int(i) / columns, int(i) % columns);
    for (int i = 0; i < columns; ++i)
        m_grid->setColumnStretch(i, 1);
    // Tab order follows reading order.
    for (size_t i = 1; i < m_cards.size(); ++i)
        setTabOrder(m_cards[i - 1], m_cards[i]);
    for (size_t i = 0; i < m_cards.size(); ++i)
        m_cards[i]->setClickable(!isCore(Indicator(i)));
}

void OverviewPage::resizeEvent(QResizeEvent *event)
{
    DashboardPage::resizeEvent(event);
    relayout();
}

void OverviewPage::changeEvent(QEvent *event)
{
    DashboardPage::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

} // namespace caseload
