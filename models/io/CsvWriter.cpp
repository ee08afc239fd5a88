#include "CsvWriter.h"

#include <QFileDevice>
#include <QIODevice>

namespace caseload {

namespace {

constexpr qsizetype FlushThreshold = 256 * 1024;

bool needsQuotes(QStringView field)
{
    if (field.isEmpty())
        return false;
    // Blanks at either end would be trimmed by some readers; quoting keeps them.
    if (field.front().isSpace() || field.back().isSpace())
        return true;
    for (QChar c : field) {
        const char16_t u = c.unicode();
        if (u <= u',' && (u == u',' || u == u'"' || u == u'\n' || u == u'\r'))
            return true;
    }
    return false;
}

// A row of one empty field would be an empty line, which readers skip: write it as "".
bool isSingleEmptyField(qsizetype count, QStringView first)
{
    return count == 1 && first.isEmpty();
}

} // namespace

QString CsvWriter::formatRow(const QList<QStringView> &fields)
{
    QString row;
    if (fields.isEmpty())
        return row;
    if (isSingleEmptyField(fields.size(), fields.front()))
        return QStringLiteral("\"\"");
    bool first = true;
    for (QStringView view : fields) {
        if (!first)
            row.append(u',');
        first = false;
        if (!needsQuotes(view)) {
            row.append(view);
            continue;
        }
        row.append(u'"');
        for (QChar c : view) {
            if (c == u'"')
                row.append(u'"');
            row.append(c);
        }
        row.append(u'"');
    }
    return row;
}

CsvWriter::CsvWriter(QIODevice *device, bool withBom)
    : m_device(device)
    // Stateless: each field is encoded on its own, so an unpaired surrogate at a field's end becomes
    // U+FFFD in that field instead of waiting in the encoder and landing in the next field or row.
    , m_encoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless)
{
    m_buffer.reserve(FlushThreshold + 4096);
    if (withBom)
        m_buffer.append("\xEF\xBB\xBF");
}

CsvWriter::~CsvWriter()
{
    flush();
}

void CsvWriter::appendUtf8(QStringView text)
{
    const qsizetype used = m_buffer.size();
    m_buffer.resize(used + m_encoder.requiredSpace(text.size()));
    char *const end = m_encoder.appendToBuffer(m_buffer.data() + used, text);
    m_buffer.resize(end - m_buffer.constData());
}

void CsvWriter::appendField(QStringView field)
{
    if (!needsQuotes(field)) {
        appendUtf8(field);
        return;
    }
    m_buffer.append('"');
    qsizetype from = 0;
    for (qsizetype i = 0; i < field.size(); ++i) {
        if (field[i] == u'"') {
            appendUtf8(field.sliced(from, i + 1 - from)); // the quote itself, then its double
            m_buffer.append('"');
            from = i + 1;
        }
    }
    appendUtf8(field.sliced(from));
    m_buffer.append('"');
}

void CsvWriter::writeRow(const QList<QStringView> &fields)
{
    if (isSingleEmptyField(fields.size(), fields.isEmpty() ? QStringView() : fields.front())) {
        m_buffer.append("\"\"");
    } else {
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (i > 0)
                m_buffer.append(',');
            appendField(fields[i]);
        }
    }
    m_buffer.append('\n');
    if (m_buffer.size() >= FlushThreshold)
        flush();
}

void CsvWriter::writeRow(const QStringList &fields)
{
    QList<QStringView> views;
    views.reserve(fields.size());
    for (const QString &field : fields)
        views.append(field);
    writeRow(views);
}

bool CsvWriter::flush()
{
    if (!m_buffer.isEmpty()) {
        if (m_ok && m_device->write(m_buffer.constData(), m_buffer.size()) != m_buffer.size())
            m_ok = false;
        m_buffer.resize(0);
    }
    // A QFile buffers too: push it through so that a full disk shows up here, not at close().
    if (auto *file = qobject_cast<QFileDevice *>(m_device); file && m_ok && !file->flush())
        m_ok = false;
    return m_ok;
}

} // namespace caseload
