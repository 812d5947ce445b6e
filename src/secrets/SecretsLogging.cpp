#include "secrets/SecretsLogging.h"

namespace cw::secrets {
Q_LOGGING_CATEGORY(lcSecrets, "cw.secrets", QtInfoMsg)
}
