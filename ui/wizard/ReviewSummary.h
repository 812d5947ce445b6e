#pragma once
// Every choice of a spec in plain words, for the review page (pure function, testable).
#include "rules/ComputeSpec.h"

#include <QStringList>

namespace cw::ui {

// One line per choice ("Name: aks-prod", "Purpose: Production", ...), translated.
QStringList describeSpec(const rules::ComputeSpec &spec);

} // namespace cw::ui
