#pragma once
#include "sandbox/SandboxHttp.h"

// The "tags" of a PUT body, checked as ARM checks them: an object of at most 50 string values,
// names of at most 512 characters and values of at most 256.
namespace cw::sandbox {

struct TagsInBody {
    bool present = false; // the body has a non-null "tags"
    Json tags = Json::object();
};

// Reads the tags of `body` (already known to be a JSON object); a 400 reply when they are invalid.
std::optional<HttpReply> readTags(const QByteArray &body, TagsInBody *out);

} // namespace cw::sandbox
