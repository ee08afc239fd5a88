#include "MainWindow.h"
#include "Translation.h"
#include "cli/Commands.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QSettings>
#include <QTextStream>
#include <QTranslator>

#include <memory>

namespace {

struct Verb
{
    const char *name;
    int (*run)(const QStringList &);
};

constexpr Verb verbs[] = {
    {"import", caseload::cli::runImport},
    {"export", caseload::cli::runExport},
    {"generate", caseload::cli::runGenerate},
    {"kpi", caseload::cli::runKpi},
    {"forecast", caseload::cli::runForecast},
    {"petitions", caseload::cli::runPetitions},
    {"groups", caseload::cli::runGroups},
    {"settings", caseload::cli::runSettings},
    {"report", caseload::cli::runReport},
};

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Caseload"));
    QCoreApplication::setApplicationName(QStringLiteral("caseload"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CASELOAD_VERSION));
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc >= 2 && argv[1][0] != '-') {
        // A verb: no window, no display needed. The report draws text, which needs a QGuiApplication
        // (fonts): offscreen when there is no display, so that it runs in scheduled jobs.
        const QByteArray first(argv[1]);
        const bool needsGui = first == "report";
        if (needsGui && qEnvironmentVariableIsEmpty("DISPLAY")
            && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
            && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        std::unique_ptr<QCoreApplication> app = needsGui ? std::make_unique<QApplication>(argc, argv)
                                                         : std::make_unique<QCoreApplication>(argc, argv);
        setIdentity();
        caseload::installTranslator(*app, QSettings());
        for (const Verb &verb : verbs) {
            if (first == verb.name)
                return verb.run(QCoreApplication::arguments());
        }
        QTextStream(stderr) << QCoreApplication::translate("cli",
            "caseload: unknown command '%1'. Commands: import, export, generate, kpi, forecast, "
            "petitions, groups, settings, report; "
            "without a command the window opens.")
                                   .arg(QString::fromLocal8Bit(first))
                            << Qt::endl;
        return 2;
    }

    QApplication app(argc, argv);
    setIdentity();
    QSettings settings; // the user's, in the platform's usual place
    caseload::installTranslator(app, settings);
    caseload::MainWindow window(
        caseload::MainWindow::Options::fromArguments(QCoreApplication::arguments()), settings);
    window.show();
    return app.exec();
}
