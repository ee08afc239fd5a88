#include "ZipArchive.h"

#include <QCoreApplication>
#include <QFile>

#include <isa-l/igzip_lib.h>
#include <zip.h>

#include <algorithm>
#include <limits>

namespace caseload {

namespace {

QString zipErrorText(int zipError)
{
    zip_error_t error;
    zip_error_init_with_code(&error, zipError);
    const QString text = QString::fromUtf8(zip_error_strerror(&error));
    zip_error_fini(&error);
    return text;
}

// libzip says "not a zip archive" both for a file that never was one and for one cut short (the
// central directory lives at the end). A truncated archive still starts with a local header.
bool startsLikeZip(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(4) == QByteArray("PK\x03\x04", 4);
}

// What went wrong while reading an entry, for the user.
QString readErrorText(int zipError)
{
    switch (zipError) {
    case ZIP_ER_CRC:
        return QCoreApplication::translate("ZipArchive", "CRC error: the data is corrupt");
    case ZIP_ER_ZLIB:
    case ZIP_ER_COMPRESSED_DATA:
        return QCoreApplication::translate("ZipArchive", "the compressed data is corrupt");
    case ZIP_ER_EOF:
    case ZIP_ER_READ:
    case ZIP_ER_SEEK:
    case ZIP_ER_INCONS:
        return QCoreApplication::translate("ZipArchive", "the archive is truncated or corrupt");
    case ZIP_ER_NOPASSWD:
    case ZIP_ER_WRONGPASSWD:
    case ZIP_ER_ENCRNOTSUPP:
        return QCoreApplication::translate("ZipArchive", "the entry is encrypted (password-protected)");
    case ZIP_ER_COMPNOTSUPP:
        return QCoreApplication::translate("ZipArchive", "the entry uses an unsupported compression method");
    default:
        return zipErrorText(zipError);
    }
}

} // namespace

struct ZipArchive::Entry::Inflate
{
    static constexpr size_t InputSize = size_t(256) << 10;

    Inflate()
    {
        isal_inflate_init(&state);
        state.crc_flag = ISAL_GZIP_NO_HDR; // raw deflate, with the CRC-32 of the output computed
    }

    inflate_state state;
    std::unique_ptr<quint8[]> input = std::make_unique_for_overwrite<quint8[]>(InputSize);
    quint32 expectedCrc = 0;
    bool inputEnded = false;
};

std::unique_ptr<ZipArchive> ZipArchive::open(const QString &path, QString *error)
{
    if (!QFile::exists(path)) {
        *error = QCoreApplication::translate("ZipArchive", "%1: no such file").arg(path);
        return nullptr;
    }
    if (QFile(path).size() == 0) {
        // libzip opens an empty file as an empty archive; nobody exports one on purpose.
        *error
            = QCoreApplication::translate("ZipArchive", "%1: the file is empty, not a zip archive").arg(path);
        return nullptr;
    }
    int code = ZIP_ER_OK;
    zip_t *handle = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY | ZIP_CHECKCONS, &code);
    if (!handle) {
        switch (code) {
        case ZIP_ER_NOZIP:
            *error = startsLikeZip(path)
                ? QCoreApplication::translate(
                    "ZipArchive", "%1: the zip archive is truncated (its end is missing)")
                      .arg(path)
                : QCoreApplication::translate("ZipArchive", "%1: not a zip archive").arg(path);
            break;
        case ZIP_ER_INCONS:
        case ZIP_ER_EOF:
            *error = QCoreApplication::translate("ZipArchive", "%1: the zip archive is truncated or corrupt")
                         .arg(path);
            break;
        case ZIP_ER_MULTIDISK:
            *error = QCoreApplication::translate(
                "ZipArchive", "%1: split (multi-volume) zip archives are not supported")
                         .arg(path);
            break;
        case ZIP_ER_OPEN:
        case ZIP_ER_READ:
        case ZIP_ER_SEEK: {
            QFile file(path);
            *error = file.open(QIODevice::ReadOnly)
                ? QCoreApplication::translate("ZipArchive", "%1: cannot read the file").arg(path)
                : QCoreApplication::translate("ZipArchive", "%1: cannot open: %2")
                      .arg(path, file.errorString());
            break;
        }
        default:
            *error = QCoreApplication::translate("ZipArchive", "%1: cannot open the zip archive: %2")
                         .arg(path, zipErrorText(code));
            break;
        }
        return nullptr;
    }
    std::unique_ptr<ZipArchive> archive(new ZipArchive);
    archive->m_zip = handle;
    archive->m_fileName = path;
    return archive;
}

