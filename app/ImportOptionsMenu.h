#pragma once

#include "import/Importer.h"

#include <QMenu>

class QAction;
class QActionGroup;
class QSettings;

namespace caseload {

/// File ▸ Import options: the text encoding of CSV files and whether party data is kept, remembered
/// in the settings ("import/encoding", "import/keepPersonalData"). Keeping personal data asks first.
class ImportOptionsMenu : public QMenu
{
    Q_OBJECT

public:
    /// `settings` must outlive the menu.
    explicit ImportOptionsMenu(QSettings &settings, QWidget *parent = nullptr);

    /// The options chosen (encoding, keepPersonalData); the rest default.
    ImportOptions options() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QSettings &m_settings;
    QMenu *m_encodingMenu = nullptr;
    QActionGroup *m_encodingGroup = nullptr;
    QAction *m_autoEncodingAction = nullptr;
    QAction *m_keepPersonalAction = nullptr;
};

} // namespace caseload
