#pragma once

#include "domain/CaseRecord.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

class QImage;

namespace caseload {
class CaseTable;
class Store;
} // namespace caseload

namespace caseload::test {

/// A path inside the source tree (CASELOAD_SOURCE_DIR, set by CTest).
QString sourcePath(const QString &relative);
/// The caseload executable built with the tests (CASELOAD_EXECUTABLE, set by CTest).
QString caseloadExecutable();

/// Result of running the caseload executable.
struct RunResult
{
    int exitCode = -1;
    bool crashed = false; ///< died of a signal (not a time-out)
    bool timedOut = false; ///< killed after the time-out or never started
    QString out;
    QString err;
};
/// Runs `caseload args...` with the offscreen platform, the C locale and private HOME/XDG dirs under
/// `home`, waiting up to `timeoutMs`; `environment` adds or overrides variables.
RunResult runCaseload(const QStringList &args, const QString &home, int timeoutMs = 120000,
    const QList<QPair<QString, QString>> &environment = {});

/// Writes `cases` into `store` in one import through CaseWriter (every field present), as an import of
/// `fileName` would. Returns false with a warning on failure.
bool writeCases(
    Store &store, const QList<CaseRecord> &cases, const QString &fileName = QStringLiteral("test.csv"));

/// A new store at `path` holding `cases` (written as by writeCases()), loaded into memory as the
/// dashboard loads it. Null, with a warning naming the step that failed, on any error.
std::shared_ptr<const CaseTable> storeAndLoad(const QString &path, const QList<CaseRecord> &cases);

/// Empty when the tables hold the same cases (store ids and every column) and dictionaries, else the
/// first difference.
QString tableDifference(const CaseTable &a, const CaseTable &b);

/// Every case in `store`, ordered by case number.
QList<CaseRecord> allCases(const Store &store);

/// Writes `text` to `path` in UTF-8 (optionally with a BOM), or in the given encoding name via
/// QStringEncoder/QStringDecoder names ("GB18030"). Returns false on failure.
bool writeText(const QString &path, const QString &text, const char *encoding = "UTF-8", bool bom = false);

/// Share of an image's pixels (sampled every second row and column) that differ from its most common
/// colour: near 0 for a blank render, well above 0.05 for a page with text and charts.
double nonBackgroundShare(const QImage &image);

} // namespace caseload::test
