#pragma once

#include "dashboard/DashboardPage.h"
#include "store/Store.h"

#include <QFutureWatcher>
#include <QList>
#include <QString>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace caseload {

class CaseTable;
class ImportHistoryModel;

/// The Imports page: the store's import history (file, local time, encoding and the row counts, with
/// the check read = accepted + rejected), a button to open the selected import's reject report and one
/// to import more files. The history is read on a worker thread with its own Store, again after each
/// refresh that brings a new table (an import) or another store, deferred while the page is hidden.
class ImportsPage : public DashboardPage
{
    Q_OBJECT

public:
    explicit ImportsPage(QWidget *parent = nullptr);
    ~ImportsPage() override;

    QString title() const override;
    QString key() const override;
    void setData(const DashboardData &data) override;

    /// Reads the history again (on a worker thread).
    void reload();
    /// True while a read is running.
    bool isLoading() const;

    ImportHistoryModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QPushButton *rejectReportButton() const { return m_openReport; }
    QPushButton *importButton() const { return m_import; }
    /// Enables the Import button, or disables it with `reason` as its tooltip (a store this
    /// connection may not write); the reason stays through language changes.
    void setImportAllowed(bool allowed, const QString &reason = QString());
    /// The import shown in the selected row; null when none is selected.
    const ImportRecord *selectedImport() const;

Q_SIGNALS:
    /// Asks the window to import files (it shows the file dialog).
    void importRequested();
    /// A read of the history has been shown (for tests and status text).
    void historyLoaded();
    /// Reading the store at `location` failed for a lost or failed server connection (see
    /// isLostConnection): the window shows its one lost-connection bar.
    void connectionLost(const QString &location, const QString &error);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    struct HistoryRead
    {
        QList<ImportRecord> history;
        QString error;
    };
    static HistoryRead readHistory(const QString &location);

    void onHistoryRead();
    void updateButtons();
    void openRejectReport();
    void retranslate();

    ImportHistoryModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLabel *m_summary = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_openReport = nullptr;
    QFutureWatcher<HistoryRead> m_watcher;
    QString m_location;
    const CaseTable *m_table = nullptr; ///< identity of the last table seen (a new one after an import)
    bool m_stale = false; ///< the history must be read again when the page is shown
    quint64 m_generation = 0; ///< of the latest read requested; older results are dropped
    quint64 m_runningGeneration = 0;
    QString m_error;
    QString m_importRefusal; ///< why import is disabled (translated); empty while allowed
    bool m_loaded = false;
};

} // namespace caseload
