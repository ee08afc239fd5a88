#pragma once

#include "ImportController.h"
#include "Translation.h"

#include <QList>
#include <QMainWindow>
#include <QString>
#include <QStringList>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QSettings;

namespace caseload {

class ImportProgressDialog;
class MonthlyFlowChart;

/// The main window: the monthly flow chart, imports by menu or drag-and-drop (run in the background
/// by ImportController), the demo data, and the language switch. It only wires those together.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// What the command line asks for: `--db PATH` (default Store::defaultLocation()) and `--demo`.
    struct Options
    {
        QString databasePath;
        bool demo = false;

        static Options fromArguments(const QStringList &arguments);
    };

    /// `settings` hold the window's preferences (language, import options, last folder) and must
    /// outlive it.
    MainWindow(const Options &options, QSettings &settings, QWidget *parent = nullptr);

    /// The demo database: demo/demo.sqlite in the application data directory.
    static QString demoDatabasePath();

protected:
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    void connectController();
    void retranslate();
    void updateStatus();

    void importFromDialog();
    void importChosenFiles(const QStringList &files);
    /// For a workbook with several sheets, asks which one to import; false when the user cancels.
    bool chooseSheet(const QString &path, QString *sheet);
    ImportOptions importOptions() const;
    void openDemo();
    void openOwnDatabase();
    void setLanguage(Language language);
    void showAbout();
    void onLoaded(const ImportController::Snapshot &snapshot);
    void onQueueFinished();

    QSettings &m_settings;
    MonthlyFlowChart *m_chart = nullptr;
    ImportController *m_controller = nullptr;
    ImportProgressDialog *m_progress = nullptr;
    QLabel *m_locationLabel = nullptr;
    QLabel *m_countLabel = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QMenu *m_importOptionsMenu = nullptr;
    QMenu *m_encodingMenu = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_demoAction = nullptr;
    QAction *m_ownDatabaseAction = nullptr; ///< back from the demo to the database the window opened on
    QAction *m_quitAction = nullptr;
    QAction *m_systemLanguageAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QActionGroup *m_encodingGroup = nullptr;
    QAction *m_autoEncodingAction = nullptr;
    QAction *m_keepPersonalAction = nullptr;

    QList<ImportSummary> m_summaries; ///< of the imports since the queue last ran empty
    QString m_ownLocation;
    QString m_demoExportPath;
    qint64 m_caseCount = -1;
};

} // namespace caseload
