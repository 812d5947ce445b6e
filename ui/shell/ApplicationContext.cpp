#include "shell/ApplicationContext.h"

#include <QSettings>

#include "common/StartupTrace.h"

#include "auth/DeviceCodeCredential.h"
#include "ops/Journal.h"
#include "ops/OperationRunner.h"
#include "secrets/KeychainSecretStore.h"
#include "session/ListingsAhead.h"
#include "session/SandboxLauncher.h"
#include "session/Session.h"
#include "session/SilentSignIn.h"

namespace cw::ui {

ApplicationContext::ApplicationContext(QObject *parent)
    : QObject(parent)
    , m_secrets(new secrets::KeychainSecretStore(this))
    , m_journal(std::make_unique<ops::Journal>(ops::Journal::defaultDirectory()))
{
}

ApplicationContext::~ApplicationContext()
{
    // Stop driving operations before the session they use goes away; they stay resumable.
    m_runner.reset();
}

session::Session *ApplicationContext::session() const
{
    return m_session;
}

bool ApplicationContext::usesEmbeddedSandbox() const
{
    return m_launcher && m_session && m_launcher->session() == m_session;
}

void ApplicationContext::start(double sandboxSpeed, session::SpawnedChild sandboxProcess)
{
    m_sandboxSpeed = sandboxSpeed;
    const session::ConnectionChoice remembered = session::ConnectionChoice::load(QSettings());
    if (remembered.isSandbox())
        return startSandbox(sandboxSpeed, std::move(sandboxProcess));
    reconnect(remembered); // (a sandbox process started meanwhile ends with sandboxProcess)
}

session::SpawnedChild ApplicationContext::spawnRememberedSandbox(double speed)
{
    if (!session::ConnectionChoice::load(QSettings()).isSandbox())
        return {};
    const sandbox::SandboxOptions options = embeddedSandboxOptions(speed);
    if (!session::SandboxLauncher::hasState(options.stateDir))
        return {};
    return session::SandboxLauncher::spawn(options);
}

sandbox::SandboxOptions ApplicationContext::embeddedSandboxOptions(double speed)
{
    sandbox::SandboxOptions options;
    options.stateDir = session::SandboxLauncher::defaultStateDirectory();
    options.speed = speed;
    return options;
}

void ApplicationContext::startSandbox(double speed)
{
    startSandbox(speed, {});
}

void ApplicationContext::startSandbox(double speed, session::SpawnedChild process)
{
    if (m_launcher) {
        if (m_launcher->state() == session::SandboxLauncher::State::Stopped)
            m_launcher->restart(); // its ready() makes it current
        else if (m_launcher->state() == session::SandboxLauncher::State::Running)
            switchTo(m_launcher->session(), {});
        return; // still starting: its ready() makes it current
    }
    m_launcher = new session::SandboxLauncher(this);
    connect(m_launcher, &session::SandboxLauncher::ready, this, [this](session::Session *s) {
        // The first listings come on a thread of their own while the views are built and painted
        // (their requests, made while the views are built, take those answers). Without them,
        // the token and the TLS connections come up on Qt's network thread meanwhile; with them,
        // those four handshakes would only compete with the fetch for the second core, and the
        // views ask for the token with their first other request anyway. (Session 11 tried handing
        // the session over only once the token was in: the sandbox's first answers are its
        // slowest, and the views then came later: 149 -> 173 ms.)
        handOverSandboxSession(s, m_launcher->endpoint());
    });
    connect(m_launcher, &session::SandboxLauncher::failed, this, &ApplicationContext::sessionFailed);
    connect(m_launcher, &session::SandboxLauncher::stopped, this, [this](const QString &reason) {
        // Its operations would only fail against a closed port: they pause, as on a switch, and
        // resume on the restarted sandbox's session.
        if (usesEmbeddedSandbox() && m_runner)
            m_runner->stopAll();
        Q_EMIT sandboxStopped(reason);
    });
    m_launcher->start(embeddedSandboxOptions(speed), std::move(process));
}

void ApplicationContext::connectToRunningSandbox(const sandbox::SandboxEndpoint &endpoint)
{
    // Parented to this context like a signed-in Azure session: replaced, it is deleted.
    session::Session *session = session::sandboxSession(endpoint, this);
    CW_TRACE_MARK("sandbox session built");
    // As for the embedded sandbox. Warmed up on Qt's network thread instead, this session's token
    // waited for the GUI thread at its TLS handshake (Qt's network thread hands `encrypted` to the
    // reply's thread and waits) and came only after the first paint, or before it when the
    // handshake fell between two of the GUI thread's tasks: two modes 20 ms apart in the
    // time-to-clusters benchmark.
    handOverSandboxSession(session, endpoint);
}

void ApplicationContext::handOverSandboxSession(session::Session *session, const sandbox::SandboxEndpoint &endpoint)
{
    if (!session::fetchFirstListingsAhead(endpoint, session))
        session->warmUp();
    CW_TRACE_MARK("first listings asked");
    switchTo(session, {});
    session::stopServingListingsAhead(session);
}

void ApplicationContext::restartSandbox()
{
    if (m_launcher)
        m_launcher->restart();
}

void ApplicationContext::signOut()
{
    if (m_session && !usesEmbeddedSandbox()) {
        if (auto *deviceCode = qobject_cast<auth::DeviceCodeCredential *>(m_session->credential().get()))
            deviceCode->signOut(); // the refresh token, from memory and the keychain
        if (m_choice.method == session::ConnectionChoice::Method::ServicePrincipal)
            m_secrets->remove(m_choice.clientSecretKey());
        m_session->credential()->clearCache();
    }
    useSandbox();
}

void ApplicationContext::reconnect(const session::ConnectionChoice &choice)
{
    reconnect(choice, choice.environment());
}

void ApplicationContext::reconnect(const session::ConnectionChoice &choice, const auth::CloudEnvironment &environment)
{
    auto *signIn = new session::SilentSignIn(m_secrets, this);
    connect(signIn, &session::SilentSignIn::ready, this, [this, signIn, choice](session::Session *s) {
        signIn->deleteLater();
        useSession(s, choice);
    });
    connect(signIn, &session::SilentSignIn::failed, this, [this, signIn, choice](const QString &reason) {
        signIn->deleteLater();
        Q_EMIT signInNeeded(choice, reason);
    });
    signIn->start(choice, environment);
}

void ApplicationContext::useSession(session::Session *session, const session::ConnectionChoice &choice)
{
    session->setParent(this);
    switchTo(session, choice);
}

void ApplicationContext::switchTo(session::Session *session, const session::ConnectionChoice &choice)
{
    if (session == m_session)
        return;
    {
        // Written only when it changed: a QSettings write syncs the file to disk (two fdatasync
        // calls, 3-10 ms on the GUI thread, more when the disk is busy), and at every start it fell
        // between the first paint and the first rows. (Scoped: the write happens here, not when a
        // later QSettings in the views is opened.)
        QSettings settings;
        if (!choice.isSavedIn(settings))
            choice.save(settings);
    }
    m_choice = choice;
    // The previous runner stops driving (its operations stay in the journal, resumable when
    // their cloud is current again); it and its session live until the views have moved over.
    std::unique_ptr<ops::OperationRunner> previousRunner = std::move(m_runner);
    QPointer<session::Session> previous = m_session;
    if (previousRunner)
        previousRunner->stopAll();
    m_session = session;
    m_runner = std::make_unique<ops::OperationRunner>(session->connection(), m_journal.get(), m_secrets);
    CW_TRACE_MARK("views: building");
    Q_EMIT sessionReady(session);
    CW_TRACE_MARK("views: built");
    previousRunner.reset();
    // A replaced Azure session is done with; the sandbox's stays with its launcher for a switch back.
    if (previous && previous->parent() == this)
        previous->deleteLater();
    const int resumed = m_runner->resumeUnfinished();
    if (resumed > 0)
        Q_EMIT operationsResumed(resumed);
}

} // namespace cw::ui
