#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QDate>
#include <QStringList>

#include <optional>

namespace caseload::cli {

/// `--db PATH`, the store a verb works on; the user's own database by default, as in the window.
QCommandLineOption databaseOption();

/// A month given as YYYY-MM (or a date YYYY-MM-DD, whose month is taken): its first day, or its last
/// day when `end`. Invalid when the text is neither.
QDate parseMonth(const QString &text, bool end);

/// Parses `arguments` with `parser` (which has its options and --help). Returns the exit code to stop
/// with: 2 after printing a usage error, 0 after printing the help; nullopt to go on.
std::optional<int> parseArguments(QCommandLineParser &parser, const QStringList &arguments);

} // namespace caseload::cli
