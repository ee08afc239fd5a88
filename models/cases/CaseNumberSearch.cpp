#include "CaseNumberSearch.h"

#include "analytics/CaseTable.h"
#include "domain/CaseNumber.h"
#include "store/Store.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace caseload {

QString CaseNumberSearch::likePattern(const QString &text)
{
    const QString canonical = CaseNumber::canonical(text);
    QString pattern;
    pattern.reserve(canonical.size() + 8);
    pattern += u'%';
    for (const QChar c : canonical) {
        if (c == u'\\' || c == u'%' || c == u'_')
            pattern += u'\\';
        pattern += c;
    }
    pattern += u'%';
    return pattern;
}

std::optional<std::vector<qint64>> CaseNumberSearch::storeIds(
    const Store &store, const QString &text, QString *error)
{
    QSqlQuery query(store.database());
    query.setForwardOnly(true);
    bool ok = query.prepare(
        QStringLiteral("SELECT id FROM cases WHERE case_number LIKE ? ESCAPE '\\' ORDER BY id"));
    if (ok) {
        query.addBindValue(likePattern(text));
        ok = query.exec();
    }
    if (!ok) {
        if (error)
            *error = tr("Cannot search the case numbers: %1").arg(query.lastError().text());
        return std::nullopt;
    }
    std::vector<qint64> ids;
    while (query.next())
        ids.push_back(query.value(0).toLongLong());
    return ids;
}

std::vector<quint32> CaseNumberSearch::narrow(
    const CaseTable &table, const std::vector<quint32> &rows, const std::vector<qint64> &ids)
{
    // Few matches against a long list: mark the matching table rows, then keep the list's order.
    std::vector<bool> matching(size_t(table.size()), false);
    for (const qint64 id : ids) {
        if (const std::optional<qint64> row = table.rowOfStoreId(id))
            matching[size_t(*row)] = true;
    }
    std::vector<quint32> result;
    for (const quint32 row : rows) {
        if (row < matching.size() && matching[row])
            result.push_back(row);
    }
    return result;
}

} // namespace caseload
