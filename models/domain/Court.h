#pragma once

#include <QString>

namespace caseload {

/// A court as exports name it: the full name and, where known, the court code (法院代字, e.g. 京0105).
struct Court
{
    QString name;
    QString code;
};

} // namespace caseload
