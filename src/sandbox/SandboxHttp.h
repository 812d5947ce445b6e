#pragma once
#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>
#include <nlohmann/json.hpp>
#include <string>

#include "common/JsonFields.h"

// The sandbox's transport-neutral request/response types. Endpoint code works on these plain
// values, so the HTTPS front end (faults, logging, delays) stays apart from the service logic.
namespace cw::sandbox {

using Json = nlohmann::json;
// The service matches property names in any case: members are read with Keys::AnyCase.
using jsonfields::Keys;

struct HttpCall {
    QByteArray method; // upper case: GET, PUT, ...
    QString path;      // decoded path, no query
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QString requestId; // x-ms-request-id the sandbox assigns to this call
    QByteArray peerCertificateDer; // client certificate of a mutual-TLS connection, if any

    QByteArray header(QByteArrayView name) const; // case-insensitive, empty when absent
    QString queryValue(const QString &key) const; // case-insensitive key, fully decoded
    bool hasQuery(const QString &key) const;
};

struct HttpReply {
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    HttpReply &withHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(QByteArrayView name) const;

    static HttpReply json(int status, const Json &body);
    // A body already rendered as JSON text (what json() would have written).
    static HttpReply jsonText(int status, QByteArray body);
    static HttpReply empty(int status);
    // ARM error body: {"error":{"code","message"[,"target"]}}
    static HttpReply armError(int status, const QString &code, const QString &message,
                              const QString &target = {});
};

// Conversions used everywhere (the state is nlohmann::json, the transport is Qt).
inline std::string s(const QString &v) { return v.toStdString(); }
inline QString q(const std::string &v) { return QString::fromStdString(v); }
// An integer member in [low, high]; `fallback` when absent or null; nullopt when present but not
// such an integer (another type, a fraction, out of range). Unlike json::value<int>(), it never
// converts an out-of-range number (undefined behaviour) nor throws for another type.
std::optional<qint64> integerMember(const Json &object, const char *key, qint64 fallback, qint64 low, qint64 high);
// Request bodies may nest at most this deep. ARM documents nest < 10 levels; half the client's
// read limit (cw::kMaxJsonDepth, 64) leaves room for the levels the sandbox wraps around a stored
// body (list pages, state.json), so nothing it accepts can later be refused by the client.
inline constexpr int kMaxRequestJsonDepth = 32;
// Parses a request body (or a file, with a larger `maxDepth`); nullopt on malformed JSON or
// nesting deeper than `maxDepth` (then *tooDeep is set). Never throws; see common/JsonNesting.h.
std::optional<Json> parseJson(const QByteArray &bytes, int maxDepth = kMaxRequestJsonDepth, bool *tooDeep = nullptr);

QString isoUtc(qint64 msecsSinceEpoch);
QString newUuid();
QByteArray randomToken(int bytes); // base64url, no padding

} // namespace cw::sandbox
