#pragma once
#include "arm/ArmTypes.h"

namespace cw::ops {

// What the answer to a create/attach PUT says about whether it reached Azure. Only a definite
// refusal lets the request be sent again; anything else means "maybe sent": the compute is
// looked up before any new PUT (the journal keeps the intent).
enum class PutAnswer {
    Accepted,  // a 2xx, even when its body could not be read: Azure took the request
    Refused,   // a 4xx other than 408 with the service's error, or it never left this machine
    Ambiguous, // no answer, timeout, 408, 5xx, a cancelled or unreadable exchange: maybe sent
};

// Pure: for an answer whose ok() is false (and for a readable 2xx, Accepted).
PutAnswer classifyPutAnswer(const arm::ArmResponse &answer);

} // namespace cw::ops
