#pragma once
#include <QString>

#include <optional>

#include "azure/KubernetesComputeSpec.h"

namespace cw::cli {

class CliOptions;

// One --instance-type value, NAME:REQUESTS[:LIMITS[:NODE-SELECTOR]]:
//   small:cpu=500m,memory=1Gi:cpu=1,memory=2Gi
//   gpu:cpu=4,memory=16Gi,gpu=1::accelerator=nvidia
// REQUESTS and LIMITS are resource=quantity pairs (cpu, memory, gpu — which is nvidia.com/gpu —
// or any other resource name written out); LIMITS left out or empty are the REQUESTS (the
// guaranteed quality of service Azure ML's own examples use). NODE-SELECTOR is label=value pairs.
// Only the syntax is checked here; what the quantities mean (a request above its limit) is the
// service's to refuse. nullopt with `error` set when the text cannot be read.
std::optional<azure::InstanceType> parseInstanceTypeOption(const QString &text, QString *error);

struct KubernetesSpecFromOptions {
    std::optional<azure::KubernetesComputeSpec> spec;
    QString error; // usage error when spec is empty
};

// The attach --kubernetes spec the options describe: the name (first argument or --name), the
// cluster (--cluster / --cluster-id), --namespace, --instance-type..., --default-instance-type
// (the only instance type when one is given), --identity, --description. The location is left
// for the caller (the workspace's region).
KubernetesSpecFromOptions kubernetesSpecFromOptions(const CliOptions &options);

} // namespace cw::cli
