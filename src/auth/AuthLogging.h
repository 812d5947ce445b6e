#pragma once
#include <QLoggingCategory>

namespace cw::auth {
Q_DECLARE_LOGGING_CATEGORY(lcAuth)
}
