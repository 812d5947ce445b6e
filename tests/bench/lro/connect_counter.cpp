// LD_PRELOAD probe for the lro benchmark: counts the TCP connections a process opens, per
// destination port (each one is a TLS handshake on the sandbox's HTTPS ports), and appends
// "port count" lines to $CW_BENCH_CONNECT_LOG when the process exits.
#include <arpa/inet.h>
#include <dlfcn.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include <atomic>
#include <cstdio>
#include <cstdlib>

namespace {

std::atomic<int> g_counts[65536];

using ConnectFn = int (*)(int, const sockaddr *, socklen_t);

void dump() __attribute__((destructor));
void dump()
{
    const char *path = std::getenv("CW_BENCH_CONNECT_LOG");
    if (!path)
        return;
    if (FILE *f = std::fopen(path, "a")) {
        for (int port = 0; port < 65536; ++port)
            if (const int n = g_counts[port].load())
                std::fprintf(f, "%d %d\n", port, n);
        std::fclose(f);
    }
}

} // namespace

extern "C" int connect(int fd, const sockaddr *address, socklen_t length)
{
    static ConnectFn real = reinterpret_cast<ConnectFn>(dlsym(RTLD_NEXT, "connect"));
    if (address && address->sa_family == AF_INET)
        ++g_counts[ntohs(reinterpret_cast<const sockaddr_in *>(address)->sin_port)];
    else if (address && address->sa_family == AF_INET6)
        ++g_counts[ntohs(reinterpret_cast<const sockaddr_in6 *>(address)->sin6_port)];
    return real(fd, address, length);
}
