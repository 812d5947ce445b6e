#include "session/ChildProcess.h"

#include <QFile>
#include <QSocketNotifier>

#include <vector>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace cw::session {
namespace {

// How long a child may take to end after SIGTERM (the sandbox writes its state) before SIGKILL.
constexpr int kTerminateWaitMs = 5000;

void closeFd(int &fd) noexcept
{
    if (fd >= 0)
        ::close(fd);
    fd = -1;
}

int openPidFd(pid_t pid)
{
    // glibc 2.36 has pidfd_open(); the system call keeps older headers building.
    return int(::syscall(SYS_pidfd_open, pid, 0));
}

// Whether `pidFd` says the process ended, waiting up to `timeoutMs`.
bool endsWithin(int pidFd, int timeoutMs)
{
    pollfd p{pidFd, POLLIN, 0};
    int rc;
    do
        rc = ::poll(&p, 1, timeoutMs);
    while (rc < 0 && errno == EINTR);
    return rc > 0;
}

// Reaps `pid` (it has ended, or ends now): its wait status.
int reapStatus(pid_t pid)
{
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    return status;
}

// SIGTERM, up to kTerminateWaitMs for it to end, then SIGKILL; reaped either way.
void terminateAndReap(pid_t pid, int pidFd)
{
    ::kill(pid, SIGTERM);
    if (pidFd < 0 || !endsWithin(pidFd, kTerminateWaitMs))
        ::kill(pid, SIGKILL);
    reapStatus(pid);
}

// A notifier whose descriptor closes now, maybe from its own activated(): off at once, deleted
// once the event loop is back.
void retire(QSocketNotifier *notifier)
{
    if (!notifier)
        return;
    notifier->setEnabled(false);
    notifier->deleteLater();
}

} // namespace

SpawnedChild SpawnedChild::spawn(const QString &program, const QStringList &arguments)
{
    SpawnedChild child;
    int out[2] = {-1, -1};
    int err[2] = {-1, -1};
    if (::pipe2(out, O_CLOEXEC) != 0 || ::pipe2(err, O_CLOEXEC) != 0) {
        child.m_error = QString::fromLocal8Bit(std::strerror(errno));
        closeFd(out[0]), closeFd(out[1]), closeFd(err[0]), closeFd(err[1]);
        return child;
    }

    std::vector<QByteArray> encoded{QFile::encodeName(program)};
    for (const QString &argument : arguments)
        encoded.push_back(argument.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &a : encoded)
        argv.push_back(a.data());
    argv.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_adddup2(&actions, out[1], 1); // dup2 clears close-on-exec
    posix_spawn_file_actions_adddup2(&actions, err[1], 2);
    // The child starts with no blocked signal (a thread of ours may block some) and SIGPIPE at
    // its default, as QProcess starts one.
    posix_spawnattr_t attributes;
    posix_spawnattr_init(&attributes);
    sigset_t none;
    sigemptyset(&none);
    posix_spawnattr_setsigmask(&attributes, &none);
    sigset_t defaults;
    sigemptyset(&defaults);
    sigaddset(&defaults, SIGPIPE);
    posix_spawnattr_setsigdefault(&attributes, &defaults);
    posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);

    pid_t pid = 0;
    // glibc's posix_spawn waits for the exec: a missing or non-executable program is its result.
    const int rc = ::posix_spawn(&pid, argv.front(), &actions, &attributes, argv.data(), environ);
    posix_spawnattr_destroy(&attributes);
    posix_spawn_file_actions_destroy(&actions);
    closeFd(out[1]);
    closeFd(err[1]);
    if (rc != 0) {
        child.m_error = QString::fromLocal8Bit(std::strerror(rc));
        closeFd(out[0]);
        closeFd(err[0]);
        return child;
    }
    child.m_pid = pid;
    child.m_stdoutFd = out[0];
    child.m_stderrFd = err[0];
    ::fcntl(out[0], F_SETFL, ::fcntl(out[0], F_GETFL) | O_NONBLOCK);
    ::fcntl(err[0], F_SETFL, ::fcntl(err[0], F_GETFL) | O_NONBLOCK);
    // The pid cannot be reused before we reap it, so this refers to our child.
    child.m_pidFd = openPidFd(pid);
    if (child.m_pidFd < 0) {
        child.m_error = QString::fromLocal8Bit(std::strerror(errno));
        child.reset(); // terminated and reaped: without a pidfd its end could not be seen
    }
    return child;
}

SpawnedChild::SpawnedChild(SpawnedChild &&other) noexcept
    : m_pid(std::exchange(other.m_pid, 0))
    , m_pidFd(std::exchange(other.m_pidFd, -1))
    , m_stdoutFd(std::exchange(other.m_stdoutFd, -1))
    , m_stderrFd(std::exchange(other.m_stderrFd, -1))
    , m_error(std::move(other.m_error))
{
}

