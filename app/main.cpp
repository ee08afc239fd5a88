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

#include <cstdio>

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
    if (argc >= 2) {
        const QByteArray first(argv[1]);
        for (const Verb &verb : verbs) {
            if (first == verb.name) {
                QCoreApplication app(argc, argv);
                setIdentity();
                caseload::installTranslator(app, QSettings());
                return verb.run(QCoreApplication::arguments());
            }
        }
        if (!first.startsWith('-')) {
            std::fprintf(stderr,
                "caseload: unknown command '%s'. Commands: import, export, generate; "
                "no command opens the window.\n",
                argv[1]);
            return 2;
        }
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
