#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringEncoder>
#include <QStringList>
#include <QStringView>

class QIODevice;

namespace caseload {

/// Writes RFC 4180 CSV in UTF-8 with LF line ends: fields containing the delimiter, a quote, CR or LF
/// (or leading/trailing blanks) are quoted, quotes doubled. Optionally starts with a UTF-8 BOM so that
/// Excel and WPS open the file as UTF-8.
class CsvWriter
{
public:
    explicit CsvWriter(QIODevice *device, bool withBom = false);
    /// Flushes what is still buffered.
    ~CsvWriter();
    CsvWriter(const CsvWriter &) = delete;
    CsvWriter &operator=(const CsvWriter &) = delete;

    void writeRow(const QList<QStringView> &fields);
    void writeRow(const QStringList &fields);
    /// Flushes buffered output; returns false (and keeps the device's error) when writing failed.
    bool flush();

    /// One row formatted as CSV, without the line end.
    static QString formatRow(const QList<QStringView> &fields);

private:
    void appendField(QStringView field);
    void appendUtf8(QStringView text);

    QIODevice *m_device;
    QStringEncoder m_encoder;
    QByteArray m_buffer;
    bool m_ok = true;
};

} // namespace caseload
