#include "cli/CliOptions.h"
#include "cli/CliText.h"

#include <QCoreApplication>

namespace cw::cli {

namespace {

struct OptionSpec {
    const char *names;   // comma-separated
    const char *help;
    const char *valueName; // nullptr for a flag
};

// Every option of every command (see usage()).
constexpr OptionSpec kOptions[] = {
    {"o,output", "Output format: table, json or tsv.", "format"},
    {"no-wait", "Return once the service accepted the operation; follow it with `operations resume`.", nullptr},
    {"trace-http", "Append a redacted trace of every HTTP exchange to FILE (0600).", "file"},
    {"s,subscription", "Subscription id.", "id"},
    {"g,resource-group", "Resource group of the workspace.", "name"},
    {"w,workspace", "Azure ML workspace name.", "name"},
    {"l,location", "Region (versions, vm-sizes; create: the cluster's region).", "region"},
    {"q,quiet", "No progress output even on a terminal.", nullptr},
    {"poll-interval-ms", "Wait between polls when the service gives no Retry-After (default 5000).", "ms"},
    {"endpoint-file", "login sandbox: a file holding the sandbox's ready line (JSON).", "file"},
    {"tenant", "login: tenant id.", "id"},
    {"client-id", "login: application (client) id.", "id"},
    {"secret-stdin", "login service-principal: read the client secret from standard input.", nullptr},
    {"cloud", "login: AzureCloud, AzureUSGovernment or AzureChinaCloud.", "name"},
    {"cluster-id", "attach: resource id of the AKS cluster.", "id"},
    {"kubernetes", "attach: as an Azure ML v2 Kubernetes compute (the cluster needs a Succeeded Azure ML extension; checked first as preflight --kubernetes checks it, with --purpose: exit 4 and nothing sent when refused); preflight: check a cluster for Azure ML v2 (the extension and a Kubernetes compute).", nullptr},
    {"namespace", "attach --kubernetes, migrate: the Kubernetes namespace of the compute's workloads (default: default).", "ns"},
    {"instance-type", "attach --kubernetes, repeatable: NAME:REQUESTS[:LIMITS[:NODE-SELECTOR]]; REQUESTS and LIMITS are cpu=Q,memory=Q,gpu=N (Kubernetes quantities: 500m, 2, 4Gi); empty or left-out LIMITS are the REQUESTS; NODE-SELECTOR is label=value,... E.g. small:cpu=500m,memory=1Gi:cpu=1,memory=2Gi or gpu:cpu=4,memory=16Gi,gpu=1::accelerator=nvidia.", "spec"},
    {"default-instance-type", "attach --kubernetes: the default instance type (default: the only --instance-type given).", "name"},
    {"identity", "attach --kubernetes: the compute's managed identity: SystemAssigned, or UserAssigned:ID[,ID...].", "type"},
    {"vm-size", "create: VM size of the nodes (default Standard_D3_v2).", "size"},
    {"nodes", "create: node count; update: scale to this node count.", "n"},
    {"purpose", "production (default) or dev-test.", "purpose"},
    {"vnet", "create: virtual network name.", "name"},
    {"vnet-resource-group", "create: resource group of the virtual network.", "name"},
    {"subnet", "create: subnet name.", "name"},
    {"service-cidr", "create: Kubernetes service address range.", "cidr"},
    {"dns-service-ip", "create: Kubernetes DNS service IP.", "ip"},
    {"docker-bridge-cidr", "create: Docker bridge address range.", "cidr"},
    {"ilb", "Use an internal load balancer (with --lb-subnet).", nullptr},
    {"lb-subnet", "Subnet of the internal load balancer.", "name"},
    {"public-lb", "update: switch back to a public IP load balancer.", nullptr},
    {"leaf-label", "TLS with a Microsoft certificate: the leaf domain label.", "label"},
    {"overwrite-domain", "TLS: overwrite an existing leaf domain.", nullptr},
    {"cert-file", "TLS with a custom certificate: the PEM certificate file.", "file"},
    {"key-file", "TLS with a custom certificate: the PEM key file.", "file"},
    {"tls-backup-file", "reattach: without a keychain, keep the certificate and key in this new file (0600) until the re-attach has finished.", "file"},
    {"cname", "TLS with a custom certificate: the domain name.", "name"},
    {"tls-disable", "update: disable TLS.", nullptr},
    {"description", "create/attach: description.", "text"},
    {"delete-cluster", "detach: also delete an AKS cluster the workspace created.", nullptr},
    {"file", "kubeconfig: where to write it (0600); '-' for standard output. An existing file needs --merge or --overwrite.", "file"},
    {"admin", "kubeconfig: the admin kubeconfig instead of the user one.", nullptr},
    {"merge", "kubeconfig: merge into an existing --file (e.g. ~/.kube/config): its other entries and current context stay; the previous file is kept as FILE.clusterwright-backup.", nullptr},
    {"set-current", "kubeconfig --merge: also make the compute's context the current context.", nullptr},
    {"dir", "tls-backup: folder for cert.pem and key.pem (both 0600).", "folder"},
    {"overwrite", "tls-backup: replace existing files; kubeconfig: replace an existing --file (the previous file is kept as FILE.clusterwright-backup).", nullptr},
    {"all", "operations list: every workspace, not only the selected one.", nullptr},
    {"cluster", "preflight --kubernetes, extension, attach --kubernetes: the AKS cluster's resource ID (extension: or its name with --resource-group).", "id"},
    {"config", "preflight --kubernetes, extension install/update: an Azure ML extension setting KEY=VALUE (repeatable), as az k8s-extension --config.", "key=value"},
    {"name", "extension: the extension's name (default azureml); attach --kubernetes: the compute's name (or give it as the first argument).", "name"},
    {"config-protected", "extension install/update: a protected setting key=value, or key=@FILE to read the value from FILE (repeatable; never shown or logged).", "key=value"},
    {"new-name", "migrate: the Kubernetes compute's name (default: the v1 compute's).", "name"},
    {"back", "migrate: the way back from a failed move: attach the v1 compute again with its certificate.", "operation"},
};

// One hour: a longer wait between two polls is a typo, not a choice.
constexpr int kMaxPollIntervalMs = 3600000;

} // namespace

CliOptions::CliOptions()
{
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    for (const OptionSpec &spec : kOptions) {
        const QStringList names = QString::fromLatin1(spec.names).split(QLatin1Char(','));
        if (spec.valueName)
            m_parser.addOption(QCommandLineOption(names, tr(spec.help), QString::fromLatin1(spec.valueName)));
        else
            m_parser.addOption(QCommandLineOption(names, tr(spec.help)));
    }
}

bool CliOptions::parse(const QStringList &arguments, QString *error)
{
    if (!m_parser.parse(arguments)) {
        *error = m_parser.errorText();
        return false;
    }
    m_positional = m_parser.positionalArguments();
    const QString format = m_parser.value(QStringLiteral("output")).toLower();
    if (format.isEmpty() || format == QLatin1String("table"))
        m_format = OutputFormat::Table;
    else if (format == QLatin1String("json"))
        m_format = OutputFormat::Json;
    else if (format == QLatin1String("tsv"))
        m_format = OutputFormat::Tsv;
    else {
        *error = tr("Unknown output format '%1' (use table, json or tsv).").arg(format);
        return false;
    }
    // Not a number, or an interval the poller cannot use, is a usage error (it used to be
    // ignored silently and the operation started with the default).
    bool ok = true;
    const std::optional<int> pollMs = intValue(QStringLiteral("poll-interval-ms"), &ok);
    if (!ok || (pollMs && (*pollMs < 1 || *pollMs > kMaxPollIntervalMs))) {
        *error = tr("--poll-interval-ms must be a whole number of milliseconds from 1 to %1.").arg(kMaxPollIntervalMs);
        return false;
    }
    return true;
}

std::optional<int> CliOptions::intValue(const QString &name, bool *ok) const
{
    *ok = true;
    if (!m_parser.isSet(name))
        return std::nullopt;
    const int value = m_parser.value(name).toInt(ok);
    return *ok ? std::optional<int>(value) : std::nullopt;
}

QString CliOptions::usage()
{
    QString text = tr(
        "Usage: clusterwright-cli <command> [arguments] [options]\n"
        "\n"
        "Commands:\n"
        "  login sandbox [--endpoint-file F]     use the embedded sandbox, or a running one\n"
        "  login service-principal --tenant T --client-id C [--secret-stdin]\n"
        "                                        secret from stdin or AZURE_CLIENT_SECRET\n"
        "  login device-code [--tenant T]        sign in a person with a device code\n"
        "  login az                              reuse the Azure CLI's sign-in\n"
        "  workspaces                            Azure ML workspaces of the subscription\n"
        "  list                                  computes of the workspace\n"
        "  show NAME                             one compute\n"
        "  clusters                              AKS clusters of the subscription, attachability\n"
        "  versions [--location L]               Kubernetes versions of the region\n"
        "  vm-sizes [--location L]               VM sizes of the region\n"
        "  preflight create|attach NAME [spec options]\n"
        "  preflight --kubernetes --cluster ID [--config K=V ...] [--cert-file F --key-file K]\n"
        "                                        check a cluster for Azure ML v2 before attaching\n"
        "  create NAME [spec options]            create a new AKS cluster as a compute\n"
        "  attach NAME --cluster-id ID [options] attach an existing AKS cluster\n"
        "  attach --kubernetes NAME --cluster ID [--namespace NS] [--instance-type SPEC]...\n"
        "         [--default-instance-type T] [--identity SystemAssigned] [--no-wait]\n"
        "                                        attach as an Azure ML v2 Kubernetes compute\n"
        "  detach NAME [--delete-cluster]        detach (the AKS cluster stays)\n"
        "  reattach NAME [--cert-file F --key-file K] [--tls-backup-file F]\n"
        "                                        detach and re-attach with the same settings\n"
        "  update NAME --ilb --lb-subnet S | --public-lb | --leaf-label L | --cert-file/--key-file/--cname\n"
        "              | --tls-disable | --nodes N\n"
        "  kubeconfig NAME --file F [--admin] [--merge [--set-current] | --overwrite]\n"
        "                                        write the compute's kubeconfig (0600); an existing\n"
        "                                        F is refused unless merged into or overwritten\n"
        "  tls-backup NAME --dir D               save cert.pem and key.pem from azuremlfessl (0600)\n"
        "  operations list [--all]               journaled operations\n"
        "  operations resume [ID]                resume one, or every resumable operation\n"
        "  extension show|install|update|remove --cluster ID|NAME [-g RG] [--name N]\n"
        "            [--config K=V ...] [--config-protected K=V|K=@FILE ...]\n"
        "                                        the Azure ML cluster extension of an AKS cluster\n"
        "  migrate NAME [--new-name N] [--namespace NS] [--tls-backup-file F] [--no-wait]\n"
        "                                        move a v1 AKS compute to Azure ML v2 (extension and\n"
        "                                        Kubernetes compute; the certificate kept in F, 0600)\n"
        "  migrate --back ID                     the way back from a failed move: attach as v1 again\n"
        "\n"
        "Exit codes: 0 ok, 1 operation failed, 2 usage, 3 authentication, 4 preflight refused,\n"
        "5 not found, 6 service unavailable or network (no usable answer after the retries).\n"
        "\n"
        "Options:\n");
    for (const OptionSpec &spec : kOptions) {
        QStringList names;
        for (const QString &n : QString::fromLatin1(spec.names).split(QLatin1Char(',')))
            names.append((n.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + n);
        QString left = names.join(QStringLiteral(", "));
        if (spec.valueName)
            left += QLatin1Char(' ') + QString::fromLatin1(spec.valueName).toUpper();
        text += QStringLiteral("  ") + left.leftJustified(30) + QLatin1Char(' ') + tr(spec.help) + QLatin1Char('\n');
    }
    return text;
}

} // namespace cw::cli
