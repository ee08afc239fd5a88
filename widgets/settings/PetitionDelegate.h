#pragma once

#include <QStringList>
#include <QStyledItemDelegate>

namespace caseload {

/// Editors for PetitionTableModel: a court picker (the courts of the data, or any name typed), date
/// editors with a calendar, and counts from 0.
class PetitionDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    /// The court names offered by the court picker.
    void setCourts(const QStringList &courts) { m_courts = courts; }

    QWidget *createEditor(
        QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    QStringList m_courts;
};

} // namespace caseload
