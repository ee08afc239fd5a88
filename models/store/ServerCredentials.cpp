#include "ServerCredentials.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QUrl>

namespace caseload {

namespace {

struct Registry
{
    QMutex mutex;
    QHash<QString, QString> passwords;
};

Registry &registry()
{
    static Registry instance;
    return instance;
}

} // namespace

QString ServerCredentials::key(const QString &location)
{
    if (!location.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        && !location.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive))
        return location;
    // Same normalisation as Store::location(), so either spelling finds the entry.
    const QUrl url(location, QUrl::StrictMode);
    return url.isValid() ? url.toString(QUrl::RemovePassword) : location;
}

void ServerCredentials::remember(const QString &location, const QString &password)
{
    Registry &r = registry();
    const QMutexLocker lock(&r.mutex);
    if (password.isEmpty())
        r.passwords.remove(key(location));
    else
        r.passwords.insert(key(location), password);
}

void ServerCredentials::forget(const QString &location)
{
    Registry &r = registry();
    const QMutexLocker lock(&r.mutex);
    r.passwords.remove(key(location));
}

QString ServerCredentials::password(const QString &location)
{
    Registry &r = registry();
    const QMutexLocker lock(&r.mutex);
    return r.passwords.value(key(location));
}

} // namespace caseload
