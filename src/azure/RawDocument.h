#pragma once
#include <nlohmann/json.hpp>

#include "azure/ParseResult.h"

namespace cw::azure {

// An ARM resource kept exactly as the service sent it, for callers that only pass documents
// on (the CLI's `list -o json`): no typed model, so a 5,000-item list is copied once instead
// of into every nested `raw` of the models.
struct RawDocument {
    nlohmann::json json;

    static ParseResult<RawDocument> fromJson(const nlohmann::json &document)
    {
        ParseResult<RawDocument> r;
        if (!document.is_object()) {
            r.error = QStringLiteral("expected an object");
            return r;
        }
        r.value = RawDocument{document};
        return r;
    }
};

} // namespace cw::azure
