#include "CourtComparisonModel.h"

#include <QLocale>
#include <QStringList>

#include <utility>

namespace caseload {

namespace {

const QString kNotComputable = QStringLiteral("—");

QString percent(double share)
{
    return QLocale().toString(share * 100, 'f', 1) + u'%';
}

// Targets are round numbers (90%, 87.5%): no trailing zeros.
QString targetPercent(double target)
{
    return QLocale().toString(target * 100, 'g', 4) + u'%';
}

QString days(double value)
{
    return QLocale().toString(value, 'f', 0);
}

const CoreIndicator *indicatorOf(const CourtRow &row, int column)
{
    if (column < CourtComparisonModel::Indicator1 || column > CourtComparisonModel::Indicator4)
        return nullptr;
    return &row.indicators[column - CourtComparisonModel::Indicator1];
}

bool hasValue(const CoreIndicator &indicator)
{
    return indicator.computable && indicator.value.has_value();
}

// The optional flow figure shown in `column`, or nullptr for other columns.
const std::optional<double> *flowValue(const CourtRow &row, int column)
{
    switch (column) {
    case CourtComparisonModel::ClearanceRate:
        return &row.clearanceRate;
    case CourtComparisonModel::DispositionTime:
        return &row.dispositionTimeDays;
    case CourtComparisonModel::MedianDays:
        return &row.medianDaysToClose;
    case CourtComparisonModel::WithinLimitShare:
        return &row.withinLimitShare;
    case CourtComparisonModel::RecoveryRatio:
        return &row.recoveryRatio;
    default:
        return nullptr;
    }
}

} // namespace

CourtComparisonModel::CourtComparisonModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void CourtComparisonModel::setRows(std::vector<CourtRow> rows, const IndicatorSettings &settings)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_settings = settings;
    endResetModel();
}

const CourtRow *CourtComparisonModel::row(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    return &m_rows[size_t(row)];
}

int CourtComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CourtComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CourtComparisonModel::data(const QModelIndex &index, int role) const
{
    // An invalid index is a normal request (no cell); checkIndex() warns about the abnormal ones.
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const CourtRow &r = m_rows[size_t(index.row())];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(r, column);
    case Qt::ToolTipRole:
        return toolTip(r, column);
    case Qt::TextAlignmentRole:
        if (column == Court || column == Group)
            return int(Qt::AlignLeft | Qt::AlignVCenter);
        if (column == MeetsStandard)
            return int(Qt::AlignCenter);
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case SortRole:
        return sortValue(r, column);
    case MeetsTargetRole:
        return meetsTarget(r, column);
    case CourtIdRole:
        return r.courtId;
    default:
        return {};
    }
}

QVariant CourtComparisonModel::display(const CourtRow &row, int column) const
{
    const QLocale locale;
    if (const CoreIndicator *indicator = indicatorOf(row, column))
        return hasValue(*indicator) ? percent(*indicator->value) : kNotComputable;
    if (const std::optional<double> *value = flowValue(row, column)) {
        if (!value->has_value())
            return kNotComputable;
        return column == DispositionTime || column == MedianDays ? days(**value) : percent(**value);
    }
    switch (column) {
    case Rank:
        return locale.toString(row.rank);
    case Court:
        return row.name;
    case Group:
        return row.group;
    case Filed:
        return locale.toString(row.filed);
    case Closed:
        return locale.toString(row.closed);
    case PendingEnd:
        return locale.toString(row.pendingEnd);
    case IndicatorsMet:
        return QStringLiteral("%1/%2").arg(
            locale.toString(row.indicatorsMet), locale.toString(row.indicatorsAvailable));
    case MeetsStandard:
        if (row.indicatorsAvailable == 0)
            return kNotComputable;
        return row.meetsStandard ? QStringLiteral("✓") : QStringLiteral("✗");
    default:
        return {};
    }
}

QVariant CourtComparisonModel::toolTip(const CourtRow &row, int column) const
{
    const QLocale locale;
    if (const CoreIndicator *indicator = indicatorOf(row, column)) {
        if (!hasValue(*indicator))
            return indicator->reason.isEmpty() ? tr("Not computable.") : indicator->reason;
        QString text = tr("%1 of %2; target ≥ %3")
                           .arg(locale.toString(indicator->numerator),
                               locale.toString(indicator->denominator), targetPercent(indicator->target));
        if (!indicator->checks.isEmpty()) {
            QStringList checks;
            for (const QString &key : indicator->checks) {
                if (key == QLatin1String("network_inquiry"))
                    checks.append(tr("network inquiry"));
                else if (key == QLatin1String("consumption_restriction"))
                    checks.append(tr("consumption restriction"));
                else if (key == QLatin1String("applicant_interview"))
                    checks.append(tr("applicant interview"));
                else if (key == QLatin1String("dishonest_list"))
                    checks.append(tr("dishonest-debtor list"));
                else
                    checks.append(key);
            }
            text += u'\n' + tr("Checks: %1").arg(checks.join(QStringLiteral(", ")));
        }
        return text;
    }
    if (const std::optional<double> *value = flowValue(row, column)) {
        if (value->has_value())
            return {};
        switch (column) {
        case ClearanceRate:
            return tr("No cases were filed in the period.");
        case RecoveryRatio:
            return tr(
                "No case closed in the period has both the amount applied for and the amount recovered.");
        default:
            return tr("No cases were closed in the period.");
        }
    }
    switch (column) {
    case Court:
        return row.code.isEmpty() ? QVariant() : tr("Court code: %1").arg(row.code);
    case IndicatorsMet:
    case MeetsStandard:
        if (row.indicatorsAvailable == 0)
            return tr("No indicator is computable for this court.");
        return tr("%1 of the %2 computable indicators met")
            .arg(locale.toString(row.indicatorsMet), locale.toString(row.indicatorsAvailable));
    default:
        return {};
    }
}

