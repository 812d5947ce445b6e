#include "sandbox/SandboxHttp.h"

#include "common/JsonNesting.h"

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
    return jsonText(status, QByteArray::fromStdString(body.dump()));
}

HttpReply HttpReply::jsonText(int status, QByteArray body)
{
    HttpReply reply;
    reply.status = status;
    reply.body = std::move(body);
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

std::optional<qint64> integerMember(const Json &object, const char *key, qint64 fallback, qint64 low, qint64 high)
{
    const Json *member = jsonfields::find(object, key, Keys::AnyCase);
    if (!member || member->is_null())
        return fallback;
    const std::optional<qint64> value = jsonfields::integerValue<qint64>(*member);
    if (!value || *value < low || *value > high)
        return std::nullopt;
    return value;
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
