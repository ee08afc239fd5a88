#include "CaseListModel.h"

#include "CaseNumberFetcher.h"
#include "analytics/CaseSelection.h"
#include "domain/DayNumber.h"

#include <QLocale>
#include <QThread>

#include <atomic>
#include <deque>
#include <unordered_map>
#include <unordered_set>

namespace caseload {

namespace {

constexpr int ChunkRows = 256;
// Chunks sent to the worker at once: few, so that the worker is never far behind the rows on screen.
constexpr int MaxInFlight = 2;
// Chunks waiting to be sent; the oldest (scrolled past) are forgotten first.
constexpr size_t MaxQueued = 16;
// Chunks kept (65,536 rows, a few MB of strings); the first loaded are dropped first.
constexpr size_t MaxCachedChunks = 256;

bool chineseLabels()
{
    return QLocale().language() == QLocale::Chinese;
}

QString label(CaseType type)
{
    return chineseLabels() ? chineseLabel(type) : englishLabel(type);
}

QString label(ClosureMethod method)
{
    return chineseLabels() ? chineseLabel(method) : englishLabel(method);
}

QString isoDate(qint64 day)
{
    return fromDayNumber(day).toString(Qt::ISODate);
}

// Exact for any amount: the yuan as a grouped integer, the fen appended (no detour through double).
QString yuan(qint64 fen)
{
    const QLocale locale;
    const bool negative = fen < 0;
    const quint64 magnitude = negative ? quint64(0) - quint64(fen) : quint64(fen);
    QString text = locale.toString(qulonglong(magnitude / 100)) + locale.decimalPoint()
        + QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
    return negative ? locale.negativeSign() + text : text;
}

bool isNumeric(int column)
{
    switch (column) {
    case CaseListModel::Days:
    case CaseListModel::DaysLeft:
    case CaseListModel::Applied:
    case CaseListModel::Recovered:
        return true;
    default:
        return false;
    }
}

} // namespace

struct CaseListModel::Private
{
    std::shared_ptr<const CaseTable> table;
    std::vector<quint32> rows;
    QString location;
    IndicatorSettings settings;
    qint64 asOfDay = 0;

    std::shared_ptr<std::atomic<quint64>> generation = std::make_shared<std::atomic<quint64>>(0);
    QThread thread;
    CaseNumberFetcher *fetcher = nullptr;

    std::unordered_map<int, QStringList> chunks;
    std::deque<int> loadOrder; ///< loaded chunks, oldest first (eviction)
    std::deque<int> queued; ///< waiting to be sent, newest last
    std::unordered_set<int> requested; ///< queued or in flight
    int inFlight = 0;
    bool failed = false; ///< the store could not be read: stop asking until the next setRows

    void resetFetchState()
    {
        generation->fetch_add(1, std::memory_order_acq_rel);
        chunks.clear();
        loadOrder.clear();
        queued.clear();
        requested.clear();
        inFlight = 0;
        failed = false;
    }

    void requestChunk(int chunk)
    {
        if (failed || location.isEmpty() || requested.count(chunk))
            return;
        requested.insert(chunk);
        queued.push_back(chunk);
        if (queued.size() > MaxQueued) {
            requested.erase(queued.front());
            queued.pop_front();
        }
        dispatch();
    }

