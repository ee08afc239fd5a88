#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>
#include <optional>

namespace caseload {

class Store;

/// Reads case numbers by store id for CaseListModel. Lives on the model's worker thread and opens its
/// own Store there (a QtSql connection belongs to the thread that opened it).
class CaseNumberFetcher : public QObject
{
    Q_OBJECT

public:
    /// `generation` is the model's current generation: requests made for an older one are skipped
    /// without touching the database.
    explicit CaseNumberFetcher(std::shared_ptr<const std::atomic<quint64>> generation);
    ~CaseNumberFetcher() override;

    /// Reads the case numbers of `ids` from the store at `location` and emits fetched() with them in
    /// the same order (empty for an id the store lacks). Call through a queued invocation.
    void fetch(quint64 generation, int chunk, const QString &location, const QList<qint64> &ids);

    /// The case numbers of `ids` in `store`, in the same order (empty for an id the store lacks);
    /// nullopt with `error` set on a database error. At most 999 ids (SQLite's bound-parameter limit).
    static std::optional<QStringList> read(const Store &store, const QList<qint64> &ids, QString *error);

Q_SIGNALS:
    /// The case numbers of a chunk; `error` set (and `numbers` empty) when the store could not be read.
    void fetched(quint64 generation, int chunk, const QStringList &numbers, const QString &error);

private:
    bool ensureStore(const QString &location, QString *error);

    std::shared_ptr<const std::atomic<quint64>> m_generation;
    std::unique_ptr<Store> m_store;
};

} // namespace caseload
