#pragma once
#include "sandbox/SandboxServer.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QList>
#include <QPair>
#include <QProcess>
#include <QSslConfiguration>
#include <QStringList>
#include <QTemporaryDir>

class QNetworkAccessManager;

// Test fixture: runs the clusterwright-sandbox executable ($CW_SANDBOX_BIN) with a private
// state directory under $CW_TEST_TMPDIR and talks to it. Waits use a test-only event loop.
namespace cw::test {

struct HttpResult {
    int status = 0; // 0 = no HTTP answer (connection error)
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QString networkError;
    QByteArray header(QByteArrayView name) const;
    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
};

class SandboxProcess {
public:
    SandboxProcess();
    ~SandboxProcess();

    // Starts the sandbox (adds --port 0 --state-dir <dir> and --speed 0.01 unless given).
    // Calling start() again after stop() reuses the same state directory.
    bool start(const QStringList &extraArgs = {}, int timeoutMs = 20000);
    cw::sandbox::SandboxEndpoint endpoint() const { return m_endpoint; }
    QString stateDir() const { return m_stateDir; }
    QJsonDocument readyLine() const { return m_ready; }
    // Writes the ready line (and a newline) to `path`, as `clusterwright-sandbox > file` would:
    // the CLI's `login sandbox --endpoint-file` and the app's --sandbox-endpoint read it.
    bool writeEndpointFile(const QString &path) const;

    // This start's control-API token (also in endpoint().controlToken and the state directory's
    // control-token file).
    QString controlToken() const { return m_endpoint.controlToken; }
    // A control-API call (path with or without the /_sandbox prefix), with the control token.
    QJsonDocument control(QByteArray method, QString path, QJsonDocument body = {});
    QJsonArray requests();
    int countRequests(QByteArray method, QString pathRegex);

    // Runs `python tests/integration/sandbox/<scriptName>` with the sandbox's address, CA and
    // service principal in SANDBOX_* (and REQUESTS_CA_BUNDLE), as the official SDK's scripts read
    // them; stdout and stderr merged. exitCode is -1 when it did not finish within timeoutMs.
    struct ScriptRun {
        int exitCode = -1;
        QByteArray output;
    };
    ScriptRun runSdkScript(const QString &python, const QString &scriptName, int timeoutMs = 120000) const;

    void stop(); // SIGTERM, waits for exit (state written)
    void kill();

    // HTTPS helpers trusting the sandbox CA (never disabling verification). A /_sandbox call
    // without an Authorization header gets the control token.
    QSslConfiguration sslConfiguration() const;
    HttpResult call(const QByteArray &method, const QString &pathOrUrl, const QByteArray &body = {},
                    const QList<QPair<QByteArray, QByteArray>> &headers = {}, int timeoutMs = 15000);
    // A client-credentials token for the sandbox service principal (cached).
    QString accessToken();
    // call() with Authorization: Bearer <accessToken()> and JSON content type.
    HttpResult arm(const QByteArray &method, const QString &pathOrUrl, const QByteArray &body = {});

private:
    QProcess m_process;
    QString m_stateDir;
    QJsonDocument m_ready;
    cw::sandbox::SandboxEndpoint m_endpoint;
    QString m_token;
    QNetworkAccessManager *m_nam = nullptr;
};

} // namespace cw::test
