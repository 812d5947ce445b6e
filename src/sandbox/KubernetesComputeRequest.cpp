// The request side of a Kubernetes compute attach: the body read (instance types normalised to
// the shape the service answers) and the checks that need nothing but the request (name,
// namespace, quantities, requests <= limits, the default instance type, the identity).
#include "sandbox/KubernetesComputes.h"

#include <QRegularExpression>
#include <QStringList>

#include <cmath>

namespace cw::sandbox {
namespace {

constexpr auto kGpu = "nvidia.com/gpu";

HttpReply requestBadArgument(const QString &message, const QString &target = {})
{
    return HttpReply::armError(400, QStringLiteral("BadArgument"), message, target);
}

bool sameRequestText(const QString &a, const char *b) { return a.compare(QLatin1String(b), Qt::CaseInsensitive) == 0; }

// A Kubernetes resource quantity ("500m", "1.5", "4Gi", "1G", "1e3") as a number of units; nullopt
// when it is not one. Suffixes as in k8s.io/apimachinery/pkg/api/resource.
std::optional<long double> quantity(const QString &text)
{
    static const QRegularExpression shape(
        QStringLiteral("^([0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E|[eE][-+]?[0-9]+)?$"));
    const QRegularExpressionMatch m = shape.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    long double value = m.captured(1).toDouble();
    const QString suffix = m.captured(2);
    static const QList<QPair<QString, long double>> suffixes = {
        {QStringLiteral("Ki"), 1024.0L}, {QStringLiteral("Mi"), std::pow(1024.0L, 2)},
        {QStringLiteral("Gi"), std::pow(1024.0L, 3)}, {QStringLiteral("Ti"), std::pow(1024.0L, 4)},
        {QStringLiteral("Pi"), std::pow(1024.0L, 5)}, {QStringLiteral("Ei"), std::pow(1024.0L, 6)},
        {QStringLiteral("n"), 1e-9L}, {QStringLiteral("u"), 1e-6L}, {QStringLiteral("m"), 1e-3L},
        {QStringLiteral("k"), 1e3L}, {QStringLiteral("M"), 1e6L}, {QStringLiteral("G"), 1e9L},
        {QStringLiteral("T"), 1e12L}, {QStringLiteral("P"), 1e15L}, {QStringLiteral("E"), 1e18L}};
    if (suffix.isEmpty())
        return value;
    if (suffix.front() == QLatin1Char('e') || suffix.front() == QLatin1Char('E'))
        return value * std::pow(10.0L, suffix.mid(1).toInt());
    for (const auto &[name, factor] : suffixes)
        if (name == suffix)
            return value * factor;
    return std::nullopt;
}

// requests/limits as sent: a map of resource name → quantity string (null allowed, as in the
// official example's "nvidia.com/gpu": null).
std::optional<HttpReply> readQuantities(const Json *map, const QString &path, Json *out)
{
    *out = Json::object();
    if (!map || map->is_null())
        return std::nullopt;
    if (!map->is_object())
        return requestBadArgument(QStringLiteral("%1 must be an object of resource quantities.").arg(path), path);
    for (auto it = map->begin(); it != map->end(); ++it) {
        if (!it.value().is_null() && !it.value().is_string())
            return requestBadArgument(QStringLiteral("%1.%2 must be a quantity string such as \"1\", \"500m\" or \"4Gi\".")
                                   .arg(path, q(it.key())), path);
        (*out)[it.key()] = it.value();
    }
    return std::nullopt;
}

// The same instance type in the shape the service answers: nodeSelector (or null) and the three
// resources the service names in requests and limits, null when not given (as the official
// examples show them).
Json normalizedInstanceType(const Json &nodeSelector, const Json &requests, const Json &limits)
{
    auto withDefaults = [](Json map) {
        for (const char *name : {"cpu", "memory", kGpu})
            if (!map.contains(name))
                map[name] = nullptr;
        return map;
    };
    return {{"nodeSelector", nodeSelector.empty() ? Json(nullptr) : nodeSelector},
            {"resources", {{"requests", withDefaults(requests)}, {"limits", withDefaults(limits)}}}};
}

QString quantityText(const Json &value) { return value.is_string() ? q(value.get<std::string>()) : QString(); }

std::optional<HttpReply> checkInstanceType(const QString &name, const Json &type)
{
    static const QRegularExpression nameRule(QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9._-]{0,61}[A-Za-z0-9])?$"));
    const QString path = QStringLiteral("properties.instanceTypes.%1").arg(name);
    if (!nameRule.match(name).hasMatch())
        return requestBadArgument(QStringLiteral("Instance type name '%1' is invalid. It must be 1 to 63 letters, digits, "
                                          "'-', '_' or '.', starting and ending with a letter or digit.").arg(name),
                           QStringLiteral("properties.instanceTypes"));
    const Json &requests = type["resources"]["requests"];
    const Json &limits = type["resources"]["limits"];
    for (const auto &[label, map] : {std::pair{"requests", &requests}, {"limits", &limits}}) {
        for (auto it = map->begin(); it != map->end(); ++it) {
            const QString text = quantityText(it.value());
            if (text.isEmpty())
                continue;
            const std::optional<long double> value = quantity(text);
            if (!value)
                return requestBadArgument(QStringLiteral("Instance type '%1': '%2' is not a valid quantity for %3 %4.")
                                       .arg(name, text, QLatin1String(label), q(it.key())), path);
            if (it.key() == kGpu && (*value != std::floor(*value)))
                return requestBadArgument(QStringLiteral("Instance type '%1': %2 %3 must be a whole number of GPUs, not '%4'.")
                                       .arg(name, QLatin1String(label), QLatin1String(kGpu), text), path);
        }
    }
    for (auto it = requests.begin(); it != requests.end(); ++it) {
        const QString request = quantityText(it.value());
        const QString limit = quantityText(limits.value(it.key(), Json()));
        if (request.isEmpty() || limit.isEmpty())
            continue;
        const long double r = *quantity(request);
        const long double l = *quantity(limit);
        // Kubernetes does not overcommit extended resources: a GPU request equals its limit.
        if (it.key() == kGpu && r != l)
            return requestBadArgument(QStringLiteral("Instance type '%1': the %2 request (%3) must equal its limit (%4); "
                                              "GPUs cannot be overcommitted.").arg(name, QLatin1String(kGpu), request, limit), path);
        if (r > l)
            return requestBadArgument(QStringLiteral("Instance type '%1': the %2 request (%3) is more than its limit (%4).")
                                   .arg(name, q(it.key()), request, limit), path);
    }
    return std::nullopt;
}

} // namespace

