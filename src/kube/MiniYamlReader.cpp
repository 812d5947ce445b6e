#include "kube/MiniYaml.h"
#include "kube/YamlScalar.h"

// The reader half of MiniYaml.h (the writer is MiniYamlWriter.cpp).

#include <QCoreApplication>

#include <string>
#include <vector>

namespace cw::kube::yaml {

using Json = nlohmann::json;

namespace {

struct Line {
    int number = 0;      // 1-based, for messages
    int indent = 0;      // leading spaces
    std::string text;    // after the indentation, right-trimmed
    std::string raw;     // the whole line (no line break), for block scalars
    bool significant = false;  // not blank, not a comment
};

bool isSpace(char c)
{
    return c == ' ' || c == '\t';
}

std::string rtrim(std::string s)
{
    while (!s.empty() && (isSpace(s.back()) || s.back() == '\r'))
        s.pop_back();
    return s;
}

std::string ltrim(const std::string &s)
{
    size_t i = 0;
    while (i < s.size() && isSpace(s[i]))
        ++i;
    return s.substr(i);
}

bool isSeqItem(const std::string &text)
{
    return text == "-" || (text.size() >= 2 && text[0] == '-' && isSpace(text[1]));
}

class Reader
{
public:
    explicit Reader(const QByteArray &text) { split(text); }

    ReadResult run()
    {
        ReadResult result;
        if (!m_error.isEmpty()) {
            result.error = m_error;
            return result;
        }
        const Line *first = peek();
        if (!first) {
            result.value = nullptr;
            return result;
        }
        Json value;
        std::string key;
        std::string rest;
        if (!isSeqItem(first->text) && !splitKey(*first, first->text, key, rest)) {
            // A document that is a single scalar.
            const Line current = *first;
            ++m_pos;
            value = parseInlineValue(current, current.text, current.indent - 1);
        } else {
            value = parseNode(first->indent, 0);
        }
        if (m_error.isEmpty()) {
            if (const Line *extra = peek())
                fail(*extra, "unexpected content after the document");
        }
        if (!m_error.isEmpty()) {
            result.error = m_error;
            result.value = nullptr;
            return result;
        }
        result.value = std::move(value);
        return result;
    }

private:
    std::vector<Line> m_lines;
    size_t m_pos = 0;
    QString m_error;

    void split(const QByteArray &text)
    {
        int number = 0;
        bool seenContent = false;
        qsizetype start = 0;
        while (start <= text.size()) {
            qsizetype end = text.indexOf('\n', start);
            if (end < 0)
                end = text.size();
            Line line;
            line.number = ++number;
            line.raw = rtrim(std::string(text.constData() + start, static_cast<size_t>(end - start)));
            start = end + 1;
            size_t i = 0;
            while (i < line.raw.size() && line.raw[i] == ' ')
                ++i;
            line.indent = static_cast<int>(i);
            line.text = line.raw.substr(i);
            line.significant = !line.text.empty() && line.text[0] != '#';
            if (line.significant && line.text[0] == '\t') {
                fail(line, "tabs are not allowed for indentation");
                return;
            }
            // Directives and the document start marker before any content; "..." ends it.
            if (line.significant && !seenContent && line.indent == 0
                && (line.text[0] == '%' || line.text == "---" || line.text.rfind("--- ", 0) == 0)) {
                if (line.text.rfind("--- ", 0) == 0 && ltrim(line.text.substr(4)).rfind('#', 0) != 0) {
                    fail(line, "content on the document start line is not supported");
                    return;
                }
                continue;
            }
            if (line.significant && line.indent == 0 && line.text == "...")
                break;
            if (line.significant && line.indent == 0 && (line.text == "---" || line.text.rfind("--- ", 0) == 0)) {
                fail(line, "multiple YAML documents are not supported");
                return;
            }
            seenContent = seenContent || line.significant;
            m_lines.push_back(std::move(line));
        }
    }

    void fail(const Line &line, const char *message)
    {
        if (m_error.isEmpty())
            m_error = QCoreApplication::translate("cw::kube", "line %1: %2")
                          .arg(line.number)
                          .arg(QCoreApplication::translate("cw::kube", message));
    }

    bool failed() const { return !m_error.isEmpty(); }

    Line *peek()
    {
        while (m_pos < m_lines.size() && !m_lines[m_pos].significant)
            ++m_pos;
        return m_pos < m_lines.size() ? &m_lines[m_pos] : nullptr;
    }

    Json parseNode(int indent, int depth)
    {
        if (depth > kMaxDepth) {
            fail(*peek(), "the document is nested too deeply");
            return nullptr;
        }
        const Line *line = peek();
        if (isSeqItem(line->text))
            return parseSequence(indent, depth);
        return parseMapping(indent, depth);
    }

