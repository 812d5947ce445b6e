#pragma once
#include <QtGlobal>

// What one client may cost the sandbox. The emulator is the default a user starts with (and runs
// inside the GUI), so a hostile or broken local client must not be able to stall or exhaust it.
// Documented in README.md ("Limits"); the values are generous for everything Azure clients send.
namespace cw::sandbox {

struct HttpLimits {
    // Request line + header fields (and a chunked body's trailer): ARM requests carry < 4 KiB.
    qsizetype maxHeaderBytes = 64 * 1024;
    // Request body: ARM documents are a few KiB (a TLS certificate + key included).
    qsizetype maxBodyBytes = 8 * 1024 * 1024;
    // TCP connections open at once, in the TLS handshake or not; the next one is closed at once.
    int maxConnections = 256;
    // Time for the TLS handshake (QSslServer closes the connection after it).
    int handshakeTimeoutMs = 5000;
    // Time from a request's first byte to its last (slow-loris headers or bodies).
    int requestTimeoutMs = 30000;
    // A kept-alive connection with no request in progress is closed after this long.
    int idleTimeoutMs = 60000;
    // An answer the sandbox has not written after this long (a lost request) closes the connection;
    // far above any injected delay.
    int answerTimeoutMs = 10 * 60 * 1000;
    // After refusing a request, how long incoming bytes are read and dropped so the client can
    // read the refusal before the connection closes.
    int lingerMs = 1000;
};

} // namespace cw::sandbox
