#include "common/JsonNesting.h"

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
    const bool ok = Json::sax_parse(text.begin(), text.end(), &sax, Json::input_format_t::json,
                                    /*strict=*/true, /*ignore_comments=*/false);
    if (error)
        *error = ok ? JsonParseError::None : sax.tooDeep() ? JsonParseError::TooDeep : JsonParseError::Syntax;
    if (!ok)
        result = Json(Json::value_t::discarded); // the partial tree is at most maxDepth deep
    return result;
}

// The same depth count over a SAX that keeps nothing: the lexer's checks alone.
class BoundedChecker {
public:
    using Json = nlohmann::json;
    explicit BoundedChecker(int maxDepth)
        : m_maxDepth(maxDepth)
    {
    }

    bool null() { return true; }
    bool boolean(bool) { return true; }
    bool number_integer(Json::number_integer_t) { return true; }
    bool number_unsigned(Json::number_unsigned_t) { return true; }
    bool number_float(Json::number_float_t, const Json::string_t &) { return true; }
    bool string(Json::string_t &) { return true; }
    bool binary(Json::binary_t &) { return true; }
    bool key(Json::string_t &) { return true; }
    bool start_object(std::size_t) { return enter(); }
    bool start_array(std::size_t) { return enter(); }
    bool end_object()
    {
        --m_depth;
        return true;
    }
    bool end_array()
    {
        --m_depth;
        return true;
    }
    bool parse_error(std::size_t, const std::string &, const nlohmann::detail::exception &) { return false; }

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

} // namespace

bool isBoundedJson(std::string_view text, int maxDepth, JsonParseError *error)
{
    BoundedChecker sax(maxDepth);
    const bool ok = nlohmann::json::sax_parse(text.begin(), text.end(), &sax, nlohmann::json::input_format_t::json,
                                              /*strict=*/true, /*ignore_comments=*/false);
    if (error)
        *error = ok ? JsonParseError::None : sax.tooDeep() ? JsonParseError::TooDeep : JsonParseError::Syntax;
    return ok;
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
