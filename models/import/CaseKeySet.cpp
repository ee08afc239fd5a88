#include "CaseKeySet.h"

#include <QHashFunctions>

namespace caseload {

namespace {

quint32 hashOf(QStringView key)
{
    // Any slot with hash 0 would still work; keep the value nonzero only for readability in a debugger.
    return static_cast<quint32>(qHash(key, 0x9e3779b9u)) | 1u;
}

} // namespace

CaseKeySet::CaseKeySet()
{
    m_slots.resize(1024);
}

QStringView CaseKeySet::keyOf(const Slot &slot) const
{
    return QStringView(m_keys.data() + slot.offset, qsizetype(slot.length));
}

qint64 CaseKeySet::insert(QStringView key, qint64 line)
{
    if (key.isEmpty())
        return 0;
    if ((m_count + 1) * 10 > qint64(m_slots.size()) * 7)
        grow();
    const quint32 hash = hashOf(key);
    const size_t mask = m_slots.size() - 1;
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
        Slot &slot = m_slots[i];
        if (slot.length == 0) {
            slot.hash = hash;
            slot.offset = quint32(m_keys.size());
            slot.length = quint32(key.size());
            slot.line = quint32(line);
            m_keys.insert(m_keys.end(), key.utf16(), key.utf16() + key.size());
            ++m_count;
            return 0;
        }
        if (slot.hash == hash && keyOf(slot) == key)
            return slot.line;
    }
}

void CaseKeySet::grow()
{
    std::vector<Slot> old(m_slots.size() * 2);
    old.swap(m_slots);
    const size_t mask = m_slots.size() - 1;
    for (const Slot &slot : old) {
        if (slot.length == 0)
            continue;
        size_t i = slot.hash & mask;
        while (m_slots[i].length != 0)
            i = (i + 1) & mask;
        m_slots[i] = slot;
    }
}

} // namespace caseload
