#include "TestSupport.h"

#include "analytics/CaseTable.h"
#include "domain/CaseNumber.h"
#include "store/CaseWriter.h"
#include "store/Store.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QImage>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringEncoder>

#include <algorithm>

namespace caseload::test {

QString sourcePath(const QString &relative)
{
    const QString root = qEnvironmentVariable("CASELOAD_SOURCE_DIR");
    return QDir(root).filePath(relative);
}

QString caseloadExecutable()
{
    return qEnvironmentVariable("CASELOAD_EXECUTABLE");
}

RunResult runCaseload(const QStringList &args, const QString &home, int timeoutMs,
    const QList<QPair<QString, QString>> &environment)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // Messages are compared in English whatever the machine's locale (the zh_CN ones are tested apart).
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LANGUAGE"));
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home + QStringLiteral("/runtime"));
    QDir(home).mkpath(QStringLiteral("runtime"));
    QFile::setPermissions(home + QStringLiteral("/runtime"),
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    for (const auto &[name, value] : environment)
        env.insert(name, value);
    process.setProcessEnvironment(env);
    process.start(caseloadExecutable(), args);
    RunResult result;
    if (!process.waitForStarted() || !process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.timedOut = true;
    }
    result.crashed = !result.timedOut && process.exitStatus() != QProcess::NormalExit;
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

bool writeCases(Store &store, const QList<CaseRecord> &cases, const QString &fileName)
{
    CaseWriter writer(store);
    CaseWriter::Options options;
    options.present.fill(true);
    ImportRecord record;
    record.fileName = fileName;
    record.sha256 = QStringLiteral("0");
    record.importedAt = QDateTime::currentDateTimeUtc();
    record.encoding = QStringLiteral("utf-8");
    QString error;
    bool ok = writer.begin(options, record, &error);
    for (const CaseRecord &r : cases)
        ok = ok && writer.write(r, CaseNumber::parse(r.caseNumber), &error);
    record.rowsRead = record.accepted = cases.size();
    ok = ok && writer.commit(&record, &error);
    if (!ok)
        qWarning("writeCases: %s", qPrintable(error));
    return ok;
}

QList<CaseRecord> allCases(const Store &store)
{
    QList<CaseRecord> cases;
    QString error;
    store.forEachCase(
        [&](const CaseRecord &r) {
            cases.append(r);
            return true;
        },
        &error);
    return cases;
}

bool writeText(const QString &path, const QString &text, const char *encoding, bool bom)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    QStringEncoder encoder(
        encoding, bom ? QStringConverter::Flag::WriteBom : QStringConverter::Flag::Default);
    if (!encoder.isValid())
        return false;
    const QByteArray bytes = encoder.encode(text);
    return file.write(bytes) == bytes.size();
}

std::shared_ptr<const CaseTable> storeAndLoad(const QString &path, const QList<CaseRecord> &cases)
{
    QString error;
    const auto store = Store::open(path, &error);
    if (!store) {
        qWarning("storeAndLoad: %s", qUtf8Printable(error));
        return nullptr;
    }
    if (!writeCases(*store, cases))
        return nullptr;
    auto table = CaseTable::load(*store, &error);
    if (!table) {
        qWarning("storeAndLoad: %s", qUtf8Printable(error));
        return nullptr;
    }
    return std::make_shared<const CaseTable>(std::move(*table));
}

double nonBackgroundShare(const QImage &image)
{
    QHash<QRgb, qint64> counts;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2)
            ++counts[image.pixel(x, y)];
    }
    qint64 total = 0;
    qint64 most = 0;
    for (qint64 c : std::as_const(counts)) {
        total += c;
        most = std::max(most, c);
    }
    return total ? double(total - most) / double(total) : 0;
}

/// Empty when the tables hold the same cases and dictionaries, else the first difference.
QString tableDifference(const CaseTable &a, const CaseTable &b)
{
    if (a.size() != b.size())
        return QStringLiteral("size %1 vs %2").arg(a.size()).arg(b.size());
    if (a.causes() != b.causes() || a.handlers() != b.handlers())
        return QStringLiteral("causes or handlers differ");
    if (a.courts().size() != b.courts().size())
        return QStringLiteral("court count differs");
    for (size_t i = 0; i < a.courts().size(); ++i) {
        const CourtInfo &x = a.courts()[i];
        const CourtInfo &y = b.courts()[i];
        if (x.name != y.name || x.code != y.code || x.intermediateGroup != y.intermediateGroup)
            return QStringLiteral("court %1 differs").arg(i);
    }
    if (a.firstDay() != b.firstDay() || a.lastDay() != b.lastDay())
        return QStringLiteral("day range differs");
    if (a.hasPropertyColumn() != b.hasPropertyColumn() || a.hasAmountColumns() != b.hasAmountColumns())
        return QStringLiteral("column flags differ");
    for (int m = 0; m < CaseTable::MeasureCount; ++m) {
        if (a.hasMeasureColumn(CaseTable::Measure(m)) != b.hasMeasureColumn(CaseTable::Measure(m)))
            return QStringLiteral("measure flag %1 differs").arg(m);
    }
    for (qint64 row = 0; row < a.size(); ++row) {
        bool same = a.filedDay(row) == b.filedDay(row) && a.closeDelay(row) == b.closeDelay(row)
            && a.court(row) == b.court(row) && a.type(row) == b.type(row)
            && a.closureMethod(row) == b.closureMethod(row) && a.cause(row) == b.cause(row)
            && a.handler(row) == b.handler(row) && a.hasProperty(row) == b.hasProperty(row)
            && a.deductedDays(row) == b.deductedDays(row) && a.extensionDays(row) == b.extensionDays(row)
            && a.hasAmountApplied(row) == b.hasAmountApplied(row)
            && a.hasAmountRecovered(row) == b.hasAmountRecovered(row)
            && a.amountAppliedFen(row) == b.amountAppliedFen(row)
            && a.amountRecoveredFen(row) == b.amountRecoveredFen(row);
        for (int m = 0; m < CaseTable::MeasureCount; ++m)
            same = same && a.measureOffset(row, CaseTable::Measure(m)) == b.measureOffset(row, CaseTable::Measure(m));
        same = same && a.storeId(row) == b.storeId(row);
        if (!same)
            return QStringLiteral("row %1 differs").arg(row);
    }
    return {};
}

} // namespace caseload::test
