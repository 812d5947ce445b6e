// The writer half of MiniYaml.h: block-style YAML that kubectl and MiniYaml's reader both read.
#include "kube/MiniYaml.h"

#include <string>

namespace cw::kube::yaml {

using Json = nlohmann::json;

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t';
}


bool looksSpecial(const std::string &s)
{
    static const char *const kWords[] = {"null", "Null", "NULL", "~", "true", "True", "TRUE", "false",
                                         "False", "FALSE", "yes", "Yes", "YES", "no", "No", "NO",
                                         "on", "On", "ON", "off", "Off", "OFF", "y", "Y", "n", "N"};
    for (const char *w : kWords) {
        if (s == w)
            return true;
    }
    const char c = s[0];
    if ((c >= '0' && c <= '9') || c == '.')
        return true;  // could read as a number or a version-like float: quote to be safe
    if ((c == '+' || c == '-') && s.size() > 1 && ((s[1] >= '0' && s[1] <= '9') || s[1] == '.'))
        return true;
    return false;
}

bool canBePlain(const std::string &s)
{
    if (s.empty() || looksSpecial(s))
        return false;
    static const std::string kLeading = "-?:,[]{}#&*!|>'\"%@` \t";
    if (kLeading.find(s[0]) != std::string::npos)
        return false;
    if (isSpace(s.back()) || s.back() == ':')
        return false;
    for (size_t i = 0; i < s.size(); ++i) {
        const auto u = static_cast<unsigned char>(s[i]);
        if (u < 0x20 || u == 0x7f)
            return false;
        if (s[i] == ':' && i + 1 < s.size() && isSpace(s[i + 1]))
            return false;
        if (s[i] == '#' && i > 0 && isSpace(s[i - 1]))
            return false;
    }
    return true;
}

std::string quoted(const std::string &s)
{
    static const char kHex[] = "0123456789ABCDEF";
    std::string out = "\"";
    for (const char c : s) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\t': out += "\\t"; break;
        case '\r': out += "\\r"; break;
        default:
            if (u < 0x20 || u == 0x7f) {
                out += "\\x";
                out += kHex[u >> 4];
                out += kHex[u & 0xF];
            } else {
                out += c;
            }
        }
    }
    out += '"';
    return out;
}

std::string scalarText(const Json &v)
{
    if (v.is_null())
        return "null";
    if (v.is_boolean())
        return v.get<bool>() ? "true" : "false";
    if (v.is_number())
        return v.dump();
    const std::string &s = v.get_ref<const std::string &>();
    return canBePlain(s) ? s : quoted(s);
}

bool isCollection(const Json &v)
{
    return (v.is_object() || v.is_array()) && !v.empty();
}

std::string emptyCollection(const Json &v)
{
    return v.is_object() ? "{}" : "[]";
}

void writeNode(std::string &out, const Json &v, int indent);

void writeMapping(std::string &out, const Json &obj, int indent)
{
    for (auto it = obj.begin(); it != obj.end(); ++it) {
        out.append(static_cast<size_t>(indent), ' ');
        out += canBePlain(it.key()) ? it.key() : quoted(it.key());
        out += ':';
        const Json &value = *it;
        if (value.is_object() && !value.empty()) {
            out += '\n';
            writeMapping(out, value, indent + 2);
        } else if (value.is_array() && !value.empty()) {
            out += '\n';
            writeNode(out, value, indent);  // sequences sit at the key's column, as kubectl writes
        } else {
            out += ' ';
            out += (value.is_object() || value.is_array()) ? emptyCollection(value) : scalarText(value);
            out += '\n';
        }
    }
}

void writeSequence(std::string &out, const Json &arr, int indent)
{
    for (const Json &item : arr) {
        if (isCollection(item)) {
            // Write the item two columns in, then turn its first indentation into "- ".
            std::string nested;
            writeNode(nested, item, indent + 2);
            nested.replace(static_cast<size_t>(indent), 2, "- ");
            out += nested;
        } else {
            out.append(static_cast<size_t>(indent), ' ');
            out += "- ";
            out += (item.is_object() || item.is_array()) ? emptyCollection(item) : scalarText(item);
            out += '\n';
        }
    }
}

void writeNode(std::string &out, const Json &v, int indent)
{
    if (v.is_object() && !v.empty())
        writeMapping(out, v, indent);
    else if (v.is_array() && !v.empty())
        writeSequence(out, v, indent);
    else {
        out.append(static_cast<size_t>(indent), ' ');
        out += (v.is_object() || v.is_array()) ? emptyCollection(v) : scalarText(v);
        out += '\n';
    }
}

} // namespace

QByteArray write(const Json &value)
{
    std::string out;
    writeNode(out, value, 0);
    return QByteArray(out.data(), static_cast<qsizetype>(out.size()));
}

} // namespace cw::kube::yaml
