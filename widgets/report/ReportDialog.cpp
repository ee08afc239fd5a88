#include "ReportDialog.h"

#include "ReportBatch.h"
#include "ReportTranslator.h"
#include "analytics/CaseTable.h"
#include "connection/LostConnection.h"
#include "report/MonthlyReport.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPageLayout>
#include <QPageSize>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTranslator>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <optional>

namespace caseload {

namespace {

QDate dayFromNumber(qint64 day)
{
    return QDate(1970, 1, 1).addDays(day);
}

QDate firstOfMonth(QDate date)
{
    return QDate(date.year(), date.month(), 1);
}

} // namespace

/// A report computed in the background, with the table it refers to kept alive.
struct ReportDialog::Computed
{
    std::shared_ptr<const CaseTable> table;
    std::unique_ptr<MonthlyReport> report;
    QString error;
    QString settingsWarning; ///< the store's forecast settings could not be used: why (defaults used)
    Rendering rendering; ///< painting must use the language the report was computed in
};

ReportDialog::ReportDialog(const DashboardData &data, QWidget *parent)
    : QDialog(parent)
    , m_data(data)
{
    setObjectName(QStringLiteral("reportDialog"));
    m_pool.setMaxThreadCount(1);

    if (m_data.table && !m_data.table->isEmpty()) {
        const QDate last = firstOfMonth(dayFromNumber(m_data.table->lastDay()));
        for (QDate m = firstOfMonth(dayFromNumber(m_data.table->firstDay())); m <= last; m = m.addMonths(1))
            m_months.append(m);
    }

    m_monthLabel = new QLabel(this);
    m_month = new QComboBox(this);
    m_month->setObjectName(QStringLiteral("month"));
    for (qsizetype i = m_months.size() - 1; i >= 0; --i)
        m_month->addItem(m_months.at(i).toString(QStringLiteral("yyyy-MM")), m_months.at(i));
    m_monthLabel->setBuddy(m_month);

    m_selectionBox = new QGroupBox(this);
    m_dashboardScope = new QRadioButton(m_selectionBox);
    m_dashboardScope->setObjectName(QStringLiteral("dashboardScope"));
    m_allScope = new QRadioButton(m_selectionBox);
    m_allScope->setObjectName(QStringLiteral("allScope"));
    m_courtScope = new QRadioButton(m_selectionBox);
    m_courtScope->setObjectName(QStringLiteral("courtScope"));
    m_court = new QComboBox(m_selectionBox);
    m_court->setObjectName(QStringLiteral("court"));
    if (m_data.table) {
        for (const CourtInfo &court : m_data.table->courts())
            m_court->addItem(court.name, court.name);
    }
    m_scopeGroup = new QButtonGroup(this);
    m_scopeGroup->addButton(m_dashboardScope, int(Scope::Dashboard));
    m_scopeGroup->addButton(m_allScope, int(Scope::AllCourts));
    m_scopeGroup->addButton(m_courtScope, int(Scope::OneCourt));
    m_dashboardScope->setChecked(true);

    auto *selectionLayout = new QGridLayout(m_selectionBox);
    selectionLayout->addWidget(m_dashboardScope, 0, 0, 1, 2);
    selectionLayout->addWidget(m_allScope, 1, 0, 1, 2);
    selectionLayout->addWidget(m_courtScope, 2, 0);
    selectionLayout->addWidget(m_court, 2, 1);
    selectionLayout->setColumnStretch(1, 1);

    m_languageLabel = new QLabel(this);
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    // Language names in their own language, as in View ▸ Language.
    m_language->addItem(QString::fromUtf8("中文"), int(QLocale::Chinese));
    m_language->addItem(QStringLiteral("English"), int(QLocale::English));
    m_languageLabel->setBuddy(m_language);
    {
        auto chinese = std::make_shared<QTranslator>();
        if (chinese->load(QStringLiteral("caseload_zh_CN"), QStringLiteral(":/i18n")))
            m_chinese = std::move(chinese);
    }

    m_preview = new QPushButton(this);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_print = new QPushButton(this);
    m_print->setObjectName(QStringLiteral("print"));
    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("savePdf"));
    m_batch = new QPushButton(this);
    m_batch->setObjectName(QStringLiteral("perCourt"));
    auto *actionLayout = new QHBoxLayout;
    for (QPushButton *button : {m_preview, m_print, m_save, m_batch}) {
        button->setAutoDefault(false);
        actionLayout->addWidget(button);
    }
    actionLayout->addStretch(1);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setTextVisible(false);
    m_cancelButton = new QPushButton(this);
    m_cancelButton->setObjectName(QStringLiteral("cancel"));
    m_cancelButton->setAutoDefault(false);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_openFolder = new QPushButton(this);
    m_openFolder->setObjectName(QStringLiteral("openFolder"));
    m_openFolder->setAutoDefault(false);
    auto *progressLayout = new QHBoxLayout;
    progressLayout->addWidget(m_progress, 1);
    progressLayout->addWidget(m_cancelButton);
    auto *statusLayout = new QHBoxLayout;
    statusLayout->addWidget(m_status, 1);
    statusLayout->addWidget(m_openFolder);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(m_monthLabel, m_month);
    form->addRow(m_languageLabel, m_language);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_selectionBox);
    layout->addLayout(actionLayout);
    layout->addLayout(progressLayout);
    layout->addLayout(statusLayout);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    setTabOrder(m_month, m_language);
    setTabOrder(m_language, m_dashboardScope);
    setTabOrder(m_dashboardScope, m_allScope);
    setTabOrder(m_allScope, m_courtScope);
    setTabOrder(m_courtScope, m_court);
    setTabOrder(m_court, m_preview);
    setTabOrder(m_preview, m_print);
    setTabOrder(m_print, m_save);
    setTabOrder(m_save, m_batch);
    setTabOrder(m_batch, m_cancelButton);
    setTabOrder(m_cancelButton, m_openFolder);
    setTabOrder(m_openFolder, m_buttons);

    connect(m_month, &QComboBox::currentIndexChanged, this, &ReportDialog::choiceChanged);
    connect(m_language, &QComboBox::currentIndexChanged, this, &ReportDialog::choiceChanged);
    connect(m_court, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_courtScope->isChecked())
            m_courtScope->setChecked(true);
        else
            choiceChanged();
    });
    connect(m_scopeGroup, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            choiceChanged();
    });
    connect(m_preview, &QPushButton::clicked, this, [this] { startCompute(After::Preview); });
    connect(m_print, &QPushButton::clicked, this, [this] { startCompute(After::Print); });
    connect(m_save, &QPushButton::clicked, this, &ReportDialog::saveFromDialog);
    connect(m_batch, &QPushButton::clicked, this, &ReportDialog::batchFromDialog);
    connect(m_cancelButton, &QPushButton::clicked, this, &ReportDialog::cancelBatch);
    connect(m_openFolder, &QPushButton::clicked, this,
        [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_lastFolder)); });

    setMonth(latestCompleteMonth());
    setReportLanguage(QLocale().language() == QLocale::Chinese ? QLocale::Chinese : QLocale::English);
    updateLanguageChoices();
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_openFolder->hide();
    retranslate();
    updateState();
}

