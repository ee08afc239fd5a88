#pragma once

#include <QDate>
#include <QString>
#include <QStringView>

namespace caseload {

/// Outcome of parsing one cell: empty cells are not errors (the caller decides whether the field
/// is required).
enum class ParseStatus { Empty, Ok, Invalid };

/// Cell-level normalisation of the values court exports contain (DOMAIN.md, "Values to expect").
/// All functions are pure and thread-safe.
namespace values {

/// Trims blanks at both ends, including the ideographic space U+3000, NBSP, tabs and zero-width
/// characters; inner text is kept as is.
QString cleanText(QStringView text);

/// Parses a date: 2016-03-01, 2016/3/1, 2016.3.1, 20160301, 2016年3月1日, with full-width digits,
/// surrounding blanks, and a time appended (2016-03-01 10:22:05, 2016/3/1 0:00, 2016-03-01T10:22:05);
/// or an Excel serial number (1900 date system, 1 = 1900-01-01, 60 is Excel's non-existent 1900-02-29
/// and Invalid, 61 = 1900-03-01; fractions are the time of day and ignored) between 1 and 2958465.
/// Impossible dates (2016-02-30, month 13, 25:00) and two-digit years are Invalid. Years outside
/// 1949..2100 are Invalid, serials included (so only serials 17899..73415 can be Ok).
/// Empty for a blank cell and for the "no value" markers exports write: a run of dashes (- — －),
/// a run of slashes, 无, N/A, NULL (case-insensitive). `*out` is an invalid QDate unless Ok.
ParseStatus parseDate(QStringView text, QDate *out);

/// Parses an amount into fen (0.01 yuan), exactly (decimal arithmetic, no binary floating point),
/// rounding half away from zero at the fen. Accepts thousands separators (, and full-width ，),
/// currency signs and units (¥ ￥ 元 RMB CNY), full-width digits, a leading minus (negative
/// amounts are returned: rejecting them is validation's job), and a 万 / 万元 suffix in the cell
/// which multiplies by 10,000. `unitYuan` is the unit the column is in (1 for yuan, 10000 for a
/// 万元 column); a 万 suffix in the cell wins over the column's unit. Overflow is Invalid.
/// Also accepted: a leading or trailing decimal point (".5", "5."), Excel's exponent form (1.2E+05).
/// Thousands separators are not checked for grouping ("12,3456" is 123456) but must sit between
/// digits. Rounding is exact whenever the unit is a power of ten. A unit below 1 is Invalid.
/// Empty for a blank cell and for the "no value" markers (dashes, slashes, 无, N/A, NULL, as for
/// parseDate). `*fen` is 0 unless Ok.
ParseStatus parseAmountFen(QStringView text, qint64 unitYuan, qint64 *fen);

/// Parses a whole number of days (full-width digits, a 天 or 日 suffix, "45.0" as written by Excel;
/// "45.5" is Invalid). A leading minus is accepted and returned, as for amounts. Empty for a blank
/// cell and the "no value" markers of parseDate. `*out` is 0 unless Ok.
ParseStatus parseDays(QStringView text, int *out);

/// Parses a yes/no flag: 是/否, 有/无, Y/N, yes/no, true/false, 1/0, √/× (case-insensitive,
/// full-width accepted). Here 无 means "no", not "no value"; the other "no value" markers of parseDate
/// are Empty. `*out` is false unless Ok.
ParseStatus parseFlag(QStringView text, bool *out);

/// Replaces full-width ASCII forms (U+FF01..U+FF5E) by their ASCII counterparts and the
/// ideographic space by a space; other characters are kept.
QString toHalfWidth(QStringView text);

} // namespace values
} // namespace caseload
