#pragma once
#include "auth/AuthError.h"

#include <QByteArray>
#include <QDateTime>

namespace cw::auth {

// Parses the JSON printed by `az account get-access-token --output json`:
// {accessToken, expiresOn ("YYYY-MM-DD HH:MM:SS[.ffffff]" local time), expires_on (epoch s, newer
// CLIs), tokenType, subscription, tenant}. expires_on wins when present. Pure, for tests.
TokenResult parseAzureCliTokenOutput(const QByteArray &stdoutBytes);

// A sentence for a failed `az` run, from its exit code and (redacted) stderr.
AuthError azureCliFailure(int exitCode, const QByteArray &stderrBytes);

} // namespace cw::auth
