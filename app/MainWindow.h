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

class ConnectionLostBar;
class DashboardView;
class ImportOptionsMenu;
class SheetChooser;
class ImportPermission;
class ImportProgressDialog;
class PasswordVault;
class RecentDatabasesMenu;
class ServerConnector;

/// The main window: the dashboard (filter bar, pages), imports by menu or drag-and-drop anywhere (run
/// in the background by ImportController), opening databases (SQLite files or PostgreSQL servers through
/// the connection dialog; recent ones in the File menu), the demo data and the language. On a store the
/// user may only read, import is disabled with the reason; a lost server connection shows one bar with
/// Reconnect. It only wires those together; geometry and layout persist in the settings.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// What the command line asks for: `--db PATH` or `--db postgresql://...` (default
    /// Store::defaultLocation(); a password in the URL is kept in memory only), `--demo` and
    /// `--page KEY` (the page to open: overview, trends, durations, measures, courts, cases, imports,
    /// settings; default the page shown last).
    struct Options
    {
        QString databasePath;
        bool demo = false;
        QString page;

        static Options fromArguments(const QStringList &arguments);
    };

    /// `settings` hold the window's preferences (language, import options, filter, layout, server
    /// profiles) and must outlive it. `vault` remembers server passwords (the system keychain when
    /// null) and must outlive the window.
    MainWindow(const Options &options, QSettings &settings, QWidget *parent = nullptr,
        PasswordVault *vault = nullptr);
    ~MainWindow() override;

    /// The demo database: demo/demo.sqlite in the application data directory.
    static QString demoDatabasePath();

    DashboardView *dashboard() const { return m_dashboard; }
    ImportController *importController() const { return m_controller; }
    ConnectionLostBar *connectionBar() const;
    QAction *importAction() const { return m_importAction; }
    QAction *connectAction() const { return m_connectAction; }
    /// Whether the store shown may be imported into (Store::canImport), and the controls saying so.
    ImportPermission *importPermission() const { return m_importPermission; }
    /// Opens the store at `location` (an SQLite path or a server URL), as File ▸ Open does.
    void openDatabase(const QString &location);
    /// File ▸ Connect to server…
    void showConnectionDialog();

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
    void openDatabaseFromDialog();
    void openDemo();
    void setLanguage(Language language);
    void showReportDialog();
    void showAbout();
    void onLoaded(const ImportController::Snapshot &snapshot);
    /// A job or a page lost its connection to the server at `location`: the one bar, if it is ours.
    void reportLostConnection(const QString &location, const QString &error);
    void onQueueFinished();

    QSettings &m_settings;
    ServerConnector *m_connector = nullptr;
    DashboardView *m_dashboard = nullptr;
    ImportController *m_controller = nullptr;
    ImportProgressDialog *m_progress = nullptr;
    QLabel *m_locationLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    ImportPermission *m_importPermission = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_pagesMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    ImportOptionsMenu *m_importOptionsMenu = nullptr;
    RecentDatabasesMenu *m_recentMenu = nullptr;
    SheetChooser *m_sheetChooser = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_connectAction = nullptr; ///< File ▸ Connect to server… (Ctrl+Shift+O)
    QAction *m_demoAction = nullptr;
    QAction *m_reportAction = nullptr; ///< File ▸ Monthly report… (Ctrl+P)
    QAction *m_ownDatabaseAction = nullptr; ///< back from the demo to the database the window opened on
    QAction *m_quitAction = nullptr;
    QAction *m_systemLanguageAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;

    QList<ImportSummary> m_summaries; ///< of the imports since the queue last ran empty
    QString m_ownLocation;
    QString m_loadedLocation; ///< the store the dashboard last loaded without an error
    QString m_demoExportPath;
    qint64 m_caseCount = -1;
};

} // namespace caseload
