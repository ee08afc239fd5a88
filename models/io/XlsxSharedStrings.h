#pragma once

#include "XlsxText.h"
#include "XlsxXml.h"
#include "XmlFragmentReader.h"

#include <QString>
#include <QStringView>

#include <pugixml.hpp>

#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

// The shared strings table of an .xlsx workbook (internal to models/io).
namespace caseload::xlsx {

// The workbook's shared strings, loaded on a thread of their own while the sheet is read: a string
// can be looked up as soon as it has been parsed, and a lookup waits for the loader otherwise
// (writers list the strings in the order their cells come, so the loader keeps ahead or near).
// Append-only: a string's text never moves once added, so views of it stay valid as long as the
// workbook, and readers need no lock for the strings already there.
class SharedStrings
{
public:
    SharedStrings()
        : m_pages(MaxPages)
    { }

    /// Loader: adds the next string.
    void add(const char16_t *text, qsizetype length)
    {
        const qsizetype n = m_count.load(std::memory_order_relaxed);
        if (n >= MaxPages * PageSize)
            return;
        if (length > m_blockLeft) {
            const qsizetype size = std::max(BlockSize, length);
            m_blocks.push_back(std::make_unique_for_overwrite<char16_t[]>(size_t(size)));
            m_blockFree = m_blocks.back().get();
            m_blockLeft = size;
        }
        std::copy_n(text, length, m_blockFree);
        std::unique_ptr<Entry[]> &page = m_pages[size_t(n >> PageBits)];
        if (!page)
            page = std::make_unique<Entry[]>(size_t(PageSize));
        page[size_t(n & (PageSize - 1))] = Entry {m_blockFree, length};
        m_blockFree += length;
        m_blockLeft -= length;
        // Sequentially consistent with the reader's count of waiters: either the reader sees the new
        // count or this sees the reader waiting.
        m_count.store(n + 1);
        if (m_waiting.load() > 0) {
            std::lock_guard lock(m_mutex);
            m_grown.notify_all();
        }
    }
    /// Loader: no more strings; `error` says why when loading failed.
    void finish(const QString &error)
    {
        std::lock_guard lock(m_mutex);
        m_finished = true;
        m_error = error;
        m_grown.notify_all();
    }

    /// String `index`, waiting for the loader when it has not got that far. False when there is no
    /// such string: the loader finished without it (see waitForEnd() for whether it failed).
    bool lookup(qint64 index, QStringView *text)
    {
        if (index < 0)
            return false;
        if (index >= m_count.load()) {
            std::unique_lock lock(m_mutex);
            ++m_waiting;
            m_grown.wait(lock, [&] { return index < m_count.load() || m_finished; });
            --m_waiting;
            if (index >= m_count.load())
                return false;
        }
        const Entry &entry = m_pages[size_t(index >> PageBits)][size_t(index & (PageSize - 1))];
        *text = QStringView(entry.text, entry.length);
        return true;
    }
    /// Waits until the loader is done; returns its error, empty when every string was loaded.
    QString waitForEnd()
    {
        std::unique_lock lock(m_mutex);
        m_grown.wait(lock, [&] { return m_finished; });
        return m_error;
    }

private:
    struct Entry
    {
        const char16_t *text = nullptr;
        qsizetype length = 0;
    };
    static constexpr int PageBits = 16;
    static constexpr qsizetype PageSize = qsizetype(1) << PageBits;
    static constexpr qsizetype MaxPages = qsizetype(1) << 15; // 2^31 strings
    static constexpr qsizetype BlockSize = qsizetype(1) << 20; // characters

    std::vector<std::unique_ptr<Entry[]>> m_pages; // sized once: never moves
    std::vector<std::unique_ptr<char16_t[]>> m_blocks; // the loader's alone
    char16_t *m_blockFree = nullptr;
    qsizetype m_blockLeft = 0;
    std::atomic<qsizetype> m_count {0};
    std::atomic<int> m_waiting {0};
    std::mutex m_mutex;
    std::condition_variable m_grown;
    bool m_finished = false;
    QString m_error;
};

// The shared strings part, as expat's events or pugixml's fragments of <si> elements: each string is
// the text of its <t> elements, phonetic runs (<rPh>) left out.
class SharedStringsParser : public XmlFragmentReader::Handler
{
public:
    explicit SharedStringsParser(SharedStrings *strings)
        : m_strings(strings)
    { }

    void startElement(const XML_Char *name, const XML_Char **) override
    {
        switch (elementOf(name)) {
        case Element::T:
            m_capture = m_phonetic == 0;
            break;
        case Element::Si:
            m_text.size = 0;
            m_capture = false;
            m_phonetic = 0;
            break;
        case Element::RPh:
            ++m_phonetic;
            break;
        default:
            break;
        }
    }
    void endElement(const XML_Char *name) override
    {
        switch (elementOf(name)) {
        case Element::T:
            m_capture = false;
            break;
        case Element::RPh:
            --m_phonetic;
            break;
        case Element::Si:
            addString();
            break;
        default:
            break;
        }
    }
    void characters(const XML_Char *data, int length) override
    {
        if (m_capture)
            m_text.size += utf8ToUtf16(data, length, m_text.room(length));
    }
    bool fragment(const pugi::xml_node &fragment) override
    {
        // The fragment's strings are decoded first and added only when every one is well-formed:
        // strings added cannot be taken back, and expat reads a fragment that is not.
        m_pending.clear();
        m_lengths.clear();
        for (pugi::xml_node si = fragment.first_child(); si; si = si.next_sibling()) {
            if (si.type() != pugi::node_element || elementOf(si.name()) != Element::Si)
                continue;
            const size_t start = m_pending.size();
            if (!collect(si, 0))
                return false;
            m_lengths.push_back(m_pending.size() - start);
        }
        const char *text = m_pending.data();
        for (const size_t length : m_lengths) {
            m_text.size = utf8ToUtf16(text, qsizetype(length), m_text.room(qsizetype(length)));
            addString();
            text += length;
        }
        return true;
    }

private:
    void addString()
    {
        m_strings->add(m_text.data.data(), decodeEscapes(m_text.data.data(), m_text.size));
        m_text.size = 0;
    }
    // The text of the <t> elements under `node`, outside phonetic runs, as expat's events give it,
    // into m_pending; false for a malformed reference.
    bool collect(const pugi::xml_node &node, int phonetic)
    {
        for (pugi::xml_node child = node.first_child(); child; child = child.next_sibling()) {
            if (child.type() != pugi::node_element)
                continue;
            bool ok = true;
            switch (elementOf(child.name())) {
            case Element::T:
                if (phonetic == 0)
                    ok = appendText(child, &m_pending);
                break;
            case Element::RPh:
                ok = collect(child, phonetic + 1);
                break;
            default:
                ok = collect(child, phonetic);
                break;
            }
            if (!ok)
                return false;
        }
        return true;
    }

    SharedStrings *m_strings;
    TextBuffer m_text; // the string being read
    bool m_capture = false;
    int m_phonetic = 0;
    std::string m_pending; // a fragment's strings, decoded, one after the other
    std::vector<size_t> m_lengths; // their lengths in bytes
};

} // namespace caseload::xlsx