    // Newest request first: it is the one on screen.
    void dispatch()
    {
        while (inFlight < MaxInFlight && !queued.empty()) {
            const int chunk = queued.back();
            queued.pop_back();
            const size_t first = size_t(chunk) * ChunkRows;
            const size_t end = std::min(first + ChunkRows, rows.size());
            QList<qint64> ids;
            ids.reserve(qsizetype(end - first));
            for (size_t row = first; row < end; ++row)
                ids.append(table->storeId(rows[row]));
            if (!thread.isRunning())
                thread.start();
            ++inFlight;
            CaseNumberFetcher *worker = fetcher;
            QMetaObject::invokeMethod(
                worker,
                [worker, gen = generation->load(), chunk, loc = location, ids] {
                    worker->fetch(gen, chunk, loc, ids);
                },
                Qt::QueuedConnection);
        }
    }
};

CaseListModel::CaseListModel(QObject *parent)
    : QAbstractTableModel(parent)
    , d(std::make_unique<Private>())
{
    d->thread.setObjectName(QStringLiteral("CaseListModel fetcher"));
    d->fetcher = new CaseNumberFetcher(d->generation);
    d->fetcher->moveToThread(&d->thread);
    // The fetcher's Store must close on the thread that opened it.
    connect(&d->thread, &QThread::finished, d->fetcher, &QObject::deleteLater);
    connect(d->fetcher, &CaseNumberFetcher::fetched, this,
        [this](quint64 generation, int chunk, const QStringList &numbers, const QString &error) {
            if (generation != d->generation->load(std::memory_order_acquire))
                return;
            --d->inFlight;
            d->requested.erase(chunk);
            if (!error.isEmpty()) {
                d->failed = true;
                Q_EMIT fetchFailed(error);
                return;
            }
            d->chunks.insert_or_assign(chunk, numbers);
            d->loadOrder.push_back(chunk);
            while (d->chunks.size() > MaxCachedChunks) {
                d->chunks.erase(d->loadOrder.front());
                d->loadOrder.pop_front();
            }
            const int first = chunk * ChunkRows;
            const int last = std::min(first + ChunkRows, rowCount()) - 1;
            Q_EMIT dataChanged(index(first, CaseNumber), index(last, CaseNumber), {Qt::DisplayRole});
            Q_EMIT caseNumbersFetched(first, last);
            d->dispatch();
        });
}

CaseListModel::~CaseListModel()
{
    d->generation->fetch_add(1, std::memory_order_acq_rel);
    if (d->thread.isRunning()) {
        d->thread.quit();
        d->thread.wait();
    } else {
        delete d->fetcher;
    }
}

void CaseListModel::setRows(std::shared_ptr<const CaseTable> table, std::vector<quint32> rows,
    const QString &storeLocation, const IndicatorSettings &settings, QDate asOf)
{
    beginResetModel();
    d->resetFetchState();
    d->table = std::move(table);
    d->rows = d->table ? std::move(rows) : std::vector<quint32>();
    d->location = storeLocation;
    d->settings = settings;
    d->asOfDay = asOf.isValid() ? toDayNumber(asOf) : (d->table ? d->table->lastDay() : 0);
    endResetModel();
}

void CaseListModel::clear()
{
    beginResetModel();
    d->resetFetchState();
    d->table.reset();
    d->rows = {};
    endResetModel();
}

qint64 CaseListModel::tableRow(int row) const
{
    if (row < 0 || size_t(row) >= d->rows.size())
        return -1;
    return d->rows[size_t(row)];
}

QString CaseListModel::caseNumber(int row) const
{
    if (row < 0 || size_t(row) >= d->rows.size())
        return {};
    const auto it = d->chunks.find(row / ChunkRows);
    if (it == d->chunks.end())
        return {};
    return it->second.value(row % ChunkRows);
}

int CaseListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(d->rows.size());
}

int CaseListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount || !d->table)
        return {};
    const qint64 row = d->rows[size_t(index.row())];
    const CaseTable &t = *d->table;

    switch (role) {
    case TableRowRole:
        return row;
    case StoreIdRole:
        return t.storeId(row);
    case Qt::TextAlignmentRole:
        return int(Qt::AlignVCenter | (isNumeric(index.column()) ? Qt::AlignRight : Qt::AlignLeft));
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }

    switch (Column(index.column())) {
    case CaseNumber: {
        const int chunk = index.row() / ChunkRows;
        const auto it = d->chunks.find(chunk);
        if (it != d->chunks.end())
            return it->second.value(index.row() % ChunkRows);
        d->requestChunk(chunk);
        return d->failed || d->location.isEmpty() ? QString() : QStringLiteral("…");
    }
    case Court: {
        const quint16 court = t.court(row);
        return court < t.courts().size() ? t.courts()[court].name : QString();
    }
    case Type:
        return label(t.type(row));
    case Cause:
        return t.causes().value(t.cause(row));
    case Filed:
        return isoDate(t.filedDay(row));
    case Closed:
        return t.isClosed(row) ? isoDate(t.closedDay(row)) : QString();
    case Method:
        return label(t.closureMethod(row));
    case Days: {
        const qint64 days = t.isClosed(row) ? qint64(t.closeDelay(row)) : d->asOfDay - t.filedDay(row);
        return days >= 0 ? QLocale().toString(days) : QString();
    }
    case Deadline:
        return isoDate(CaseSelection::deadlineDay(t, row, d->settings));
    case DaysLeft:
        if (t.isClosed(row))
            return QString();
        return QLocale().toString(qint64(CaseSelection::deadlineDay(t, row, d->settings)) - d->asOfDay);
    case Applied:
        return t.hasAmountApplied(row) ? yuan(t.amountAppliedFen(row)) : QString();
    case Recovered:
        return t.hasAmountRecovered(row) ? yuan(t.amountRecoveredFen(row)) : QString();
    case Handler:
        return t.handlers().value(int(t.handler(row)));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignVCenter | (isNumeric(section) ? Qt::AlignRight : Qt::AlignLeft));
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Days:
            return tr("Days from filing to closure, or to the as-of date while pending");
        case Deadline:
            return tr("Filing date + the time limit + extension + deducted days");
        case DaysLeft:
            return tr("Days from the as-of date to the deadline (negative: overdue)");
        case Applied:
        case Recovered:
            return tr("Yuan");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CaseNumber:
        return tr("Case number");
    case Court:
        return tr("Court");
    case Type:
        return tr("Type");
    case Cause:
        return tr("Cause");
    case Filed:
        return tr("Filed");
    case Closed:
        return tr("Closed");
    case Method:
        return tr("Closure method");
    case Days:
        return tr("Days");
    case Deadline:
        return tr("Deadline");
    case DaysLeft:
        return tr("Days left");
    case Applied:
        return tr("Applied (yuan)");
    case Recovered:
        return tr("Recovered (yuan)");
    case Handler:
        return tr("Handler");
    default:
        return {};
    }
}

} // namespace caseload
