#include "CourtGroupsEditor.h"

#include "ErrorLabel.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace caseload {

namespace {

constexpr int NameRole = Qt::UserRole; // the group or court name the item stands for (its text may be edited)

} // namespace

CourtGroupsEditor::CourtGroupsEditor(QWidget *parent)
    : QWidget(parent)
    , m_groupsLabel(new QLabel)
    , m_groupList(new QListWidget)
    , m_add(new QPushButton)
    , m_rename(new QPushButton)
    , m_delete(new QPushButton)
    , m_courtsLabel(new QLabel)
    , m_search(new QLineEdit)
    , m_courtList(new QListWidget)
    , m_error(new ErrorLabel)
{
    m_groupsLabel->setBuddy(m_groupList);
    m_courtsLabel->setBuddy(m_courtList);
    m_groupList->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    m_search->setClearButtonEnabled(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_rename);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    auto *left = new QVBoxLayout;
    left->addWidget(m_groupsLabel);
    left->addWidget(m_groupList, 1);
    left->addLayout(buttons);
    auto *right = new QVBoxLayout;
    right->addWidget(m_courtsLabel);
    right->addWidget(m_search);
    right->addWidget(m_courtList, 1);
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(left, 0, 0);
    layout->addLayout(right, 0, 1);
    layout->addWidget(m_error, 1, 0, 1, 2);
    layout->setColumnStretch(0, 2);
    layout->setColumnStretch(1, 3);

    setTabOrder(m_groupList, m_add);
    setTabOrder(m_add, m_rename);
    setTabOrder(m_rename, m_delete);
    setTabOrder(m_delete, m_search);
    setTabOrder(m_search, m_courtList);

    connect(m_add, &QPushButton::clicked, this, [this] {
        QString name;
        for (int n = 1;; ++n) {
            name = tr("Group %1").arg(n);
            if (!m_groups.contains(name))
                break;
        }
        if (addGroup(name)) {
            if (!m_groupList->selectedItems().isEmpty())
                m_groupList->editItem(m_groupList->selectedItems().constFirst());
        }
    });
    connect(m_rename, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_groupList->currentItem())
            m_groupList->editItem(item);
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        const QString group = currentGroup();
        if (!group.isEmpty())
            removeGroup(group);
    });
    connect(m_groupList, &QListWidget::itemChanged, this, &CourtGroupsEditor::onGroupEdited);
    connect(m_groupList, &QListWidget::currentItemChanged, this, [this] {
        if (m_filling)
            return;
        fillCourts();
        updateButtons();
    });
    connect(m_courtList, &QListWidget::itemChanged, this, &CourtGroupsEditor::onCourtToggled);
    connect(m_search, &QLineEdit::textChanged, this, &CourtGroupsEditor::applyCourtFilter);
    retranslate();
    fillGroups();
}

void CourtGroupsEditor::setGroups(const QMap<QString, QStringList> &groups)
{
    m_groups = groups;
    showError({});
    fillGroups();
}

void CourtGroupsEditor::setCourts(const QStringList &courts)
{
    if (courts == m_courts)
        return;
    m_courts = courts;
    fillCourts();
}

bool CourtGroupsEditor::checkName(const QString &name, const QString &except, QString *error) const
{
    QString message;
    if (name.isEmpty())
        message = tr("A court group needs a name.");
    else if (name != except && m_groups.contains(name))
        message = tr("There is already a court group named %1.").arg(name);
    if (message.isEmpty())
        return true;
    if (error)
        *error = message;
    return false;
}

bool CourtGroupsEditor::addGroup(const QString &name, QString *error)
{
    const QString trimmed = name.trimmed();
    QString message;
    if (!checkName(trimmed, {}, &message)) {
        showError(message);
        if (error)
            *error = message;
        return false;
    }
    m_groups.insert(trimmed, {});
    showError({});
    fillGroups();
    setCurrentGroup(trimmed);
    Q_EMIT changed();
    return true;
}

bool CourtGroupsEditor::renameGroup(const QString &from, const QString &to, QString *error)
{
    const QString trimmed = to.trimmed();
    QString message;
    if (!m_groups.contains(from))
        message = tr("There is no court group named %1.").arg(from);
    else
        checkName(trimmed, from, &message);
    if (!message.isEmpty()) {
        showError(message);
        if (error)
            *error = message;
        fillGroups(); // back to the old name in the list
        return false;
    }
    showError({});
    if (trimmed == from) {
        fillGroups();
        return true;
    }
    m_groups.insert(trimmed, m_groups.take(from));
    fillGroups();
    setCurrentGroup(trimmed);
    Q_EMIT changed();
    return true;
}

void CourtGroupsEditor::removeGroup(const QString &name)
{
    if (m_groups.remove(name) == 0)
        return;
    showError({});
    fillGroups();
    Q_EMIT changed();
}

