#include "session/SandboxLauncher.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QTimer>

#include <cstring>

#include "auth/SandboxCredential.h"
#include "session/Session.h"

Q_LOGGING_CATEGORY(lcSandboxLauncher, "cw.session.sandbox", QtInfoMsg)

namespace cw::session {
namespace {

// Enough for the reason of a failed start (the sandbox writes one line then), bounded so a
// chatty child cannot grow the app's memory.
constexpr qsizetype kStderrLimit = 16 * 1024;
// A child that neither prints its ready line nor exits is stuck (a state file on a hung mount).
constexpr int kStartTimeoutMs = 60000;

// The directory of this process's executable, with or without a QCoreApplication (spawn() runs
// before it exists; QCoreApplication::applicationDirPath() needs one).
QString programDirectory()
{
    return QFileInfo(QFileInfo(QStringLiteral("/proc/self/exe")).canonicalFilePath()).absolutePath();
}

QStringList sandboxArguments(const sandbox::SandboxOptions &options)
{
    QStringList args{QStringLiteral("--port"), QString::number(options.port),
                     QStringLiteral("--state-dir"), options.stateDir,
                     QStringLiteral("--speed"), QString::number(options.speed, 'g', 17),
                     // Journaled operation URLs and exported kubeconfigs survive a restart.
                     QStringLiteral("--reuse-ports"),
                     QStringLiteral("--exit-with-parent"), QString::number(QCoreApplication::applicationPid())};
    if (options.fresh)
        args << QStringLiteral("--fresh");
    if (!options.scenarioFile.isEmpty())
        args << QStringLiteral("--scenario") << options.scenarioFile;
    if (options.computes > 0)
        args << QStringLiteral("--computes") << QString::number(options.computes);
    return args;
}

QString lastLine(const QByteArray &text)
{
    const QList<QByteArray> lines = text.trimmed().split('\n');
    return lines.isEmpty() ? QString() : QString::fromUtf8(lines.last().trimmed());
}

} // namespace

Session *sandboxSession(const sandbox::SandboxEndpoint &e, QObject *parent)
{
    auto credential = std::make_shared<auth::SandboxCredential>(e.baseUrl, e.caFile, e.tenantId, e.clientId,
                                                                e.clientSecret.toUtf8());
    return new Session(auth::CloudEnvironment::sandbox(e.baseUrl, e.caFile), std::move(credential), parent);
}

SandboxLauncher::SandboxLauncher(QObject *parent)
    : QObject(parent)
    , m_program(defaultProgram())
{
}

Session *SandboxLauncher::session() const
{
    return m_session;
}

SandboxLauncher::~SandboxLauncher()
{
    // The session's requests go to the sandbox: end them before the child stops.
    delete m_session.data();
    stopChild();
}

QString SandboxLauncher::defaultStateDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/sandbox");
}

bool SandboxLauncher::hasState(const QString &stateDirectory)
{
    // The files SandboxCore::start loads instead of making them (SandboxPki, SandboxState).
    return QFileInfo::exists(stateDirectory + QStringLiteral("/state.json"))
        && QFileInfo::exists(stateDirectory + QStringLiteral("/server-key.pem"));
}

QString SandboxLauncher::defaultProgram()
{
    const QString fromEnvironment = qEnvironmentVariable("CW_SANDBOX_BIN");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const QString dir = programDirectory();
    const QStringList candidates{dir + QStringLiteral("/clusterwright-sandbox"),
                                 dir + QStringLiteral("/../sandbox/clusterwright-sandbox")};
    for (const QString &candidate : candidates) {
        const QFileInfo info(candidate);
        if (info.isFile() && info.isExecutable())
            return info.canonicalFilePath();
    }
    return {};
}

qint64 SandboxLauncher::processId() const
{
    return m_process ? m_process->processId() : 0;
}

SpawnedChild SandboxLauncher::spawn(const sandbox::SandboxOptions &options)
{
    const QString program = defaultProgram();
    if (program.isEmpty())
        return {};
    return SpawnedChild::spawn(program, sandboxArguments(options));
}

void SandboxLauncher::start(const sandbox::SandboxOptions &options, SpawnedChild child)
{
    if (m_state != State::NotStarted)
        return;
    m_options = options;
    if (child.processId() == 0)
        return launch();
    m_state = State::Starting;
    watch(std::move(child));
}

void SandboxLauncher::restart()
{
    if (m_state == State::Stopped)
        launch();
}

