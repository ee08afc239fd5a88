#include "ImportHistoryModel.h"

#include <QColor>
#include <QFileInfo>
#include <QLocale>

namespace caseload {

void ImportHistoryModel::setHistory(const QList<ImportRecord> &history)
{
    beginResetModel();
    m_history = history;
    endResetModel();
}

bool ImportHistoryModel::countsAddUp(const ImportRecord &record)
{
    return record.rowsRead == record.accepted + record.rejected
        && record.accepted == record.inserted + record.updated + record.unchanged + record.older;
}

int ImportHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_history.size());
}

int ImportHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ImportHistoryModel::countsText(const ImportRecord &r) const
{
    const QLocale l;
    QString text = tr("read %1 = accepted %2 + rejected %3; accepted %2 = inserted %4 + updated %5 + unchanged %6")
                       .arg(l.toString(r.rowsRead), l.toString(r.accepted), l.toString(r.rejected),
                           l.toString(r.inserted), l.toString(r.updated), l.toString(r.unchanged));
    if (r.older > 0) {
        text += tr(" + older %1 (the database holds a newer state of these cases: not applied)")
                    .arg(l.toString(r.older));
    }
    return text;
}

QVariant ImportHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_history.size())
        return {};
    const ImportRecord &r = m_history[index.row()];
    const QLocale locale;
    const auto count = [&](qint64 value) -> QVariant {
        if (role == SortRole)
            return value;
        return locale.toString(value);
    };
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        switch (index.column()) {
        case File:
            return r.fileName;
        case ImportedAt:
            if (role == SortRole)
                return r.importedAt;
            return r.importedAt.isValid()
                ? locale.toString(r.importedAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"))
                : QString();
        case Encoding:
            return r.encoding;
        case Read:
            return count(r.rowsRead);
        case Accepted:
            return count(r.accepted);
        case Rejected:
            return count(r.rejected);
        case Inserted:
            return count(r.inserted);
        case Updated:
            return count(r.updated);
        case Unchanged:
            return count(r.unchanged);
        case Check:
            if (role == SortRole)
                return countsAddUp(r);
            return countsAddUp(r) ? tr("✓ %1 = %2 + %3")
                                        .arg(locale.toString(r.rowsRead), locale.toString(r.accepted),
                                            locale.toString(r.rejected))
                                  : tr("✗ %1 ≠ %2 + %3")
                                        .arg(locale.toString(r.rowsRead), locale.toString(r.accepted),
                                            locale.toString(r.rejected));
        case RejectReport:
            return r.rejectReportPath.isEmpty() ? QString() : QFileInfo(r.rejectReportPath).fileName();
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case File:
            return tr("%1\nSHA-256 %2").arg(r.fileName, r.sha256);
        case ImportedAt:
            return r.importedAt.isValid()
                ? tr("%1 (UTC %2)")
                      .arg(locale.toString(r.importedAt.toLocalTime(), QLocale::LongFormat),
                          r.importedAt.toUTC().toString(Qt::ISODate))
                : QString();
        case RejectReport:
            return r.rejectReportPath.isEmpty() ? tr("No reject report") : r.rejectReportPath;
        default:
            return countsText(r);
        }
    case Qt::TextAlignmentRole:
        if (index.column() >= Read && index.column() <= Unchanged)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (index.column() == Check && !countsAddUp(r))
            return QColor(Qt::red);
        break;
    default:
        break;
    }
    return {};
}

QVariant ImportHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == Check)
        return tr(
            "Whether the counts add up: read = accepted + rejected, and accepted = inserted + updated + "
            "unchanged + older (rows of cases the database holds in a newer state, not applied)");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case File:
        return tr("File");
    case ImportedAt:
        return tr("Imported");
    case Encoding:
        return tr("Encoding");
    case Read:
        return tr("Read");
    case Accepted:
        return tr("Accepted");
    case Rejected:
        return tr("Rejected");
    case Inserted:
        return tr("Inserted");
    case Updated:
        return tr("Updated");
    case Unchanged:
        return tr("Unchanged");
    case Check:
        return tr("Check");
    case RejectReport:
        return tr("Reject report");
    }
    return {};
}

void ImportHistoryModel::retranslate()
{
    if (!m_history.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

} // namespace caseload