ReportDialog::~ReportDialog()
{
    if (m_cancel)
        m_cancel->store(true);
    m_pool.waitForDone();
    if (m_router)
        QCoreApplication::removeTranslator(m_router);
}

QLocale::Language ReportDialog::reportLanguage() const
{
    return QLocale::Language(m_language->currentData().toInt());
}

void ReportDialog::setReportLanguage(QLocale::Language language)
{
    const int index = m_language->findData(int(language));
    if (index >= 0)
        m_language->setCurrentIndex(index);
}

void ReportDialog::setChineseTranslator(std::shared_ptr<const QTranslator> translator)
{
    m_chinese = std::move(translator);
    updateLanguageChoices();
    choiceChanged();
}

void ReportDialog::updateLanguageChoices()
{
    // Chinese needs a translation unless the interface is Chinese already.
    const bool available = m_chinese || QLocale().language() == QLocale::Chinese;
    auto *model = qobject_cast<QStandardItemModel *>(m_language->model());
    if (QStandardItem *item = model ? model->item(m_language->findData(int(QLocale::Chinese))) : nullptr)
        item->setEnabled(available);
    if (!available && reportLanguage() == QLocale::Chinese)
        setReportLanguage(QLocale::English);
}

ReportDialog::Rendering ReportDialog::rendering()
{
    const QLocale::Language wanted = reportLanguage();
    const bool uiChinese = QLocale().language() == QLocale::Chinese;
    if ((wanted == QLocale::Chinese) == uiChinese)
        return {}; // the interface's translators already speak the report's language
    if (!m_router) {
        // In front of the application's translators; silent outside a ReportTranslator::Scope.
        m_router = new ReportTranslator(this);
        QCoreApplication::installTranslator(m_router);
    }
    return {true, wanted == QLocale::Chinese ? m_chinese : nullptr};
}

