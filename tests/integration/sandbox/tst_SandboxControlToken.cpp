// The control API (/_sandbox/...) needs this start's random token: without it, or with a wrong
// one (another start's, or an ARM access token), a call gets 401 and is not executed. The token
// is in the ready line and in a 0600 file of the state directory, and changes on each start.
#include "SandboxTestUtil.h"

#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTimer>

using namespace cw::test;

class TestSandboxControlToken : public QObject {
    Q_OBJECT
    SandboxProcess m_sbx;
    QNetworkAccessManager m_nam;

    // A control call exactly as given: `authorization` null = no Authorization header at all.
    HttpResult raw(const QByteArray &method, const QString &path, const QByteArray &body,
                   const QByteArray &authorization)
    {
        QNetworkRequest request(QUrl(m_sbx.endpoint().baseUrl.toString() + path));
        request.setSslConfiguration(m_sbx.sslConfiguration());
        request.setRawHeader("Content-Type", "application/json");
        if (!authorization.isNull())
            request.setRawHeader("Authorization", authorization);
        QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
        QEventLoop loop;
        QTimer::singleShot(15000, &loop, &QEventLoop::quit);
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        if (!reply->isFinished())
            loop.exec();
        HttpResult result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        result.headers = reply->rawHeaderPairs();
        reply->deleteLater();
        return result;
    }

    int pageSize() { return m_sbx.control("GET", QStringLiteral("/settings")).object().value(QStringLiteral("pageSize")).toInt(); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_sbx.start({QStringLiteral("--fresh")})); }

    void tokenInTheReadyLineAndAPrivateFile()
    {
        const QString token = m_sbx.readyLine().object().value(QStringLiteral("controlToken")).toString();
        // 32 random bytes, hex.
        QVERIFY2(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(token).hasMatch(), qPrintable(token));
        QCOMPARE(m_sbx.controlToken(), token);
        QFile file(m_sbx.stateDir() + QStringLiteral("/control-token"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromLatin1(file.readAll().trimmed()), token);
        QCOMPARE(QFileInfo(file).permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFile::Permissions());
    }

    void callsWithoutTheRightTokenAreRefusedAndNotExecuted_data()
    {
        QTest::addColumn<QByteArray>("authorization");
        QTest::newRow("no header") << QByteArray();
        QTest::newRow("empty") << QByteArrayLiteral("");
        QTest::newRow("Bearer without token") << QByteArrayLiteral("Bearer ");
        QTest::newRow("wrong token, same length") << QByteArray("Bearer " + QByteArray(64, 'a'));
        QTest::newRow("token without Bearer") << QByteArray(); // filled in below
        QTest::newRow("token prefix") << QByteArray();         // filled in below
        QTest::newRow("ARM access token") << QByteArray();     // filled in below
    }

    void callsWithoutTheRightTokenAreRefusedAndNotExecuted()
    {
        QFETCH(QByteArray, authorization);
        const QByteArray token = m_sbx.controlToken().toLatin1();
        const QByteArray row = QTest::currentDataTag();
        if (row == "token without Bearer")
            authorization = token;
        else if (row == "token prefix")
            authorization = "Bearer " + token.left(63);
        else if (row == "ARM access token")
            authorization = "Bearer " + m_sbx.accessToken().toLatin1();
        const int before = pageSize();
        const HttpResult refused = raw("POST", QStringLiteral("/_sandbox/settings"), R"({"pageSize":7})", authorization);
        QCOMPARE(refused.status, 401);
        QVERIFY(!refused.header("WWW-Authenticate").isEmpty());
        QVERIFY(!refused.body.contains(token)); // the answer never tells the token
        QCOMPARE(pageSize(), before);           // not executed
        QCOMPARE(raw("GET", QStringLiteral("/_sandbox/requests"), {}, authorization).status, 401);
        QCOMPARE(raw("POST", QStringLiteral("/_sandbox/computes/bulk"), R"({"count":3})", authorization).status, 401);
        QCOMPARE(m_sbx.arm("GET", computePath(m_sbx, QStringLiteral("bulk-00001"))).status, 404);
    }

    void theRightTokenIsAccepted()
    {
        const QByteArray bearer = "Bearer " + m_sbx.controlToken().toLatin1();
        const HttpResult ok = raw("POST", QStringLiteral("/_sandbox/settings"), R"({"pageSize":7})", bearer);
        QCOMPARE(ok.status, 200);
        QCOMPARE(pageSize(), 7);
        QCOMPARE(raw("POST", QStringLiteral("/_sandbox/settings"), R"({"pageSize":100})", bearer).status, 200);
    }

    void eachStartHasItsOwnToken()
    {
        const QByteArray previous = m_sbx.controlToken().toLatin1();
        m_sbx.stop();
        QVERIFY(m_sbx.start());
        QVERIFY(!m_sbx.controlToken().isEmpty());
        QVERIFY(m_sbx.controlToken().toLatin1() != previous);
        QCOMPARE(raw("GET", QStringLiteral("/_sandbox/settings"), {}, "Bearer " + previous).status, 401);
        QCOMPARE(raw("GET", QStringLiteral("/_sandbox/settings"), {}, "Bearer " + m_sbx.controlToken().toLatin1()).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestSandboxControlToken)
#include "tst_SandboxControlToken.moc"
