#pragma once

#include "AnalyticsQuery.h"
#include "CaseTable.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace caseload {

/// A CaseFilter compiled against one CaseTable: masks for a per-row test of court, type, closure
/// method, cause and handler, and the period resolved to whole months. Analytics and CaseSelection
/// both select through it, so a case list holds exactly the cases the figures count.
class CaseFilterMatcher
{
public:
    /// Compiles `input.filter` (court groups through `input.courtGroups`). The period is whole months:
    /// from the first day of the filter's `from` month (invalid: the data's first month) to the last
    /// day of its `to` month (invalid: the data's last month; the current month for an empty table);
    /// the as-of date defaults to the period's last day. Returns nullopt with `error` set on an
    /// unknown court, court group, cause or handler, or a period ending before it starts.
    static std::optional<CaseFilterMatcher> compile(
        const CaseTable &table, const AnalyticsInput &input, QString *error);

    /// Also requires one of `courts` (names or codes). Returns false with `error` set on an unknown
    /// court (the matcher is then unchanged).
    bool narrowToCourts(const CaseTable &table, const QStringList &courts, QString *error);

    /// Whether the case in `row` passes the filter (any date).
    bool accepts(const CaseTable &t, qint64 row) const
    {
        if (!m_courts.empty() && !m_courts[t.court(row)])
            return false;
        if (m_types && !(m_types & (1u << quint32(t.type(row)))))
            return false;
        if (m_methods && !(m_methods & (1u << quint32(t.closureMethod(row)))))
            return false;
        if (!m_causes.empty() && !m_causes[t.cause(row)])
            return false;
        if (!m_handlers.empty() && !m_handlers[t.handler(row)])
            return false;
        return true;
    }

    /// Whether court id `court` is selected (every court when the filter names none).
    bool acceptsCourt(quint16 court) const { return m_courts.empty() || m_courts[court]; }
    bool restrictsCourts() const { return !m_courts.empty(); }

    QDate from() const { return m_from; } ///< first day of the period
    QDate to() const { return m_to; } ///< last day of the period
    QDate asOf() const { return m_asOf; }

private:
    std::vector<quint8> m_courts; ///< by court id; empty: all
    std::vector<quint8> m_causes;
    std::vector<quint8> m_handlers;
    quint32 m_types = 0; ///< bit per CaseType; 0: all
    quint32 m_methods = 0; ///< bit per ClosureMethod; 0: all
    QDate m_from;
    QDate m_to;
    QDate m_asOf;
};

} // namespace caseload
