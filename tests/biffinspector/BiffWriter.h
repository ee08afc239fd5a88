#pragma once

// Builds small Excel workbooks byte by byte for tst_biffinspector and tst_xlsreader: BIFF8 and BIFF5
// workbook streams, bare BIFF2 worksheets, and the OLE2 compound file around a stream. Records are
// written exactly as given, so a test can break one thing and nothing else.

#include <QByteArray>
#include <QList>
#include <QString>

#include <algorithm>
#include <cstring>

namespace caseload::test::biff {

inline void put16(QByteArray &bytes, quint16 value)
{
    bytes.append(char(value & 0xFF));
    bytes.append(char(value >> 8));
}

inline void put32(QByteArray &bytes, quint32 value)
{
    put16(bytes, quint16(value & 0xFFFF));
    put16(bytes, quint16(value >> 16));
}

inline void set16(QByteArray &bytes, qsizetype at, quint16 value)
{
    bytes[at] = char(value & 0xFF);
    bytes[at + 1] = char(value >> 8);
}

inline void set32(QByteArray &bytes, qsizetype at, quint32 value)
{
    set16(bytes, at, quint16(value & 0xFFFF));
    set16(bytes, at + 2, quint16(value >> 16));
}

inline void putDouble(QByteArray &bytes, double value)
{
    quint64 bits = 0;
    std::memcpy(&bits, &value, sizeof bits);
    put32(bytes, quint32(bits & 0xFFFFFFFF));
    put32(bytes, quint32(bits >> 32));
}

/// A record: type, length, body.
inline QByteArray record(quint16 type, const QByteArray &body)
{
    QByteArray bytes;
    put16(bytes, type);
    put16(bytes, quint16(body.size()));
    return bytes + body;
}

/// The first 6 bytes of a cell record: row, column, XF index 15 (the default cell format).
inline QByteArray cellHead(quint16 row, quint16 column)
{
    QByteArray body;
    put16(body, row);
    put16(body, column);
    put16(body, 15);
    return body;
}

inline QByteArray number(quint16 row, quint16 column, double value)
{
    QByteArray body = cellHead(row, column);
    putDouble(body, value);
    return record(0x0203, body);
}

inline QByteArray labelSst(quint16 row, quint16 column, quint32 index)
{
    QByteArray body = cellHead(row, column);
    put32(body, index);
    return record(0x00FD, body);
}

/// A BOOLERR cell: a boolean (value 0/1) or an error (value = code, 0x2A for #N/A).
inline QByteArray boolErr(quint16 row, quint16 column, quint8 value, bool isError)
{
    QByteArray body = cellHead(row, column);
    body.append(char(value));
    body.append(char(isError ? 1 : 0));
    return record(0x0205, body);
}

/// A FORMULA cell holding the number `result`; its formula is the constant 1 (ptgInt).
inline QByteArray formula(quint16 row, quint16 column, double result)
{
    QByteArray body = cellHead(row, column);
    putDouble(body, result);
    put16(body, 0); // flags
    put32(body, 0); // chn
    put16(body, 3); // cce
    body.append(char(0x1E));
    put16(body, 1);
    return record(0x0006, body);
}

/// MULRK: RK integers from `firstColumn` on.
inline QByteArray mulRk(quint16 row, quint16 firstColumn, const QList<qint32> &values)
{
    QByteArray body;
    put16(body, row);
    put16(body, firstColumn);
    for (const qint32 value : values) {
        put16(body, 15);
        put32(body, (quint32(value) << 2) | 0x02);
    }
    put16(body, quint16(firstColumn + values.size() - 1));
    return record(0x00BD, body);
}

inline QByteArray dimensions8(quint32 rows, quint16 columns)
{
    QByteArray body;
    put32(body, 0);
    put32(body, rows);
    put16(body, 0);
    put16(body, columns);
    put16(body, 0);
    return record(0x0200, body);
}

inline QByteArray dimensions5(quint16 rows, quint16 columns)
{
    QByteArray body;
    put16(body, 0);
    put16(body, rows);
    put16(body, 0);
    put16(body, columns);
    put16(body, 0);
    return record(0x0200, body);
}

inline QByteArray bof8(quint16 kind)
{
    QByteArray body;
    put16(body, 0x0600);
    put16(body, kind); // 0x0005 globals, 0x0010 worksheet, 0x0020 chart
    put16(body, 0x0DBB);
    put16(body, 0x07CC);
    put32(body, 0);
    put32(body, 6);
    return record(0x0809, body);
}

inline QByteArray bof5(quint16 kind)
{
    QByteArray body;
    put16(body, 0x0500);
    put16(body, kind);
    put16(body, 0x0DBB);
    put16(body, 0x07CC);
    return record(0x0809, body);
}

inline QByteArray eof()
{
    return record(0x000A, {});
}

/// An SST record holding `strings` (UTF-16 when any character is beyond Latin-1), without CONTINUE.
inline QByteArray sst(const QStringList &strings)
{
    QByteArray body;
    put32(body, quint32(strings.size()));
    put32(body, quint32(strings.size()));
    for (const QString &text : strings) {
        bool wide = false;
        for (const QChar c : text)
            wide = wide || c.unicode() > 0xFF;
        put16(body, quint16(text.size()));
        body.append(char(wide ? 1 : 0));
        for (const QChar c : text) {
            if (wide)
                put16(body, c.unicode());
            else
                body.append(char(c.unicode()));
        }
    }
    return record(0x00FC, body);
}

/// A bare Excel 2.1 worksheet file (no compound file): BOF, DIMENSIONS of 2 rows x 1 column, the
/// number 42 in A1 (a BIFF2 NUMBER: 3 attribute bytes, no XF index) and, when `withFormula`, a FORMULA in
/// A2 holding 84, then EOF.
inline QByteArray biff2Worksheet(bool withFormula)
{
    QByteArray bof;
    put16(bof, 0x0002);
    put16(bof, 0x0010);
    QByteArray dimensions;
    put16(dimensions, 0);
    put16(dimensions, 2);
    put16(dimensions, 0);
    put16(dimensions, 1);
    QByteArray numberBody;
    put16(numberBody, 0);
    put16(numberBody, 0);
    numberBody += QByteArray(3, '\0');
    putDouble(numberBody, 42);
    QByteArray formulaBody;
    put16(formulaBody, 1);
    put16(formulaBody, 0);
    formulaBody += QByteArray(3, '\0');
    putDouble(formulaBody, 84);
    formulaBody += QByteArray("\x00\x03\x1E\x54\x00", 5); // flags, cce 3, ptgInt 84
    QByteArray file = record(0x0009, bof) + record(0x0000, dimensions) + record(0x0003, numberBody);
    if (withFormula)
        file += record(0x0006, formulaBody);
    return file + eof();
}

/// One sheet: its name and the records between its DIMENSIONS and its EOF.
struct Sheet
{
    QString name;
    QByteArray cells;
    quint32 rows = 0;
    quint16 columns = 0;
};

/// A BIFF8 (or BIFF5) workbook stream: globals (BOF, CODEPAGE, `globals`, a filler record so that the
/// stream reaches `minimumSize`, the sheet entries, `sharedStrings`, EOF), then each sheet (BOF,
/// DIMENSIONS, cells, EOF). The filler keeps the stream out of the compound file's mini stream.
inline QByteArray workbook(const QList<Sheet> &sheets, const QByteArray &sharedStrings = {},
    bool biff5 = false, const QByteArray &globals = {}, qsizetype minimumSize = 4096)
{
    QList<QByteArray> bodies;
    for (const Sheet &sheet : sheets) {
        QByteArray body = biff5 ? bof5(0x0010) : bof8(0x0010);
        body += biff5 ? dimensions5(quint16(sheet.rows), sheet.columns)
                      : dimensions8(sheet.rows, sheet.columns);
        body += sheet.cells + eof();
        bodies.append(body);
    }
    auto boundSheet = [&](quint32 offset, const QString &name) {
        QByteArray body;
        put32(body, offset);
        body.append(char(0)); // visible
        body.append(char(0)); // worksheet
        body.append(char(name.size()));
        if (biff5) {
            body += name.toLatin1();
        } else {
            body.append(char(1)); // UTF-16
            for (const QChar c : name)
                put16(body, c.unicode());
        }
        return record(0x0085, body);
    };
    QByteArray codePage;
    put16(codePage, biff5 ? 1252 : 1200);
    QByteArray head = (biff5 ? bof5(0x0005) : bof8(0x0005)) + record(0x0042, codePage) + globals;
    qsizetype sheetEntries = 0;
    for (const Sheet &sheet : sheets)
        sheetEntries += boundSheet(0, sheet.name).size();
    qsizetype total = head.size() + sheetEntries + sharedStrings.size() + eof().size();
    for (const QByteArray &body : bodies)
        total += body.size();
    // WRITEACCESS records, which FreeXL skips, in pieces within BIFF5's limit of 2,080 bytes.
    for (qsizetype missing = minimumSize - total; missing > 0; missing -= 2004) {
        const QByteArray filler
            = record(0x005C, QByteArray(std::clamp<qsizetype>(missing - 4, 0, 2000), ' '));
        head += filler;
        total += filler.size();
    }
    quint32 offset = quint32(head.size() + sheetEntries + sharedStrings.size() + eof().size());
    QByteArray stream = head;
    for (qsizetype i = 0; i < sheets.size(); ++i) {
        stream += boundSheet(offset, sheets.at(i).name);
        offset += quint32(bodies.at(i).size());
    }
    stream += sharedStrings + eof();
    for (const QByteArray &body : bodies)
        stream += body;
    return stream;
}

/// An OLE2 compound file (version 3 with 512-byte sectors, or 4 with 4,096-byte ones) holding one
/// stream of at least 4,096 bytes (so no mini stream): the stream's sectors, the FAT, the directory.
inline QByteArray compoundFile(
    const QByteArray &stream, const QString &name = QStringLiteral("Workbook"), int sectorShift = 9)
{
    const quint32 endOfChain = 0xFFFFFFFE;
    const quint32 none = 0xFFFFFFFF;
    const qsizetype sector = qsizetype(1) << sectorShift;
    const quint32 streamSectors = quint32((stream.size() + sector - 1) / sector);
    const quint32 perFat = quint32(sector / 4);
    quint32 fatSectors = 1;
    while (streamSectors + fatSectors + 1 > fatSectors * perFat)
        ++fatSectors;
    const quint32 directory = streamSectors + fatSectors;

    QByteArray file("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
    file += QByteArray(16, '\0');
    put16(file, 0x003E);
    put16(file, sectorShift == 12 ? 4 : 3);
    put16(file, 0xFFFE);
    put16(file, quint16(sectorShift));
    put16(file, 6);
    file += QByteArray(6, '\0');
    put32(file, sectorShift == 12 ? 1 : 0); // directory sectors (version 4 only)
    put32(file, fatSectors);
    put32(file, directory);
    put32(file, 0);
    put32(file, 4096);
    put32(file, endOfChain); // no mini FAT
    put32(file, 0);
    put32(file, endOfChain); // no DIFAT sectors
    put32(file, 0);
    for (quint32 i = 0; i < 109; ++i)
        put32(file, i < fatSectors ? streamSectors + i : none);
    file.resize(sector, '\0');

    QByteArray body = stream;
    body.resize(qsizetype(streamSectors) * sector, '\0');
    file += body;

    QByteArray fat;
    for (quint32 i = 0; i < streamSectors; ++i)
        put32(fat, i + 1 < streamSectors ? i + 1 : endOfChain);
    for (quint32 i = 0; i < fatSectors; ++i)
        put32(fat, 0xFFFFFFFD);
    put32(fat, endOfChain); // the directory
    while (quint32(fat.size()) < fatSectors * perFat * 4)
        put32(fat, none);
    file += fat;

    auto entry = [](const QString &entryName, quint8 type, quint32 child, quint32 start, quint32 size) {
        QByteArray e;
        for (const QChar c : entryName)
            put16(e, c.unicode());
        e.resize(64, '\0');
        put16(e, quint16(entryName.isEmpty() ? 0 : 2 * (entryName.size() + 1)));
        e.append(char(type));
        e.append(char(1)); // black
        put32(e, 0xFFFFFFFF);
        put32(e, 0xFFFFFFFF);
        put32(e, child);
        e.resize(116, '\0');
        put32(e, start);
        put32(e, size);
        put32(e, 0);
        return e;
    };
    QByteArray entries = entry(QStringLiteral("Root Entry"), 5, 1, endOfChain, 0)
        + entry(name, 2, 0xFFFFFFFF, 0, quint32(stream.size()));
    while (entries.size() < sector)
        entries += entry(QString(), 0, 0xFFFFFFFF, 0, 0);
    file += entries;
    return file;
}

} // namespace caseload::test::biff
