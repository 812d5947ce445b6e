#pragma once
#include "auth/CloudEnvironment.h"

#include <QList>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QSslError>
#include <QString>
#include <QUrl>

// Transport rules shared by the Azure AD client and the ARM pipeline.
namespace cw::auth {

// System CAs plus the environment's extra CA file; peer verification always on.
// On failure (unreadable or empty CA file) returns the default configuration and sets *error.
QSslConfiguration sslConfigurationFor(const CloudEnvironment &env, QString *error = nullptr);

// https:// is always allowed; http:// only to a loopback host. Sets *why when refused.
bool isUrlAllowed(const QUrl &url, QString *why = nullptr);

// A human sentence for a failed transfer: TLS errors (with the certificate problems seen),
// refused or dropped connections, timeouts.
QString describeNetworkError(QNetworkReply::NetworkError error, const QString &qtMessage,
                             const QList<QSslError> &sslErrors, bool timedOut);

// True when the request may have reached the server before failing (a retry could repeat it).
bool isAmbiguousNetworkError(QNetworkReply::NetworkError error, bool timedOut);

} // namespace cw::auth
