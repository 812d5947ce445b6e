#pragma once
// Every choice of a spec in plain words, for the review page (pure function, testable).
#include "rules/ComputeSpec.h"
#include "wizard/V2AttachSpec.h"

#include <QStringList>

namespace cw::ui {

// One line per choice ("Name: aks-prod", "Purpose: Production", ...), translated.
QStringList describeSpec(const rules::ComputeSpec &spec);
// Azure ML v2: the extension (installed or reused, its settings in words) and the compute.
QStringList describeV2(const rules::ComputeSpec &spec, const V2AttachSpec &v2);

} // namespace cw::ui
