#pragma once
#include <QByteArray>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include "common/JsonNesting.h"
#include "common/NumberCast.h"

#include <concepts>
#include <cstdint>
#include <optional>
#include <string_view>
#include <utility>

// The one reader (and overlay writer) of JSON members in the code base: exception-free, so a
// member of the wrong type reads as absent instead of throwing, and a malformed answer becomes
// a clear error, never a crash. Numbers are range-checked before any conversion (casting
// 4.4e91 or NaN to an integer type is undefined).
//
// Member names: JSON means the exact spelling (Keys::Exact, the default). ARM treats property
// names case-insensitively (the 2021-04-01 specification even spells `LoadBalancerType` with a
// capital L), so the ARM models and the sandbox ask for Keys::AnyCase: the exact spelling
// first, then any case variant; writes emit the canonical camelCase spelling and drop the
// other variants.
namespace cw::jsonfields {

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

enum class Keys { Exact, AnyCase };

// The member `key`; nullptr when absent or `obj` is no object. AnyCase: the exact key first,
// then a case-insensitive match.
const Json *find(const Json &obj, std::string_view key, Keys keys = Keys::Exact);

// The value as T when it is an integer within T's range, or a float that is integral and
// within T's range (checked before converting); nullopt otherwise (other types too).
template <std::integral T>
std::optional<T> integerValue(const Json &value)
{
    if (value.is_number_unsigned()) {
        const auto u = value.get<std::uint64_t>();
        return std::in_range<T>(u) ? std::optional<T>(static_cast<T>(u)) : std::nullopt;
    }
    if (value.is_number_integer()) {
        const auto i = value.get<std::int64_t>();
        return std::in_range<T>(i) ? std::optional<T>(static_cast<T>(i)) : std::nullopt;
    }
    if (value.is_number_float())
        return exactIntegerFromDouble<T>(value.get<double>());
    return std::nullopt;
}

// Member readers: absent, null and ill-typed members all read as the fallback / nullopt /
// nullptr. (FieldReader below tells ill-typed members apart and reports them.)
QString string(const Json &obj, std::string_view key, Keys keys = Keys::Exact, const QString &fallback = {});
std::optional<bool> boolean(const Json &obj, std::string_view key, Keys keys = Keys::Exact);
// A number, or a string that reads as one ("42.7"): some services quote their numbers.
std::optional<double> numberOrNumericString(const Json &obj, std::string_view key, Keys keys = Keys::Exact);
template <std::integral T>
std::optional<T> integer(const Json &obj, std::string_view key, Keys keys = Keys::Exact)
{
    const Json *value = find(obj, key, keys);
    return value ? integerValue<T>(*value) : std::nullopt;
}
const Json *object(const Json &obj, std::string_view key, Keys keys = Keys::Exact);
// The same member, to edit in place.
inline Json *object(Json &obj, std::string_view key, Keys keys = Keys::Exact)
{
    return const_cast<Json *>(object(std::as_const(obj), key, keys));
}
const Json *array(const Json &obj, std::string_view key, Keys keys = Keys::Exact);

QString toQString(const std::string &s);
std::string toStd(const QString &s);

// Reads typed fields of one JSON object with Keys::AnyCase (the ARM models); a present field of
// the wrong type is ignored and reported in `warnings` as "<path>.<key>: expected <type>".
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
    // The member when present and not null; nullptr otherwise, with a warning when it is present
    // but fails `isType`.
    const Json *typed(std::string_view key, bool (*isType)(const Json &), const char *expected) const;

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

} // namespace cw::jsonfields
