#include "sandbox/ExtensionHealthCheck.h"

#include <QStringList>

#include <memory>
#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace cw::sandbox {

namespace {

struct FreeHealthObject {
    void operator()(EVP_PKEY *p) const { EVP_PKEY_free(p); }
    void operator()(X509 *p) const { X509_free(p); }
    void operator()(BIO *p) const { BIO_free(p); }
};

QString setting(const Json &settings, const char *key)
{
    auto it = settings.find(key);
    return it != settings.end() && it->is_string() ? q(it->get<std::string>()) : QString();
}

Json healthStatus(const char *code, const char *display, const QString &message, const QString &nowIso)
{
    return {{"code", code}, {"displayStatus", display}, {"level", "Error"}, {"message", s(message)}, {"time", s(nowIso)}};
}

int nodeCount(const Json &cluster)
{
    int nodes = 0;
    for (const Json &pool : cluster.value("properties", Json::object()).value("agentPoolProfiles", Json::array()))
        nodes += pool.value("count", 0);
    return nodes;
}

QByteArray secretValue(const Json &secrets, const QString &nsName, const char *dataKey)
{
    auto secret = secrets.find(s(nsName));
    if (secret == secrets.end() || !secret->is_object())
        return {};
    auto value = secret->find(dataKey);
    return value != secret->end() && value->is_string() ? QByteArray::fromBase64(QByteArray::fromStdString(value->get<std::string>()))
                                                          : QByteArray();
}

} // namespace

bool settingIsTrue(const Json &settings, const char *key, bool fallback)
{
    const QString value = setting(settings, key);
    if (value.isEmpty())
        return fallback;
    return value.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
}

QString tlsPairProblem(const QByteArray &certPem, const QByteArray &keyPem, const QString &cname)
{
    std::unique_ptr<BIO, FreeHealthObject> certBio(BIO_new_mem_buf(certPem.constData(), int(certPem.size())));
    pem_password_cb *none = [](char *, int, int, void *) { return 0; };
    std::unique_ptr<X509, FreeHealthObject> cert(PEM_read_bio_X509(certBio.get(), nullptr, none, nullptr));
    if (!cert)
        return QStringLiteral("the certificate is not a valid PEM certificate");
    std::unique_ptr<BIO, FreeHealthObject> keyBio(BIO_new_mem_buf(keyPem.constData(), int(keyPem.size())));
    // No passphrase: without a callback OpenSSL would prompt on the terminal for an encrypted key
    // (and the sandbox would hang waiting for it). The extension takes unencrypted keys only.
    pem_password_cb *noPassphrase = [](char *, int, int, void *) { return 0; };
    std::unique_ptr<EVP_PKEY, FreeHealthObject> key(PEM_read_bio_PrivateKey(keyBio.get(), nullptr, noPassphrase, nullptr));
    if (!key)
        return QStringLiteral("the key is not a valid unencrypted PEM private key");
    if (X509_check_private_key(cert.get(), key.get()) != 1)
        return QStringLiteral("the key does not match the certificate");
    const QByteArray host = cname.toUtf8();
    if (X509_check_host(cert.get(), host.constData(), size_t(host.size()), 0, nullptr) != 1)
        return QStringLiteral("the CNAME '%1' is not covered by the certificate").arg(cname);
    return {};
}

