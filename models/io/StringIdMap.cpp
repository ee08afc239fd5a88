#include "StringIdMap.h"

#include "TextHash.h"

namespace caseload {

namespace {

quint32 hashOf(QStringView key)
{
    const quint64 h = textHash64(key);
    return quint32(h) ^ quint32(h >> 32);
}

} // namespace

StringIdMap::StringIdMap()
{
    m_slots.resize(64);
}

QStringView StringIdMap::keyOf(const Slot &slot) const
{
    return QStringView(m_keys.data() + slot.offset, qsizetype(slot.length));
}

size_t StringIdMap::find(QStringView key, quint32 hash) const
{
    const size_t mask = m_slots.size() - 1;
    size_t i = hash & mask;
    while (m_slots[i].value != 0 && !(m_slots[i].hash == hash && keyOf(m_slots[i]) == key))
        i = (i + 1) & mask;
    return i;
}

quint32 StringIdMap::insert(QStringView key, quint32 value)
{
    if ((m_count + 1) * 10 > qint64(m_slots.size()) * 7)
        grow();
    const quint32 hash = hashOf(key);
    Slot &slot = m_slots[find(key, hash)];
    if (slot.value != 0)
        return slot.value;
    slot.hash = hash;
    slot.offset = quint32(m_keys.size());
    slot.length = quint32(key.size());
    slot.value = value;
    m_keys.insert(m_keys.end(), key.utf16(), key.utf16() + key.size());
    ++m_count;
    return 0;
}

quint32 StringIdMap::value(QStringView key) const
{
    return m_slots[find(key, hashOf(key))].value;
}

void StringIdMap::grow()
{
    std::vector<Slot> old(m_slots.size() * 2);
    old.swap(m_slots);
    const size_t mask = m_slots.size() - 1;
    for (const Slot &slot : old) {
        if (slot.value == 0)
            continue;
        size_t i = slot.hash & mask;
        while (m_slots[i].value != 0)
            i = (i + 1) & mask;
        m_slots[i] = slot;
    }
}

} // namespace caseload
