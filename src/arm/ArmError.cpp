#include "arm/ArmError.h"

#include "arm/SpecificErrorCode.h"
#include "auth/AuthError.h"
#include "common/JsonFields.h"
#include "common/JsonNesting.h"
#include "common/NumberCast.h"
#include "secrets/Redaction.h"

#include <QCoreApplication>
#include <QStringList>

namespace cw::arm {

namespace {
// "Microsoft.MachineLearningServices" from "...resource provider 'X'..." style messages.
QString quotedName(const QString &message)
{
    const qsizetype open = message.indexOf(QLatin1Char('\''));
    const qsizetype close = open >= 0 ? message.indexOf(QLatin1Char('\''), open + 1) : -1;
    return close > open ? message.mid(open + 1, close - open - 1) : QString();
}
} // namespace

ArmError ArmError::make(Kind kind, QString code, QString message, QString extraDetail)
{
    ArmError error;
    error.kind = kind;
    error.code = std::move(code);
    error.message = std::move(message);
    error.extraDetail = secrets::redact::text(extraDetail);
    return error;
}

ArmError ArmError::fromArmErrorObject(const nlohmann::json &object)
{
    ArmError error;
    error.code = jsonfields::string(object, "code");
    error.message = secrets::redact::text(jsonfields::string(object, "message"));
    error.target = jsonfields::string(object, "target");
    if (const auto *details = jsonfields::find(object, "details"); details && details->is_array()) {
        for (const auto &item : *details) {
            if (item.is_object())
                error.details.push_back(fromArmErrorObject(item));
        }
    }
    if (const auto *info = jsonfields::find(object, "additionalInfo"); info && info->is_array())
        error.additionalInfo = *info;
    // Azure ML's {"code":"UserError","details":[{"code":"QuotaExceeded"}]}: the app's sentences
    // and decisions key on the specific code; the wrapper is kept for the details.
    if (const QString specific = specificErrorCode(object); !specific.isEmpty()) {
        error.wrapperCode = error.code;
        error.code = specific;
    }
    return error;
}

ArmError ArmError::fromKubernetesStatus(const nlohmann::json &status)
{
    ArmError error;
    error.code = jsonfields::string(status, "reason");
    error.message = secrets::redact::text(jsonfields::string(status, "message"));
    // Checked, not cast: {"code": 1e300} would be undefined behaviour.
    if (const auto code = jsonfields::numberOrNumericString(status, "code"))
        error.httpStatus = exactIntegerFromDouble<int>(*code).value_or(0);
    if (const auto *details = jsonfields::find(status, "details"); details && details->is_object()) {
        error.target = jsonfields::string(*details, "name");
        if (const auto *causes = jsonfields::find(*details, "causes"); causes && causes->is_array()) {
            for (const auto &cause : *causes) {
                ArmError detail;
                detail.code = jsonfields::string(cause, "reason");
                detail.message = jsonfields::string(cause, "message");
                detail.target = jsonfields::string(cause, "field");
                error.details.push_back(detail);
            }
        }
    }
    return error;
}

ArmError ArmError::fromAuthError(const auth::AuthError &authError)
{
    // A token endpoint that did not answer is not a refused sign-in: its own kind (and exit code).
    ArmError error = make(authError.isServiceUnavailable() ? Kind::Unavailable : Kind::Authentication,
                          authError.code, authError.message, authError.rawDetail);
    error.httpStatus = authError.httpStatus;
    return error;
}

ArmError ArmError::fromHttp(int httpStatus, const QByteArray &body)
{
    ArmError error;
    const auto parsed = parseBoundedJson(body);
    if (parsed.is_object()) {
        const auto &object = parsed;
        const auto *inner = jsonfields::find(object, "error");
        if (inner && inner->is_object()) {
            error = fromArmErrorObject(*inner);
        } else if (jsonfields::string(object, "kind") == QLatin1String("Status")) {
            error = fromKubernetesStatus(object);
        } else if (inner && inner->is_string()) { // Azure AD shape
            error.code = QString::fromStdString(inner->get<std::string>());
            error.message = secrets::redact::text(jsonfields::string(object, "error_description"));
        } else if (jsonfields::find(object, "code") && jsonfields::find(object, "message")) {
            error = fromArmErrorObject(object); // bare {code, message}
        }
    }
    error.kind = Kind::Http;
    error.httpStatus = httpStatus;
    if (error.code.isEmpty() && error.message.isEmpty() && !body.isEmpty())
        error.extraDetail = secrets::redact::text(QString::fromUtf8(body.left(1000)));
    if (error.code.isEmpty())
        error.code = QStringLiteral("HttpStatus%1").arg(httpStatus);
    return error;
}

QString ArmError::humanMessage() const
{
    const QString serverSays = message.isEmpty() ? QString() : QStringLiteral(" ") + message;
    switch (kind) {
    case Kind::Network:
    case Kind::Tls:
    case Kind::Timeout:
    case Kind::Authentication:
    case Kind::Unavailable:
    case Kind::Refused:
    case Kind::AmbiguousCreate:
    case Kind::Cancelled:
        return message;
    case Kind::Malformed:
        return message.isEmpty() ? tr("Azure sent an answer that could not be read.") : message;
    case Kind::Http:
        break;
    }
    if (code == QLatin1String("MissingSubscriptionRegistration")) {
        const QString provider = quotedName(message);
        return tr("The resource provider %1 is not registered for this subscription; register it and try again.")
            .arg(provider.isEmpty() ? tr("for this resource type") : provider);
    }
    if (code == QLatin1String("RequestDisallowedByPolicy"))
        return tr("An Azure Policy of this subscription forbids this request.") + serverSays;
    if (code == QLatin1String("QuotaExceeded"))
        return tr("The subscription's quota is too small for this request.") + serverSays;
    switch (httpStatus) {
    case 400:
        return tr("Azure refused the request as invalid.") + serverSays;
    case 401:
        return tr("Azure did not accept the sign-in; please sign in again.") + serverSays;
    case 403:
        return tr("You do not have permission for this operation.") + serverSays;
    case 404:
        return tr("The resource was not found.") + serverSays;
    case 409:
        return tr("The request conflicts with the current state of the resource.") + serverSays;
    case 429:
        return tr("Azure is throttling requests; please try again later.") + serverSays;
    default:
        break;
    }
    if (httpStatus >= 500)
        return tr("Azure had an internal problem (HTTP %1).").arg(httpStatus) + serverSays;
    return message.isEmpty() ? tr("The request failed (HTTP %1).").arg(httpStatus) : message;
}

QString ArmError::rawDetail() const
{
    QStringList lines;
    if (httpStatus)
        lines << QStringLiteral("HTTP %1").arg(httpStatus);
    if (!code.isEmpty())
        lines << (wrapperCode.isEmpty() ? QStringLiteral("code: %1").arg(code)
                                        : QStringLiteral("code: %1 (in %2)").arg(code, wrapperCode));
    if (!message.isEmpty())
        lines << QStringLiteral("message: %1").arg(message);
    if (!target.isEmpty())
        lines << QStringLiteral("target: %1").arg(target);
    for (const ArmError &detail : details)
        lines << QStringLiteral("detail: %1: %2%3")
                     .arg(detail.code, detail.message,
                          detail.target.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(detail.target));
    if (additionalInfo.is_array() && !additionalInfo.empty())
        lines << QStringLiteral("additionalInfo: %1").arg(QString::fromStdString(additionalInfo.dump()));
    if (!requestId.isEmpty())
        lines << QStringLiteral("x-ms-request-id: %1").arg(requestId);
    if (!clientRequestId.isEmpty())
        lines << QStringLiteral("x-ms-client-request-id: %1").arg(clientRequestId);
    if (!extraDetail.isEmpty())
        lines << extraDetail;
    return secrets::redact::text(lines.join(QLatin1Char('\n')));
}

} // namespace cw::arm
