// The Clusterwright desktop application: parses the command line, installs translations and
// shows the main window. Everything else lives in the libraries under src/ and ui/.
#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QTranslator>

#include "common/AppIdentity.h"
#include "shell/MainWindow.h"

Q_LOGGING_CATEGORY(lcApp, "cw.app", QtInfoMsg)

namespace {

void installTranslators(QApplication &app)
{
    const QLocale locale;
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qtTranslator);
    auto *appTranslator = new QTranslator(&app);
    if (appTranslator->load(locale, QStringLiteral("clusterwright"), QStringLiteral("_"),
                            QStringLiteral(":/i18n")))
        app.installTranslator(appTranslator);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    cw::applyAppIdentity(app);
    app.setApplicationDisplayName(QLatin1String(cw::kAppDisplayName));
    app.setDesktopFileName(QStringLiteral("io.github.clusterwright.Clusterwright"));
    installTranslators(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Create, attach, inspect and update AKS inference clusters of Azure Machine "
                "Learning workspaces."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);

    qCInfo(lcApp) << "Clusterwright" << cw::versionString() << "starting";
    cw::ui::MainWindow window;
    window.show();
    return app.exec();
}