bool isKubernetesComputeBody(const QByteArray &body)
{
    const std::optional<Json> parsed = parseJson(body);
    if (!parsed || !parsed->is_object())
        return false;
    const Json *props = jsonfields::find(*parsed, "properties", Keys::AnyCase);
    return props && props->is_object() && sameRequestText(jsonfields::string(*props, "computeType", Keys::AnyCase), "Kubernetes");
}

std::optional<HttpReply> parseKubernetesComputeRequest(const QByteArray &body, const QString &name,
                                                       const QString &workspaceLocation, KubernetesComputeRequest *out)
{
    const std::optional<Json> parsed = parseJson(body);
    if (!parsed || !parsed->is_object())
        return HttpReply::armError(400, QStringLiteral("InvalidRequestContent"),
                                   QStringLiteral("The request content was invalid and could not be deserialized."));
    const Json &props = *jsonfields::find(*parsed, "properties", Keys::AnyCase);
    KubernetesComputeRequest r;
    r.name = name;
    r.location = jsonfields::string(*parsed, "location", Keys::AnyCase, workspaceLocation);
    r.resourceId = jsonfields::string(props, "resourceId", Keys::AnyCase);
    r.description = jsonfields::string(props, "description", Keys::AnyCase);
    const Json *inner = jsonfields::find(props, "properties", Keys::AnyCase);
    if (inner && !inner->is_null() && !inner->is_object())
        return requestBadArgument(QStringLiteral("properties.properties must be an object."), QStringLiteral("properties.properties"));
    if (inner && inner->is_object()) {
        if (const QString ns = jsonfields::string(*inner, "namespace", Keys::AnyCase); !ns.isEmpty())
            r.kubernetesNamespace = ns;
        r.defaultInstanceType = jsonfields::string(*inner, "defaultInstanceType", Keys::AnyCase);
        const Json *types = jsonfields::find(*inner, "instanceTypes", Keys::AnyCase);
        if (types && !types->is_null() && !types->is_object())
            return requestBadArgument(QStringLiteral("instanceTypes must be an object mapping each instance type's name to its "
                                              "nodeSelector and resources."), QStringLiteral("properties.instanceTypes"));
        if (types && types->is_object()) {
            for (auto it = types->begin(); it != types->end(); ++it) {
                const QString path = QStringLiteral("properties.instanceTypes.%1").arg(q(it.key()));
                if (!it->is_object())
                    return requestBadArgument(QStringLiteral("Instance type '%1' must be an object.").arg(q(it.key())), path);
                Json selector = Json::object();
                if (const Json *ns = jsonfields::find(*it, "nodeSelector", Keys::AnyCase); ns && !ns->is_null()) {
                    if (!ns->is_object())
                        return requestBadArgument(QStringLiteral("%1.nodeSelector must be an object of label values.").arg(path), path);
                    for (auto label = ns->begin(); label != ns->end(); ++label) {
                        if (!label->is_string())
                            return requestBadArgument(QStringLiteral("%1.nodeSelector.%2 must be a string.").arg(path, q(label.key())), path);
                        selector[label.key()] = *label;
                    }
                }
                const Json *resources = jsonfields::find(*it, "resources", Keys::AnyCase);
                if (resources && !resources->is_null() && !resources->is_object())
                    return requestBadArgument(QStringLiteral("%1.resources must be an object.").arg(path), path);
                Json requests, limits;
                const Json none;
                const Json &res = resources && resources->is_object() ? *resources : none;
                if (auto bad = readQuantities(res.is_object() ? jsonfields::find(res, "requests", Keys::AnyCase) : nullptr,
                                              path + QStringLiteral(".resources.requests"), &requests))
                    return bad;
                if (auto bad = readQuantities(res.is_object() ? jsonfields::find(res, "limits", Keys::AnyCase) : nullptr,
                                              path + QStringLiteral(".resources.limits"), &limits))
                    return bad;
                r.instanceTypes[it.key()] = normalizedInstanceType(selector, requests, limits);
            }
        }
    }
    if (const Json *identity = jsonfields::find(*parsed, "identity", Keys::AnyCase); identity && !identity->is_null()) {
        const QString type = identity->is_object() ? jsonfields::string(*identity, "type", Keys::AnyCase) : QString();
        const QStringList known = {QStringLiteral("None"), QStringLiteral("SystemAssigned"), QStringLiteral("UserAssigned"),
                                   QStringLiteral("SystemAssigned,UserAssigned")};
        QString canonical;
        for (const QString &k : known)
            if (QString(type).remove(QLatin1Char(' ')).compare(k, Qt::CaseInsensitive) == 0)
                canonical = k;
        if (canonical.isEmpty())
            return requestBadArgument(QStringLiteral("Identity type '%1' is invalid. Allowed values are None, SystemAssigned, "
                                              "UserAssigned, 'SystemAssigned,UserAssigned'.").arg(type),
                               QStringLiteral("identity.type"));
        Json users = Json::object();
        if (const Json *u = jsonfields::find(*identity, "userAssignedIdentities", Keys::AnyCase); u && u->is_object())
            for (auto it = u->begin(); it != u->end(); ++it)
                users[it.key()] = Json::object();
        if (canonical.contains(QLatin1String("UserAssigned")) && users.empty())
            return requestBadArgument(QStringLiteral("Identity type '%1' needs at least one entry in userAssignedIdentities.").arg(canonical),
                               QStringLiteral("identity.userAssignedIdentities"));
        if (canonical != QLatin1String("None")) {
            r.identity = {{"type", s(canonical)}};
            if (!users.empty())
                r.identity["userAssignedIdentities"] = users;
        }
    }
    *out = r;
    return std::nullopt;
}

