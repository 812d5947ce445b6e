// The Clusterwright desktop application: parses the command line, installs translations,
// shows the main window, then starts the embedded sandbox (after the first paint, so the
// window appears without waiting for it). Everything else lives in the libraries.
#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

#include "common/AppIdentity.h"
#include "session/Session.h"
#include "shell/ApplicationContext.h"
#include "shell/FirstPaintProbe.h"
#include "shell/MainWindow.h"
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

    if (parser.isSet(firstPaintOption)) {
        cw::ui::exitAfterFirstPaint(&window);
    } else {
        window.setEnvironmentStatus(QApplication::translate("main", "Sandbox: starting…"), false);
        QObject::connect(&context, &cw::ui::ApplicationContext::sessionReady, &window,
                         [&window](cw::session::Session *session) {
                             window.setEnvironmentStatus(
                                 QApplication::translate("main", "Sandbox: %1")
                                     .arg(session->environment().armEndpoint.toDisplayString()),
                                 true);
                         });
        QObject::connect(&context, &cw::ui::ApplicationContext::sessionFailed, &window,
                         [&window](const QString &reason) {
                             window.setEnvironmentStatus(
                                 QApplication::translate("main", "Sandbox unavailable: %1").arg(reason), false);
                         });
        // After the first paint: the window shows at once, the sandbox comes up behind it.
        QTimer::singleShot(0, &context, [&context, speed] { context.startSandbox(speed); });
    }
    window.show();
    return app.exec();
}
