#include "support/SandboxProcess.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>

namespace cw::test {

QByteArray HttpResult::header(QByteArrayView name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

SandboxProcess::SandboxProcess()
{
    const QString base = qEnvironmentVariable("CW_TEST_TMPDIR", QDir::tempPath());
    m_stateDir = base + QStringLiteral("/sandbox-") + QUuid::createUuid().toString(QUuid::Id128).left(8);
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
}

SandboxProcess::~SandboxProcess()
{
    stop();
    delete m_nam;
}

bool SandboxProcess::writeEndpointFile(const QString &path) const
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    const QByteArray line = m_ready.toJson(QJsonDocument::Compact) + '\n';
    return f.write(line) == line.size() && f.flush();
}

bool SandboxProcess::start(const QStringList &extraArgs, int timeoutMs)
{
    const QString program = qEnvironmentVariable("CW_SANDBOX_BIN");
    if (program.isEmpty()) {
        qWarning("CW_SANDBOX_BIN is not set");
        return false;
    }
    QStringList args = extraArgs;
    if (!args.contains(QStringLiteral("--port")))
        args << QStringLiteral("--port") << QStringLiteral("0");
    if (!args.contains(QStringLiteral("--state-dir")))
        args << QStringLiteral("--state-dir") << m_stateDir;
    if (!args.contains(QStringLiteral("--speed")))
        args << QStringLiteral("--speed") << QStringLiteral("0.01");
    m_token.clear();
    m_ready = {};
    m_process.start(program, args);
    if (!m_process.waitForStarted(timeoutMs))
        return false;
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &loop, [&] {
        if (m_process.canReadLine())
            loop.quit();
    });
    QObject::connect(&m_process, &QProcess::finished, &loop, &QEventLoop::quit);
    timeout.start(timeoutMs);
    if (!m_process.canReadLine())
        loop.exec();
    if (!m_process.canReadLine())
        return false;
    m_ready = QJsonDocument::fromJson(m_process.readLine());
    const QJsonObject o = m_ready.object();
    if (o.value(QStringLiteral("event")).toString() != QLatin1String("ready"))
        return false;
    m_endpoint.baseUrl = QUrl(o.value(QStringLiteral("baseUrl")).toString());
    m_endpoint.port = quint16(o.value(QStringLiteral("port")).toInt());
    m_endpoint.kubePort = quint16(o.value(QStringLiteral("kubePort")).toInt());
    m_endpoint.caFile = o.value(QStringLiteral("caFile")).toString();
    m_endpoint.tenantId = o.value(QStringLiteral("tenantId")).toString();
    m_endpoint.clientId = o.value(QStringLiteral("clientId")).toString();
    m_endpoint.clientSecret = o.value(QStringLiteral("clientSecret")).toString();
    m_endpoint.subscriptionId = o.value(QStringLiteral("subscriptionId")).toString();
    m_endpoint.publicClientId = o.value(QStringLiteral("publicClientId")).toString();
    m_endpoint.controlToken = o.value(QStringLiteral("controlToken")).toString();
    return true;
}

void SandboxProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(10000))
        kill();
}

void SandboxProcess::kill()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(5000);
}

QSslConfiguration SandboxProcess::sslConfiguration() const
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    QFile ca(m_endpoint.caFile);
    if (ca.open(QIODevice::ReadOnly))
        tls.addCaCertificates(QSslCertificate::fromData(ca.readAll(), QSsl::Pem));
    return tls;
}

HttpResult SandboxProcess::call(const QByteArray &method, const QString &pathOrUrl, const QByteArray &body,
                                const QList<QPair<QByteArray, QByteArray>> &headers, int timeoutMs)
{
    if (!m_nam)
        m_nam = new QNetworkAccessManager;
    const QUrl url = pathOrUrl.startsWith(QLatin1String("https://"))
        ? QUrl(pathOrUrl)
        : QUrl(m_endpoint.baseUrl.toString() + pathOrUrl);
    QNetworkRequest request(url);
    request.setSslConfiguration(sslConfiguration());
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    bool authorization = false;
    for (const auto &[name, value] : headers) {
        request.setRawHeader(name, value);
        authorization = authorization || name.compare("Authorization", Qt::CaseInsensitive) == 0;
    }
    // The control API needs this start's token; a test that sets its own Authorization header
    // (a wrong or no token) gets exactly what it asked for.
    if (!authorization && url.path().startsWith(QLatin1String("/_sandbox")))
        request.setRawHeader("Authorization", "Bearer " + m_endpoint.controlToken.toLatin1());
    QNetworkReply *reply = m_nam->sendCustomRequest(request, method, body);
    QEventLoop loop;
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    HttpResult result;
    if (!reply->isFinished()) {
        reply->abort();
        result.networkError = QStringLiteral("timeout");
    }
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    if (reply->error() != QNetworkReply::NoError && result.status == 0)
        result.networkError = reply->errorString();
    reply->deleteLater();
    return result;
}

