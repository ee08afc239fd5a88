#pragma once

#include "RowReader.h"
#include "TextEncoding.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringView>

#include <memory>

class QIODevice;

namespace caseload {

class Sha256;

/// Streaming RFC 4180 CSV reader: quoted fields, doubled quotes, embedded CR/LF, CRLF or LF or CR
/// line ends, a byte-order mark, any of the TextEncoding encodings. Memory stays flat whatever the
/// file size: one chunk of input and one record are held at a time.
///
/// Lenient where files in the wild need it (a stray quote inside an unquoted field is kept as a
/// character), strict where data would be lost: an unterminated quoted field at end of input, or
/// bytes that are invalid in the chosen encoding, stop the reader with an error naming the line.
class CsvReader : public RowReader
{
public:
    struct Options
    {
        TextEncoding encoding = TextEncoding::Auto;
        QChar delimiter = u',';
        /// Bytes read from the device at a time. The default suits files; tests pass tiny sizes to
        /// split records and multi-byte characters across reads.
        qsizetype chunkSize = 1 << 20;
    };

    /// Reads from `device` (already open). The device must outlive the reader.
    CsvReader(QIODevice *device, const Options &options);
    ~CsvReader() override;
    CsvReader(const CsvReader &) = delete;
    CsvReader &operator=(const CsvReader &) = delete;

    /// Feeds every raw byte read (BOM included) to `hash`, so a file is hashed in the same pass.
    /// Call before the first next(); once next() has returned false the hash has seen every byte.
    void setHash(Sha256 *hash);

    /// Reads the next record. Returns false at the end of input or on an error (see hasError()).
    /// Blank lines (no characters at all between two line ends) are skipped but counted in line numbers.
    bool next() override;

    /// Fields of the current record: views valid until the next call to next().
    const QList<QStringView> &fields() const override;
    /// 1-based physical line number on which the current record starts.
    qint64 line() const override;
    /// Number of records read so far.
    qint64 recordCount() const override;
    /// Bytes consumed from the device so far (for progress).
    qint64 bytesRead() const;
    /// bytesRead() out of the device's size (0 for a sequential device).
    qint64 progressDone() const override { return bytesRead(); }
    qint64 progressTotal() const override;

    /// The encoding in use (never Auto once the first record has been read or detection ran).
    TextEncoding encoding() const;

    /// The encoding's name ("utf-8", "gb18030").
    QString sourceDescription() const override;

    bool hasError() const override;
    /// Human-readable error, naming the line: "line 12: unterminated quoted field".
    QString errorString() const override;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace caseload
