#pragma once
#include <QByteArray>
#include <QObject>
#include <QString>
#include <QStringList>

#include <sys/types.h>

class QSocketNotifier;

namespace cw::session {

// A child process started with posix_spawn: stdin from /dev/null, stdout and stderr on pipes,
// its end seen through a pidfd. Two parts, because the app starts its sandbox before
// QApplication exists (QProcess needs an application and its event loop from the start):
// SpawnedChild is the started process and needs nothing of Qt's; ChildProcess watches one from
// an event loop.
class SpawnedChild
{
public:
    // Starts `program` with `arguments`. An exec failure (no such file, not executable) is
    // reported here, at once: processId() is 0 and error() says why.
    static SpawnedChild spawn(const QString &program, const QStringList &arguments);

    SpawnedChild() = default;
    SpawnedChild(SpawnedChild &&other) noexcept;
    SpawnedChild &operator=(SpawnedChild &&other) noexcept;
    SpawnedChild(const SpawnedChild &) = delete;
    SpawnedChild &operator=(const SpawnedChild &) = delete;
    // A child nobody took over: SIGTERM, then reaped (SIGKILL after 5 s).
    ~SpawnedChild();

    pid_t processId() const { return m_pid; }
    const QString &error() const { return m_error; }

private:
    friend class ChildProcess;
    void reset() noexcept;

    pid_t m_pid = 0;
    int m_pidFd = -1;
    int m_stdoutFd = -1;
    int m_stderrFd = -1;
    QString m_error;
};

// Watches a spawned child from the event loop: what it writes, and its end. The output is
// read as it comes (never blocking); finished() comes after the last of it was read.
class ChildProcess : public QObject
{
    Q_OBJECT
public:
    explicit ChildProcess(SpawnedChild child, QObject *parent = nullptr);
    // A child still running is terminated and reaped, as SpawnedChild's destructor does.
    ~ChildProcess() override;

    // While it runs (0 once it ended).
    qint64 processId() const { return m_child.m_pid; }

    bool canReadLine() const { return m_stdout.contains('\n'); }
    QByteArray readLine(); // up to and with the next '\n'; empty when there is no whole line
    QByteArray readAllStandardError() { return std::exchange(m_stderr, {}); }

    void terminate(); // SIGTERM
    void kill();      // SIGKILL
    // Blocks until the child ends, up to `timeoutMs`; finished() is emitted before it returns.
    bool waitForFinished(int timeoutMs);

Q_SIGNALS:
    void readyReadStandardOutput();
    void readyReadStandardError();
    // `signal` is the signal that killed it, 0 when it exited (with `exitCode`).
    void finished(int exitCode, int signal);

private:
    void readPipe(int &fd, QSocketNotifier *&notifier, QByteArray &into, void (ChildProcess::*ready)());
    void reap();

    SpawnedChild m_child;
    QSocketNotifier *m_stdoutNotifier = nullptr;
    QSocketNotifier *m_stderrNotifier = nullptr;
    QSocketNotifier *m_exitNotifier = nullptr;
    QByteArray m_stdout;
    QByteArray m_stderr;
};

} // namespace cw::session
