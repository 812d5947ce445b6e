#pragma once
#include <QByteArray>
#include <QObject>
#include <QPointer>

#include "sandboxlink/SandboxLink.h"
#include "session/ChildProcess.h"

class QTimer;

namespace cw::session {

class Session;

// A session signed in with the sandbox's service principal at `endpoint` (a sandbox this process
// started, or one that already runs elsewhere).
Session *sandboxSession(const sandbox::SandboxEndpoint &endpoint, QObject *parent);

// Runs the embedded sandbox as a child process (the clusterwright-sandbox executable), so that
// its failure — a crash, an out-of-memory kill, someone's `kill -9` — cannot take the app or the
// CLI down. Once the child prints its ready line, makes a Session signed in with the sandbox's
// service principal. When a running child dies, says so (stopped(), with the exit reason) and
// can start it again on the same state directory and ports (restart()), so journaled operation
// URLs stay valid and the operations resume on the new session.
//
// The child is started with --exit-with-parent: if this process is killed outright, the kernel
// ends the sandbox too (it writes its state). PR_SET_PDEATHSIG follows the thread that forked,
// so start() (and spawn()) from a thread that lives as long as the process (the main thread, as
// the app and the CLI do). On destruction the child gets SIGTERM (it writes its state) and is
// reaped.
//
// The app starts the process before QApplication exists (spawn(), 6-9 ms sooner) and hands it
// over (start(options, child)); every other start, and every restart, spawns it in start().
class SandboxLauncher : public QObject
{
    Q_OBJECT
public:
    enum class State { NotStarted, Starting, Running, Stopped };

    explicit SandboxLauncher(QObject *parent = nullptr);
    ~SandboxLauncher() override;

    // <AppLocalDataLocation>/sandbox: the sandbox's world and CA persist between runs.
    static QString defaultStateDirectory();
    // Whether a sandbox ran on `stateDirectory` before (its state and keys exist): its start is
    // then light (~35 ms: load, listen), while a first start makes the keys (~0.5 s of CPU).
    static bool hasState(const QString &stateDirectory);
    // The clusterwright-sandbox executable: $CW_SANDBOX_BIN when set (tests, development), else
    // next to this program's executable (installed: /usr/bin), else in the build tree's
    // app/sandbox beside app/gui and app/cli. Empty when none exists.
    static QString defaultProgram();
    void setProgram(const QString &program) { m_program = program; }

    // Starts defaultProgram() with `options`, needing no Qt event loop or application object:
    // for start(options, child). An empty child (error() says why) when it could not.
    static SpawnedChild spawn(const sandbox::SandboxOptions &options);

    // Starts the child (asynchronously): ready() or failed(). Ports of the previous run in the
    // state directory are reused when free. `child`: one spawn() started with the same `options`
    // (the app's early start); empty, it is started here (so a failed early spawn is reported
    // like any other).
    void start(const sandbox::SandboxOptions &options, SpawnedChild child = {});
    // Starts a stopped (or failed) sandbox again with the same options; nothing when it runs.
    void restart();

    State state() const { return m_state; }
    Session *session() const; // defined in the .cpp: QPointer<Session> needs the complete type
    const sandbox::SandboxEndpoint &endpoint() const { return m_endpoint; }
    // The child's pid while it runs (0 otherwise).
    qint64 processId() const;

Q_SIGNALS:
    // The sandbox listens; `session` is new on each (re)start and owned by the launcher (the
    // previous one is deleted later).
    void ready(cw::session::Session *session);
    // It did not start: the program is missing, or it exited before its ready line.
    void failed(const QString &reason);
    // It was running and ended on its own (crashed, killed, exited): `reason` says how.
    void stopped(const QString &reason);

private:
    void launch();
    void watch(SpawnedChild child);
    void readStandardOutput();
    void readStandardError();
    void onFinished(int exitCode, int signal);
    void fail(const QString &reason);
    // "killed by signal 9 (SIGKILL)", or "exited with code 1: <the last line it wrote on stderr>".
    QString exitReason(int exitCode, int signal) const;
    void stopChild();

    QString m_program;
    sandbox::SandboxOptions m_options;
    State m_state = State::NotStarted;
    ChildProcess *m_process = nullptr;
    QTimer *m_startTimeout = nullptr;
    QByteArray m_stderr; // the last kStderrLimit bytes the child wrote on stderr
    QPointer<Session> m_session;
    sandbox::SandboxEndpoint m_endpoint;
};

} // namespace cw::session