void CourtGroupsEditor::setMember(const QString &group, const QString &court, bool member)
{
    auto it = m_groups.find(group);
    const QString name = court.trimmed();
    if (it == m_groups.end() || name.isEmpty())
        return;
    if (member == it->contains(name))
        return;
    if (member) {
        it->append(name);
        it->sort();
    } else {
        it->removeAll(name);
    }
    if (group == currentGroup())
        fillCourts();
    Q_EMIT changed();
}

QString CourtGroupsEditor::currentGroup() const
{
    const QListWidgetItem *item = m_groupList->currentItem();
    return item ? item->data(NameRole).toString() : QString();
}

void CourtGroupsEditor::setCurrentGroup(const QString &name)
{
    for (int row = 0; row < m_groupList->count(); ++row) {
        if (m_groupList->item(row)->data(NameRole).toString() == name) {
            m_groupList->setCurrentRow(row);
            return;
        }
    }
}

void CourtGroupsEditor::fillGroups()
{
    const QString current = currentGroup();
    m_filling = true;
    m_groupList->clear();
    for (auto it = m_groups.cbegin(); it != m_groups.cend(); ++it) {
        auto *item = new QListWidgetItem(it.key(), m_groupList);
        item->setData(NameRole, it.key());
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        item->setToolTip(tr("%1: %2").arg(it.key(), it->join(QStringLiteral("、"))));
    }
    m_filling = false;
    setCurrentGroup(current);
    if (!m_groupList->currentItem() && m_groupList->count() > 0)
        m_groupList->setCurrentRow(0);
    fillCourts();
    updateButtons();
}

void CourtGroupsEditor::fillCourts()
{
    const QString group = currentGroup();
    const QStringList members = m_groups.value(group);
    QStringList courts = m_courts;
    for (const QStringList &list : std::as_const(m_groups)) {
        for (const QString &court : list) {
            if (!courts.contains(court))
                courts.append(court);
        }
    }
    std::sort(courts.begin(), courts.end(),
        [](const QString &a, const QString &b) { return QString::localeAwareCompare(a, b) < 0; });
    m_filling = true;
    m_courtList->clear();
    for (const QString &court : std::as_const(courts)) {
        auto *item = new QListWidgetItem(court, m_courtList);
        item->setData(NameRole, court);
        item->setFlags(group.isEmpty() ? Qt::NoItemFlags : (Qt::ItemIsEnabled | Qt::ItemIsUserCheckable));
        item->setCheckState(members.contains(court) ? Qt::Checked : Qt::Unchecked);
    }
    m_filling = false;
    applyCourtFilter();
}

void CourtGroupsEditor::applyCourtFilter()
{
    const QString text = m_search->text().trimmed();
    for (int row = 0; row < m_courtList->count(); ++row) {
        QListWidgetItem *item = m_courtList->item(row);
        item->setHidden(!text.isEmpty() && !item->text().contains(text, Qt::CaseInsensitive));
    }
}

void CourtGroupsEditor::onGroupEdited(QListWidgetItem *item)
{
    if (m_filling)
        return;
    const QString from = item->data(NameRole).toString();
    // Deferred: renaming rebuilds the list, which must not happen inside the item's own signal.
    QMetaObject::invokeMethod(
        this, [this, from, to = item->text()] { renameGroup(from, to); }, Qt::QueuedConnection);
}

void CourtGroupsEditor::onCourtToggled(QListWidgetItem *item)
{
    if (m_filling)
        return;
    const QString group = currentGroup();
    auto it = m_groups.find(group);
    if (it == m_groups.end())
        return;
    const QString court = item->data(NameRole).toString();
    if (item->checkState() == Qt::Checked) {
        if (!it->contains(court)) {
            it->append(court);
            it->sort();
        }
    } else {
        it->removeAll(court);
    }
    if (QListWidgetItem *groupItem = m_groupList->currentItem())
        groupItem->setToolTip(tr("%1: %2").arg(group, it->join(QStringLiteral("、"))));
    Q_EMIT changed();
}

void CourtGroupsEditor::showError(const QString &error)
{
    m_error->showMessage(error);
}

void CourtGroupsEditor::updateButtons()
{
    const bool selected = m_groupList->currentItem() != nullptr;
    m_rename->setEnabled(selected);
    m_delete->setEnabled(selected);
}

void CourtGroupsEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CourtGroupsEditor::retranslate()
{
    m_groupsLabel->setText(tr("&Groups:"));
    m_groupList->setAccessibleName(tr("Court groups"));
    m_add->setText(tr("&Add"));
    m_add->setToolTip(tr("Add a court group"));
    m_rename->setText(tr("Re&name"));
    m_rename->setToolTip(tr("Rename the selected group (or double-click it)"));
    m_delete->setText(tr("&Delete"));
    m_delete->setToolTip(tr("Delete the selected group"));
    m_courtsLabel->setText(tr("C&ourts in the selected group:"));
    m_search->setPlaceholderText(tr("Search courts"));
    m_search->setAccessibleName(tr("Search courts"));
    m_courtList->setAccessibleName(tr("Courts in the selected group"));
}

} // namespace caseload
