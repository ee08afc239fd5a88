#pragma once

#include "analytics/AnalyticsQuery.h"
#include "dashboard/DashboardData.h"

#include <QDate>
#include <QDialog>
#include <QFuture>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <QThreadPool>

#include <atomic>
#include <memory>

class QButtonGroup;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QPrinter;
class QProgressBar;
class QPushButton;
class QTranslator;
class QRadioButton;

namespace caseload {

class MonthlyReport;
class ReportTranslator;

/// File ▸ Monthly report…: choose a month and a selection (the dashboard's courts, all courts or one
/// court), then preview, print or save the monthly report as PDF, or write one PDF per court of the
/// selection into a folder. The analytics and the PDF files are computed in the background; only
/// the painting of preview and print pages happens on the GUI thread, from the computed report.
/// The report is written in Chinese or English whatever the interface language (see
/// ReportTranslator).
class ReportDialog : public QDialog
{
    Q_OBJECT

public:
    /// Which courts the report covers.
    enum class Scope { Dashboard, AllCourts, OneCourt };

    /// `data` is the dashboard's current state: its table, its input (whose court filter is the
    /// "dashboard's courts") and its store (for the case numbers of the overdue list). The latest
    /// complete month of the data is preselected.
    explicit ReportDialog(const DashboardData &data, QWidget *parent = nullptr);
    ~ReportDialog() override;

    QDate month() const;
    /// Selects `month` (any day of it) when the data cover it.
    void setMonth(QDate month);
    Scope scope() const;
    /// For OneCourt, `court` is a court name of the table.
    void setScope(Scope scope, const QString &court = {});
    /// The input of the chosen selection (the dashboard's settings and groups, the chosen courts).
    AnalyticsInput reportInput() const;
    /// The months of the data, oldest first (first days).
    QList<QDate> months() const { return m_months; }
    /// The last month of the data whose last day the data reach (the one before when the data end
    /// inside a month); invalid without data.
    QDate latestCompleteMonth() const;

    /// QLocale::Chinese or QLocale::English; by default the interface's language.
    QLocale::Language reportLanguage() const;
    void setReportLanguage(QLocale::Language language);
    /// The Chinese translation used for Chinese reports; by default the application's
    /// (":/i18n/caseload_zh_CN.qm"). Without one, Chinese reports are possible only while the
    /// interface is Chinese.
    void setChineseTranslator(std::shared_ptr<const QTranslator> translator);

    bool isBusy() const;

    /// Computes the report of the current choice in the background; reportReady() follows.
    void computeReport();
    /// Paints the report computed last onto `printer` (GUI thread); the number of pages, 0 when
    /// nothing has been computed yet.
    int paintReport(QPrinter *printer) const;
    /// Computes and writes the report to `path` in the background; pdfSaved() follows.
    void savePdf(const QString &path);
    /// Writes one PDF per court of the selection plus one of the whole selection into `directory`
    /// in the background; batchProgress() reports each court, batchFinished() the end.
    void writePerCourt(const QString &directory);
    /// Stops the batch before its next court.
    void cancelBatch();

Q_SIGNALS:
    /// The report of the current choice was computed (`error` empty) or could not be.
    void reportReady(const QString &error);
    void pdfSaved(bool ok, const QString &message);
    void batchProgress(int done, int total, const QString &label);
    void batchFinished(int written, bool cancelled, const QString &message);
    /// Reading the store at `location` failed for a lost or failed server connection (see
    /// isLostConnection): the window shows its one lost-connection bar.
    void connectionLost(const QString &location, const QString &error);

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class After { Nothing, Preview, Print };

    struct Computed;
    /// How a job renders: in the interface language, or in English or Chinese regardless.
    struct Rendering
    {
        bool override = false;
        std::shared_ptr<const QTranslator> chinese; ///< null: English
    };

    void retranslate();
    void updateState();
    void choiceChanged();
    QString selectionLabel() const;
    Rendering rendering();
    void updateLanguageChoices();
    void startCompute(After after);
    void onComputed(const std::shared_ptr<Computed> &computed, quint64 generation, After after);
    void showPreview();
    void showPrintDialog();
    void saveFromDialog();
    void batchFromDialog();
    void setBusy(const QString &text, int maximum);
    void setIdle(const QString &text);

    DashboardData m_data;
    QList<QDate> m_months;
    std::shared_ptr<Computed> m_report;
    quint64 m_generation = 0;
    int m_running = 0;
    QFuture<void> m_work;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QString m_lastFolder;
    QString m_reportUiLocale; ///< the interface locale m_report was computed in
    std::shared_ptr<const QTranslator> m_chinese;
    ReportTranslator *m_router = nullptr; ///< installed at the first report in another language
    std::unique_ptr<QPrinter> m_printer;
    QThreadPool m_pool; ///< waited for on destruction: the jobs use the dialog

    QLabel *m_monthLabel = nullptr;
    QComboBox *m_month = nullptr;
    QGroupBox *m_selectionBox = nullptr;
    QButtonGroup *m_scopeGroup = nullptr;
    QRadioButton *m_dashboardScope = nullptr;
    QRadioButton *m_allScope = nullptr;
    QRadioButton *m_courtScope = nullptr;
    QComboBox *m_court = nullptr;
    QLabel *m_languageLabel = nullptr;
    QComboBox *m_language = nullptr;
    QPushButton *m_preview = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_batch = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_openFolder = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace caseload