ZipArchive::~ZipArchive()
{
    if (m_zip)
        zip_discard(m_zip);
}

QString ZipArchive::fileName() const
{
    return m_fileName;
}

QStringList ZipArchive::entryNames() const
{
    QStringList names;
    const zip_int64_t count = zip_get_num_entries(m_zip, 0);
    names.reserve(count);
    for (zip_int64_t i = 0; i < count; ++i) {
        if (const char *name = zip_get_name(m_zip, zip_uint64_t(i), 0))
            names.append(QString::fromUtf8(name));
    }
    return names;
}

qint64 ZipArchive::locate(const QString &name) const
{
    const QByteArray utf8 = name.toUtf8();
    zip_int64_t index = zip_name_locate(m_zip, utf8.constData(), 0);
    // Some writers disagree with their own relationships on case ("SharedStrings.xml").
    if (index < 0)
        index = zip_name_locate(m_zip, utf8.constData(), ZIP_FL_NOCASE);
    return index;
}

bool ZipArchive::contains(const QString &name) const
{
    return locate(name) >= 0;
}

qint64 ZipArchive::entrySize(const QString &name) const
{
    const qint64 index = locate(name);
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (index < 0 || zip_stat_index(m_zip, zip_uint64_t(index), 0, &stat) != 0
        || !(stat.valid & ZIP_STAT_SIZE))
        return -1;
    return qint64(stat.size);
}

std::unique_ptr<ZipArchive::Entry> ZipArchive::openEntry(const QString &name, QString *error) const
{
    const qint64 index = locate(name);
    if (index < 0) {
        *error = QCoreApplication::translate("ZipArchive", "%1: the archive has no entry %2")
                     .arg(m_fileName, name);
        return nullptr;
    }
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat_index(m_zip, zip_uint64_t(index), 0, &stat) != 0 || !(stat.valid & ZIP_STAT_SIZE)) {
        *error = QCoreApplication::translate("ZipArchive", "%1: cannot read %2: %3")
                     .arg(m_fileName, name, readErrorText(zip_error_code_zip(zip_get_error(m_zip))));
        return nullptr;
    }
    if ((stat.valid & ZIP_STAT_ENCRYPTION_METHOD) && stat.encryption_method != ZIP_EM_NONE) {
        *error = QCoreApplication::translate("ZipArchive", "%1: %2 is encrypted (password-protected)")
                     .arg(m_fileName, name);
        return nullptr;
    }
    const bool deflated = (stat.valid & ZIP_STAT_COMP_METHOD) && stat.comp_method == ZIP_CM_DEFLATE
        && (stat.valid & ZIP_STAT_CRC);
    zip_file_t *file = zip_fopen_index(m_zip, zip_uint64_t(index), deflated ? ZIP_FL_COMPRESSED : 0);
    if (!file) {
        *error = QCoreApplication::translate("ZipArchive", "%1: cannot read %2: %3")
                     .arg(m_fileName, name, readErrorText(zip_error_code_zip(zip_get_error(m_zip))));
        return nullptr;
    }
    std::unique_ptr<Entry> entry(new Entry);
    entry->m_archive = this;
    entry->m_file = file;
    entry->m_name = name;
    entry->m_size = qint64(stat.size);
    if (deflated) {
        entry->m_inflate = std::make_unique<Entry::Inflate>();
        entry->m_inflate->expectedCrc = stat.crc;
    }
    return entry;
}

