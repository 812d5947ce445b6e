#include "auth/DeviceCodeReply.h"

#include "auth/AadClient.h"
#include "common/JsonFields.h"

#include <QCoreApplication>

#include <algorithm>

namespace cw::auth {

namespace {

// An integer field (number or numeric string) clamped to [low, high]; `fallback` when absent
// or unreadable. Read at full width first: narrowing 4294967301 to int would give 5.
int boundedIntField(const nlohmann::json &body, const char *name, int fallback, int low, int high)
{
    const auto it = body.find(name);
    if (it == body.end())
        return fallback;
    qint64 value = fallback;
    if (it->is_number_unsigned()) {
        value = qint64(std::min<quint64>(it->get<quint64>(), quint64(high)));
    } else if (it->is_number_integer()) {
        value = it->get<qint64>();
    } else if (it->is_string()) {
        bool ok = false;
        const qint64 parsed = QString::fromStdString(it->get<std::string>()).toLongLong(&ok);
        if (ok)
            value = parsed;
    }
    return int(std::clamp<qint64>(value, low, high));
}

} // namespace

DeviceCodeReply readDeviceCodeReply(const AadReply &reply)
{
    DeviceCodeReply result;
    if (!reply.isHttpSuccess()) {
        result.error = reply.error();
        return result;
    }
    const nlohmann::json &body = reply.body;
    result.info.userCode = jsonfields::string(body, "user_code");
    result.info.verificationUri = QUrl(jsonfields::string(body, "verification_uri"));
    result.info.message = jsonfields::string(body, "message");
    result.info.expiresInSeconds = boundedIntField(body, "expires_in", 900, 0, 24 * 3600);
    result.info.intervalSeconds = boundedIntField(body, "interval", 5, 1, 3600);
    result.deviceCode = jsonfields::string(body, "device_code").toUtf8();
    if (result.deviceCode.isEmpty() || result.info.userCode.isEmpty()) {
        result = {};
        result.error = AuthError::make(
            QStringLiteral("malformed_response"),
            QCoreApplication::translate("cw::auth", "Azure AD did not send a usable device code."));
        return result;
    }
    if (result.info.message.isEmpty())
        result.info.message = QCoreApplication::translate("cw::auth", "To sign in, open %1 and enter the code %2.")
                                  .arg(result.info.verificationUri.toString(), result.info.userCode);
    return result;
}

} // namespace cw::auth
