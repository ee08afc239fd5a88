#pragma once

#include "CaseTable.h"

#include <QHash>
#include <QString>

namespace caseload {

/// The name -> id maps a CaseTable keeps while cases are appended (CaseTable.cpp and the loader).
struct CaseTable::Lookup
{
    QHash<QString, quint16> courtsByName;
    QHash<QString, quint16> courtsByCode; ///< the first court that had the code
    QHash<QString, quint16> causes;
    QHash<QString, quint32> handlers;
};

} // namespace caseload
