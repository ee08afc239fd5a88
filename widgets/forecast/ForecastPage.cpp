#include "ForecastPage.h"

#include "AccuracyPanel.h"
#include "BacklogPanel.h"
#include "ForecastChart.h"
#include "ForecastController.h"
#include "ForecastFormat.h"
#include "InterventionEditor.h"
#include "ModelPanel.h"
#include "charts/ChartStyle.h"

#include <QComboBox>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace caseload {

using forecastFormat::monthLabel;

namespace {

chartStyle::Role roleOf(ForecastSeriesKind kind)
{
    switch (kind) {
    case ForecastSeriesKind::Filed:
        return chartStyle::Role::Filed;
    case ForecastSeriesKind::Closed:
        return chartStyle::Role::Closed;
    case ForecastSeriesKind::Pending:
        return chartStyle::Role::Pending;
    }
    return chartStyle::Role::Filed;
}

// The forecast is of the whole history up to the period's end: the period's start, the as-of date
// and the comparison results do not change it.
bool sameHistory(const DashboardData &a, const DashboardData &b)
{
    const CaseFilter &f = a.input.filter;
    const CaseFilter &g = b.input.filter;
    return a.table == b.table && a.storeLocation == b.storeLocation && f.to == g.to && f.courts == g.courts
        && f.courtGroups == g.courtGroups && f.types == g.types && f.causes == g.causes
        && f.handlers == g.handlers && f.methods == g.methods && a.input.settings == b.input.settings
        && a.input.courtGroups == b.input.courtGroups && a.input.petitions == b.input.petitions;
}

} // namespace

ForecastPage::ForecastPage(QWidget *parent)
    : DashboardPage(parent)
    , m_controller(new ForecastController(this))
{
    m_seriesLabel = new QLabel(this);
    m_series = new QComboBox(this);
    m_series->setObjectName(QStringLiteral("seriesPicker"));
    m_series->addItem(QString(), int(ForecastSeriesKind::Filed));
    m_series->addItem(QString(), int(ForecastSeriesKind::Closed));
    m_series->addItem(QString(), int(ForecastSeriesKind::Pending));
    m_series->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_seriesLabel->setBuddy(m_series);
    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(140);
    m_busy->hide();
    m_cancel = new QPushButton(this);
    m_cancel->setEnabled(false);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_seriesLabel);
    bar->addWidget(m_series);
    bar->addSpacing(12);
    bar->addWidget(m_status, 1);
    bar->addWidget(m_busy);
    bar->addWidget(m_cancel);

    // The forecast tab: the chart, then the model and the messages.
    m_forecastTab = new QWidget(this);
    m_chart = new ForecastChart(m_forecastTab);
    m_chart->setObjectName(QStringLiteral("forecastChart"));
    m_model = forecastFormat::wrappedLabel(m_forecastTab);
    m_model->setObjectName(QStringLiteral("modelName"));
    QFont bold = m_model->font();
    bold.setBold(true);
    m_model->setFont(bold);
    m_reason = forecastFormat::wrappedLabel(m_forecastTab);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_messages = forecastFormat::wrappedLabel(m_forecastTab);
    m_messages->setObjectName(QStringLiteral("messages"));
    m_messages->setFrameShape(QFrame::StyledPanel);
    m_messages->setMargin(4);
    m_messages->hide();
    auto *forecastLayout = new QVBoxLayout(m_forecastTab);
    forecastLayout->setContentsMargins(6, 6, 6, 6);
    forecastLayout->addWidget(m_chart, 1);
    forecastLayout->addWidget(m_model);
    forecastLayout->addWidget(m_reason);
    forecastLayout->addWidget(m_messages);

    m_models = new ModelPanel(this);
    m_accuracy = new AccuracyPanel(this);
    m_backlog = new BacklogPanel(this);
    m_editor = new InterventionEditor(this);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("forecastTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_forecastTab, QString());
    m_tabs->addTab(m_models, QString());
    m_tabs->addTab(m_accuracy, QString());
    m_tabs->addTab(m_backlog, QString());
    m_tabs->addTab(m_editor, QString());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(bar);
    layout->addWidget(m_tabs, 1);

    setTabOrder(m_series, m_cancel);
    setTabOrder(m_cancel, m_tabs);

    connect(m_series, &QComboBox::currentIndexChanged, this, [this] { run(); });
    connect(m_cancel, &QPushButton::clicked, m_controller, &ForecastController::cancel);
    connect(m_controller, &ForecastController::started, this, &ForecastPage::updateStatus);
    connect(m_controller, &ForecastController::finished, this, &ForecastPage::showOutcome);
    connect(m_controller, &ForecastController::cancelled, this, [this] {
        m_cancelled = true;
        updateStatus();
    });
    connect(m_controller, &ForecastController::fanReady, this, &ForecastPage::showFan);
    connect(m_controller, &ForecastController::connectionLost, this, &ForecastPage::connectionLost);
    connect(m_controller, &ForecastController::settingsSaved, this, [this](bool ok, const QString &error) {
        m_editor->setStatus(ok ? tr("Saved in the database.") : error);
    });
    connect(m_backlog, &BacklogPanel::scenarioChanged, m_controller, &ForecastController::setScenario);
    connect(m_editor, &InterventionEditor::applyRequested, this, [this](const ForecastSettings &settings) {
        m_editor->setSettings(settings);
        m_editor->setStatus(tr("Saving…"));
        m_cancelled = false;
        m_controller->applySettings(settings);
    });

    retranslate();
    updateStatus();
}

