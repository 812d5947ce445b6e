#pragma once
#include "auth/CloudEnvironment.h"

#include <QList>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QSslError>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;

// Transport rules shared by the Azure AD client and the ARM pipeline.
namespace cw::auth {

// The calling thread's QNetworkAccessManager for `env`'s TLS trust, shared by the Azure AD client
// and every ARM connection made on that thread with that trust. Qt pools kept-alive connections
// per manager (each manager has its own HTTP thread), so separate managers never reuse each
// other's connections: with one, the TLS connection a token request opened carries the ARM
// requests after it when both are on one host (the sandbox serves Azure AD and ARM on one port),
// and a process starts one HTTP thread instead of one per client. Qt's pool ignores a request's
// TLS configuration when it reuses a connection, so a different trust (another CA file, or other
// contents) gets a manager of its own: a connection verified against one trust never carries a
// request made with another. Deleted when the application object's destruction begins (on the
// main thread: before Qt's TLS backends go) or when its thread finishes. Callers set everything else per request (TLS configuration, redirects, HTTP/2).
QNetworkAccessManager *sharedNetworkAccessManager(const CloudEnvironment &env);

// Opens `connections` TLS connections to `env`'s ARM endpoint ahead of the first requests, on the
// shared manager (the first requests then find them ready instead of each waiting for a handshake
// of its own), one fewer when ARM is on Azure AD's host and port (the sandbox): the token request
// that comes first opens that one. Does nothing for a non-https endpoint.
void preconnectToArm(const CloudEnvironment &env, int connections = 1);

// System CAs plus the environment's extra CA file; peer verification always on.
// On failure (unreadable or empty CA file) returns the default configuration and sets *error.
// The CA file is read at every call (its contents are the trust) but parsed once per contents:
// a session builds its configuration three times (Azure AD client, ARM connection, preconnect).
QSslConfiguration sslConfigurationFor(const CloudEnvironment &env, QString *error = nullptr);

// Loads Qt's TLS backend and OpenSSL (plugin, library, cipher list: 5-8 ms) and, when given, parses
// `caFile`, on a thread of the global pool, so that the GUI thread finds them ready when it builds
// its first session (the app calls it before building the main window). Returns at once.
void prepareTransportInBackground(const QString &caFile = {});

// How many times a CA file's contents were parsed into certificates (tests).
int caParsesForTesting();

// https:// is always allowed; http:// only to a loopback host. Sets *why when refused.
bool isUrlAllowed(const QUrl &url, QString *why = nullptr);

// A human sentence for a failed transfer: TLS errors (with the certificate problems seen),
// refused or dropped connections, timeouts.
QString describeNetworkError(QNetworkReply::NetworkError error, const QString &qtMessage,
                             const QList<QSslError> &sslErrors, bool timedOut);

// True when the request may have reached the server before failing (a retry could repeat it).
bool isAmbiguousNetworkError(QNetworkReply::NetworkError error, bool timedOut);

} // namespace cw::auth
