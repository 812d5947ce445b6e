#include "common/JsonNesting.h"
#include "common/JsonText.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <utility>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace cw {
namespace {

// nlohmann's own DOM builder, with a depth count: sax_parse() is a template on the SAX type, so
// these hiding members are the ones the parser calls. Returning false stops the parse.
template<typename Json>
class BoundedDomParser : public nlohmann::detail::json_sax_dom_parser<Json> {
    using Base = nlohmann::detail::json_sax_dom_parser<Json>;

public:
    BoundedDomParser(Json &result, int maxDepth)
        : Base(result, /*allow_exceptions=*/false)
        , m_maxDepth(maxDepth)
    {
    }

    bool start_object(std::size_t elements) { return enter() && Base::start_object(elements); }
    bool start_array(std::size_t elements) { return enter() && Base::start_array(elements); }
    bool end_object()
    {
        --m_depth;
        return Base::end_object();
    }
    bool end_array()
    {
        --m_depth;
        return Base::end_array();
    }

    bool tooDeep() const { return m_tooDeep; }

private:
    bool enter()
    {
        if (++m_depth <= m_maxDepth)
            return true;
        m_tooDeep = true;
        return false;
    }

    int m_maxDepth;
    int m_depth = 0;
    bool m_tooDeep = false;
};

template<typename Json>
Json parseBounded(std::string_view text, int maxDepth, JsonParseError *error)
{
    Json result;
    BoundedDomParser<Json> sax(result, maxDepth);
    // nlohmann's JSON parser itself: Json::sax_parse() picks it by a run-time format switch that
    // also instantiates the CBOR/MessagePack/UBJSON/BSON reader, half of this file's compile time.
    auto input = nlohmann::detail::input_adapter(text.begin(), text.end());
    const bool ok = nlohmann::detail::parser<Json, decltype(input)>(std::move(input), nullptr,
                                                                    /*allow_exceptions=*/true,
                                                                    /*skip_comments=*/false)
                        .sax_parse(&sax, /*strict=*/true);
    if (error)
        *error = ok ? JsonParseError::None : sax.tooDeep() ? JsonParseError::TooDeep : JsonParseError::Syntax;
    if (!ok)
        result = Json(Json::value_t::discarded); // the partial tree is at most maxDepth deep
    return result;
}

// The check alone, as nlohmann's parser decides it but without its lexer (which copies every
// token into a buffer: it was a third of `clusterwright-cli list`'s CPU time). It accepts
// exactly what parseBounded() accepts, tested against it in tst_jsontext: the grammar of RFC
// 8259, strings of well-formed UTF-8 without raw control characters, \u escapes whose
// surrogates pair up, numbers that stay finite as doubles, a leading byte order mark, and, after
// the value, white space up to the end or a NUL byte (nlohmann's end of a string literal).
class FastChecker {
public:
    FastChecker(std::string_view text, int maxDepth)
        : m_p(reinterpret_cast<const unsigned char *>(text.data()))
        , m_end(m_p + text.size())
        , m_maxDepth(maxDepth)
    {
    }

    JsonParseError run()
    {
        if (m_p < m_end && *m_p == 0xEF) {
            if (m_end - m_p < 3 || m_p[1] != 0xBB || m_p[2] != 0xBF)
                return JsonParseError::Syntax;
            m_p += 3;
        }
        std::vector<unsigned char> open; // '{' or '[' per level
        for (;;) {
            // A value.
            skipSpace();
            if (m_p >= m_end)
                return JsonParseError::Syntax;
            const unsigned char c = *m_p;
            if (c == '{' || c == '[') {
                if (int(open.size()) >= m_maxDepth)
                    return JsonParseError::TooDeep;
                ++m_p;
                skipSpace();
                if (m_p < m_end && *m_p == (c == '{' ? '}' : ']')) {
                    ++m_p; // empty: the value is complete
                } else {
                    open.push_back(c);
                    if (c == '{' && !memberKey())
                        return JsonParseError::Syntax;
                    continue;
                }
            } else if (!scalar()) {
                return JsonParseError::Syntax;
            }
            // After a value: a separator, the end of containers, or the end of the text.
            for (;;) {
                skipSpace();
                if (open.empty()) {
                    return m_p == m_end || *m_p == '\0' ? JsonParseError::None : JsonParseError::Syntax;
                }
                if (m_p >= m_end)
                    return JsonParseError::Syntax;
                const unsigned char close = open.back() == '{' ? '}' : ']';
                if (*m_p == close) {
                    ++m_p;
                    open.pop_back();
                    continue;
                }
                if (*m_p != ',')
                    return JsonParseError::Syntax;
                ++m_p;
                if (open.back() == '{' && !memberKey())
                    return JsonParseError::Syntax;
                break; // the next value
            }
        }
    }

private:
    void skipSpace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }

