#include "kube/YamlTree.h"

#include <array>

namespace cw::kube::yaml {

Node Node::string(std::string text)
{
    Node n;
    n.kind = Kind::Scalar;
    n.style = Style::String;
    n.text = std::move(text);
    return n;
}

Node Node::plain(std::string text)
{
    Node n = string(std::move(text));
    n.style = Style::Plain;
    return n;
}

Node Node::sequence()
{
    Node n;
    n.kind = Kind::Sequence;
    return n;
}

Node Node::mapping()
{
    Node n;
    n.kind = Kind::Mapping;
    return n;
}

const Node *Node::find(std::string_view key) const
{
    if (kind != Kind::Mapping)
        return nullptr;
    for (const Entry &e : entries) {
        if (e.key == key)
            return &e.value;
    }
    return nullptr;
}

Node *Node::find(std::string_view key)
{
    return const_cast<Node *>(static_cast<const Node *>(this)->find(key));
}

Node &Node::set(std::string_view key, Node value)
{
    if (Node *existing = find(key)) {
        *existing = std::move(value);
        return *existing;
    }
    entries.push_back({std::string(key), Style::String, std::move(value)});
    return entries.back().value;
}

bool Node::operator==(const Node &other) const
{
    if (kind != other.kind)
        return false;
    switch (kind) {
    case Kind::Null:
        return true;
    case Kind::Scalar:
        // A plain `true` and a quoted "true" differ for kubectl; two spellings of a string do not.
        return text == other.text && maybeNotAString(text, style) == maybeNotAString(other.text, other.style);
    case Kind::Sequence:
        return items == other.items;
    case Kind::Mapping:
        return entries == other.entries;
    }
    return false;
}

bool Entry::operator==(const Entry &other) const
{
    return key == other.key && maybeNotAString(key, keyStyle) == maybeNotAString(other.key, other.keyStyle)
        && value == other.value;
}

bool writtenPlain(std::string_view text, Style style)
{
    return style == Style::Plain || (style == Style::String && !plainWouldBeMisread(text));
}

bool maybeNotAString(std::string_view text, Style style)
{
    return style == Style::Plain && plainWouldBeMisread(text);
}

Node fromJson(const nlohmann::json &value)
{
    switch (value.type()) {
    case nlohmann::json::value_t::object: {
        Node n = Node::mapping();
        for (auto it = value.begin(); it != value.end(); ++it)
            n.entries.push_back({it.key(), Style::String, fromJson(it.value())});
        n.flow = n.entries.empty();
        return n;
    }
    case nlohmann::json::value_t::array: {
        Node n = Node::sequence();
        for (const auto &item : value)
            n.items.push_back(fromJson(item));
        n.flow = n.items.empty();
        return n;
    }
    case nlohmann::json::value_t::string:
        return Node::string(value.get<std::string>());
    case nlohmann::json::value_t::boolean:
    case nlohmann::json::value_t::number_integer:
    case nlohmann::json::value_t::number_unsigned:
    case nlohmann::json::value_t::number_float:
        return Node::plain(value.dump());
    default:
        return {};
    }
}

bool plainWouldBeMisread(std::string_view text)
{
    if (text.empty())
        return true;
    // YAML 1.1 (gopkg.in/yaml.v2, which kubectl uses) and 1.2 core-schema keywords.
    static constexpr std::array<std::string_view, 40> kKeywords = {
        "y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO",
        "true", "True", "TRUE", "false", "False", "FALSE", "on", "On", "ON", "off",
        "Off", "OFF", "null", "Null", "NULL", "~", ".inf", ".Inf", ".INF", ".nan",
        ".NaN", ".NAN", "<<", "=", "-.inf", "-.Inf", "-.INF", "+.inf", "+.Inf", "+.INF"};
    for (std::string_view k : kKeywords) {
        if (text == k)
            return true;
    }
    // Anything that starts like a number (ints, floats, octal/hex, sexagesimal, timestamps).
    const auto digit = [](char c) { return c >= '0' && c <= '9'; };
    if (digit(text[0]))
        return true;
    if ((text[0] == '+' || text[0] == '-' || text[0] == '.') && text.size() > 1 && (digit(text[1]) || text[1] == '.'))
        return true;
    return false;
}

} // namespace cw::kube::yaml