ForecastPage::~ForecastPage() = default;

QString ForecastPage::title() const
{
    return tr("Forecast");
}

QString ForecastPage::key() const
{
    return QStringLiteral("forecast");
}

QWidget *ForecastPage::tab(Tab which) const
{
    return m_tabs->widget(int(which));
}

void ForecastPage::setData(const DashboardData &data)
{
    const bool unchanged = m_data.hasResult() && data.hasResult() && sameHistory(m_data, data) && !m_dirty
        && (m_controller->isBusy() || (m_controller->outcome() && m_controller->outcome()->error.isEmpty()));
    m_data = data;
    if (unchanged)
        return;
    if (isVisible())
        run();
    else
        m_dirty = true;
}

ForecastSeriesKind ForecastPage::seriesKind() const
{
    return ForecastSeriesKind(m_series->currentData().toInt());
}

void ForecastPage::setSeriesKind(ForecastSeriesKind kind)
{
    m_series->setCurrentIndex(m_series->findData(int(kind)));
}

void ForecastPage::showEvent(QShowEvent *event)
{
    DashboardPage::showEvent(event);
    if (m_dirty)
        run();
}

void ForecastPage::run()
{
    if (!isVisible()) {
        m_dirty = true;
        return;
    }
    m_dirty = false;
    m_cancelled = false;
    m_controller->request(m_data, seriesKind());
    updateStatus();
}

void ForecastPage::showOutcome()
{
    const ForecastOutcome *outcome = m_controller->outcome();
    updateStatus();
    if (!outcome || !outcome->error.isEmpty()) {
        m_chart->setSeries({}, {}, QString(), chartStyle::Role::Filed);
        m_model->clear();
        m_reason->clear();
        m_messages->hide();
        m_models->clear();
        m_accuracy->setReport({});
        m_backlog->setOutcome(nullptr);
        Q_EMIT forecastShown();
        return;
    }
    const ForecastReport &report = outcome->report;
    const bool pending = outcome->kind == ForecastSeriesKind::Pending;
    m_chart->setSeries(
        outcome->history(), outcome->forecast(), historyName(outcome->kind), roleOf(outcome->kind));
    if (pending) {
        m_chart->setInnerBand(outcome->fan.p25, outcome->fan.p75);
        m_chart->setForecastIsMedian(true);
    }
    m_chart->setTitle(pending ? tr("Cases pending at month end: history and simulated 12 months")
            : outcome->kind == ForecastSeriesKind::Closed
            ? tr("Cases closed per month: history and 12-month forecast")
            : tr("Cases filed per month: history and 12-month forecast"));
    m_model->setText(pending
            ? tr("Backlog: stock–flow simulation on the filings forecast of %1").arg(report.modelName)
            : tr("Model: %1").arg(report.modelName));
    QString reason = tr("Why: %1").arg(report.reason);
    if (pending) {
        reason += QLatin1Char('\n')
            + tr("Closures follow the closure model of the Backlog tab; the Models and Accuracy tabs "
                 "describe the "
                 "filings model.");
    }
    m_reason->setText(reason);

    QStringList messages = outcome->series.messages;
    for (const QStringList *list : {&report.messages, &report.forecast.messages}) {
        for (const QString &m : *list) {
            if (!messages.contains(m))
                messages << m;
        }
    }
    if (pending && outcome->backlog) {
        for (const QString &m : outcome->backlog->messages()) {
            if (!messages.contains(m))
                messages << m;
        }
    }
    QStringList lines;
    for (const QString &m : std::as_const(messages))
        lines << QStringLiteral("⚠ ") + m;
    m_messages->setText(lines.join(QLatin1Char('\n')));
    m_messages->setVisible(!lines.isEmpty());
    m_messages->setAccessibleName(tr("Forecast messages"));

    m_models->setReport(report, outcome->settings.interventions);
    m_accuracy->setReport(report);
    m_backlog->setOutcome(outcome);
    if (!m_editor->isModified())
        m_editor->setSettings(outcome->settings);
    Q_EMIT forecastShown();
}

