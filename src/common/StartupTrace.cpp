#include "common/StartupTrace.h"

namespace cw {
Q_LOGGING_CATEGORY(lcStartupTrace, "cw.trace", QtInfoMsg)
}
