#pragma once
// The free tr() of the cw::kube files that are not QObjects (common/NamespaceTr.h says why).
#include "common/NamespaceTr.h"

namespace cw::kube {
CW_NAMESPACE_TR("cw::kube")
} // namespace cw::kube
