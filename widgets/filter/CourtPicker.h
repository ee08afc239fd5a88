#pragma once

#include "analytics/CaseTable.h"

#include <QMap>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <vector>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItem;
class QStandardItemModel;
class QTreeView;

namespace caseload {

/// The courts part of the filter bar, shown as a popup: a search field (court name or code,
/// substrings, Chinese included), the user-defined court groups, and every court as a checkable item
/// under its intermediate court (a tri-state node checking all its courts; courts without a code under
/// "Other courts"); "Select all" and "Clear" below. Keyboard: Down moves from the search field into the
/// list, Space toggles, Esc closes the popup.
class CourtPicker : public QWidget
{
    Q_OBJECT

public:
    /// Roles of the model's items.
    enum Role {
        KindRole = Qt::UserRole + 1, ///< Kind: what the item stands for
        NameRole, ///< the court or group name the item selects
        SearchRole, ///< the text the search matches (name and code)
    };
    enum class Kind { Header, UserGroup, IntermediateGroup, Court };

    explicit CourtPicker(QWidget *parent = nullptr);

    /// Replaces the courts; keeps the checked courts that are still there.
    void setCourts(const std::vector<CourtInfo> &courts);
    /// Replaces the user-defined groups; keeps the checked groups that are still there.
    void setCourtGroups(const QMap<QString, QStringList> &groups);
    /// Checks exactly these courts and groups (no signal). Names not (yet) known are kept until
    /// setCourts() / setCourtGroups() is first called, then dropped.
    void setSelection(const QStringList &courts, const QStringList &groups);

    /// The checked courts, in list order.
    QStringList selectedCourts() const;
    QStringList selectedGroups() const;
    /// True when every court is checked (the selection then means all courts).
    bool allCourtsSelected() const;
    int courtCount() const { return m_courtCount; }

    /// Checks every court (as the "Select all" button does; emits selectionChanged()).
    void selectAll();
    /// Unchecks everything (as the "Clear" button does; emits selectionChanged()).
    void clearSelection();

    /// The check state of an intermediate court's node ("京01"; "" for "Other courts").
    Qt::CheckState groupState(const QString &intermediateGroup) const;

    QLineEdit *searchField() const { return m_search; }
    QTreeView *view() const { return m_view; }
    /// The filtered model the view shows.
    QSortFilterProxyModel *proxyModel() const { return m_proxy; }

Q_SIGNALS:
    /// The user changed the selection (once per change, however many items it checked).
    void selectionChanged();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void rebuild();
    void onItemChanged(QStandardItem *item);
    void setAll(Qt::CheckState state);
    void updateGroupState(QStandardItem *group);
    void applySearch(const QString &text);
    /// Items of `kind`, depth first.
    QList<QStandardItem *> items(Kind kind) const;

    QLineEdit *m_search = nullptr;
    QTreeView *m_view = nullptr;
    QPushButton *m_selectAll = nullptr;
    QPushButton *m_clear = nullptr;
    QLabel *m_empty = nullptr;
    QStandardItemModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;

    std::vector<CourtInfo> m_courts;
    QMap<QString, QStringList> m_groups;
    bool m_courtsKnown = false;
    bool m_groupsKnown = false;
    QStringList m_checkedCourts; ///< kept while the model is rebuilt
    QStringList m_checkedGroups;
    int m_courtCount = 0;
    bool m_updating = false;
};

} // namespace caseload
