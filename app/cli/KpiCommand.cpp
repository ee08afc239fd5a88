#include "CommandLine.h"
#include "Commands.h"

#include "analytics/Analytics.h"
#include "analytics/AnalyticsJson.h"
#include "analytics/CaseTable.h"
#include "analytics/StoredSetup.h"
#include "store/Store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>
#include <QTextStream>

namespace caseload::cli {

namespace {

/// Translation context of the verb's messages.
struct Kpi
{
    Q_DECLARE_TR_FUNCTIONS(kpi)
};

QString percent(const std::optional<double> &v)
{
    return v ? QLocale().toString(*v * 100.0, 'f', 1) + QLatin1Char('%') : QStringLiteral("—");
}

QString days(const std::optional<double> &v)
{
    return v ? QLocale().toString(*v, 'f', 0) : QStringLiteral("—");
}

QString n(qint64 v)
{
    return QLocale().toString(v);
}

QString indicatorName(int number)
{
    switch (number) {
    case 1:
        return Kpi::tr("Actual closure within the limit, cases with property");
    case 2:
        return Kpi::tr("终本 quality");
    case 3:
        return Kpi::tr("Execution petitions resolved");
    case 4:
        return Kpi::tr("Overall closure over the window");
    default:
        return Kpi::tr("Courts meeting the standard");
    }
}

QString checkName(const QString &key)
{
    if (key == QLatin1String("network_inquiry"))
        return Kpi::tr("network inquiry");
    if (key == QLatin1String("consumption_restriction"))
        return Kpi::tr("consumption restriction");
    if (key == QLatin1String("applicant_interview"))
        return Kpi::tr("applicant interviewed");
    return Kpi::tr("dishonest-debtor list");
}

QString indicatorText(const CoreIndicator &i)
{
    if (!i.computable)
        return Kpi::tr("not computable: %1").arg(i.reason);
    QString text = Kpi::tr("%1 (%2 of %3), target %4: %5")
                       .arg(percent(i.value), n(i.numerator), n(i.denominator), percent(i.target),
                           *i.meetsTarget ? Kpi::tr("met") : Kpi::tr("not met"));
    if (!i.checks.isEmpty()) {
        QStringList names;
        for (const QString &key : i.checks)
            names.append(checkName(key));
        text += QLatin1Char(' ') + Kpi::tr("[checks: %1]").arg(names.join(Kpi::tr(", ")));
    }
    return text;
}

/// Columns a terminal gives `text`: CJK characters take two.
int displayWidth(const QString &text)
{
    int width = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        width += (u >= 0x1100
                     && (u <= 0x115F || (u >= 0x2E80 && u <= 0xA4CF) || (u >= 0xAC00 && u <= 0xD7A3)
                         || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFE30 && u <= 0xFE4F)
                         || (u >= 0xFF00 && u <= 0xFF60) || (u >= 0xFFE0 && u <= 0xFFE6)))
            ? 2
            : 1;
    }
    return width;
}

