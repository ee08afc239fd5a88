#include "CaseFilterMatcher.h"

#include "domain/DayNumber.h"

#include <QCoreApplication>

namespace caseload {

namespace {

// The messages keep the context they had in Analytics, where they were first translated.
std::vector<quint8> dictionaryMask(
    const QStringList &dictionary, const QStringList &wanted, const QString &what, QString *error)
{
    if (wanted.isEmpty())
        return {};
    std::vector<quint8> mask(size_t(dictionary.size()), 0);
    for (const QString &name : wanted) {
        const qsizetype id = dictionary.indexOf(name);
        if (id < 0) {
            *error = QCoreApplication::translate("caseload::Analytics", "unknown %1: '%2'").arg(what, name);
            return {};
        }
        mask[size_t(id)] = 1;
    }
    return mask;
}

} // namespace

std::optional<CaseFilterMatcher> CaseFilterMatcher::compile(
    const CaseTable &table, const AnalyticsInput &input, QString *error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    error->clear();
    const CaseFilter &f = input.filter;
    const auto &courts = table.courts();
    CaseFilterMatcher out;
    if (!f.courts.isEmpty() || !f.courtGroups.isEmpty()) {
        out.m_courts.assign(courts.size(), 0);
        for (const QString &name : f.courts) {
            const auto id = table.courtId(name);
            if (!id) {
                *error = QCoreApplication::translate("caseload::Analytics", "unknown court: '%1'").arg(name);
                return std::nullopt;
            }
            out.m_courts[*id] = 1;
        }
        for (const QString &group : f.courtGroups) {
            if (input.courtGroups.contains(group)) {
                // A user-defined group may name courts without cases yet: they simply add nothing.
                for (const QString &name : input.courtGroups.value(group)) {
                    if (const auto id = table.courtId(name))
                        out.m_courts[*id] = 1;
                }
                continue;
            }
            bool found = false;
            for (size_t c = 0; c < courts.size(); ++c) {
                if (!courts[c].intermediateGroup.isEmpty() && courts[c].intermediateGroup == group) {
                    out.m_courts[c] = 1;
                    found = true;
                }
            }
            if (!found) {
                *error = QCoreApplication::translate("caseload::Analytics", "unknown court group: '%1'")
                             .arg(group);
                return std::nullopt;
            }
        }
    }
    for (CaseType t : f.types)
        out.m_types |= 1u << quint32(t);
    for (ClosureMethod m : f.methods)
        out.m_methods |= 1u << quint32(m);
    out.m_causes = dictionaryMask(
        table.causes(), f.causes, QCoreApplication::translate("caseload::Analytics", "cause"), error);
    if (!error->isEmpty())
        return std::nullopt;
    out.m_handlers = dictionaryMask(
        table.handlers(), f.handlers, QCoreApplication::translate("caseload::Analytics", "handler"), error);
    if (!error->isEmpty())
        return std::nullopt;

    const QDate today = QDate::currentDate();
    const QDate from
        = f.from.isValid() ? f.from : (table.isEmpty() ? today : fromDayNumber(table.firstDay()));
    const QDate to = f.to.isValid() ? f.to : (table.isEmpty() ? today : fromDayNumber(table.lastDay()));
    out.m_from = QDate(from.year(), from.month(), 1);
    out.m_to = QDate(to.year(), to.month(), to.daysInMonth());
    if (out.m_to < out.m_from) {
        *error
            = QCoreApplication::translate("caseload::Analytics", "the period ends (%1) before it starts (%2)")
                  .arg(out.m_to.toString(Qt::ISODate), out.m_from.toString(Qt::ISODate));
        return std::nullopt;
    }
    out.m_asOf = f.asOf.isValid() ? f.asOf : out.m_to;
    return out;
}

bool CaseFilterMatcher::narrowToCourts(const CaseTable &table, const QStringList &courts, QString *error)
{
    if (courts.isEmpty())
        return true;
    std::vector<quint8> mask(table.courts().size(), 0);
    for (const QString &name : courts) {
        const auto id = table.courtId(name);
        if (!id) {
            if (error)
                *error = QCoreApplication::translate("caseload::Analytics", "unknown court: '%1'").arg(name);
            return false;
        }
        mask[*id] = acceptsCourt(*id);
    }
    m_courts = std::move(mask);
    return true;
}

} // namespace caseload
