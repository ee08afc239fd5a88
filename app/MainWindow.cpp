#include "MainWindow.h"

#include "DashboardView.h"
#include "ImportOptionsMenu.h"
#include "ImportProgressDialog.h"
#include "ImportSummaryDialog.h"
#include "RecentDatabasesMenu.h"
#include "SheetChooser.h"
#include "connection/ConnectionLostBar.h"
#include "connection/ImportPermission.h"
#include "connection/ServerConnector.h"
#include "connection/ServerProfile.h"
#include "dashboard/DashboardController.h"
#include "imports/ImportsPage.h"
#include "report/ReportDialog.h"
#include "settings/SettingsPage.h"
#include "store/Store.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QCommandLineParser>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QUrl>
#include <QVBoxLayout>

namespace caseload {

namespace {

const QString lastDirectoryKey = QStringLiteral("import/lastDirectory");
const QString lastDatabaseDirectoryKey = QStringLiteral("database/lastDirectory");
const QString geometryKey = QStringLiteral("window/geometry");
const QString windowStateKey = QStringLiteral("window/state");

QStringList localFiles(const QMimeData *mime)
{
    QStringList files;
    if (!mime || !mime->hasUrls())
        return files;
    const QList<QUrl> urls = mime->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
            files << url.toLocalFile();
    }
    return files;
}

DemoGeneratorConfig demoConfig()
{
    DemoGeneratorConfig config;
    config.cases = 60000;
    config.courts = 8;
    config.from = QDate(2014, 1, 1);
    config.to = QDate(2018, 12, 31);
    config.seed = 1;
    return config;
}

} // namespace

MainWindow::Options MainWindow::Options::fromArguments(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"), QString(), QStringLiteral("path"));
    const QCommandLineOption demo(QStringLiteral("demo"));
    const QCommandLineOption page(QStringLiteral("page"), QString(), QStringLiteral("key"));
    parser.addOptions({db, demo, page});
    parser.parse(arguments); // unknown options are ignored: the window opens anyway
    Options options;
    options.databasePath = parser.isSet(db) ? parser.value(db) : Store::defaultLocation();
    options.demo = parser.isSet(demo);
    options.page = parser.value(page);
    return options;
}

QString MainWindow::demoDatabasePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("demo/demo.sqlite"));
}

MainWindow::MainWindow(const Options &options, QSettings &settings, QWidget *parent, PasswordVault *vault)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_connector(new ServerConnector(settings, vault, this))
    , m_dashboard(new DashboardView(settings))
    , m_controller(new ImportController(ServerConnector::takePassword(options.databasePath), this))
    , m_progress(new ImportProgressDialog(m_controller, this))
    , m_locationLabel(new QLabel(this))
    , m_countLabel(new QLabel(this))
    , m_ownLocation(ServerConnector::takePassword(options.databasePath))
    , m_demoExportPath(
          QFileInfo(demoDatabasePath()).absoluteDir().filePath(QStringLiteral("demo-export.csv")))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(QStringLiteral("Caseload"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/caseload.svg")));
    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_connector->bar());
    layout->addWidget(m_dashboard, 1);
    setCentralWidget(central);
    setAcceptDrops(true);
    statusBar()->addWidget(m_locationLabel, 1);
    m_importPermission = new ImportPermission(statusBar(), this);
    statusBar()->addPermanentWidget(m_countLabel);
    createActions();
    createMenus();
    m_importPermission->addControl(m_importAction);
    if (auto *imports = qobject_cast<ImportsPage *>(m_dashboard->page(QStringLiteral("imports"))))
        connect(m_importPermission, &ImportPermission::changed, imports, &ImportsPage::setImportAllowed);
    connectSignals();
    retranslate();
    resize(1280, 800);
    restoreGeometry(m_settings.value(geometryKey).toByteArray());
    restoreState(m_settings.value(windowStateKey).toByteArray());
    if (!options.page.isEmpty())
        m_dashboard->showPage(options.page);
    m_dashboard->settingsPage()->setLanguageKey(languageKey(languagePreference(m_settings)));

    if (options.demo) {
        openDemo();
    } else {
        openDatabase(m_ownLocation);
    }
}

