#pragma once
// The v2 Kubernetes compute's own settings (v2-contract.md section 3) checked before the attach is
// sent: the namespace its workloads run in, and the instance types (what each pod may request and
// use) with the default one. The service refuses what these refuse (src/sandbox/KubernetesComputes
// answers the same), so the wizard says it while the user types.
#include "rules/Finding.h"

#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace cw::rules {

// One instance type as the user writes it: Kubernetes quantity strings; a blank limit means "the
// request" (the guaranteed quality of service Azure ML's examples use); a blank GPU count means
// none. The GPU count is both request and limit (an extended resource cannot be overcommitted).
struct InstanceTypeInput {
    QString name;
    QString cpuRequest;
    QString cpuLimit;
    QString memoryRequest;
    QString memoryLimit;
    QString gpu;           // nvidia.com/gpu, a whole number
    QString nodeSelector;  // "label=value, label2=value2" (empty: any node)
};

// A Kubernetes quantity ("500m", "1", "1.5", "2Gi", "512Mi", "1G", "1e3") as a number of base
// units; nullopt when the text is not a quantity.
std::optional<long double> parseQuantity(const QString &text);

// "label=value, other=value" → pairs; nullopt with `error` set when a pair has no '=' or a
// label/value is not valid (ExtensionRules' label rules).
std::optional<QList<QPair<QString, QString>>> parseNodeSelector(const QString &text, QString *error);

// An RFC 1123 label: at most 63 lower-case letters, digits and '-', starting and ending with a
// letter or digit.
Findings validateKubernetesNamespace(const QString &ns);

// Every finding of the list, `field` "instanceTypes[i].<column>" or "defaultInstanceType":
// names (DNS-1123 labels, unique), quantities (syntax; a request above its limit; at least a CPU
// and a memory request), GPU counts (whole numbers), node selectors, and exactly one default that
// names one of the types. An empty list is allowed: the extension's own "defaultinstancetype" is
// used (an info finding says so).
Findings validateInstanceTypes(const QList<InstanceTypeInput> &types, const QString &defaultName);

} // namespace cw::rules
