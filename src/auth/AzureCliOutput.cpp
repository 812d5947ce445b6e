#include "auth/AzureCliOutput.h"
#include "auth/AuthTr.h"
#include "common/JsonNesting.h"

#include "secrets/Redaction.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

namespace cw::auth {

namespace {
QDateTime parseLocalExpiresOn(QString text)
{
    // The CLI prints local time with microseconds ("2026-11-27 05:12:00.123456"); the fraction
    // does not matter for a refresh decision.
    const qsizetype dot = text.indexOf(QLatin1Char('.'));
    if (dot > 0)
        text.truncate(dot);
    QDateTime parsed = QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (parsed.isValid()) {
        parsed.setTimeSpec(Qt::LocalTime);
        return parsed.toUTC();
    }
    const QDateTime iso = QDateTime::fromString(text, Qt::ISODate);
    return iso.isValid() ? iso.toUTC() : QDateTime();
}
} // namespace

TokenResult parseAzureCliTokenOutput(const QByteArray &stdoutBytes)
{
    const auto json = parseBoundedJson(stdoutBytes);
    if (!json.is_object() || !json.contains("accessToken") || !json["accessToken"].is_string()) {
        return TokenResult::failure(AuthError::make(QStringLiteral("azure_cli_output"),
                                                    tr("The Azure CLI printed something that is not a token."),
                                                    QString::fromUtf8(stdoutBytes.left(300))));
    }
    AccessToken token;
    token.token = QByteArray::fromStdString(json["accessToken"].get<std::string>());
    if (json.contains("expires_on")) {
        const auto &value = json["expires_on"];
        qint64 epoch = 0;
        if (value.is_number_integer())
            epoch = value.get<qint64>();
        else if (value.is_string())
            epoch = QString::fromStdString(value.get<std::string>()).toLongLong();
        if (epoch > 0)
            token.expiresOn = QDateTime::fromSecsSinceEpoch(epoch, Qt::UTC);
    }
    if (!token.expiresOn.isValid() && json.contains("expiresOn") && json["expiresOn"].is_string())
        token.expiresOn = parseLocalExpiresOn(QString::fromStdString(json["expiresOn"].get<std::string>()));
    if (token.token.isEmpty() || !token.expiresOn.isValid()) {
        return TokenResult::failure(AuthError::make(QStringLiteral("azure_cli_output"),
                                                    tr("The Azure CLI token has no readable expiry time.")));
    }
    return TokenResult::success(token);
}

AuthError azureCliFailure(int exitCode, const QByteArray &stderrBytes)
{
    const QString err = QString::fromUtf8(stderrBytes);
    QString message;
    if (err.contains(QLatin1String("az login")))
        message = tr("The Azure CLI is not signed in; run \"az login\" and try again.");
    else
        message = tr("The Azure CLI could not provide a token (exit code %1).").arg(exitCode);
    return AuthError::make(QStringLiteral("azure_cli_failed"), message, err.left(2000));
}

} // namespace cw::auth