void SandboxLauncher::launch()
{
    m_state = State::Starting;
    if (m_program.isEmpty()) {
        // Asynchronous like every other outcome, so callers connect after start().
        QMetaObject::invokeMethod(this, [this] {
            fail(tr("the clusterwright-sandbox program was not found next to %1").arg(programDirectory()));
        }, Qt::QueuedConnection);
        return;
    }
    SpawnedChild child = SpawnedChild::spawn(m_program, sandboxArguments(m_options));
    if (child.processId() == 0) {
        QMetaObject::invokeMethod(this, [this, error = child.error()] {
            fail(tr("could not run %1: %2").arg(m_program, error));
        }, Qt::QueuedConnection);
        return;
    }
    watch(std::move(child));
}

void SandboxLauncher::watch(SpawnedChild child)
{
    m_stderr.clear();
    if (m_process)
        m_process->deleteLater();
    m_process = new ChildProcess(std::move(child), this);
    connect(m_process, &ChildProcess::readyReadStandardOutput, this, &SandboxLauncher::readStandardOutput);
    connect(m_process, &ChildProcess::readyReadStandardError, this, &SandboxLauncher::readStandardError);
    connect(m_process, &ChildProcess::finished, this, &SandboxLauncher::onFinished);
    if (!m_startTimeout) {
        m_startTimeout = new QTimer(this);
        m_startTimeout->setSingleShot(true);
        m_startTimeout->setInterval(kStartTimeoutMs);
        connect(m_startTimeout, &QTimer::timeout, this, [this] {
            if (m_state != State::Starting)
                return;
            ChildProcess *stuck = std::exchange(m_process, nullptr);
            stuck->disconnect(this);
            stuck->kill();
            stuck->waitForFinished(1000);
            stuck->deleteLater();
            fail(tr("it did not become ready within %1 s").arg(kStartTimeoutMs / 1000));
        });
    }
    m_startTimeout->start();
}

void SandboxLauncher::readStandardOutput()
{
    // One JSON ready line; anything after it is not for us (the sandbox logs on stderr).
    while (m_process->canReadLine()) {
        const QByteArray line = m_process->readLine();
        if (m_state != State::Starting)
            continue;
        const std::optional<sandbox::SandboxEndpoint> readyLine = sandbox::endpointFromReadyLine(line);
        if (!readyLine)
            continue;
        const sandbox::SandboxEndpoint &e = *readyLine;
        m_startTimeout->stop();
        m_endpoint = e;
        m_state = State::Running;
        Session *previous = m_session;
        m_session = sandboxSession(e, this);
        qCInfo(lcSandboxLauncher) << "sandbox process" << m_process->processId() << "listening on" << e.baseUrl;
        Q_EMIT ready(m_session);
        // The receivers have moved over to the new session (ApplicationContext::switchTo).
        if (previous)
            previous->deleteLater();
    }
}

void SandboxLauncher::readStandardError()
{
    m_stderr += m_process->readAllStandardError();
    if (m_stderr.size() > kStderrLimit)
        m_stderr = m_stderr.right(kStderrLimit);
}

void SandboxLauncher::onFinished(int exitCode, int signal)
{
    readStandardError();
    const QString reason = exitReason(exitCode, signal);
    if (m_state == State::Starting)
        return fail(reason);
    if (m_state != State::Running)
        return;
    m_state = State::Stopped;
    qCWarning(lcSandboxLauncher) << "the sandbox process stopped:" << reason;
    Q_EMIT stopped(reason);
}

void SandboxLauncher::fail(const QString &reason)
{
    if (m_startTimeout)
        m_startTimeout->stop();
    m_state = State::Stopped; // restart() may try again
    qCWarning(lcSandboxLauncher) << "the sandbox did not start:" << reason;
    Q_EMIT failed(reason);
}

QString SandboxLauncher::exitReason(int exitCode, int signal) const
{
    if (signal != 0) {
        // Its last stderr line is only its latest log then, not a reason: left out.
        const char *name = ::sigabbrev_np(signal);
        return tr("killed by signal %1 (%2)").arg(signal).arg(name ? QLatin1String("SIG") + QLatin1String(name) : tr("unknown"));
    }
    // An exit of its own: the sandbox writes why as its last line ("clusterwright-sandbox: ...").
    const QString how = tr("exited with code %1").arg(exitCode);
    const QString said = lastLine(m_stderr);
    return said.isEmpty() ? how : tr("%1: %2").arg(how, said);
}

void SandboxLauncher::stopChild()
{
    if (!m_process)
        return;
    m_process->disconnect(this);
    delete std::exchange(m_process, nullptr); // SIGTERM (it writes its state), SIGKILL after 5 s; reaped
}

} // namespace cw::session
