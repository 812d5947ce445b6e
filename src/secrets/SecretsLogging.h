#pragma once
#include <QLoggingCategory>

namespace cw::secrets {
Q_DECLARE_LOGGING_CATEGORY(lcSecrets)
}
