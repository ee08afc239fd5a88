#pragma once

#include <QStringView>

#include <vector>

namespace caseload {

/// Maps short texts to 32-bit numbers, for the millions of lookups an import makes in the store's
/// small tables (courts, causes, handlers: name → row id). Keys are packed into one buffer, the table
/// holds 16 bytes a slot, and the hash is a cheap one made for short UTF-16 keys.
class StringIdMap
{
public:
    StringIdMap();

    /// Looks `key` up; when absent, remembers it with `value` (which must not be 0). Returns the
    /// value already stored, or 0 when the key was new.
    quint32 insert(QStringView key, quint32 value);
    /// The value stored for `key`, or 0.
    quint32 value(QStringView key) const;
    qint64 size() const { return m_count; }

private:
    struct Slot
    {
        quint32 hash = 0;
        quint32 offset = 0; ///< into m_keys
        quint32 length = 0;
        quint32 value = 0; ///< 0: empty slot
    };

    void grow();
    QStringView keyOf(const Slot &slot) const;
    size_t find(QStringView key, quint32 hash) const;

    std::vector<Slot> m_slots;
    std::vector<char16_t> m_keys;
    qint64 m_count = 0;
};

} // namespace caseload
