#pragma once
#include <QByteArray>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include "common/JsonNesting.h"

#include <optional>
#include <string_view>

// Small, exception-free helpers the models use to read and write nlohmann::json objects.
// ARM treats property names case-insensitively (the 2021-04-01 specification even spells
// `LoadBalancerType` with a capital L), so lookups try the exact spelling first and then any
// case variant; writes emit the canonical camelCase spelling and drop the other variants.
namespace cw::azure::jsonfields {

using Json = nlohmann::json;

// Documents nested deeper than this are refused while parsing (nlohmann's copy and dump() are
// recursive) so hostile input cannot exhaust the stack; see common/JsonNesting.h.
inline constexpr int kMaxNestingDepth = kMaxJsonDepth;

struct ParsedDocument {
    Json json;      // discarded() when !ok
    QString error;  // human sentence when !ok
    bool ok() const { return error.isEmpty(); }
};

// Parses bytes without throwing; checks the nesting depth first.
ParsedDocument parse(const QByteArray &bytes);
// Serialises without throwing (invalid UTF-8 is replaced).
QByteArray dump(const Json &json, int indent = -1);

// Exact key first, then a case-insensitive match; nullptr when absent or `obj` is no object.
const Json *find(const Json &obj, std::string_view key);

QString toQString(const std::string &s);
std::string toStd(const QString &s);

// Reads typed fields of one JSON object; a present field of the wrong type is ignored and
// reported in `warnings` as "<path>.<key>: expected <type>".
class FieldReader
{
public:
    FieldReader(const Json &obj, QString path, QStringList *warnings);

    std::optional<QString> string(std::string_view key) const;
    std::optional<int> integer(std::string_view key) const;
    std::optional<double> number(std::string_view key) const;
    std::optional<bool> boolean(std::string_view key) const;
    // Present and an object / array, else nullptr (with a warning when present but ill-typed).
    const Json *object(std::string_view key) const;
    const Json *array(std::string_view key) const;
    QString pathOf(std::string_view key) const;
    void warn(std::string_view key, const char *expected) const;

private:
    const Json &m_obj;
    QString m_path;
    QStringList *m_warnings;
};

// Removes every case variant of `key` from `obj` except the exact spelling.
void dropCaseVariants(Json &obj, std::string_view key);

// Overlay writers used by toJson(): a set value replaces the field (in camelCase); an unset
// value removes the field only when the existing value has that type — i.e. when the caller
// cleared a field that was read — and leaves ill-typed originals untouched.
void putString(Json &obj, std::string_view key, const std::optional<QString> &value);
void putInt(Json &obj, std::string_view key, const std::optional<int> &value);
void putBool(Json &obj, std::string_view key, const std::optional<bool> &value);
void putObject(Json &obj, std::string_view key, const std::optional<Json> &value);

} // namespace cw::azure::jsonfields