QDate ReportDialog::month() const
{
    return m_month->currentData().toDate();
}

void ReportDialog::setMonth(QDate month)
{
    if (!month.isValid())
        return;
    const int index = m_month->findData(firstOfMonth(month));
    if (index >= 0)
        m_month->setCurrentIndex(index);
}

ReportDialog::Scope ReportDialog::scope() const
{
    return Scope(m_scopeGroup->checkedId());
}

void ReportDialog::setScope(Scope scope, const QString &court)
{
    if (scope == Scope::OneCourt) {
        const int index = m_court->findData(court);
        if (index >= 0)
            m_court->setCurrentIndex(index);
    }
    m_scopeGroup->button(int(scope))->setChecked(true);
}

AnalyticsInput ReportDialog::reportInput() const
{
    // The dashboard's courts, settings and groups; not its case types, causes or handlers, which the
    // printed report could not show.
    AnalyticsInput input = m_data.input;
    input.filter = CaseFilter();
    switch (scope()) {
    case Scope::Dashboard:
        input.filter.courts = m_data.input.filter.courts;
        input.filter.courtGroups = m_data.input.filter.courtGroups;
        break;
    case Scope::AllCourts:
        break;
    case Scope::OneCourt:
        if (m_court->currentIndex() >= 0)
            input.filter.courts = {m_court->currentData().toString()};
        break;
    }
    return input;
}

QDate ReportDialog::latestCompleteMonth() const
{
    if (m_months.isEmpty())
        return {};
    const QDate last = dayFromNumber(m_data.table->lastDay());
    const QDate month
        = last.day() == last.daysInMonth() ? firstOfMonth(last) : firstOfMonth(last).addMonths(-1);
    return std::max(month, m_months.constFirst());
}

bool ReportDialog::isBusy() const
{
    return m_running > 0;
}

QString ReportDialog::selectionLabel() const
{
    if (scope() == Scope::OneCourt)
        return m_court->currentData().toString();
    return {}; // the report's default: the filter's courts and groups, or "all courts"
}

void ReportDialog::computeReport()
{
    startCompute(After::Nothing);
}

int ReportDialog::paintReport(QPrinter *printer) const
{
    if (!m_report || !m_report->report || !m_report->error.isEmpty())
        return 0;
    std::optional<ReportTranslator::Scope> scope;
    if (m_report->rendering.override)
        scope.emplace(m_report->rendering.chinese.get());
    return m_report->report->paint(printer);
}

