#pragma once

#include <QString>

namespace caseload {

/// Whether `error`, met on the store at `location`, is a failed or lost connection to a server
/// (Store::isConnectionError on a server location), which the window shows in its one
/// lost-connection bar, rather than a page's own error. The pages that open connections of their own
/// (Cases, Imports, Forecast, the monthly report) emit connectionLost() then.
bool isLostConnection(const QString &location, const QString &error);

} // namespace caseload
