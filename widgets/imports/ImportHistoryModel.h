#pragma once

#include "store/Store.h"

#include <QAbstractTableModel>
#include <QList>

namespace caseload {

/// The import history (Store::importHistory, newest first) as a table: file, time (local), encoding,
/// the row counts, whether they add up (read = accepted + rejected, accepted = inserted + updated +
/// unchanged) and the reject report.
class ImportHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        File,
        ImportedAt,
        Encoding,
        Read,
        Accepted,
        Rejected,
        Inserted,
        Updated,
        Unchanged,
        Check,
        RejectReport,
        ColumnCount
    };
    enum Role {
        /// The cell's value for sorting: numbers as qint64, the time as a QDateTime, text otherwise.
        SortRole = Qt::UserRole,
    };

    using QAbstractTableModel::QAbstractTableModel;

    /// Replaces the rows (a real reset: the history is re-read as a whole).
    void setHistory(const QList<ImportRecord> &history);
    const QList<ImportRecord> &history() const { return m_history; }
    const ImportRecord &record(int row) const { return m_history.at(row); }

    /// True when the counts of `record` add up (the store guarantees it for committed imports).
    static bool countsAddUp(const ImportRecord &record);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Re-reads the translated texts (the view calls it on QEvent::LanguageChange).
    void retranslate();

private:
    QString countsText(const ImportRecord &record) const;

    QList<ImportRecord> m_history;
};

} // namespace caseload
