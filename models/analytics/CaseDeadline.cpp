#include "CaseDeadline.h"

#include "domain/DayNumber.h"

#include <QDate>

namespace caseload {

CaseDeadline::MonthTable::MonthTable()
{
    constexpr int FirstYear = 1900;
    constexpr int Years = 300;
    m_monthStart.reserve(Years * 12 + 1);
    for (int m = 0; m <= Years * 12; ++m)
        m_monthStart.push_back(qint32(toDayNumber(QDate(FirstYear + m / 12, m % 12 + 1, 1))));
    m_firstDay = m_monthStart.front();
    m_monthOfDay.resize(size_t(m_monthStart.back() - m_firstDay));
    for (size_t m = 0; m + 1 < m_monthStart.size(); ++m)
        std::fill(m_monthOfDay.begin() + (m_monthStart[m] - m_firstDay),
            m_monthOfDay.begin() + (m_monthStart[m + 1] - m_firstDay), quint16(m));
}

qint32 CaseDeadline::MonthTable::addMonthsSlow(qint32 day, int months)
{
    return qint32(toDayNumber(fromDayNumber(day).addMonths(months)));
}

} // namespace caseload
