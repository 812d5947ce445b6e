#include "cli/SpecOptions.h"
#include "cli/CliText.h"

#include <QCoreApplication>

#include "cli/CliOptions.h"
#include "common/BoundedFileRead.h"
#include "rules/AksResourceId.h"
#include "tls/PrivateKeyParser.h"
#include "tls/TlsTypes.h"

namespace cw::cli {

QString resourceIdOptionsProblem(const CliOptions &o)
{
    if (o.isSet(QStringLiteral("cluster-id"))) {
        const rules::AksResourceIdParse id = rules::parseAksResourceId(o.value(QStringLiteral("cluster-id")));
        if (!id.ok())
            return tr("--cluster-id is not an AKS cluster's resource ID: %1 Expected %2.")
                .arg(id.message, rules::aksResourceIdShape());
    }
    if (o.isSet(QStringLiteral("subscription"))) {
        const QString problem = rules::subscriptionIdProblem(o.value(QStringLiteral("subscription")));
        if (!problem.isEmpty())
            return tr("--subscription: %1").arg(problem);
    }
    return {};
}

QString readPemFile(const QString &path, QString *error)
{
    // Bounded whatever the path is: /dev/zero, /dev/urandom or a FIFO is refused, not read.
    const BoundedFileRead file = readBoundedFile(path, tls::kMaxPemInputBytes);
    if (!file.ok) {
        *error = file.error;
        return {};
    }
    return QString::fromUtf8(file.data);
}

QString readKeyFile(const QString &path, QString *error)
{
    const QString pem = readPemFile(path, error);
    if (!error->isEmpty())
        return {};
    const tls::PrivateKeyResult key = tls::parsePrivateKey(pem.toUtf8());
    if (!key.encrypted)
        return pem; // a damaged key is reported by the preflight's certificate checks
    // Azure ML takes the key unencrypted; the passphrase comes from the environment, never from
    // an argument (arguments are visible to every user of the machine).
    const QString passphrase = qEnvironmentVariable("CLUSTERWRIGHT_KEY_PASSPHRASE");
    if (passphrase.isEmpty()) {
        *error = tr("The private key in %1 is protected by a passphrase: set CLUSTERWRIGHT_KEY_PASSPHRASE.").arg(path);
        return {};
    }
    const QByteArray plain = tls::unencryptedPrivateKeyPem(pem.toUtf8(), passphrase);
    if (plain.isEmpty()) {
        *error = tr("CLUSTERWRIGHT_KEY_PASSPHRASE does not decrypt the private key in %1.").arg(path);
        return {};
    }
    return QString::fromUtf8(plain);
}

SpecFromOptions specFromOptions(const CliOptions &o, rules::ComputeMode mode, const QString &name,
                                const WorkspaceRef &workspace)
{
    auto opt = [&o](const char *n) { return o.value(QLatin1String(n)); };
    auto has = [&o](const char *n) { return o.isSet(QLatin1String(n)); };
    rules::ComputeSpec spec;
    spec.mode = mode;
    spec.name = name;
    spec.workspace = workspace;
    spec.description = opt("description");

    if (has("purpose")) {
        const QString p = opt("purpose").toLower();
        if (p == QLatin1String("production") || p == QLatin1String("fastprod"))
            spec.purpose = rules::ClusterPurpose::FastProd;
        else if (p == QLatin1String("dev-test") || p == QLatin1String("devtest"))
            spec.purpose = rules::ClusterPurpose::DevTest;
        else
            return {std::nullopt, tr("--purpose must be production or dev-test.")};
    }
    if (mode == rules::ComputeMode::Attach) {
        spec.aksResourceId = opt("cluster-id");
        if (spec.aksResourceId.isEmpty())
            return {std::nullopt, tr("attach needs --cluster-id (the AKS cluster's resource id).")};
        // The canonical spelling: the quotes `az ... --query id` prints never reach a URL.
        if (const rules::AksResourceIdParse id = rules::parseAksResourceId(spec.aksResourceId); id.ok())
            spec.aksResourceId = id.id->toString();
        else
            return {std::nullopt, resourceIdOptionsProblem(o)};
    } else {
        if (has("vm-size"))
            spec.vmSize = opt("vm-size");
        if (has("nodes")) {
            bool ok = false;
            spec.nodeCount = opt("nodes").toInt(&ok);
            if (!ok)
                return {std::nullopt, tr("--nodes must be a number.")};
        }
        if (has("location"))
            spec.region = rules::normalizeRegion(opt("location"));
        spec.networking = {opt("vnet"), opt("vnet-resource-group"), opt("subnet"), opt("service-cidr"),
                           opt("dns-service-ip"), opt("docker-bridge-cidr")};
    }
    if (has("ilb")) {
        spec.loadBalancer = rules::LoadBalancerType::InternalLoadBalancer;
        spec.loadBalancerSubnet = opt("lb-subnet");
    }
    if (has("leaf-label") && (has("cert-file") || has("key-file")))
        return {std::nullopt, tr("Choose either --leaf-label or --cert-file/--key-file, not both.")};
    if (has("leaf-label")) {
        spec.tls.mode = rules::TlsMode::LeafLabel;
        spec.tls.leafLabel = opt("leaf-label");
        spec.tls.overwriteExistingDomain = has("overwrite-domain");
    } else if (has("cert-file") || has("key-file")) {
        if (!has("cert-file") || !has("key-file") || !has("cname"))
            return {std::nullopt, tr("A custom certificate needs --cert-file, --key-file and --cname.")};
        QString error;
        spec.tls.mode = rules::TlsMode::Custom;
        spec.tls.certPem = readPemFile(opt("cert-file"), &error);
        if (error.isEmpty())
            spec.tls.keyPem = readKeyFile(opt("key-file"), &error);
        if (!error.isEmpty())
            return {std::nullopt, error};
        spec.tls.cname = opt("cname");
    }
    return {spec, {}};
}

} // namespace cw::cli
