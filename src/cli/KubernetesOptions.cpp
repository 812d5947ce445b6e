#include "cli/KubernetesOptions.h"

#include "cli/CliOptions.h"
#include "cli/CliText.h"
#include "rules/AksResourceId.h"

namespace cw::cli {

namespace {

// "cpu=1,memory=2Gi" → {cpu: 1, memory: 2Gi}; `gpu` is the service's nvidia.com/gpu.
bool readResourcePairs(const QString &text, const QString &what, QMap<QString, QString> *out, QString *error, bool resources)
{
    if (text.isEmpty())
        return true;
    for (const QString &pair : text.split(QLatin1Char(','))) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        QString key = pair.left(eq).trimmed();
        const QString value = pair.mid(eq + 1).trimmed();
        if (eq < 0 || key.isEmpty() || value.isEmpty()) {
            *error = tr("%1: '%2' is not NAME=VALUE.").arg(what, pair);
            return false;
        }
        if (resources && key.compare(QLatin1String("gpu"), Qt::CaseInsensitive) == 0)
            key = QLatin1String(azure::kResourceGpu);
        else if (resources && (key.compare(QLatin1String("cpu"), Qt::CaseInsensitive) == 0
                               || key.compare(QLatin1String("memory"), Qt::CaseInsensitive) == 0))
            key = key.toLower();
        if (out->contains(key)) {
            *error = tr("%1: '%2' is given twice.").arg(what, key);
            return false;
        }
        out->insert(key, value);
    }
    return true;
}

} // namespace

std::optional<azure::InstanceType> parseInstanceTypeOption(const QString &text, QString *error)
{
    const QStringList parts = text.split(QLatin1Char(':'));
    const QString example = QStringLiteral("small:cpu=500m,memory=1Gi:cpu=1,memory=2Gi");
    if (parts.size() < 2 || parts.size() > 4 || parts[0].trimmed().isEmpty() || parts[1].trimmed().isEmpty()) {
        *error = tr("--instance-type '%1' is not NAME:REQUESTS[:LIMITS[:NODE-SELECTOR]] (for example %2).").arg(text, example);
        return std::nullopt;
    }
    azure::InstanceType t;
    t.name = parts[0].trimmed();
    const QString what = tr("--instance-type %1").arg(t.name);
    if (!readResourcePairs(parts[1], what, &t.requests, error, true))
        return std::nullopt;
    if (!readResourcePairs(parts.value(2), what, &t.limits, error, true))
        return std::nullopt;
    if (parts.value(2).trimmed().isEmpty())
        t.limits = t.requests;
    QMap<QString, QString> selector;
    if (!readResourcePairs(parts.value(3), what, &selector, error, false))
        return std::nullopt;
    for (auto it = selector.begin(); it != selector.end(); ++it)
        t.nodeSelector.append({it.key(), it.value()});
    return t;
}

KubernetesSpecFromOptions kubernetesSpecFromOptions(const CliOptions &o)
{
    KubernetesSpecFromOptions out;
    azure::KubernetesComputeSpec spec;
    const QString positional = o.arguments().value(0);
    const QString named = o.value(QStringLiteral("name"));
    if (!positional.isEmpty() && !named.isEmpty() && positional != named) {
        out.error = tr("Give the compute's name once: '%1' or --name %2.").arg(positional, named);
        return out;
    }
    spec.name = positional.isEmpty() ? named : positional;
    if (spec.name.isEmpty()) {
        out.error = tr("Which compute? Give its name.");
        return out;
    }
    // --cluster (as the extension commands take it) or --cluster-id (as the v1 attach does).
    const QString option = o.isSet(QStringLiteral("cluster")) ? QStringLiteral("cluster") : QStringLiteral("cluster-id");
    spec.clusterId = o.value(option);
    if (spec.clusterId.isEmpty()) {
        out.error = tr("attach --kubernetes needs --cluster with the AKS cluster's resource ID.");
        return out;
    }
    if (const rules::AksResourceIdParse id = rules::parseAksResourceId(spec.clusterId); !id.ok()) {
        out.error = tr("--%1 is not an AKS cluster's resource ID: %2 Expected %3.").arg(option, id.message, rules::aksResourceIdShape());
        return out;
    }
    spec.description = o.value(QStringLiteral("description"));
    if (o.isSet(QStringLiteral("namespace")))
        spec.kubernetesNamespace = o.value(QStringLiteral("namespace"));
    QStringList names;
    for (const QString &text : o.values(QStringLiteral("instance-type"))) {
        const std::optional<azure::InstanceType> type = parseInstanceTypeOption(text, &out.error);
        if (!type)
            return out;
        if (names.contains(type->name)) {
            out.error = tr("--instance-type %1 is given twice.").arg(type->name);
            return out;
        }
        names.append(type->name);
        spec.instanceTypes.append(*type);
    }
    spec.defaultInstanceType = o.value(QStringLiteral("default-instance-type"));
    if (spec.defaultInstanceType.isEmpty() && spec.instanceTypes.size() == 1)
        spec.defaultInstanceType = spec.instanceTypes.first().name;
    if (o.isSet(QStringLiteral("identity"))) {
        const QString identity = o.value(QStringLiteral("identity"));
        const QString type = identity.section(QLatin1Char(':'), 0, 0);
        const QString ids = identity.section(QLatin1Char(':'), 1);
        if (type.compare(QLatin1String("SystemAssigned"), Qt::CaseInsensitive) == 0 && ids.isEmpty()) {
            spec.identityType = QStringLiteral("SystemAssigned");
        } else if (type.compare(QLatin1String("UserAssigned"), Qt::CaseInsensitive) == 0 && !ids.isEmpty()) {
            spec.identityType = QStringLiteral("UserAssigned");
            spec.userAssignedIdentities = ids.split(QLatin1Char(','), Qt::SkipEmptyParts);
        } else {
            out.error = tr("--identity must be SystemAssigned or UserAssigned:ID[,ID...], not '%1'.").arg(identity);
            return out;
        }
    }
    out.spec = spec;
    return out;
}

} // namespace cw::cli
