#include "cli/SessionFactory.h"
#include "cli/CliText.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QProcessEnvironment>

#include "auth/AzureCliCredential.h"
#include "auth/ClientSecretCredential.h"
#include "auth/DeviceCodeCredential.h"
#include "secrets/SecretStore.h"
#include "session/SandboxLauncher.h"
#include "session/Session.h"

namespace cw::cli {

namespace {

auth::CloudEnvironment cloudOf(const Profile &profile)
{
    const auth::CloudEnvironment env = auth::CloudEnvironment::byName(profile.cloud);
    return env.name.isEmpty() ? auth::CloudEnvironment::azureCloud() : env;
}

} // namespace

SessionFactory::SessionFactory(secrets::SecretStore *store, QObject *parent)
    : AsyncJob(parent, Delivery::Queued, Lifetime::KeptByOwner)
    , m_store(store)
{
}

session::Session *SessionFactory::session() const
{
    return m_session;
}

SessionFactory::~SessionFactory()
{
    // The session's requests may go to the sandbox child process: end them before it stops.
    delete m_session.data();
    delete m_launcher;
}

void SessionFactory::start(const Profile &profile)
{
    m_profile = profile;
    AsyncJob::start();
}

void SessionFactory::doStart()
{
    const Profile &profile = m_profile;
    switch (profile.kind) {
    case Profile::Kind::EmbeddedSandbox:
        return startEmbeddedSandbox();
    case Profile::Kind::SandboxEndpoint:
        return startSandboxEndpoint(profile);
    case Profile::Kind::ServicePrincipal:
        return startServicePrincipal(profile);
    case Profile::Kind::DeviceCode: {
        const QString tenant = profile.tenantId.isEmpty() ? QStringLiteral("organizations") : profile.tenantId;
        const QString client = profile.clientId.isEmpty() ? QString::fromLatin1(auth::DeviceCodeCredential::kAzureCliPublicClientId)
                                                          : profile.clientId;
        auto credential = std::make_shared<auth::DeviceCodeCredential>(cloudOf(profile), tenant, client, m_store.data());
        connect(credential.get(), &auth::DeviceCodeCredential::deviceCodeReceived, this,
                [this](const auth::DeviceCodeInfo &info) { Q_EMIT deviceCodePrompt(info.message); });
        return succeed(new session::Session(cloudOf(profile), std::move(credential), this));
    }
    case Profile::Kind::AzureCli:
        return succeed(new session::Session(cloudOf(profile), std::make_shared<auth::AzureCliCredential>(cloudOf(profile)), this));
    }
}

void SessionFactory::startEmbeddedSandbox()
{
    const QString stateDir = session::SandboxLauncher::defaultStateDirectory();
    QDir().mkpath(QFileInfo(stateDir).absolutePath());
    m_lock = std::make_unique<QLockFile>(stateDir + QStringLiteral(".lock"));
    m_lock->setStaleLockTime(0); // a lock left by a crashed process is recognised by its pid
    if (!m_lock->tryLock(0)) {
        qint64 pid = 0;
        QString host, app;
        m_lock->getLockInfo(&pid, &host, &app);
        const QString message =
            tr("The embedded sandbox's state (%1) is in use by another process (%2, pid %3). Close it, or "
               "point the CLI at a running sandbox with `clusterwright-cli login sandbox --endpoint-file FILE`.")
                .arg(stateDir, app.isEmpty() ? tr("unknown program") : app)
                .arg(pid);
        return fail(message, 1);
    }
    m_launcher = new session::SandboxLauncher;
    connect(m_launcher, &session::SandboxLauncher::failed, this, [this](const QString &reason) {
        fail(tr("The embedded sandbox did not start: %1").arg(reason), 1);
    });
    connect(m_launcher, &session::SandboxLauncher::ready, this, [this](session::Session *s) {
        m_defaultSubscription = m_launcher->endpoint().subscriptionId;
        succeed(s);
    });
    sandbox::SandboxOptions options;
    options.stateDir = stateDir;
    m_launcher->start(options);
}

void SessionFactory::startSandboxEndpoint(const Profile &profile)
{
    QString error;
    const std::optional<sandbox::SandboxEndpoint> e = sandbox::readSandboxEndpointFile(profile.endpointFile, &error);
    if (!e)
        return fail(error, 3);
    m_defaultSubscription = e->subscriptionId;
    succeed(session::sandboxSession(*e, this));
}

void SessionFactory::startServicePrincipal(const Profile &profile)
{
    const auth::CloudEnvironment env = cloudOf(profile);
    const QByteArray fromEnvironment = QProcessEnvironment::systemEnvironment().value(QStringLiteral("AZURE_CLIENT_SECRET")).toUtf8();
    if (!fromEnvironment.isEmpty()) {
        auto credential = std::make_shared<auth::ClientSecretCredential>(env, profile.tenantId, profile.clientId, fromEnvironment);
        return succeed(new session::Session(env, std::move(credential), this));
    }
    if (!m_store) {
        return fail(tr("No keychain and no AZURE_CLIENT_SECRET."), 3);
    }
    secrets::SecretJob *job = m_store->read(auth::ClientSecretCredential::secretKey(env.name, profile.tenantId, profile.clientId));
    connect(job, &secrets::SecretJob::finished, this, [this, env, profile](const secrets::SecretResult &result) {
        if (!result.ok()) {
            return fail(tr("The client secret is not in the keychain (%1). Set AZURE_CLIENT_SECRET or run "
                           "`clusterwright-cli login service-principal` again.")
                            .arg(result.error.isEmpty() ? tr("not found") : result.error),
                        3);
        }
        auto credential = std::make_shared<auth::ClientSecretCredential>(env, profile.tenantId, profile.clientId, result.data);
        succeed(new session::Session(env, std::move(credential), this));
    });
}

void SessionFactory::succeed(session::Session *s)
{
    if (isFinished())
        return;
    m_session = s;
    finishWith([this, s] { Q_EMIT ready(s); });
}

void SessionFactory::fail(const QString &message, int exitCode)
{
    finishWith([this, message, exitCode] { Q_EMIT failed(message, exitCode); });
}

} // namespace cw::cli