MainWindow::~MainWindow() = default;

ConnectionLostBar *MainWindow::connectionBar() const
{
    return m_connector->bar();
}

void MainWindow::createActions()
{
    m_importAction = new QAction(this);
    m_importAction->setShortcut(QKeySequence::Open);
    connect(m_importAction, &QAction::triggered, this, &MainWindow::importFromDialog);
    m_openAction = new QAction(this);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openDatabaseFromDialog);
    m_connectAction = new QAction(this);
    m_connectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(m_connectAction, &QAction::triggered, this, &MainWindow::showConnectionDialog);
    m_demoAction = new QAction(this);
    connect(m_demoAction, &QAction::triggered, this, &MainWindow::openDemo);
    m_reportAction = new QAction(this);
    m_reportAction->setShortcut(QKeySequence::Print);
    connect(m_reportAction, &QAction::triggered, this, &MainWindow::showReportDialog);
    m_ownDatabaseAction = new QAction(this);
    m_ownDatabaseAction->setVisible(false);
    connect(m_ownDatabaseAction, &QAction::triggered, this, [this] { openDatabase(m_ownLocation); });
    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    m_aboutAction = new QAction(this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_languageGroup = new QActionGroup(this);
    const Language current = languagePreference(m_settings);
    // The language names are written in their own language, as language menus do.
    const struct
    {
        Language language;
        QString name;
    } choices[] = {{Language::System, QString()}, {Language::Chinese, QString::fromUtf8("中文")},
        {Language::English, QStringLiteral("English")}};
    for (const auto &choice : choices) {
        auto *action = new QAction(choice.name, m_languageGroup);
        action->setCheckable(true);
        action->setChecked(choice.language == current);
        connect(
            action, &QAction::triggered, this, [this, language = choice.language] { setLanguage(language); });
        if (choice.language == Language::System)
            m_systemLanguageAction = action;
    }
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_importAction);
    m_importOptionsMenu = new ImportOptionsMenu(m_settings, this);
    m_fileMenu->addMenu(m_importOptionsMenu);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_openAction);
    m_fileMenu->addAction(m_connectAction);
    m_recentMenu = new RecentDatabasesMenu(m_settings, this);
    m_fileMenu->addMenu(m_recentMenu);
    m_fileMenu->addAction(m_demoAction);
    m_fileMenu->addAction(m_ownDatabaseAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_reportAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);
    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_dashboard->backAction());
    m_pagesMenu = m_viewMenu->addMenu(QString());
    m_pagesMenu->addActions(m_dashboard->pageActions());
    m_viewMenu->addSeparator();
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->addActions(m_languageGroup->actions());
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);
}

