// Runs full flows with HTTP tracing and debug logging on, then scans every file written under
// the test's HOME / XDG directories and all captured log output for the access token, the
// refresh token, the client secret and private key bytes: there must be zero hits.
#include "PipelineFixture.h"

#include "auth/DeviceCodeCredential.h"
#include "secrets/HttpTraceWriter.h"
#include "secrets/SessionSecretStore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLoggingCategory>
#include <QMutex>
#include <QProcess>
#include <QRegularExpression>

using namespace cw;
using namespace cw::test;

namespace {
QMutex g_logMutex;
QByteArray g_captured;
QtMessageHandler g_previous = nullptr;
QFile *g_logFile = nullptr;

void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&g_logMutex);
        const QByteArray line = QByteArray(context.category ? context.category : "default") + ": " + message.toUtf8() + '\n';
        g_captured += line;
        if (g_logFile) {
            g_logFile->write(line);
            g_logFile->flush();
        }
    }
    if (g_previous)
        g_previous(type, context, message); // still reaches ctest's captured stderr
}

QString env(const char *name)
{
    return qEnvironmentVariable(name);
}
} // namespace

class TestLeak : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void runFlows();
    void scanForSecrets();
    void cleanupTestCase();

private:
    bool makeKeyPair();
    SandboxProcess m_sandbox;
    QByteArray m_keyPem;
    QByteArray m_certPem;
    QList<QPair<QByteArray, QByteArray>> m_needles; // (what, bytes)
    QString m_tracePath;
};

bool TestLeak::makeKeyPair()
{
    const QString dir = env("CW_TEST_TMPDIR") + QStringLiteral("/input"); // outside HOME/XDG: the input itself
    QDir().mkpath(dir);
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                   QStringLiteral("-nodes"), QStringLiteral("-keyout"), dir + QStringLiteral("/key.pem"),
                   QStringLiteral("-out"), dir + QStringLiteral("/cert.pem"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=www.contoso.com"), QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=DNS:www.contoso.com"), QStringLiteral("-days"), QStringLiteral("30")});
    if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0)
        return false;
    QFile key(dir + QStringLiteral("/key.pem"));
    QFile cert(dir + QStringLiteral("/cert.pem"));
    if (!key.open(QIODevice::ReadOnly) || !cert.open(QIODevice::ReadOnly))
        return false;
    m_keyPem = key.readAll();
    m_certPem = cert.readAll();
    return true;
}

void TestLeak::initTestCase()
{
    registerPipelineTypes();
    qRegisterMetaType<cw::arm::LroResult>();
    qRegisterMetaType<cw::auth::DeviceCodeInfo>();
    // Debug logging on for every area, into a log file under XDG_STATE_HOME and the capture.
    const QString stateDir = env("XDG_STATE_HOME") + QStringLiteral("/clusterwright");
    QDir().mkpath(stateDir);
    g_logFile = new QFile(stateDir + QStringLiteral("/debug.log"));
    QVERIFY(g_logFile->open(QIODevice::WriteOnly));
    g_previous = qInstallMessageHandler(capture);
    m_tracePath = stateDir + QStringLiteral("/http-trace.log");
    QVERIFY(makeKeyPair());
    QVERIFY(m_sandbox.start());
}

