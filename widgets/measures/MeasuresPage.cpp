#include "MeasuresPage.h"

#include "ChartPanel.h"

#include "MeasureCourtsPanel.h"
#include "MeasureText.h"
#include "MeasureTrendPanel.h"
#include "MeasureUsageModel.h"
#include "TerminationChecksPanel.h"
#include "charts/InteractiveChartView.h"

#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace caseload {

MeasuresPage::MeasuresPage(QWidget *parent)
    : DashboardPage(parent)
    , m_stack(new QStackedWidget(this))
    , m_message(new QLabel)
    , m_scroll(new QScrollArea)
    , m_trend(new MeasureTrendPanel)
    , m_courts(new MeasureCourtsPanel)
    , m_checks(new TerminationChecksPanel)
    , m_usageTitle(new QLabel)
    , m_usageView(new QTableView)
    , m_usage(new MeasureUsageModel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    ChartPanel::styleMessage(m_message);
    m_stack->addWidget(m_message);

    auto *content = new QWidget;
    auto *grid = new QGridLayout(content);
    m_trend->setMinimumHeight(280);
    m_checks->setMinimumHeight(300);
    m_courts->setMinimumWidth(360);
    m_checks->setMinimumWidth(320);
    grid->addWidget(m_trend, 0, 0, 1, 2);
    grid->addWidget(m_courts, 1, 0);
    grid->addWidget(m_checks, 1, 1, Qt::AlignTop);
    grid->addWidget(m_usageTitle, 2, 0, 1, 2);
    grid->addWidget(m_usageView, 3, 0, 1, 2);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);
    grid->setRowStretch(1, 1);

    QFont titleFont = m_usageTitle->font();
    titleFont.setBold(true);
    m_usageTitle->setFont(titleFont);
    m_usageTitle->setBuddy(m_usageView);
    m_usageView->setModel(m_usage);
    m_usageView->verticalHeader()->hide();
    m_usageView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_usageView->horizontalHeader()->setSectionResizeMode(MeasureUsageModel::Name, QHeaderView::Stretch);
    m_usageView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_usageView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_usageView->setWordWrap(false);
    m_usageView->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_scroll->setWidget(content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_stack->addWidget(m_scroll);

    setTabOrder(m_trend->view(), m_courts->view());
    setTabOrder(m_courts->view(), m_checks->view());
    setTabOrder(m_checks->view(), m_usageView);

    connect(m_courts, &MeasureCourtsPanel::courtClicked, this, &MeasuresPage::drillDownToCourt);
    retranslate();
}

QString MeasuresPage::title() const
{
    return tr("Measures");
}

QString MeasuresPage::key() const
{
    return QStringLiteral("measures");
}

void MeasuresPage::setData(const DashboardData &data)
{
    m_data = data;
    m_error = data.error;
    if (!data.hasResult()) {
        m_state = !data.error.isEmpty() ? State::Failed : data.loading ? State::Loading : State::NoData;
    } else {
        const AnalyticsResult &result = *data.result;
        bool any = false;
        for (const MeasureUsage &usage : result.measures)
            any = any || usage.available;
        m_state = any ? State::Data : State::NoMeasures;
        if (any) {
            m_trend->setResult(result);
            m_courts->setResult(result);
            m_checks->setResult(result);
            m_usage->setResult(result);
            // The table shows its few rows in full; the page scrolls instead.
            m_usageView->setFixedHeight(m_usageView->horizontalHeader()->sizeHint().height()
                + m_usageView->verticalHeader()->length() + 2 * m_usageView->frameWidth());
        }
    }
    retranslate();
}

bool MeasuresPage::isShowingMessage() const
{
    return m_stack->currentWidget() == m_message;
}

QString MeasuresPage::message() const
{
    return isShowingMessage() ? m_message->text() : QString();
}

void MeasuresPage::drillDownToCourt(const QString &court)
{
    if (!m_data.hasResult())
        return;
    DrillDown drill;
    drill.subset.kind = CaseSubset::Kind::Filed;
    drill.subset.from = m_data.result->from;
    drill.subset.to = m_data.result->to;
    drill.subset.courts = {court};
    const QLocale locale;
    drill.title = tr("Filed from %1 to %2, %3")
                      .arg(locale.toString(m_data.result->from, QStringLiteral("yyyy-MM-dd")),
                          locale.toString(m_data.result->to, QStringLiteral("yyyy-MM-dd")), court);
    Q_EMIT drillDownRequested(drill);
}

void MeasuresPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_usage->retranslate();
    }
    DashboardPage::changeEvent(event);
}

void MeasuresPage::retranslate()
{
    m_usageTitle->setText(tr("&Use of each measure among the cases filed in the period"));
    m_usageView->setAccessibleName(tr("Use of each enforcement measure"));
    switch (m_state) {
    case State::Loading:
        m_message->setText(tr("Reading the cases…"));
        break;
    case State::NoData:
        m_message->setText(tr("No cases loaded yet. Import a court export to see how the enforcement "
                              "measures are used."));
        break;
    case State::Failed:
        m_message->setText(tr("The figures could not be computed:\n%1").arg(m_error));
        break;
    case State::NoMeasures: {
        QStringList columns;
        for (int m = 0; m < CaseTable::MeasureCount; ++m) {
            columns.append(tr("%1 (%2)").arg(
                measureText::columnHeader(CaseTable::Measure(m)), measureText::name(CaseTable::Measure(m))));
        }
        m_message->setText(tr("This data has no enforcement-measure column, so there is nothing to show "
                              "here.\n\nImport an export with at least one of these columns (the dates the "
                              "measures were taken) to see their use over time and by court, and which 终本 "
                              "quality checks fail most:\n%1")
                               .arg(columns.join(u'\n')));
        break;
    }
    case State::Data:
        break;
    }
    m_stack->setCurrentWidget(m_state == State::Data ? static_cast<QWidget *>(m_scroll) : m_message);
}

} // namespace caseload
