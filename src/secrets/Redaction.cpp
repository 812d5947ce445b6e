#include "secrets/Redaction.h"
#include "common/JsonNesting.h"

#include <QRegularExpression>
#include <QUrlQuery>

#include <nlohmann/json.hpp>

namespace cw::secrets::redact {

namespace {

const QRegularExpression &pemBlock()
{
    static const QRegularExpression re(
        QStringLiteral("-----BEGIN ([A-Z0-9 ]+)-----[\\s\\S]*?(-----END \\1-----|$)"));
    return re;
}

const QRegularExpression &jwt()
{
    // header.payload[.signature] of a JSON Web Token: base64url of '{"' starts with "eyJ".
    static const QRegularExpression re(
        QStringLiteral("eyJ[A-Za-z0-9_-]{6,}\\.[A-Za-z0-9_-]{6,}(\\.[A-Za-z0-9_-]*)?"));
    return re;
}

const QRegularExpression &namedPair()
{
    // access_token=..., "client_secret": "...", refresh_token: ... in free text.
    static const QRegularExpression re(
        QStringLiteral("(\"?(?:access_token|refresh_token|id_token|client_secret|device_code|"
                       "password|accessToken|refreshToken|clientSecret|client-key-data|"
                       "client-certificate-data|token|secret)\"?\\s*[:=]\\s*\"?)([^\"&\\s,}]+)"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

void redactJson(nlohmann::json &node, bool everyString)
{
    if (node.is_object()) {
        for (auto it = node.begin(); it != node.end(); ++it) {
            const QString name = QString::fromStdString(it.key());
            const bool sensitive = isSensitiveName(name);
            // A Kubernetes Secret's "data" (and kubeconfig lists) hold nothing but key material;
            // so do a cluster extension's protected settings (any key: sslKeyPemFile, a password...).
            const bool container = name == QLatin1String("data") || name == QLatin1String("stringData")
                                   || name == QLatin1String("kubeconfigs")
                                   || name.compare(QLatin1String("configurationProtectedSettings"), Qt::CaseInsensitive) == 0;
            if (sensitive && !it.value().is_structured()) {
                if (!it.value().is_null())
                    it.value() = kMask;
            } else {
                redactJson(it.value(), everyString || container || sensitive);
            }
        }
    } else if (node.is_array()) {
        for (auto &item : node)
            redactJson(item, everyString);
    } else if (node.is_string()) {
        if (everyString) {
            node = kMask;
        } else {
            const QString value = QString::fromStdString(node.get<std::string>());
            const QString scrubbed = text(value);
            if (scrubbed != value)
                node = scrubbed.toStdString();
        }
    }
}

bool looksLikeForm(const QByteArray &bytes)
{
    if (bytes.isEmpty() || !bytes.contains('='))
        return false;
    for (char c : bytes) {
        if (c == ' ' || c == '\n' || c == '{' || c == '<')
            return false;
    }
    return true;
}

QByteArray redactForm(const QByteArray &bytes)
{
    QList<QByteArray> fields = bytes.split('&');
    for (QByteArray &field : fields) {
        const qsizetype eq = field.indexOf('=');
        if (eq < 0)
            continue;
        const QString name = QUrl::fromPercentEncoding(field.left(eq));
        if (isSensitiveName(name))
            field = field.left(eq + 1) + kMask;
    }
    return fields.join('&');
}

} // namespace

bool isSensitiveHeader(QByteArrayView name)
{
    const QByteArray lower = name.toByteArray().toLower();
    return lower == "authorization" || lower == "proxy-authorization" || lower == "cookie"
           || lower == "set-cookie" || lower == "x-ms-token" || lower.endsWith("-secret")
           || lower.endsWith("-token") || lower.contains("api-key");
}

QByteArray headerValue(QByteArrayView name, const QByteArray &value)
{
    if (!isSensitiveHeader(name))
        return value;
    const qsizetype space = value.indexOf(' ');
    if (name.compare("authorization", Qt::CaseInsensitive) == 0 && space > 0)
        return value.left(space + 1) + kMask; // keep the scheme: "Bearer ***"
    return kMask;
}

bool isSensitiveName(QStringView name)
{
    const QString lower = name.toString().toLower();
    static const char *const exact[] = {
        "access_token", "refresh_token", "id_token", "client_secret", "device_code", "code",
        "password", "secret", "key", "cert", "certificate", "assertion", "client_assertion",
        "token", "accesstoken", "refreshtoken", "clientsecret", "privatekey", "private_key",
        "userkubeconfig", "adminkubeconfig", "kubeconfig", "client-key-data",
        "client-certificate-data", "sig", "primarykey", "secondarykey"};
    for (const char *candidate : exact) {
        if (lower == QLatin1String(candidate))
            return true;
    }
    return lower.endsWith(QLatin1String("token")) || lower.endsWith(QLatin1String("secret"))
           || lower.endsWith(QLatin1String("password")) || lower.endsWith(QLatin1String("key"))
           || lower.endsWith(QLatin1String("kubeconfig")) || lower.endsWith(QLatin1String("-data"));
}

QByteArray body(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return bytes;
    const auto parsed = parseBoundedJson(bytes);
    if (!parsed.is_discarded() && parsed.is_structured()) {
        nlohmann::json copy = parsed;
        redactJson(copy, false);
        return QByteArray::fromStdString(copy.dump());
    }
    if (looksLikeForm(bytes))
        return redactForm(bytes);
    return text(bytes);
}

QString url(const QUrl &input)
{
    QUrl copy = input;
    copy.setUserInfo({});
    if (copy.hasQuery()) {
        QUrlQuery query(copy);
        const auto items = query.queryItems(QUrl::FullyEncoded);
        QUrlQuery cleaned;
        for (const auto &[name, value] : items)
            cleaned.addQueryItem(name, isSensitiveName(QUrl::fromPercentEncoding(name.toUtf8()))
                                           ? QString::fromLatin1(kMask) : value);
        copy.setQuery(cleaned);
    }
    return copy.toString(QUrl::FullyEncoded);
}

QString text(const QString &input)
{
    QString out = input;
    out.replace(pemBlock(), QStringLiteral("-----BEGIN \\1-----***-----END \\1-----"));
    out.replace(jwt(), QString::fromLatin1(kMask));
    out.replace(namedPair(), QStringLiteral("\\1***"));
    return out;
}

QByteArray text(const QByteArray &input)
{
    return text(QString::fromUtf8(input)).toUtf8();
}

} // namespace cw::secrets::redact
