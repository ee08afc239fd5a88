#pragma once

#include <QObject>
#include <QString>

namespace caseload {

/// Where the pages that open connections of their own to the store (Cases, Imports, Forecast, the
/// monthly report) report the errors they meet: a failed or lost connection to a server reaches the
/// window's one lost-connection bar (MainWindow connects connectionLost()), whichever page met it;
/// other errors stay with the page. GUI thread only.
class ConnectionMonitor : public QObject
{
    Q_OBJECT

public:
    static ConnectionMonitor *instance();
    /// `error` was met on the store at `location`: emits connectionLost() when `location` is a server
    /// and the error a failed or lost connection (Store::isConnectionError). Returns whether it did.
    static bool report(const QString &location, const QString &error);

Q_SIGNALS:
    void connectionLost(const QString &location, const QString &error);

private:
    ConnectionMonitor() = default;
};

} // namespace caseload
