#include "CaseNumberFetcher.h"

#include "store/Store.h"

#include <QCoreApplication>
#include <QHash>

namespace caseload {

namespace {

QString readError(const QString &location, const QString &error)
{
    return QCoreApplication::translate("caseload::CaseListModel", "Cannot read the case numbers from %1: %2")
        .arg(location, error);
}

} // namespace

CaseNumberFetcher::CaseNumberFetcher(std::shared_ptr<const std::atomic<quint64>> generation)
    : m_generation(std::move(generation))
{ }

CaseNumberFetcher::~CaseNumberFetcher() = default;

bool CaseNumberFetcher::ensureStore(const QString &location, QString *error)
{
    if (m_store && m_store->location() == location)
        return true;
    m_store.reset();
    m_store = Store::open(location, error);
    return m_store != nullptr;
}

void CaseNumberFetcher::fetch(
    quint64 generation, int chunk, const QString &location, const QList<qint64> &ids)
{
    // Requests queue up while the user scrolls or the rows change; those of an older generation are
    // of no use any more.
    if (generation != m_generation->load(std::memory_order_acquire))
        return;

    QString error;
    if (!ensureStore(location, &error)) {
        Q_EMIT fetched(generation, chunk, {}, readError(location, error));
        return;
    }
    const std::optional<QStringList> numbers = read(*m_store, ids, &error);
    if (!numbers) {
        Q_EMIT fetched(generation, chunk, {}, readError(location, error));
        return;
    }
    Q_EMIT fetched(generation, chunk, *numbers, {});
}

std::optional<QStringList> CaseNumberFetcher::read(
    const Store &store, const QList<qint64> &ids, QString *error)
{
    const std::optional<QHash<qint64, QString>> byId = store.caseNumbers(ids, error);
    if (!byId)
        return std::nullopt;
    QStringList numbers;
    numbers.reserve(ids.size());
    for (const qint64 id : ids)
        numbers.append(byId->value(id));
    return numbers;
}

} // namespace caseload
