#include "LostConnection.h"

#include "store/Store.h"

namespace caseload {

bool isLostConnection(const QString &location, const QString &error)
{
    return Store::isServerLocation(location) && Store::isConnectionError(error);
}

} // namespace caseload
