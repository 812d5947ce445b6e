#pragma once
#include <QByteArray>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QStringList>

class QProcess;

// Runs clusterwright-cli as a child process and collects its exit code and output. Waits with
// QSignalSpy (the test's event loop), never sleeps.
struct CliRun {
    int exitCode = -1;
    bool crashed = false;
    QByteArray out;
    QByteArray err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
};

CliRun runCli(const QStringList &arguments, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
              const QByteArray &input = {}, int timeoutMs = 90000);
// Starts the CLI and returns the running process (the caller owns and kills it).
QProcess *startCli(const QStringList &arguments,
                   const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
