#pragma once

#include "analytics/AnalyticsQuery.h"
#include "analytics/CaseTable.h"
#include "generate/DemoGenerator.h"
#include "import/Importer.h"
#include "store/Store.h"

#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

namespace caseload {

/// Runs imports (and the demo generation) one after another on a worker thread, and reloads what
/// the chart shows once they are done. The worker opens its own Store on the same location: a
/// QtSql connection belongs to the thread that opened it. Cancelling goes through the Importer's
/// progress callback, so a cancelled import leaves the store as it was.
class ImportController : public QObject
{
    Q_OBJECT

public:
    /// What the store holds after a job.
    struct Snapshot
    {
        QString location;
        qint64 caseCount = -1; ///< -1 when the store could not be read
        /// Every case in memory, loaded again after each import, for the analytics; null on error.
        std::shared_ptr<const CaseTable> table;
        /// The indicator settings, court groups and petition figures stored with the cases (filter unset).
        AnalyticsInput setup;
        QString error; ///< why the store could not be read; empty on success
        /// Whether this connection may import (Store::canImport): false for a read-only file or role.
        bool canImport = true;
        QString readOnlyReason; ///< why it may not import (translated); empty when it may
    };

    explicit ImportController(const QString &storeLocation, QObject *parent = nullptr);
    /// Cancels the running job, drops the queue and waits for the worker.
    ~ImportController() override;

    QString storeLocation() const { return m_location; }
    /// Jobs queued from now on use the store at `location`; queued ones keep theirs.
    void setStoreLocation(const QString &location);
    /// Where the reject report of an import of `filePath` into the store at `storeLocation` goes: next
    /// to an SQLite file, or for a server in the application data folder under
    /// `reject-reports/<host>-<port>-<database>`.
    static QString rejectReportPath(const QString &storeLocation, const QString &filePath);

    /// Queues one import per file, then a reload. `options` give the encoding and whether personal
    /// data is kept; the reject report always goes next to the store (rejectReportPath()).
    void importFiles(const QStringList &paths, const ImportOptions &options = {});
    /// Fills the store with the demo export when it has no cases: generates `config` into
    /// `exportPath` (replacing it), imports it, and reloads.
    void loadDemo(const DemoGeneratorConfig &config, const QString &exportPath);
    /// Queues a reload of the case count, the cases and the setup.
    void reload();
    /// Queues a reload of the setup alone (after the settings changed); emits setupLoaded().
    void reloadSetup();
    /// Cancels the running job and drops the queued ones.
    void cancel();

    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void busyChanged(bool busy);
    /// A job that reports progress started; `description` is translated ("Importing a.csv…"). `reading`:
    /// the job only reads the store's cases (a reload), it imports nothing.
    void progressStarted(const QString &description, bool reading);
    void progressDescriptionChanged(const QString &description);
    /// Progress of the running job, 0 to 1000.
    void progressChanged(int permille);
    /// One file was imported, failed, or was cancelled.
    void imported(const caseload::ImportSummary &summary);
    /// The store was read after a job (also after a failed import).
    void loaded(const caseload::ImportController::Snapshot &snapshot);
    /// The setup of the store at `location` was read again (reloadSetup()); `error` set on failure.
    void setupLoaded(const QString &location, const caseload::AnalyticsInput &setup, const QString &error);
    /// The queue is empty again.
    void finished();
    /// A job on the server at `location` failed because the connection could not be made or was lost
    /// (Store::isConnectionError); `error` is the store's message. Its loaded() or imported() follows.
    void connectionLost(const QString &location, const QString &error);

private:
    struct Job
    {
        /// SaveSnapshot: writes `table`'s compact copy into the store (CaseTableSnapshot), queued after
        /// a load that found the copy missing or out of date, when this connection may import.
        enum class Kind { Reload, Setup, Import, Demo, SaveSnapshot } kind = Kind::Reload;
        QString location;
        std::shared_ptr<const CaseTable> table; ///< SaveSnapshot's table
        QString path; ///< file to import, or the demo export to write
        ImportOptions options;
        DemoGeneratorConfig demo;
        QString description; ///< translated, for the progress dialog
        QString generatingDescription;
    };
    struct Outcome
    {
        bool imported = false; ///< summary is meaningful
        ImportSummary summary;
        bool loaded = false; ///< snapshot is meaningful
        Snapshot snapshot;
        bool setupLoaded = false; ///< snapshot.setup (and snapshot.error) alone are meaningful
    };

    using Report = std::function<void(int value, const QString &description)>;
    /// The worker: runs on a pool thread, touches nothing of the controller.
    static Outcome runJob(const Job &job, const std::atomic_bool &cancel, const Report &report);

    void enqueue(Job job);
    void startNext();
    void onJobFinished();
    void onProgressValue(int value);

    QString m_location;
    QList<Job> m_queue;
    QFutureWatcher<Outcome> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
    int m_progressMaximum = 1000;
    bool m_busy = false;
};

} // namespace caseload
