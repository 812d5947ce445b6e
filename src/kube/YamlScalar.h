#pragma once
#include <cstddef>
#include <string>

namespace cw::kube::yaml {

// Parses the quoted scalar that starts at text[start] (a ' or " character). On success `out`
// holds the value and `end` is one past the closing quote; on failure `problem` names why
// (an untranslated phrase the caller wraps with its line number).
bool parseQuotedScalar(const std::string &text, size_t start, size_t &end, std::string &out, const char **problem);

} // namespace cw::kube::yaml
