#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

struct zip;
struct zip_file;

namespace caseload {

/// A zip archive opened read-only through libzip (an .xlsx workbook is one). Entries are read whole
/// (small parts) or as a stream in chunks (worksheets), so a large entry never sits in memory.
/// Deflated entries are inflated with ISA-L (Intel's Intelligent Storage Acceleration Library, about
/// three times zlib's speed) from the compressed bytes libzip hands over, their CRC-32 checked as
/// libzip would; stored entries and other methods are read through libzip.
///
/// Every error message is translated and names the file: not a zip archive, a truncated or corrupt
/// archive, an encrypted entry, a missing entry. Not thread-safe: one thread uses an archive and its
/// entries at a time.
class ZipArchive
{
public:
    /// One entry opened for reading, as a stream of uncompressed bytes. The archive must outlive it.
    class Entry
    {
    public:
        ~Entry();
        Entry(const Entry &) = delete;
        Entry &operator=(const Entry &) = delete;

        QString name() const;
        /// Uncompressed size in bytes, as recorded in the archive.
        qint64 size() const;
        /// Uncompressed bytes read so far.
        qint64 position() const;
        /// Reads up to `maxSize` bytes into `data`. Returns the number read, 0 once the whole entry
        /// has been read (its CRC checked), -1 on an error (see errorString()): corrupt compressed
        /// data, a CRC mismatch, an entry shorter than its recorded size.
        qint64 read(char *data, qint64 maxSize);
        bool hasError() const;
        QString errorString() const;

    private:
        friend class ZipArchive;
        Entry() = default;

        struct Inflate;
        qint64 readInflated(char *data, qint64 maxSize);
        void setReadError(const QString &reason);

        const ZipArchive *m_archive = nullptr;
        zip_file *m_file = nullptr; // inflated by libzip, or the raw deflate stream when m_inflate is set
        std::unique_ptr<Inflate> m_inflate;
        QString m_name;
        qint64 m_size = 0;
        qint64 m_position = 0;
        QString m_error;
    };

    /// Opens `path` read-only, checking the central directory against the local headers. Returns null
    /// and sets `*error` when the file cannot be opened or is not an intact zip archive.
    static std::unique_ptr<ZipArchive> open(const QString &path, QString *error);
    ~ZipArchive();
    ZipArchive(const ZipArchive &) = delete;
    ZipArchive &operator=(const ZipArchive &) = delete;

    /// The path the archive was opened from.
    QString fileName() const;
    /// Names of all entries, in the order of the central directory.
    QStringList entryNames() const;
    /// Whether an entry of that name exists (exact name, or differing only in case).
    bool contains(const QString &name) const;
    /// Uncompressed size of the entry in bytes, -1 when there is no such entry.
    qint64 entrySize(const QString &name) const;

    /// Opens an entry for streaming. Returns null and sets `*error` when it is missing, encrypted or
    /// compressed with an unsupported method.
    std::unique_ptr<Entry> openEntry(const QString &name, QString *error) const;
    /// Reads a whole entry (for small parts such as xl/workbook.xml). Refuses entries larger than
    /// `maxSize` bytes. Returns a null array and sets `*error` on failure.
    QByteArray readEntry(const QString &name, QString *error, qint64 maxSize = qint64(64) << 20) const;

private:
    ZipArchive() = default;
    qint64 locate(const QString &name) const;

    zip *m_zip = nullptr;
    QString m_fileName;
};

} // namespace caseload
