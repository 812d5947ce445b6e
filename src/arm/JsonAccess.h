#pragma once
#include <QString>

#include <optional>

#include <nlohmann/json.hpp>

// Exception-free readers for JSON that came over the wire: a field of the wrong type reads as
// absent instead of throwing, so a malformed answer becomes a clear error, never a crash.
namespace cw::arm::json {

const nlohmann::json *member(const nlohmann::json &object, const char *name);
QString string(const nlohmann::json &object, const char *name);
std::optional<double> number(const nlohmann::json &object, const char *name);
// Parses bytes; a discarded value (not JSON) comes back as std::nullopt.
std::optional<nlohmann::json> parse(const QByteArray &bytes);

} // namespace cw::arm::json