    // `"key" :` before a member's value.
    bool memberKey()
    {
        skipSpace();
        if (m_p >= m_end || *m_p != '"' || !string())
            return false;
        skipSpace();
        if (m_p >= m_end || *m_p != ':')
            return false;
        ++m_p;
        return true;
    }

    bool scalar()
    {
        switch (*m_p) {
        case '"': return string();
        case 't': return literal("true");
        case 'f': return literal("false");
        case 'n': return literal("null");
        default: return number();
        }
    }

    bool literal(std::string_view word)
    {
        if (size_t(m_end - m_p) < word.size() || std::memcmp(m_p, word.data(), word.size()) != 0)
            return false;
        m_p += word.size();
        return true;
    }

    // Four hex digits after "\u"; -1 if not.
    int codeUnit()
    {
        if (m_end - m_p < 4)
            return -1;
        int value = 0;
        for (int i = 0; i < 4; ++i) {
            const int d = jsontext::hexDigit(char(m_p[i]));
            if (d < 0)
                return -1;
            value = value * 16 + d;
        }
        m_p += 4;
        return value;
    }

    static bool inRange(unsigned char c, unsigned char lo, unsigned char hi) { return c >= lo && c <= hi; }

    // Past the common run of a string: printable ASCII other than the quote and the backslash.
    // Strings are most of an ARM page's bytes and this loop was a seventh of `clusterwright-cli
    // list`'s instructions: with SSE2 (every x86-64 CPU) sixteen bytes are tested at once.
    void skipPlainRun()
    {
#if defined(__SSE2__)
        const __m128i quote = _mm_set1_epi8('"');
        const __m128i backslash = _mm_set1_epi8('\\');
        const __m128i space = _mm_set1_epi8(0x20);
        while (m_end - m_p >= 16) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(m_p));
            // A signed compare: bytes 0x80..0xFF are negative, so "below 0x20" takes them along
            // with the control characters; the scalar code below decides about each.
            const __m128i special = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash)),
                                                 _mm_cmplt_epi8(v, space));
            const unsigned mask = unsigned(_mm_movemask_epi8(special));
            if (mask != 0) {
                m_p += __builtin_ctz(mask);
                return;
            }
            m_p += 16;
        }
