#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QDate>
#include <QStringList>

#include <QList>

#include <optional>

namespace caseload {
struct CaseFilter;
}

namespace caseload::cli {

/// `--db PATH`, the store a verb works on; the user's own database by default, as in the window.
QCommandLineOption databaseOption();

/// A month given as YYYY-MM (or a date YYYY-MM-DD, whose month is taken): its first day, or its last
/// day when `end`. Invalid when the text is neither.
QDate parseMonth(const QString &text, bool end);

/// The case-filter options shared by `kpi` and `forecast`: --from, --to, --asof, --court, --group,
/// --type, --cause, --handler, --method.
struct FilterOptions
{
    FilterOptions();
    QList<QCommandLineOption> all() const;
    /// Reads the parsed options into `filter`; false with a usage message in `error` on a bad value.
    bool read(const QCommandLineParser &parser, CaseFilter *filter, QString *error) const;

    QCommandLineOption from;
    QCommandLineOption to;
    QCommandLineOption asOf;
    QCommandLineOption court;
    QCommandLineOption group;
    QCommandLineOption type;
    QCommandLineOption cause;
    QCommandLineOption handler;
    QCommandLineOption method;
};

/// Parses `arguments` with `parser` (which has its options and --help). Returns the exit code to stop
/// with: 2 after printing a usage error, 0 after printing the help; nullopt to go on.
std::optional<int> parseArguments(QCommandLineParser &parser, const QStringList &arguments);

} // namespace caseload::cli
