#pragma once

#include "analytics/CaseTable.h"
#include "analytics/IndicatorSettings.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QString>

#include <memory>
#include <vector>

namespace caseload {

/// A list of cases (rows of a CaseTable, as CaseSelection picks them) as a lazy table for the
/// dashboard's Cases page and warning lists. Every column but the case number comes from the table in
/// memory; case numbers are read from the store in chunks, on a worker thread with its own
/// connection, for the rows a view asks for (data() shows an ellipsis until they arrive, then
/// dataChanged() follows). A million rows cost 4 MB and scroll smoothly.
class CaseListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        CaseNumber,
        Court,
        Type,
        Cause,
        Filed, ///< filing date
        Closed, ///< closure date, empty while pending
        Method, ///< closure method
        Days, ///< days from filing to closure, or to the as-of date while pending
        Deadline, ///< CaseSelection::deadlineDay
        DaysLeft, ///< deadline - as-of date (negative: overdue); empty once closed
        Applied, ///< amount applied for, yuan
        Recovered, ///< amount recovered, yuan
        Handler,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        /// The CaseTable row behind a list row (qint64), in every column, to act on the case.
        TableRowRole = Qt::UserRole,
        /// The case's store id (qint64), to look the whole case up.
        StoreIdRole,
    };
    Q_ENUM(Role)

    explicit CaseListModel(QObject *parent = nullptr);
    /// Drops pending fetches and waits for the worker.
    ~CaseListModel() override;

    /// Shows `rows` of `table` (a model reset). Case numbers are read from the store at
    /// `storeLocation`; `settings` and `asOf` give the Deadline and DaysLeft columns.
    void setRows(std::shared_ptr<const CaseTable> table, std::vector<quint32> rows,
        const QString &storeLocation, const IndicatorSettings &settings, QDate asOf);
    void clear();

    /// The CaseTable row of list row `row`.
    qint64 tableRow(int row) const;
    /// The case number of list row `row`; empty until fetched.
    QString caseNumber(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /// A chunk of case numbers arrived (after dataChanged()); for tests and busy indicators.
    void caseNumbersFetched(int firstRow, int lastRow);
    /// The store could not be read (translated message naming the store).
    void fetchFailed(const QString &error);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace caseload
