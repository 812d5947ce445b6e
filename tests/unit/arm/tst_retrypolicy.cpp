#include "arm/PollSpacing.h"
#include "arm/RetryPolicy.h"
#include "common/RetryEnvironment.h"

#include <QTest>
#include <QSet>

#include <limits>

using namespace cw::arm;

class TestRetryPolicy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void retryAfterValue_data();
    void retryAfterValue();
    void millisecondHeadersWin();
    void headerNamesAreCaseInsensitive();
    void retriableStatus_data();
    void retriableStatus();
    void networkRetryOnlyForIdempotentMethods();
    void ambiguousForCreate_data();
    void ambiguousForCreate();
    void backoffGrowsAndIsCapped();
    void jitterStaysWithinBounds();
    void nextRetryDelayIsBounded();
    void pollDelayIsSpreadAboveTheAskedWait();
    void pollsTakeTurnsSpacedApart();
    void environmentSetsOnlyTheBase();
};

void TestRetryPolicy::retryAfterValue_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<qint64>("expectedMs"); // -1 = none
    QTest::newRow("seconds") << QByteArray("2") << qint64(2000);
    QTest::newRow("zero") << QByteArray("0") << qint64(0);
    QTest::newRow("fraction") << QByteArray("1.5") << qint64(1500);
    QTest::newRow("spaces") << QByteArray("  7 ") << qint64(7000);
    QTest::newRow("negative") << QByteArray("-3") << qint64(-1);
    QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
    QTest::newRow("empty") << QByteArray() << qint64(-1);
    QTest::newRow("http date +30s") << QByteArray("Fri, 27 Nov 2026 05:00:30 GMT") << qint64(30000);
    QTest::newRow("http date in the past") << QByteArray("Fri, 27 Nov 2026 04:59:00 GMT") << qint64(0);
    QTest::newRow("rfc850 date") << QByteArray("Friday, 27-Nov-26 05:01:00 GMT") << qint64(60000);
    // Issue 18: llround() of a value beyond qint64 has no meaningful result (LLONG_MIN on x86,
    // i.e. a negative wait); it now saturates.
    QTest::newRow("beyond qint64") << QByteArray("1e300") << std::numeric_limits<qint64>::max();
}

void TestRetryPolicy::retryAfterValue()
{
    QFETCH(QByteArray, value);
    QFETCH(qint64, expectedMs);
    const QDateTime now(QDate(2026, 11, 27), QTime(5, 0, 0), Qt::UTC);
    const auto parsed = parseRetryAfterValue(value, now);
    if (expectedMs < 0) {
        QVERIFY(!parsed.has_value());
    } else {
        QVERIFY(parsed.has_value());
        QCOMPARE(*parsed, expectedMs);
    }
}

void TestRetryPolicy::millisecondHeadersWin()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    HeaderList headers{{"Retry-After", "10"}, {"retry-after-ms", "250"}};
    QCOMPARE(retryAfterMs(headers, now).value_or(-1), qint64(250));
    headers = {{"Retry-After", "10"}, {"x-ms-retry-after-ms", "1200"}};
    QCOMPARE(retryAfterMs(headers, now).value_or(-1), qint64(1200));
    headers = {{"Retry-After", "10"}, {"retry-after-ms", "bogus"}};
    QCOMPARE(retryAfterMs(headers, now).value_or(-1), qint64(10000));
    QVERIFY(!retryAfterMs({{"Content-Type", "application/json"}}, now).has_value());
}

void TestRetryPolicy::headerNamesAreCaseInsensitive()
{
    QCOMPARE(retryAfterMs({{"RETRY-AFTER", "3"}}, QDateTime::currentDateTimeUtc()).value_or(-1), qint64(3000));
}

