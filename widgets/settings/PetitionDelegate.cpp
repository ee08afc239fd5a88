#include "PetitionDelegate.h"

#include "PetitionTableModel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QSpinBox>

#include <limits>

namespace caseload {

QWidget *PetitionDelegate::createEditor(
    QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    switch (index.column()) {
    case PetitionTableModel::Court: {
        auto *box = new QComboBox(parent);
        box->setEditable(true);
        box->setInsertPolicy(QComboBox::NoInsert);
        box->addItems(m_courts);
        return box;
    }
    case PetitionTableModel::From:
    case PetitionTableModel::To: {
        auto *edit = new QDateEdit(parent);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        return edit;
    }
    case PetitionTableModel::Received:
    case PetitionTableModel::Resolved: {
        auto *box = new QSpinBox(parent);
        box->setRange(0, std::numeric_limits<int>::max());
        box->setGroupSeparatorShown(true);
        return box;
    }
    default:
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
}

void PetitionDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QVariant value = index.data(Qt::EditRole);
    if (auto *box = qobject_cast<QComboBox *>(editor))
        box->setCurrentText(value.toString());
    else if (auto *edit = qobject_cast<QDateEdit *>(editor))
        edit->setDate(value.toDate().isValid() ? value.toDate() : QDate::currentDate());
    else if (auto *spin = qobject_cast<QSpinBox *>(editor))
        spin->setValue(int(std::min<qint64>(value.toLongLong(), std::numeric_limits<int>::max())));
    else
        QStyledItemDelegate::setEditorData(editor, index);
}

void PetitionDelegate::setModelData(
    QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *box = qobject_cast<QComboBox *>(editor))
        model->setData(index, box->currentText().trimmed());
    else if (auto *edit = qobject_cast<QDateEdit *>(editor))
        model->setData(index, edit->date());
    else if (auto *spin = qobject_cast<QSpinBox *>(editor))
        model->setData(index, qint64(spin->value()));
    else
        QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace caseload
