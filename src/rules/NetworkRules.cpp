#include "rules/NetworkRules.h"

#include "rules/SubnetNameRules.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace cw::rules {
namespace {

struct NetworkRulesText {
    Q_DECLARE_TR_FUNCTIONS(cw::rules::NetworkRules)
};

const QString kVnet = QStringLiteral("networking.vnetName");
const QString kVnetRg = QStringLiteral("networking.vnetResourceGroup");
const QString kSubnet = QStringLiteral("networking.subnetName");
const QString kServiceCidr = QStringLiteral("networking.serviceCidr");
const QString kDnsIp = QStringLiteral("networking.dnsServiceIp");
const QString kDocker = QStringLiteral("networking.dockerBridgeCidr");

// Ranges AKS refuses for the service CIDR (link-local, reserved by AKS, documentation range).
const QList<Ipv4Cidr> &aksReservedRanges()
{
    static const QList<Ipv4Cidr> ranges = {*parseCidr(QStringLiteral("169.254.0.0/16")),
                                           *parseCidr(QStringLiteral("172.30.0.0/16")),
                                           *parseCidr(QStringLiteral("172.31.0.0/16")),
                                           *parseCidr(QStringLiteral("192.0.2.0/24"))};
    return ranges;
}

void checkAzureName(Findings &out, const QString &value, const QString &field, const QString &what,
                    const QRegularExpression &pattern, const QString &rule)
{
    if (!pattern.match(value).hasMatch()) {
        out.append(error(field + QStringLiteral(".syntax"), field,
                         NetworkRulesText::tr("The %1 \"%2\" is not valid: %3").arg(what, value, rule)));
    }
}

// "All six or none": names the fields still missing.
Findings incompleteNetworking(const NetworkingSpec &n)
{
    Findings out;
    QStringList missing;
    const std::pair<QString, QString> fields[] = {
        {n.vnetName, NetworkRulesText::tr("virtual network name")},
        {n.vnetResourceGroup, NetworkRulesText::tr("virtual network resource group")},
        {n.subnetName, NetworkRulesText::tr("subnet name")},
        {n.serviceCidr, NetworkRulesText::tr("service CIDR")},
        {n.dnsServiceIp, NetworkRulesText::tr("DNS service IP")},
        {n.dockerBridgeCidr, NetworkRulesText::tr("docker bridge CIDR")}};
    for (const auto &[value, label] : fields) {
        if (value.trimmed().isEmpty())
            missing.append(label);
    }
    out.append(error(QStringLiteral("networking.incomplete"), QStringLiteral("networking"),
                     NetworkRulesText::tr("Custom networking needs all six fields or none. Fill in: %1; "
                              "or clear every networking field.")
                         .arg(missing.join(QStringLiteral(", ")))));
    return out;
}

} // namespace

Findings validateChosenNetworking(const NetworkingSpec &n, const std::optional<Ipv4Cidr> &subnetRange)
{
    return n.isEmpty() ? incompleteNetworking(n) : validateNetworking(n, subnetRange);
}

