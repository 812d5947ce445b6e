#pragma once
// The Azure ML Python SDK v1 (azureml-core) code equivalent to a spec, in the style of the source
// document: AksCompute.provisioning_configuration / attach_configuration, enable_ssl,
// ComputeTarget.create / attach, wait_for_completion.
#include "rules/ComputeSpec.h"

namespace cw::exporting {

QString pythonSdkV1(const rules::ComputeSpec &spec);

} // namespace cw::exporting
