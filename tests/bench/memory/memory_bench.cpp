// memory benchmark (label bench), one measured process per run (VmHWM is per process):
//   --mode app <sandbox-bin>: the application as main.cpp builds it (ApplicationContext,
//       MainWindow, Workbench) with its embedded sandbox (a child process, CW_SANDBOX_BIN), whose
//       state directory is first seeded with 5,000 bulk computes by the sandbox executable; the
//       child's own peak is printed too (CW_CHILD_VMHWM_KB);
//   --mode gui: the same windows (MainWindow, ClustersView, OperationsDock on an
//       OperationRunner) on a Session to a sandbox in another process, as against Azure.
// Waits until the clusters view shows >= 5,000 computes, lets the window paint and settle for
// 2 s, then prints CW_VMHWM_KB, CW_VMRSS_KB and CW_ROWS lines and exits.
#include <QApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <memory>

#include "auth/CloudEnvironment.h"
#include "auth/SandboxCredential.h"
#include "clusters/ClustersTableModel.h"
#include "clusters/ClustersView.h"
#include "common/AppIdentity.h"
#include "operations/OperationsDock.h"
#include "ops/Journal.h"
#include "ops/OperationRunner.h"
#include "session/SandboxLauncher.h"
#include "session/Session.h"
#include "shell/ApplicationContext.h"
#include "shell/MainWindow.h"
#include "support/SandboxProcess.h"
#include "Workbench.h"

using namespace cw;

namespace {

constexpr int kComputes = 5000;

QByteArray statusField(const char *name, qint64 pid = 0)
{
    QFile f(pid ? QStringLiteral("/proc/%1/status").arg(pid) : QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(name))
            return line.mid(qsizetype(qstrlen(name))).trimmed().split(' ').value(0);
    return {};
}

// Once the view shows the computes: let it paint and settle, then report and quit.
void reportWhenLoaded(ui::ClustersView *view, qint64 childPid = 0)
{
    QObject::connect(view, &ui::ClustersView::refreshed, view, [view, childPid] {
        if (view->model()->rowCount() < kComputes)
            return;
        QTimer::singleShot(2000, view, [view, childPid] {
            std::printf("CW_ROWS=%d\nCW_VMHWM_KB=%s\nCW_VMRSS_KB=%s\n", view->model()->rowCount(),
                        statusField("VmHWM:").constData(), statusField("VmRSS:").constData());
            if (childPid)
                std::printf("CW_CHILD_VMHWM_KB=%s\n", statusField("VmHWM:", childPid).constData());
            std::fflush(stdout);
            QCoreApplication::exit(0);
        });
    });
}

bool seedEmbeddedSandbox(const QString &sandboxBin)
{
    QProcess seed;
    seed.start(sandboxBin, {QStringLiteral("--fresh"), QStringLiteral("--port"), QStringLiteral("0"),
                            QStringLiteral("--state-dir"), session::SandboxLauncher::defaultStateDirectory(),
                            QStringLiteral("--computes"), QString::number(kComputes)});
    if (!seed.waitForStarted(20000))
        return false;
    while (!seed.canReadLine())
        if (!seed.waitForReadyRead(60000))
            return false;
    seed.terminate(); // SIGTERM: the sandbox writes its state on the way out
    return seed.waitForFinished(60000) && seed.exitStatus() == QProcess::NormalExit;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    applyAppIdentity(app);
    const QStringList args = app.arguments();
    const QString mode = args.value(args.indexOf(QStringLiteral("--mode")) + 1);
    QTimer::singleShot(300000, &app, [] {
        std::printf("memory: the computes were not shown within 300 s\n");
        QCoreApplication::exit(1);
    });

    if (mode == QLatin1String("app")) {
        if (!seedEmbeddedSandbox(args.value(args.indexOf(QStringLiteral("--mode")) + 2))) {
            std::printf("memory: could not seed the embedded sandbox's state\n");
            return 1;
        }
        // As app/gui/main.cpp (without its translators and command line).
        ui::ApplicationContext context;
        ui::MainWindow window;
        ui::Workbench workbench(&window, &context);
        QObject::connect(&context, &ui::ApplicationContext::sessionReady, &app, [&workbench, &context] {
            // The Workbench installed the view just before.
            reportWhenLoaded(workbench.clustersView(), context.sandboxLauncher()->processId());
        });
        QObject::connect(&context, &ui::ApplicationContext::sessionFailed, &app, [](const QString &reason) {
            std::printf("memory: the embedded sandbox failed: %s\n", qPrintable(reason));
            QCoreApplication::exit(1);
        });
        QTimer::singleShot(0, &context, [&context] { context.startSandbox(1.0); });
        window.show();
        return app.exec();
    }
    if (mode == QLatin1String("gui")) {
        test::SandboxProcess sandbox;
        if (!sandbox.start({QStringLiteral("--speed"), QStringLiteral("1"), QStringLiteral("--computes"),
                            QString::number(kComputes)})) {
            std::printf("memory: the sandbox did not start\n");
            return 1;
        }
        const auto ep = sandbox.endpoint();
        auto credential = std::make_shared<auth::SandboxCredential>(ep.baseUrl, ep.caFile, ep.tenantId, ep.clientId,
                                                                    ep.clientSecret.toUtf8());
        session::Session session(auth::CloudEnvironment::sandbox(ep.baseUrl, ep.caFile), credential);
        QTemporaryDir journalDir;
        ops::Journal journal(journalDir.path());
        ops::OperationRunner runner(session.connection(), &journal);
        // As Workbench::install puts the views into the main window.
        ui::MainWindow window;
        auto *clusters = new ui::ClustersView(&session, &window);
        window.setCentralContent(clusters);
        auto *operations = new ui::OperationsDock(&window);
        operations->attach(&runner, &journal);
        window.addDockWidget(Qt::BottomDockWidgetArea, operations);
        reportWhenLoaded(clusters);
        window.show();
        clusters->start();
        return app.exec();
    }
    std::printf("usage: cw_bench_memory --mode app <sandbox-bin> | --mode gui\n");
    return 2;
}