    // Splits "key: rest" (key plain or quoted). False when the text is not a mapping entry.
    bool splitKey(const Line &line, const std::string &text, std::string &key, std::string &rest)
    {
        size_t colon = std::string::npos;
        if (!text.empty() && (text[0] == '"' || text[0] == '\'')) {
            size_t end = 0;
            std::string quoted;
            if (!parseQuoted(line, text, 0, end, quoted, /*reportErrors=*/false))
                return false;
            size_t i = end;
            while (i < text.size() && isSpace(text[i]))
                ++i;
            if (i >= text.size() || text[i] != ':' || (i + 1 < text.size() && !isSpace(text[i + 1])))
                return false;
            key = quoted;
            colon = i;
        } else {
            for (size_t i = 0; i < text.size(); ++i) {
                if (text[i] == '#' && i > 0 && isSpace(text[i - 1]))
                    return false;  // a comment starts before any separator
                if (text[i] == ':' && (i + 1 == text.size() || isSpace(text[i + 1]))) {
                    colon = i;
                    break;
                }
            }
            if (colon == std::string::npos || colon == 0)
                return false;
            static const std::string kIndicators = "[]{}&*!|>%@`,?";
            if (kIndicators.find(text[0]) != std::string::npos)
                return false;
            key = rtrim(text.substr(0, colon));
        }
        rest = ltrim(text.substr(colon + 1));
        if (!rest.empty() && rest[0] == '#')
            rest.clear();
        return true;
    }

    Json parseMapping(int indent, int depth)
    {
        Json obj = Json::object();
        while (const Line *line = peek()) {
            if (line->indent < indent)
                break;
            if (line->indent > indent) {
                fail(*line, "unexpected indentation");
                return nullptr;
            }
            if (isSeqItem(line->text)) {
                fail(*line, "a list item where a 'key: value' line was expected");
                return nullptr;
            }
            std::string key;
            std::string rest;
            const Line current = *line;
            if (!splitKey(current, current.text, key, rest)) {
                fail(current, "expected 'key: value'");
                return nullptr;
            }
            if (obj.contains(key)) {
                fail(current, "duplicate key");
                return nullptr;
            }
            ++m_pos;
            Json value;
            if (rest.empty()) {
                const Line *next = peek();
                if (next && next->indent > indent)
                    value = parseNode(next->indent, depth + 1);
                else if (next && next->indent == indent && isSeqItem(next->text))
                    value = parseSequence(indent, depth + 1);  // kubectl's "key:\n- item"
                else
                    value = nullptr;
            } else {
                value = parseInlineValue(current, rest, indent);
            }
            if (failed())
                return nullptr;
            obj[key] = std::move(value);
        }
        return obj;
    }

    Json parseSequence(int indent, int depth)
    {
        Json arr = Json::array();
        while (Line *line = peek()) {
            if (line->indent < indent)
                break;
            if (line->indent > indent) {
                fail(*line, "unexpected indentation");
                return nullptr;
            }
            if (!isSeqItem(line->text))
                break;  // the parent mapping continues (compact sequence under a key)
            const std::string rest = ltrim(line->text.substr(1));
            const int offset = static_cast<int>(line->text.size() - rest.size());
            std::string key;
            std::string value;
            if (rest.empty() || rest[0] == '#') {
                ++m_pos;
                const Line *next = peek();
                arr.push_back(next && next->indent > indent ? parseNode(next->indent, depth + 1) : Json(nullptr));
            } else if (isSeqItem(rest) || splitKey(*line, rest, key, value)) {
                // "- key: value" opens a mapping whose column is that of "key": re-read this
                // line as if the dash were a space.
                line->indent = indent + offset;
                line->text = rest;
                arr.push_back(parseNode(line->indent, depth + 1));
            } else {
                const Line current = *line;
                ++m_pos;
                arr.push_back(parseInlineValue(current, rest, indent));
            }
            if (failed())
                return nullptr;
        }
        return arr;
    }

    // Parses a quoted scalar starting at text[start]; `end` is one past the closing quote.
    bool parseQuoted(const Line &line, const std::string &text, size_t start, size_t &end, std::string &out,
                     bool reportErrors)
    {
        const char *problem = nullptr;
        if (parseQuotedScalar(text, start, end, out, &problem))
            return true;
        if (reportErrors)
            fail(line, problem ? problem : "an invalid quoted string");
        return false;
    }

    Json scalarFrom(const Line &line, const std::string &text, bool &ok)
    {
        ok = true;
        if (text[0] == '"' || text[0] == '\'') {
            size_t end = 0;
            std::string out;
            if (!parseQuoted(line, text, 0, end, out, true)) {
                ok = false;
                return nullptr;
            }
            const std::string tail = ltrim(text.substr(end));
            if (!tail.empty() && tail[0] != '#' && tail[0] != ',' && tail[0] != ']') {
                fail(line, "unexpected text after a quoted string");
                ok = false;
                return nullptr;
            }
            return out;
        }
        std::string plain = text;
        for (size_t i = 1; i < plain.size(); ++i) {
            if (plain[i] == '#' && isSpace(plain[i - 1])) {
                plain.resize(i);
                break;
            }
        }
        plain = rtrim(plain);
        if (plain.empty() || plain == "~" || plain == "null" || plain == "Null" || plain == "NULL")
            return nullptr;
        return plain;
    }

