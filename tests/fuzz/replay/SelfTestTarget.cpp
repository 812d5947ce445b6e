// A fuzz target with a planted bug, to prove the replay driver really mutates its seeds and
// turns a crash into a failing test with the input saved (see expect-crash.sh).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // The seed is "CRASH" (5 bytes): it passes as is; any mutation that keeps the prefix and
    // grows the input "crashes".
    if (size > 5 && std::memcmp(data, "CRASH", 5) == 0)
        std::abort();
    return 0;
}