QString SandboxProcess::accessToken()
{
    if (!m_token.isEmpty())
        return m_token;
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
    form.addQueryItem(QStringLiteral("client_id"), m_endpoint.clientId);
    form.addQueryItem(QStringLiteral("client_secret"), m_endpoint.clientSecret);
    form.addQueryItem(QStringLiteral("scope"), m_endpoint.baseUrl.toString() + QStringLiteral("/.default"));
    const HttpResult result = call("POST", QStringLiteral("/%1/oauth2/v2.0/token").arg(m_endpoint.tenantId),
                                   form.toString(QUrl::FullyEncoded).toUtf8(),
                                   {{"Content-Type", "application/x-www-form-urlencoded"}});
    m_token = result.json().object().value(QStringLiteral("access_token")).toString();
    return m_token;
}

HttpResult SandboxProcess::arm(const QByteArray &method, const QString &pathOrUrl, const QByteArray &body)
{
    const QByteArray bearer = "Bearer " + accessToken().toUtf8();
    return call(method, pathOrUrl, body,
                {{"Authorization", bearer}, {"Content-Type", "application/json"}, {"Accept", "application/json"}});
}

QJsonDocument SandboxProcess::control(QByteArray method, QString path, QJsonDocument body)
{
    const QString full = path.startsWith(QLatin1String("/_sandbox")) ? path : QStringLiteral("/_sandbox") + path;
    // call() adds the control token.
    const HttpResult result = call(method, full, body.isNull() ? QByteArray() : body.toJson(QJsonDocument::Compact),
                                   {{"Content-Type", "application/json"}});
    return result.json();
}

QJsonArray SandboxProcess::requests()
{
    return control("GET", QStringLiteral("/_sandbox/requests")).array();
}

int SandboxProcess::countRequests(QByteArray method, QString pathRegex)
{
    const QRegularExpression pattern(pathRegex);
    int count = 0;
    const QJsonArray all = requests();
    for (const auto &entry : all) {
        const QJsonObject o = entry.toObject();
        if ((method == "*" || o.value(QStringLiteral("method")).toString().toLatin1() == method)
            && pattern.match(o.value(QStringLiteral("path")).toString()).hasMatch())
            ++count;
    }
    return count;
}

SandboxProcess::ScriptRun SandboxProcess::runSdkScript(const QString &python, const QString &scriptName,
                                                      int timeoutMs) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SANDBOX_BASE_URL"), m_endpoint.baseUrl.toString());
    env.insert(QStringLiteral("SANDBOX_CA_FILE"), m_endpoint.caFile);
    env.insert(QStringLiteral("REQUESTS_CA_BUNDLE"), m_endpoint.caFile);
    env.insert(QStringLiteral("SANDBOX_TENANT"), m_endpoint.tenantId);
    env.insert(QStringLiteral("SANDBOX_CLIENT_ID"), m_endpoint.clientId);
    env.insert(QStringLiteral("SANDBOX_CLIENT_SECRET"), m_endpoint.clientSecret);
    env.insert(QStringLiteral("SANDBOX_SUBSCRIPTION"), m_endpoint.subscriptionId);
    QProcess script;
    script.setProcessEnvironment(env);
    script.setProcessChannelMode(QProcess::MergedChannels);
    script.start(python, {qEnvironmentVariable("CW_SOURCE_DIR") + QStringLiteral("/tests/integration/sandbox/") + scriptName});
    ScriptRun run;
    if (script.waitForFinished(timeoutMs))
        run.exitCode = script.exitCode();
    run.output = script.readAll();
    return run;
}

} // namespace cw::test
