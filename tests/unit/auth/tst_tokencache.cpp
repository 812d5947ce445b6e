// The token cache and the shared in-flight fetch of TokenCredential, with a credential whose
// token source is a test double that answers when told to.
#include "auth/TokenCredential.h"

#include <QSignalSpy>
#include <QTest>

using namespace cw::auth;

namespace {
class ScriptedCredential : public TokenCredential
{
public:
    ScriptedCredential()
        : TokenCredential(CloudEnvironment::azureCloud())
    {
    }
    QString displayName() const override { return QStringLiteral("scripted"); }
    void answer(int lifetimeSeconds)
    {
        AccessToken token;
        token.token = "tok-" + QByteArray::number(++issued);
        token.expiresOn = QDateTime::currentDateTimeUtc().addSecs(lifetimeSeconds);
        const auto pending = std::exchange(callbacks, {});
        for (const auto &callback : pending)
            callback(TokenResult::success(token));
    }
    void answerError()
    {
        const auto pending = std::exchange(callbacks, {});
        for (const auto &callback : pending)
            callback(TokenResult::failure(AuthError::make(QStringLiteral("x"), QStringLiteral("failed"))));
    }
    QList<FetchCallback> callbacks;
    int issued = 0;

protected:
    void fetchToken(const QString &, FetchCallback done) override { callbacks.append(std::move(done)); }
};

TokenResult resultOf(QSignalSpy &spy, int index = 0)
{
    return spy.at(index).at(0).value<TokenResult>();
}
} // namespace

class TestTokenCache : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<cw::auth::TokenResult>(); }
    void margin_data();
    void margin();
    void concurrentRequestsShareOneFetch();
    void cachedTokenIsReused();
    void forcedRefreshFetchesAgain();
    void shortLivedTokenIsRefreshedBeforeExpiry();
    void errorsReachEveryWaiter();
};

void TestTokenCache::margin_data()
{
    QTest::addColumn<int>("lifetime");
    QTest::addColumn<qint64>("margin");
    QTest::newRow("1 hour") << 3600 << qint64(300);
    QTest::newRow("10 min") << 600 << qint64(120);
    QTest::newRow("30 s") << 30 << qint64(6);
    QTest::newRow("expired") << -5 << qint64(0);
}

void TestTokenCache::margin()
{
    QFETCH(int, lifetime);
    QFETCH(qint64, margin);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QCOMPARE(TokenCache::refreshMarginSeconds(now, now.addSecs(lifetime)), margin);
}

void TestTokenCache::concurrentRequestsShareOneFetch()
{
    ScriptedCredential credential;
    QSignalSpy first(credential.requestToken(QStringLiteral("s")), &TokenJob::finished);
    QSignalSpy second(credential.requestToken(QStringLiteral("s")), &TokenJob::finished);
    QSignalSpy third(credential.requestToken(QStringLiteral("s"), true), &TokenJob::finished);
    QCOMPARE(credential.fetchCount(), 1);
    QCOMPARE(credential.callbacks.size(), 1);
    credential.answer(3600);
    QTRY_COMPARE(third.size(), 1);
    QCOMPARE(first.size(), 1);
    QCOMPARE(second.size(), 1);
    QCOMPARE(resultOf(first).token.token, QByteArray("tok-1"));
    QCOMPARE(resultOf(third).token.token, QByteArray("tok-1"));
}

void TestTokenCache::cachedTokenIsReused()
{
    ScriptedCredential credential;
    QSignalSpy first(credential.requestToken(QStringLiteral("s")), &TokenJob::finished);
    credential.answer(3600);
    QTRY_COMPARE(first.size(), 1);
    TokenJob *job = credential.requestToken(QStringLiteral("s"));
    QSignalSpy again(job, &TokenJob::finished);
    QVERIFY(again.isEmpty()); // asynchronous even from the cache
    QVERIFY(again.wait(2000));
    QCOMPARE(resultOf(again).token.token, QByteArray("tok-1"));
    QCOMPARE(credential.fetchCount(), 1);
    // another scope is another token
    QSignalSpy other(credential.requestToken(QStringLiteral("other")), &TokenJob::finished);
    QCOMPARE(credential.fetchCount(), 2);
    credential.answer(3600);
    QTRY_COMPARE(other.size(), 1);
}

void TestTokenCache::forcedRefreshFetchesAgain()
{
    ScriptedCredential credential;
    QSignalSpy first(credential.requestToken(QStringLiteral("s")), &TokenJob::finished);
    credential.answer(3600);
    QTRY_COMPARE(first.size(), 1);
    QSignalSpy forced(credential.requestToken(QStringLiteral("s"), true), &TokenJob::finished);
    QCOMPARE(credential.fetchCount(), 2);
    credential.answer(3600);
    QTRY_COMPARE(forced.size(), 1);
    QCOMPARE(resultOf(forced).token.token, QByteArray("tok-2"));
}

void TestTokenCache::shortLivedTokenIsRefreshedBeforeExpiry()
{
    ScriptedCredential credential;
    QSignalSpy first(credential.requestToken(QStringLiteral("s")), &TokenJob::finished);
    credential.answer(2); // margin = 0 s for a 2 s token (lifetime / 5 rounds down)
    QTRY_COMPARE(first.size(), 1);
    QSignalSpy cached(credential.requestToken(QStringLiteral("s")), &TokenJob::finished);
    QTRY_COMPARE(cached.size(), 1);
    QCOMPARE(credential.fetchCount(), 1);
    // After expiry the next request goes to the source again.
    const QDateTime expiry = QDateTime::currentDateTimeUtc().addSecs(2);
    QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentDateTimeUtc() > expiry, 5000);
    credential.requestToken(QStringLiteral("s"));
    QCOMPARE(credential.fetchCount(), 2);
}

void TestTokenCache::errorsReachEveryWaiter()
{
    ScriptedCredential credential;
    QSignalSpy a(credential.requestToken(QStringLiteral("s")), &TokenJob::finished);
    QSignalSpy b(credential.requestToken(QStringLiteral("s")), &TokenJob::finished);
    credential.answerError();
    QTRY_COMPARE(b.size(), 1);
    QCOMPARE(a.size(), 1);
    QVERIFY(!resultOf(a).ok());
    QCOMPARE(resultOf(b).error.message, QStringLiteral("failed"));
    // a failure is not cached
    credential.requestToken(QStringLiteral("s"));
    QCOMPARE(credential.fetchCount(), 2);
}

QTEST_GUILESS_MAIN(TestTokenCache)
#include "tst_tokencache.moc"
