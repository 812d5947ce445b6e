// The Clusterwright desktop application: parses the command line, installs translations,
// shows the main window, then connects (after the first paint, so the window appears without
// waiting): to the Azure cloud of the last run, or to the embedded sandbox (or, with
// --sandbox-endpoint, to a sandbox that already runs). Everything else lives in the libraries.
#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QTimer>
#include <QTranslator>

#include <cstdio>
#include <optional>

#include "common/AppIdentity.h"
#include "common/AppTranslation.h"
#include "common/StartupTrace.h"
#include "FirstPaint.h"
#include "sandboxlink/SandboxLink.h"
#include "session/SandboxLauncher.h"
#include "session/Session.h"
#include "shell/ApplicationContext.h"
#include "shell/MainWindow.h"
#include "signin/ConnectionController.h"
#include "Workbench.h"

Q_LOGGING_CATEGORY(lcApp, "cw.app", QtInfoMsg)

namespace {

void installTranslators(QCoreApplication &app)
{
    const QLocale locale;
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qtTranslator);
    auto *appTranslator = new QTranslator(&app);
    if (cw::loadAppTranslation(*appTranslator))
        app.installTranslator(appTranslator);
}

struct Options {
    QCommandLineOption speed{QStringLiteral("sandbox-speed"),
                             QCoreApplication::translate("main", "Scales the sandbox's simulated operation times (1 = demo pace)."),
                             QStringLiteral("factor"), QStringLiteral("1")};
    QCommandLineOption sandboxEndpoint{
        QStringLiteral("sandbox-endpoint"),
        QCoreApplication::translate("main", "Connects to a sandbox that already runs (a file holding the ready line "
                                            "clusterwright-sandbox printed) instead of starting the embedded one."),
        QStringLiteral("file")};
};

// The options, with texts in the installed language (so build it after the translators).
void describe(QCommandLineParser &parser, Options &options)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Create, attach, inspect and update AKS inference clusters of Azure Machine "
                "Learning workspaces."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(options.speed);
    parser.addOption(options.sandboxEndpoint);
}

// A first look at the command line, before QApplication exists, with the app's options only:
// Qt's own (-platform, -style, ...) are unknown to it, and such a command line is not
// `understood` here (QApplication strips them, and the regular parse reads the rest as before).
struct FirstLook {
    bool understood = false;
    bool answersWithoutDisplay = false; // --help, --version
    bool runningSandbox = false;        // --sandbox-endpoint
    double speed = 0;                   // --sandbox-speed, 0 when it is not a positive number
};

FirstLook lookAtCommandLine(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    QCommandLineParser probe;
    Options options;
    describe(probe, options);
    FirstLook look;
    look.understood = probe.parse(arguments);
    look.answersWithoutDisplay = probe.isSet(QStringLiteral("help")) || probe.isSet(QStringLiteral("help-all"))
        || probe.isSet(QStringLiteral("version"));
    look.runningSandbox = probe.isSet(options.sandboxEndpoint);
    bool ok = false;
    const double speed = probe.value(options.speed).toDouble(&ok);
    look.speed = ok && speed > 0 ? speed : 0;
    return look;
}

