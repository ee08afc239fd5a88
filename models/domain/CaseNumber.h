#pragma once

#include "CaseType.h"

#include <QString>
#include <QStringView>

namespace caseload {

/// A parsed case number (案号): `（2016）京0105执1234号`. Brackets may be full-width or ASCII,
/// digits full-width or ASCII. The type code is matched longest first and anchored between the court
/// code and the sequence (so 司救执 is not read as 执). Numbers from before 2016 in local forms
/// (`(2015)X执字第N号`) are kept: whatever can be read is filled in, the rest left empty.
struct CaseNumber
{
    int year = 0; ///< 收案年度, 0 when unreadable
    QString courtCode; ///< 法院代字 such as 京0105 or 粤07; empty when unreadable
    QString typeCode; ///< 执, 执恢, ...; empty when not an execution code
    CaseType type = CaseType::Unknown;
    qint64 sequence = 0; ///< 0 when unreadable
    bool standard = false; ///< true when the whole number follows the 2016 rules

    /// Parses `text`; never fails: an unreadable number gives a CaseNumber with standard == false.
    static CaseNumber parse(QStringView text);
    /// The canonical spelling used as the case key: blanks removed, ASCII digits, full-width
    /// brackets `（）`. Two spellings of one case give the same key.
    static QString canonical(QStringView text);
};

} // namespace caseload
