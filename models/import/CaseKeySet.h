#pragma once

#include <QStringView>

#include <vector>

namespace caseload {

/// The case numbers seen so far in one import, with the line each was first seen on, so that a
/// number appearing twice in a file is caught. Compact for millions of keys: the keys are packed into
/// one buffer and the table holds 16 bytes a slot (about 60 bytes per key in all).
class CaseKeySet
{
public:
    CaseKeySet();

    /// Remembers `key` as seen on `line`. Returns 0 when the key is new, otherwise the line it was
    /// first seen on (and keeps that line).
    qint64 insert(QStringView key, qint64 line);
    qint64 size() const { return m_count; }

private:
    struct Slot
    {
        quint32 hash = 0;
        quint32 offset = 0;  ///< into m_keys
        quint32 length = 0;  ///< 0: empty slot
        quint32 line = 0;
    };

    void grow();
    QStringView keyOf(const Slot &slot) const;

    std::vector<Slot> m_slots;
    std::vector<char16_t> m_keys;
    qint64 m_count = 0;
};

} // namespace caseload
