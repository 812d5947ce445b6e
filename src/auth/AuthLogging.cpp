#include "auth/AuthLogging.h"

namespace cw::auth {
Q_LOGGING_CATEGORY(lcAuth, "cw.auth", QtInfoMsg)
}
