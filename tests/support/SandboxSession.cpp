#include "support/SandboxSession.h"

#include "auth/CloudEnvironment.h"
#include "auth/SandboxCredential.h"

#include <QTest>

#include <optional>

namespace cw::test {

namespace {

std::shared_ptr<auth::SandboxCredential> credentialFor(const sandbox::SandboxEndpoint &ep)
{
    return std::make_shared<auth::SandboxCredential>(ep.baseUrl, ep.caFile, ep.tenantId, ep.clientId,
                                                     ep.clientSecret.toUtf8());
}

} // namespace

std::unique_ptr<session::Session> sandboxSession(const SandboxProcess &sandbox, QObject *parent)
{
    const sandbox::SandboxEndpoint ep = sandbox.endpoint();
    return std::make_unique<session::Session>(auth::CloudEnvironment::sandbox(ep.baseUrl, ep.caFile), credentialFor(ep),
                                              parent);
}

std::unique_ptr<arm::ArmConnection> sandboxConnection(const SandboxProcess &sandbox)
{
    const sandbox::SandboxEndpoint ep = sandbox.endpoint();
    return std::make_unique<arm::ArmConnection>(auth::CloudEnvironment::sandbox(ep.baseUrl, ep.caFile), credentialFor(ep));
}

SandboxOperations::SandboxOperations(const SandboxProcess &sandbox)
    : session(sandboxSession(sandbox))
    , journal(std::make_unique<ops::Journal>(journalDir.path()))
    , runner(std::make_unique<ops::OperationRunner>(session->connection(), journal.get()))
{
    runner->setDefaultPollIntervalMs(50);
}

ops::OperationRecord waitForFinish(ops::OperationRunner *runner, const QString &id, int timeoutMs)
{
    std::optional<ops::OperationRecord> done;
    if (auto r = runner->record(id); r && r->isFinished())
        done = r;
    const auto conn = QObject::connect(runner, &ops::OperationRunner::operationFinished, runner,
                                       [&](const ops::OperationRecord &r) { if (r.id == id) done = r; });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(done.has_value(), timeoutMs); }();
    QObject::disconnect(conn);
    return done.value_or(ops::OperationRecord{});
}

QProcessEnvironment crashHelperEnvironment(const SandboxProcess &sandbox)
{
    const auto ep = sandbox.endpoint();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CW_HELPER_BASEURL"), ep.baseUrl.toString());
    env.insert(QStringLiteral("CW_HELPER_CAFILE"), ep.caFile);
    env.insert(QStringLiteral("CW_HELPER_TENANT"), ep.tenantId);
    env.insert(QStringLiteral("CW_HELPER_CLIENT"), ep.clientId);
    env.insert(QStringLiteral("CW_HELPER_SECRET"), ep.clientSecret);
    env.insert(QStringLiteral("CW_HELPER_SUB"), ep.subscriptionId);
    return env;
}

} // namespace cw::test
