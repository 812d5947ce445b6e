#pragma once
// The free tr() of the cw::ops files that are not QObjects (common/NamespaceTr.h says why).
#include "common/NamespaceTr.h"

namespace cw::ops {
CW_NAMESPACE_TR("cw::ops")
} // namespace cw::ops
