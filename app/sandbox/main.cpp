// clusterwright-sandbox: runs the Azure emulator and prints one JSON "ready" line on stdout.
#include "common/AppIdentity.h"
#include "sandbox/SandboxServer.h"
#include "sandboxlink/SandboxLink.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>
#include <QStandardPaths>

#include <csignal>
#include <cstdio>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {
int signalPipe[2] = {-1, -1};
void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    cw::applyAppIdentity(app);
    QCoreApplication::setApplicationName(QStringLiteral("clusterwright-sandbox"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Local HTTPS emulator of the Azure endpoints Clusterwright uses."));
    parser.addHelpOption();
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("HTTPS port (0 = any free port)."), QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption stateDir(QStringLiteral("state-dir"), QStringLiteral("Directory of the state and certificates."), QStringLiteral("DIR"));
    const QCommandLineOption speed(QStringLiteral("speed"), QStringLiteral("Operation duration multiplier (default 1)."), QStringLiteral("F"), QStringLiteral("1"));
    const QCommandLineOption fresh(QStringLiteral("fresh"), QStringLiteral("Start from the seed data, discarding saved state."));
    const QCommandLineOption scenario(QStringLiteral("scenario"), QStringLiteral("Scenario JSON file (settings, faults, failNext, bulkComputes)."), QStringLiteral("FILE"));
    const QCommandLineOption computes(QStringLiteral("computes"), QStringLiteral("Add N bulk computes to ws-demo."), QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption reusePorts(QStringLiteral("reuse-ports"),
                                        QStringLiteral("With --port 0, listen on the previous run's ports of this state directory when free."));
    const QCommandLineOption exitWithParent(QStringLiteral("exit-with-parent"),
                                            QStringLiteral("Exit (writing the state) when process PID, the one that started this sandbox, ends."),
                                            QStringLiteral("PID"));
    parser.addOptions({port, stateDir, speed, fresh, scenario, computes, reusePorts, exitWithParent});
    parser.process(app);

    cw::sandbox::SandboxOptions options;
    options.port = quint16(parser.value(port).toUInt());
    options.stateDir = parser.isSet(stateDir)
        ? parser.value(stateDir)
        : QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    options.speed = parser.value(speed).toDouble();
    options.fresh = parser.isSet(fresh);
    options.scenarioFile = parser.value(scenario);
    options.computes = parser.value(computes).toInt();
    options.reusePorts = parser.isSet(reusePorts);

    // SIGTERM/SIGINT end the event loop so the state is written on the way out (installed before
    // the start: a signal during it is handled once the loop runs).
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) == 0) {
        auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &app, &QCoreApplication::quit);
        std::signal(SIGTERM, onSignal);
        std::signal(SIGINT, onSignal);
    }
    // Started by the app or the CLI: when that process dies, even by SIGKILL, the kernel sends
    // us SIGTERM (so the state is written) instead of leaving an orphan holding the ports. The
    // parent may already be gone before prctl: then getppid() is no longer its pid.
    if (parser.isSet(exitWithParent)) {
        const long long parentPid = parser.value(exitWithParent).toLongLong();
        if (::prctl(PR_SET_PDEATHSIG, SIGTERM) != 0 || static_cast<long long>(::getppid()) != parentPid) {
            std::fprintf(stderr, "clusterwright-sandbox: the process that started it (pid %lld) is gone\n", parentPid);
            return 1;
        }
    }
    cw::sandbox::SandboxCore core;
    QString error;
    if (!core.start(options, &error)) {
        std::fprintf(stderr, "clusterwright-sandbox: %s\n", qPrintable(error));
        return 1;
    }
    std::fprintf(stdout, "%s\n", cw::sandbox::readyLine(core.endpoint()).constData());
    std::fflush(stdout);
    const int rc = app.exec();
    core.stop();
    return rc;
}