#endif
        while (m_p < m_end && *m_p >= 0x20 && *m_p < 0x80 && *m_p != '"' && *m_p != '\\')
            ++m_p;
    }

    // A string from its opening quote to one past its closing quote.
    bool string()
    {
        ++m_p;
        for (;;) {
            skipPlainRun();
            if (m_p >= m_end)
                return false;
            const unsigned char c = *m_p;
            if (c == '"') {
                ++m_p;
                return true;
            }
            if (c < 0x20)
                return false; // control characters must be escaped
            if (c == '\\') {
                if (++m_p >= m_end)
                    return false;
                const unsigned char e = *m_p++;
                if (e == 'u') {
                    const int unit = codeUnit();
                    if (unit < 0 || (unit >= 0xDC00 && unit <= 0xDFFF))
                        return false;
                    if (unit >= 0xD800 && unit <= 0xDBFF) { // a high surrogate: its low half follows
                        if (m_end - m_p < 2 || m_p[0] != '\\' || m_p[1] != 'u')
                            return false;
                        m_p += 2;
                        const int low = codeUnit();
                        if (low < 0xDC00 || low > 0xDFFF)
                            return false;
                    }
                } else if (!(e == '"' || e == '\\' || e == '/' || e == 'b' || e == 'f' || e == 'n' || e == 'r'
                             || e == 't')) {
                    return false;
                }
                continue;
            }
            // UTF-8 (RFC 3629): no overlong forms, no surrogates, nothing above U+10FFFF.
            const int length = inRange(c, 0xC2, 0xDF) ? 2 : inRange(c, 0xE0, 0xEF) ? 3 : inRange(c, 0xF0, 0xF4) ? 4 : 0;
            if (length == 0 || m_end - m_p < length)
                return false;
            // The second byte's range is narrower after E0 and F0 (overlong forms), ED
            // (surrogates) and F4 (above U+10FFFF); every other byte is 80..BF.
            const unsigned char lo = c == 0xE0 ? 0xA0 : c == 0xF0 ? 0x90 : 0x80;
            const unsigned char hi = c == 0xED ? 0x9F : c == 0xF4 ? 0x8F : 0xBF;
            if (!inRange(m_p[1], lo, hi))
                return false;
            for (int i = 2; i < length; ++i) {
                if (!inRange(m_p[i], 0x80, 0xBF))
                    return false;
            }
            m_p += length;
        }
    }

    bool digit() const { return m_p < m_end && *m_p >= '0' && *m_p <= '9'; }
    // One or more digits, moved past.
    bool digits()
    {
        if (!digit())
            return false;
        while (digit())
            ++m_p;
        return true;
    }

    // -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)? whose value is finite as a double.
    bool number()
    {
        const unsigned char *start = m_p;
        if (m_p < m_end && *m_p == '-')
            ++m_p;
        if (!digit())
            return false;
        if (*m_p++ != '0')
            while (digit())
                ++m_p;
        bool integral = true;
        if (m_p < m_end && *m_p == '.') {
            ++m_p;
            if (!digits())
                return false;
            integral = false;
        }
        if (m_p < m_end && (*m_p == 'e' || *m_p == 'E')) {
            ++m_p;
            if (m_p < m_end && (*m_p == '+' || *m_p == '-'))
                ++m_p;
            if (!digits())
                return false;
            integral = false;
        }
        // A short integer is finite whatever type nlohmann gives it; anything else may become a
        // double, which must stay finite (nlohmann refuses the overflow).
        if (integral && m_p - start <= 19)
            return true;
        return finite(reinterpret_cast<const char *>(start), reinterpret_cast<const char *>(m_p));
    }

    static bool finite(const char *begin, const char *end)
    {
        double value = 0;
        const auto [ptr, ec] = std::from_chars(begin, end, value);
        if (ec == std::errc())
            return std::isfinite(value);
        if (ec != std::errc::result_out_of_range)
            return false;
        // Out of range: an overflow (refused) or an underflow to zero (accepted). The decimal
        // magnitude tells them apart: the digits before the point (leading zeros aside) or,
        // without any, minus the zeros after it, plus the exponent.
        const char *p = begin;
        if (*p == '-')
            ++p;
        while (p < end && *p == '0')
            ++p;
        long long magnitude = 0;
        while (p < end && *p >= '0' && *p <= '9') {
            ++magnitude;
            ++p;
        }
        if (p < end && *p == '.') {
            ++p;
            if (magnitude == 0)
                for (; p < end && *p == '0'; ++p)
                    --magnitude;
            while (p < end && *p >= '0' && *p <= '9')
                ++p;
        }
        if (p < end && (*p == 'e' || *p == 'E')) {
            ++p;
            const bool negative = *p == '-';
            if (*p == '+' || *p == '-')
                ++p;
            long long exponent = 0;
            for (; p < end; ++p)
                exponent = std::min<long long>(exponent * 10 + (*p - '0'), 1'000'000'000LL);
            magnitude += negative ? -exponent : exponent;
        }
        return magnitude <= 0;
    }

    const unsigned char *m_p;
    const unsigned char *m_end;
    int m_maxDepth;
};

} // namespace

bool isBoundedJson(std::string_view text, int maxDepth, JsonParseError *error)
{
    const JsonParseError result = FastChecker(text, maxDepth).run();
    if (error)
        *error = result;
    return result == JsonParseError::None;
}

nlohmann::json parseBoundedJson(std::string_view text, int maxDepth, JsonParseError *error)
{
    return parseBounded<nlohmann::json>(text, maxDepth, error);
}

nlohmann::ordered_json parseBoundedOrderedJson(std::string_view text, int maxDepth, JsonParseError *error)
{
    return parseBounded<nlohmann::ordered_json>(text, maxDepth, error);
}

} // namespace cw