void MainWindow::connectSignals()
{
    connect(m_recentMenu, &RecentDatabasesMenu::databaseChosen, this, &MainWindow::openDatabase);
    connect(m_dashboard, &DashboardView::importRequested, this, &MainWindow::importFromDialog);
    connect(m_dashboard, &DashboardView::setupChanged, m_controller, &ImportController::reloadSetup);
    connect(m_dashboard, &DashboardView::languageRequested, this, [this](const QString &key) {
        if (const auto language = languageFromKey(key))
            setLanguage(*language);
    });
    connect(m_controller, &ImportController::busyChanged, m_dashboard->settingsPage(),
        &SettingsPage::setStoreBusy);
    connect(m_controller, &ImportController::setupLoaded, this,
        [this](const QString &location, const AnalyticsInput &setup, const QString &error) {
            if (location == m_controller->storeLocation() && error.isEmpty())
                m_dashboard->setSetup(setup);
        });
    m_sheetChooser = new SheetChooser(this);
    connect(m_sheetChooser, &SheetChooser::importRequested, m_controller,
        [this](const QString &file, const ImportOptions &options) { m_controller->importFiles({file}, options); });
    connect(m_controller, &ImportController::imported, this,
        [this](const ImportSummary &summary) { m_summaries.append(summary); });
    connect(m_controller, &ImportController::loaded, this, &MainWindow::onLoaded);
    connect(m_controller, &ImportController::finished, this, &MainWindow::onQueueFinished);
    connect(m_controller, &ImportController::connectionLost, this, &MainWindow::reportLostConnection);
    // The pages' own connections (Cases, Imports, Forecast; the report dialog below) lost too: the
    // same bar.
    connect(m_dashboard, &DashboardView::connectionLost, this, &MainWindow::reportLostConnection);
    connect(m_connector, &ServerConnector::reconnectRequested, m_controller, &ImportController::reload);
    connect(m_connector, &ServerConnector::openRequested, this, &MainWindow::openDatabase);
}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_importAction->setText(tr("&Import…"));
    m_openAction->setText(tr("&Open database…"));
    m_connectAction->setText(tr("&Connect to server…"));
    m_connectAction->setToolTip(tr("Open a shared Caseload database on a PostgreSQL server"));
    m_demoAction->setText(tr("Open &demo data"));
    m_ownDatabaseAction->setText(tr("Back to &my database"));
    m_reportAction->setText(tr("Monthly &report…"));
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_pagesMenu->setTitle(tr("&Pages"));
    m_languageMenu->setTitle(tr("&Language"));
    m_systemLanguageAction->setText(tr("System default"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Caseload"));
    updateStatus();
}

void MainWindow::updateStatus()
{
    const QString location = m_controller->storeLocation();
    const bool server = Store::isServerLocation(location);
    // A server shows as user@host/db: the URL's encoding and options are noise here.
    const QString shown = server ? ServerProfile::displayName(location) : QDir::toNativeSeparators(location);
    m_locationLabel->setText(tr("Database: %1").arg(shown));
    m_locationLabel->setToolTip(server ? location : QString());
    setWindowTitle(server ? QStringLiteral("Caseload — %1").arg(shown) : QStringLiteral("Caseload"));
    m_countLabel->setText(m_caseCount < 0 ? QString() : tr("Cases: %1").arg(QLocale().toString(m_caseCount)));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings.setValue(geometryKey, saveGeometry());
    m_settings.setValue(windowStateKey, saveState());
    m_dashboard->saveState();
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_importPermission->apply();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList files = localFiles(event->mimeData());
    if (files.isEmpty())
        return;
    event->acceptProposedAction();
    if (m_importPermission->refuse())
        return;
    importChosenFiles(files);
}

void MainWindow::importFromDialog()
{
    if (m_importPermission->refuse())
        return;
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Import court exports"),
        m_settings.value(lastDirectoryKey).toString(),
        tr("Court exports (*.csv *.txt *.xlsx *.xls)") + QStringLiteral(";;") + tr("CSV files (*.csv *.txt)")
            + QStringLiteral(";;") + tr("Excel workbooks (*.xlsx *.xls)") + QStringLiteral(";;")
            + tr("All files (*)"));
    if (files.isEmpty())
        return;
    m_settings.setValue(lastDirectoryKey, QFileInfo(files.constFirst()).absolutePath());
    importChosenFiles(files);
}

void MainWindow::importChosenFiles(const QStringList &files)
{
    m_sheetChooser->enqueue(files, m_importOptionsMenu->options());
}

void MainWindow::openDatabaseFromDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a Caseload database"),
        m_settings.value(lastDatabaseDirectoryKey, QFileInfo(m_controller->storeLocation()).absolutePath())
            .toString(),
        tr("Caseload databases (*.sqlite *.db)") + QStringLiteral(";;") + tr("All files (*)"));
    if (path.isEmpty())
        return;
    m_settings.setValue(lastDatabaseDirectoryKey, QFileInfo(path).absolutePath());
    openDatabase(path);
}

