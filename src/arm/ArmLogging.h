#pragma once
#include <QLoggingCategory>

namespace cw::arm {
Q_DECLARE_LOGGING_CATEGORY(lcArm)
}