void ReportDialog::startCompute(After after)
{
    if (isBusy() || !m_data.table)
        return;
    if (m_report) {
        onComputed(m_report, m_generation, after);
        return;
    }
    const quint64 generation = m_generation;
    setBusy(tr("Computing the report…"), 0);
    auto *watcher = new QFutureWatcher<std::shared_ptr<Computed>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, after] {
        watcher->deleteLater();
        --m_running;
        setIdle(QString());
        onComputed(watcher->result(), generation, after);
    });
    ++m_running;
    m_reportUiLocale = QLocale().name();
    watcher->setFuture(QtConcurrent::run(&m_pool,
        [table = m_data.table, input = reportInput(), month = month(), label = selectionLabel(),
            lookup = ReportBatch::storeLookup(m_data.storeLocation), location = m_data.storeLocation,
            how = rendering()] {
            std::optional<ReportTranslator::Scope> scope;
            if (how.override)
                scope.emplace(how.chinese.get());
            auto computed = std::make_shared<Computed>();
            computed->table = table;
            computed->rendering = how;
            computed->report = std::make_unique<MonthlyReport>(*table, input, month);
            if (!label.isEmpty())
                computed->report->setSelectionLabel(label);
            if (lookup)
                computed->report->setCaseNumberLookup(lookup);
            computed->report->setForecastSettings(
                ForecastSettings::loadFrom(location, &computed->settingsWarning));
            computed->report->compute(&computed->error);
            return computed;
        }));
    updateState();
}

void ReportDialog::onComputed(const std::shared_ptr<Computed> &computed, quint64 generation, After after)
{
    if (generation != m_generation)
        return; // the month or the selection changed meanwhile
    m_report = computed;
    if (!computed->error.isEmpty()) {
        m_report.reset();
        setIdle(computed->error);
        Q_EMIT reportReady(computed->error);
        return;
    }
    if (const QString missing = computed->report->caseNumberError(); !missing.isEmpty()) {
        if (isLostConnection(m_data.storeLocation, missing))
            Q_EMIT connectionLost(m_data.storeLocation, missing);
        setIdle(tr("Case numbers missing: %1").arg(missing));
    } else if (!computed->settingsWarning.isEmpty()) {
        setIdle(computed->settingsWarning);
    }
    Q_EMIT reportReady(QString());
    if (after == After::Preview)
        showPreview();
    else if (after == After::Print)
        showPrintDialog();
}

void ReportDialog::showPreview()
{
    if (!m_printer) {
        m_printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
        m_printer->setPageSize(QPageSize(QPageSize::A4));
        m_printer->setPageOrientation(QPageLayout::Portrait);
    }
    QPrintPreviewDialog preview(m_printer.get(), this);
    preview.setWindowTitle(tr("Monthly report preview"));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
        [this](QPrinter *printer) { paintReport(printer); });
    preview.resize(size().expandedTo(QSize(900, 700)));
    preview.exec();
}

void ReportDialog::showPrintDialog()
{
    if (!m_printer) {
        m_printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
        m_printer->setPageSize(QPageSize(QPageSize::A4));
        m_printer->setPageOrientation(QPageLayout::Portrait);
    }
    QPrintDialog dialog(m_printer.get(), this);
    dialog.setWindowTitle(tr("Print the monthly report"));
    if (dialog.exec() == QDialog::Accepted) {
        const int pages = paintReport(m_printer.get());
        setIdle(tr("%n page(s) sent to the printer.", nullptr, pages));
    }
}

void ReportDialog::savePdf(const QString &path)
{
    if (isBusy() || !m_data.table)
        return;
    setBusy(tr("Writing %1…").arg(QDir::toNativeSeparators(path)), 0);
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        --m_running;
        const QString error = watcher->result();
        const bool ok = error.isEmpty();
        const QString message = ok ? tr("Saved %1.").arg(QDir::toNativeSeparators(path)) : error;
        setIdle(message);
        Q_EMIT pdfSaved(ok, message);
    });
    ++m_running;
    watcher->setFuture(QtConcurrent::run(&m_pool,
        [computed = m_report, table = m_data.table, input = reportInput(), month = month(),
            label = selectionLabel(), lookup = ReportBatch::storeLookup(m_data.storeLocation),
            location = m_data.storeLocation, path, how = m_report ? m_report->rendering : rendering()] {
            std::optional<ReportTranslator::Scope> scope;
            if (how.override)
                scope.emplace(how.chinese.get());
            QString error;
            if (computed) {
                computed->report->writePdf(path, &error);
                return error;
            }
            MonthlyReport report(*table, input, month);
            if (!label.isEmpty())
                report.setSelectionLabel(label);
            if (lookup)
                report.setCaseNumberLookup(lookup);
            report.setForecastSettings(ForecastSettings::loadFrom(location));
            if (report.compute(&error))
                report.writePdf(path, &error);
            return error;
        }));
    updateState();
}

