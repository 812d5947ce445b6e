#include "sandbox/SandboxHttp.h"

#include "common/JsonNesting.h"
#include "common/NumberCast.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QUuid>

namespace cw::sandbox {

QByteArray HttpCall::header(QByteArrayView name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QString HttpCall::queryValue(const QString &key) const
{
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto &item : items) {
        if (item.first.compare(key, Qt::CaseInsensitive) == 0)
            return item.second;
    }
    return {};
}

bool HttpCall::hasQuery(const QString &key) const
{
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto &item : items) {
        if (item.first.compare(key, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

HttpReply &HttpReply::withHeader(const QByteArray &name, const QByteArray &value)
{
    headers.append(qMakePair(name, value));
    return *this;
}

QByteArray HttpReply::header(QByteArrayView name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

HttpReply HttpReply::json(int status, const Json &body)
{
    HttpReply reply;
    reply.status = status;
    reply.body = QByteArray::fromStdString(body.dump());
    reply.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json; charset=utf-8")));
    return reply;
}

HttpReply HttpReply::empty(int status)
{
    HttpReply reply;
    reply.status = status;
    return reply;
}

HttpReply HttpReply::armError(int status, const QString &code, const QString &message,
                              const QString &target)
{
    Json error = {{"code", s(code)}, {"message", s(message)}};
    if (!target.isEmpty())
        error["target"] = s(target);
    return json(status, Json{{"error", error}});
}

QString jsonString(const Json &object, const char *key, const QString &fallback)
{
    const Json *member = findMember(object, key);
    if (!member || !member->is_string())
        return fallback;
    return q(member->get<std::string>());
}

std::optional<qint64> integerMember(const Json &object, const char *key, qint64 fallback, qint64 low, qint64 high)
{
    const Json *member = findMember(object, key);
    if (!member || member->is_null())
        return fallback;
    std::optional<qint64> value;
    if (member->is_number_unsigned())
        value = member->get<quint64>() <= quint64(high) ? std::optional<qint64>(qint64(member->get<quint64>())) : std::nullopt;
    else if (member->is_number_integer())
        value = member->get<qint64>();
    else if (member->is_number_float())
        value = exactIntegerFromDouble<qint64>(member->get<double>());
    if (!value || *value < low || *value > high)
        return std::nullopt;
    return value;
}

const Json *findMember(const Json &object, std::string_view key)
{
    if (!object.is_object())
        return nullptr;
    auto exact = object.find(std::string(key));
    if (exact != object.end())
        return &*exact;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const std::string &k = it.key();
        if (k.size() == key.size()
            && std::equal(k.begin(), k.end(), key.begin(), [](char a, char b) {
                   return std::tolower(static_cast<unsigned char>(a))
                       == std::tolower(static_cast<unsigned char>(b));
               }))
            return &*it;
    }
    return nullptr;
}

std::optional<Json> parseJson(const QByteArray &bytes, int maxDepth, bool *tooDeep)
{
    JsonParseError problem = JsonParseError::None;
    Json parsed = parseBoundedJson(bytes, maxDepth, &problem);
    if (tooDeep)
        *tooDeep = problem == JsonParseError::TooDeep;
    if (parsed.is_discarded())
        return std::nullopt;
    return parsed;
}

QString isoUtc(qint64 msecsSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch, Qt::UTC).toString(Qt::ISODateWithMs);
}

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QByteArray randomToken(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(raw.begin(), raw.end());
    return raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace cw::sandbox