QByteArray ZipArchive::readEntry(const QString &name, QString *error, qint64 maxSize) const
{
    std::unique_ptr<Entry> entry = openEntry(name, error);
    if (!entry)
        return {};
    if (entry->size() > maxSize) {
        *error = QCoreApplication::translate("ZipArchive", "%1: %2 is too large (%3 bytes)")
                     .arg(m_fileName, name, QString::number(entry->size()));
        return {};
    }
    QByteArray data(qsizetype(entry->size()), Qt::Uninitialized);
    qsizetype filled = 0;
    for (;;) {
        // Read past the recorded size too: only the final read checks the CRC.
        if (filled == data.size())
            data.resize(filled + 1);
        const qint64 n = entry->read(data.data() + filled, data.size() - filled);
        if (n < 0) {
            *error = entry->errorString();
            return {};
        }
        if (n == 0)
            break;
        filled += qsizetype(n);
    }
    data.resize(filled);
    if (data.isNull())
        data = QByteArray("");
    return data;
}

ZipArchive::Entry::~Entry()
{
    if (m_file)
        zip_fclose(m_file);
}

QString ZipArchive::Entry::name() const
{
    return m_name;
}

qint64 ZipArchive::Entry::size() const
{
    return m_size;
}

qint64 ZipArchive::Entry::position() const
{
    return m_position;
}

void ZipArchive::Entry::setReadError(const QString &reason)
{
    m_error = QCoreApplication::translate("ZipArchive", "%1: cannot read %2: %3")
                  .arg(m_archive->m_fileName, m_name, reason);
}

qint64 ZipArchive::Entry::readInflated(char *data, qint64 maxSize)
{
    inflate_state &state = m_inflate->state;
    state.next_out = reinterpret_cast<quint8 *>(data);
    state.avail_out = quint32(std::min<qint64>(maxSize, std::numeric_limits<quint32>::max()));
    while (state.avail_out > 0 && state.block_state != ISAL_BLOCK_FINISH) {
        if (state.avail_in == 0 && !m_inflate->inputEnded) {
            const zip_int64_t n = zip_fread(m_file, m_inflate->input.get(), Inflate::InputSize);
            if (n < 0) {
                setReadError(readErrorText(zip_error_code_zip(zip_file_get_error(m_file))));
                return -1;
            }
            m_inflate->inputEnded = n == 0;
            state.next_in = m_inflate->input.get();
            state.avail_in = quint32(n);
        }
        const quint32 room = state.avail_out;
        if (isal_inflate(&state) < 0) {
            setReadError(readErrorText(ZIP_ER_COMPRESSED_DATA));
            return -1;
        }
        if (state.avail_in == 0 && m_inflate->inputEnded && state.avail_out == room
            && state.block_state != ISAL_BLOCK_FINISH) {
            // The compressed data stops before its last block.
            setReadError(readErrorText(ZIP_ER_EOF));
            return -1;
        }
    }
    const qint64 n = qint64(reinterpret_cast<char *>(state.next_out) - data);
    if (n == 0 && maxSize > 0 && state.crc != m_inflate->expectedCrc) {
        setReadError(readErrorText(ZIP_ER_CRC));
        return -1;
    }
    return n;
}

qint64 ZipArchive::Entry::read(char *data, qint64 maxSize)
{
    if (!m_error.isEmpty())
        return -1;
    if (m_inflate) {
        const qint64 n = readInflated(data, maxSize);
        if (n < 0)
            return -1;
        m_position += n;
        if ((n == 0 && maxSize > 0 && m_position != m_size) || m_position > m_size) {
            setReadError(QCoreApplication::translate("ZipArchive", "the entry is shorter or longer than recorded"));
            return -1;
        }
        return n;
    }
    const zip_int64_t n = zip_fread(m_file, data, zip_uint64_t(maxSize));
    if (n < 0) {
        m_error = QCoreApplication::translate("ZipArchive", "%1: cannot read %2: %3")
                      .arg(m_archive->m_fileName, m_name,
                          readErrorText(zip_error_code_zip(zip_file_get_error(m_file))));
        return -1;
    }
    m_position += n;
    if ((n == 0 && maxSize > 0 && m_position < m_size) || m_position > m_size) {
        m_error = QCoreApplication::translate("ZipArchive", "%1: cannot read %2: %3")
                      .arg(m_archive->m_fileName, m_name,
                          QCoreApplication::translate(
                              "ZipArchive", "the entry is shorter or longer than recorded"));
        return -1;
    }
    return n;
}

bool ZipArchive::Entry::hasError() const
{
    return !m_error.isEmpty();
}

QString ZipArchive::Entry::errorString() const
{
    return m_error;
}

} // namespace caseload
