#pragma once
// The ARM request a create/attach sends, for the "equivalent automation" view: method, URL with
// api-version, and the pretty-printed body with the TLS key and certificate redacted unless the
// user explicitly asks to reveal them.
#include "rules/ComputeSpec.h"

#include <nlohmann/json.hpp>

namespace cw::exporting {

inline constexpr auto kRedacted = "***";

struct ArmRequestExport {
    QString method; // "PUT"
    QString url;    // absolute, with ?api-version=2022-10-01
    QString body;   // pretty JSON (2-space indent)

    // "PUT <url>\nContent-Type: application/json\n\n<body>\n"
    QString text() const;
};

ArmRequestExport armRequest(const rules::ComputeSpec &spec, bool revealKey,
                            const QString &armEndpoint = QStringLiteral("https://management.azure.com"));

// The body with sslConfiguration.key and .cert replaced by "***" (when present).
nlohmann::json redactedBody(nlohmann::json body);

} // namespace cw::exporting