void TestRetryPolicy::retriableStatus_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("retriable");
    for (const char *m : {"GET", "PUT", "DELETE", "HEAD"}) {
        for (int s : {408, 429, 500, 502, 503, 504, 507})
            QTest::addRow("%s %d", m, s) << QByteArray(m) << s << true;
        for (int s : {200, 400, 401, 403, 404, 409, 501, 505})
            QTest::addRow("%s %d", m, s) << QByteArray(m) << s << false;
    }
    for (const char *m : {"POST", "PATCH"}) {
        for (int s : {500, 503, 504})
            QTest::addRow("%s %d", m, s) << QByteArray(m) << s << true;
        for (int s : {408, 429, 502, 400, 409})
            QTest::addRow("%s %d", m, s) << QByteArray(m) << s << false;
    }
    QTest::newRow("lower-case get") << QByteArray("get") << 503 << true;
}

void TestRetryPolicy::retriableStatus()
{
    QFETCH(QByteArray, method);
    QFETCH(int, status);
    QFETCH(bool, retriable);
    QCOMPARE(isRetriableStatus(method, status), retriable);
}

void TestRetryPolicy::networkRetryOnlyForIdempotentMethods()
{
    QVERIFY(isRetriableAfterNetworkFailure("GET"));
    QVERIFY(isRetriableAfterNetworkFailure("delete"));
    QVERIFY(isRetriableAfterNetworkFailure("PUT"));
    QVERIFY(!isRetriableAfterNetworkFailure("POST"));
    QVERIFY(!isRetriableAfterNetworkFailure("PATCH"));
}

void TestRetryPolicy::ambiguousForCreate_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("ambiguous");
    QTest::newRow("no answer") << 0 << true;
    QTest::newRow("500") << 500 << true;
    QTest::newRow("502") << 502 << true;
    QTest::newRow("503") << 503 << true;
    QTest::newRow("504") << 504 << true;
    QTest::newRow("429 not processed") << 429 << false;
    QTest::newRow("408 maybe read") << 408 << true;
    QTest::newRow("409") << 409 << false;
}

void TestRetryPolicy::ambiguousForCreate()
{
    QFETCH(int, status);
    QFETCH(bool, ambiguous);
    QCOMPARE(isAmbiguousForCreate(status), ambiguous);
}

void TestRetryPolicy::backoffGrowsAndIsCapped()
{
    RetryOptions options;
    options.baseDelayMs = 800;
    options.maxDelayMs = 5000;
    options.jitter = 0.0;
    QCOMPARE(backoffDelayMs(1, options, 0.5), qint64(800));
    QCOMPARE(backoffDelayMs(2, options, 0.5), qint64(1600));
    QCOMPARE(backoffDelayMs(3, options, 0.5), qint64(3200));
    QCOMPARE(backoffDelayMs(4, options, 0.5), qint64(5000));
    QCOMPARE(backoffDelayMs(60, options, 0.5), qint64(5000));
}

void TestRetryPolicy::jitterStaysWithinBounds()
{
    RetryOptions options;
    options.baseDelayMs = 1000;
    options.jitter = 0.2;
    QCOMPARE(backoffDelayMs(1, options, 0.0), qint64(800));
    QCOMPARE(backoffDelayMs(1, options, 0.5), qint64(1000));
    QCOMPARE(backoffDelayMs(1, options, 1.0), qint64(1200));
    QCOMPARE(backoffDelayMs(1, options, 7.0), qint64(1200)); // out-of-range random is clamped
}

void TestRetryPolicy::pollDelayIsSpreadAboveTheAskedWait()
{
    // Never sooner than asked; at most 10 % later, and at most 1 s later.
    QCOMPARE(spreadPollDelayMs(4000, 0.0), qint64(4000));
    QCOMPARE(spreadPollDelayMs(4000, 0.5), qint64(4200));
    QCOMPARE(spreadPollDelayMs(4000, 0.999), qint64(4399));
    QCOMPARE(spreadPollDelayMs(30000, 0.999), qint64(30999)); // capped at 1 s
    QCOMPARE(spreadPollDelayMs(30000, 7.0), qint64(31000));   // out-of-range random is clamped
    QCOMPARE(spreadPollDelayMs(30000, -1.0), qint64(30000));
    QCOMPARE(spreadPollDelayMs(0, 0.9), qint64(0));           // a resumed operation looks now
    // 200 operations asked to wait 4 s poll over 400 ms, not at once.
    QSet<qint64> distinct;
    for (int i = 0; i < 200; ++i)
        distinct.insert(spreadPollDelayMs(4000, double(i) / 200));
    QCOMPARE(distinct.size(), 200);
}