// --help and --version need no window: answer them with a plain QCoreApplication, so that they
// work without a display (QApplication aborts without one).
int answerWithoutDisplay(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    cw::applyAppIdentity(app);
    installTranslators(app);
    QCommandLineParser parser;
    Options options;
    describe(parser, options);
    parser.process(app); // prints the help or the version and exits 0 (a bad option: 1)
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    CW_TRACE_MARK("main entered"); // the time before it is the dynamic loader's and the kernel's
    const FirstLook look = lookAtCommandLine(argc, argv);
    if (look.answersWithoutDisplay)
        return answerWithoutDisplay(argc, argv);

    // The embedded sandbox's process starts first, when this start uses it and its state exists:
    // it needs 40-60 ms to listen (half of it loading its libraries), on the other core while
    // QApplication and the window are made. QProcess could start it only once QApplication
    // existed, 6-9 ms later; its ready line then came ~15 ms after the first paint, now about
    // with it. Measured in three runs of 30-40 interleaved starts of each build: clusters shown
    // -4.9, +1.5 and -2.6 ms (medians of the paired differences; sooner in 23/30, 13/30, 26/40),
    // first paint unchanged. Loading TLS on a pool thread here as well made the first paint 11 ms
    // later for no gain.
    // The settings are read without an application object: the names are all they need.
    cw::applyAppNames();
    cw::session::SpawnedChild sandboxProcess;
    if (look.understood && !look.runningSandbox && look.speed > 0) {
        sandboxProcess = cw::ui::ApplicationContext::spawnRememberedSandbox(look.speed);
        if (sandboxProcess.processId() != 0)
            CW_TRACE_MARK("sandbox process started");
    }

    QApplication app(argc, argv);
    CW_TRACE_MARK("QApplication constructed");
    cw::applyAppIdentity(app);
    app.setApplicationDisplayName(QLatin1String(cw::kAppDisplayName));
    app.setDesktopFileName(QStringLiteral("io.github.clusterwright.Clusterwright"));
    installTranslators(app);

    QCommandLineParser parser;
    Options options;
    describe(parser, options);
    parser.process(app);

    bool speedOk = false;
    const double speed = parser.value(options.speed).toDouble(&speedOk);
    if (!speedOk || speed <= 0) {
        std::fprintf(stderr, "%s\n", qPrintable(QApplication::translate("main", "--sandbox-speed needs a positive number.")));
        return 2;
    }

    std::optional<cw::sandbox::SandboxEndpoint> runningSandbox;
    if (parser.isSet(options.sandboxEndpoint)) {
        QString error;
        runningSandbox = cw::sandbox::readSandboxEndpointFile(parser.value(options.sandboxEndpoint), &error);
        if (!runningSandbox) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 2;
        }
    }

    // TLS (Qt's backend, OpenSSL, the sandbox's CA: 5-8 ms) loads on a pool thread. A running
    // sandbox's session is built right after the window, and built it on the GUI thread before
    // the first paint: there it loads while the window is built. The embedded sandbox's session
    // comes once its process is up, long after the first paint: there it loads after the paint,
    // which it slowed by ~3 ms when it competed with the window. No connection is made here.
    if (runningSandbox)
        cw::session::prepareTransportInBackground(runningSandbox->caFile);

    qCInfo(lcApp) << "Clusterwright" << cw::versionString() << "starting";
    cw::ui::ApplicationContext context;
    CW_TRACE_MARK("context built");
    // Every start after the first: the embedded sandbox's process (or the silent Azure sign-in)
    // starts before the window is built, and comes up on the other core meanwhile. Measured with
    // a remembered sandbox (median of 9): first paint 63 -> 69 ms, clusters shown 129 -> 116 ms.
    // A first start makes the sandbox's keys (~0.5 s of CPU): that one starts after the first
    // paint as before, so the first window is not slowed by it.
    const bool connectBeforeWindow =
        !runningSandbox && cw::session::SandboxLauncher::hasState(cw::session::SandboxLauncher::defaultStateDirectory());
    if (connectBeforeWindow) {
        CW_TRACE_MARK("connecting");
        // every outcome comes from the event loop, after the window exists
        context.start(speed, std::move(sandboxProcess));
    }
    cw::ui::MainWindow window;
    CW_TRACE_MARK("main window built");
    // The clusters view, operations dock and toolbar actions, once the session is ready.
    cw::ui::Workbench workbench(&window, &context);

    // File → Connect to Azure… / Use the sandbox, and the status bar's "connected to" text.
    cw::ui::ConnectionController connection(&window, &context);
    workbench.setConnectionController(&connection);
    CW_TRACE_MARK("workbench built");

    window.setEnvironmentStatus(QApplication::translate("main", "Connecting…"), false);
    if (runningSandbox) {
        // A sandbox that already runs needs nothing started: its session and the clusters view
        // are made now, and the first paint shows the view (its first listing on the way). The
        // start page was built, painted and replaced ~10 ms later, and every one of those
        // milliseconds on the GUI thread delayed the token and the listing, whose TLS and upload
        // steps wait for the GUI thread (Qt's network thread calls into it).
        CW_TRACE_MARK("connecting");
        context.connectToRunningSandbox(*runningSandbox);
    } else if (!connectBeforeWindow) {
        // A first start: from the event loop, so the window shows first. (Session 9 started
        // every sandbox before the window was built; with the keys to make, its process competed
        // with the window and the first paint went from 3x to 9.7x the bare window's.)
        QTimer::singleShot(0, &context, [&context, speed] {
            CW_TRACE_MARK("connecting");
            context.start(speed);
        });
    }
    if (!runningSandbox) // (a running sandbox's TLS set-up started before the context)
        cw::runAfterFirstPaint(&window, [] { cw::session::prepareTransportInBackground(); });
    window.show();
    return app.exec();
}
