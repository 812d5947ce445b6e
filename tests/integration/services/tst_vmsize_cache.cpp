// azure::VmSizeCache against the sandbox: concurrent askers of one subscription+region share one
// ARM request (counted in the sandbox's request log), later askers are answered from the cache,
// and a failure is not cached (the next asker sends the request again).
#include "ServicesFixture.h"

#include <QJsonDocument>
#include <QJsonObject>

#include "azure/VmSizeCache.h"

using namespace cw;
using namespace cw::test;

class TestVmSizeCache : public QObject
{
    Q_OBJECT

    SandboxProcess m_sandbox;
    std::unique_ptr<arm::ArmConnection> m_connection;

    int vmSizeRequests(const QString &region)
    {
        return m_sandbox.countRequests("GET", QStringLiteral("/locations/%1/vmSizes$").arg(region));
    }

    // Asks and waits for the answer; nullopt when none came (or it came inside the call, which
    // the cache promises never to do).
    static std::optional<azure::VmSizeCache::Answer> ask(azure::VmSizeCache &cache, const QString &region)
    {
        std::optional<azure::VmSizeCache::Answer> answer;
        QObject context;
        cache.sizes(kSub, region, &context, [&answer](const azure::VmSizeCache::Answer &a) { answer = a; });
        if (answer)
            return std::nullopt;
        if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 30000))
            return std::nullopt;
        return answer;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sandbox.start());
        m_connection = servicesConnection(m_sandbox);
    }

    void concurrentAskersShareOneRequest()
    {
        azure::VmSizeCache cache(m_connection.get());
        const int before = vmSizeRequests(QStringLiteral("westeurope"));
        std::optional<azure::VmSizeCache::Answer> first, second;
        QObject context;
        // The region as the portal spells it first (the request must use the path's spelling),
        // then as ARM does, while the first request is in flight.
        cache.sizes(kSub, QStringLiteral("West Europe"), &context, [&first](const auto &a) { first = a; });
        cache.sizes(kSub.toUpper(), QStringLiteral("westeurope"), &context, [&second](const auto &a) { second = a; });
        QCOMPARE(cache.state(kSub, QStringLiteral("westeurope")), azure::VmSizeCache::State::Loading);
        QTRY_VERIFY_WITH_TIMEOUT(first && second, 30000);
        QVERIFY2(first->catalogue, qPrintable(first->error));
        QVERIFY(second->catalogue);
        QCOMPARE(vmSizeRequests(QStringLiteral("westeurope")), before + 1);
        // The sandbox's catalogue, sizes the old built-in tables did not know included.
        const std::optional<rules::VmSize> f16 = first->catalogue->find(QStringLiteral("Standard_F16s_v2"));
        QVERIFY(f16);
        QCOMPARE(f16->vCPUs, 16);
        QCOMPARE(second->catalogue->sizes.size(), first->catalogue->sizes.size());

        // Later askers and load() are answered from the cache: still one request.
        const auto later = ask(cache, QStringLiteral("westeurope"));
        QVERIFY(later && later->catalogue);
        cache.load(kSub, QStringLiteral("westeurope"));
        QVERIFY(cache.cached(kSub, QStringLiteral("westeurope")));
        QCOMPARE(vmSizeRequests(QStringLiteral("westeurope")), before + 1);
        // Another region is another request.
        const int eastBefore = vmSizeRequests(QStringLiteral("eastus"));
        const auto other = ask(cache, QStringLiteral("eastus"));
        QVERIFY(other && other->catalogue);
        QCOMPARE(vmSizeRequests(QStringLiteral("eastus")), eastBefore + 1);
        QCOMPARE(vmSizeRequests(QStringLiteral("westeurope")), before + 1);
    }

    void aFailureIsNotCached()
    {
        azure::VmSizeCache cache(m_connection.get());
        const QString region = QStringLiteral("northeurope");
        const int before = vmSizeRequests(region);
        // One refusal (403: not retried by the ARM pipeline), then the service answers again.
        QJsonObject fault;
        fault.insert(QStringLiteral("method"), QStringLiteral("GET"));
        fault.insert(QStringLiteral("path"), QStringLiteral("/locations/northeurope/vmSizes"));
        fault.insert(QStringLiteral("status"), 403);
        fault.insert(QStringLiteral("count"), 1);
        m_sandbox.control("POST", QStringLiteral("/faults"), QJsonDocument(fault));
        QSignalSpy finished(&cache, &azure::VmSizeCache::finished);
        const auto failedAnswer = ask(cache, region);
        QVERIFY(failedAnswer);
        const azure::VmSizeCache::Answer failed = *failedAnswer;
        QVERIFY(!failed.catalogue);
        QVERIFY(!failed.error.isEmpty());
        QCOMPARE(cache.state(kSub, region), azure::VmSizeCache::State::Failed);
        QCOMPARE(cache.lastError(kSub, region), failed.error);
        QVERIFY(!cache.cached(kSub, region));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(vmSizeRequests(region), before + 1);

        const auto retried = ask(cache, region);
        QVERIFY(retried);
        QVERIFY2(retried->catalogue, qPrintable(retried->error));
        QCOMPARE(cache.state(kSub, region), azure::VmSizeCache::State::Loaded);
        QCOMPARE(vmSizeRequests(region), before + 2);
        QCOMPARE(finished.count(), 2);
    }

    // An asker that is gone by the answer is not called (its context is its lifetime).
    void aGoneAskerIsNotCalled()
    {
        azure::VmSizeCache cache(m_connection.get());
        bool called = false;
        {
            QObject context;
            cache.sizes(kSub, QStringLiteral("uksouth"), &context, [&called](const auto &) { called = true; });
        }
        QSignalSpy finished(&cache, &azure::VmSizeCache::finished);
        QVERIFY(finished.wait(30000));
        QCoreApplication::processEvents();
        QVERIFY(!called);
        QVERIFY(cache.cached(kSub, QStringLiteral("uksouth")));
    }
};

QTEST_MAIN(TestVmSizeCache)
#include "tst_vmsize_cache.moc"
