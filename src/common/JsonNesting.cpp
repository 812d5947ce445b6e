#include "common/JsonNesting.h"

namespace cw {
namespace {

using Json = nlohmann::json;

// nlohmann's own DOM builder, with a depth count: sax_parse() is a template on the SAX type, so
// these hiding members are the ones the parser calls. Returning false stops the parse.
class BoundedDomParser : public nlohmann::detail::json_sax_dom_parser<Json> {
public:
    BoundedDomParser(Json &result, int maxDepth)
        : json_sax_dom_parser(result, /*allow_exceptions=*/false)
        , m_maxDepth(maxDepth)
    {
    }

    bool start_object(std::size_t elements) { return enter() && json_sax_dom_parser::start_object(elements); }
    bool start_array(std::size_t elements) { return enter() && json_sax_dom_parser::start_array(elements); }
    bool end_object()
    {
        --m_depth;
        return json_sax_dom_parser::end_object();
    }
    bool end_array()
    {
        --m_depth;
        return json_sax_dom_parser::end_array();
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

} // namespace

Json parseBoundedJson(std::string_view text, int maxDepth, JsonParseError *error)
{
    Json result;
    BoundedDomParser sax(result, maxDepth);
    const bool ok = Json::sax_parse(text.begin(), text.end(), &sax, Json::input_format_t::json,
                                    /*strict=*/true, /*ignore_comments=*/false);
    if (error)
        *error = ok ? JsonParseError::None : sax.tooDeep() ? JsonParseError::TooDeep : JsonParseError::Syntax;
    if (!ok)
        result = Json(Json::value_t::discarded); // the partial tree is at most maxDepth deep
    return result;
}

} // namespace cw
