#include "common/JsonText.h"

#include <algorithm>
#include <cctype>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace cw::jsontext {

namespace {

constexpr size_t npos = std::string_view::npos;

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

// One past the closing quote of the string whose opening quote is at `pos`; npos if unclosed.
// A backslash takes the character after it along (an escaped quote or backslash).
size_t stringEnd(std::string_view text, size_t pos)
{
    const char *const begin = text.data();
    const char *p = begin + pos + 1;
    const char *const end = begin + text.size();
#if defined(__SSE2__)
    // Most strings are short keys and values: sixteen bytes tested at once (SSE2 is on every
    // x86-64 CPU) cost less than a call to memchr per string, the loop's cost before.
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i backslash = _mm_set1_epi8('\\');
    while (end - p >= 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        const unsigned mask =
            unsigned(_mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash))));
        if (mask == 0) {
            p += 16;
            continue;
        }
        p += __builtin_ctz(mask);
        if (*p == '"')
            return size_t(p - begin) + 1;
        if (end - p < 2)
            return npos;
        p += 2;
    }
#endif
    while (p < end) {
        if (*p == '"')
            return size_t(p - begin) + 1;
        if (*p == '\\') {
            if (end - p < 2)
                return npos;
            p += 2;
            continue;
        }
        ++p;
    }
    return npos;
}

// The bracket count of containerEnd, one significant byte at a time (quotes, backslashes and
// brackets; other bytes change nothing). Brackets are counted outside strings (the text is
// valid, so they pair up); in a string a backslash takes the character after it along.
struct ContainerScan {
    enum Step { Go, SkipEscaped, Closed };
    int depth = 0;
    bool inString = false;

    Step feed(char c)
    {
        if (inString) {
            if (c == '"')
                inString = false;
            else if (c == '\\')
                return SkipEscaped;
        } else if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if ((c == '}' || c == ']') && --depth == 0) {
            return Closed;
        }
        return Go;
    }
};

// One past the bracket that closes the object or array opening at `pos`; npos if unclosed.
size_t containerEnd(std::string_view text, size_t pos)
{
    const char *const begin = text.data();
    const char *p = begin + pos;
    const char *const end = begin + text.size();
    ContainerScan scan;
#if defined(__SSE2__)
    // Every list reader skips whole objects this way, several times per item: sixteen bytes at
    // a time, stopping only at quotes, backslashes and brackets, strings followed in the same
    // loop (a call per string was half the cost). Or-ing 0x20 folds '[' onto '{' and ']' onto
    // '}' (no other byte lands on either).
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i backslash = _mm_set1_epi8('\\');
    const __m128i open = _mm_set1_epi8('{');
    const __m128i close = _mm_set1_epi8('}');
    const __m128i fold = _mm_set1_epi8(0x20);
    while (end - p >= 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        const __m128i folded = _mm_or_si128(v, fold);
        const __m128i brackets = _mm_or_si128(_mm_cmpeq_epi8(folded, open), _mm_cmpeq_epi8(folded, close));
        unsigned mask = unsigned(_mm_movemask_epi8(
            _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash)), brackets)));
        const char *next = p + 16;
        while (mask != 0) {
            const char *at = p + __builtin_ctz(mask);
            const ContainerScan::Step step = scan.feed(*at);
            if (step == ContainerScan::Closed)
                return size_t(at - begin) + 1;
            if (step == ContainerScan::SkipEscaped) {
                if (end - at < 2)
                    return npos;
                next = at + 2; // the next block starts after the escaped character
                break;
            }
            mask &= mask - 1;
        }
        p = next;
    }
#endif
    for (; p < end; ++p) {
        const ContainerScan::Step step = scan.feed(*p);
        if (step == ContainerScan::Closed)
            return size_t(p - begin) + 1;
        if (step == ContainerScan::SkipEscaped) {
            if (end - p < 2)
                return npos;
            ++p;
        }
    }
    return npos;
}

// One past a number or literal (true, false, null) starting at `pos`.
size_t scalarEnd(std::string_view text, size_t pos)
{
    while (pos < text.size()) {
        const char c = text[pos];
        if (c == ',' || c == '}' || c == ']' || c == ':' || isSpace(c))
            break;
        ++pos;
    }
    return pos;
}

bool equalsIgnoreCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i) {
        if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i])))
            return false;
    }
    return true;
}

std::optional<unsigned> hex4(std::string_view raw, size_t pos)
{
    if (pos + 4 > raw.size())
        return std::nullopt;
    unsigned value = 0;
    for (size_t i = 0; i < 4; ++i) {
        const int d = hexDigit(raw[pos + i]);
        if (d < 0)
            return std::nullopt;
        value = value * 16 + unsigned(d);
    }
    return value;
}

