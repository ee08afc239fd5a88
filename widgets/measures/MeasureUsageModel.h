#pragma once

#include "analytics/AnalyticsResult.h"
#include "analytics/CaseTable.h"

#include <QAbstractTableModel>
#include <QList>

#include <array>

namespace caseload {

/// MeasureUsage of each measure the data has, one row per measure: cases with it, share of the cases
/// filed in the period, median days from filing, and recovery and performed share with and without it.
class MeasureUsageModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Name,
        Used,
        Share,
        MedianDays,
        RecoveryWith,
        RecoveryWithout,
        PerformedWith,
        PerformedWithout,
        ColumnCount
    };
    enum Role {
        /// The figure as a number (double, or qint64 for Used); invalid when not computable.
        ValueRole = Qt::UserRole,
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setResult(const AnalyticsResult &result);
    /// The measure shown in `row`.
    CaseTable::Measure measure(int row) const { return m_measures.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Re-reads the translated names (the view calls it on QEvent::LanguageChange).
    void retranslate();

private:
    QList<CaseTable::Measure> m_measures;
    std::array<MeasureUsage, CaseTable::MeasureCount> m_usage;
};

} // namespace caseload
