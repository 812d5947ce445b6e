#include "rules/TlsRules.h"

#include "rules/SubnetNameRules.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace cw::rules {
namespace {

struct TlsRulesText {
    Q_DECLARE_TR_FUNCTIONS(cw::rules::TlsRules)
};

const QString kLabelField = QStringLiteral("tls.leafLabel");
const QString kCnameField = QStringLiteral("tls.cname");

} // namespace

Findings validateLeafLabel(const QString &label)
{
    Findings out;
    if (label.isEmpty()) {
        out.append(error(QStringLiteral("tls.leafLabel.empty"), kLabelField,
                         TlsRulesText::tr("Enter a leaf domain label, for example \"contoso\".")));
        return out;
    }
    if (label.size() > kLeafLabelMaxLength) {
        out.append(error(QStringLiteral("tls.leafLabel.tooLong"), kLabelField,
                         TlsRulesText::tr("The label has %1 characters; shorten it to at most %2 (six "
                                  "random characters are appended).")
                             .arg(label.size())
                             .arg(kLeafLabelMaxLength)));
    }
    static const QRegularExpression allowed(QStringLiteral("^[a-z0-9-]*$"));
    if (!allowed.match(label).hasMatch()) {
        out.append(error(QStringLiteral("tls.leafLabel.invalidCharacters"), kLabelField,
                         TlsRulesText::tr("Use only lower-case letters, digits and hyphens in the label "
                                  "(\"%1\" would be \"%2\" in lower case).")
                             .arg(label, label.toLower())));
    }
    if (!(label.front() >= u'a' && label.front() <= u'z')) {
        out.append(error(QStringLiteral("tls.leafLabel.mustStartWithLetter"), kLabelField,
                         TlsRulesText::tr("Start the label with a lower-case letter.")));
    }
    if (label.back() == u'-') {
        out.append(error(QStringLiteral("tls.leafLabel.mustEndWithLetterOrDigit"), kLabelField,
                         TlsRulesText::tr("End the label with a letter or a digit, not a hyphen.")));
    }
    return out;
}

Findings validateCname(const QString &cname)
{
    Findings out;
    const QString host = cname.trimmed();
    if (host.isEmpty()) {
        out.append(error(QStringLiteral("tls.cname.empty"), kCnameField,
                         TlsRulesText::tr("Enter the domain name the certificate is for, for example "
                                  "www.contoso.com.")));
        return out;
    }
    if (host.startsWith(QLatin1String("*."))) {
        out.append(error(QStringLiteral("tls.cname.wildcard"), kCnameField,
                         TlsRulesText::tr("Enter one concrete host name (such as www.contoso.com), not a "
                                  "wildcard; a wildcard certificate can still cover it.")));
        return out;
    }
    static const QRegularExpression hostPattern(QStringLiteral(
        "^(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$"));
    if (!hostPattern.match(host).hasMatch()) {
        out.append(error(QStringLiteral("tls.cname.syntax"), kCnameField,
                         TlsRulesText::tr("\"%1\" is not a valid host name; use a fully qualified name "
                                  "such as www.contoso.com.")
                             .arg(host)));
    }
    return out;
}

Findings validateTlsAndLoadBalancer(const ComputeSpec &spec)
{
    Findings out;
    const bool ilb = spec.loadBalancer == LoadBalancerType::InternalLoadBalancer;
    if (ilb && spec.tls.mode != TlsMode::None) {
        out.append(error(QStringLiteral("tls.withInternalLoadBalancer"), QStringLiteral("tls.mode"),
                         TlsRulesText::tr("TLS termination is not supported with an internal load "
                                  "balancer. Turn TLS off or use a public IP load balancer.")));
    }
    if (ilb && spec.loadBalancerSubnet.trimmed().isEmpty()) {
        out.append(error(QStringLiteral("lb.subnetMissing"), QStringLiteral("loadBalancerSubnet"),
                         TlsRulesText::tr("An internal load balancer needs a subnet: enter the name of the "
                                  "subnet that holds the cluster's nodes.")));
    }
    if (ilb) {
        out.append(validateSubnetName(spec.loadBalancerSubnet.trimmed(), QStringLiteral("loadBalancerSubnet"),
                                      QStringLiteral("lb.subnet")));
    }
    if (!ilb && !spec.loadBalancerSubnet.trimmed().isEmpty()) {
        out.append(warning(QStringLiteral("lb.subnetIgnored"), QStringLiteral("loadBalancerSubnet"),
                           TlsRulesText::tr("The load balancer subnet is only used with an internal load "
                                    "balancer; it will be ignored.")));
    }
    switch (spec.tls.mode) {
    case TlsMode::None:
        break;
    case TlsMode::LeafLabel:
        out.append(validateLeafLabel(spec.tls.leafLabel));
        break;
    case TlsMode::Custom:
        if (spec.tls.certPem.trimmed().isEmpty()) {
            out.append(error(QStringLiteral("tls.cert.missing"), QStringLiteral("tls.certPem"),
                             TlsRulesText::tr("Choose the certificate file (PEM).")));
        } else if (!spec.tls.certPem.contains(QLatin1String("-----BEGIN CERTIFICATE-----"))) {
            out.append(error(QStringLiteral("tls.cert.notPem"), QStringLiteral("tls.certPem"),
                             TlsRulesText::tr("The certificate is not PEM text (\"-----BEGIN "
                                      "CERTIFICATE-----\"); convert it to PEM.")));
        }
        if (spec.tls.keyPem.trimmed().isEmpty()) {
            out.append(error(QStringLiteral("tls.key.missing"), QStringLiteral("tls.keyPem"),
                             TlsRulesText::tr("Choose the private key file (PEM).")));
        } else if (!spec.tls.keyPem.contains(QLatin1String("PRIVATE KEY-----"))) {
            out.append(error(QStringLiteral("tls.key.notPem"), QStringLiteral("tls.keyPem"),
                             TlsRulesText::tr("The private key is not PEM text (\"-----BEGIN ... PRIVATE "
                                      "KEY-----\"); convert it to PEM.")));
        }
        out.append(validateCname(spec.tls.cname));
        break;
    }
    return out;
}

QString leafFqdnPreview(const QString &label, const QString &region)
{
    return label + QStringLiteral("######.") + normalizeRegion(region)
        + QStringLiteral(".cloudapp.azure.com");
}

} // namespace cw::rules
