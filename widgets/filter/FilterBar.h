#pragma once

#include "FilterState.h"
#include "analytics/AnalyticsQuery.h"
#include "analytics/CaseTable.h"

#include <QDate>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <memory>
#include <utility>

class QAction;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QMenu;
class QToolButton;

namespace caseload {

class CourtPicker;

/// The dashboard's filter bar, above every page: period (presets relative to the latest month of the
/// data, or custom months), courts (CourtPicker popup), case types and the as-of date. filter() is
/// what the analytics take; filterChanged() follows every change the user makes (once per change),
/// never a programmatic one (setTable, setCourtGroups, setState).
class FilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit FilterBar(QWidget *parent = nullptr);

    /// Fills the courts and the months the date pickers offer; selected courts the table lacks are
    /// dropped. Null: nothing loaded (presets are then relative to today).
    void setTable(std::shared_ptr<const CaseTable> table);
    /// The user-defined court groups (AnalyticsInput::courtGroups) the picker offers.
    void setCourtGroups(const QMap<QString, QStringList> &groups);

    /// The filter for the analytics (from, to, asOf, courts, courtGroups, types).
    CaseFilter filter() const;
    /// What the user chose (for persistence).
    FilterState state() const;
    /// Shows `state` (no filterChanged()). Courts and groups not in the table / group list are dropped
    /// once those are known.
    void setState(const FilterState &state);

    /// Selects exactly these courts (names) and no group; empty selects all courts. For the Courts
    /// page's cross-filtering: emits filterChanged() when the selection changes.
    void setCourts(const QStringList &courts);

    /// The latest month of the data (first day; today's month while no table is set): the month
    /// the presets count back from.
    QDate latestMonth() const;
    /// The period of `preset` when the data end in `latestDay`'s month: first day to last day of
    /// whole months; both invalid for AllData and Custom.
    static std::pair<QDate, QDate> presetPeriod(FilterState::Preset preset, QDate latestDay);

    /// The court picker (a popup opened by the courts button).
    CourtPicker *courtPicker() const { return m_picker; }
    /// Opens the court picker below its button.
    void showCourtPicker();

Q_SIGNALS:
    void filterChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillPresets();
    void fillTypes();
    void updatePeriodControls();
    void updateCourtButton();
    void updateTypeButton();
    void updateAsOf();
    /// The period the controls show: preset or custom months, resolved against the table.
    std::pair<QDate, QDate> period() const;
    /// The resolved period with AllData's invalid ends replaced by the data's months.
    std::pair<QDate, QDate> shownPeriod() const;
    void userChanged();

    void onPresetChanged();
    void onMonthChanged();

    std::shared_ptr<const CaseTable> m_table;
    QLabel *m_periodLabel = nullptr;
    QComboBox *m_preset = nullptr;
    QLabel *m_range = nullptr; ///< the months a preset resolves to
    QDateEdit *m_from = nullptr;
    QLabel *m_dash = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_courtsLabel = nullptr;
    QToolButton *m_courts = nullptr;
    CourtPicker *m_picker = nullptr;
    QLabel *m_typesLabel = nullptr;
    QToolButton *m_types = nullptr;
    QMenu *m_typeMenu = nullptr;
    QAction *m_allTypes = nullptr;
    QList<QAction *> m_typeActions; ///< by CaseType value
    QCheckBox *m_asOfCheck = nullptr;
    QDateEdit *m_asOf = nullptr;
    std::pair<QDate, QDate> m_shown; ///< shownPeriod() as last displayed
    int m_updating = 0; ///< > 0 while the controls change programmatically
};

} // namespace caseload
