#pragma once
#include <QByteArray>
#include <QString>

#include <nlohmann/json.hpp>

// A reader and writer for the block-style YAML subset that kubeconfig files use (as written by
// AKS, kubectl and the sandbox). No YAML library is available on the target systems, and a
// kubeconfig needs little: block mappings and sequences (including sequences indented at the
// parent key's level), plain / single- / double-quoted scalars, comments, `{}` / `[]` and
// simple flow sequences of scalars, and `|` / `>` block scalars. Anchors, aliases, tags and
// multi-document streams are refused with a clear error rather than misread.
//
// Scalars become JSON strings (YAML 1.2 core-schema typing is left to the consumer), except
// `null`, `~` and empty values, which become null.
namespace cw::kube::yaml {

struct ReadResult {
    nlohmann::json value;  // null when !ok
    QString error;         // "line N: ..." when !ok
    bool ok() const { return error.isEmpty(); }
};

inline constexpr int kMaxDepth = 64;

ReadResult read(const QByteArray &text);

// Block-style YAML for any JSON value; strings are quoted whenever a plain scalar would be
// read back differently, so read(write(v)) reproduces v (numbers and booleans come back as
// strings, see above).
QByteArray write(const nlohmann::json &value);

} // namespace cw::kube::yaml
