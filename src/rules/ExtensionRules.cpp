#include "rules/ExtensionRules.h"

#include "rules/Preflight.h"
#include "rules/TlsRules.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace cw::rules {
namespace {

struct ExtensionRulesText {
    Q_DECLARE_TR_FUNCTIONS(cw::rules::ExtensionRules)
};

namespace ext = extension;

QString settingKey(const char *k) { return QString::fromLatin1(k); }

// "... Otherwise the extension's health check fails the install with E4000x."
QString failsWith(const QString &message, const char *code)
{
    return ExtensionRulesText::tr("%1 Otherwise the extension fails to install with %2.").arg(message, QLatin1String(code));
}

const QStringList &booleanKeys()
{
    static const QStringList keys{settingKey(ext::kEnableTraining),           settingKey(ext::kEnableInference),
                                  settingKey(ext::kAllowInsecureConnections), settingKey(ext::kRouterHa),
                                  settingKey(ext::kInstallNvidiaDevicePlugin), settingKey(ext::kInstallPromOp),
                                  settingKey(ext::kInstallVolcano),           settingKey(ext::kInstallDcgmExporter)};
    return keys;
}

// The extension reads "True"/"False"; az users type them in any case (ExtensionConfiguration::isTrue).
bool isBooleanText(const QString &value)
{
    return value.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0
        || value.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0;
}

bool isFalse(const ExtensionConfiguration &config, const char *k)
{
    return config.setting(k).compare(QLatin1String("false"), Qt::CaseInsensitive) == 0;
}

void checkKeys(const ExtensionConfiguration &config, Findings &out)
{
    const QStringList known = knownExtensionSettings();
    const QStringList knownProtected = knownExtensionProtectedSettings();
    for (auto it = config.settings.cbegin(); it != config.settings.cend(); ++it) {
        const QString &k = it.key();
        if (k.startsWith(settingKey(ext::kNodeSelectorPrefix)))
            continue; // checked with the labels
        if (known.contains(k))
            continue;
        if (knownProtected.contains(k)) {
            out.append(error(QStringLiteral("v2.config.secretInSettings"), k,
                             ExtensionRulesText::tr("\"%1\" holds key material: pass it as a protected setting "
                                      "(--config-protected), not as a plain setting, which anyone "
                                      "who can read the cluster sees.")
                                 .arg(k)));
            continue;
        }
        QString message = ExtensionRulesText::tr("The extension does not know the setting \"%1\" and ignores it. "
                                   "Known settings: %2.")
                              .arg(k, known.join(QStringLiteral(", ")) + QStringLiteral(", ")
                                          + settingKey(ext::kNodeSelectorPrefix) + QStringLiteral("<label>"));
        for (const QString &candidate : known) {
            if (candidate.compare(k, Qt::CaseInsensitive) == 0) {
                message += QLatin1Char(' ')
                    + ExtensionRulesText::tr("Did you mean \"%1\"? Setting names are case-sensitive.").arg(candidate);
                break;
            }
        }
        out.append(warning(QStringLiteral("v2.config.unknownKey"), k, message));
    }
    for (auto it = config.protectedSettings.cbegin(); it != config.protectedSettings.cend(); ++it) {
        if (!knownProtected.contains(it.key())) {
            out.append(warning(QStringLiteral("v2.config.unknownProtectedKey"), it.key(),
                               ExtensionRulesText::tr("The extension does not know the protected setting \"%1\" "
                                        "and ignores it. Known protected settings: %2.")
                                   .arg(it.key(), knownProtected.join(QStringLiteral(", ")))));
        }
    }
}

void checkBooleans(const ExtensionConfiguration &config, Findings &out)
{
    for (const QString &k : booleanKeys()) {
        if (config.settings.contains(k) && !isBooleanText(config.settings.value(k))) {
            out.append(error(QStringLiteral("v2.config.boolean"), k,
                             ExtensionRulesText::tr("Set %1 to True or False; \"%2\" is not a value the extension "
                                      "understands.")
                                 .arg(k, config.settings.value(k))));
        }
    }
}

void checkNodeSelectors(const ExtensionConfiguration &config, Findings &out)
{
    const QString prefix = settingKey(ext::kNodeSelectorPrefix);
    for (auto it = config.settings.cbegin(); it != config.settings.cend(); ++it) {
        if (!it.key().startsWith(prefix))
            continue;
        const QString label = it.key().mid(prefix.size());
        if (!isValidLabelKey(label)) {
            out.append(error(QStringLiteral("v2.nodeSelector.key"), it.key(),
                             ExtensionRulesText::tr("\"%1\" is not a valid Kubernetes label name: use [prefix/]name, "
                                      "the name at most 63 letters, digits, '-', '_' or '.', starting "
                                      "and ending with a letter or digit (e.g. nodeSelector.agentpool).")
                                 .arg(label)));
        }
        if (!isValidLabelValue(it.value())) {
            out.append(error(QStringLiteral("v2.nodeSelector.value"), it.key(),
                             ExtensionRulesText::tr("\"%1\" is not a valid label value for %2: use at most 63 "
                                      "letters, digits, '-', '_' or '.', starting and ending with a "
                                      "letter or digit.")
                                 .arg(it.value(), it.key())));
        }
    }
}

void checkRouter(const ExtensionConfiguration &config, const V2ClusterFacts &cluster, Findings &out)
{
    const QString typeKey = settingKey(ext::kRouterServiceType);
    const QString type = config.setting(ext::kRouterServiceType);
    const bool loadBalancer = type == QLatin1String("loadBalancer");
    if (!config.hasSetting(ext::kRouterServiceType) || type.isEmpty()) {
        out.append(error(QStringLiteral("v2.routerServiceType.missing"), typeKey,
                         ExtensionRulesText::tr("With inference on, set inferenceRouterServiceType to loadBalancer, "
                                  "nodePort or clusterIP.")));
    } else if (type != QLatin1String("nodePort") && type != QLatin1String("clusterIP") && !loadBalancer) {
        out.append(error(QStringLiteral("v2.routerServiceType.invalid"), typeKey,
                         ExtensionRulesText::tr("\"%1\" is not a router service type; use loadBalancer, nodePort or "
                                  "clusterIP (case-sensitive).")
                             .arg(type)));
    } else if (loadBalancer && cluster.isAks && !cluster.loadBalancerSku.isEmpty()
               && cluster.loadBalancerSku.compare(QLatin1String("standard"), Qt::CaseInsensitive) != 0) {
        out.append(error(QStringLiteral("v2.routerServiceType.basicLoadBalancer"), typeKey,
                         failsWith(ExtensionRulesText::tr("The cluster's load balancer is %1, not standard: it cannot "
                                            "give the inference router a LoadBalancer service. Use "
                                            "nodePort or clusterIP, or move the cluster to a standard "
                                            "load balancer.")
                                       .arg(cluster.loadBalancerSku),
                                   "E40001")));
    } else if (loadBalancer && !cluster.isAks) {
        out.append(warning(QStringLiteral("v2.routerServiceType.loadBalancer"), typeKey,
                           failsWith(ExtensionRulesText::tr("The cluster is not an AKS cluster: make sure it provides "
                                              "services of type LoadBalancer, or use nodePort."),
                                     "E40001")));
    }

    if (config.hasSetting(ext::kInternalLoadBalancerProvider)) {
        const QString providerKey = settingKey(ext::kInternalLoadBalancerProvider);
        const QString provider = config.setting(ext::kInternalLoadBalancerProvider);
        if (provider != QLatin1String("azure")) {
            out.append(error(QStringLiteral("v2.internalLoadBalancer.provider"), providerKey,
                             failsWith(ExtensionRulesText::tr("\"%1\" is not an internal load balancer provider; the "
                                                "only one is azure.")
                                           .arg(provider),
                                       "E40003")));
        }
        if (!cluster.isAks) {
            out.append(error(QStringLiteral("v2.internalLoadBalancer.notAks"), providerKey,
                             failsWith(ExtensionRulesText::tr("An internal load balancer works only on AKS clusters; "
                                                "remove internalLoadBalancerProvider."),
                                       "E40003")));
        }
        if (!loadBalancer) {
            out.append(error(QStringLiteral("v2.internalLoadBalancer.needsLoadBalancer"), providerKey,
                             ExtensionRulesText::tr("An internal load balancer needs inferenceRouterServiceType="
                                      "loadBalancer; set it, or remove internalLoadBalancerProvider.")));
        }
    }

    const int nodes = cluster.linuxNodeCount();
    if (!isFalse(config, ext::kRouterHa) && !cluster.nodePools.isEmpty() && nodes < kRouterHaMinNodes) {
        out.append(error(QStringLiteral("v2.routerHa.fewNodes"), settingKey(ext::kRouterHa),
                         failsWith(ExtensionRulesText::tr("The inference router runs %1 replicas on different nodes "
                                            "(inferenceRouterHA is on unless set to False); Linux nodes "
                                            "in the cluster: %2. Set inferenceRouterHA=False for dev/test "
                                            "or scale to %1 nodes.")
                                       .arg(kRouterHaMinNodes)
                                       .arg(nodes),
                                   "E40002")));
    }
}

// The protected PEM pair against src/tls's analysis, through the same checks as a v1 custom
// certificate (so both paths refuse the same certificates).
void checkCertificate(const QString &cname, const std::optional<CertificateFacts> &certificate,
                      const QDateTime &now, Findings &out)
{
    const QString field = settingKey(ext::kSslCertPemFile);
    if (!certificate) {
        out.append(warning(QStringLiteral("v2.certificate.notAnalysed"), field,
                           ExtensionRulesText::tr("The certificate and key were not analysed, so a mismatch would "
                                    "only show when the extension fails with E40007. Load them again.")));
        return;
    }
    PreflightInput input;
    input.spec.tls.mode = TlsMode::Custom;
    input.spec.tls.cname = cname;
    input.certificate = certificate;
    input.now = now;
    for (const PreflightCheck &check : preflightCertificateChecks(input)) {
        if (check.status == CheckStatus::Pass)
            continue;
        const QString code = QStringLiteral("v2.") + check.id;
        const QString message = check.reason + QLatin1Char(' ') + check.fix;
        if (check.status == CheckStatus::Warn)
            out.append(warning(code, field, message));
        else if (check.id == QLatin1String("certificate.validity"))
            out.append(error(code, field, message));
        else
            out.append(error(code, field, failsWith(message, "E40007")));
    }
}

void checkTls(const ExtensionConfiguration &config, const std::optional<CertificateFacts> &certificate,
              const QDateTime &now, Findings &out)
{
    const bool insecure = config.isTrue(ext::kAllowInsecureConnections);
    const bool hasSecret = !config.setting(ext::kSslSecret).isEmpty();
    const bool hasCert = !config.protectedSettings.value(settingKey(ext::kSslCertPemFile)).isEmpty();
    const bool hasKey = !config.protectedSettings.value(settingKey(ext::kSslKeyPemFile)).isEmpty();
    const bool hasCname = !config.setting(ext::kSslCname).trimmed().isEmpty();
    const bool anyTls = hasSecret || hasCert || hasKey || hasCname;

    if (insecure) {
        out.append(warning(QStringLiteral("v2.tls.insecure"), settingKey(ext::kAllowInsecureConnections),
                           anyTls ? ExtensionRulesText::tr("allowInsecureConnections=True: scoring is also accepted "
                                             "over plain HTTP, unencrypted. Set it to False to accept "
                                             "HTTPS only.")
                                  : ExtensionRulesText::tr("allowInsecureConnections=True without TLS: scoring "
                                             "requests and their keys travel over plain HTTP, "
                                             "unencrypted. Use it for dev/test only, or configure TLS "
                                             "(sslCname with a certificate) and set it to False.")));
        if (!anyTls)
            return;
    }

    const QString cname = config.setting(ext::kSslCname).trimmed();
    if (!hasCname) {
        out.append(error(QStringLiteral("v2.tls.cnameMissing"), settingKey(ext::kSslCname),
                         insecure ? ExtensionRulesText::tr("The TLS settings need sslCname too: set it to the domain name "
                                             "clients use for scoring, or remove the TLS settings.")
                                  : ExtensionRulesText::tr("Inference needs TLS unless allowInsecureConnections=True: set "
                                             "sslCname to the domain name clients use for scoring.")));
    } else {
        for (Finding f : validateCname(cname)) {
            f.code = QStringLiteral("v2.") + f.code;
            f.field = settingKey(ext::kSslCname);
            out.append(f);
        }
    }

    if (hasSecret && (hasCert || hasKey)) {
        out.append(error(QStringLiteral("v2.tls.bothSources"), settingKey(ext::kSslSecret),
                         ExtensionRulesText::tr("Give the certificate one way only: either sslSecret (a secret in "
                                  "the azureml namespace) or the protected sslCertPemFile and "
                                  "sslKeyPemFile, not both.")));
        return;
    }
    if (hasSecret) {
        out.append(info(QStringLiteral("v2.tls.secret"), settingKey(ext::kSslSecret),
                        ExtensionRulesText::tr("The secret \"%1\" must exist in the azureml namespace and hold "
                                 "cert.pem and key.pem for %2; it cannot be checked from here.")
                            .arg(config.setting(ext::kSslSecret), cname)));
        return;
    }
    if (hasCert != hasKey) {
        out.append(error(QStringLiteral("v2.tls.pairIncomplete"),
                         settingKey(hasCert ? ext::kSslKeyPemFile : ext::kSslCertPemFile),
                         ExtensionRulesText::tr("Give both the certificate (sslCertPemFile) and its private key "
                                  "(sslKeyPemFile) as protected settings.")));
        return;
    }
    if (!hasCert) {
        out.append(error(QStringLiteral("v2.tls.noCertificate"), settingKey(ext::kSslCertPemFile),
                         insecure ? ExtensionRulesText::tr("sslCname needs a certificate: give the certificate and key as "
                                             "the protected settings sslCertPemFile and sslKeyPemFile, name a "
                                             "secret with sslSecret, or remove sslCname.")
                                  : ExtensionRulesText::tr("Inference needs TLS unless allowInsecureConnections=True: give "
                                             "the certificate and key as the protected settings sslCertPemFile "
                                             "and sslKeyPemFile, or name a secret with sslSecret.")));
        return;
    }
    if (hasCname)
        checkCertificate(cname, certificate, now, out);
}

// Inference settings while inference is off are ignored by the extension: say so.
void checkIgnoredInferenceSettings(const ExtensionConfiguration &config, Findings &out)
{
    QStringList ignored;
    for (const char *k : {ext::kRouterServiceType, ext::kInternalLoadBalancerProvider, ext::kSslCname,
                          ext::kSslSecret, ext::kRouterHa, ext::kAllowInsecureConnections}) {
        if (config.hasSetting(k))
            ignored.append(settingKey(k));
    }
    for (const char *k : {ext::kSslCertPemFile, ext::kSslKeyPemFile}) {
        if (config.hasProtected(k))
            ignored.append(settingKey(k));
    }
    if (!ignored.isEmpty()) {
        out.append(warning(QStringLiteral("v2.config.inferenceOff"), settingKey(ext::kEnableInference),
                           ExtensionRulesText::tr("Inference is off, so %1 have no effect. Set enableInference=True "
                                    "or remove them.")
                               .arg(ignored.join(QStringLiteral(", ")))));
    }
}

} // namespace

