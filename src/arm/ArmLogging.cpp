#include "arm/ArmLogging.h"

namespace cw::arm {
Q_LOGGING_CATEGORY(lcArm, "cw.arm", QtInfoMsg)
}
