#pragma once

#include "domain/CaseRecord.h"

#include <QDate>
#include <QDialog>
#include <QString>

#include <optional>

class QFormLayout;
class QLabel;

namespace caseload {

/// Every field of one case, read-only, in a form (the Cases page opens it on a double click or
/// Enter). Personal data (parties) shows only when the store holds it.
class CaseDetailDialog : public QDialog
{
    Q_OBJECT

public:
    /// Shows `record`; `deadline` is CaseSelection::deadlineDay as a date and `asOf` the dashboard's
    /// as-of date (for the days left). Without a record the dialog says `error`.
    CaseDetailDialog(const std::optional<CaseRecord> &record, QDate deadline, QDate asOf,
        const QString &error, QWidget *parent = nullptr);

    /// The value shown for field `key` (caseNumber, court, type, cause, department, handler, filed,
    /// closed, method, duration, applied, recovered, deducted, extension, property, networkInquiry,
    /// dishonestList, consumptionRestriction, applicantInterview, deadline, daysLeft, parties);
    /// empty when there is no such field.
    QString value(const QString &key) const;
    const std::optional<CaseRecord> &record() const { return m_record; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void build();

    std::optional<CaseRecord> m_record;
    QDate m_deadline;
    QDate m_asOf;
    QString m_error;
    QWidget *m_form = nullptr;
    QFormLayout *m_layout = nullptr;
};

} // namespace caseload
