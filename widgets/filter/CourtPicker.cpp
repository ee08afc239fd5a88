#include "CourtPicker.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <map>
#include <tuple>
#include <utility>

namespace caseload {

namespace {

CourtPicker::Kind kindOf(const QStandardItem *item)
{
    return CourtPicker::Kind(item->data(CourtPicker::KindRole).toInt());
}

QStandardItem *makeItem(
    const QString &text, CourtPicker::Kind kind, const QString &name, const QString &search)
{
    auto *item = new QStandardItem(text);
    item->setEditable(false);
    item->setData(int(kind), CourtPicker::KindRole);
    item->setData(name, CourtPicker::NameRole);
    item->setData(search, CourtPicker::SearchRole);
    if (kind == CourtPicker::Kind::Header) {
        item->setSelectable(false);
        QFont font = item->font();
        font.setBold(true);
        item->setFont(font);
    } else {
        item->setCheckable(true);
        item->setCheckState(Qt::Unchecked);
    }
    return item;
}

} // namespace

CourtPicker::CourtPicker(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_view(new QTreeView(this))
    , m_selectAll(new QPushButton(this))
    , m_clear(new QPushButton(this))
    , m_empty(new QLabel(this))
    , m_model(new QStandardItemModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_search->setClearButtonEnabled(true);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(SearchRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setAutoAcceptChildRows(true);
    m_view->setModel(m_proxy);
    m_view->setHeaderHidden(true);
    m_view->setUniformRowHeights(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_selectAll);
    buttons->addWidget(m_clear);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_search);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty);
    layout->addLayout(buttons);
    resize(380, 440);

    m_search->installEventFilter(this);
    m_view->installEventFilter(this);
    connect(m_search, &QLineEdit::textChanged, this, &CourtPicker::applySearch);
    connect(m_model, &QStandardItemModel::itemChanged, this, &CourtPicker::onItemChanged);
    connect(m_selectAll, &QPushButton::clicked, this, &CourtPicker::selectAll);
    connect(m_clear, &QPushButton::clicked, this, &CourtPicker::clearSelection);
    retranslate();
}

void CourtPicker::retranslate()
{
    m_search->setPlaceholderText(tr("Search courts by name or code"));
    m_search->setAccessibleName(tr("Search courts"));
    m_view->setAccessibleName(tr("Courts"));
    m_view->setAccessibleDescription(tr("Check courts or groups; Space toggles the current one"));
    m_selectAll->setText(tr("Select &all"));
    m_clear->setText(tr("C&lear"));
    m_empty->setText(tr("No court matches"));
    if (m_courtsKnown || m_groupsKnown)
        rebuild();
}

void CourtPicker::setCourts(const std::vector<CourtInfo> &courts)
{
    m_checkedCourts = selectedCourts();
    m_checkedGroups = selectedGroups();
    m_courts = courts;
    m_courtsKnown = true;
    rebuild();
}

void CourtPicker::setCourtGroups(const QMap<QString, QStringList> &groups)
{
    m_checkedCourts = selectedCourts();
    m_checkedGroups = selectedGroups();
    m_groups = groups;
    m_groupsKnown = true;
    rebuild();
}

void CourtPicker::setSelection(const QStringList &courts, const QStringList &groups)
{
    m_checkedCourts = courts;
    m_checkedGroups = groups;
    rebuild();
}

void CourtPicker::rebuild()
{
    const bool wasUpdating = std::exchange(m_updating, true);
    m_model->clear();
    m_courtCount = 0;

    if (!m_groups.isEmpty()) {
        QStandardItem *header = makeItem(tr("Groups"), Kind::Header, QString(), QString());
        for (auto it = m_groups.cbegin(); it != m_groups.cend(); ++it) {
            QStandardItem *item = makeItem(it.key(), Kind::UserGroup, it.key(), it.key());
            item->setToolTip(it.value().join(QStringLiteral("\n")));
            item->setCheckState(m_checkedGroups.contains(it.key()) ? Qt::Checked : Qt::Unchecked);
            header->appendRow(item);
        }
        m_model->appendRow(header);
    }

    // Courts under their intermediate court, ordered by code (courts without a code last).
    std::map<QString, std::vector<const CourtInfo *>> byGroup;
    QHash<QString, QString> nameOfCode;
    for (const CourtInfo &c : m_courts) {
        byGroup[c.intermediateGroup].push_back(&c);
        if (!c.code.isEmpty())
            nameOfCode.insert(c.code, c.name);
    }
    auto addGroup = [&](const QString &group, std::vector<const CourtInfo *> &courts) {
        std::sort(courts.begin(), courts.end(), [](const CourtInfo *a, const CourtInfo *b) {
            return std::tie(a->code, a->name) < std::tie(b->code, b->name);
        });
        QString label = group.isEmpty() ? tr("Other courts") : group;
        if (const QString name = nameOfCode.value(group); !group.isEmpty() && !name.isEmpty())
            label += QLatin1Char(' ') + name;
        QStandardItem *node = makeItem(label, Kind::IntermediateGroup, group, label);
        for (const CourtInfo *c : courts) {
            const QString text = c->code.isEmpty() ? c->name : c->name + QStringLiteral("  ") + c->code;
            QStandardItem *item = makeItem(text, Kind::Court, c->name, c->name + QLatin1Char(' ') + c->code);
            item->setCheckState(m_checkedCourts.contains(c->name) ? Qt::Checked : Qt::Unchecked);
            node->appendRow(item);
            ++m_courtCount;
        }
        updateGroupState(node);
        m_model->appendRow(node);
    };
    for (auto &[group, courts] : byGroup) {
        if (!group.isEmpty())
            addGroup(group, courts);
    }
    if (auto it = byGroup.find(QString()); it != byGroup.end())
        addGroup(QString(), it->second);

    m_updating = wasUpdating;
    m_view->expandAll();
    applySearch(m_search->text());
}

QList<QStandardItem *> CourtPicker::items(Kind kind) const
{
    QList<QStandardItem *> result;
    for (int i = 0; i < m_model->rowCount(); ++i) {
        QStandardItem *top = m_model->item(i);
        if (kindOf(top) == kind)
            result.append(top);
        for (int j = 0; j < top->rowCount(); ++j) {
            if (kindOf(top->child(j)) == kind)
                result.append(top->child(j));
        }
    }
    return result;
}

QStringList CourtPicker::selectedCourts() const
{
    if (!m_courtsKnown)
        return m_checkedCourts;
    QStringList names;
    for (const QStandardItem *item : items(Kind::Court)) {
        if (item->checkState() == Qt::Checked)
            names.append(item->data(NameRole).toString());
    }
    return names;
}

QStringList CourtPicker::selectedGroups() const
{
    if (!m_groupsKnown)
        return m_checkedGroups;
    QStringList names;
    for (const QStandardItem *item : items(Kind::UserGroup)) {
        if (item->checkState() == Qt::Checked)
            names.append(item->data(NameRole).toString());
    }
    return names;
}

bool CourtPicker::allCourtsSelected() const
{
    return m_courtsKnown && m_courtCount > 0 && selectedCourts().size() == m_courtCount;
}

Qt::CheckState CourtPicker::groupState(const QString &intermediateGroup) const
{
    for (const QStandardItem *item : items(Kind::IntermediateGroup)) {
        if (item->data(NameRole).toString() == intermediateGroup)
            return item->checkState();
    }
    return Qt::Unchecked;
}

void CourtPicker::selectAll()
{
    setAll(Qt::Checked);
}

void CourtPicker::clearSelection()
{
    setAll(Qt::Unchecked);
}

void CourtPicker::setAll(Qt::CheckState state)
{
    const QStringList courtsBefore = selectedCourts();
    const QStringList groupsBefore = selectedGroups();
    const bool wasUpdating = std::exchange(m_updating, true);
    for (QStandardItem *item : items(Kind::Court))
        item->setCheckState(state);
    // "Select all" means every court; the groups add nothing to that.
    for (QStandardItem *item : items(Kind::UserGroup))
        item->setCheckState(Qt::Unchecked);
    for (QStandardItem *item : items(Kind::IntermediateGroup))
        updateGroupState(item);
    m_updating = wasUpdating;
    if (selectedCourts() != courtsBefore || selectedGroups() != groupsBefore)
        Q_EMIT selectionChanged();
}

void CourtPicker::updateGroupState(QStandardItem *group)
{
    int checked = 0;
    for (int i = 0; i < group->rowCount(); ++i)
        checked += group->child(i)->checkState() == Qt::Checked;
    group->setCheckState(checked == 0      ? Qt::Unchecked
            : checked == group->rowCount() ? Qt::Checked
                                           : Qt::PartiallyChecked);
}

void CourtPicker::onItemChanged(QStandardItem *item)
{
    if (m_updating)
        return;
    m_updating = true;
    switch (kindOf(item)) {
    case Kind::IntermediateGroup: {
        // The delegate never sets PartiallyChecked (the items are not user-tristate).
        const Qt::CheckState state = item->checkState() == Qt::Unchecked ? Qt::Unchecked : Qt::Checked;
        item->setCheckState(state);
        for (int i = 0; i < item->rowCount(); ++i)
            item->child(i)->setCheckState(state);
        break;
    }
    case Kind::Court:
        updateGroupState(item->parent());
        break;
    case Kind::UserGroup:
    case Kind::Header:
        break;
    }
    m_updating = false;
    // Text or other data changes also land here; only check changes are the user's selection.
    Q_EMIT selectionChanged();
}

void CourtPicker::applySearch(const QString &text)
{
    m_proxy->setFilterFixedString(text.trimmed());
    m_view->expandAll();
    const bool none = m_proxy->rowCount() == 0 && (m_courtCount > 0 || !m_groups.isEmpty());
    m_empty->setVisible(none);
}

bool CourtPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape && isWindow()) {
            close();
            return true;
        }
        if (watched == m_search && key->key() == Qt::Key_Down && m_proxy->rowCount() > 0) {
            m_view->setFocus(Qt::TabFocusReason);
            if (!m_view->currentIndex().isValid())
                m_view->setCurrentIndex(m_proxy->index(0, 0));
            return true;
        }
        if (watched == m_view && key->key() == Qt::Key_Up && m_view->currentIndex() == m_proxy->index(0, 0)) {
            m_search->setFocus(Qt::TabFocusReason);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CourtPicker::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_search->setFocus(Qt::PopupFocusReason);
}

void CourtPicker::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace caseload
