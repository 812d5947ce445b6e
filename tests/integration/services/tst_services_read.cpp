// Listing and reading every resource type through the typed services, against the sandbox over
// real HTTPS: subscriptions, workspaces, computes (paged), managed clusters, credentials,
// VM sizes and orchestrator versions.
#include "ServicesFixture.h"

#include "azure/AccountServices.h"
#include "azure/ComputeService.h"
#include "azure/ManagedClusterService.h"
#include "azure/ResourceId.h"
#include "kube/Kubeconfig.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QPointer>

using namespace cw;
using namespace cw::test;

namespace {

template <typename T, typename Pred>
const T *findIf(const QList<T> &items, Pred pred)
{
    for (const T &item : items) {
        if (pred(item))
            return &item;
    }
    return nullptr;
}

} // namespace

class TestServicesRead : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sandbox.start());
        m_connection = servicesConnection(m_sandbox);
    }
    void cleanupTestCase() { m_sandbox.stop(); }

    void subscriptions()
    {
        azure::SubscriptionService service(m_connection.get());
        const auto r = awaitResult(service.list());
        QVERIFY2(r.ok(), qPrintable(describe(r)));
        QVERIFY(findIf(*r.value, [](const azure::Subscription &s) { return s.subscriptionId == kSub && s.isEnabled(); }));
        QVERIFY(findIf(*r.value, [](const azure::Subscription &s) { return s.subscriptionId == kSub2; }));
    }

    // GET /subscriptions/{id}/locations (2022-12-01) in Azure's shape: physical regions with
    // display names and metadata, logical ones marked so; ids carry the subscription asked about.
    void subscriptionLocations()
    {
        azure::SubscriptionService service(m_connection.get());
        const auto r = awaitResult(service.locations(kSub2));
        QVERIFY2(r.ok(), qPrintable(describe(r)));
        const azure::SubscriptionLocation *east =
            findIf(*r.value, [](const azure::SubscriptionLocation &l) { return l.name == QLatin1String("eastus"); });
        QVERIFY(east);
        QCOMPARE(east->displayName, QStringLiteral("East US"));
        QCOMPARE(east->regionalDisplayName, QStringLiteral("(US) East US"));
        QCOMPARE(east->regionType, QStringLiteral("Physical"));
        QCOMPARE(east->id, QStringLiteral("/subscriptions/%1/locations/eastus").arg(kSub2));
        QCOMPARE(QString::fromStdString(east->raw["metadata"]["pairedRegion"][0].value("id", std::string())),
                 QStringLiteral("/subscriptions/%1/locations/westus").arg(kSub2));
        const azure::SubscriptionLocation *europe =
            findIf(*r.value, [](const azure::SubscriptionLocation &l) { return l.name == QLatin1String("europe"); });
        QVERIFY(europe);
        QCOMPARE(europe->regionType, QStringLiteral("Logical"));
        // Every region the sandbox answers VM sizes for is listed, and only those are physical.
        int physical = 0;
        for (const azure::SubscriptionLocation &l : *r.value)
            physical += l.regionType == QLatin1String("Physical") ? 1 : 0;
        QCOMPARE(physical, 8);

        const auto missing = awaitResult(service.locations(QStringLiteral("00000000-0000-4000-8000-00000000dead")));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error->httpStatus, 404);
    }

    void workspaces()
    {
        azure::WorkspaceService service(m_connection.get());
        const auto list = awaitResult(service.list(kSub));
        QVERIFY2(list.ok(), qPrintable(describe(list)));
        QVERIFY(findIf(*list.value, [](const azure::Workspace &w) { return w.name == QLatin1String("ws-demo"); }));
        const auto inRg = awaitResult(service.list(kSub, QStringLiteral("rg-ml")));
        QVERIFY2(inRg.ok(), qPrintable(describe(inRg)));
        QVERIFY(!inRg.value->isEmpty());

        const auto ws = awaitResult(service.get(kSub, QStringLiteral("rg-ml"), QStringLiteral("ws-demo")));
        QVERIFY2(ws.ok(), qPrintable(describe(ws)));
        QCOMPARE(ws.value->location, QStringLiteral("westeurope"));
        QCOMPARE(ws.value->resourceGroup, QStringLiteral("rg-ml"));

        const auto missing = awaitResult(service.get(kSub, QStringLiteral("rg-ml"), QStringLiteral("no-such-ws")));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error->httpStatus, 404);
    }

    void computes()
    {
        azure::ComputeService service(m_connection.get(), {.subscriptionId = kSub, .resourceGroup = QStringLiteral("rg-ml"),
                                                           .workspace = QStringLiteral("ws-demo")});
        const auto r = awaitResult(service.list());
        QVERIFY2(r.ok(), qPrintable(describe(r)));
        const auto &items = *r.value;
        const auto *failed = findIf(items, [](const azure::ComputeResource &c) { return c.name == QLatin1String("legacy-failed"); });
        QVERIFY(failed);
        QCOMPARE(failed->state(), azure::ProvisioningState::Failed);
        QVERIFY(!failed->provisioningErrors.isEmpty());
        QCOMPARE(failed->provisioningErrors[0].code, QStringLiteral("BadArgument"));
        const auto *cpu = findIf(items, [](const azure::ComputeResource &c) { return c.name == QLatin1String("cpu-cluster"); });
        QVERIFY(cpu);
        QVERIFY(!cpu->isAks());

        const auto tls = awaitResult(service.get(QStringLiteral("tls-prod")));
        QVERIFY2(tls.ok(), qPrintable(describe(tls)));
        QVERIFY(tls.value->isAks());
        QVERIFY(tls.value->aks && tls.value->aks->sslConfiguration);
        QVERIFY(tls.value->aks->sslConfiguration->isEnabled());
        QCOMPARE(tls.value->aks->sslConfiguration->cname.value_or(QString()), QStringLiteral("www.contoso.com"));
        QVERIFY(!tls.value->aks->sslConfiguration->key.has_value());  // GET never returns the key
        QVERIFY(tls.value->resourceId.value_or(QString()).endsWith(QLatin1String("/managedClusters/tls-prod-aks")));

        const auto missing = awaitResult(service.get(QStringLiteral("does-not-exist")));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error->httpStatus, 404);
    }

    void computeListFollowsPages()
    {
        m_sandbox.control("POST", QStringLiteral("/_sandbox/settings"), QJsonDocument(QJsonObject{{QStringLiteral("pageSize"), 25}}));
        m_sandbox.control("POST", QStringLiteral("/_sandbox/computes/bulk"),
                          QJsonDocument(QJsonObject{{QStringLiteral("subscription"), kSub},
                                                    {QStringLiteral("resourceGroup"), QStringLiteral("rg-ml")},
                                                    {QStringLiteral("workspace"), QStringLiteral("ws-demo")},
                                                    {QStringLiteral("count"), 110}}));
        azure::ComputeService service(m_connection.get(), {.subscriptionId = kSub, .resourceGroup = QStringLiteral("rg-ml"),
                                                           .workspace = QStringLiteral("ws-demo")});
        auto *job = service.list();
        QSignalSpy progress(job, &azure::ServiceJob::progressed);
        const auto r = awaitResult(job);
        QVERIFY2(r.ok(), qPrintable(describe(r)));
        QVERIFY(r.value->size() >= 110);
        QVERIFY2(progress.size() >= 5, qPrintable(QString::number(progress.size())));  // >= 110/25 pages
        QSet<QString> names;
        for (const auto &c : *r.value)
            names.insert(c.name);
        QCOMPARE(names.size(), r.value->size());  // no page read twice
        m_sandbox.control("POST", QStringLiteral("/_sandbox/settings"), QJsonDocument(QJsonObject{{QStringLiteral("pageSize"), 100}}));
    }

    void managedClusters()
    {
        azure::ManagedClusterService service(m_connection.get());
        const auto all = awaitResult(service.list(kSub));
        QVERIFY2(all.ok(), qPrintable(describe(all)));
        QVERIFY(findIf(*all.value, [](const azure::ManagedCluster &m) { return m.name == QLatin1String("aks-eastus"); }));
        const auto inRg = awaitResult(service.list(kSub, QStringLiteral("rg-aks")));
        QVERIFY2(inRg.ok(), qPrintable(describe(inRg)));
        QVERIFY(inRg.value->size() < all.value->size());
        for (const auto &m : *inRg.value)
            QCOMPARE(m.resourceGroup.toLower(), QStringLiteral("rg-aks"));

        const auto lb = awaitResult(service.get(kSub, QStringLiteral("rg-aks"), QStringLiteral("aks-standard-lb")));
        QVERIFY2(lb.ok(), qPrintable(describe(lb)));
        QCOMPARE(lb.value->loadBalancerSku, QStringLiteral("standard"));
        QVERIFY(lb.value->totalNodeCount() > 0);
        QVERIFY(!lb.value->effectiveKubernetesVersion().isEmpty());

        const auto priv = awaitResult(service.get(azure::armpath::managedCluster(kSub, QStringLiteral("rg-aks"), QStringLiteral("aks-private"))));
        QVERIFY2(priv.ok(), qPrintable(describe(priv)));
        QVERIFY(priv.value->enablePrivateCluster);

        const auto ips = awaitResult(service.get(kSub, QStringLiteral("rg-aks"), QStringLiteral("aks-authorized-ips")));
        QVERIFY2(ips.ok(), qPrintable(describe(ips)));
        QCOMPARE(ips.value->authorizedIpRanges, QStringList{QStringLiteral("203.0.113.0/24")});
    }

    void clusterCredentials()
    {
        azure::ManagedClusterService service(m_connection.get());
        for (const bool admin : {false, true}) {
            auto *job = admin ? service.adminCredentials(kSub, QStringLiteral("rg-aks"), QStringLiteral("aks-plain"))
                              : service.userCredentials(kSub, QStringLiteral("rg-aks"), QStringLiteral("aks-plain"));
            const auto r = awaitResult(job);
            QVERIFY2(r.ok(), qPrintable(describe(r)));
            const auto parsed = kube::Kubeconfig::parse(r.value->at(0).kubeconfig);
            QVERIFY2(parsed.ok(), qPrintable(parsed.error));
            const auto target = parsed.value->resolve();
            QVERIFY(target);
            QVERIFY(target->cluster.server.startsWith(QLatin1String("https://127.0.0.1")));
            QVERIFY(target->cluster.certificateAuthorityData.startsWith("-----BEGIN CERTIFICATE-----"));
            QVERIFY(!target->user.clientKeyData.isEmpty());
            QCOMPARE(target->user.name.startsWith(QLatin1String("clusterAdmin")), admin);
        }
    }

    void locations()
    {
        azure::LocationService service(m_connection.get());
        const auto sizes = awaitResult(service.vmSizes(kSub, QStringLiteral("westeurope")));
        QVERIFY2(sizes.ok(), qPrintable(describe(sizes)));
        const auto *d3 = findIf(*sizes.value, [](const azure::VmSize &v) { return v.name == QLatin1String("Standard_D3_v2"); });
        QVERIFY(d3);
        QCOMPARE(d3->vCpus, 4);

        const auto versions = awaitResult(service.orchestratorVersions(kSub, QStringLiteral("westeurope")));
        QVERIFY2(versions.ok(), qPrintable(describe(versions)));
        QVERIFY(!versions.value->isEmpty());
        const QString def = azure::defaultKubernetesVersion(*versions.value);
        QVERIFY(!def.isEmpty());
        QVERIFY(m_sandbox.countRequests("GET", QStringLiteral("/locations/westeurope/orchestrators")) >= 1);
    }

    void cancelledJobFinishesOnce()
    {
        azure::SubscriptionService service(m_connection.get());
        auto *job = service.list();
        QSignalSpy spy(job, &azure::ServiceJob::finished);
        std::optional<arm::ArmError> error;
        connect(job, &azure::ServiceJob::finished, this, [&error, job] { error = job->result().error; });
        job->cancel();
        QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 1, 10000);
        QVERIFY(error.has_value());
        QCOMPARE(int(error->kind), int(arm::ArmError::Kind::Cancelled));
    }

    // The answer has arrived (the ArmJob under the service job has finished) but is still queued
    // when cancel() comes: the ArmJob can no longer be cancelled, yet the service job must
    // finish with a Cancelled error, not with the answer it was told to stop waiting for.
    void aCancelWhileTheAnswerIsOnItsWayFinishesCancelled()
    {
        azure::ManagedClusterService service(m_connection.get());
        auto *job = service.get(kSub, QStringLiteral("rg-aks"), QStringLiteral("aks-plain"));
        QSignalSpy spy(job, &azure::ServiceJob::finished);
        std::optional<azure::ServiceResult<azure::ManagedCluster>> result;
        connect(job, &azure::ServiceJob::finished, this, [&result, job] { result = job->result(); });
        // The network manager hears the reply before the ArmJob does; a cancel posted from there
        // runs after the ArmJob finished and before its queued answer (posted events run in order).
        auto once = std::make_shared<QMetaObject::Connection>();
        *once = connect(m_connection->networkAccessManager(), &QNetworkAccessManager::finished, this,
                        [job = QPointer<azure::ServiceJob>(job), once](QNetworkReply *reply) {
                            // (The manager is shared with the token requests: only an ARM answer counts.)
                            if (reply->url().path().contains(QLatin1String("/oauth2/")))
                                return;
                            disconnect(*once);
                            QMetaObject::invokeMethod(job, &azure::ServiceJob::cancel, Qt::QueuedConnection);
                        });
        QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 1, 30000);
        QVERIFY(result.has_value());
        QVERIFY2(!result->ok(), "the answer was delivered although the job was cancelled");
        QVERIFY(result->error.has_value());
        QCOMPARE(int(result->error->kind), int(arm::ArmError::Kind::Cancelled));
    }

private:
    SandboxProcess m_sandbox;
    std::unique_ptr<arm::ArmConnection> m_connection;
};

QTEST_GUILESS_MAIN(TestServicesRead)
#include "tst_services_read.moc"
