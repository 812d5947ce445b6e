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

#include <QMap>

#include <algorithm>
#include <cstdio>
#include <memory>
#ifdef __GLIBC__
#include <malloc.h>
#endif

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

// Where the resident memory is at the end, for the next engineer (not a figure the goal reads):
// /proc/self/smaps summed by what each mapping holds, one CW_SMAPS line each ("what|Rss kB|Pss kB|
// Private_Dirty kB"), the largest first, plus glibc's own view of its heaps (in use / free).
// Anonymous mappings are told apart as glibc lays them out: a thread's stack sits right above its
// inaccessible guard page, a worker thread's malloc heap (64 MiB aligned) right below its
// inaccessible reserve; the main thread's malloc heap is [heap], its large blocks are "other".
void printBreakdown()
{
    struct Sum {
        qint64 rss = 0, pss = 0, dirty = 0;
    };
    struct Mapping {
        quint64 start = 0, end = 0;
        bool accessible = true;
        QByteArray name;
        Sum sum;
    };
    QList<Mapping> maps;
    QFile f(QStringLiteral("/proc/self/smaps"));
    if (!f.open(QIODevice::ReadOnly))
        return;
    for (const QByteArray &line : f.readAll().split('\n')) {
        const QList<QByteArray> parts = line.simplified().split(' ');
        if (parts.size() >= 5 && parts[0].contains('-') && !parts[0].endsWith(':')) {
            const QList<QByteArray> range = parts[0].split('-');
            Mapping m;
            m.start = range.value(0).toULongLong(nullptr, 16);
            m.end = range.value(1).toULongLong(nullptr, 16);
            m.accessible = parts[1] != "---p";
            m.name = parts.size() >= 6 ? parts.mid(5).join(' ') : QByteArray();
            maps.append(m);
        } else if (!maps.isEmpty() && parts.size() >= 2) {
            Sum &sum = maps.last().sum;
            if (parts[0] == "Rss:")
                sum.rss = parts[1].toLongLong();
            else if (parts[0] == "Pss:")
                sum.pss = parts[1].toLongLong();
            else if (parts[0] == "Private_Dirty:")
                sum.dirty = parts[1].toLongLong();
        }
    }
    QMap<QByteArray, Sum> byWhat;
    for (qsizetype i = 0; i < maps.size(); ++i) {
        const Mapping &m = maps[i];
        QByteArray what = m.name;
        if (what.startsWith('/')) {
            what = what.mid(what.lastIndexOf('/') + 1);
            if (what.contains(".so"))
                what = what.left(what.indexOf(".so") + 3);
            else if (m.name.contains("/fonts/"))
                what = "font files";
            else if (m.name.contains("fontconfig"))
                what = "fontconfig caches";
        } else if (what.isEmpty() && m.accessible) {
            const bool guardBelow = i > 0 && !maps[i - 1].accessible && maps[i - 1].end == m.start
                                    && maps[i - 1].name.isEmpty() && maps[i - 1].end - maps[i - 1].start <= 65536;
            // glibc aligns a thread arena's heap to its 64 MiB maximum size.
            const bool reserveAbove = m.start % (quint64(64) << 20) == 0 && i + 1 < maps.size()
                                      && !maps[i + 1].accessible && maps[i + 1].start == m.end
                                      && maps[i + 1].name.isEmpty();
            what = guardBelow ? "anon: thread stacks" : reserveAbove ? "anon: thread malloc heaps" : "anon: other (large allocations: images, big arrays)";
        } else if (what.isEmpty()) {
            continue;
        }
        Sum &sum = byWhat[what];
        sum.rss += m.sum.rss;
        sum.pss += m.sum.pss;
        sum.dirty += m.sum.dirty;
    }
    QList<std::pair<QByteArray, Sum>> sorted;
    for (auto it = byWhat.cbegin(); it != byWhat.cend(); ++it)
        sorted.append({it.key(), it.value()});
    std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return a.second.rss > b.second.rss; });
    for (const auto &[what, sum] : sorted)
        if (sum.rss >= 100)
            std::printf("CW_SMAPS=%s|%lld|%lld|%lld\n", what.constData(), sum.rss, sum.pss, sum.dirty);
#ifdef __GLIBC__
    const struct mallinfo2 info = mallinfo2();
    std::printf("CW_SMAPS=malloc (all arenas): in use|%zu|%zu|0\n", (info.uordblks + info.hblkhd) / 1024,
                (info.uordblks + info.hblkhd) / 1024);
    std::printf("CW_SMAPS=malloc (all arenas): free, kept|%zu|%zu|0\n", info.fordblks / 1024, info.fordblks / 1024);
#endif
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
            printBreakdown();
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