void ReportDialog::writePerCourt(const QString &directory)
{
    if (isBusy() || !m_data.table)
        return;
    const AnalyticsInput input = reportInput();
    std::vector<ReportJob> jobs = ReportBatch::perCourtJobs(*m_data.table, input, month(), directory);
    m_lastFolder = directory;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    setBusy(tr("Starting…"), int(jobs.size()));
    auto *watcher = new QFutureWatcher<ReportBatchOutcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, directory] {
        watcher->deleteLater();
        --m_running;
        const ReportBatchOutcome outcome = watcher->result();
        const int written = int(outcome.written.size());
        QString message;
        if (!outcome.error.isEmpty())
            message = tr("Stopped by an error after %n file(s): %1", nullptr, written).arg(outcome.error);
        else if (outcome.cancelled)
            message = tr("Cancelled: %1 of %2 files written to %3.")
                          .arg(written)
                          .arg(outcome.planned)
                          .arg(QDir::toNativeSeparators(directory));
        else
            message
                = tr("%n file(s) written to %1.", nullptr, written).arg(QDir::toNativeSeparators(directory));
        if (!outcome.caseNumberError.isEmpty()) {
            if (isLostConnection(m_data.storeLocation, outcome.caseNumberError))
                Q_EMIT connectionLost(m_data.storeLocation, outcome.caseNumberError);
            message += u' ' + tr("Case numbers missing: %1").arg(outcome.caseNumberError);
        }
        setIdle(message);
        m_openFolder->setVisible(written > 0);
        Q_EMIT batchFinished(written, outcome.cancelled, message);
    });
    ++m_running;
    const auto progress = [this, cancel = m_cancel](int done, int total, const QString &label) {
        QMetaObject::invokeMethod(
            this,
            [this, done, total, label] {
                m_progress->setValue(done);
                if (!label.isEmpty())
                    m_status->setText(tr("Report %1 of %2: %3").arg(done + 1).arg(total).arg(label));
                Q_EMIT batchProgress(done, total, label);
            },
            Qt::QueuedConnection);
        return !cancel->load();
    };
    watcher->setFuture(QtConcurrent::run(&m_pool,
        [table = m_data.table, input, month = month(), jobs = std::move(jobs),
            lookup = ReportBatch::storeLookup(m_data.storeLocation), location = m_data.storeLocation,
            progress, how = rendering()] {
            std::optional<ReportTranslator::Scope> scope;
            if (how.override)
                scope.emplace(how.chinese.get());
            return ReportBatch::run(
                *table, input, month, jobs, lookup, progress, ForecastSettings::loadFrom(location));
        }));
    updateState();
}

void ReportDialog::cancelBatch()
{
    if (m_cancel && isBusy()) {
        m_cancel->store(true);
        m_status->setText(tr("Cancelling after the current court…"));
        m_cancelButton->setEnabled(false);
    }
}

void ReportDialog::saveFromDialog()
{
    const QString folder = m_lastFolder.isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
        : m_lastFolder;
    QString stem = QStringLiteral("all");
    if (scope() == Scope::OneCourt && m_data.table) {
        stem = m_court->currentData().toString();
        for (const CourtInfo &court : m_data.table->courts()) {
            if (court.name == stem && !court.code.isEmpty())
                stem = court.code;
        }
    }
    const QString suggested = QDir(folder).filePath(
        QStringLiteral("%1-%2.pdf").arg(stem, month().toString(QStringLiteral("yyyy-MM"))));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the monthly report"), suggested, tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    m_lastFolder = QFileInfo(path).absolutePath();
    savePdf(path);
}

