#pragma once

#include "AnalyticsResult.h"
#include "IndicatorSettings.h"

#include <QAbstractTableModel>
#include <QByteArray>
#include <QHash>

#include <vector>

namespace caseload {

/// The per-court indicators (AnalyticsResult::courts) as a table, one row per court, for the
/// dashboard's side-by-side comparison. Values that cannot be computed show an em dash with the reason
/// as their tooltip. QtCore only: instead of colours it exposes MeetsTargetRole for a delegate.
/// Sort through a QSortFilterProxyModel with setSortRole(SortRole).
class CourtComparisonModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Rank,
        Court,
        Group,
        Filed,
        Closed,
        PendingEnd,
        ClearanceRate,
        DispositionTime, ///< days
        MedianDays, ///< days from filing to closure
        WithinLimitShare, ///< net (deadline with extension and deductions)
        RecoveryRatio,
        Indicator1,
        Indicator2,
        Indicator3,
        Indicator4,
        IndicatorsMet, ///< "met/available"
        MeetsStandard,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        /// The raw value to sort by (number, or the name for text columns); invalid when the value is
        /// not computable, which QSortFilterProxyModel puts last in ascending order.
        SortRole = Qt::UserRole,
        /// Whether the cell meets its target, as bool (indicators 1-4; clearance rate, aim 100%;
        /// IndicatorsMet and MeetsStandard, the court's standard); invalid when not computable or the
        /// column has no target. Lets a delegate colour the cells.
        MeetsTargetRole,
        /// The court's id (CourtRow::courtId), in every column, to act on the court behind a row.
        CourtIdRole,
    };
    Q_ENUM(Role)

    explicit CourtComparisonModel(QObject *parent = nullptr);

    /// Replaces every row (a model reset); `settings` supplies the targets named in the headers.
    void setRows(std::vector<CourtRow> rows, const IndicatorSettings &settings);
    /// The court of `row`, or nullptr when out of range.
    const CourtRow *row(int row) const;
    const IndicatorSettings &settings() const { return m_settings; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QVariant display(const CourtRow &row, int column) const;
    QVariant toolTip(const CourtRow &row, int column) const;
    QVariant sortValue(const CourtRow &row, int column) const;
    QVariant meetsTarget(const CourtRow &row, int column) const;
    QString headerToolTip(int section) const;

    std::vector<CourtRow> m_rows;
    IndicatorSettings m_settings;
};

} // namespace caseload
