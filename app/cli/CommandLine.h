#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QStringList>

#include <optional>

namespace caseload::cli {

/// `--db PATH`, the store a verb works on; the user's own database by default, as in the window.
QCommandLineOption databaseOption();

/// Parses `arguments` with `parser` (which has its options and --help). Returns the exit code to stop
/// with: 2 after printing a usage error, 0 after printing the help; nullopt to go on.
std::optional<int> parseArguments(QCommandLineParser &parser, const QStringList &arguments);

} // namespace caseload::cli