void TestLeak::runFlows()
{
    auto tracer = secrets::HttpTraceWriter::open(m_tracePath);
    QVERIFY(tracer);
    const auto ep = m_sandbox.endpoint();

    // 1. Service principal: list, create with a TLS certificate and key, wait, listKeys.
    auto credential = sandboxCredential(m_sandbox);
    credential->setTracer(tracer);
    auto connection = sandboxConnection(m_sandbox, credential);
    connection->setTracer(tracer);
    QVERIFY(sendAndWait(*connection, get(kWorkspacePath + QStringLiteral("/computes"))).ok());

    nlohmann::json body = aksCreateBody();
    body["properties"]["properties"]["sslConfiguration"] = {{"status", "Enabled"},
                                                            {"cert", m_certPem.toStdString()},
                                                            {"key", m_keyPem.toStdString()},
                                                            {"cname", "www.contoso.com"}};
    arm::ArmRequest create;
    create.method = "PUT";
    create.pathOrUrl = kWorkspacePath + QStringLiteral("/computes/leakcheck");
    create.apiVersion = kApi;
    create.body = body;
    create.isCreate = true;
    const auto answer = sendAndWait(*connection, create);
    QVERIFY2(answer.httpStatus == 200 || answer.httpStatus == 201,
             answer.error ? qPrintable(answer.error->rawDetail()) : "no answer");
    auto *poller = arm::LroPoller::fromResponse(connection.get(), create, answer, this);
    poller->setDefaultIntervalMs(200);
    QSignalSpy done(poller, &arm::LroPoller::finished);
    poller->start();
    QVERIFY(done.wait(60000));

    arm::ArmRequest listKeys;
    listKeys.method = "POST";
    listKeys.pathOrUrl = kWorkspacePath + QStringLiteral("/computes/leakcheck/listKeys");
    listKeys.apiVersion = kApi;
    const auto keys = sendAndWait(*connection, listKeys);
    QVERIFY2(keys.ok(), keys.error ? qPrintable(keys.error->rawDetail()) : "no answer");
    const QString kubeconfig = QString::fromStdString(keys.json().value("userKubeConfig", std::string()));
    const auto keyData = QRegularExpression(QStringLiteral("client-key-data:\\s*(\\S+)")).match(kubeconfig);
    if (keyData.hasMatch())
        m_needles.append({"kubeconfig client key", keyData.captured(1).toUtf8()});

    // The access token the connection used (same cache).
    QSignalSpy tokenSpy(credential->requestToken(connection->environment().armScope()), &auth::TokenJob::finished);
    QVERIFY(tokenSpy.wait(10000));
    const auto token = tokenSpy.at(0).at(0).value<auth::TokenResult>();
    QVERIFY(token.ok());
    m_needles.append({"access token", token.token.token});

    // 2. A failing sign-in with a wrong secret (its error details are logged).
    auto wrong = std::make_shared<auth::SandboxCredential>(ep.baseUrl, ep.caFile, ep.tenantId, ep.clientId,
                                                           "wrong-secret-value-123");
    wrong->setTracer(tracer);
    auto wrongConnection = sandboxConnection(m_sandbox, wrong);
    QVERIFY(sendAndWait(*wrongConnection, get(kWorkspacePath)).error.has_value());
    m_needles.append({QByteArray("wrong client secret"), QByteArray("wrong-secret-value-123")});

    // 3. Device code sign-in with a refresh token kept in the (session) secret store.
    m_sandbox.control("POST", QStringLiteral("/_sandbox/settings"),
                      jsonDoc(R"({"deviceCodeAutoApprove":true,"deviceCodeIntervalSeconds":1})"));
    secrets::SessionSecretStore store;
    auto device = std::make_shared<auth::DeviceCodeCredential>(connection->environment(), ep.tenantId, QString(), &store,
                                                               QStringLiteral("leak@sandbox"));
    device->setTracer(tracer);
    auto deviceConnection = sandboxConnection(m_sandbox, device);
    deviceConnection->setTracer(tracer);
    const auto viaDevice = sendAndWait(*deviceConnection, get(kWorkspacePath));
    QVERIFY2(viaDevice.ok(), viaDevice.error ? qPrintable(viaDevice.error->rawDetail()) : "no answer");
    QSignalSpy refresh(store.read(device->refreshTokenKey()), &secrets::SecretJob::finished);
    QVERIFY(refresh.wait(2000));
    const auto refreshToken = refresh.at(0).at(0).value<secrets::SecretResult>();
    QVERIFY(refreshToken.ok());
    m_needles.append({"refresh token", refreshToken.data});

    m_needles.append({"client secret", ep.clientSecret.toUtf8()});
    // Private key bytes: every full base64 line of the PEM body.
    for (const QByteArray &line : m_keyPem.split('\n')) {
        if (line.size() >= 40 && !line.startsWith("-----"))
            m_needles.append({"private key line", line});
    }
    // And the key as base64 of the whole PEM (how Kubernetes secrets and kubeconfigs carry it).
    m_needles.append({"private key base64", m_keyPem.toBase64().left(60)});
}

void TestLeak::scanForSecrets()
{
    QVERIFY(m_needles.size() >= 6);
    qInstallMessageHandler(g_previous);
    {
        QMutexLocker lock(&g_logMutex);
        g_logFile->close();
    }
    // The trace must really have recorded the flows, with redaction markers.
    QFile traceFile(m_tracePath);
    QVERIFY(traceFile.open(QIODevice::ReadOnly));
    const QByteArray trace = traceFile.readAll();
    QVERIFY(trace.contains("Authorization: Bearer ***"));
    QVERIFY(trace.contains("client_secret=***"));
    QVERIFY(trace.contains("listKeys"));
    QVERIFY(g_captured.contains("cw.arm"));
    QVERIFY(g_captured.contains("cw.auth"));

    QStringList roots;
    for (const char *name : {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME",
                             "XDG_RUNTIME_DIR"})
        roots << env(name);
    int filesScanned = 0;
    QStringList hits;
    for (const QString &root : std::as_const(roots)) {
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray content = file.readAll();
            ++filesScanned;
            for (const auto &[what, needle] : std::as_const(m_needles)) {
                if (!needle.isEmpty() && content.contains(needle))
                    hits << QStringLiteral("%1 in %2").arg(QString::fromUtf8(what), path);
            }
        }
    }
    for (const auto &[what, needle] : std::as_const(m_needles)) {
        if (g_captured.contains(needle))
            hits << QStringLiteral("%1 in captured log output").arg(QString::fromUtf8(what));
    }
    QVERIFY(filesScanned >= 2); // at least the trace and the debug log
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));
}

void TestLeak::cleanupTestCase()
{
    qInstallMessageHandler(g_previous);
    delete g_logFile;
    g_logFile = nullptr;
}

int main(int argc, char **argv)
{
    // Debug logging for every cw.* category; the environment beats setFilterRules(), and the
    // test harness sets cw.*.debug=false there, so override it before the application exists.
    qputenv("QT_LOGGING_RULES", "cw.*.debug=true");
    QCoreApplication app(argc, argv);
    TestLeak test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_leak.moc"
