#pragma once

#include "forecast/ForecastSettings.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace caseload {

/// Edits the forecast settings: the level shifts and trend hinges (kind, month, label; added,
/// removed, or back to the default example, the May 2015 registration reform) and the two model
/// options. Apply emits applyRequested() with the edited settings; the page saves them and reruns.
class InterventionEditor : public QWidget
{
    Q_OBJECT

public:
    enum Column { Kind, Month, Label, ColumnCount };

    explicit InterventionEditor(QWidget *parent = nullptr);

    /// Shows `settings` (not modified until edited).
    void setSettings(const ForecastSettings &settings);
    /// The settings as edited.
    ForecastSettings settings() const;
    bool isModified() const;
    /// A line under the buttons ("Saved.", an error).
    void setStatus(const QString &text);

    QTableWidget *table() const { return m_table; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *applyButton() const { return m_apply; }
    /// Adds a row (the month after the data's last month is a reasonable default; any month works).
    void addIntervention(const Intervention &intervention);

Q_SIGNALS:
    void applyRequested(const caseload::ForecastSettings &settings);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateButtons();
    void fillKindBox(int row);

    ForecastSettings m_applied;
    QLabel *m_title = nullptr;
    QLabel *m_help = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_defaults = nullptr;
    QCheckBox *m_combine = nullptr;
    QCheckBox *m_unlock = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_revert = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace caseload
