#include "rules/KubernetesComputeRules.h"

#include "rules/ExtensionRules.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace cw::rules {
namespace {

struct KubernetesComputeRulesText {
    Q_DECLARE_TR_FUNCTIONS(cw::rules::KubernetesComputeRules)
};

bool isDns1123Label(const QString &text)
{
    static const QRegularExpression rule(QStringLiteral("^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"));
    return rule.match(text).hasMatch();
}

QString field(int row, const char *column)
{
    return QStringLiteral("instanceTypes[%1].%2").arg(row).arg(QLatin1String(column));
}

// One request/limit pair of a resource: both quantities, and the request not above the limit.
void checkPair(int row, const QString &typeName, bool cpu, const QString &request, const QString &limit,
               const char *requestColumn, const char *limitColumn, Findings &out)
{
    const QString what = cpu ? KubernetesComputeRulesText::tr("CPU") : KubernetesComputeRulesText::tr("memory");
    const std::optional<long double> r = parseQuantity(request);
    if (request.trimmed().isEmpty()) {
        out.append(error(QStringLiteral("instanceType.request.missing"), field(row, requestColumn),
                         KubernetesComputeRulesText::tr("Instance type %1: give a %2 request (e.g. %3).")
                             .arg(typeName, what, cpu ? QStringLiteral("500m") : QStringLiteral("1Gi"))));
    } else if (!r) {
        out.append(error(QStringLiteral("instanceType.quantity"), field(row, requestColumn),
                         KubernetesComputeRulesText::tr("Instance type %1: \"%2\" is not a Kubernetes quantity for the %3 request "
                                  "(use e.g. 500m, 1, 1.5, 512Mi or 2Gi).")
                             .arg(typeName, request.trimmed(), what)));
    }
    if (limit.trimmed().isEmpty())
        return;
    const std::optional<long double> l = parseQuantity(limit);
    if (!l) {
        out.append(error(QStringLiteral("instanceType.quantity"), field(row, limitColumn),
                         KubernetesComputeRulesText::tr("Instance type %1: \"%2\" is not a Kubernetes quantity for the %3 limit "
                                  "(use e.g. 500m, 1, 1.5, 512Mi or 2Gi).")
                             .arg(typeName, limit.trimmed(), what)));
    } else if (r && *r > *l) {
        out.append(error(QStringLiteral("instanceType.requestAboveLimit"), field(row, limitColumn),
                         KubernetesComputeRulesText::tr("Instance type %1: the %2 request %3 is above its limit %4; raise the "
                                  "limit or lower the request.")
                             .arg(typeName, what, request.trimmed(), limit.trimmed())));
    }
}

} // namespace

