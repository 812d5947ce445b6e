// The Clusterwright desktop application: parses the command line, installs translations,
// shows the main window, then connects (after the first paint, so the window appears without
// waiting): to the Azure cloud of the last run, or to the embedded sandbox. Everything else
// lives in the libraries.
#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

#include "common/AppIdentity.h"
#include "shell/ApplicationContext.h"
#include "shell/FirstPaintProbe.h"
#include "shell/MainWindow.h"
#include "signin/ConnectionController.h"
#include "Workbench.h"

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
    const QCommandLineOption speedOption(
        QStringLiteral("sandbox-speed"),
        QApplication::translate("main", "Scales the sandbox's simulated operation times (1 = demo pace)."),
        QStringLiteral("factor"), QStringLiteral("1"));
    parser.addOption(speedOption);
    // For the start-up benchmark: quit as soon as the main window has painted once.
    QCommandLineOption firstPaintOption(QStringLiteral("exit-after-first-paint"));
    firstPaintOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(firstPaintOption);
    parser.process(app);

    bool speedOk = false;
    const double speed = parser.value(speedOption).toDouble(&speedOk);
    if (!speedOk || speed <= 0) {
        std::fprintf(stderr, "%s\n", qPrintable(QApplication::translate("main", "--sandbox-speed needs a positive number.")));
        return 2;
    }

    qCInfo(lcApp) << "Clusterwright" << cw::versionString() << "starting";
    cw::ui::ApplicationContext context;
    cw::ui::MainWindow window;
    // The clusters view, operations dock and toolbar actions, once the session is ready.
    cw::ui::Workbench workbench(&window, &context);

    // File → Connect to Azure… / Use the sandbox, and the status bar's "connected to" text.
    cw::ui::ConnectionController connection(&window, &context);
    workbench.setConnectionController(&connection);

    if (parser.isSet(firstPaintOption)) {
        cw::ui::exitAfterFirstPaint(&window);
    } else {
        window.setEnvironmentStatus(QApplication::translate("main", "Connecting…"), false);
        // After the first paint: the window shows at once, the connection comes up behind it
        // (the remembered Azure cloud, or the embedded sandbox).
        QTimer::singleShot(0, &context, [&context, speed] { context.start(speed); });
    }
    window.show();
    return app.exec();
}
