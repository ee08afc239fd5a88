#pragma once

#include <QMap>
#include <QString>
#include <QStringList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace caseload {

class ErrorLabel;

/// Edits user-defined court groups (group name -> court names, as Store::courtGroups): a list of groups
/// with Add, Rename and Delete, and a checklist of courts (the data's courts and any court a group
/// already names) with a search box. Names are trimmed; a name must be non-empty and unique.
class CourtGroupsEditor : public QWidget
{
    Q_OBJECT

public:
    explicit CourtGroupsEditor(QWidget *parent = nullptr);

    QMap<QString, QStringList> groups() const { return m_groups; }
    /// Shows `groups` (without emitting changed()); keeps the current group when it still exists.
    void setGroups(const QMap<QString, QStringList> &groups);
    /// The courts offered in the checklist (besides those the groups name).
    void setCourts(const QStringList &courts);

    /// Adds an empty group; false with `error` set when the name is empty or taken.
    bool addGroup(const QString &name, QString *error = nullptr);
    bool renameGroup(const QString &from, const QString &to, QString *error = nullptr);
    void removeGroup(const QString &name);
    /// Checks or unchecks `court` in group `group` (adding the court to the checklist when new).
    void setMember(const QString &group, const QString &court, bool member);
    /// The group whose courts the checklist shows; empty when none.
    QString currentGroup() const;
    void setCurrentGroup(const QString &name);

    QListWidget *groupList() const { return m_groupList; }
    QListWidget *courtList() const { return m_courtList; }

Q_SIGNALS:
    /// The user changed a group.
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillGroups();
    void fillCourts();
    void applyCourtFilter();
    void onGroupEdited(QListWidgetItem *item);
    void onCourtToggled(QListWidgetItem *item);
    void showError(const QString &error);
    bool checkName(const QString &name, const QString &except, QString *error) const;
    void updateButtons();
    void retranslate();

    QMap<QString, QStringList> m_groups;
    QStringList m_courts; ///< from the data
    QLabel *m_groupsLabel = nullptr;
    QListWidget *m_groupList = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_rename = nullptr;
    QPushButton *m_delete = nullptr;
    QLabel *m_courtsLabel = nullptr;
    QLineEdit *m_search = nullptr;
    QListWidget *m_courtList = nullptr;
    ErrorLabel *m_error = nullptr;
    bool m_filling = false;
};

} // namespace caseload
