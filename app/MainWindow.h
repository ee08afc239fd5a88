#pragma once

#include "ImportController.h"
#include "Translation.h"

#include <QList>
#include <QMainWindow>
#include <QString>
#include <QStringList>

class QAction;
class QActionGroup;
class QCloseEvent;
class QLabel;
class QMenu;
class QSettings;

namespace caseload {

class DashboardView;
class ImportOptionsMenu;
class ImportProgressDialog;
class RecentDatabasesMenu;

/// The main window: the dashboard (filter bar, pages), imports by menu or drag-and-drop anywhere (run
/// in the background by ImportController), opening databases (recent ones in the File menu), the demo
/// data and the language. It only wires those together; geometry and layout persist in the settings.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// What the command line asks for: `--db PATH` (default Store::defaultLocation()), `--demo` and
    /// `--page KEY` (the page to open: overview, trends, durations, measures, courts, cases, imports,
    /// settings; default the page shown last).
    struct Options
    {
        QString databasePath;
        bool demo = false;
        QString page;

        static Options fromArguments(const QStringList &arguments);
    };

    /// `settings` hold the window's preferences (language, import options, filter, layout) and must
    /// outlive it.
    MainWindow(const Options &options, QSettings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// The demo database: demo/demo.sqlite in the application data directory.
    static QString demoDatabasePath();

    DashboardView *dashboard() const { return m_dashboard; }
    ImportController *importController() const { return m_controller; }

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    void connectSignals();
    void retranslate();
    void updateStatus();

    void importFromDialog();
    void importChosenFiles(const QStringList &files);
    /// For a workbook with several sheets, asks which one to import; false when the user cancels.
    bool chooseSheet(const QString &path, QString *sheet);
    void openDatabaseFromDialog();
    void openDatabase(const QString &path);
    void openDemo();
    void setLanguage(Language language);
    void showReportDialog();
    void showAbout();
    void onLoaded(const ImportController::Snapshot &snapshot);
    void onQueueFinished();

    QSettings &m_settings;
    DashboardView *m_dashboard = nullptr;
    ImportController *m_controller = nullptr;
    ImportProgressDialog *m_progress = nullptr;
    QLabel *m_locationLabel = nullptr;
    QLabel *m_countLabel = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_pagesMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    ImportOptionsMenu *m_importOptionsMenu = nullptr;
    RecentDatabasesMenu *m_recentMenu = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_demoAction = nullptr;
    QAction *m_reportAction = nullptr; ///< File ▸ Monthly report… (Ctrl+P)
    QAction *m_ownDatabaseAction = nullptr; ///< back from the demo to the database the window opened on
    QAction *m_quitAction = nullptr;
    QAction *m_systemLanguageAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;

    QList<ImportSummary> m_summaries; ///< of the imports since the queue last ran empty
    QString m_ownLocation;
    QString m_demoExportPath;
    qint64 m_caseCount = -1;
};

} // namespace caseload
