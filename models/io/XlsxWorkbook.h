#pragma once

#include "XlsxReader.h"
#include "XlsxSharedStrings.h"
#include "XlsxText.h"
#include "ZipArchive.h"

#include <QList>
#include <QString>

#include <atomic>
#include <memory>
#include <thread>
#include <vector>

// The parts of an .xlsx workbook a sheet needs: its sheets, styles and shared strings (internal to
// models/io).
namespace caseload::xlsx {

struct Relationship
{
    QString type;
    QString target; // resolved part name
    bool external = false;
};

struct SheetEntry
{
    QString name;
    QString part; // empty when the workbook does not say where the sheet is
    bool hidden = false;
    bool worksheet = true; // false for chart and dialog sheets, which hold no cells
};

// Everything a sheet needs from the rest of the workbook, shared by the reader, its parsing thread
// and the readers that probe sheets. Read-only once loaded, except the shared strings, which load
// on their own thread (with an archive of their own: libzip handles are not shared across threads).
struct Workbook
{
    QString path;
    std::unique_ptr<ZipArchive> zip;
    QList<SheetEntry> sheets;
    bool date1904 = false;
    QString sharedStringsPart;
    QString stylesPart;
    std::vector<DateKind> styleKinds; // by cellXfs index
    SharedStrings strings;
    std::thread stringsThread;
    std::atomic<bool> stopStrings {false};

    Workbook() = default;
    Workbook(const Workbook &) = delete;
    Workbook &operator=(const Workbook &) = delete;
    ~Workbook()
    {
        stopStrings.store(true);
        if (stringsThread.joinable())
            stringsThread.join();
    }
};

// Opens the container, finds the workbook part and reads the sheet list and the 1904 flag.
bool loadWorkbook(const QString &path, Workbook *book, QString *error);

bool loadStyles(Workbook *book, QString *error);

// Opens the shared strings part (a missing or encrypted one fails here, in open()) and loads it on
// a thread of the workbook's: an error found while parsing reaches the reader through
// SharedStrings::waitForEnd(), and next() reports it, without the file's path as its other errors.
bool startSharedStrings(Workbook *book, const XlsxReader::Options &options, QString *error);

} // namespace caseload::xlsx