void appendUtf8(std::string &out, unsigned cp)
{
    if (cp < 0x80) {
        out.push_back(char(cp));
    } else if (cp < 0x800) {
        out.push_back(char(0xC0 | (cp >> 6)));
        out.push_back(char(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(char(0xE0 | (cp >> 12)));
        out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(char(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(char(0xF0 | (cp >> 18)));
        out.push_back(char(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(char(0x80 | (cp & 0x3F)));
    }
}

// The key's spelling as the parsed document has it: decoded only when it has escapes.
std::optional<std::string_view> keyText(std::string_view raw, std::string &scratch)
{
    if (raw.find('\\') == npos)
        return raw;
    std::optional<std::string> decoded = decodeRawKey(raw);
    if (!decoded)
        return std::nullopt;
    scratch = std::move(*decoded);
    return std::string_view(scratch);
}

} // namespace

size_t skipSpace(std::string_view text, size_t pos)
{
    while (pos < text.size() && isSpace(text[pos]))
        ++pos;
    return pos;
}

size_t valueEnd(std::string_view text, size_t pos)
{
    pos = skipSpace(text, pos);
    if (pos >= text.size())
        return npos;
    const char first = text[pos];
    if (first == '"')
        return stringEnd(text, pos);
    if (first != '{' && first != '[') {
        const size_t end = scalarEnd(text, pos);
        return end == pos ? npos : end;
    }
    return containerEnd(text, pos);
}

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

Cursor::Cursor(std::string_view text, char open, char close)
    : m_text(text)
    , m_close(close)
{
    m_pos = skipSpace(m_text, 0);
    m_ok = m_pos < m_text.size() && m_text[m_pos] == open;
    ++m_pos;
}

bool Cursor::beginItem()
{
    if (!m_ok || m_done)
        return false;
    m_pos = skipSpace(m_text, m_pos);
    if (m_pos < m_text.size() && m_text[m_pos] == m_close) {
        m_done = true;
        return false;
    }
    if (!m_first) {
        if (m_pos >= m_text.size() || m_text[m_pos] != ',')
            return fail();
        m_pos = skipSpace(m_text, m_pos + 1);
    }
    m_first = false;
    return true;
}

bool Cursor::takeValue(size_t start)
{
    const size_t end = valueEnd(m_text, start);
    if (end == npos)
        return fail();
    m_value = m_text.substr(start, end - start);
    m_pos = end;
    return true;
}

bool Cursor::fail()
{
    m_ok = false;
    return false;
}

bool Members::next()
{
    if (!beginItem())
        return false;
    if (m_pos >= m_text.size() || m_text[m_pos] != '"')
        return fail();
    const size_t keyEnd = stringEnd(m_text, m_pos);
    if (keyEnd == npos)
        return fail();
    m_key = m_text.substr(m_pos + 1, keyEnd - m_pos - 2);
    m_pos = skipSpace(m_text, keyEnd);
    if (m_pos >= m_text.size() || m_text[m_pos] != ':')
        return fail();
    return takeValue(skipSpace(m_text, m_pos + 1));
}

bool Elements::next()
{
    return beginItem() && takeValue(m_pos);
}

std::optional<std::string> decodeRawKey(std::string_view raw)
{
    std::string out;
    out.reserve(raw.size());
    for (size_t i = 0; i < raw.size(); ++i) {
        const char c = raw[i];
        if (c != '\\') {
            out.push_back(c);
            continue;
        }
        if (++i >= raw.size())
            return std::nullopt;
        switch (raw[i]) {
        case '"': out.push_back('"'); break;
        case '\\': out.push_back('\\'); break;
        case '/': out.push_back('/'); break;
        case 'b': out.push_back('\b'); break;
        case 'f': out.push_back('\f'); break;
        case 'n': out.push_back('\n'); break;
        case 'r': out.push_back('\r'); break;
        case 't': out.push_back('\t'); break;
        case 'u': {
            std::optional<unsigned> cp = hex4(raw, i + 1);
            if (!cp)
                return std::nullopt;
            i += 4;
            if (*cp >= 0xD800 && *cp <= 0xDBFF) { // a high surrogate: its low half must follow
                if (i + 2 >= raw.size() || raw[i + 1] != '\\' || raw[i + 2] != 'u')
                    return std::nullopt;
                const std::optional<unsigned> low = hex4(raw, i + 3);
                if (!low || *low < 0xDC00 || *low > 0xDFFF)
                    return std::nullopt;
                i += 6;
                cp = 0x10000 + ((*cp - 0xD800) << 10) + (*low - 0xDC00);
            } else if (*cp >= 0xDC00 && *cp <= 0xDFFF) {
                return std::nullopt;
            }
            appendUtf8(out, *cp);
            break;
        }
        default:
            return std::nullopt;
        }
    }
    return out;
}

std::optional<std::string> decodeString(std::string_view quoted)
{
    if (quoted.size() < 2 || quoted.front() != '"' || quoted.back() != '"')
        return std::nullopt;
    return decodeRawKey(quoted.substr(1, quoted.size() - 2));
}

bool keyIs(std::string_view rawKey, std::string_view key)
{
    if (rawKey.find('\\') == npos)
        return rawKey == key;
    const std::optional<std::string> decoded = decodeRawKey(rawKey);
    return decoded && *decoded == key;
}

std::optional<QString> stringValue(std::string_view value)
{
    if (value.size() < 2 || value.front() != '"' || value.back() != '"')
        return std::nullopt;
    const std::string_view raw = value.substr(1, value.size() - 2);
    if (raw.find('\\') == npos)
        return QString::fromUtf8(raw.data(), qsizetype(raw.size()));
    const std::optional<std::string> decoded = decodeRawKey(raw);
    if (!decoded)
        return std::nullopt;
    return QString::fromStdString(*decoded);
}

std::string_view member(std::string_view object, std::string_view key, bool anyCase)
{
    std::string_view found;
    members(object, {key}, &found, anyCase);
    return found;
}

void members(std::string_view object, std::initializer_list<std::string_view> keys, std::string_view *found,
             bool anyCase)
{
    struct Match {
        std::string_view exact, variant;
        std::string variantSpelling;
        bool haveExact = false, haveVariant = false;
    };
    constexpr size_t kMaxKeys = 12; // keys past it are reported absent
    Match matches[kMaxKeys];
    const size_t count = std::min(keys.size(), kMaxKeys);
    std::string scratch;
    for (Members m(object); m.next();) {
        const std::optional<std::string_view> spelled = keyText(m.rawKey(), scratch);
        if (!spelled)
            continue;
        for (size_t i = 0; i < count; ++i) {
            const std::string_view key = keys.begin()[i];
            Match &match = matches[i];
            if (*spelled == key) {
                match.exact = m.value(); // the last of repeated keys, as the parsed document keeps it
                match.haveExact = true;
            } else if (anyCase && !match.haveExact && equalsIgnoreCase(*spelled, key)) {
                // std::map order: a walk of the parsed object meets the smallest spelling first.
                if (!match.haveVariant || *spelled < match.variantSpelling) {
                    match.variantSpelling = std::string(*spelled);
                    match.variant = m.value();
                    match.haveVariant = true;
                } else if (*spelled == match.variantSpelling) {
                    match.variant = m.value();
                }
            }
        }
    }
    for (size_t i = 0; i < keys.size(); ++i)
        found[i] = i < count ? (matches[i].haveExact ? matches[i].exact : matches[i].variant) : std::string_view();
}

bool appendIndented(std::string &out, std::string_view value, int indent, int level)
{
    int depth = level;
    size_t pos = 0;
    const size_t n = value.size();
    auto newline = [&out, indent](int d) {
        out.push_back('\n');
        out.append(size_t(d) * size_t(indent), ' ');
    };
    while (pos < n) {
        const char c = value[pos];
        switch (c) {
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            ++pos;
            break;
        case '"': {
            const size_t end = stringEnd(value, pos);
            if (end == npos)
                return false;
            out.append(value.substr(pos, end - pos));
            pos = end;
            break;
        }
        case '{':
        case '[': {
            const size_t after = skipSpace(value, pos + 1);
            if (after < n && value[after] == (c == '{' ? '}' : ']')) {
                out.append(c == '{' ? "{}" : "[]");
                pos = after + 1;
                break;
            }
            out.push_back(c);
            newline(++depth);
            ++pos;
            break;
        }
        case '}':
        case ']':
            if (--depth < level)
                return false;
            newline(depth);
            out.push_back(c);
            ++pos;
            break;
        case ',':
            out.push_back(',');
            newline(depth);
            ++pos;
            break;
        case ':':
            out.append(": ");
            ++pos;
            break;
        default: {
            const size_t end = scalarEnd(value, pos);
            out.append(value.substr(pos, end - pos));
            pos = end;
            break;
        }
        }
    }
    return depth == level;
}

} // namespace cw::jsontext
