// Test helper for tst_SandboxLauncher: a process that starts the embedded sandbox as the app does
// (session::SandboxLauncher, state directory argv[1]) and prints "child <pid>" once it is ready,
// then waits to be killed.
#include <QCoreApplication>

#include <cstdio>

#include "session/SandboxLauncher.h"
#include "session/Session.h"

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2)
        return 2;
    cw::session::SandboxLauncher launcher;
    QObject::connect(&launcher, &cw::session::SandboxLauncher::ready, &app, [&launcher] {
        std::printf("child %lld\n", static_cast<long long>(launcher.processId()));
        std::fflush(stdout);
    });
    QObject::connect(&launcher, &cw::session::SandboxLauncher::failed, &app, [](const QString &reason) {
        std::fprintf(stderr, "sandbox_parent: %s\n", qPrintable(reason));
        QCoreApplication::exit(1);
    });
    cw::sandbox::SandboxOptions options;
    options.stateDir = QString::fromLocal8Bit(argv[1]);
    options.speed = 0.01;
    launcher.start(options);
    return app.exec();
}
