#include "common/JsonFields.h"

#include <QCoreApplication>

#include <algorithm>
#include <cctype>

namespace cw::jsonfields {

namespace {

bool equalsIgnoreCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i) {
        const auto la = static_cast<unsigned char>(a[i]);
        const auto lb = static_cast<unsigned char>(b[i]);
        if (std::tolower(la) != std::tolower(lb))
            return false;
    }
    return true;
}

Json *findMutable(Json &obj, std::string_view key)
{
    return const_cast<Json *>(find(obj, key, Keys::AnyCase));
}

template <typename Pred>
void eraseIfTyped(Json &obj, std::string_view key, Pred hasType)
{
    if (!obj.is_object())
        return;
    if (Json *existing = findMutable(obj, key); existing && hasType(*existing)) {
        dropCaseVariants(obj, key);
        obj.erase(std::string(key));
    }
}

Json &slot(Json &obj, std::string_view key)
{
    if (!obj.is_object())
        obj = Json::object();
    dropCaseVariants(obj, key);
    return obj[std::string(key)];
}

} // namespace

ParsedDocument parse(const QByteArray &bytes)
{
    ParsedDocument doc;
    JsonParseError problem = JsonParseError::None;
    doc.json = parseBoundedJson(bytes, kMaxNestingDepth, &problem);
    if (problem == JsonParseError::TooDeep)
        doc.error = QCoreApplication::translate("cw::azure", "The JSON document is nested too deeply.");
    else if (doc.json.is_discarded())
        doc.error = QCoreApplication::translate("cw::azure", "The answer is not valid JSON.");
    return doc;
}

QByteArray dump(const Json &json, int indent)
{
    const std::string text = json.dump(indent, ' ', false, Json::error_handler_t::replace);
    return QByteArray(text.data(), static_cast<qsizetype>(text.size()));
}

const Json *find(const Json &obj, std::string_view key, Keys keys)
{
    if (!obj.is_object())
        return nullptr;
    if (auto it = obj.find(key); it != obj.end())
        return &*it;
    if (keys == Keys::Exact)
        return nullptr;
    for (auto it = obj.begin(); it != obj.end(); ++it) {
        if (equalsIgnoreCase(it.key(), key))
            return &*it;
    }
    return nullptr;
}

QString string(const Json &obj, std::string_view key, Keys keys, const QString &fallback)
{
    const Json *v = find(obj, key, keys);
    return v && v->is_string() ? toQString(v->get_ref<const std::string &>()) : fallback;
}

std::optional<bool> boolean(const Json &obj, std::string_view key, Keys keys)
{
    const Json *v = find(obj, key, keys);
    return v && v->is_boolean() ? std::optional<bool>(v->get<bool>()) : std::nullopt;
}

std::optional<double> numberOrNumericString(const Json &obj, std::string_view key, Keys keys)
{
    const Json *v = find(obj, key, keys);
    if (!v)
        return std::nullopt;
    if (v->is_number())
        return v->get<double>();
    if (v->is_string()) {
        bool ok = false;
        const double parsed = toQString(v->get_ref<const std::string &>()).toDouble(&ok);
        if (ok)
            return parsed;
    }
    return std::nullopt;
}

const Json *object(const Json &obj, std::string_view key, Keys keys)
{
    const Json *v = find(obj, key, keys);
    return v && v->is_object() ? v : nullptr;
}

const Json *array(const Json &obj, std::string_view key, Keys keys)
{
    const Json *v = find(obj, key, keys);
    return v && v->is_array() ? v : nullptr;
}

QString toQString(const std::string &s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

std::string toStd(const QString &s)
{
    return s.toStdString();
}

FieldReader::FieldReader(const Json &obj, QString path, QStringList *warnings)
    : m_obj(obj)
    , m_path(std::move(path))
    , m_warnings(warnings)
{
}

QString FieldReader::pathOf(std::string_view key) const
{
    const QString k = QString::fromUtf8(key.data(), static_cast<qsizetype>(key.size()));
    return m_path.isEmpty() ? k : m_path + QLatin1Char('.') + k;
}

void FieldReader::warn(std::string_view key, const char *expected) const
{
    if (m_warnings)
        m_warnings->append(pathOf(key) + QLatin1String(": expected ") + QLatin1String(expected));
}

const Json *FieldReader::typed(std::string_view key, bool (*isType)(const Json &), const char *expected) const
{
    const Json *v = find(m_obj, key, Keys::AnyCase);
    if (!v || v->is_null())
        return nullptr;
    if (!isType(*v)) {
        warn(key, expected);
        return nullptr;
    }
    return v;
}

std::optional<QString> FieldReader::string(std::string_view key) const
{
    const Json *v = typed(key, [](const Json &j) { return j.is_string(); }, "a string");
    return v ? std::optional<QString>(toQString(v->get_ref<const std::string &>())) : std::nullopt;
}

std::optional<double> FieldReader::number(std::string_view key) const
{
    const Json *v = typed(key, [](const Json &j) { return j.is_number(); }, "a number");
    return v ? std::optional<double>(v->get<double>()) : std::nullopt;
}

std::optional<int> FieldReader::integer(std::string_view key) const
{
    // Unsigned values above INT_MAX, negative overflow and out-of-range floats are refused
    // rather than wrapped (issue 18: the range is checked before any conversion).
    const Json *v = typed(key, [](const Json &j) { return integerValue<int>(j).has_value(); }, "an integer");
    return v ? integerValue<int>(*v) : std::nullopt;
}

std::optional<bool> FieldReader::boolean(std::string_view key) const
{
    const Json *v = typed(key, [](const Json &j) { return j.is_boolean(); }, "true or false");
    return v ? std::optional<bool>(v->get<bool>()) : std::nullopt;
}

const Json *FieldReader::object(std::string_view key) const
{
    return typed(key, [](const Json &j) { return j.is_object(); }, "an object");
}

const Json *FieldReader::array(std::string_view key) const
{
    return typed(key, [](const Json &j) { return j.is_array(); }, "an array");
}

void dropCaseVariants(Json &obj, std::string_view key)
{
    if (!obj.is_object())
        return;
    for (auto it = obj.begin(); it != obj.end();) {
        if (it.key() != key && equalsIgnoreCase(it.key(), key))
            it = obj.erase(it);
        else
            ++it;
    }
}

void putString(Json &obj, std::string_view key, const std::optional<QString> &value)
{
    if (value)
        slot(obj, key) = toStd(*value);
    else
        eraseIfTyped(obj, key, [](const Json &j) { return j.is_string(); });
}

void putInt(Json &obj, std::string_view key, const std::optional<int> &value)
{
    if (value)
        slot(obj, key) = *value;
    else
        eraseIfTyped(obj, key, [](const Json &j) { return j.is_number(); });
}

void putBool(Json &obj, std::string_view key, const std::optional<bool> &value)
{
    if (value)
        slot(obj, key) = *value;
    else
        eraseIfTyped(obj, key, [](const Json &j) { return j.is_boolean(); });
}

void putObject(Json &obj, std::string_view key, const std::optional<Json> &value)
{
    if (value)
        slot(obj, key) = *value;
    else
        eraseIfTyped(obj, key, [](const Json &j) { return j.is_object(); });
}

} // namespace cw::jsonfields
