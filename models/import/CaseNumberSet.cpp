#include "CaseNumberSet.h"

#include "io/TextHash.h"

namespace caseload {

namespace {

quint64 hashOf(QStringView key)
{
    const quint64 h = textHash64(key);
    return h != 0 ? h : 1; // 0 marks an empty slot
}

} // namespace

CaseNumberSet::CaseNumberSet()
{
    m_hashes.resize(1024);
    m_lines.resize(1024);
}

qint64 CaseNumberSet::insert(QStringView caseNumber, qint64 line)
{
    if ((m_count + 1) * 5 > qint64(m_hashes.size()) * 4)
        rehash(m_hashes.size() * 2);
    const quint64 hash = hashOf(caseNumber);
    const size_t mask = m_hashes.size() - 1;
    size_t i = size_t(hash) & mask;
    while (m_hashes[i] != 0) {
        if (m_hashes[i] == hash)
            return m_lines[i];
        i = (i + 1) & mask;
    }
    m_hashes[i] = hash;
    m_lines[i] = quint32(line);
    ++m_count;
    return 0;
}

void CaseNumberSet::reserve(qint64 count)
{
    size_t capacity = m_hashes.size();
    while (qint64(capacity) * 4 < count * 5)
        capacity *= 2;
    if (capacity > m_hashes.size())
        rehash(capacity);
}

void CaseNumberSet::rehash(size_t capacity)
{
    std::vector<quint64> hashes(capacity);
    std::vector<quint32> lines(capacity);
    hashes.swap(m_hashes);
    lines.swap(m_lines);
    const size_t mask = m_hashes.size() - 1;
    for (size_t j = 0; j < hashes.size(); ++j) {
        if (hashes[j] == 0)
            continue;
        size_t i = size_t(hashes[j]) & mask;
        while (m_hashes[i] != 0)
            i = (i + 1) & mask;
        m_hashes[i] = hashes[j];
        m_lines[i] = lines[j];
    }
}

} // namespace caseload
