// LD_PRELOAD probe for the lro benchmark: counts the TCP connections a process opens, per
// destination port (each one is a TLS handshake on the sandbox's HTTPS ports), and appends
// "port count" lines to $CW_BENCH_CONNECT_LOG when the process exits.
//
// Qt connects non-blocking: the first connect() answers EINPROGRESS, and Qt calls connect()
// on the same socket again to learn the result. Counting calls would count each connection
// twice, so only a socket's first connect() counts; the later ones on a socket still in
// progress are the completion checks of the same connection.
#include <arpa/inet.h>
#include <dlfcn.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstdlib>

namespace {

std::atomic<int> g_counts[65536];
std::atomic<bool> g_inProgress[65536]; // by file descriptor: a connect() answered EINPROGRESS

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
    const bool tracked = fd >= 0 && fd < 65536;
    const bool completionCheck = tracked && g_inProgress[fd].load();
    if (!completionCheck && address && address->sa_family == AF_INET)
        ++g_counts[ntohs(reinterpret_cast<const sockaddr_in *>(address)->sin_port)];
    else if (!completionCheck && address && address->sa_family == AF_INET6)
        ++g_counts[ntohs(reinterpret_cast<const sockaddr_in6 *>(address)->sin6_port)];
    const int result = real(fd, address, length);
    if (tracked)
        g_inProgress[fd] = result == -1 && (errno == EINPROGRESS || errno == EALREADY);
    return result;
}
