// The reference for the gui-start and memory benchmarks: a bare QMainWindow, nothing else.
// With CW_BENCH_REPORT_MEMORY=1 it prints its peak RSS (VmHWM) 2 s after showing (painted and
// settled) and exits; otherwise it runs until the gui-start probe ends it at the first paint.
#include <QApplication>
#include <QFile>
#include <QMainWindow>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(1100, 720);
    window.show();
    if (qEnvironmentVariableIntValue("CW_BENCH_REPORT_MEMORY") == 1) {
        QTimer::singleShot(2000, &app, [] {
            QFile f(QStringLiteral("/proc/self/status"));
            if (f.open(QIODevice::ReadOnly))
                for (const QByteArray &line : f.readAll().split('\n'))
                    if (line.startsWith("VmHWM:") || line.startsWith("VmRSS:"))
                        std::printf("CW_%s_KB=%s\n", line.startsWith("VmHWM:") ? "VMHWM" : "VMRSS",
                                    line.mid(6).trimmed().split(' ').value(0).constData());
            std::fflush(stdout);
            QCoreApplication::exit(0);
        });
    }
    return app.exec();
}