std::optional<HttpReply> checkKubernetesComputeRequest(const KubernetesComputeRequest &r)
{
    static const QRegularExpression nameRule(QStringLiteral("^[A-Za-z][A-Za-z0-9-]{1,22}[A-Za-z0-9]$"));
    if (!nameRule.match(r.name).hasMatch())
        return requestBadArgument(QStringLiteral("Compute name '%1' is invalid. It can include letters, digits and "
                                          "dashes. It must start with a letter, end with a letter or digit, "
                                          "and be between 3 and 24 characters long.").arg(r.name),
                           QStringLiteral("computeName"));
    if (r.resourceId.isEmpty())
        return requestBadArgument(QStringLiteral("A Kubernetes compute is attached: resourceId must name the Kubernetes cluster."),
                           QStringLiteral("resourceId"));
    // A Kubernetes namespace name (RFC 1123 label).
    static const QRegularExpression namespaceRule(QStringLiteral("^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"));
    if (!namespaceRule.match(r.kubernetesNamespace).hasMatch())
        return requestBadArgument(QStringLiteral("Namespace '%1' is not a valid Kubernetes namespace name: at most 63 lower-case "
                                          "letters, digits and '-', starting and ending with a letter or digit.")
                               .arg(r.kubernetesNamespace), QStringLiteral("properties.namespace"));
    QStringList names;
    for (auto it = r.instanceTypes.begin(); it != r.instanceTypes.end(); ++it) {
        names.append(q(it.key()));
        if (auto bad = checkInstanceType(q(it.key()), it.value()))
            return bad;
    }
    if (!names.isEmpty() && r.defaultInstanceType.isEmpty())
        return requestBadArgument(QStringLiteral("defaultInstanceType is required when instanceTypes are given; name one of: %1.")
                               .arg(names.join(QStringLiteral(", "))), QStringLiteral("properties.defaultInstanceType"));
    if (!r.defaultInstanceType.isEmpty() && !names.isEmpty() && !names.contains(r.defaultInstanceType))
        return requestBadArgument(QStringLiteral("The default instance type '%1' is not one of the instance types (%2).")
                               .arg(r.defaultInstanceType, names.join(QStringLiteral(", "))),
                           QStringLiteral("properties.defaultInstanceType"));
    return std::nullopt;
}

} // namespace cw::sandbox
