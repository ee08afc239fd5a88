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
/// cases at the end, and the enforcement-measure date columns. Deterministic for a given seed.
struct DemoGeneratorConfig
{
    qint64 cases = 10000;
    int courts = 8;                    ///< basic courts under one intermediate court
    QDate from = QDate(2014, 1, 1);    ///< first filing month
    QDate to = QDate(2018, 12, 31);    ///< last filing date; also the export's as-of date
    quint64 seed = 1;
    TextEncoding encoding = TextEncoding::Utf8; ///< Utf8 (with BOM) or Gb18030
    bool withParties = false;          ///< add 申请执行人/被执行人 columns (fictitious names)
    /// Share of rows given one defect each (bad date, closure before filing, negative amount,
    /// missing case number, unknown closure method, ...), for tests of validation. 0 for demo data.
    double defectRate = 0.0;
};

/// Writes the export to `out` (open for writing). `progress(done, total)` is called now and then
/// with case counts and may return false to cancel. Returns false on a write error or cancel, with
/// `error` set.
bool generateDemoExport(const DemoGeneratorConfig &config, QIODevice *out, QString *error,
                        const std::function<bool(qint64 done, qint64 total)> &progress = {});

} // namespace caseload