Json runExtensionHealthCheck(const ExtensionCheckInput &in, const QString &nowIso)
{
    Json out = Json::array();
    const Json &set = in.settings;
    const bool inference = settingIsTrue(set, "enableInference", false);
    const QString router = setting(set, "inferenceRouterServiceType");
    const bool loadBalancer = router.compare(QLatin1String("loadBalancer"), Qt::CaseInsensitive) == 0;
    const Json network = in.cluster.value("properties", Json::object()).value("networkProfile", Json::object());
    const QString lbSku = q(network.value("loadBalancerSku", std::string()));

    if (inference && loadBalancer && lbSku.compare(QLatin1String("standard"), Qt::CaseInsensitive) != 0)
        out.push_back(healthStatus("E40001", "LOAD_BALANCER_NOT_SUPPORT",
                             QStringLiteral("Load balancer is not supported in your cluster (load balancer SKU '%1'). "
                                            "Use a cluster with a Standard load balancer, or set inferenceRouterServiceType "
                                            "to nodePort or clusterIP.").arg(lbSku.isEmpty() ? QStringLiteral("none") : lbSku),
                             nowIso));
    const int nodes = nodeCount(in.cluster);
    if (inference && settingIsTrue(set, "inferenceRouterHA", true) && nodes < 3)
        out.push_back(healthStatus("E40002", "INSUFFICIENT_NODE",
                             QStringLiteral("You have enabled inferenceRouterHA, which requires at least 3 nodes; the cluster "
                                            "has %1. Set inferenceRouterHA=False for a dev/test cluster, or add nodes.").arg(nodes),
                             nowIso));
    const QString ilb = setting(set, "internalLoadBalancerProvider");
    if (set.contains("internalLoadBalancerProvider")) {
        QString why;
        if (!in.managedCluster)
            why = QStringLiteral("an internal load balancer is only supported on AKS clusters");
        else if (ilb != QLatin1String("azure"))
            why = QStringLiteral("internalLoadBalancerProvider '%1' is not supported; the only provider is 'azure'").arg(ilb);
        else if (!loadBalancer)
            why = QStringLiteral("an internal load balancer needs inferenceRouterServiceType=loadBalancer");
        if (!why.isEmpty())
            out.push_back(healthStatus("E40003", "INTERNAL_LOAD_BALANCER_NOT_SUPPORT",
                                 QStringLiteral("Internal load balancer is not supported: %1.").arg(why), nowIso));
    }
    if (inference && !settingIsTrue(set, "allowInsecureConnections", false)) {
        const QString cname = setting(set, "sslCname");
        const QString secretName = setting(set, "sslSecret");
        QByteArray cert;
        QByteArray key;
        QString why;
        if (!secretName.isEmpty()) {
            cert = secretValue(in.secrets, QStringLiteral("azureml/") + secretName, "cert.pem");
            key = secretValue(in.secrets, QStringLiteral("azureml/") + secretName, "key.pem");
            if (cert.isEmpty() || key.isEmpty())
                why = QStringLiteral("the secret '%1' in namespace azureml does not exist or lacks cert.pem and key.pem").arg(secretName);
        } else {
            cert = setting(in.protectedSettings, "sslCertPemFile").toUtf8();
            key = setting(in.protectedSettings, "sslKeyPemFile").toUtf8();
            if (cert.isEmpty() || key.isEmpty())
                why = QStringLiteral("TLS is required (allowInsecureConnections is not True) but no certificate was given "
                                     "(sslSecret, or the protected settings sslCertPemFile and sslKeyPemFile)");
        }
        if (why.isEmpty() && cname.isEmpty())
            why = QStringLiteral("sslCname is required with a certificate");
        if (why.isEmpty())
            why = tlsPairProblem(cert, key, cname);
        if (!why.isEmpty())
            out.push_back(healthStatus("E40007", "INVALID_SSL_SETTING",
                                 QStringLiteral("The SSL key or certificate is not valid, or the CNAME is not compatible "
                                                "with the certificate: %1.").arg(why), nowIso));
    }
    QStringList roles;
    QStringList workload;
    const auto has = [&in](const char *key) { return in.kubeStore.contains(key); };
    if (has("clusterroles//azureml-fe-role"))
        roles << QStringLiteral("clusterrole azureml-fe-role");
    if (has("clusterrolebindings//azureml-fe-binding"))
        roles << QStringLiteral("clusterrolebinding azureml-fe-binding");
    if (has("serviceaccounts/default/azureml-fe"))
        roles << QStringLiteral("serviceaccount azureml-fe");
    if (has("deployments/default/azureml-fe"))
        workload << QStringLiteral("deployment azureml-fe");
    if (has("services/default/azureml-fe"))
        workload << QStringLiteral("service azureml-fe");
    if (has("services/default/azureml-fe-int-http"))
        workload << QStringLiteral("service azureml-fe-int-http");
    if (has("configmaps/default/azuremlfeconfig"))
        workload << QStringLiteral("configmap azuremlfeconfig");
    if (in.secrets.contains("default/azuremlfessl"))
        workload << QStringLiteral("secret azuremlfessl");
    if (!roles.isEmpty())
        out.push_back(healthStatus("E45004", "AZUREML_FE_ROLE_CONFLICT",
                             QStringLiteral("Azure ML extension is not supported with the legacy azureml-fe components of an "
                                            "Azure ML v1 attach. Delete them first: %1.").arg(roles.join(QStringLiteral(", "))),
                             nowIso));
    if (!workload.isEmpty())
        out.push_back(healthStatus("E45005", "AZUREML_FE_DEPLOYMENT_CONFLICT",
                             QStringLiteral("Azure ML extension is not supported with the legacy azureml-fe components of an "
                                            "Azure ML v1 attach. Delete them first: %1.").arg(workload.join(QStringLiteral(", "))),
                             nowIso));
    return out;
}

} // namespace cw::sandbox
