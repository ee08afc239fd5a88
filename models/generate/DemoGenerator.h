#pragma once

#include "io/TextEncoding.h"

#include <QDate>
#include <QString>

#include <functional>

class QIODevice;

namespace caseload {

/// Writes a realistic synthetic court export (DOMAIN.md, "Patterns real data shows"): Chinese
/// headers as court systems write them, case numbers under the 2016 rules (older local forms
/// before 2016), a step up in filings after the May 2015 registration reform, a December closure
/// spike and January catch-up, a depressed Spring Festival month, about 40% of cases without property
/// (mostly closed by 终本 just before the 6-month deadline), 执行完毕 cases closing fastest, pending
/// cases at the end, and the enforcement-measure date columns. Deterministic for a given seed on any
/// machine (own PRNG and arithmetic, no library distributions).
///
/// The file: one header row, then exactly `cases` rows in filing-date order, CRLF line ends, fields
/// quoted only where needed, dates as yyyy-MM-dd, amounts in yuan with two decimals. Columns:
/// 案号, 经办法院, 法院代字, 案件类型, 案由, 立案日期, 结案日期, 结案方式, 申请执行标的金额(元),
/// 实际到位金额(元), 承办人, 承办部门, 扣除审限天数, 延长期限(天), 是否有财产, 网络查控日期,
/// 纳入失信名单日期, 限制消费令日期, 约谈申请执行人日期 (+ 申请执行人, 被执行人 with withParties).
/// A case whose closure would fall after `to` is pending: empty closure date and method; measure
/// dates after `to` are left empty too. Review-type cases (执异, 执复, 执监, 执协, 执他) have empty
/// amounts, property flag and measure dates.
struct DemoGeneratorConfig
{
    qint64 cases = 10000; ///< rows written, >= 0
    int courts = 8; ///< basic courts under one intermediate court, 1..99
    QDate from = QDate(2014, 1, 1); ///< first filing date (usually the first day of a month)
    QDate to = QDate(2018, 12, 31); ///< last filing date; also the export's as-of date
    quint64 seed = 1;
    TextEncoding encoding = TextEncoding::Utf8; ///< Utf8 (with BOM) or Gb18030 (without BOM)
    bool withParties = false; ///< add 申请执行人/被执行人 columns (fictitious names)
    /// Share of rows given exactly one defect each (round(cases × defectRate) rows): missing case
    /// number, impossible filing date (2017-02-30), closure before filing, closure method without
    /// closure date, closure date without method, negative amount, unparseable amount, or the case
    /// number of an earlier row. 0 for demo data; rows without a defect are always valid. 0..1.
    double defectRate = 0.0;
};

/// Writes the export to `out` (open for writing), streaming: memory use does not grow with
/// `cases`. `progress(done, total)` is called now and then with case counts and may return false
/// to cancel. Returns false on an invalid config, a write error or cancel, with `error` set.
bool generateDemoExport(const DemoGeneratorConfig &config, QIODevice *out, QString *error,
    const std::function<bool(qint64 done, qint64 total)> &progress = {});

} // namespace caseload
