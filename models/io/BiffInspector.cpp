#include "BiffInspector.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>

#include <algorithm>
#include <cstring>
#include <vector>

namespace caseload {
namespace {

using Status = BiffInspector::Status;
using Result = BiffInspector::Result;

constexpr quint32 MaxRegularSector = 0xFFFFFFFA;
constexpr quint32 EndOfChain = 0xFFFFFFFE;
constexpr quint32 FreeSector = 0xFFFFFFFF;
constexpr qint64 HeaderSize = 512;
constexpr qint64 DirectoryEntrySize = 128;
constexpr qint64 MiniSectorSize = 64;
constexpr qint64 MiniStreamCutoff = 4096;
constexpr int MaxNesting = 8; // worksheet > embedded chart is 2 deep; more is damage

// BIFF record types (BIFF5 and BIFF8 unless marked).
enum Record : quint16 {
    Formula = 0x0006,
    Eof = 0x000A,
    FilePass = 0x002F,
    Continue = 0x003C,
    BoundSheet = 0x0085,
    MulRk = 0x00BD,
    MulBlank = 0x00BE,
    Xf = 0x00E0,
    MergeCells = 0x00E5,
    Sst = 0x00FC, // BIFF8
    LabelSst = 0x00FD, // BIFF8
    Dimensions = 0x0200,
    Blank = 0x0201,
    Number = 0x0203,
    Label = 0x0204,
    BoolErr = 0x0205,
    StringResult = 0x0207,
    Row = 0x0208,
    Array = 0x0221,
    Rk = 0x027E,
    SharedFormula = 0x04BC,
    Format = 0x041E,
    Bof = 0x0809,
    // BIFF2-4 (bare worksheet files)
    Dimensions2 = 0x0000,
    Blank2 = 0x0001,
    Integer2 = 0x0002,
    Number2 = 0x0003,
    Label2 = 0x0004,
    BoolErr2 = 0x0005,
    Formula3 = 0x0206,
    Formula4 = 0x0406,
    Bof2 = 0x0009,
    Bof3 = 0x0209,
    Bof4 = 0x0409,
};

quint16 u16(const uchar *p)
{
    return quint16(p[0] | (p[1] << 8));
}

quint32 u32(const uchar *p)
{
    return quint32(p[0]) | (quint32(p[1]) << 8) | (quint32(p[2]) << 16) | (quint32(p[3]) << 24);
}

QString hex4(quint16 value)
{
    return QLatin1String("0x") + QString::number(value, 16).toUpper().rightJustified(4, u'0');
}

bool isErrorCode(quint8 code)
{
    switch (code) {
    case 0x00:
    case 0x07:
    case 0x0F:
    case 0x17:
    case 0x1D:
    case 0x24:
    case 0x2A:
        return true;
    default:
        return false;
    }
}

// A run of bytes of the file, as the sectors of a stream hold them, for mapping a stream offset back to
// the file.
struct Piece
{
    qint64 streamStart = 0;
    qint64 fileStart = 0;
};

// ---------------------------------------------------------------------------------------------
// The compound file (MS-CFB).

class Container
{
public:
    Container(QByteArrayView file, Result &result)
        : m_data(reinterpret_cast<const uchar *>(file.data()))
        , m_size(file.size())
        , m_result(result)
    { }

    // Finds and copies out the workbook stream. False with m_result set on failure.
    bool extractWorkbook(QByteArray *stream, std::vector<Piece> *pieces);

private:
    bool fail(qint64 fileOffset, const QString &reason)
    {
        m_result.status = Status::Corrupt;
        m_result.reason = reason;
        m_result.fileOffset = fileOffset;
        return false;
    }
    // Sector 0 follows the header, which fills a whole sector (512 or 4,096 bytes).
    qint64 sectorOffset(quint32 sector) const { return (qint64(sector) + 1) * m_sectorSize; }
    // A whole sector inside the file.
    bool sectorInFile(quint32 sector) const
    {
        return sector <= MaxRegularSector && sectorOffset(sector) + m_sectorSize <= m_size;
    }
    bool readHeader();
    bool readFat();
    bool readDirectory();
    bool readMiniFat();
    // Follows a chain in the FAT from `start` and copies `size` bytes of it into `out`; `what` names the
    // chain for messages. Sectors may end short only where the file ends after the bytes needed.
    bool readChain(
        quint32 start, qint64 size, const QString &what, QByteArray *out, std::vector<Piece> *pieces);
    // One link of a FAT chain (`what` names it for messages): the sector must be in the FAT and not
    // visited before, else the chain is reported broken, out-of-range links at `outsideOffset`.
    bool visit(quint32 sector, std::vector<bool> &seen, const QString &what, qint64 outsideOffset);
    std::vector<bool> noneVisited() const
    {
        return std::vector<bool>(size_t(std::min<qint64>(m_sectorCount, qint64(m_fat.size()))), false);
    }
    bool readMiniChain(quint32 start, qint64 size, QByteArray *out, std::vector<Piece> *pieces);

    const uchar *m_data;
    qint64 m_size;
    Result &m_result;