QStringList knownExtensionSettings()
{
    return {settingKey(ext::kEnableTraining),       settingKey(ext::kEnableInference),
            settingKey(ext::kRouterServiceType),     settingKey(ext::kInternalLoadBalancerProvider),
            settingKey(ext::kAllowInsecureConnections), settingKey(ext::kSslCname),
            settingKey(ext::kSslSecret),             settingKey(ext::kRouterHa),
            settingKey(ext::kInstallNvidiaDevicePlugin), settingKey(ext::kInstallPromOp),
            settingKey(ext::kInstallVolcano),        settingKey(ext::kInstallDcgmExporter),
            settingKey(ext::kNginxIngressController)};
}

QStringList knownExtensionProtectedSettings()
{
    return {settingKey(ext::kSslCertPemFile), settingKey(ext::kSslKeyPemFile)};
}

bool isValidLabelKey(const QString &labelKey)
{
    static const QRegularExpression name(QStringLiteral("^[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$"));
    static const QRegularExpression prefix(
        QStringLiteral("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"));
    const qsizetype slash = labelKey.indexOf(QLatin1Char('/'));
    if (slash < 0)
        return name.match(labelKey).hasMatch();
    const QString p = labelKey.left(slash);
    return !p.isEmpty() && p.size() <= 253 && prefix.match(p).hasMatch()
        && name.match(labelKey.mid(slash + 1)).hasMatch();
}

bool isValidLabelValue(const QString &value)
{
    static const QRegularExpression pattern(QStringLiteral("^([A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?)?$"));
    return pattern.match(value).hasMatch();
}

Findings checkExtensionConfiguration(const ExtensionConfiguration &config, const V2ClusterFacts &cluster,
                                     const std::optional<CertificateFacts> &certificate, const QDateTime &now)
{
    Findings out;
    checkKeys(config, out);
    checkBooleans(config, out);
    checkNodeSelectors(config, out);
    const bool inference = config.isTrue(ext::kEnableInference);
    if (!config.isTrue(ext::kEnableTraining) && !inference) {
        out.append(error(QStringLiteral("v2.config.noWorkload"), settingKey(ext::kEnableInference),
                         ExtensionRulesText::tr("Neither training nor inference is on: set enableInference=True "
                                  "(to deploy models) or enableTraining=True, or both.")));
    }
    if (!inference) {
        checkIgnoredInferenceSettings(config, out);
        return out;
    }
    checkRouter(config, cluster, out);
    checkTls(config, certificate, now, out);
    return out;
}

} // namespace cw::rules
