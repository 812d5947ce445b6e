#pragma once
#include <QByteArray>

#include <nlohmann/json.hpp>

#include <string_view>

namespace cw {

// Every JSON document that comes from outside the process (HTTP bodies, files, other programs'
// output) is parsed with parseBoundedJson(), never with nlohmann::json::parse().
//
// Why: nlohmann_json 3.11 parses and destroys iteratively, but copying, dump(), operator== and
// hashing recurse once per nesting level, so a document of ~60,000 `[` parses fine and then
// overflows the stack the first time it is copied or written out (a trace, a journal, the
// sandbox's state file). Refusing depth at parse time is the only place that covers them all.
//
// The limit: ARM, Azure AD and Kubernetes documents nest less than 10 levels; Azure's own front
// ends (System.Text.Json and Json.NET) refuse more than 64 by default, so no genuine answer is
// deeper. 64 levels keep every recursive nlohmann operation far below any stack size.
inline constexpr int kMaxJsonDepth = 64;
// Files this program writes itself that embed wire documents (the journal, the sandbox state)
// wrap a document of up to kMaxJsonDepth levels in a few more levels of their own.
inline constexpr int kMaxStoredJsonDepth = 2 * kMaxJsonDepth;

enum class JsonParseError { None, Syntax, TooDeep };

// Parses without throwing. Returns a discarded value (is_discarded()) when the text is not one
// complete JSON value or nests deeper than `maxDepth` (objects and arrays both count; a scalar
// at top level is depth 0). Refusal happens while parsing, before the deep part is built.
nlohmann::json parseBoundedJson(std::string_view text, int maxDepth = kMaxJsonDepth,
                                JsonParseError *error = nullptr);
inline nlohmann::json parseBoundedJson(const QByteArray &text, int maxDepth = kMaxJsonDepth,
                                       JsonParseError *error = nullptr)
{
    return parseBoundedJson(std::string_view(text.constData(), size_t(text.size())), maxDepth, error);
}

// Only checks: true when parseBoundedJson() would return a document. Builds nothing (no DOM),
// so checking a 70 kB list page costs the scan alone.
bool isBoundedJson(std::string_view text, int maxDepth = kMaxJsonDepth, JsonParseError *error = nullptr);
inline bool isBoundedJson(const QByteArray &text, int maxDepth = kMaxJsonDepth, JsonParseError *error = nullptr)
{
    return isBoundedJson(std::string_view(text.constData(), size_t(text.size())), maxDepth, error);
}

// The same, keeping the members in document order (a kubeconfig read from JSON is written back
// as YAML in its own order).
nlohmann::ordered_json parseBoundedOrderedJson(std::string_view text, int maxDepth = kMaxJsonDepth,
                                               JsonParseError *error = nullptr);

} // namespace cw