std::optional<long double> parseQuantity(const QString &input)
{
    // Kubernetes' quantity grammar: a signed decimal number, then a binary (Ki..Ei), decimal
    // (n, u, m, k, M, G, T, P, E) or exponent suffix. Negative quantities are refused here: no
    // resource of an instance type can be negative.
    static const QRegularExpression rule(
        QStringLiteral("^\\+?([0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E|[eE][+-]?[0-9]+)?$"));
    const QRegularExpressionMatch m = rule.match(input.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    bool ok = false;
    const long double number = m.captured(1).toDouble(&ok);
    if (!ok)
        return std::nullopt;
    const QString suffix = m.captured(2);
    static const QHash<QString, long double> factors{
        {QStringLiteral("Ki"), 1024.0L},
        {QStringLiteral("Mi"), 1048576.0L},
        {QStringLiteral("Gi"), 1073741824.0L},
        {QStringLiteral("Ti"), 1099511627776.0L},
        {QStringLiteral("Pi"), 1125899906842624.0L},
        {QStringLiteral("Ei"), 1152921504606846976.0L},
        {QStringLiteral("n"), 1e-9L},
        {QStringLiteral("u"), 1e-6L},
        {QStringLiteral("m"), 1e-3L},
        {QStringLiteral("k"), 1e3L},
        {QStringLiteral("M"), 1e6L},
        {QStringLiteral("G"), 1e9L},
        {QStringLiteral("T"), 1e12L},
        {QStringLiteral("P"), 1e15L},
        {QStringLiteral("E"), 1e18L},
    };
    if (suffix.isEmpty())
        return number;
    if (suffix.startsWith(QLatin1Char('e')) || suffix.startsWith(QLatin1Char('E')))
        return number * std::pow(10.0L, suffix.mid(1).toInt());
    return number * factors.value(suffix);
}

std::optional<QList<QPair<QString, QString>>> parseNodeSelector(const QString &text, QString *error)
{
    QList<QPair<QString, QString>> pairs;
    for (const QString &raw : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString item = raw.trimmed();
        if (item.isEmpty())
            continue;
        const qsizetype eq = item.indexOf(QLatin1Char('='));
        const QString label = eq < 0 ? item : item.left(eq).trimmed();
        const QString value = eq < 0 ? QString() : item.mid(eq + 1).trimmed();
        if (eq <= 0 || !isValidLabelKey(label)) {
            *error = KubernetesComputeRulesText::tr("\"%1\" is not label=value with a valid Kubernetes label (e.g. agentpool=gpupool).").arg(item);
            return std::nullopt;
        }
        if (!isValidLabelValue(value)) {
            *error = KubernetesComputeRulesText::tr("\"%1\" is not a valid label value for %2: at most 63 letters, digits, '-', '_' or '.', "
                              "starting and ending with a letter or digit.")
                         .arg(value, label);
            return std::nullopt;
        }
        pairs.append({label, value});
    }
    return pairs;
}

Findings validateKubernetesNamespace(const QString &ns)
{
    if (ns.isEmpty())
        return {error(QStringLiteral("namespace.empty"), QStringLiteral("namespace"),
                      KubernetesComputeRulesText::tr("Give the Kubernetes namespace the compute's workloads run in (usually default)."))};
    if (!isDns1123Label(ns)) {
        return {error(QStringLiteral("namespace.invalid"), QStringLiteral("namespace"),
                      KubernetesComputeRulesText::tr("\"%1\" is not a Kubernetes namespace name: at most 63 lower-case letters, digits "
                               "and '-', starting and ending with a letter or digit.")
                          .arg(ns))};
    }
    return {};
}

Findings validateInstanceTypes(const QList<InstanceTypeInput> &types, const QString &defaultName)
{
    Findings out;
    if (types.isEmpty()) {
        out.append(info(QStringLiteral("instanceTypes.none"), QStringLiteral("instanceTypes"),
                        KubernetesComputeRulesText::tr("No instance types: the extension's own \"defaultinstancetype\" is used "
                                 "(requests 100m CPU and 2Gi memory, limits 2 CPUs and 2Gi).")));
        return out;
    }
    QSet<QString> seen;
    bool defaultFound = false;
    for (int row = 0; row < types.size(); ++row) {
        const InstanceTypeInput &t = types.at(row);
        const QString name = t.name.trimmed();
        const QString shown = name.isEmpty() ? KubernetesComputeRulesText::tr("in row %1").arg(row + 1) : name;
        if (name.isEmpty()) {
            out.append(error(QStringLiteral("instanceType.name.empty"), field(row, "name"),
                             KubernetesComputeRulesText::tr("Row %1: give the instance type a name.").arg(row + 1)));
        } else if (!isDns1123Label(name)) {
            out.append(error(QStringLiteral("instanceType.name.invalid"), field(row, "name"),
                             KubernetesComputeRulesText::tr("\"%1\" is not a valid instance type name: at most 63 lower-case letters, "
                                      "digits and '-', starting and ending with a letter or digit.")
                                 .arg(name)));
        } else if (seen.contains(name)) {
            out.append(error(QStringLiteral("instanceType.name.duplicate"), field(row, "name"),
                             KubernetesComputeRulesText::tr("The instance type name %1 is used twice.").arg(name)));
        }
        seen.insert(name);
        if (!name.isEmpty() && name == defaultName.trimmed())
            defaultFound = true;
        checkPair(row, shown, true, t.cpuRequest, t.cpuLimit, "cpuRequest", "cpuLimit", out);
        checkPair(row, shown, false, t.memoryRequest, t.memoryLimit, "memoryRequest", "memoryLimit", out);
        if (!t.gpu.trimmed().isEmpty()) {
            bool ok = false;
            const int gpus = t.gpu.trimmed().toInt(&ok);
            if (!ok || gpus < 0) {
                out.append(error(QStringLiteral("instanceType.gpu"), field(row, "gpu"),
                                 KubernetesComputeRulesText::tr("Instance type %1: the GPU count must be a whole number (nvidia.com/gpu "
                                          "cannot be shared), not \"%2\".")
                                     .arg(shown, t.gpu.trimmed())));
            }
        }
        QString selectorError;
        if (!parseNodeSelector(t.nodeSelector, &selectorError)) {
            out.append(error(QStringLiteral("instanceType.nodeSelector"), field(row, "nodeSelector"),
                             KubernetesComputeRulesText::tr("Instance type %1: %2").arg(shown, selectorError)));
        }
    }
    if (defaultName.trimmed().isEmpty()) {
        out.append(error(QStringLiteral("instanceType.default.missing"), QStringLiteral("defaultInstanceType"),
                         KubernetesComputeRulesText::tr("Choose which instance type is the default (used when a deployment names none).")));
    } else if (!defaultFound) {
        out.append(error(QStringLiteral("instanceType.default.unknown"), QStringLiteral("defaultInstanceType"),
                         KubernetesComputeRulesText::tr("The default instance type %1 is not in the list.").arg(defaultName.trimmed())));
    }
    return out;
}

} // namespace cw::rules
