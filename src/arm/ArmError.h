#pragma once
#include <QCoreApplication>
#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>

#include <vector>

#include <nlohmann/json.hpp>

namespace cw::auth {
struct AuthError;
}

namespace cw::arm {

// An error from ARM ({"error":{code,message,target,details,additionalInfo}}), a Kubernetes
// Status body, Azure AD, or the transport. humanMessage() is the sentence for the UI;
// rawDetail() is everything else for the "Details" expander (already redacted).
struct ArmError {
    enum class Kind {
        Http,            // the server answered with an error status
        Network,         // connection refused, dropped, host not found
        Tls,             // certificate refused
        Timeout,         // no answer within the transfer timeout
        Authentication,  // no token could be obtained: the credential was refused
        Unavailable,     // Azure AD did not answer usably after the retries (network, timeout, 5xx, 429)
        Malformed,       // the answer could not be read
        Refused,         // refused locally (plain http, unreadable CA file, bad URL)
        AmbiguousCreate, // a create PUT failed ambiguously; see ArmResponse::createProbe
        Cancelled,       // stopped by the caller
    };

    Kind kind = Kind::Http;
    QString code;        // the specific code, also when the server wrapped it (see wrapperCode)
    QString wrapperCode; // "UserError" / "ServiceError" when the specific code came from inside
    QString message;
    QString target;
    std::vector<ArmError> details;
    nlohmann::json additionalInfo; // array as sent, or null
    int httpStatus = 0;            // 0 when no HTTP answer
    QString requestId;             // x-ms-request-id (server side)
    QString clientRequestId;       // x-ms-client-request-id (ours)
    QString extraDetail;           // transport text, raw body excerpt, AAD trace ids

    QString humanMessage() const;
    QString rawDetail() const;

    // Parses an error answer. Recognises ARM error bodies (also the bare {code,message} form),
    // Kubernetes Status objects and Azure AD errors; anything else becomes a generic HTTP error
    // quoting a redacted excerpt of the body.
    static ArmError fromHttp(int httpStatus, const QByteArray &body);
    static ArmError fromArmErrorObject(const nlohmann::json &error);
    static ArmError fromKubernetesStatus(const nlohmann::json &status);
    static ArmError fromAuthError(const auth::AuthError &error);
    static ArmError make(Kind kind, QString code, QString message, QString extraDetail = {});

    // tr() in the member functions: the same context lupdate gives them.
    Q_DECLARE_TR_FUNCTIONS(cw::arm::ArmError)
};

} // namespace cw::arm

Q_DECLARE_METATYPE(cw::arm::ArmError)
