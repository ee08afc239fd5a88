#pragma once

#include <QStringView>

#include <vector>

namespace caseload {

/// The case numbers seen so far in one import, to catch a number that a file holds twice, and the
/// line each was first seen on. Only a 64-bit hash of each number is kept (12 bytes a slot, about
/// 20 bytes per case), so memory stays small for files of millions of cases; two different numbers
/// would be taken for one only if their hashes collided, a chance of about n²/2⁶⁵ in a file of n
/// cases (one in 36 million for a million cases), and even then the row is reported, not dropped.
class CaseNumberSet
{
public:
    CaseNumberSet();

    /// Remembers `caseNumber` as seen on `line`. Returns 0 when it is new, otherwise the line it was
    /// first seen on.
    qint64 insert(QStringView caseNumber, qint64 line);
    /// Makes room for `count` numbers at once, so that a large file does not grow the table step by
    /// step (each step holds the old and the new table for a moment).
    void reserve(qint64 count);
    qint64 size() const { return m_count; }

private:
    void rehash(size_t capacity);

    std::vector<quint64> m_hashes; ///< 0: empty slot
    std::vector<quint32> m_lines;
    qint64 m_count = 0;
};

} // namespace caseload
