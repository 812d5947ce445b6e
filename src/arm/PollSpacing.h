#pragma once
#include <QtGlobal>

#include <optional>

namespace cw::arm {

// The polls of one connection's long-running operations go out at least kSpacingMs apart, in the
// order they fell due. Operations started together (the wizard's batch, a support engineer's
// re-attaches, 200 creates in the gui-stall benchmark) are told the same Retry-After: even with
// spreadPollDelayMs' 0-10 % their polls fell due within a few hundred ms, and their answers reached
// the GUI thread in bursts of 50 or more, held there for 15-30 ms by Qt's per-reply work. Spaced,
// the first wave of 200 takes 2 s; a poll due alone goes at once. 100 polls a second stays under
// ARM's read limits too. Pure (the caller gives the time), so unit-tested without a clock.
class PollSpacing
{
public:
    static constexpr qint64 kSpacingMs = 10;

    // How long a poll that is due at `nowMs` (a steady clock, in ms) waits for its turn: 0 when no
    // poll's turn falls within the last kSpacingMs, else until the first free one. The turn is
    // taken (the poll must be sent then, or its turn is lost).
    qint64 takeTurn(qint64 nowMs);

private:
    std::optional<qint64> m_nextFreeMs;
};

} // namespace cw::arm
