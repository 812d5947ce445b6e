// `login`: chooses how later runs sign in (embedded sandbox, a running sandbox, a service
// principal, a device code, the Azure CLI), proves it works by fetching one token, and saves
// the profile. A client secret is read from stdin or AZURE_CLIENT_SECRET and kept in the
// keychain once it signed in; it is never accepted as a command-line argument.
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>

#include <cstdio>
#include <memory>

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

// Client secrets are at most a few hundred bytes; standard input may be /dev/zero.
constexpr qint64 kMaxSecretBytes = 64 * 1024;

QByteArray readSecretFromStdin(bool *tooLarge)
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    // A pipe hands over at most its buffer per read: read until the end or past the limit.
    QByteArray secret;
    while (secret.size() <= kMaxSecretBytes) {
        const QByteArray chunk = in.read(kMaxSecretBytes + 1 - secret.size());
        if (chunk.isEmpty())
            break;
        secret += chunk;
    }
    if (secret.size() > kMaxSecretBytes) {
        secret.fill('\0');
        *tooLarge = true;
        return {};
    }
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

// A service principal: fetch one token with the secret as given, and only once that worked keep
// the secret in the keychain (a secret that does not sign in is never stored) and save the profile.
void verifySecretThenKeep(CliContext &ctx, const Profile &p, const QByteArray &secret)
{
    const auth::CloudEnvironment found = auth::CloudEnvironment::byName(p.cloud);
    const auth::CloudEnvironment env = found.name.isEmpty() ? auth::CloudEnvironment::azureCloud() : found;
    auto owned = std::make_shared<auth::ClientSecretCredential>(env, p.tenantId, p.clientId, secret);
    // Its token job is its child: the credential lives as long as the command, not the job's slot.
    QObject::connect(&ctx, &QObject::destroyed, [owned] {});
    auth::ClientSecretCredential *credential = owned.get();
    auth::TokenJob *job = credential->requestToken(env.armScope());
    QObject::connect(job, &auth::TokenJob::finished, &ctx,
                     [&ctx, credential, env, p, secret](const auth::TokenResult &result) {
        if (!result.ok())
            return ctx.fail(kExitAuth, tr("Sign-in failed: %1").arg(result.error.humanMessage()));
        secrets::SecretStore *store = ctx.secretStore();
        secrets::SecretJob *write = store->write(auth::ClientSecretCredential::secretKey(env.name, p.tenantId, p.clientId),
                                                 secret);
        QObject::connect(write, &secrets::SecretJob::finished, &ctx,
                         [&ctx, store, env, credential](const secrets::SecretResult &r) {
            if (!r.ok())
                ctx.message(tr("warning: the secret could not be kept in the keychain: %1").arg(r.error));
            else if (!store->isPersistent())
                ctx.message(tr("warning: no keychain here (%1); set AZURE_CLIENT_SECRET for later runs.")
                                .arg(store->sessionOnlyReason()));
            QString error;
            if (!ctx.profile().save(&error))
                return ctx.fail(kExitOperationFailed, tr("Signed in, but the profile could not be saved: %1").arg(error));
            ctx.message(tr("Signed in to %1 as %2.").arg(env.name, credential->displayName()));
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
            if (!sandbox::readSandboxEndpointFile(p.endpointFile, &error))
                return ctx.fail(kExitUsage, error);
        } else {
            p.kind = Profile::Kind::EmbeddedSandbox;
        }
    } else if (how == QLatin1String("service-principal")) {
        p.kind = Profile::Kind::ServicePrincipal;
        if (p.tenantId.isEmpty() || p.clientId.isEmpty())
            return ctx.failUsage(tr("login service-principal needs --tenant and --client-id."));
        QByteArray secret;
        bool tooLarge = false;
        if (o.isSet(QStringLiteral("secret-stdin")))
            secret = readSecretFromStdin(&tooLarge);
        else
            secret = QProcessEnvironment::systemEnvironment().value(QStringLiteral("AZURE_CLIENT_SECRET")).toUtf8();
        if (tooLarge)
            return ctx.failUsage(tr("Standard input holds more than %1 KiB: that is not a client secret.")
                                     .arg(kMaxSecretBytes / 1024));
        if (secret.isEmpty())
            return ctx.failUsage(tr("No client secret: pipe it to --secret-stdin or set AZURE_CLIENT_SECRET."));
        ctx.setProfile(p);
        return verifySecretThenKeep(ctx, p, secret);
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
