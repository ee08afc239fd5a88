#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

namespace caseload {

class CaseTable;
class Store;

/// Finds cases by part of their case number, for the Cases page's search box.
class CaseNumberSearch
{
    Q_DECLARE_TR_FUNCTIONS(caseload::CaseNumberSearch)

public:
    /// The LIKE pattern matching case numbers that contain `text`: spelled as the store keeps case
    /// numbers (CaseNumber::canonical: blanks dropped, full-width brackets), `\`, `%` and `_`
    /// escaped with `\`, wrapped in `%`.
    static QString likePattern(const QString &text);

    /// Store ids of the cases of `store` whose case number contains `text`, ascending; nullopt with
    /// `error` set on a database error. A full scan of the case numbers: call it off the GUI thread.
    static std::optional<std::vector<qint64>> storeIds(
        const Store &store, const QString &text, QString *error);

    /// The entries of `rows` (CaseTable rows, order kept) whose case has one of the store `ids`.
    static std::vector<quint32> narrow(
        const CaseTable &table, const std::vector<quint32> &rows, const std::vector<qint64> &ids);
};

} // namespace caseload
