#pragma once

#include "HeaderMapper.h"
#include "domain/CaseNumber.h"
#include "domain/CaseRecord.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringView>

namespace caseload {

/// Turns one data row of an export into a validated CaseRecord, or says why it can't: the field
/// (column header) at fault and a translated reason. Rules (DOMAIN.md): a case number and a
/// filing date are required; dates must exist (2016-02-30 does not) and not lie in the future;
/// closure not before filing; a closure method needs a closure date and the reverse (when the file
/// has both columns); amounts and day counts must be numbers and not negative; labels of case types
/// and closure methods must be known (legacy labels are mapped). A row with fewer fields than the
/// header, or extra non-empty fields, is misaligned and rejected whole.
class RowNormaliser
{
    Q_DECLARE_TR_FUNCTIONS(RowNormaliser)

public:
    struct Problem
    {
        QString field; ///< column header, empty for the row as a whole
        QString reason;
        int column = -1; ///< the field's column, -1 for the row as a whole
    };

    /// `today` bounds dates from above (tests pass a fixed day).
    RowNormaliser(const ColumnMapping &mapping, bool keepPersonalData, QDate today = QDate::currentDate());

    /// Fills `record` and `number` from `fields`; returns false with `problem` set when the row is rejected.
    bool normalise(
        const QList<QStringView> &fields, CaseRecord *record, CaseNumber *number, Problem *problem) const;

private:
    QStringView field(const QList<QStringView> &fields, CaseField f) const;
    /// A problem with field `f`, naming its header and column.
    Problem at(CaseField f, const QString &reason) const;
    bool date(const QList<QStringView> &fields, CaseField f, QDate *out, Problem *problem) const;
    bool amount(
        const QList<QStringView> &fields, CaseField f, std::optional<qint64> *out, Problem *problem) const;
    bool days(const QList<QStringView> &fields, CaseField f, int *out, Problem *problem) const;

    ColumnMapping m_mapping;
    bool m_keepPersonalData;
    QDate m_today;
};

} // namespace caseload
