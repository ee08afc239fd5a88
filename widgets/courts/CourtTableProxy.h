#pragma once

#include <QPalette>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QString>

namespace caseload {

/// Sorts a CourtComparisonModel by its SortRole and dresses it for the Courts page's table: cells
/// that meet their target in the "good" colour, those that miss it in the "bad" one (ChartStyle),
/// and the courts of the court filter in bold.
class CourtTableProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit CourtTableProxy(QObject *parent = nullptr);

    /// The palette the colours are chosen for (the table's).
    void setPalette(const QPalette &palette);
    /// The courts of the court filter (names or codes).
    void setMarkedCourts(const QStringList &courts);
    /// True when the court of source row `sourceRow` is in the court filter.
    bool isMarked(int sourceRow) const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QPalette m_palette;
    QSet<QString> m_marked;
};

} // namespace caseload