QVariant CourtComparisonModel::sortValue(const CourtRow &row, int column) const
{
    if (const CoreIndicator *indicator = indicatorOf(row, column))
        return hasValue(*indicator) ? QVariant(*indicator->value) : QVariant();
    if (const std::optional<double> *value = flowValue(row, column))
        return value->has_value() ? QVariant(**value) : QVariant();
    switch (column) {
    case Rank:
        return row.rank;
    case Court:
        return row.name;
    case Group:
        return row.group;
    case Filed:
        return row.filed;
    case Closed:
        return row.closed;
    case PendingEnd:
        return row.pendingEnd;
    case IndicatorsMet:
        return row.indicatorsMet;
    case MeetsStandard:
        return row.indicatorsAvailable == 0 ? QVariant() : QVariant(int(row.meetsStandard));
    default:
        return {};
    }
}

QVariant CourtComparisonModel::meetsTarget(const CourtRow &row, int column) const
{
    if (const CoreIndicator *indicator = indicatorOf(row, column)) {
        if (!hasValue(*indicator))
            return {};
        // The analytics' verdict when it gave one, else the comparison it stands for.
        return indicator->meetsTarget.value_or(*indicator->value >= indicator->target);
    }
    switch (column) {
    case ClearanceRate:
        // DOMAIN.md: aim at 100% or more (the backlog does not grow).
        return row.clearanceRate ? QVariant(*row.clearanceRate >= 1.0) : QVariant();
    case IndicatorsMet:
    case MeetsStandard:
        return row.indicatorsAvailable == 0 ? QVariant() : QVariant(row.meetsStandard);
    default:
        return {};
    }
}

QVariant CourtComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::ToolTipRole)
        return headerToolTip(section);
    if (role == Qt::TextAlignmentRole)
        return section == Court || section == Group ? int(Qt::AlignLeft | Qt::AlignVCenter)
                                                    : int(Qt::AlignCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Rank:
        return tr("Rank");
    case Court:
        return tr("Court");
    case Group:
        return tr("Group");
    case Filed:
        return tr("Filed");
    case Closed:
        return tr("Closed");
    case PendingEnd:
        return tr("Pending at end");
    case ClearanceRate:
        return tr("Clearance rate");
    case DispositionTime:
        return tr("Disposition time (days)");
    case MedianDays:
        return tr("Median days to close");
    case WithinLimitShare:
        return tr("Closed within limit");
    case RecoveryRatio:
        return tr("Recovery ratio");
    case Indicator1:
        return tr("1. Actual closure");
    case Indicator2:
        return tr("2. Termination quality");
    case Indicator3:
        return tr("3. Petitions resolved");
    case Indicator4:
        return tr("4. Overall closure");
    case IndicatorsMet:
        return tr("Indicators met");
    case MeetsStandard:
        return tr("Meets standard");
    default:
        return {};
    }
}

QString CourtComparisonModel::headerToolTip(int section) const
{
    switch (section) {
    case Rank:
        return tr("Position among these courts: more indicators met first, then higher clearance rate, then "
                  "name.");
    case Court:
        return tr("The court; its code is in the cell's tooltip.");
    case Group:
        return tr("The intermediate-court group the court belongs to.");
    case Filed:
        return tr("Cases filed in the period.");
    case Closed:
        return tr("Cases closed in the period, by any method.");
    case PendingEnd:
        return tr("Cases filed on or before the period's last day and not closed by then.");
    case ClearanceRate:
        return tr("Cases closed ÷ cases filed in the period; at 100% or more the backlog does not grow.");
    case DispositionTime:
        return tr("Days the cases pending at the end would take to clear at the period's pace: days in the "
                  "period × pending at end ÷ closed (CEPEJ).");
    case MedianDays:
        return tr("Median days from filing to closure of the cases closed in the period.");
    case WithinLimitShare:
        return tr(
            "Share of the cases closed in the period that closed by their deadline: filing + %1 months + "
            "extension + deducted days.")
            .arg(m_settings.timeLimitMonths);
    case RecoveryRatio:
        return tr(
            "Amount recovered ÷ amount applied for, over the cases closed in the period with both amounts.");
    case Indicator1:
        return tr(
            "Indicator 1: cases with property closed as performed by their deadline, out of those due or "
            "closed in the period; target ≥ %1.")
            .arg(targetPercent(m_settings.targetActualClosure));
    case Indicator2:
        return tr(
            "Indicator 2: procedural closures (终本) passing the checks the data supports, out of those "
            "checked; target ≥ %1.")
            .arg(targetPercent(m_settings.targetTerminationQuality));
    case Indicator3:
        return tr(
            "Indicator 3: execution petitions resolved, from the figures entered for the court; target ≥ "
            "%1.")
            .arg(targetPercent(m_settings.targetPetitionsResolved));
    case Indicator4:
        return tr("Indicator 4: closures ÷ (pending at start + filed) over the %n-year window ending with "
                  "the period; "
                  "target ≥ %1.",
            nullptr, m_settings.overallClosureYears)
            .arg(targetPercent(m_settings.targetOverallClosure));
    case IndicatorsMet:
        return tr("Indicators 1-4 met, out of those computable for the court.");
    case MeetsStandard:
        return tr("Whether the court meets every computable indicator (at least one must be computable); "
                  "indicator 5 is the share of courts that do.");
    default:
        return {};
    }
}

QHash<int, QByteArray> CourtComparisonModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SortRole, QByteArrayLiteral("sortValue"));
    names.insert(MeetsTargetRole, QByteArrayLiteral("meetsTarget"));
    names.insert(CourtIdRole, QByteArrayLiteral("courtId"));
    return names;
}

} // namespace caseload
