#pragma once

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace caseload::test {

/// A path inside the source tree (CASELOAD_SOURCE_DIR, set by CTest).
QString sourcePath(const QString &relative);
/// The caseload executable built with the tests (CASELOAD_EXECUTABLE, set by CTest).
QString caseloadExecutable();

/// Result of running the caseload executable.
struct RunResult
{
    int exitCode = -1;
    bool crashed = false;
    QString out;
    QString err;
};
/// Runs `caseload args...` with the offscreen platform and a private HOME/XDG dirs under `home`,
/// waiting up to `timeoutMs`.
RunResult runCaseload(const QStringList &args, const QString &home, int timeoutMs = 120000);

/// Writes `text` to `path` in UTF-8 (optionally with a BOM), or in the given encoding name via
/// QStringEncoder/QStringDecoder names ("GB18030"). Returns false on failure.
bool writeText(const QString &path, const QString &text, const char *encoding = "UTF-8", bool bom = false);

} // namespace caseload::test
