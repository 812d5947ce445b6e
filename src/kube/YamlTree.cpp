#include "kube/YamlTree.h"

#include <algorithm>
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

namespace {

// `---` and `...` followed by a blank or the end of the line mark a document's start and end
// when they stand at the start of a line, and yaml-cpp 0.7 writes a plain scalar there for a
// top-level scalar or key (a plain `   ---` read back as an empty document, fuzz_kubeconfig's
// fourth find). Quoted, it is the same string.
bool looksLikeDocumentMarker(std::string_view text)
{
    if (!(text.starts_with("---") || text.starts_with("...")))
        return false;
    return text.size() == 3 || text[3] == ' ' || text[3] == '\t';
}

} // namespace

bool writtenPlain(std::string_view text, Style style)
{
    if (looksLikeDocumentMarker(text))
        return false;
    return style == Style::Plain || (style == Style::String && !plainWouldBeMisread(text));
}

namespace {

// YAML 1.1 (gopkg.in/yaml.v2, which kubectl uses) and 1.2 core-schema keywords.
bool isKeyword(std::string_view text)
{
    static constexpr std::array<std::string_view, 40> kKeywords = {
        "y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO",
        "true", "True", "TRUE", "false", "False", "FALSE", "on", "On", "ON", "off",
        "Off", "OFF", "null", "Null", "NULL", "~", ".inf", ".Inf", ".INF", ".nan",
        ".NaN", ".NAN", "<<", "=", "-.inf", "-.Inf", "-.INF", "+.inf", "+.Inf", "+.INF"};
    return std::find(kKeywords.begin(), kKeywords.end(), text) != kKeywords.end();
}

// A superset of what YAML 1.1/1.2 resolve as an int, float or timestamp (gopkg.in/yaml.v2:
// binary, octal, hex, sexagesimal, exponents, underscores; dates). Hand-written: std::regex
// recurses per character and a user's file may hold a megabyte-long scalar.
bool numberOrDate(std::string_view text)
{
    const auto digit = [](char c) { return c >= '0' && c <= '9'; };
    const auto hex = [&](char c) { return digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F') || c == '_'; };
    // A timestamp, YAML 1.1's regex: YYYY-M-D, or that followed by T/t or blanks, H:MM:SS, an
    // optional fraction and an optional zone (blanks then Z, or +/-H[:MM]). Not looser: a plain
    // `7776-77-7 :` is a string, and yaml-cpp must quote it as a key, so calling it a possible
    // date made the quoted copy compare unequal (fuzz_kubeconfig's regression input).
    if (text.size() >= 8 && digit(text[0]) && digit(text[1]) && digit(text[2]) && digit(text[3]) && text[4] == '-') {
        size_t j = 5;
        const auto digitsBetween = [&](size_t least, size_t most) {
            const size_t from = j;
            while (j < text.size() && j - from < most && digit(text[j]))
                ++j;
            return j - from >= least;
        };
        const auto take = [&](char c) {
            if (j < text.size() && text[j] == c) {
                ++j;
                return true;
            }
            return false;
        };
        const auto blanks = [&] {
            const size_t from = j;
            while (j < text.size() && (text[j] == ' ' || text[j] == '\t'))
                ++j;
            return j > from;
        };
        if (!digitsBetween(1, 2) || !take('-') || !digitsBetween(1, 2))
            return false;
        if (j == text.size())
            return true;
        if (!take('T') && !take('t') && !blanks())
            return false;
        if (!digitsBetween(1, 2) || !take(':') || !digitsBetween(2, 2) || !take(':') || !digitsBetween(2, 2))
            return false;
        if (take('.'))
            digitsBetween(0, text.size());
        if (j == text.size())
            return true;
        blanks();
        if (take('Z'))
            return j == text.size();
        if (!take('+') && !take('-'))
            return false;
        if (!digitsBetween(1, 2))
            return false;
        if (take(':') && !digitsBetween(2, 2))
            return false;
        return j == text.size();
    }
    std::string_view body = text;
    if (!body.empty() && (body[0] == '+' || body[0] == '-'))
        body.remove_prefix(1);
    if (body.size() > 2 && body[0] == '0' && (body[1] == 'x' || body[1] == 'X'))
        return std::all_of(body.begin() + 2, body.end(), hex);
    if (body.size() > 2 && body[0] == '0' && (body[1] == 'b' || body[1] == 'o'))
        return std::all_of(body.begin() + 2, body.end(), digit);
    // [digits[:sexagesimal]...][.fraction][exponent], digits possibly with underscores.
    size_t i = 0;
    const auto run = [&](auto accept) {
        const size_t from = i;
        while (i < body.size() && accept(body[i]))
            ++i;
        return i - from;
    };
    const auto digitOrUnderscore = [&](char ch) { return digit(ch) || ch == '_'; };
    const size_t whole = run(digitOrUnderscore);
    while (whole > 0 && i < body.size() && body[i] == ':') {
        ++i;
        if (run(digit) == 0)
            return false;
    }
    size_t fraction = 0;
    if (i < body.size() && body[i] == '.') {
        ++i;
        fraction = run(digitOrUnderscore);
    }
    if (whole == 0 && fraction == 0)
        return false;
    if (i < body.size() && (body[i] == 'e' || body[i] == 'E')) {
        ++i;
        if (i < body.size() && (body[i] == '+' || body[i] == '-'))
            ++i;
        if (run(digit) == 0)
            return false;
    }
    return i == body.size();
}

} // namespace

bool maybeNotAString(std::string_view text, Style style)
{
    if (style != Style::Plain || !plainWouldBeMisread(text))
        return false;
    // plainWouldBeMisread quotes anything that starts like a number; this must be closer
    // (yaml-cpp writes a plain `443\t"x"` back quoted, and it was a string all along).
    return isKeyword(text) || numberOrDate(text);
}

namespace {

template <typename J>
Node treeOf(const J &value)
{
    switch (value.type()) {
    case J::value_t::object: {
        Node n = Node::mapping();
        for (auto it = value.begin(); it != value.end(); ++it)
            n.entries.push_back({it.key(), Style::String, treeOf(it.value())});
        n.flow = n.entries.empty();
        return n;
    }
    case J::value_t::array: {
        Node n = Node::sequence();
        for (const auto &item : value)
            n.items.push_back(treeOf(item));
        n.flow = n.items.empty();
        return n;
    }
    case J::value_t::string:
        return Node::string(value.template get<std::string>());
    case J::value_t::boolean:
    case J::value_t::number_integer:
    case J::value_t::number_unsigned:
    case J::value_t::number_float:
        return Node::plain(value.dump());
    default:
        return {};
    }
}

} // namespace

Node fromJson(const nlohmann::json &value)
{
    return treeOf(value);
}

Node fromJson(const nlohmann::ordered_json &value)
{
    return treeOf(value);
}

bool plainWouldBeMisread(std::string_view text)
{
    if (text.empty())
        return true;
    // No boolean, null, number or timestamp spans lines.
    if (text.find('\n') != std::string_view::npos)
        return false;
    if (isKeyword(text))
        return true;
    // Anything that starts like a number (ints, floats, octal/hex, sexagesimal, timestamps).
    const auto digit = [](char c) { return c >= '0' && c <= '9'; };
    if (digit(text[0]))
        return true;
    if ((text[0] == '+' || text[0] == '-' || text[0] == '.') && text.size() > 1 && (digit(text[1]) || text[1] == '.'))
        return true;
    return false;
}

} // namespace cw::kube::yaml