void ReportDialog::batchFromDialog()
{
    const QString start = m_lastFolder.isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
        : m_lastFolder;
    const QString directory
        = QFileDialog::getExistingDirectory(this, tr("Folder for one PDF per court"), start);
    if (!directory.isEmpty())
        writePerCourt(directory);
}

void ReportDialog::choiceChanged()
{
    ++m_generation;
    m_report.reset();
    updateState();
}

void ReportDialog::setBusy(const QString &text, int maximum)
{
    m_progress->setRange(0, maximum);
    m_progress->setValue(0);
    m_status->setText(text);
    m_openFolder->hide();
}

void ReportDialog::setIdle(const QString &text)
{
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_status->setText(text);
    updateState();
}

void ReportDialog::updateState()
{
    const bool busy = isBusy();
    const bool ready = m_data.table && !m_months.isEmpty();
    for (QWidget *widget : std::initializer_list<QWidget *> {
             m_month, m_selectionBox, m_language, m_preview, m_print, m_save, m_batch})
        widget->setEnabled(ready && !busy);
    m_court->setEnabled(ready && !busy && m_court->count() > 0);
    const bool batch = busy && m_cancel && !m_cancel->load() && m_progress->maximum() > 0;
    m_cancelButton->setEnabled(batch);
    m_cancelButton->setVisible(busy && m_progress->maximum() > 0);
    m_progress->setVisible(busy);
    if (!ready && m_status->text().isEmpty())
        m_status->setText(tr("No cases are loaded: import cases or open a database first."));
}

void ReportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // Installing m_router sends LanguageChange too: only a new interface language makes a report
        // computed in the interface language stale.
        if (m_report && !m_report->rendering.override && m_reportUiLocale != QLocale().name())
            choiceChanged();
        updateLanguageChoices();
    }
    QDialog::changeEvent(event);
}

void ReportDialog::retranslate()
{
    setWindowTitle(tr("Monthly report"));
    m_monthLabel->setText(tr("&Month:"));
    m_month->setAccessibleName(tr("Month of the report"));
    m_month->setToolTip(tr("The month the report covers; the latest complete month is chosen first."));
    m_selectionBox->setTitle(tr("Courts"));
    const QStringList chosen = m_data.input.filter.courts + m_data.input.filter.courtGroups;
    m_dashboardScope->setText(chosen.isEmpty()
            ? tr("The &dashboard's courts (all courts)")
            : tr("The &dashboard's courts (%1)").arg(chosen.join(tr(", "))));
    m_dashboardScope->setAccessibleName(tr("The dashboard's courts"));
    m_allScope->setText(tr("&All courts"));
    m_allScope->setAccessibleName(tr("All courts"));
    m_courtScope->setText(tr("One &court:"));
    m_courtScope->setAccessibleName(tr("One court"));
    m_court->setAccessibleName(tr("Court of the report"));
    m_languageLabel->setText(tr("&Language:"));
    m_language->setAccessibleName(tr("Language of the report"));
    m_preview->setText(tr("Pre&view…"));
    m_preview->setAccessibleName(tr("Preview the report"));
    m_print->setText(tr("&Print…"));
    m_print->setAccessibleName(tr("Print the report"));
    m_save->setText(tr("&Save as PDF…"));
    m_save->setAccessibleName(tr("Save the report as PDF"));
    m_batch->setText(tr("One PDF p&er court…"));
    m_batch->setAccessibleName(tr("One PDF per court"));
    m_batch->setToolTip(tr("Writes one PDF for each court of the selection and one for the whole "
                           "selection into a folder."));
    m_progress->setAccessibleName(tr("Progress"));
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setAccessibleName(tr("Cancel the batch"));
    m_status->setAccessibleName(tr("Status"));
    m_openFolder->setText(tr("&Open folder"));
    m_openFolder->setAccessibleName(tr("Open the folder of the files written"));
}

} // namespace caseload
