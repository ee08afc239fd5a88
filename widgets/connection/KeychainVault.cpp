#include "KeychainVault.h"

#include <QCoreApplication>

#include <qt6keychain/keychain.h>

namespace caseload {

namespace {

const QString service = QStringLiteral("Caseload");
const QString probeKey = QStringLiteral("caseload-keychain-probe");

QString describe(const QKeychain::Job *job)
{
    // QtKeychain's texts are often empty or "Unknown error" when no service runs at all.
    const QString detail = job->errorString();
    if (job->error() == QKeychain::NoBackendAvailable || detail.isEmpty()
        || detail == QLatin1String("Unknown error"))
        return QCoreApplication::translate("KeychainVault", "no system keychain service is running");
    return detail;
}

} // namespace

KeychainVault::KeychainVault(QObject *parent)
    : PasswordVault(parent)
{ }

void KeychainVault::probe(QObject *context, Probed done)
{
    if (!done)
        done = [](bool, const QString &) {};
    // Reading a key that is never written tells a working keychain ("not found") from a missing one.
    auto *job = new QKeychain::ReadPasswordJob(service, this);
    job->setKey(probeKey);
    job->setAutoDelete(true);
    connect(job, &QKeychain::Job::finished, context, [done = std::move(done)](QKeychain::Job *finished) {
        const QKeychain::Error error = finished->error();
        const bool available = error == QKeychain::NoError || error == QKeychain::EntryNotFound
            || error == QKeychain::AccessDeniedByUser;
        done(available, available ? QString() : describe(finished));
    });
    job->start();
}

void KeychainVault::read(const QString &key, QObject *context, Read done)
{
    if (!done)
        done = [](bool, const QString &, const QString &) {};
    auto *job = new QKeychain::ReadPasswordJob(service, this);
    job->setKey(key);
    job->setAutoDelete(true);
    connect(job, &QKeychain::Job::finished, context, [done = std::move(done)](QKeychain::Job *finished) {
        auto *reader = static_cast<QKeychain::ReadPasswordJob *>(finished);
        switch (reader->error()) {
        case QKeychain::NoError:
            done(true, reader->textData(), QString());
            break;
        case QKeychain::EntryNotFound:
            done(false, QString(), QString());
            break;
        default:
            done(false, QString(), describe(reader));
        }
    });
    job->start();
}

void KeychainVault::write(const QString &key, const QString &password, QObject *context, Written done)
{
    if (!done)
        done = [](bool, const QString &) {};
    auto *job = new QKeychain::WritePasswordJob(service, this);
    job->setKey(key);
    job->setTextData(password);
    job->setAutoDelete(true);
    connect(job, &QKeychain::Job::finished, context, [done = std::move(done)](QKeychain::Job *finished) {
        const bool ok = finished->error() == QKeychain::NoError;
        done(ok, ok ? QString() : describe(finished));
    });
    job->start();
}

void KeychainVault::remove(const QString &key, QObject *context, Written done)
{
    if (!done)
        done = [](bool, const QString &) {};
    auto *job = new QKeychain::DeletePasswordJob(service, this);
    job->setKey(key);
    job->setAutoDelete(true);
    connect(job, &QKeychain::Job::finished, context, [done = std::move(done)](QKeychain::Job *finished) {
        const bool ok
            = finished->error() == QKeychain::NoError || finished->error() == QKeychain::EntryNotFound;
        done(ok, ok ? QString() : describe(finished));
    });
    job->start();
}

} // namespace caseload