void TestRetryPolicy::pollsTakeTurnsSpacedApart()
{
    constexpr qint64 s = PollSpacing::kSpacingMs;
    PollSpacing spacing;
    // A poll due alone goes at once.
    QCOMPARE(spacing.takeTurn(1000), qint64(0));
    // Three more due at the same moment wait one, two, three turns.
    QCOMPARE(spacing.takeTurn(1000), s);
    QCOMPARE(spacing.takeTurn(1000), 2 * s);
    QCOMPARE(spacing.takeTurn(1000), 3 * s);
    // One due a little later waits for the turn after them, counted from its own due time.
    QCOMPARE(spacing.takeTurn(1005), 4 * s - 5);
    // Once the turns taken are past, a poll goes at once again.
    QCOMPARE(spacing.takeTurn(1000 + 5 * s), qint64(0));
    QCOMPARE(spacing.takeTurn(5000), qint64(0));
    // 200 due together: the last goes 199 turns later (2 s at 10 ms), none sooner than its turn.
    PollSpacing wave;
    qint64 last = -1;
    for (int i = 0; i < 200; ++i) {
        const qint64 wait = wave.takeTurn(0);
        QCOMPARE(wait, i * s);
        last = wait;
    }
    QCOMPARE(last, 199 * s);
}

void TestRetryPolicy::nextRetryDelayIsBounded()
{
    RetryOptions options;
    options.maxRetries = 3;
    options.maxRetryAfterMs = 60000;
    // The server's wait wins over the backoff; none is left after maxRetries.
    QCOMPARE(nextRetryDelayMs(1, options, qint64(1000), 0.5).value_or(-1), qint64(1000));
    QCOMPARE(nextRetryDelayMs(2, options, std::nullopt, 0.5).value_or(-1), backoffDelayMs(2, options, 0.5));
    QCOMPARE(nextRetryDelayMs(3, options, std::nullopt, 0.5).value_or(-1), backoffDelayMs(3, options, 0.5));
    QVERIFY(!nextRetryDelayMs(4, options, std::nullopt, 0.5).has_value());
    QVERIFY(!nextRetryDelayMs(1, options, qint64(120000), 0.5).has_value()); // asks for too long a pause
    QVERIFY(cw::retry::isTransientStatus(503));
    QVERIFY(cw::retry::isTransientStatus(429));
    QVERIFY(!cw::retry::isTransientStatus(401));
    QVERIFY(!cw::retry::isTransientStatus(501));
}

void TestRetryPolicy::environmentSetsOnlyTheBase()
{
    RetryOptions options;
    options.maxRetries = 3;
    qunsetenv("CLUSTERWRIGHT_RETRY_BASE_MS");
    QCOMPARE(cw::retry::withEnvironment(options).baseDelayMs, 800); // the SDK's default
    for (const char *ignored : {"0", "-5", "fast", ""}) {
        qputenv("CLUSTERWRIGHT_RETRY_BASE_MS", ignored);
        QCOMPARE(cw::retry::withEnvironment(options).baseDelayMs, 800);
    }
    qputenv("CLUSTERWRIGHT_RETRY_BASE_MS", "50");
    const RetryOptions fast = cw::retry::withEnvironment(options);
    qunsetenv("CLUSTERWRIGHT_RETRY_BASE_MS");
    QCOMPARE(fast.baseDelayMs, 50);
    QCOMPARE(fast.maxRetries, 3); // the number of retries and the caps are kept
    QCOMPARE(fast.maxDelayMs, options.maxDelayMs);
    QCOMPARE(fast.maxRetryAfterMs, options.maxRetryAfterMs);
}

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
