#include "arm/PollSpacing.h"

#include <algorithm>

namespace cw::arm {

qint64 PollSpacing::takeTurn(qint64 nowMs)
{
    const qint64 turn = m_nextFreeMs ? std::max(nowMs, *m_nextFreeMs) : nowMs;
    m_nextFreeMs = turn + kSpacingMs;
    return turn - nowMs;
}

} // namespace cw::arm
