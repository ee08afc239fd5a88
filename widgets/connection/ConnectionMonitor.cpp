#include "ConnectionMonitor.h"

#include "store/Store.h"

namespace caseload {

ConnectionMonitor *ConnectionMonitor::instance()
{
    static ConnectionMonitor monitor;
    return &monitor;
}

bool ConnectionMonitor::report(const QString &location, const QString &error)
{
    if (!Store::isServerLocation(location) || !Store::isConnectionError(error))
        return false;
    Q_EMIT instance()->connectionLost(location, error);
    return true;
}

} // namespace caseload
