#include "PgCopyParser.h"

#include <algorithm>
#include <cstring>
#include <utility>

namespace caseload::pg {

namespace {

constexpr char Signature[] = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', '\377', '\r', '\n', '\0'};
constexpr qsizetype SignatureSize = qsizetype(sizeof(Signature));
/// Days from 1970-01-01 (our day numbers) to 2000-01-01 (PostgreSQL's date zero).
constexpr qint64 PostgresEpochDay = 10957;

// The stream is in network byte order.
quint32 be32(const char *p)
{
    const auto *u = reinterpret_cast<const uchar *>(p);
    return quint32(u[0]) << 24 | quint32(u[1]) << 16 | quint32(u[2]) << 8 | quint32(u[3]);
}

qint16 be16(const char *p)
{
    const auto *u = reinterpret_cast<const uchar *>(p);
    return qint16(quint16(u[0] << 8 | u[1]));
}

qint64 be64(const char *p)
{
    return qint64(quint64(be32(p)) << 32 | be32(p + 4));
}

int sizeOf(PgCopyParser::Type type)
{
    switch (type) {
    case PgCopyParser::Type::Bool:
        return 1;
    case PgCopyParser::Type::Int2:
        return 2;
    case PgCopyParser::Type::Int4:
    case PgCopyParser::Type::Date:
        return 4;
    case PgCopyParser::Type::Int8:
        return 8;
    }
    return 0;
}

} // namespace

PgCopyParser::PgCopyParser(std::vector<Type> columns)
    : m_columns(std::move(columns))
{ }

bool PgCopyParser::typeOfOid(quint32 oid, Type *type)
{
    for (const Type t : {Type::Bool, Type::Int8, Type::Int2, Type::Int4, Type::Date}) {
        if (quint32(t) == oid) {
            *type = t;
            return true;
        }
    }
    return false;
}

void PgCopyParser::feed(const char *data, qsizetype size)
{
    if (size <= 0)
        return;
    if (m_carry.empty()) {
        m_view = data;
        m_viewEnd = data + size;
        return;
    }
    m_carry.insert(m_carry.end(), data, data + size);
    m_view = m_carry.data();
    m_viewEnd = m_view + m_carry.size();
}

void PgCopyParser::carry()
{
    const qsizetype rest = m_viewEnd - m_view;
    if (!m_carry.empty() && m_view >= m_carry.data() && m_view <= m_carry.data() + m_carry.size()) {
        m_carry.erase(m_carry.begin(), m_carry.begin() + (m_view - m_carry.data()));
    } else {
        m_carry.assign(m_view, m_viewEnd);
    }
    Q_ASSERT(qsizetype(m_carry.size()) == rest);
    m_view = m_viewEnd = nullptr;
}

PgCopyParser::Status PgCopyParser::fail(const QString &why)
{
    m_state = State::Failed;
    m_error = tr("the server sent a malformed COPY stream: %1").arg(why);
    return Status::Error;
}

PgCopyParser::Status PgCopyParser::header()
{
    const qsizetype available = m_viewEnd - m_view;
    const qsizetype fixed = SignatureSize + 8;
    if (available < fixed) {
        // A wrong signature shows in its first bytes: say so now rather than wait for more.
        if (std::memcmp(m_view, Signature, size_t(std::min(available, SignatureSize))) != 0)
            return fail(tr("it does not start with the binary COPY signature"));
        return Status::NeedMore;
    }
    if (std::memcmp(m_view, Signature, size_t(SignatureSize)) != 0)
        return fail(tr("it does not start with the binary COPY signature"));
    const quint32 flags = be32(m_view + SignatureSize);
    if (flags & (quint32(1) << 16))
        return fail(tr("it carries OIDs"));
    if (flags >> 17)
        return fail(tr("unknown critical header flags (%1)").arg(flags >> 17));
    const quint32 extension = be32(m_view + SignatureSize + 4);
    if (extension > quint32(available - fixed))
        return extension > (quint32(1) << 30) ? fail(tr("a header extension of %1 bytes").arg(extension))
                                              : Status::NeedMore;
    m_view += fixed + qsizetype(extension);
    m_state = State::Tuples;
    return Status::Row; // the header is done; next() goes on to the first tuple
}

PgCopyParser::Status PgCopyParser::next(qint64 *values, bool *nulls)
{
    if (m_state == State::Failed)
        return Status::Error;
    if (m_state == State::Ended)
        return m_view == m_viewEnd ? Status::End : fail(tr("data after the end marker"));
    if (m_view == m_viewEnd) {
        m_carry.clear();
        m_view = m_viewEnd = nullptr;
        return Status::NeedMore;
    }
    if (m_state == State::Header) {
        const Status status = header();
        if (status == Status::NeedMore)
            carry();
        if (status != Status::Row)
            return status;
        return next(values, nulls);
    }

    const char *p = m_view;
    const char *const end = m_viewEnd;
    if (end - p < 2) {
        carry();
        return Status::NeedMore;
    }
    const qint16 count = be16(p);
    p += 2;
    if (count == -1) {
        m_view = p;
        m_state = State::Ended;
        return m_view == m_viewEnd ? Status::End : fail(tr("data after the end marker"));
    }
    if (count != qint16(m_columns.size()))
        return fail(tr("a tuple of %1 fields where %2 were expected").arg(count).arg(m_columns.size()));
    for (size_t c = 0; c < m_columns.size(); ++c) {
        if (end - p < 4) {
            carry();
            return Status::NeedMore;
        }
        const auto length = qint32(be32(p));
        p += 4;
        if (length == -1) {
            values[c] = 0;
            nulls[c] = true;
            continue;
        }
        const Type type = m_columns[c];
        if (length != sizeOf(type))
            return fail(
                tr("field %1 has %2 bytes where its type has %3").arg(c + 1).arg(length).arg(sizeOf(type)));
        if (end - p < length) {
            carry();
            return Status::NeedMore;
        }
        switch (type) {
        case Type::Bool:
            values[c] = *p != 0;
            break;
        case Type::Int2:
            values[c] = be16(p);
            break;
        case Type::Int4:
            values[c] = qint32(be32(p));
            break;
        case Type::Date:
            values[c] = qint64(qint32(be32(p))) + PostgresEpochDay;
            break;
        case Type::Int8:
            values[c] = be64(p);
            break;
        }
        nulls[c] = false;
        p += length;
    }
    m_view = p;
    return Status::Row;
}

} // namespace caseload::pg
