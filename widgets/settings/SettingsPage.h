#pragma once

#include "analytics/IndicatorSettings.h"
#include "dashboard/DashboardPage.h"
#include "store/Store.h"

#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>

class QComboBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QScrollArea;
class QTableView;
class QTreeWidget;

namespace caseload {

class CourtGroupsEditor;
class ErrorLabel;
class IndicatorSettingsForm;
class PetitionDelegate;
class PetitionTableModel;

/// The Settings page: the interface language, the indicator settings (time limit, targets, excluded
/// closure methods, 终本 checks), hand-entered petition figures (indicator 3), user-defined court groups
/// and the saved column mappings. Language changes are asked for at once (languageRequested()); every
/// other edit waits for Apply, which checks everything first (refusing invalid values with a message
/// naming the field), writes through a Store opened on the GUI thread (small writes) and emits
/// setupChanged() once. Revert goes back to what the store holds.
class SettingsPage : public DashboardPage
{
    Q_OBJECT

public:
    explicit SettingsPage(QWidget *parent = nullptr);
    ~SettingsPage() override;

    QString title() const override;
    QString key() const override;
    /// Takes the court names for the pickers and the store location; the store is opened when the page
    /// is first shown (or applied), and again when the location changes.
    void setData(const DashboardData &data) override;

    /// Shows the current language: "system", "zh_CN" or "en" (without emitting languageRequested()).
    void setLanguageKey(const QString &key);
    /// While an import or reload works on the store, Apply waits: a write would block the window
    /// until the import's transaction ends.
    void setStoreBusy(bool busy);
    QString languageKey() const;

    /// True when something was edited and not yet applied.
    bool hasChanges() const;
    /// Checks and writes every change; false (nothing written) with the reason shown when a value is
    /// invalid, false with the database's error when a write fails.
    bool apply();
    /// Discards the edits: shows what the store holds.
    void revert();
    /// The message shown next to Apply (errors, "saved"); empty when none.
    QString statusMessage() const;

    QComboBox *languageCombo() const { return m_language; }
    IndicatorSettingsForm *indicatorForm() const { return m_indicators; }
    PetitionTableModel *petitionModel() const { return m_petitions; }
    QTableView *petitionView() const { return m_petitionView; }
    /// Adds a petition row for the first court and the dashboard's period; returns its row.
    int addPetition();
    CourtGroupsEditor *courtGroupsEditor() const { return m_groups; }
    QTreeWidget *mappingList() const { return m_mappings; }
    /// Marks the saved mapping of `signature` for deletion (done by Apply).
    void deleteMapping(const QString &signature);
    QPushButton *applyButton() const { return m_apply; }
    QPushButton *revertButton() const { return m_revert; }

Q_SIGNALS:
    /// The user chose a language: "system", "zh_CN" or "en".
    void languageRequested(const QString &key);
    /// Settings, petition figures or court groups were written: the figures must be computed again.
    void setupChanged();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    /// What the store holds, as last read.
    struct Saved
    {
        IndicatorSettings settings; ///< as the form shows it (percentages rounded to one decimal)
        QList<PetitionFigure> petitions;
        QMap<QString, QStringList> groups;
        QList<MappingProfileInfo> mappings;
    };

    Store *store(QString *error);
    /// Reads the store into the editors; false with the error shown when it cannot be read.
    bool load();
    void fillMappings();
    bool write(QString *error, bool *wrote);
    void updateState();
    void showStatus(const QString &message, bool error);
    void retranslate();

    QScrollArea *m_scroll = nullptr;
    QGroupBox *m_languageBox = nullptr;
    QLabel *m_languageLabel = nullptr;
    QComboBox *m_language = nullptr;
    QGroupBox *m_indicatorBox = nullptr;
    IndicatorSettingsForm *m_indicators = nullptr;
    QGroupBox *m_petitionBox = nullptr;
    QLabel *m_petitionHelp = nullptr;
    QTableView *m_petitionView = nullptr;
    PetitionTableModel *m_petitions = nullptr;
    PetitionDelegate *m_petitionDelegate = nullptr;
    QPushButton *m_addPetition = nullptr;
    QPushButton *m_removePetition = nullptr;
    ErrorLabel *m_petitionError = nullptr;
    QGroupBox *m_groupBox = nullptr;
    CourtGroupsEditor *m_groups = nullptr;
    QGroupBox *m_mappingBox = nullptr;
    QTreeWidget *m_mappings = nullptr;
    QPushButton *m_deleteMapping = nullptr;
    ErrorLabel *m_error = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_revert = nullptr;
    QPushButton *m_apply = nullptr;

    std::unique_ptr<Store> m_store;
    QString m_location;
    QStringList m_courts;
    QDate m_periodFrom;
    QDate m_periodTo;
    Saved m_saved;
    QSet<QString> m_deletedMappings; ///< signatures to delete on Apply
    bool m_loaded = false; ///< the editors show m_location's store
    bool m_storeBusy = false;
};

} // namespace caseload
