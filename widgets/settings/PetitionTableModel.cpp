#include "PetitionTableModel.h"

#include <QApplication>
#include <QLocale>
#include <QStyle>

namespace caseload {

void PetitionTableModel::setFigures(const QList<PetitionFigure> &figures)
{
    beginResetModel();
    m_figures = figures;
    endResetModel();
}

int PetitionTableModel::addFigure(const PetitionFigure &figure)
{
    const int row = int(m_figures.size());
    beginInsertRows({}, row, row);
    m_figures.append(figure);
    endInsertRows();
    Q_EMIT edited();
    return row;
}

void PetitionTableModel::removeFigure(int row)
{
    if (row < 0 || row >= m_figures.size())
        return;
    beginRemoveRows({}, row, row);
    m_figures.removeAt(row);
    endRemoveRows();
    // A duplicate elsewhere may have stopped being one.
    if (!m_figures.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT edited();
}

QString PetitionTableModel::columnName(int column)
{
    switch (column) {
    case Court:
        return tr("Court");
    case From:
        return tr("From");
    case To:
        return tr("To");
    case Received:
        return tr("Received");
    case Resolved:
        return tr("Resolved");
    }
    return {};
}

PetitionTableModel::Problem PetitionTableModel::problem(int row) const
{
    Problem p;
    if (row < 0 || row >= m_figures.size())
        return p;
    const PetitionFigure &f = m_figures[row];
    const QString court = f.court.trimmed();
    const QLocale locale;
    auto fail = [&](int column, const QString &why) {
        p.row = row;
        p.column = column;
        p.message = tr("Row %1, %2: %3").arg(row + 1).arg(columnName(column), why);
        return p;
    };
    if (court.isEmpty())
        return fail(Court, tr("enter the court the figures are for"));
    if (!f.from.isValid())
        return fail(From, tr("enter the first day of the period"));
    if (!f.to.isValid())
        return fail(To, tr("enter the last day of the period"));
    if (f.from > f.to)
        return fail(To,
            tr("the period ends (%1) before it starts (%2)")
                .arg(f.to.toString(Qt::ISODate), f.from.toString(Qt::ISODate)));
    if (f.received < 0)
        return fail(Received, tr("cannot be negative (%1)").arg(locale.toString(f.received)));
    if (f.resolved < 0)
        return fail(Resolved, tr("cannot be negative (%1)").arg(locale.toString(f.resolved)));
    if (f.resolved > f.received)
        return fail(Resolved,
            tr("%1 resolved is more than the %2 received")
                .arg(locale.toString(f.resolved), locale.toString(f.received)));
    for (int other = 0; other < row; ++other) {
        const PetitionFigure &o = m_figures[other];
        if (o.court.trimmed() == court && o.from == f.from && o.to == f.to)
            return fail(
                From, tr("row %1 already has figures for %2 in this period").arg(other + 1).arg(court));
    }
    return p;
}

QList<PetitionTableModel::Problem> PetitionTableModel::validate() const
{
    QList<Problem> problems;
    for (int row = 0; row < m_figures.size(); ++row) {
        Problem p = problem(row);
        if (!p.message.isEmpty())
            problems.append(p);
    }
    return problems;
}

int PetitionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_figures.size());
}

int PetitionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PetitionTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_figures.size())
        return {};
    const PetitionFigure &f = m_figures[index.row()];
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case Court:
            return f.court;
        case From:
            return role == Qt::EditRole ? QVariant(f.from) : QVariant(f.from.toString(Qt::ISODate));
        case To:
            return role == Qt::EditRole ? QVariant(f.to) : QVariant(f.to.toString(Qt::ISODate));
        case Received:
            return role == Qt::EditRole ? QVariant(f.received) : QVariant(QLocale().toString(f.received));
        case Resolved:
            return role == Qt::EditRole ? QVariant(f.resolved) : QVariant(QLocale().toString(f.resolved));
        }
    } else if (role == Qt::TextAlignmentRole) {
        return index.column() >= Received ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                          : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    } else if (role == Qt::DecorationRole || role == Qt::ToolTipRole) {
        const Problem p = problem(index.row());
        if (p.column != index.column())
            return {};
        if (role == Qt::ToolTipRole)
            return p.message;
        return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    }
    return {};
}

bool PetitionTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.row() >= m_figures.size())
        return false;
    PetitionFigure &f = m_figures[index.row()];
    switch (index.column()) {
    case Court:
        f.court = value.toString().trimmed();
        break;
    case From:
        f.from = value.toDate();
        break;
    case To:
        f.to = value.toDate();
        break;
    case Received:
        f.received = value.toLongLong();
        break;
    case Resolved:
        f.resolved = value.toLongLong();
        break;
    default:
        return false;
    }
    // A change can make or unmake problems in other cells and rows (duplicates).
    Q_EMIT dataChanged(this->index(0, 0), this->index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT edited();
    return true;
}

QVariant PetitionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return columnName(section);
    return {};
}

Qt::ItemFlags PetitionTableModel::flags(const QModelIndex &index) const
{
    return QAbstractTableModel::flags(index) | Qt::ItemIsEditable;
}

void PetitionTableModel::retranslate()
{
    if (!m_figures.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

} // namespace caseload
