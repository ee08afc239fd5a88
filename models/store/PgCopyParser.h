#pragma once

#include <QCoreApplication>
#include <QString>
#include <QtGlobal>

#include <vector>

namespace caseload::pg {

/// Reads PostgreSQL's binary COPY format (COPY ... TO STDOUT (FORMAT binary)) of a result whose
/// columns are all integers, booleans or dates, fed in the chunks the server sends (any split: a
/// tuple may straddle chunks). Every length is checked against the bytes at hand and against the
/// column's type, so a malformed or truncated stream ends in an error, never a read past the data.
///
/// Values come out as qint64: integers as they are, booleans 0/1, dates as day numbers (days since
/// 1970-01-01; PostgreSQL counts from 2000-01-01).
class PgCopyParser
{
    Q_DECLARE_TR_FUNCTIONS(caseload::pg::PgCopyParser)

public:
    /// Column types the parser decodes, with their PostgreSQL type OIDs.
    enum class Type : quint32 { Bool = 16, Int8 = 20, Int2 = 21, Int4 = 23, Date = 1082 };
    enum class Status {
        Row, ///< a tuple was decoded into the caller's arrays
        NeedMore, ///< the data fed so far ends inside a tuple (or at a tuple boundary): feed more
        End, ///< the end-of-data marker was read
        Error, ///< the stream is malformed (see error())
    };

    explicit PgCopyParser(std::vector<Type> columns);

    /// The type of OID `oid`, or false when the parser cannot decode it.
    static bool typeOfOid(quint32 oid, Type *type);

    /// Makes the next `size` bytes of the stream available; they must stay valid until next() returns
    /// NeedMore (or the parser is destroyed). Copied only when a tuple straddles two chunks.
    void feed(const char *data, qsizetype size);
    /// Decodes the next tuple into values[column] and nulls[column] (one per column; values of nulls
    /// are 0).
    Status next(qint64 *values, bool *nulls);
    /// True when the stream ended cleanly: the end marker was read and nothing followed it.
    bool atEnd() const { return m_state == State::Ended && m_view == m_viewEnd; }
    /// What was wrong with the stream, after next() returned Error.
    QString error() const { return m_error; }

private:
    enum class State { Header, Tuples, Ended, Failed };

    Status fail(const QString &why);
    /// Parses the header at the view; NeedMore when incomplete.
    Status header();
    /// Keeps the unread rest of the view for the next feed.
    void carry();

    std::vector<Type> m_columns;
    State m_state = State::Header;
    const char *m_view = nullptr;
    const char *m_viewEnd = nullptr;
    std::vector<char> m_carry; ///< the start of a tuple that straddles chunks
    QString m_error;
};

} // namespace caseload::pg
