#include "CliRunner.h"

#include <QProcess>
#include <QSignalSpy>

QProcess *startCli(const QStringList &arguments, const QProcessEnvironment &env)
{
    auto *process = new QProcess;
    process->setProcessEnvironment(env);
    process->start(QStringLiteral(CW_CLI_BIN), arguments);
    return process;
}

CliRun runCli(const QStringList &arguments, const QProcessEnvironment &env, const QByteArray &input, int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(env);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(CW_CLI_BIN), arguments);
    if (!input.isNull()) {
        process.write(input);
    }
    process.closeWriteChannel();
    CliRun run;
    if (!finished.wait(timeoutMs)) {
        process.kill();
        finished.wait(5000);
        run.crashed = true;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.crashed = run.crashed || process.exitStatus() != QProcess::NormalExit;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}