void printText(QTextStream &out, const AnalyticsResult &r)
{
    const FlowSummary &f = r.flow;
    const auto line = [&](const QString &label, const QString &value) {
        out << label << QString(std::max(1, 36 - displayWidth(label)), QLatin1Char(' ')) << value << Qt::endl;
    };
    out << Kpi::tr("Period %1 to %2, as of %3; %4 cases selected")
               .arg(r.from.toString(Qt::ISODate), r.to.toString(Qt::ISODate), r.asOf.toString(Qt::ISODate),
                   n(r.casesSelected))
        << Qt::endl;
    line(Kpi::tr("Filed"), n(f.filed));
    line(Kpi::tr("Closed"), n(f.closed));
    for (int m = 1; m < ClosureMethodCount; ++m) {
        if (f.closedByMethod[size_t(m)])
            line(QStringLiteral("  ") + chineseLabel(ClosureMethod(m)), n(f.closedByMethod[size_t(m)]));
    }
    line(Kpi::tr("Pending at start"), n(f.pendingStart));
    line(Kpi::tr("Pending at end"), n(f.pendingEnd));
    line(Kpi::tr("Clearance rate"), percent(f.clearanceRate));
    line(Kpi::tr("Disposition time (days)"), days(f.dispositionTimeDays));
    const DurationStats &d = r.durations;
    line(Kpi::tr("Days to close: median, P75, P90"),
        QStringLiteral("%1, %2, %3").arg(days(d.medianDays), days(d.p75Days), days(d.p90Days)));
    line(Kpi::tr("Net of deducted days"),
        QStringLiteral("%1, %2, %3").arg(days(d.netMedianDays), days(d.netP75Days), days(d.netP90Days)));
    line(Kpi::tr("Closed within the limit (net, raw)"),
        QStringLiteral("%1, %2").arg(percent(d.withinLimitShareNet), percent(d.withinLimitShareRaw)));
    line(Kpi::tr("Kaplan–Meier median (days)"),
        r.survival.medianDays ? Kpi::tr("%1 (95% CI %2 to %3)")
                                    .arg(days(r.survival.medianDays), days(r.survival.medianLower),
                                        days(r.survival.medianUpper))
                              : Kpi::tr("not reached"));
    line(Kpi::tr("Recovery ratio"), percent(r.recovery.ratio));
    if (f.decemberShare)
        line(Kpi::tr("Share of closures in December"), percent(f.decemberShare));
    out << Kpi::tr("Pending at %1 by age (days):").arg(r.asOf.toString(Qt::ISODate));
    for (int b = 0; b < PendingAge::BucketCount; ++b)
        out << ' ' << PendingAge::bucketKey(b) << ": " << n(r.pendingAge.counts[size_t(b)]);
    out << Qt::endl;
    out << Kpi::tr("Core indicators:") << Qt::endl;
    for (const CoreIndicator &i : r.core)
        out << QStringLiteral("  ")
            << Kpi::tr("%1. %2: %3").arg(i.number).arg(indicatorName(i.number), indicatorText(i)) << Qt::endl;
    if (!r.courts.empty()) {
        out << Kpi::tr("Courts (rank, court, filed, closed, pending, clearance, indicators met):")
            << Qt::endl;
        for (const CourtRow &c : r.courts) {
            const QStringList cells
                = {c.name, n(c.filed), n(c.closed), n(c.pendingEnd), percent(c.clearanceRate),
                    QStringLiteral("%1/%2").arg(c.indicatorsMet).arg(c.indicatorsAvailable)};
            out << QStringLiteral("  %1. ").arg(c.rank) << cells.join(Kpi::tr(", ")) << Qt::endl;
        }
    }
    const IndicatorSettings &s = r.settings;
    QStringList excluded;
    for (ClosureMethod m : s.excludedMethods)
        excluded.append(chineseLabel(m));
    out << Kpi::tr("Settings: time limit %1 months; network inquiry within %2 months before closure; "
                   "overall closure over %3 years; left out of the core indicators: %4")
               .arg(s.timeLimitMonths)
               .arg(s.inquiryWindowMonths)
               .arg(s.overallClosureYears)
               .arg(excluded.isEmpty() ? Kpi::tr("none") : excluded.join(QStringLiteral(", ")))
        << Qt::endl;
}

} // namespace

int runKpi(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Kpi::tr("Prints the caseload indicators for a period and a set of cases."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("kpi"), QCoreApplication::translate("cli", "The command."));
    const QCommandLineOption dbOption = databaseOption();
    const FilterOptions filterOptions;
    const QCommandLineOption jsonOption(QStringLiteral("json"), Kpi::tr("Print one JSON object."));
    parser.addOption(dbOption);
    parser.addOptions(filterOptions.all());
    parser.addOption(jsonOption);
    if (const auto exitCode = parseArguments(parser, arguments))
        return *exitCode;

    AnalyticsInput input;
    CaseFilter &filter = input.filter;
    const auto usage = [&](const QString &message) {
        err << QStringLiteral("caseload kpi: ") << message << Qt::endl;
        return 2;
    };
    QString error;
    if (!filterOptions.read(parser, &filter, &error))
        return usage(error);

    const auto store = Store::open(parser.value(dbOption), &error);
    if (!store) {
        err << error << Qt::endl;
        return 1;
    }
    if (!storedSetup::load(*store, &input, &error)) {
        err << QStringLiteral("caseload kpi: ") << error << Qt::endl;
        return 1;
    }
    const auto table = CaseTable::load(*store, &error);
    if (!table) {
        err << QStringLiteral("caseload kpi: ") << error << Qt::endl;
        return 1;
    }
    const auto result = Analytics::compute(*table, input, &error);
    if (!result) {
        err << QStringLiteral("caseload kpi: ") << error << Qt::endl;
        return 1;
    }
    if (parser.isSet(jsonOption))
        out << QString::fromUtf8(QJsonDocument(analyticsToJson(*result)).toJson(QJsonDocument::Indented));
    else
        printText(out, *result);
    return 0;
}

} // namespace caseload::cli
