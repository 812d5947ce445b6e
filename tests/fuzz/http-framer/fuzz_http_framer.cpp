// libFuzzer target for HttpRequestFramer, the first code of the sandbox that reads a client's
// bytes: where each request's head and body end (Content-Length, chunked), and which framings
// are refused (400/413/431/501) before Qt HttpServer parses them.
//
// Input: the first byte chooses how the rest, the bytes of one connection, is cut into the
// pieces that arrive one readyRead at a time; the rest is fed three ways: at once, in those
// pieces, and one byte at a time. Small limits (512-byte head, 4 KiB body) put the size checks
// within the fuzzer's reach.
//
// Invariants: nothing crashes; the verdict and its reason do not depend on how the bytes were
// cut; while the verdict is Ok, the requests completed and whether one is under way do not
// either; a refusal is repeated by every later feed; no more requests complete than there were
// line feeds (every head ends with one).
#include "sandbox/HttpRequestFramer.h"

#include <QByteArray>
#include <QByteArrayView>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using cw::sandbox::HttpRequestFramer;

namespace {

constexpr qsizetype kMaxHead = 512;
constexpr qsizetype kMaxBody = 4096;

void checkAt(bool condition, int line)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz_http_framer.cpp:%d: invariant broken\n", line);
        std::abort();
    }
}
#define check(condition) checkAt((condition), __LINE__)

struct Outcome {
    HttpRequestFramer::Result last;  // verdict and reason of the last feed
    int completed = 0;               // summed over the feeds
    bool inRequest = false;
};

// Feeds `bytes` in pieces of the sizes `next()` returns (at least 1 byte each).
template <typename NextSize>
Outcome feedInPieces(QByteArrayView bytes, NextSize next)
{
    HttpRequestFramer framer(kMaxHead, kMaxBody);
    Outcome out;
    qsizetype at = 0;
    do {
        const qsizetype size = std::min<qsizetype>(std::max<qsizetype>(next(), 1), bytes.size() - at);
        out.last = framer.feed(bytes.sliced(at, size));
        at += size;
        if (out.last.verdict != HttpRequestFramer::Verdict::Ok)
            break;
        out.completed += out.last.completed;
    } while (at < bytes.size());
    out.inRequest = framer.inRequest();
    if (out.last.verdict != HttpRequestFramer::Verdict::Ok) {
        // A refused connection stays refused, whatever comes next.
        const HttpRequestFramer::Result again = framer.feed("GET / HTTP/1.1\r\n\r\n");
        check(again.verdict == out.last.verdict && again.reason == out.last.reason);
    }
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const unsigned cut = data[0];
    const QByteArrayView bytes(reinterpret_cast<const char *>(data) + 1, qsizetype(size) - 1);

    const Outcome whole = feedInPieces(bytes, [&] { return bytes.size(); });
    // Pieces of 1..(cut % 31 + 1) bytes, in a sequence the first byte picks.
    unsigned state = cut * 2654435761u + 1;
    const Outcome pieces = feedInPieces(bytes, [&] {
        state = state * 1103515245u + 12345u;
        return qsizetype((state >> 16) % (cut % 31 + 1) + 1);
    });
    const Outcome single = feedInPieces(bytes, [] { return qsizetype(1); });

    for (const Outcome *other : {&pieces, &single}) {
        check(other->last.verdict == whole.last.verdict);
        check(other->last.reason == whole.last.reason);
        if (whole.last.verdict == HttpRequestFramer::Verdict::Ok) {
            check(other->completed == whole.completed);
            check(other->inRequest == whole.inRequest);
        }
    }
    if (whole.last.verdict == HttpRequestFramer::Verdict::Ok)
        check(whole.completed <= bytes.count('\n'));
    else
        check(!whole.last.reason.isEmpty());
    return 0;
}
