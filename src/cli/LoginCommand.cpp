// `login`: chooses how later runs sign in (embedded sandbox, a running sandbox, a service
// principal, a device code, the Azure CLI), proves it works by fetching one token, and saves
// the profile. A client secret is read from stdin or AZURE_CLIENT_SECRET and kept in the
// keychain; it is never accepted as a command-line argument.
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>

#include <cstdio>

#include "auth/AuthError.h"
#include "auth/ClientSecretCredential.h"
#include "auth/TokenCredential.h"
#include "cli/CliContext.h"
#include "cli/CliText.h"
#include "cli/Commands.h"
#include "cli/SessionFactory.h"
#include "secrets/SecretStore.h"
#include "session/Session.h"

namespace cw::cli {

namespace {

QByteArray readSecretFromStdin()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    QByteArray secret = in.readAll();
    while (!secret.isEmpty() && (secret.endsWith('\n') || secret.endsWith('\r')))
        secret.chop(1);
    return secret;
}

// Fetches one ARM token with the profile in the context; saves the profile when it works.
void verifyAndSave(CliContext &ctx)
{
    ctx.withSession([&ctx](session::Session *s) {
        auth::TokenJob *job = s->credential()->requestToken(s->environment().armScope());
        QObject::connect(job, &auth::TokenJob::finished, &ctx, [&ctx, s](const auth::TokenResult &result) {
            if (!result.ok())
                return ctx.fail(result.error.isServiceUnavailable() ? kExitUnavailable : kExitAuth,
                                tr("Sign-in failed: %1").arg(result.error.humanMessage()));
            QString error;
            if (!ctx.profile().save(&error))
                return ctx.fail(kExitOperationFailed, tr("Signed in, but the profile could not be saved: %1").arg(error));
            ctx.message(tr("Signed in to %1 as %2.").arg(s->environment().name, s->displayName()));
            ctx.finish(kExitOk);
        });
    });
}

} // namespace

void runLogin(CliContext &ctx)
{
    const CliOptions &o = ctx.options();
    const QString how = o.arguments().value(0);
    Profile p;
    p.cloud = o.isSet(QStringLiteral("cloud")) ? o.value(QStringLiteral("cloud")) : QStringLiteral("AzureCloud");
    p.tenantId = o.value(QStringLiteral("tenant"));
    p.clientId = o.value(QStringLiteral("client-id"));
    p.subscriptionId = o.value(QStringLiteral("subscription"));
    p.resourceGroup = o.value(QStringLiteral("resource-group"));
    p.workspace = o.value(QStringLiteral("workspace"));

    if (how == QLatin1String("sandbox")) {
        p.cloud.clear();
        if (o.isSet(QStringLiteral("endpoint-file"))) {
            p.kind = Profile::Kind::SandboxEndpoint;
            p.endpointFile = QFileInfo(o.value(QStringLiteral("endpoint-file"))).absoluteFilePath();
            QString error;
            if (!readSandboxEndpointFile(p.endpointFile, &error))
                return ctx.fail(kExitUsage, error);
        } else {
            p.kind = Profile::Kind::EmbeddedSandbox;
        }
    } else if (how == QLatin1String("service-principal")) {
        p.kind = Profile::Kind::ServicePrincipal;
        if (p.tenantId.isEmpty() || p.clientId.isEmpty())
            return ctx.failUsage(tr("login service-principal needs --tenant and --client-id."));
        QByteArray secret;
        if (o.isSet(QStringLiteral("secret-stdin")))
            secret = readSecretFromStdin();
        else
            secret = QProcessEnvironment::systemEnvironment().value(QStringLiteral("AZURE_CLIENT_SECRET")).toUtf8();
        if (secret.isEmpty())
            return ctx.failUsage(tr("No client secret: pipe it to --secret-stdin or set AZURE_CLIENT_SECRET."));
        ctx.setProfile(p);
        secrets::SecretStore *store = ctx.secretStore();
        const QString cloud = auth::CloudEnvironment::byName(p.cloud).name;
        secrets::SecretJob *job = store->write(
            auth::ClientSecretCredential::secretKey(cloud.isEmpty() ? QStringLiteral("AzureCloud") : cloud, p.tenantId,
                                                    p.clientId),
            secret);
        QObject::connect(job, &secrets::SecretJob::finished, &ctx, [&ctx, store](const secrets::SecretResult &r) {
            if (!r.ok())
                ctx.message(tr("warning: the secret could not be kept in the keychain: %1").arg(r.error));
            else if (!store->isPersistent())
                ctx.message(tr("warning: no keychain here (%1); set AZURE_CLIENT_SECRET for later runs.")
                                .arg(store->sessionOnlyReason()));
            verifyAndSave(ctx);
        });
        return;
    } else if (how == QLatin1String("device-code")) {
        p.kind = Profile::Kind::DeviceCode;
    } else if (how == QLatin1String("az")) {
        p.kind = Profile::Kind::AzureCli;
    } else {
        return ctx.failUsage(tr("login needs one of: sandbox, service-principal, device-code, az."));
    }
    ctx.setProfile(p);
    verifyAndSave(ctx);
}

} // namespace cw::cli