    Json parseFlowSequence(const Line &line, const std::string &text)
    {
        // Only a flat list of scalars: [a, "b", 'c'].
        Json arr = Json::array();
        size_t i = 1;
        while (true) {
            while (i < text.size() && isSpace(text[i]))
                ++i;
            if (i >= text.size()) {
                fail(line, "an unterminated flow sequence");
                return nullptr;
            }
            if (text[i] == ']') {
                const std::string tail = ltrim(text.substr(i + 1));
                if (!tail.empty() && tail[0] != '#') {
                    fail(line, "unexpected text after a flow sequence");
                    return nullptr;
                }
                return arr;
            }
            if (text[i] == '[' || text[i] == '{') {
                fail(line, "nested flow collections are not supported");
                return nullptr;
            }
            std::string item;
            if (text[i] == '"' || text[i] == '\'') {
                size_t end = 0;
                if (!parseQuoted(line, text, i, end, item, true))
                    return nullptr;
                arr.push_back(item);
                i = end;
            } else {
                size_t j = i;
                while (j < text.size() && text[j] != ',' && text[j] != ']')
                    ++j;
                item = rtrim(text.substr(i, j - i));
                if (item.empty() || item == "~" || item == "null")
                    arr.push_back(nullptr);
                else
                    arr.push_back(item);
                i = j;
            }
            while (i < text.size() && isSpace(text[i]))
                ++i;
            if (i < text.size() && text[i] == ',')
                ++i;
            else if (i >= text.size() || text[i] != ']') {
                fail(line, "expected ',' or ']' in a flow sequence");
                return nullptr;
            }
        }
    }

    Json parseBlockScalar(const Line &line, const std::string &header, int parentIndent)
    {
        const bool folded = header[0] == '>';
        char chomp = ' ';
        int explicitIndent = 0;
        size_t i = 1;
        for (; i < header.size() && !isSpace(header[i]); ++i) {
            const char c = header[i];
            if ((c == '-' || c == '+') && chomp == ' ')
                chomp = c;
            else if (c >= '1' && c <= '9' && explicitIndent == 0)
                explicitIndent = c - '0';
            else {
                fail(line, "an invalid block scalar header");
                return nullptr;
            }
        }
        const std::string tail = ltrim(header.substr(i));
        if (!tail.empty() && tail[0] != '#') {
            fail(line, "unexpected text after a block scalar header");
            return nullptr;
        }
        int blockIndent = explicitIndent ? parentIndent + explicitIndent : -1;
        std::vector<std::string> content;
        while (m_pos < m_lines.size()) {
            const Line &l = m_lines[m_pos];
            const bool blank = ltrim(l.raw).empty();
            if (!blank && l.indent <= parentIndent)
                break;
            if (!blank && blockIndent < 0)
                blockIndent = l.indent;
            if (!blank && l.indent < blockIndent) {
                fail(l, "a block scalar line is indented less than its first line");
                return nullptr;
            }
            content.push_back(blank ? std::string() : l.raw.substr(static_cast<size_t>(blockIndent)));
            ++m_pos;
        }
        size_t trailingBlank = 0;
        while (trailingBlank < content.size() && content[content.size() - 1 - trailingBlank].empty())
            ++trailingBlank;
        const size_t bodyLines = content.size() - trailingBlank;
        std::string out;
        for (size_t n = 0; n < bodyLines; ++n) {
            if (n > 0) {
                const bool joinWithSpace = folded && !content[n].empty() && !content[n - 1].empty();
                out += joinWithSpace ? ' ' : '\n';
            }
            out += content[n];
        }
        if (bodyLines > 0 && chomp != '-')
            out += '\n';
        if (chomp == '+')
            out.append(trailingBlank, '\n');
        return out;
    }

    Json parseInlineValue(const Line &line, const std::string &rest, int parentIndent)
    {
        const char c = rest[0];
        if (c == '&' || c == '*' || c == '!') {
            fail(line, "anchors, aliases and tags are not supported");
            return nullptr;
        }
        if (c == '|' || c == '>')
            return parseBlockScalar(line, rest, parentIndent);
        if (c == '[')
            return parseFlowSequence(line, rest);
        if (c == '{') {
            const std::string inner = ltrim(rest.substr(1));
            if (inner.empty() || inner[0] != '}' || (!ltrim(inner.substr(1)).empty() && ltrim(inner.substr(1))[0] != '#')) {
                fail(line, "flow mappings other than {} are not supported");
                return nullptr;
            }
            return Json::object();
        }
        bool ok = true;
        Json v = scalarFrom(line, rest, ok);
        return ok ? v : Json(nullptr);
    }
};

} // namespace

ReadResult read(const QByteArray &text)
{
    Reader reader(text);
    return reader.run();
}

} // namespace cw::kube::yaml