SpawnedChild &SpawnedChild::operator=(SpawnedChild &&other) noexcept
{
    if (this != &other) {
        reset();
        m_pid = std::exchange(other.m_pid, 0);
        m_pidFd = std::exchange(other.m_pidFd, -1);
        m_stdoutFd = std::exchange(other.m_stdoutFd, -1);
        m_stderrFd = std::exchange(other.m_stderrFd, -1);
        m_error = std::move(other.m_error);
    }
    return *this;
}

SpawnedChild::~SpawnedChild()
{
    reset();
}

void SpawnedChild::reset() noexcept
{
    if (m_pid > 0)
        terminateAndReap(m_pid, m_pidFd);
    m_pid = 0;
    closeFd(m_pidFd);
    closeFd(m_stdoutFd);
    closeFd(m_stderrFd);
}

ChildProcess::ChildProcess(SpawnedChild child, QObject *parent)
    : QObject(parent)
    , m_child(std::move(child))
{
    if (m_child.m_pid == 0)
        return;
    m_stdoutNotifier = new QSocketNotifier(m_child.m_stdoutFd, QSocketNotifier::Read, this);
    connect(m_stdoutNotifier, &QSocketNotifier::activated, this, [this] {
        readPipe(m_child.m_stdoutFd, m_stdoutNotifier, m_stdout, &ChildProcess::readyReadStandardOutput);
    });
    m_stderrNotifier = new QSocketNotifier(m_child.m_stderrFd, QSocketNotifier::Read, this);
    connect(m_stderrNotifier, &QSocketNotifier::activated, this, [this] {
        readPipe(m_child.m_stderrFd, m_stderrNotifier, m_stderr, &ChildProcess::readyReadStandardError);
    });
    m_exitNotifier = new QSocketNotifier(m_child.m_pidFd, QSocketNotifier::Read, this);
    connect(m_exitNotifier, &QSocketNotifier::activated, this, &ChildProcess::reap);
}

ChildProcess::~ChildProcess()
{
    // The notifiers go before their descriptors close; m_child then terminates and reaps.
    delete std::exchange(m_stdoutNotifier, nullptr);
    delete std::exchange(m_stderrNotifier, nullptr);
    delete std::exchange(m_exitNotifier, nullptr);
}

QByteArray ChildProcess::readLine()
{
    const qsizetype end = m_stdout.indexOf('\n');
    if (end < 0)
        return {};
    QByteArray line = m_stdout.left(end + 1);
    m_stdout.remove(0, end + 1);
    return line;
}

void ChildProcess::readPipe(int &fd, QSocketNotifier *&notifier, QByteArray &into, void (ChildProcess::*ready)())
{
    if (fd < 0)
        return;
    const qsizetype before = into.size();
    char buffer[16384];
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n > 0) {
            into.append(buffer, n);
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n == 0 || (errno != EAGAIN && errno != EWOULDBLOCK)) {
            // The child closed its end (or the pipe broke): nothing more will come.
            retire(std::exchange(notifier, nullptr));
            closeFd(fd);
        }
        break;
    }
    if (into.size() > before)
        Q_EMIT(this->*ready)();
}

void ChildProcess::reap()
{
    if (m_child.m_pid == 0)
        return;
    // What it wrote before it ended is in the pipes: read first, so finished() comes last.
    readPipe(m_child.m_stdoutFd, m_stdoutNotifier, m_stdout, &ChildProcess::readyReadStandardOutput);
    readPipe(m_child.m_stderrFd, m_stderrNotifier, m_stderr, &ChildProcess::readyReadStandardError);
    retire(std::exchange(m_exitNotifier, nullptr));
    const int status = reapStatus(std::exchange(m_child.m_pid, 0));
    closeFd(m_child.m_pidFd);
    if (WIFSIGNALED(status))
        Q_EMIT finished(0, WTERMSIG(status));
    else
        Q_EMIT finished(WEXITSTATUS(status), 0);
}

void ChildProcess::terminate()
{
    if (m_child.m_pid > 0)
        ::kill(m_child.m_pid, SIGTERM);
}

void ChildProcess::kill()
{
    if (m_child.m_pid > 0)
        ::kill(m_child.m_pid, SIGKILL);
}

bool ChildProcess::waitForFinished(int timeoutMs)
{
    if (m_child.m_pid == 0)
        return true;
    if (!endsWithin(m_child.m_pidFd, timeoutMs))
        return false;
    reap();
    return true;
}

} // namespace cw::session
