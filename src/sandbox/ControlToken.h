#pragma once
#include <QByteArray>

#include <optional>

#include "sandbox/SandboxHttp.h"

// The control API (/_sandbox/...) drives the whole emulator (faults, settings, device-code
// approval), and any local user can reach a loopback port. So each start of the sandbox makes a
// fresh random token, hands it only to whoever started it (the ready line on stdout) and to the
// owner of the state directory (a 0600 file), and refuses control calls without it.
namespace cw::sandbox {

// Where the token lives in the state directory, for local tools (`curl -H "Authorization: Bearer
// $(cat DIR/control-token)"`).
inline constexpr char kControlTokenFile[] = "control-token";

// 32 bytes from OpenSSL's CSPRNG, hex-encoded (64 characters); empty if the generator failed.
QByteArray newControlToken();

// The 401 reply for a control call whose `Authorization: Bearer <token>` is missing or wrong;
// nothing when it carries `token`. An empty `token` refuses every call (fail closed).
std::optional<HttpReply> checkControlToken(const HttpCall &call, const QByteArray &token);

} // namespace cw::sandbox