Findings validateNetworking(const NetworkingSpec &n, const std::optional<Ipv4Cidr> &subnetRange)
{
    Findings out;
    if (n.isEmpty())
        return out;
    if (!n.isComplete())
        return incompleteNetworking(n);

    static const QRegularExpression vnetPattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}[A-Za-z0-9_]$"));
    static const QRegularExpression rgPattern(QStringLiteral("^[-\\w._()]{0,89}[-\\w_()]$"),
                                              QRegularExpression::UseUnicodePropertiesOption);
    checkAzureName(out, n.vnetName.trimmed(), kVnet, NetworkRulesText::tr("virtual network name"), vnetPattern,
                   NetworkRulesText::tr("use 2-64 letters, digits, underscores, periods or hyphens, starting "
                            "with a letter or digit and ending with a letter, digit or underscore."));
    checkAzureName(out, n.vnetResourceGroup.trimmed(), kVnetRg, NetworkRulesText::tr("resource group"), rgPattern,
                   NetworkRulesText::tr("use up to 90 letters, digits, underscores, parentheses, hyphens or "
                            "periods, not ending with a period."));
    out.append(validateSubnetName(n.subnetName.trimmed(), kSubnet, kSubnet));

    const std::optional<Ipv4Cidr> service = parseCidr(n.serviceCidr);
    const std::optional<Ipv4Cidr> docker = parseCidr(n.dockerBridgeCidr);
    const std::optional<std::uint32_t> dns = parseIpv4(n.dnsServiceIp);
    if (!service) {
        out.append(error(QStringLiteral("networking.serviceCidr.syntax"), kServiceCidr,
                         NetworkRulesText::tr("The service CIDR \"%1\" is not an IPv4 range; write it like "
                                  "10.0.0.0/16.")
                             .arg(n.serviceCidr)));
    } else if (service->hasHostBits()) {
        out.append(error(QStringLiteral("networking.serviceCidr.hostBits"), kServiceCidr,
                         NetworkRulesText::tr("The service CIDR \"%1\" has host bits set; write the range's "
                                  "network address: %2.")
                             .arg(n.serviceCidr.trimmed(), service->networkString())));
    } else if (service->prefix > 30) {
        out.append(error(QStringLiteral("networking.serviceCidr.tooSmall"), kServiceCidr,
                         NetworkRulesText::tr("The service CIDR /%1 leaves no room for cluster services; use a "
                                  "larger range such as /16.")
                             .arg(service->prefix)));
    }
    if (service) {
        for (const Ipv4Cidr &reserved : aksReservedRanges()) {
            if (service->overlaps(reserved)) {
                out.append(error(QStringLiteral("networking.serviceCidr.reserved"), kServiceCidr,
                                 NetworkRulesText::tr("The service CIDR overlaps %1, which AKS reserves; "
                                          "choose another private range such as 10.0.0.0/16.")
                                     .arg(reserved.networkString())));
                break;
            }
        }
    }
    if (!docker) {
        out.append(error(QStringLiteral("networking.dockerBridgeCidr.syntax"), kDocker,
                         NetworkRulesText::tr("The docker bridge CIDR \"%1\" is not an IPv4 range; write it "
                                  "like 172.17.0.1/16.")
                             .arg(n.dockerBridgeCidr)));
    }
    if (!dns) {
        out.append(error(QStringLiteral("networking.dnsServiceIp.syntax"), kDnsIp,
                         NetworkRulesText::tr("The DNS service IP \"%1\" is not an IPv4 address; write it like "
                                  "10.0.0.10.")
                             .arg(n.dnsServiceIp)));
    } else if (service && !service->hasHostBits()) {
        if (!service->contains(*dns)) {
            out.append(error(QStringLiteral("networking.dnsServiceIp.outsideServiceCidr"), kDnsIp,
                             NetworkRulesText::tr("The DNS service IP %1 is outside the service CIDR %2; pick "
                                      "an address inside it, for example %3.")
                                 .arg(ipv4ToString(*dns), service->networkString(),
                                      ipv4ToString(service->network() + 10))));
        } else if (*dns == service->network() || *dns == service->broadcast()) {
            out.append(error(QStringLiteral("networking.dnsServiceIp.reservedAddress"), kDnsIp,
                             NetworkRulesText::tr("The DNS service IP %1 is the network or broadcast address "
                                      "of %2; pick a host address such as %3.")
                                 .arg(ipv4ToString(*dns), service->networkString(),
                                      ipv4ToString(service->network() + 10))));
        } else if (*dns == service->network() + 1) {
            out.append(error(QStringLiteral("networking.dnsServiceIp.firstAddress"), kDnsIp,
                             NetworkRulesText::tr("The DNS service IP %1 is the first address of %2, which the "
                                      "Kubernetes API service uses; pick another, such as %3.")
                                 .arg(ipv4ToString(*dns), service->networkString(),
                                      ipv4ToString(service->network() + 10))));
        }
    }

    if (service && docker && service->overlaps(*docker)) {
        out.append(error(QStringLiteral("networking.overlap.serviceDocker"), kDocker,
                         NetworkRulesText::tr("The docker bridge CIDR %1 overlaps the service CIDR %2; choose "
                                  "ranges that do not overlap (for example 172.17.0.1/16 and "
                                  "10.0.0.0/16).")
                             .arg(docker->toString(), service->networkString())));
    }
    if (subnetRange) {
        if (service && service->overlaps(*subnetRange)) {
            out.append(error(QStringLiteral("networking.overlap.serviceSubnet"), kServiceCidr,
                             NetworkRulesText::tr("The service CIDR %1 overlaps the subnet's range %2; choose "
                                      "a service CIDR outside the virtual network.")
                                 .arg(service->networkString(), subnetRange->networkString())));
        }
        if (docker && docker->overlaps(*subnetRange)) {
            out.append(error(QStringLiteral("networking.overlap.dockerSubnet"), kDocker,
                             NetworkRulesText::tr("The docker bridge CIDR %1 overlaps the subnet's range %2; "
                                      "choose a range outside the virtual network.")
                                 .arg(docker->toString(), subnetRange->networkString())));
        }
    }
    return out;
}

QString subnetId(const QString &subscription, const NetworkingSpec &n)
{
    return QStringLiteral("/subscriptions/") + subscription.trimmed()
        + QStringLiteral("/resourceGroups/") + n.vnetResourceGroup.trimmed()
        + QStringLiteral("/providers/Microsoft.Network/virtualNetworks/") + n.vnetName.trimmed()
        + QStringLiteral("/subnets/") + n.subnetName.trimmed();
}

} // namespace cw::rules
