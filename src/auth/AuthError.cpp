#include "auth/AuthError.h"
#include "auth/AuthTr.h"

#include "common/JsonFields.h"
#include "common/JsonNesting.h"
#include "secrets/Redaction.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <nlohmann/json.hpp>

namespace cw::auth {

namespace {

// A human sentence for the AAD error and the AADSTS code inside its description.
QString sentenceFor(const QString &error, const QString &description, int status)
{
    static const QRegularExpression aadsts(QStringLiteral("AADSTS(\\d+)"));
    const auto match = aadsts.match(description);
    const QString sts = match.hasMatch() ? match.captured(1) : QString();

    if (sts == QLatin1String("7000215") || sts == QLatin1String("7000222"))
        return tr("The client secret is wrong or has expired.");
    if (sts == QLatin1String("700016"))
        return tr("The application (client id) was not found in this tenant.");
    if (sts == QLatin1String("90002") || sts == QLatin1String("900023"))
        return tr("The tenant was not found; check the tenant id or domain.");
    if (sts == QLatin1String("50076") || sts == QLatin1String("50079"))
        return tr("Multi-factor authentication is required; sign in with the device code.");
    if (error == QLatin1String("invalid_client"))
        return tr("The client id or client secret was refused.");
    if (error == QLatin1String("unauthorized_client"))
        return tr("This application may not use this sign-in method in the tenant.");
    if (error == QLatin1String("invalid_grant"))
        return tr("The saved sign-in is no longer valid; please sign in again.");
    if (error == QLatin1String("invalid_scope"))
        return tr("The requested permission scope was refused.");
    if (error == QLatin1String("invalid_request"))
        return tr("Azure AD refused the sign-in request as malformed.");
    if (error == QLatin1String("authorization_declined"))
        return tr("The sign-in was declined.");
    if (error == QLatin1String("expired_token"))
        return tr("The device code expired before the sign-in was completed; please start again.");
    if (error == QLatin1String("bad_verification_code"))
        return tr("The device code was not recognised; please start the sign-in again.");
    if (error == QLatin1String("authorization_pending"))
        return tr("Waiting for the sign-in to be completed in the browser.");
    if (error == QLatin1String("slow_down"))
        return tr("Azure AD asked to poll more slowly.");
    if (error == QLatin1String("temporarily_unavailable") || status >= 500)
        return tr("Azure AD is temporarily unavailable; please try again.");
    return tr("Sign-in failed (%1).").arg(error.isEmpty() ? QString::number(status) : error);
}
} // namespace

AuthError AuthError::make(const QString &code, const QString &message, const QString &rawDetail)
{
    AuthError error;
    error.code = code;
    error.message = message;
    error.rawDetail = secrets::redact::text(rawDetail);
    return error;
}

AuthError AuthError::fromAadResponse(int httpStatus, const QByteArray &body)
{
    AuthError result;
    result.httpStatus = httpStatus;
    const auto json = parseBoundedJson(body);
    QString description;
    if (const auto *armError = jsonfields::object(json, "error")) { // ARM-shaped error
        result.code = jsonfields::string(*armError, "code");
        description = jsonfields::string(*armError, "message");
    } else {
        result.code = jsonfields::string(json, "error");
    }
    description = jsonfields::string(json, "error_description", jsonfields::Keys::Exact, description);
    if (result.code.isEmpty())
        result.code = QStringLiteral("http_%1").arg(httpStatus);
    result.message = sentenceFor(result.code, description, httpStatus);
    QString raw = QStringLiteral("HTTP %1").arg(httpStatus);
    if (!description.isEmpty())
        raw += QStringLiteral("\n") + description;
    if (json.is_object()) {
        for (const char *field : {"error_codes", "trace_id", "correlation_id", "timestamp"}) {
            if (json.contains(field))
                raw += QStringLiteral("\n%1: %2").arg(QLatin1String(field), QString::fromStdString(json[field].dump()));
        }
    } else if (!body.isEmpty()) {
        raw += QStringLiteral("\n") + QString::fromUtf8(body.left(2000));
    }
    result.rawDetail = secrets::redact::text(raw);
    return result;
}

} // namespace cw::auth
