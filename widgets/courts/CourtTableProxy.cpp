#include "CourtTableProxy.h"

#include "analytics/CourtComparisonModel.h"
#include "charts/ChartStyle.h"

#include <QFont>

namespace caseload {

CourtTableProxy::CourtTableProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(CourtComparisonModel::SortRole);
    setSortLocaleAware(true);
}

void CourtTableProxy::setPalette(const QPalette &palette)
{
    m_palette = palette;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {Qt::ForegroundRole});
}

void CourtTableProxy::setMarkedCourts(const QStringList &courts)
{
    QSet<QString> marked(courts.cbegin(), courts.cend());
    if (marked == m_marked)
        return;
    m_marked = std::move(marked);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {Qt::FontRole});
}

bool CourtTableProxy::isMarked(int sourceRow) const
{
    const auto *model = qobject_cast<const CourtComparisonModel *>(sourceModel());
    const CourtRow *row = model ? model->row(sourceRow) : nullptr;
    return row && (m_marked.contains(row->name) || (!row->code.isEmpty() && m_marked.contains(row->code)));
}

QVariant CourtTableProxy::data(const QModelIndex &index, int role) const
{
    if (role == Qt::ForegroundRole) {
        const QVariant meets = QSortFilterProxyModel::data(index, CourtComparisonModel::MeetsTargetRole);
        if (meets.isValid()) {
            return chartStyle::color(
                meets.toBool() ? chartStyle::Role::Good : chartStyle::Role::Bad, m_palette);
        }
        return QSortFilterProxyModel::data(index, role);
    }
    if (role == Qt::FontRole && index.isValid() && isMarked(mapToSource(index).row())) {
        QFont font;
        font.setBold(true);
        return font;
    }
    return QSortFilterProxyModel::data(index, role);
}

} // namespace caseload
