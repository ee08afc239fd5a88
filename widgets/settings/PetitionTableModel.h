#pragma once

#include "domain/PetitionFigure.h"

#include <QAbstractTableModel>
#include <QList>

namespace caseload {

/// Hand-entered petition figures (indicator 3) being edited: one row per court and period. Edits are
/// kept as entered; validate() checks every row by Store::setPetition's rules (a court, a valid period
/// with from <= to, received >= 0, 0 <= resolved <= received) and that no court and period appears
/// twice. Cells at fault show a warning icon and say why in their tooltip.
class PetitionTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Court, From, To, Received, Resolved, ColumnCount };

    /// A row's first problem.
    struct Problem
    {
        int row = -1;
        int column = -1;
        QString message; ///< translated, names the field: "Row 2, Resolved: ..."
    };

    using QAbstractTableModel::QAbstractTableModel;

    const QList<PetitionFigure> &figures() const { return m_figures; }
    /// Replaces every row (a real reset).
    void setFigures(const QList<PetitionFigure> &figures);
    /// Appends `figure`; returns its row.
    int addFigure(const PetitionFigure &figure);
    void removeFigure(int row);

    /// The first problem of each row at fault, in row order; empty when every row can be saved.
    QList<Problem> validate() const;
    /// The first problem of `row`; message empty when none.
    Problem problem(int row) const;
    /// The translated name of `column` ("Resolved").
    static QString columnName(int column);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    /// Re-reads the translated texts (the page calls it on QEvent::LanguageChange).
    void retranslate();

Q_SIGNALS:
    /// Rows were edited, added or removed.
    void edited();

private:
    QList<PetitionFigure> m_figures;
};

} // namespace caseload
