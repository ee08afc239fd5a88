#include "MeasureUsageModel.h"

#include "MeasureText.h"

#include <QLocale>

#include <optional>

namespace caseload {

namespace {

QString percent(const std::optional<double> &value)
{
    return value ? QLocale().toString(*value * 100, 'f', 1) + u'%' : QStringLiteral("—");
}

QVariant number(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant();
}

} // namespace

void MeasureUsageModel::setResult(const AnalyticsResult &result)
{
    beginResetModel();
    m_usage = result.measures;
    m_measures.clear();
    for (int m = 0; m < CaseTable::MeasureCount; ++m) {
        if (result.measures[size_t(m)].available)
            m_measures.append(CaseTable::Measure(m));
    }
    endResetModel();
}

int MeasureUsageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_measures.size());
}

int MeasureUsageModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MeasureUsageModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_measures.size())
        return {};
    const CaseTable::Measure m = m_measures[index.row()];
    const MeasureUsage &u = m_usage[size_t(m)];
    const QLocale locale;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name:
            return measureText::name(m);
        case Used:
            return tr("%1 of %2").arg(locale.toString(u.used), locale.toString(u.cases));
        case Share:
            return percent(u.share);
        case MedianDays:
            return u.medianDaysFromFiling ? locale.toString(*u.medianDaysFromFiling, 'f', 1)
                                          : QStringLiteral("—");
        case RecoveryWith:
            return percent(u.recoveryWith);
        case RecoveryWithout:
            return percent(u.recoveryWithout);
        case PerformedWith:
            return percent(u.performedShareWith);
        case PerformedWithout:
            return percent(u.performedShareWithout);
        }
    } else if (role == ValueRole) {
        switch (index.column()) {
        case Name:
            return measureText::name(m);
        case Used:
            return u.used;
        case Share:
            return number(u.share);
        case MedianDays:
            return number(u.medianDaysFromFiling);
        case RecoveryWith:
            return number(u.recoveryWith);
        case RecoveryWithout:
            return number(u.recoveryWithout);
        case PerformedWith:
            return number(u.performedShareWith);
        case PerformedWithout:
            return number(u.performedShareWithout);
        }
    } else if (role == Qt::TextAlignmentRole) {
        return index.column() == Name ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                      : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    } else if (role == Qt::ToolTipRole && index.column() == Name) {
        return tr("Column %1 in the export").arg(measureText::columnHeader(m));
    }
    return {};
}

QVariant MeasureUsageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Name:
            return tr("Measure");
        case Used:
            return tr("Cases with it");
        case Share:
            return tr("Share");
        case MedianDays:
            return tr("Median days from filing");
        case RecoveryWith:
            return tr("Recovery with");
        case RecoveryWithout:
            return tr("Recovery without");
        case PerformedWith:
            return tr("Performed with");
        case PerformedWithout:
            return tr("Performed without");
        }
    } else if (role == Qt::ToolTipRole) {
        switch (section) {
        case Used:
            return tr("Cases filed in the period with the measure dated on or before the as-of date, "
                      "of all cases filed in the period");
        case Share:
            return tr("Share of the cases filed in the period that have the measure");
        case MedianDays:
            return tr("Median days from filing to the measure");
        case RecoveryWith:
        case RecoveryWithout:
            return tr("Recovery ratio (amount recovered ÷ amount applied) of the cases closed by the "
                      "as-of date, with or without the measure");
        case PerformedWith:
        case PerformedWithout:
            return tr("Share closed as 执行完毕 (performed) among the cases closed by the as-of date, "
                      "with or without the measure");
        }
    }
    return {};
}

void MeasureUsageModel::retranslate()
{
    if (!m_measures.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

} // namespace caseload
