#pragma once

#include <QStringList>

/// The command-line verbs. Each takes the whole argument list (program name first, verb second),
/// parses it with QCommandLineParser, prints results on stdout and errors on stderr, and returns the
/// process exit code: 0 success, 1 bad input or failure, 2 usage error. None opens a window.
namespace caseload::cli {

int runImport(const QStringList &arguments);
int runExport(const QStringList &arguments);
int runGenerate(const QStringList &arguments);
int runKpi(const QStringList &arguments);
int runForecast(const QStringList &arguments);
int runPetitions(const QStringList &arguments);
int runGroups(const QStringList &arguments);
int runSettings(const QStringList &arguments);
/// Needs a QApplication (fonts for the PDF); main() creates one for this verb.
int runReport(const QStringList &arguments);

} // namespace caseload::cli