void ForecastPage::showFan()
{
    const ForecastOutcome *outcome = m_controller->outcome();
    if (!outcome)
        return;
    m_backlog->updateFan();
    if (outcome->kind == ForecastSeriesKind::Pending) {
        m_chart->setSeries(
            outcome->history(), outcome->forecast(), historyName(outcome->kind), roleOf(outcome->kind));
        m_chart->setInnerBand(outcome->fan.p25, outcome->fan.p75);
        m_chart->setForecastIsMedian(true);
    }
    Q_EMIT fanShown();
}

void ForecastPage::updateStatus()
{
    const bool busy = m_controller->isBusy();
    m_busy->setVisible(busy);
    m_cancel->setEnabled(busy);
    QString text;
    const ForecastOutcome *outcome = m_controller->outcome();
    if (busy) {
        text = tr("Forecasting %1…").arg(m_series->currentText());
    } else if (m_cancelled) {
        text = outcome ? tr("Cancelled: the forecast shown is the previous one.") : tr("Cancelled.");
    } else if (!outcome) {
        text = m_data.hasResult() || !m_data.error.isEmpty() ? QString() : tr("Loading…");
        if (!m_data.error.isEmpty())
            text = m_data.error;
    } else if (!outcome->error.isEmpty()) {
        text = outcome->error;
    } else {
        const MonthlySeries &history = outcome->history();
        if (!history.isEmpty()) {
            text = tr("History: %n months, %1 to %2; forecast to %3", nullptr, history.size())
                       .arg(monthLabel(history.first), monthLabel(history.monthAt(history.size() - 1)),
                           monthLabel(history.monthAt(history.size() + outcome->forecast().horizon() - 1)));
        }
        if (!outcome->settingsWarning.isEmpty())
            text = text.isEmpty() ? outcome->settingsWarning : text + QStringLiteral(" — ") + outcome->settingsWarning;
    }
    m_status->setText(text);
    m_busy->setAccessibleName(busy ? text : QString());
}

QString ForecastPage::historyName(ForecastSeriesKind kind) const
{
    switch (kind) {
    case ForecastSeriesKind::Filed:
        return tr("Filed");
    case ForecastSeriesKind::Closed:
        return tr("Closed");
    case ForecastSeriesKind::Pending:
        return tr("Pending at month end");
    }
    return {};
}

QString ForecastPage::modelText() const
{
    return m_model->text();
}

QString ForecastPage::reasonText() const
{
    return m_reason->text();
}

QString ForecastPage::messagesText() const
{
    return m_messages->isHidden() ? QString() : m_messages->text();
}

QString ForecastPage::statusText() const
{
    return m_status->text();
}

void ForecastPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // Model names, reasons and messages come from the engine in the language of their run.
        if (m_controller->outcome()) {
            if (isVisible())
                m_controller->rerun();
            else
                m_dirty = true;
        }
    }
    DashboardPage::changeEvent(event);
}

void ForecastPage::retranslate()
{
    m_seriesLabel->setText(tr("&Series:"));
    m_series->setItemText(0, tr("Filed"));
    m_series->setItemText(1, tr("Closed"));
    m_series->setItemText(2, tr("Pending backlog"));
    m_series->setAccessibleName(tr("Series to forecast"));
    m_series->setToolTip(
        tr("Forecast the cases filed, the cases closed or the backlog, for the filter above"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop the running forecast"));
    m_cancel->setAccessibleName(tr("Cancel the forecast"));
    m_busy->setToolTip(tr("Forecasting…"));
    m_tabs->setTabText(int(Tab::Forecast), tr("Forecast"));
    m_tabs->setTabText(int(Tab::Models), tr("Models"));
    m_tabs->setTabText(int(Tab::Accuracy), tr("Accuracy"));
    m_tabs->setTabText(int(Tab::Backlog), tr("Backlog what-if"));
    m_tabs->setTabText(int(Tab::LevelShifts), tr("Level shifts"));
    m_tabs->setTabToolTip(int(Tab::Forecast), tr("The history, the forecast and its 80% and 95% intervals"));
    m_tabs->setTabToolTip(
        int(Tab::Models), tr("Every model considered, and the coefficients in plain words"));
    m_tabs->setTabToolTip(int(Tab::Accuracy), tr("How the forecast did on past data, beside seasonal naive"));
    m_tabs->setTabToolTip(int(Tab::Backlog), tr("The simulated backlog, with what-if sliders"));
    m_tabs->setTabToolTip(int(Tab::LevelShifts), tr("Known breaks in the series and the model options"));
    m_chart->setAccessibleName(tr("Chart: history and forecast with 80% and 95% intervals"));
    m_model->setAccessibleName(tr("Chosen model"));
    m_reason->setAccessibleName(tr("Why this model"));
    updateStatus();
}

} // namespace caseload