    qint64 m_sectorSize = 512;
    quint16 m_major = 3;
    qint64 m_sectorCount = 0; // sectors that start inside the file
    quint32 m_fatSectors = 0;
    quint32 m_directoryStart = 0;
    quint32 m_miniFatStart = 0;
    quint32 m_miniFatSectors = 0;
    quint32 m_difatStart = 0;
    quint32 m_difatSectors = 0;
    std::vector<quint32> m_fat;
    std::vector<quint32> m_miniFat;
    QByteArray m_directory;
    QByteArray m_miniStream;
    std::vector<Piece> m_miniStreamPieces;
};

bool Container::readHeader()
{
    const uchar *h = m_data;
    const quint16 major = u16(h + 26);
    if (major != 3 && major != 4)
        return fail(
            26, QCoreApplication::translate("BiffInspector", "unknown compound-file version %1").arg(major));
    if (u16(h + 28) != 0xFFFE)
        return fail(28,
            QCoreApplication::translate("BiffInspector", "the compound-file header has no byte-order mark"));
    const quint16 sectorShift = u16(h + 30);
    if (sectorShift != 9 && sectorShift != 12)
        return fail(
            30, QCoreApplication::translate("BiffInspector", "impossible sector size 2^%1").arg(sectorShift));
    if (u16(h + 32) != 6)
        return fail(32,
            QCoreApplication::translate("BiffInspector", "impossible mini-sector size 2^%1")
                .arg(u16(h + 32)));
    m_sectorSize = qint64(1) << sectorShift;
    if (m_size < m_sectorSize)
        return fail(m_size,
            QCoreApplication::translate(
                "BiffInspector", "the file ends after %1 bytes, inside the compound-file header")
                .arg(m_size));
    m_major = major;
    m_sectorCount = (m_size - m_sectorSize + m_sectorSize - 1) / m_sectorSize;
    m_fatSectors = u32(h + 44);
    m_directoryStart = u32(h + 48);
    if (u32(h + 56) != MiniStreamCutoff)
        return fail(56,
            QCoreApplication::translate("BiffInspector", "impossible mini-stream cutoff %1")
                .arg(u32(h + 56)));
    m_miniFatStart = u32(h + 60);
    m_miniFatSectors = u32(h + 64);
    m_difatStart = u32(h + 68);
    m_difatSectors = u32(h + 72);
    if (m_fatSectors == 0 || qint64(m_fatSectors) > m_sectorCount)
        return fail(44,
            QCoreApplication::translate(
                "BiffInspector", "the header declares %1 FAT sectors, the file holds %2 sectors")
                .arg(m_fatSectors)
                .arg(m_sectorCount));
    if (qint64(m_difatSectors) > m_sectorCount || qint64(m_miniFatSectors) > m_sectorCount)
        return fail(64,
            QCoreApplication::translate(
                "BiffInspector", "the header declares more DIFAT or mini FAT sectors than the file holds"));
    return true;
}

bool Container::readFat()
{
    // The FAT sectors' numbers: 109 in the header, the rest in the chain of DIFAT sectors.
    std::vector<quint32> fatSectors;
    fatSectors.reserve(m_fatSectors);
    for (int i = 0; i < 109 && fatSectors.size() < m_fatSectors; ++i)
        fatSectors.push_back(u32(m_data + 76 + 4 * i));
    const qint64 perDifat = m_sectorSize / 4 - 1;
    quint32 difat = m_difatStart;
    quint32 difatRead = 0;
    while (fatSectors.size() < m_fatSectors) {
        if (difatRead >= m_difatSectors)
            return fail(72,
                QCoreApplication::translate(
                    "BiffInspector", "the header declares %1 FAT sectors but its DIFAT lists only %2")
                    .arg(m_fatSectors)
                    .arg(fatSectors.size()));
        if (!sectorInFile(difat))
            return fail(68,
                QCoreApplication::translate("BiffInspector", "DIFAT sector %1 lies outside the file")
                    .arg(difat));
        const uchar *s = m_data + sectorOffset(difat);
        for (qint64 i = 0; i < perDifat && fatSectors.size() < m_fatSectors; ++i)
            fatSectors.push_back(u32(s + 4 * i));
        difat = u32(s + 4 * perDifat);
        ++difatRead; // bounded by m_difatSectors, so a loop in the DIFAT chain ends here
    }
    const qint64 perSector = m_sectorSize / 4;
    m_fat.resize(size_t(qint64(m_fatSectors) * perSector));
    for (size_t i = 0; i < fatSectors.size(); ++i) {
        const quint32 sector = fatSectors[i];
        if (!sectorInFile(sector)) {
            return fail(i < 109 ? qint64(76 + 4 * i) : -1,
                QCoreApplication::translate(
                    "BiffInspector", "FAT sector %1 (number %2 of the FAT) lies outside the file")
                    .arg(sector)
                    .arg(i));
        }
        const uchar *s = m_data + sectorOffset(sector);
        for (qint64 j = 0; j < perSector; ++j)
            m_fat[size_t(qint64(i) * perSector + j)] = u32(s + 4 * j);
    }
    return true;
}

bool Container::readChain(
    quint32 start, qint64 size, const QString &what, QByteArray *out, std::vector<Piece> *pieces)
{
    out->resize(size);
    if (pieces)
        pieces->clear();
    uchar *dst = reinterpret_cast<uchar *>(out->data());
    quint32 sector = start;
    qint64 done = 0;
    const qint64 sectorsNeeded = (size + m_sectorSize - 1) / m_sectorSize;
    std::vector<bool> seen = noneVisited();
    for (qint64 n = 0; n < sectorsNeeded; ++n) {
        if (sector == EndOfChain || sector == FreeSector) {
            return fail(-1,
                QCoreApplication::translate("BiffInspector", "the %1 ends after %2 of its %3 bytes")
                    .arg(what)
                    .arg(done)
                    .arg(size));
        }
        if (!visit(sector, seen, what, -1))
            return false;
        const qint64 take = std::min(m_sectorSize, size - done);
        const qint64 from = sectorOffset(sector);
        if (from + take > m_size) {
            return fail(m_size,
                QCoreApplication::translate(
                    "BiffInspector", "the file ends inside the %1 (sector %2; the file is cut short)")
                    .arg(what)
                    .arg(sector));
        }
        std::memcpy(dst + done, m_data + from, size_t(take));
        if (pieces)
            pieces->push_back({done, from});
        done += take;
        sector = m_fat[sector];
    }
    return true;
}

bool Container::visit(quint32 sector, std::vector<bool> &seen, const QString &what, qint64 outsideOffset)
{
    if (sector >= seen.size())
        return fail(outsideOffset,
            QCoreApplication::translate("BiffInspector", "the %1 goes to sector %2, outside the file")
                .arg(what)
                .arg(sector));
    if (seen[sector])
        return fail(sectorOffset(sector),
            QCoreApplication::translate("BiffInspector", "the %1 loops back to sector %2")
                .arg(what)
                .arg(sector));
    seen[sector] = true;
    return true;
}

bool Container::readDirectory()
{
    // The directory's length is not stored: follow its chain to the end, at most every sector once.
    std::vector<bool> seen = noneVisited();
    std::vector<quint32> sectors;
    const QString what = QCoreApplication::translate("BiffInspector", "directory");
    for (quint32 sector = m_directoryStart; sector != EndOfChain; sector = m_fat[sector]) {
        if (!visit(sector, seen, what, 48))
            return false;
        if (!sectorInFile(sector))
            return fail(m_size,
                QCoreApplication::translate("BiffInspector", "the file ends inside the directory (sector %1)")
                    .arg(sector));
        sectors.push_back(sector);
    }
    if (sectors.empty())
        return fail(48, QCoreApplication::translate("BiffInspector", "the compound file has no directory"));
    m_directory.resize(qint64(sectors.size()) * m_sectorSize);
    for (size_t i = 0; i < sectors.size(); ++i) {
        std::memcpy(m_directory.data() + qint64(i) * m_sectorSize, m_data + sectorOffset(sectors[i]),
            size_t(m_sectorSize));
    }
    const uchar *root = reinterpret_cast<const uchar *>(m_directory.constData());
    if (root[66] != 5)
        return fail(sectorOffset(sectors[0]),
            QCoreApplication::translate(
                "BiffInspector", "the first directory entry is not the root storage"));
    // FreeXL converts every entry's name with the length the entry gives, read past the entry.
    const qint64 perSector = m_sectorSize / DirectoryEntrySize;
    for (qint64 i = 0; i < m_directory.size() / DirectoryEntrySize; ++i) {
        const quint16 nameBytes = u16(root + i * DirectoryEntrySize + 64);
        if (nameBytes > 64) {
            return fail(
                sectorOffset(sectors[size_t(i / perSector)]) + (i % perSector) * DirectoryEntrySize + 64,
                QCoreApplication::translate(
                    "BiffInspector", "directory entry %1 has a name of %2 bytes (at most 64)")
                    .arg(i)
                    .arg(nameBytes));
        }
    }
    return true;
}

bool Container::readMiniFat()
{
    std::vector<bool> seen = noneVisited();
    m_miniFat.clear();
    quint32 sector = m_miniFatStart;
    const QString what = QCoreApplication::translate("BiffInspector", "mini FAT");
    for (quint32 n = 0; n < m_miniFatSectors; ++n) {
        if (!visit(sector, seen, what, 60))
            return false;
        if (!sectorInFile(sector))
            return fail(m_size,
                QCoreApplication::translate("BiffInspector", "the file ends inside the mini FAT (sector %1)")
                    .arg(sector));
        const uchar *s = m_data + sectorOffset(sector);
        for (qint64 j = 0; j < m_sectorSize / 4; ++j)
            m_miniFat.push_back(u32(s + 4 * j));
        sector = m_fat[sector];
    }
    return true;
}

bool Container::readMiniChain(quint32 start, qint64 size, QByteArray *out, std::vector<Piece> *pieces)
{
    const QString what
        = QCoreApplication::translate("BiffInspector", "chain of mini sectors of the workbook stream");
    // The mini stream is the root entry's stream.
    const uchar *root = reinterpret_cast<const uchar *>(m_directory.constData());
    const quint32 rootStart = u32(root + 116);
    const qint64 rootSize = u32(root + 120);
    if (rootSize > m_size)
        return fail(-1,
            QCoreApplication::translate(
                "BiffInspector", "the mini stream is %1 bytes, more than the whole file")
                .arg(rootSize));
    if (!readMiniFat())
        return false;
    if (!readChain(rootStart, rootSize, QCoreApplication::translate("BiffInspector", "mini stream"),
            &m_miniStream, &m_miniStreamPieces))
        return false;
    const qint64 miniSectors = std::min<qint64>(rootSize / MiniSectorSize, qint64(m_miniFat.size()));
    out->resize(size);
    pieces->clear();
    std::vector<bool> seen(size_t(miniSectors), false);
    quint32 sector = start;
    qint64 done = 0;
    while (done < size) {
        if (sector == EndOfChain || sector == FreeSector)
            return fail(-1,
                QCoreApplication::translate("BiffInspector", "the %1 ends after %2 of its %3 bytes")
                    .arg(what)
                    .arg(done)
                    .arg(size));
        if (sector >= seen.size())
            return fail(-1,
                QCoreApplication::translate(
                    "BiffInspector", "the %1 goes to mini sector %2, outside the mini stream")
                    .arg(what)
                    .arg(sector));
        if (seen[sector])
            return fail(-1,
                QCoreApplication::translate("BiffInspector", "the %1 loops back to mini sector %2")
                    .arg(what)
                    .arg(sector));
        seen[sector] = true;
        const qint64 from = qint64(sector) * MiniSectorSize;
        const qint64 take = std::min(MiniSectorSize, size - done);
        std::memcpy(out->data() + done, m_miniStream.constData() + from, size_t(take));
        // Mini sectors never straddle a sector of the mini stream (64 divides 512 and 4,096).
        const qint64 piece = from / m_sectorSize;
        if (piece < qint64(m_miniStreamPieces.size()))
            pieces->push_back({done, m_miniStreamPieces[size_t(piece)].fileStart + from % m_sectorSize});
        done += take;
        sector = m_miniFat[sector];
    }
    return true;
}

bool Container::extractWorkbook(QByteArray *stream, std::vector<Piece> *pieces)
{
    if (m_size < HeaderSize)
        return fail(m_size,
            QCoreApplication::translate(
                "BiffInspector", "the file ends after %1 bytes, inside the compound-file header")
                .arg(m_size));
    if (!readHeader() || !readFat() || !readDirectory())
        return false;

    // Entries are searched in order, as FreeXL does; "Workbook" (BIFF8) before "Book" (BIFF5).
    const qint64 entries = m_directory.size() / DirectoryEntrySize;
    const uchar *dir = reinterpret_cast<const uchar *>(m_directory.constData());
    auto find = [&](QLatin1String name) -> qint64 {
        for (qint64 i = 0; i < entries; ++i) {
            const uchar *e = dir + i * DirectoryEntrySize;
            const quint16 nameBytes = u16(e + 64);
            if (e[66] != 2 || nameBytes != 2 * (name.size() + 1))
                continue;
            bool same = true;
            for (qsizetype c = 0; c < name.size() && same; ++c) {
                const quint16 ch = u16(e + 2 * c);
                same = ch < 0x80
                    && QChar::toLower(char16_t(ch)) == QChar::toLower(char16_t(name.at(c).unicode()));
            }
            if (same)
                return i;
        }
        return -1;
    };
    qint64 entry = find(QLatin1String("Workbook"));
    if (entry < 0)
        entry = find(QLatin1String("Book"));
    if (entry < 0) {
        m_result.status = Status::NoWorkbook;
        return false;
    }
    const uchar *e = dir + entry * DirectoryEntrySize;
    const quint32 start = u32(e + 116);
    // Version 3 files may hold garbage in the high half of the size.
    const qint64 size = u32(e + 120);
    if (size > m_size || (m_major == 4 && u32(e + 124) != 0))
        return fail(-1,
            QCoreApplication::translate(
                "BiffInspector", "the workbook stream claims %1 bytes, more than the whole file")
                .arg(size));
    if (size < MiniStreamCutoff)
        return readMiniChain(start, size, stream, pieces);
    return readChain(
        start, size, QCoreApplication::translate("BiffInspector", "workbook stream"), stream, pieces);
}

// ---------------------------------------------------------------------------------------------
// The BIFF records of the workbook stream.

class Walker
{
public:
    Walker(QByteArrayView stream, const std::vector<Piece> *pieces, Result &result)
        : m_data(reinterpret_cast<const uchar *>(stream.data()))
        , m_size(stream.size())
        , m_pieces(pieces)
        , m_result(result)
    { }

