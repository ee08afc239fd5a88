#include "ImportController.h"

#include "analytics/CaseTableSnapshot.h"
#include "analytics/StoredSetup.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QPromise>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUrl>
#include <QtConcurrentRun>

#include <algorithm>

namespace caseload {

namespace {

// Demo jobs spend the first part of the progress bar generating, then importing; every job that
// reads the store ends with reading its cases (all of a reload's bar).
constexpr int ProgressMaximum = 1000;
constexpr int GenerationShare = 300;
constexpr int ImportEnd = 900;

int scaled(qint64 done, qint64 total, int from, int to)
{
    if (total <= 0)
        return from;
    const qint64 clamped = std::clamp<qint64>(done, 0, total);
    return from + int(clamped * (to - from) / total);
}

} // namespace

ImportController::ImportController(const QString &storeLocation, QObject *parent)
    : QObject(parent)
    , m_location(storeLocation)
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &ImportController::onJobFinished);
    connect(&m_watcher, &QFutureWatcherBase::progressValueChanged, this, &ImportController::onProgressValue);
    connect(&m_watcher, &QFutureWatcherBase::progressTextChanged, this,
        &ImportController::progressDescriptionChanged);
}

ImportController::~ImportController()
{
    m_queue.clear();
    m_watcher.disconnect(this);
    if (m_cancel)
        m_cancel->store(true);
    m_watcher.waitForFinished();
}

void ImportController::setStoreLocation(const QString &location)
{
    m_location = location;
}

QString ImportController::rejectReportPath(const QString &storeLocation, const QString &filePath)
{
    QDir folder(QFileInfo(storeLocation).absoluteDir().filePath(QStringLiteral("reject-reports")));
    if (Store::isServerLocation(storeLocation)) {
        // A server has no folder of its own here: one per server and database in the user's data folder.
        const QUrl url(storeLocation);
        QString name = url.host() + u'-' + QString::number(url.port(5432)) + u'-'
            + url.path(QUrl::FullyDecoded).mid(1);
        static const QRegularExpression unsafe(
            QStringLiteral("[^\\w.-]"), QRegularExpression::UseUnicodePropertiesOption);
        name.replace(unsafe, QStringLiteral("_"));
        folder.setPath(QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                           .filePath(QStringLiteral("reject-reports/") + name));
    }
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString base = QFileInfo(filePath).completeBaseName() + QLatin1Char('-') + stamp;
    // Two imports of same-named files within a second must not share (and overwrite) a report.
    QString path = folder.filePath(base + QStringLiteral("-rejects.csv"));
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = folder.filePath(base + QStringLiteral("-%1-rejects.csv").arg(n));
    return path;
}

void ImportController::importFiles(const QStringList &paths, const ImportOptions &options)
{
    for (const QString &path : paths) {
        Job job;
        job.kind = Job::Kind::Import;
        job.location = m_location;
        job.path = path;
        job.options = options;
        job.description = tr("Importing %1…").arg(QFileInfo(path).fileName());
        enqueue(std::move(job));
    }
}

void ImportController::loadDemo(const DemoGeneratorConfig &config, const QString &exportPath)
{
    Job job;
    job.kind = Job::Kind::Demo;
    job.location = m_location;
    job.path = exportPath;
    job.demo = config;
    job.generatingDescription = tr("Generating the demo export (%n cases)…", nullptr, int(config.cases));
    job.description = tr("Importing the demo export…");
    enqueue(std::move(job));
}

void ImportController::reload()
{
    Job job;
    job.location = m_location;
    enqueue(std::move(job));
}

void ImportController::reloadSetup()
{
    Job job;
    job.kind = Job::Kind::Setup;
    job.location = m_location;
    enqueue(std::move(job));
}

void ImportController::cancel()
{
    m_queue.clear();
    if (m_cancel)
        m_cancel->store(true);
}

void ImportController::enqueue(Job job)
{
    // An import reloads the chart itself, so a reload queued behind an import of the same store is moot.
    if (job.kind == Job::Kind::Reload && !m_queue.isEmpty() && m_queue.constLast().location == job.location)
        return;
    m_queue.append(std::move(job));
    if (!m_busy) {
        m_busy = true;
        Q_EMIT busyChanged(true);
        startNext();
    }
}

void ImportController::startNext()
{
    if (m_queue.isEmpty()) {
        m_cancel.reset();
        m_busy = false;
        Q_EMIT busyChanged(false);
        Q_EMIT finished();
        return;
    }
    const Job job = m_queue.takeFirst();
    m_cancel = std::make_shared<std::atomic_bool>(false);
    if (job.kind == Job::Kind::Import || job.kind == Job::Kind::Demo) {
        Q_EMIT progressStarted(
            job.kind == Job::Kind::Demo ? job.generatingDescription : job.description, false);
        Q_EMIT progressChanged(0);
    } else if (job.kind == Job::Kind::Reload) {
        // Shown only when reading takes a while (a large store without its compact copy).
        Q_EMIT progressStarted(tr("Reading the cases…"), true);
        Q_EMIT progressChanged(0);
    }
    m_watcher.setFuture(QtConcurrent::run([job, cancel = m_cancel](QPromise<Outcome> &promise) {
        promise.setProgressRange(0, ProgressMaximum);
        const Report report = [&promise](int value, const QString &description) {
            promise.setProgressValueAndText(value, description);
        };
        promise.addResult(runJob(job, *cancel, report));
    }));
}

void ImportController::onProgressValue(int value)
{
    Q_EMIT progressChanged(std::clamp(value, 0, ProgressMaximum));
}