void MainWindow::openDatabase(const QString &location)
{
    const QString path = ServerConnector::takePassword(location);
    m_controller->setStoreLocation(path);
    m_ownDatabaseAction->setVisible(path != m_ownLocation);
    if (path != demoDatabasePath())
        m_recentMenu->add(path);
    m_caseCount = -1;
    m_importPermission->setAllowed(true); // until the store says otherwise; a queued import checks again
    m_connector->reportConnected();
    m_loadedLocation.clear();
    m_dashboard->setLoading(path);
    updateStatus();
    m_connector->prepare(path, [this, path] {
        if (path == m_controller->storeLocation())
            m_controller->reload(); // else another store was opened while the keychain answered
    });
}

void MainWindow::showConnectionDialog()
{
    m_connector->showDialog(m_controller->storeLocation());
}

void MainWindow::openDemo()
{
    m_controller->setStoreLocation(demoDatabasePath());
    m_importPermission->setAllowed(true);
    m_connector->reportConnected();
    m_loadedLocation.clear();
    m_ownDatabaseAction->setVisible(m_ownLocation != demoDatabasePath());
    m_caseCount = -1;
    m_dashboard->setLoading(demoDatabasePath());
    updateStatus();
    m_controller->loadDemo(demoConfig(), m_demoExportPath);
}

void MainWindow::setLanguage(Language language)
{
    setLanguagePreference(m_settings, language);
    applyLanguage(*QCoreApplication::instance(), language);
    m_dashboard->settingsPage()->setLanguageKey(languageKey(language));
    // The View ▸ Language menu follows a choice made on the Settings page.
    for (QAction *action : m_languageGroup->actions())
        action->setChecked(action == m_languageGroup->actions().value(int(language)));
}

void MainWindow::reportLostConnection(const QString &location, const QString &error)
{
    if (location == m_controller->storeLocation())
        m_connector->reportLost(location, error, m_loadedLocation != location);
}

void MainWindow::showReportDialog()
{
    auto *dialog = new ReportDialog(m_dashboard->controller()->current(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ReportDialog::connectionLost, this, &MainWindow::reportLostConnection);
    dialog->open();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Caseload"),
        tr("Caseload %1\n\nAnalytics for court enforcement caseloads: imports the case "
           "exports of court case systems and shows how cases are filed, closed and pending.")
            .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::onLoaded(const ImportController::Snapshot &snapshot)
{
    if (snapshot.location != m_controller->storeLocation())
        return; // a job for the store shown before the demo was opened
    if (Store::isConnectionError(snapshot.error) && m_loadedLocation == snapshot.location)
        return; // the bar says so; the figures already shown stay until Reconnect brings new ones
    m_caseCount = snapshot.caseCount;
    m_dashboard->setStore(snapshot.location, snapshot.table, snapshot.setup, snapshot.error);
    if (snapshot.error.isEmpty()) {
        m_loadedLocation = snapshot.location;
        m_connector->reportConnected();
        m_importPermission->setAllowed(snapshot.canImport, snapshot.readOnlyReason);
    }
    updateStatus();
}

void MainWindow::onQueueFinished()
{
    QList<ImportSummary> summaries = std::exchange(m_summaries, {});
    // An import the lost connection stopped is told by the connection bar, not a second message.
    summaries.removeIf([](const ImportSummary &summary) { return Store::isConnectionError(summary.error); });
    // A clean demo import needs no report: the chart is the point.
    const bool quietDemo = summaries.size() == 1 && summaries.constFirst().filePath == m_demoExportPath
        && summaries.constFirst().ok && summaries.constFirst().rejected == 0;
    if (summaries.isEmpty() || quietDemo)
        return;
    auto *dialog = new ImportSummaryDialog(summaries, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace caseload
