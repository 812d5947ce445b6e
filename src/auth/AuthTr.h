#pragma once
// The free tr() of the cw::auth files that are not QObjects (common/NamespaceTr.h says why).
#include "common/NamespaceTr.h"

namespace cw::auth {
CW_NAMESPACE_TR("cw::auth")
} // namespace cw::auth
