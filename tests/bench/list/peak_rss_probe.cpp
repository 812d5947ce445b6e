// LD_PRELOAD probe for the CLI benchmarks: when the process exits, appends its peak resident
// set size (VmHWM from /proc/self/status, in kB) to $CW_BENCH_RSS_LOG.
//
// Why not wait4()'s ru_maxrss: Linux carries the high-water mark across exec, so a program
// started from a forked Python inherits the benchmark script's own peak (both the CLI and the
// SDK then showed exactly the script's 60 MiB). VmHWM belongs to the program's own address space.
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace {

void report() __attribute__((destructor));
void report()
{
    const char *path = std::getenv("CW_BENCH_RSS_LOG");
    if (!path)
        return;
    FILE *status = std::fopen("/proc/self/status", "r");
    if (!status)
        return;
    char line[256];
    long hwmKb = -1;
    while (std::fgets(line, sizeof line, status))
        if (std::strncmp(line, "VmHWM:", 6) == 0)
            hwmKb = std::strtol(line + 6, nullptr, 10);
    std::fclose(status);
    if (hwmKb < 0)
        return;
    if (FILE *out = std::fopen(path, "a")) {
        std::fprintf(out, "%ld\n", hwmKb);
        std::fclose(out);
    }
}

} // namespace
