// Quoted YAML scalars ("double" with escapes, 'single' with '' doubling) for MiniYaml.
#include "kube/YamlScalar.h"

namespace cw::kube::yaml {

namespace {

void appendUtf8(std::string &out, char32_t cp)
{
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace

bool parseQuotedScalar(const std::string &text, size_t start, size_t &end, std::string &out, const char **problem)
{
    const char quote = text[start];
    out.clear();
    size_t i = start + 1;
    while (i < text.size()) {
        const char c = text[i];
        if (quote == '\'') {
            if (c == '\'') {
                if (i + 1 < text.size() && text[i + 1] == '\'') {
                    out += '\'';
                    i += 2;
                    continue;
                }
                end = i + 1;
                return true;
            }
            out += c;
            ++i;
            continue;
        }
        if (c == '"') {
            end = i + 1;
            return true;
        }
        if (c != '\\') {
            out += c;
            ++i;
            continue;
        }
        if (i + 1 >= text.size())
            break;
        const char e = text[i + 1];
        i += 2;
        switch (e) {
        case 'n': out += '\n'; break;
        case 't': out += '\t'; break;
        case 'r': out += '\r'; break;
        case '0': out += '\0'; break;
        case 'a': out += '\a'; break;
        case 'b': out += '\b'; break;
        case 'e': out += '\x1b'; break;
        case 'f': out += '\f'; break;
        case 'v': out += '\v'; break;
        case ' ': out += ' '; break;
        case '"': out += '"'; break;
        case '/': out += '/'; break;
        case '\\': out += '\\'; break;
        case '\t': out += '\t'; break;
        case 'x':
        case 'u':
        case 'U': {
            const size_t digits = e == 'x' ? 2 : (e == 'u' ? 4 : 8);
            if (i + digits > text.size()) {
                *problem = "a truncated escape sequence";
                return false;
            }
            char32_t cp = 0;
            for (size_t d = 0; d < digits; ++d) {
                const int h = hexValue(text[i + d]);
                if (h < 0) {
                    *problem = "an invalid escape sequence";
                    return false;
                }
                cp = cp * 16 + static_cast<char32_t>(h);
            }
            i += digits;
            if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
                *problem = "an escape names an invalid character";
                return false;
            }
            appendUtf8(out, cp);
            break;
        }
        default:
            *problem = "an unknown escape sequence";
            return false;
        }
    }
    *problem = "an unterminated quoted string (multi-line quoted strings are not supported)";
    return false;
}

} // namespace cw::kube::yaml