    bool run();

private:
    bool fail(qint64 at, const QString &reason);
    QString where(qint64 at) const;
    bool checkRecord(quint16 type, qint64 at, const uchar *body, qint64 length);
    bool checkCell(quint16 type, qint64 at, const uchar *body, qint64 length);
    bool checkString(qint64 at, const uchar *body, qint64 length, qint64 offset, quint32 chars, bool wide,
        const char *what);
    bool readBoundSheet(qint64 at, const uchar *body, qint64 length);
    bool readSst(qint64 at, const uchar *body, qint64 length, qint64 next);
    bool biff8() const { return m_version == 8; }
    bool legacy() const { return m_version < 5; }
    qint64 limit() const { return biff8() ? 8224 : 2080; }

    const uchar *m_data;
    qint64 m_size;
    const std::vector<Piece> *m_pieces;
    Result &m_result;

    int m_version = 0;
    int m_depth = 0;
    bool m_inGlobals = false;
    bool m_globalsDone = false;
    BiffInspector::Sheet *m_sheet = nullptr; // the sheet whose substream is being read (depth 1)
    QHash<qint64, int> m_sheetAt; // stream offset -> index in m_result.sheets
    std::vector<bool> m_sheetSeen;
    qint64 m_sstStrings = -1; // -1: no SST
};

QString Walker::where(qint64 at) const
{
    // A bare BIFF2-4 file is its own stream.
    if (!m_pieces)
        return QCoreApplication::translate("BiffInspector", "byte %1 of the file").arg(at);
    return QCoreApplication::translate("BiffInspector", "byte %1 of the workbook stream").arg(at);
}

bool Walker::fail(qint64 at, const QString &reason)
{
    m_result.status = Status::Corrupt;
    m_result.reason = reason;
    m_result.streamOffset = at;
    m_result.fileOffset = -1;
    if (!m_pieces) {
        m_result.fileOffset = at;
    } else if (!m_pieces->empty() && at >= 0) {
        auto next = std::upper_bound(m_pieces->begin(), m_pieces->end(), at,
            [](qint64 offset, const Piece &piece) { return offset < piece.streamStart; });
        if (next != m_pieces->begin()) {
            const Piece &piece = *(next - 1);
            m_result.fileOffset = piece.fileStart + (at - piece.streamStart);
        }
    }
    return false;
}

// A string of `chars` characters at `offset` of the record body, one or two bytes each, must lie
// inside the record (FreeXL copies it from its record buffer without checking).
bool Walker::checkString(
    qint64 at, const uchar *body, qint64 length, qint64 offset, quint32 chars, bool wide, const char *what)
{
    qint64 start = offset;
    if (biff8()) {
        if (offset >= length)
            return fail(at,
                QCoreApplication::translate("BiffInspector", "%1 record at %2 ends before its text")
                    .arg(QLatin1String(what), where(at)));
        const quint8 flags = body[offset];
        wide = flags & 0x01;
        start = offset + 1 + ((flags & 0x08) ? 2 : 0) + ((flags & 0x04) ? 4 : 0);
    }
    if (start + qint64(chars) * (wide ? 2 : 1) > length) {
        return fail(at,
            QCoreApplication::translate("BiffInspector",
                "the %1 record at %2 holds a text of %3 characters that does not fit in its %4 bytes")
                .arg(QLatin1String(what), where(at))
                .arg(chars)
                .arg(length));
    }
    return true;
}

bool Walker::readBoundSheet(qint64 at, const uchar *body, qint64 length)
{
    if (!m_inGlobals || m_depth != 1)
        return fail(at,
            QCoreApplication::translate(
                "BiffInspector", "a sheet entry (BOUNDSHEET) at %1 lies outside the workbook globals")
                .arg(where(at)));
    if (length < (biff8() ? 8 : 7))
        return fail(at,
            QCoreApplication::translate(
                "BiffInspector", "the sheet entry (BOUNDSHEET) at %1 is only %2 bytes long")
                .arg(where(at))
                .arg(length));
    const quint8 chars = body[6];
    if (chars == 0)
        return fail(at,
            QCoreApplication::translate(
                "BiffInspector", "the sheet entry (BOUNDSHEET) at %1 has an empty name")
                .arg(where(at)));
    if (!checkString(at, body, length, 7, chars, false, "BOUNDSHEET"))
        return false;
    BiffInspector::Sheet sheet;
    sheet.streamOffset = u32(body);
    sheet.type = body[5];
    if (biff8()) {
        const quint8 flags = body[7];
        const uchar *text = body + 8 + ((flags & 0x08) ? 2 : 0) + ((flags & 0x04) ? 4 : 0);
        sheet.name.reserve(chars);
        for (int i = 0; i < chars; ++i)
            sheet.name.append(QChar((flags & 0x01) ? u16(text + 2 * i) : text[i]));
    } else {
        sheet.name = QString::fromLatin1(reinterpret_cast<const char *>(body + 7), chars);
    }
    if (m_sheetAt.contains(sheet.streamOffset)) {
        return fail(at,
            QCoreApplication::translate(
                "BiffInspector", "two sheet entries point at byte %1 of the workbook stream")
                .arg(sheet.streamOffset));
    }
    m_sheetAt.insert(sheet.streamOffset, int(m_result.sheets.size()));
    m_result.sheets.append(sheet);
    m_sheetSeen.push_back(false);
    return true;
}

// The shared-string table: an SST record and the CONTINUE records after it hold `count` strings. A
// string's characters may run on into the next record, which then starts with a new flags byte.
bool Walker::readSst(qint64 at, const uchar *body, qint64 length, qint64 next)
{
    if (m_sstStrings >= 0)
        return fail(at,
            QCoreApplication::translate("BiffInspector", "a second shared-string table (SST) at %1")
                .arg(where(at)));
    if (length < 8)
        return fail(at,
            QCoreApplication::translate(
                "BiffInspector", "the shared-string table (SST) at %1 is only %2 bytes long")
                .arg(where(at))
                .arg(length));
    const quint32 count = u32(body + 4);

    struct Segment
    {
        const uchar *data;
        qint64 size;
    };
    std::vector<Segment> segments {{body + 8, length - 8}};
    // Gather the CONTINUE records; a broken one ends the table (the main walk reports it).
    for (qint64 pos = next; pos + 4 <= m_size;) {
        const quint16 type = u16(m_data + pos);
        const qint64 len = u16(m_data + pos + 2);
        if (type != Continue || pos + 4 + len > m_size || len > limit())
            break;
        segments.push_back({m_data + pos + 4, len});
        pos += 4 + len;
    }
    size_t seg = 0;
    qint64 off = 0;
    auto damaged = [&](const QString &detail) {
        return fail(at,
            QCoreApplication::translate("BiffInspector", "the shared-string table (SST) at %1 is damaged: %2")
                .arg(where(at), detail));
    };
    // Raw bytes may run across records.
    auto take = [&](qint64 n, uchar *out) -> bool {
        for (qint64 i = 0; i < n; ++i) {
            while (seg < segments.size() && off == segments[seg].size) {
                ++seg;
                off = 0;
            }
            if (seg == segments.size())
                return false;
            const uchar byte = segments[seg].data[off++];
            if (out)
                out[i] = byte;
        }
        return true;
    };
    auto skip = [&](qint64 n) -> bool {
        while (n > 0) {
            while (seg < segments.size() && off == segments[seg].size) {
                ++seg;
                off = 0;
            }
            if (seg == segments.size())
                return false;
            const qint64 step = std::min(n, segments[seg].size - off);
            off += step;
            n -= step;
        }
        return true;
    };

    for (quint32 i = 0; i < count; ++i) {
        uchar head[3];
        if (!take(3, head))
            return damaged(QCoreApplication::translate("BiffInspector", "it ends after %1 of its %2 strings")
                               .arg(i)
                               .arg(count));
        qint64 chars = u16(head);
        bool wide = head[2] & 0x01;
        const quint8 flags = head[2];
        qint64 runs = 0;
        qint64 extension = 0;
        uchar buffer[4];
        if (flags & 0x08) {
            if (!take(2, buffer))
                return damaged(
                    QCoreApplication::translate("BiffInspector", "it ends inside string %1").arg(i));
            runs = u16(buffer);
        }
        if (flags & 0x04) {
            if (!take(4, buffer))
                return damaged(
                    QCoreApplication::translate("BiffInspector", "it ends inside string %1").arg(i));
            extension = u32(buffer);
        }
        while (chars > 0) {
            if (seg < segments.size() && off == segments[seg].size) {
                // The characters go on in the next record, after a flags byte of their own.
                ++seg;
                off = 0;
                if (seg == segments.size() || segments[seg].size == 0)
                    return damaged(
                        QCoreApplication::translate("BiffInspector", "it ends inside string %1").arg(i));
                wide = segments[seg].data[off++] & 0x01;
                continue;
            }
            if (seg == segments.size())
                return damaged(
                    QCoreApplication::translate("BiffInspector", "it ends inside string %1").arg(i));
            const qint64 width = wide ? 2 : 1;
            const qint64 room = (segments[seg].size - off) / width;
            if (room == 0)
                return damaged(QCoreApplication::translate(
                    "BiffInspector", "a character of string %1 is split between records")
                                   .arg(i));
            const qint64 n = std::min(chars, room);
            off += n * width;
            chars -= n;
        }
        if (!skip(4 * runs + extension))
            return damaged(
                QCoreApplication::translate("BiffInspector", "it ends inside the formatting of string %1")
                    .arg(i));
    }
    while (seg < segments.size() && off == segments[seg].size) {
        ++seg;
        off = 0;
    }
    if (seg != segments.size())
        return damaged(QCoreApplication::translate(
            "BiffInspector", "bytes are left over after the %1 strings it declares")
                           .arg(count));
    m_sstStrings = count;
    return true;
}

bool Walker::checkCell(quint16 type, qint64 at, const uchar *body, qint64 length)
{
    // Fixed sizes and minimums of cell records; BIFF2 ones differ (no XF index, 3 attribute bytes).
    auto sizeError = [&](const char *name) {
        return fail(at,
            QCoreApplication::translate(
                "BiffInspector", "the %1 record at %2 is %3 bytes long, impossible for its type")
                .arg(QLatin1String(name), where(at))
                .arg(length));
    };
    if (length < 4)
        return sizeError("cell");
    const quint16 column = u16(body + 2);
    if (column > 255)
        return fail(at,
            QCoreApplication::translate(
                "BiffInspector", "the cell record at %1 is in column %2, beyond column IV")
                .arg(where(at))
                .arg(column + 1));
    const bool counting = m_sheet && m_depth == 1;
    auto countCell = [&] {
        if (counting)
            ++m_sheet->cellRecords;
    };

    switch (type) {
    case Number:
        if (length != 14)
            return sizeError("NUMBER");
        countCell();
        return true;
    case Rk:
        if (length != 10)
            return sizeError("RK");
        countCell();
        return true;
    case LabelSst:
        if (!biff8())
            return true; // no such record before BIFF8: an unknown record to FreeXL too
        if (length != 10)
            return sizeError("LABELSST");
        if (qint64(u32(body + 6)) >= std::max<qint64>(m_sstStrings, 0)) {
            return fail(at,
                QCoreApplication::translate(
                    "BiffInspector", "the LABELSST record at %1 refers to shared string %2 of %3")
                    .arg(where(at))
                    .arg(u32(body + 6))
                    .arg(std::max<qint64>(m_sstStrings, 0)));
        }
        countCell();
        return true;
    case Label:
        if (length < 8)
            return sizeError("LABEL");
        if (!checkString(at, body, length, 8, u16(body + 6), false, "LABEL"))
            return false;
        countCell();
        return true;
    case Blank:
        if (length != 6)
            return sizeError("BLANK");
        return true;
    case MulRk:
    case MulBlank: {
        const qint64 each = type == MulRk ? 6 : 2;
        if (length < 6 + each || (length - 6) % each != 0)
            return sizeError(type == MulRk ? "MULRK" : "MULBLANK");
        const qint64 cells = (length - 6) / each;
        const quint16 last = u16(body + length - 2);
        if (qint64(last) != qint64(column) + cells - 1 || last > 255) {
            return fail(at,
                QCoreApplication::translate("BiffInspector",
                    "the %1 record at %2 holds %3 cells from column %4 but says it ends at column %5")
                    .arg(QLatin1String(type == MulRk ? "MULRK" : "MULBLANK"), where(at))
                    .arg(cells)
                    .arg(column + 1)
                    .arg(last + 1));
        }
        if (type == MulRk && counting)
            m_sheet->cellRecords += cells;
        return true;
    }
    case BoolErr: {
        if (length != 8)
            return sizeError("BOOLERR");
        const quint8 value = body[6];
        const bool isError = body[7] != 0;
        if (body[7] > 1)
            return fail(at,
                QCoreApplication::translate(
                    "BiffInspector", "the BOOLERR record at %1 is neither a boolean nor an error")
                    .arg(where(at)));
        if (isError && !isErrorCode(value)) {
            return fail(at,
                QCoreApplication::translate(
                    "BiffInspector", "the BOOLERR record at %1 holds the unknown error code 0x%2")
                    .arg(where(at))
                    .arg(value, 2, 16, QLatin1Char('0')));
        }
        if (counting) {
            ++m_sheet->cellRecords;
            if (isError)
                ++m_sheet->errorCells;
            m_sheet->boolErrCells.append(
                {u16(body), column, isError ? value : quint8(value ? 1 : 0), isError});
        }
        return true;
    }
    case Formula: {
        if (length < 22 || 22 + qint64(u16(body + 20)) > length)
            return sizeError("FORMULA");
        if (counting) {
            ++m_sheet->cellRecords;
            ++m_sheet->formulaCells;
        }
        return true;
    }
    default:
        return true;
    }
}

bool Walker::checkRecord(quint16 type, qint64 at, const uchar *body, qint64 length)
{
    auto sizeError = [&](const char *name) {
        return fail(at,
            QCoreApplication::translate(
                "BiffInspector", "the %1 record at %2 is %3 bytes long, impossible for its type")
                .arg(QLatin1String(name), where(at))
                .arg(length));
    };
    const bool counting = m_sheet && m_depth == 1;
    if (type == FilePass) {
        m_result.status = Status::Encrypted;
        return false;
    }

    if (legacy()) {
        // A bare BIFF2-4 worksheet: FreeXL reads its few cell types itself.
        switch (type) {
        case Dimensions2:
        case Dimensions:
            if ((type == Dimensions2) != (m_version == 2))
                return true;
            if (length < 8)
                return sizeError("DIMENSIONS");
            if (u16(body + 6) > 256)
                return fail(at,
                    QCoreApplication::translate(
                        "BiffInspector", "the DIMENSIONS record at %1 declares %2 columns")
                        .arg(where(at))
                        .arg(u16(body + 6)));
            return true;
        case Integer2:
            if (m_version == 2 && length != 9)
                return sizeError("INTEGER");
            if (m_version == 2 && counting)
                ++m_sheet->cellRecords;
            return true;
        case Number2:
            if (m_version == 2 && length != 15)
                return sizeError("NUMBER");
            if (m_version == 2 && counting)
                ++m_sheet->cellRecords;
            return true;
        case Number:
        case Rk:
            if (m_version == 2)
                return true;
            if (length != (type == Number ? 14 : 10))
                return sizeError(type == Number ? "NUMBER" : "RK");
            if (counting)
                ++m_sheet->cellRecords;
            return true;
        case Label2:
        case Label: {
            if ((type == Label2) != (m_version == 2))
                return true;
            if (length < 8)
                return sizeError("LABEL");
            const qint64 chars = type == Label2 ? body[7] : u16(body + 6);
            if (8 + chars > length) {
                return fail(at,
                    QCoreApplication::translate("BiffInspector",
                        "the LABEL record at %1 holds a text of %2 characters that does not fit in its %3 "
                        "bytes")
                        .arg(where(at))
                        .arg(chars)
                        .arg(length));
            }
            if (counting)
                ++m_sheet->cellRecords;
            return true;
        }
        case BoolErr2:
        case BoolErr: {
            if ((type == BoolErr2) != (m_version == 2))
                return true;
            const qint64 size = type == BoolErr2 ? 9 : 8;
            if (length != size)
                return sizeError("BOOLERR");
            const quint8 value = body[size - 2];
            const bool isError = body[size - 1] != 0;
            if (body[size - 1] > 1 || (isError && !isErrorCode(value)))
                return fail(at,
                    QCoreApplication::translate(
                        "BiffInspector", "the BOOLERR record at %1 is neither a boolean nor a known error")
                        .arg(where(at)));
            if (counting) {
                ++m_sheet->cellRecords;
                if (isError)
                    ++m_sheet->errorCells;
                m_sheet->boolErrCells.append(
                    {u16(body), u16(body + 2), isError ? value : quint8(value ? 1 : 0), isError});
            }
            return true;
        }
        case Formula:
        case Formula3:
        case Formula4:
            if ((type == Formula && m_version != 2) || (type == Formula3 && m_version != 3)
                || (type == Formula4 && m_version != 4))
                return true;
            if (length < 16)
                return sizeError("FORMULA");
            if (counting) {
                ++m_sheet->cellRecords;
                ++m_sheet->formulaCells;
            }
            return true;
        default:
            return true;
        }
    }

    switch (type) {
    case BoundSheet:
        return readBoundSheet(at, body, length);
    case Xf:
        return length == (biff8() ? 20 : 16) ? true : sizeError("XF");
    case Format:
        if (biff8()) {
            if (length < 5)
                return sizeError("FORMAT");
            return checkString(at, body, length, 4, u16(body + 2), false, "FORMAT");
        }
        if (length < 3)
            return sizeError("FORMAT");
        return checkString(at, body, length, 3, body[2], false, "FORMAT");
    case Sst:
        if (!biff8())
            return true;
        return readSst(at, body, length, at + 4 + length);
    case Dimensions: {
        if (length != (biff8() ? 14 : 10))
            return sizeError("DIMENSIONS");
        const qint64 firstRow = biff8() ? u32(body) : u16(body);
        const qint64 endRow = biff8() ? u32(body + 4) : u16(body + 2);
        const qint64 firstColumn = u16(body + (biff8() ? 8 : 4));
        const qint64 endColumn = u16(body + (biff8() ? 10 : 6));
        if (endRow > 65536 || endColumn > 256 || firstRow > endRow || firstColumn > endColumn) {
            return fail(at,
                QCoreApplication::translate("BiffInspector",
                    "the DIMENSIONS record at %1 declares rows %2-%3 and columns %4-%5, impossible in Excel")
                    .arg(where(at))
                    .arg(firstRow)
                    .arg(endRow)
                    .arg(firstColumn)
                    .arg(endColumn));
        }
        return true;
    }
    case Row:
        return length == 16 ? true : sizeError("ROW");
    case MergeCells:
        if (length < 2 || 2 + 8 * qint64(u16(body)) > length)
            return sizeError("MERGEDCELLS");
        return true;
    case Array:
        if (length < 14)
            return sizeError("ARRAY");
        if (counting)
            ++m_sheet->arrayFormulas;
        return true;
    case SharedFormula:
        if (length < 10)
            return sizeError("SHRFMLA");
        if (counting)
            ++m_sheet->sharedFormulas;
        return true;
    case StringResult:
        return length >= (biff8() ? 3 : 2) ? true : sizeError("STRING");
    case Number:
    case Rk:
    case LabelSst:
    case Label:
    case Blank:
    case MulRk:
    case MulBlank:
    case BoolErr:
    case Formula:
        return checkCell(type, at, body, length);
    default:
        return true;
    }
}

bool Walker::run()
{
    if (m_size < 4)
        return fail(0,
            QCoreApplication::translate("BiffInspector", "the workbook stream is only %1 bytes long")
                .arg(m_size));
    const quint16 firstType = u16(m_data);
    const qint64 firstLength = u16(m_data + 2);
    switch (firstType) {
    case Bof2:
        m_version = 2;
        break;
    case Bof3:
        m_version = 3;
        break;
    case Bof4:
        m_version = 4;
        break;
    case Bof: {
        if (firstLength < 8 || 4 + firstLength > m_size)
            return fail(0, QCoreApplication::translate("BiffInspector", "the first BOF record is damaged"));
        const quint16 version = u16(m_data + 4);
        if (version == 0x0600) {
            m_version = 8;
        } else if (version == 0x0500) {
            m_version = 5;
        } else {
            m_result.status = Status::UnsupportedVersion;
            return false;
        }
        break;
    }
    default:
        return fail(0,
            QCoreApplication::translate(
                "BiffInspector", "the workbook stream does not start with a BOF record"));
    }
    // Bare BIFF2-4 files hold one worksheet; FreeXL calls it "Worksheet". FreeXL reads neither a bare
    // BIFF5/8 stream nor BIFF2-4 records inside a compound file.
    if (!legacy() && !m_pieces) {
        m_result.status = Status::UnsupportedVersion;
        return false;
    }
    if (legacy() && !m_pieces) {
        m_result.sheets.append(BiffInspector::Sheet {});
        m_result.sheets.last().name = QStringLiteral("Worksheet");
        m_sheetSeen.push_back(false);
    } else if (legacy()) {
        m_result.status = Status::UnsupportedVersion;
        return false;
    }
    m_result.biffVersion = m_version;

    qint64 pos = 0;
    int substreams = 0;
    while (pos < m_size) {
        // Zero bytes after the last substream are padding.
        if (m_depth == 0 && std::all_of(m_data + pos, m_data + m_size, [](uchar b) { return b == 0; }))
            break;
        if (pos + 4 > m_size)
            return fail(pos,
                QCoreApplication::translate(
                    "BiffInspector", "the record at %1 is cut off by the end of the stream")
                    .arg(where(pos)));
        const quint16 type = u16(m_data + pos);
        const qint64 length = u16(m_data + pos + 2);
        if (pos + 4 + length > m_size) {
            return fail(pos,
                QCoreApplication::translate(
                    "BiffInspector", "the record %1 at %2 is %3 bytes long, past the end of the stream")
                    .arg(hex4(type), where(pos))
                    .arg(length));
        }
        if (length > limit()) {
            return fail(pos,
                QCoreApplication::translate(
                    "BiffInspector", "the record %1 at %2 is %3 bytes long, over the BIFF limit of %4")
                    .arg(hex4(type), where(pos))
                    .arg(length)
                    .arg(limit()));
        }
        const uchar *body = m_data + pos + 4;
        const bool isBof = legacy() ? (type == Bof2 || type == Bof3 || type == Bof4) : type == Bof;

        if (m_depth == 0) {
            if (!isBof) {
                return fail(pos,
                    QCoreApplication::translate(
                        "BiffInspector", "the record %1 at %2 lies outside any BOF/EOF substream")
                        .arg(hex4(type), where(pos)));
            }
            if (length < (legacy() ? 4 : 8))
                return fail(pos,
                    QCoreApplication::translate("BiffInspector", "the BOF record at %1 is %2 bytes long")
                        .arg(where(pos))
                        .arg(length));
            ++substreams;
            m_depth = 1;
            if (legacy()) {
                // An Excel 4.0 workbook (BOF of type 0x0100) bundles several sheets FreeXL does not read.
                if (u16(body + 2) == 0x0100) {
                    m_result.status = Status::UnsupportedVersion;
                    return false;
                }
                if (substreams > 1)
                    return fail(pos,
                        QCoreApplication::translate(
                            "BiffInspector", "a second worksheet at %1 in a BIFF%2 file")
                            .arg(where(pos))
                            .arg(m_version));
                m_sheet = &m_result.sheets.first();
                m_sheetSeen[0] = true;
            } else if (substreams == 1) {
                m_inGlobals = true;
            } else {
                const auto found = m_sheetAt.constFind(pos);
                if (found == m_sheetAt.constEnd())
                    return fail(pos,
                        QCoreApplication::translate(
                            "BiffInspector", "the substream at %1 belongs to no sheet")
                            .arg(where(pos)));
                m_sheet = &m_result.sheets[*found];
                m_sheetSeen[size_t(*found)] = true;
            }
            pos += 4 + length;
            continue;
        }

        if (isBof) {
            if (length < (legacy() ? 4 : 8))
                return fail(pos,
                    QCoreApplication::translate("BiffInspector", "the BOF record at %1 is %2 bytes long")
                        .arg(where(pos))
                        .arg(length));
            if (++m_depth > MaxNesting)
                return fail(pos,
                    QCoreApplication::translate("BiffInspector", "substreams nested too deeply at %1")
                        .arg(where(pos)));
        } else if (type == Eof) {
            if (length != 0)
                return fail(pos,
                    QCoreApplication::translate("BiffInspector", "the EOF record at %1 is %2 bytes long")
                        .arg(where(pos))
                        .arg(length));
            if (--m_depth == 0) {
                m_sheet = nullptr;
                if (m_inGlobals) {
                    m_inGlobals = false;
                    m_globalsDone = true;
                }
            }
        } else if (!checkRecord(type, pos, body, length)) {
            return false;
        }
        pos += 4 + length;
    }
    if (m_depth != 0)
        return fail(m_size,
            QCoreApplication::translate(
                "BiffInspector", "the workbook stream ends inside a substream (an EOF record is missing)"));
    for (size_t i = 0; i < m_sheetSeen.size(); ++i) {
        if (!m_sheetSeen[i]) {
            return fail(m_result.sheets.at(qsizetype(i)).streamOffset,
                QCoreApplication::translate(
                    "BiffInspector", "sheet “%1” points at %2, where no substream starts")
                    .arg(m_result.sheets.at(qsizetype(i)).name,
                        where(m_result.sheets.at(qsizetype(i)).streamOffset)));
        }
    }
    m_result.status = Status::Ok;
    return true;
}

bool isCompoundFile(QByteArrayView file)
{
    static const char signature[] = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";
    return file.size() >= 8 && std::memcmp(file.data(), signature, 8) == 0;
}

} // namespace

BiffInspector::Result BiffInspector::inspect(QByteArrayView file)
{
    Result result;
    if (!isCompoundFile(file)) {
        // A bare BIFF2-4 worksheet (what FreeXL reads when the file is not a compound file).
        Walker walker(file, nullptr, result);
        if (file.size() >= 2 && (u16(reinterpret_cast<const uchar *>(file.data())) & 0xF0FF) == 0x0009) {
            walker.run();
            return result;
        }
        result.status = Status::Corrupt;
        result.fileOffset = 0;
        result.reason = file.size() < 8 ? QCoreApplication::translate(
                            "BiffInspector", "the file ends after %1 bytes, inside the compound-file header")
                                              .arg(file.size())
                                        : QCoreApplication::translate("BiffInspector",
                                            "the file is neither a compound file nor a BIFF worksheet");
        return result;
    }
    result.compoundFile = true;
    QByteArray stream;
    std::vector<Piece> pieces;
    Container container(file, result);
    if (!container.extractWorkbook(&stream, &pieces))
        return result;
    Walker walker(stream, &pieces, result);
    walker.run();
    return result;
}

BiffInspector::Result BiffInspector::inspectFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Result result;
        result.status = Status::ReadError;
        result.reason = file.errorString();
        return result;
    }
    const qint64 size = file.size();
    if (size == 0)
        return inspect(QByteArrayView());
    if (uchar *mapped = file.map(0, size)) {
        const Result result = inspect(QByteArrayView(mapped, size));
        file.unmap(mapped);
        return result;
    }
    const QByteArray bytes = file.readAll();
    if (bytes.size() != size) {
        Result result;
        result.status = Status::ReadError;
        result.reason = file.errorString();
        return result;
    }
    return inspect(bytes);
}

QString BiffInspector::errorText(quint8 code)
{
    switch (code) {
    case 0x00:
        return QStringLiteral("#NULL!");
    case 0x07:
        return QStringLiteral("#DIV/0!");
    case 0x0F:
        return QStringLiteral("#VALUE!");
    case 0x17:
        return QStringLiteral("#REF!");
    case 0x1D:
        return QStringLiteral("#NAME?");
    case 0x24:
        return QStringLiteral("#NUM!");
    case 0x2A:
        return QStringLiteral("#N/A");
    default:
        return {};
    }
}

} // namespace caseload