void ImportController::onJobFinished()
{
    const QFuture<Outcome> future = m_watcher.future();
    if (future.resultCount() > 0) {
        const Outcome outcome = future.result();
        QString lost;
        if (Store::isConnectionError(outcome.snapshot.error))
            lost = outcome.snapshot.error;
        else if (outcome.imported && Store::isConnectionError(outcome.summary.error))
            lost = outcome.summary.error;
        if (!lost.isEmpty() && Store::isServerLocation(outcome.snapshot.location))
            Q_EMIT connectionLost(outcome.snapshot.location, lost);
        if (outcome.imported)
            Q_EMIT imported(outcome.summary);
        if (outcome.loaded)
            Q_EMIT loaded(outcome.snapshot);
        // The dashboard has its table: the copy that makes the next start fast is written after it.
        if (outcome.loaded && outcome.snapshot.table && outcome.snapshot.canImport
            && CaseTableSnapshot::isStale(*outcome.snapshot.table)) {
            Job save;
            save.kind = Job::Kind::SaveSnapshot;
            save.location = outcome.snapshot.location;
            save.table = outcome.snapshot.table;
            m_queue.append(std::move(save));
        }
        if (outcome.setupLoaded)
            Q_EMIT setupLoaded(outcome.snapshot.location, outcome.snapshot.setup, outcome.snapshot.error);
    }
    startNext();
}

ImportController::Outcome ImportController::runJob(
    const Job &job, const std::atomic_bool &cancel, const Report &report)
{
    Outcome outcome;
    QString error;
    const std::unique_ptr<Store> store = Store::open(job.location, &error);
    if (job.kind == Job::Kind::SaveSnapshot) {
        // Only speed is at stake: a failure is logged, and the next start reads every case.
        if (!store || !CaseTableSnapshot::save(*store, *job.table, &error, [&cancel] { return !cancel.load(); }))
            qWarning("the compact copy of the cases was not saved: %s", qUtf8Printable(error));
        return outcome;
    }
    if (job.kind == Job::Kind::Setup) {
        outcome.setupLoaded = true;
        outcome.snapshot.location = job.location;
        if (store)
            storedSetup::load(*store, &outcome.snapshot.setup, &outcome.snapshot.error);
        else
            outcome.snapshot.error = error;
        return outcome;
    }
    if (!store) {
        if (job.kind == Job::Kind::Import) {
            outcome.imported = true;
            outcome.summary.filePath = job.path;
            outcome.summary.error = error;
        }
        outcome.loaded = true;
        outcome.snapshot.location = job.location;
        outcome.snapshot.error = error;
        return outcome;
    }

    outcome.snapshot.location = job.location;
    QString importPath = job.kind == Job::Kind::Import ? job.path : QString();
    if (!importPath.isEmpty()) {
        QString why;
        if (!store->canImport(&why)) {
            // Refused before reading a byte: the store is read again so the window learns it is read-only.
            outcome.imported = true;
            outcome.summary.filePath = importPath;
            outcome.summary.error = why;
            importPath.clear();
        }
    }
    int importFrom = 0;
    if (job.kind == Job::Kind::Demo && store->caseCount() == 0) {
        QDir().mkpath(QFileInfo(job.path).absolutePath());
        QSaveFile file(job.path);
        bool generated = file.open(QIODevice::WriteOnly);
        if (generated) {
            generated = generateDemoExport(job.demo, &file, &error, [&](qint64 done, qint64 total) {
                report(scaled(done, total, 0, GenerationShare - 1), job.generatingDescription);
                return !cancel.load();
            });
        } else {
            error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(job.path), file.errorString());
        }
        if (generated && !file.commit())
            error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(job.path), file.errorString());
        else if (generated)
            importPath = job.path;
        if (cancel.load()) {
            importPath.clear(); // still read the (empty) store below, so the chart leaves "loading"
        } else if (importPath.isEmpty()) {
            outcome.imported = true;
            outcome.summary.filePath = job.path;
            outcome.summary.error = error;
        }
        importFrom = GenerationShare;
    }

    if (!importPath.isEmpty()) {
        ImportOptions options = job.options;
        options.rejectReportPath = rejectReportPath(job.location, importPath);
        const QString reportFolder = QFileInfo(options.rejectReportPath).absolutePath();
        QDir().mkpath(reportFolder);
        Importer importer(*store);
        outcome.imported = true;
        outcome.summary = importer.importFile(importPath, options, [&](qint64 done, qint64 total) {
            report(scaled(done, total, importFrom, ImportEnd), job.description);
            return !cancel.load();
        });
        if (outcome.summary.rejectReportPath.isEmpty())
            QDir().rmdir(reportFolder); // only goes when no report was ever written there
        if (outcome.summary.cancelled)
            return outcome; // nothing changed: no need to read the store again
    }

    outcome.loaded = true;
    outcome.snapshot.location = job.location;
    // The analytics read the cases from memory: load them once here, off the GUI thread. The table
    // counts them too (a COUNT(*) of a large table costs the server a second).
    const int loadFrom = job.kind == Job::Kind::Reload ? 0 : ImportEnd;
    auto table = CaseTable::load(*store, &outcome.snapshot.error, [&](qint64 done, qint64 total) {
        report(scaled(done, total, loadFrom, ProgressMaximum), tr("Reading the cases…"));
        return !cancel.load();
    });
    if (!table)
        return outcome; // a cancelled load has no error: the window shows no cases
    outcome.snapshot.caseCount = table->size();
    if (!storedSetup::load(*store, &outcome.snapshot.setup, &outcome.snapshot.error))
        return outcome;
    outcome.snapshot.table = std::make_shared<const CaseTable>(std::move(*table));
    outcome.snapshot.canImport = store->canImport(&outcome.snapshot.readOnlyReason);
    if (outcome.snapshot.canImport)
        outcome.snapshot.readOnlyReason.clear();
    return outcome;
}

} // namespace caseload
