#include "shell/ApplicationContext.h"

#include "ops/Journal.h"
#include "ops/OperationRunner.h"
#include "secrets/KeychainSecretStore.h"
#include "session/SandboxLauncher.h"
#include "session/Session.h"

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

void ApplicationContext::startSandbox(double speed)
{
    if (m_launcher)
        return;
    m_launcher = new session::SandboxLauncher(this);
    connect(m_launcher, &session::SandboxLauncher::ready, this, &ApplicationContext::onSessionReady);
    connect(m_launcher, &session::SandboxLauncher::failed, this, &ApplicationContext::sessionFailed);
    sandbox::SandboxOptions options;
    options.stateDir = session::SandboxLauncher::defaultStateDirectory();
    options.speed = speed;
    m_launcher->start(options);
}

void ApplicationContext::onSessionReady(session::Session *session)
{
    m_session = session;
    m_runner = std::make_unique<ops::OperationRunner>(session->connection(), m_journal.get(), m_secrets);
    Q_EMIT sessionReady(session);
    const int resumed = m_runner->resumeUnfinished();
    if (resumed > 0)
        Q_EMIT operationsResumed(resumed);
}

} // namespace cw::ui
