#pragma once
#include <QByteArray>
#include <QString>

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>
#include <vector>

// A kubeconfig as a YAML tree that keeps what kubectl's typing depends on. yaml-cpp parses and
// emits (YamlReader.cpp, YamlWriter.cpp); this small value type holds the document in between,
// because yaml-cpp's own YAML::Node shares its data between copies and its assignment rebinds
// every copy, which a value-semantics Kubeconfig cannot afford.
//
// Each scalar keeps its text exactly and whether it was written plain or quoted: a plain
// `true` / `8443` / `yes` is written back plain (kubectl reads it as the bool or number it
// was), a quoted "true" stays a quoted string. Key order is kept; comments are not (yaml-cpp
// reports none).
namespace cw::kube::yaml {

enum class Style {
    Plain,   // read plain: written back plain, so kubectl types it as before
    Quoted,  // read quoted or as a block scalar: a string, written back double-quoted
    String,  // a string from our code or JSON: plain when that cannot be misread, else quoted
};

struct Entry;

struct Node {
    enum class Kind { Null, Scalar, Sequence, Mapping };
    Kind kind = Kind::Null;
    Style style = Style::String;  // scalars only
    bool flow = false;            // collections: written [..] / {..} as they were
    std::string text;             // scalars only
    std::vector<Node> items;      // sequences
    std::vector<Entry> entries;   // mappings, in document order; keys are scalars

    static Node string(std::string text);
    static Node plain(std::string text);
    static Node sequence();
    static Node mapping();

    bool isScalar() const { return kind == Kind::Scalar; }
    bool isMapping() const { return kind == Kind::Mapping; }
    bool isSequence() const { return kind == Kind::Sequence; }
    bool isNull() const { return kind == Kind::Null; }

    // Mapping lookup by key text; nullptr when absent or not a mapping.
    const Node *find(std::string_view key) const;
    Node *find(std::string_view key);
    // Replaces the value of `key` in place (keeping its position) or appends it.
    Node &set(std::string_view key, Node value);

    bool operator==(const Node &other) const;
};

struct Entry {
    std::string key;
    Style keyStyle = Style::String;
    Node value;
    bool operator==(const Entry &other) const;
};

// Limits for untrusted documents (server replies, user files): nesting depth (yaml-cpp's parser
// recurses per level) and node count (each node costs ~100 bytes, a hostile 16 MiB file of
// `[],` would otherwise cost half a gigabyte).
inline constexpr int kMaxDepth = 64;
inline constexpr int kMaxNodes = 200000;

struct ReadResult {
    Node value;     // Null when !ok, and for an empty document
    QString error;  // "line N: ..." when !ok
    bool ok() const { return error.isEmpty(); }
};

// One YAML document (or JSON, which is YAML). Anchors, aliases, explicit tags, complex or
// duplicate keys and multi-document streams are refused with a clear error rather than misread.
ReadResult read(const QByteArray &text);

// Block-style YAML (empty or flow-read collections as {} / [], the top level always block).
// Empty on the (unexpected) case where yaml-cpp's emitter refuses the tree, with `error` set.
QByteArray write(const Node &value, QString *error = nullptr);

// A JSON document as a tree: strings become Style::String, numbers/booleans plain scalars.
// ordered_json keeps the document's key order (nlohmann::json sorts keys).
Node fromJson(const nlohmann::json &value);
Node fromJson(const nlohmann::ordered_json &value);

// Whether a string must be quoted so that YAML 1.1 (kubectl's parser) and 1.2 readers both type
// it as a string: booleans (yes/no/on/off too), nulls, numbers, timestamps, merge keys.
bool plainWouldBeMisread(std::string_view text);

// Whether the writer puts a scalar plain (Plain unless it looks like a document marker, `---` or
// `...`; String when that cannot be misread).
bool writtenPlain(std::string_view text, Style style);

// Whether kubectl's YAML 1.1 reader may type a scalar as something else than a string: only a
// plain scalar that looks like a boolean, null or number. Tree equality compares this and the
// text, not the style a scalar was made with (yaml-cpp may quote a plain string it cannot
// write plain, e.g. one with a line break: still the same string).
bool maybeNotAString(std::string_view text, Style style);

} // namespace cw::kube::yaml
