#pragma once
// The free tr() of the cw::ui files that are not QObjects (common/NamespaceTr.h says why).
#include "common/NamespaceTr.h"

namespace cw::ui {
CW_NAMESPACE_TR("cw::ui")
} // namespace cw::ui
