// The clusters table model: rows from compute documents, a refresh diffed by id (dataChanged,
// never a reset, so selection and scroll stay), sorting and filtering through the proxy on
// 5,000 rows, and the details text (errors, certificate expiry warning, portal link).
#include <QSignalSpy>
#include <QTest>

#include <QSortFilterProxyModel>

#include "azure/ComputeResource.h"
#include "clusters/ClusterDetailsText.h"
#include "clusters/ClusterRow.h"
#include "clusters/ClustersProxyModel.h"
#include "clusters/ClustersTableModel.h"

using namespace cw;
using namespace cw::ui;

namespace {

ClusterRow row(int i, const QString &state = QStringLiteral("Succeeded"))
{
    ClusterRow r;
    r.id = QStringLiteral("/subscriptions/s/resourceGroups/rg/providers/Microsoft.MachineLearningServices/"
                          "workspaces/ws/computes/aks-%1").arg(i, 5, 10, QLatin1Char('0'));
    r.name = QStringLiteral("aks-%1").arg(i, 5, 10, QLatin1Char('0'));
    r.state = state;
    r.vmSize = QStringLiteral("Standard_D3_v2");
    r.nodeCount = 1 + i % 7;
    r.vcpus = 4 * *r.nodeCount;
    r.region = i % 2 ? QStringLiteral("westeurope") : QStringLiteral("eastus");
    return r;
}

QList<ClusterRow> rows(int count)
{
    QList<ClusterRow> list;
    list.reserve(count);
    for (int i = 0; i < count; ++i)
        list.append(row(i));
    return list;
}

} // namespace

class TestClustersTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rowFromAnAksComputeDocument()
    {
        const auto json = nlohmann::json::parse(R"({
          "id": "/subscriptions/s/resourceGroups/rg/providers/Microsoft.MachineLearningServices/workspaces/ws/computes/tls-prod",
          "name": "tls-prod", "location": "westeurope",
          "properties": {"computeType": "AKS", "provisioningState": "Failed", "isAttachedCompute": true,
            "resourceId": "/subscriptions/s/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/tls-prod-aks",
            "provisioningErrors": [{"error": {"code": "BadCert", "message": "The certificate is expired."}}],
            "properties": {"agentCount": 3, "agentVmSize": "Standard_D3_v2", "clusterPurpose": "DevTest",
              "clusterFqdn": "x.hcp.westeurope.azmk8s.io", "loadBalancerType": "InternalLoadBalancer",
              "sslConfiguration": {"status": "Enabled", "cname": "scoring.contoso.com"}}}})");
        const auto parsed = azure::ComputeResource::fromJson(json);
        QVERIFY(parsed.ok());
        const ClusterRow r = clusterRowFrom(*parsed.value, QStringLiteral("ws"));
        QCOMPARE(r.name, QStringLiteral("tls-prod"));
        QCOMPARE(r.state, QStringLiteral("Failed"));
        QCOMPARE(r.purpose, QStringLiteral("DevTest"));
        QCOMPARE(r.nodeCount.value_or(0), 3);
        QCOMPARE(r.subscription, QStringLiteral("s"));
        // The vCPUs come from the region's VM sizes (setVcpusFrom), never from a table here.
        QVERIFY(!r.vcpus);
        QCOMPARE(r.tlsStatus, QStringLiteral("Enabled"));
        QCOMPARE(r.endpoint, QStringLiteral("scoring.contoso.com"));
        QCOMPARE(r.loadBalancer, QStringLiteral("InternalLoadBalancer"));
        QVERIFY(r.attached);
        QCOMPARE(r.rare().provisioningErrors.size(), 1);
        QVERIFY(r.rare().provisioningErrors.first().contains(QStringLiteral("expired")));
    }

    // An unknown vCPU count shows a placeholder, never a number: "…" while the region's sizes
    // load, "—" when the region does not list the size; the tooltip says which.
    void vcpuPlaceholders()
    {
        ClustersTableModel model;
        QList<ClusterRow> list = rows(3);
        list[0].vcpus.reset();
        list[0].vcpusState = ClusterRow::Vcpus::Loading;
        list[1].vcpus.reset();
        list[1].vcpusState = ClusterRow::Vcpus::NotListed;
        list[2].vcpusState = ClusterRow::Vcpus::Known;
        model.setRows(list);
        const auto cell = [&model](int r) { return model.index(r, ClustersTableModel::Vcpus); };
        QCOMPARE(cell(0).data().toString(), QStringLiteral("…"));
        QVERIFY(cell(0).data(Qt::ToolTipRole).toString().contains(QLatin1String("eastus")));
        QCOMPARE(cell(1).data().toString(), QStringLiteral("—"));
        QVERIFY(cell(1).data(Qt::ToolTipRole).toString().contains(QLatin1String("not in the VM sizes")));
        QCOMPARE(cell(2).data().toInt(), 4 * *list[2].nodeCount);
        QCOMPARE(cell(0).data(ClustersTableModel::SortRole).toInt(), -1);
        // The filter sees what is shown.
        QSortFilterProxyModel proxy;
        setUpClustersProxy(proxy, model);
        proxy.setFilterFixedString(QStringLiteral("…"));
        QCOMPARE(proxy.rowCount(), 1);
    }

    void refreshIsADiffNotAReset()
    {
        ClustersTableModel model;
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QList<ClusterRow> first = rows(10);
        QCOMPARE(model.setRows(first).inserted, 10);
        const QPersistentModelIndex kept = model.index(5, ClustersTableModel::Name);

        QList<ClusterRow> next = first;
        next[5].state = QStringLiteral("Updating");          // changed
        next.removeAt(2);                                   // vanished
        next.append(row(42));                               // new
        const auto stats = model.setRows(next);
        QCOMPARE(stats.changed, 1);
        QCOMPARE(stats.removed, 1);
        QCOMPARE(stats.inserted, 1);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(model.rowCount(), 10);
        QVERIFY(kept.isValid());
        QCOMPARE(kept.data().toString(), QStringLiteral("aks-00005"));
        QCOMPARE(model.index(kept.row(), ClustersTableModel::State).data().toString(), QStringLiteral("Updating"));

        // The same list again changes nothing.
        changed.clear();
        const auto same = model.setRows(next);
        QCOMPARE(same.changed + same.inserted + same.removed, 0);
        QCOMPARE(changed.count(), 0);
    }

    void removesSeveralRangesCorrectly()
    {
        ClustersTableModel model;
        model.setRows(rows(20));
        QList<ClusterRow> next;
        for (int i = 0; i < 20; ++i)
            if (i % 3 != 0)
                next.append(row(i));
        QCOMPARE(model.setRows(next).removed, 7);
        QCOMPARE(model.rowCount(), 13);
        for (int i = 0; i < model.rowCount(); ++i)
            QVERIFY(model.rowAt(i).name != QStringLiteral("aks-00003"));
        QCOMPARE(model.rowOf(row(4).id), 2);
    }

    // The size and date strings a row builds on first use (kept per row, made on demand) follow
    // their row through changes, removals and insertions: the texts are those of a model that
    // was given the final rows at once.
    void derivedTextsFollowTheirRows()
    {
        const auto texts = [](const ClustersTableModel &m) {
            QStringList out;
            for (int r = 0; r < m.rowCount(); ++r)
                for (int c : {int(ClustersTableModel::Size), int(ClustersTableModel::Created)})
                    for (int role : {int(Qt::DisplayRole), int(ClustersTableModel::SortRole)})
                        out.append(m.index(r, c).data(role).toString());
            return out;
        };
        QList<ClusterRow> first = rows(8);
        for (ClusterRow &r : first)
            r.createdOn = QStringLiteral("not a date %1").arg(r.name); // shown as given: the built text
        ClustersTableModel model;
        model.setRows(first);
        (void)texts(model); // every row's strings made

        QList<ClusterRow> next = first;
        next[3].vmSize = QStringLiteral("Standard_D4_v2");
        next[3].nodeCount = 9;
        next[5].createdOn = QStringLiteral("not a date either");
        next.removeAt(1);
        next.removeAt(0);
        next.append(row(42));
        model.setRows(next);

        ClustersTableModel fresh;
        fresh.setRows(next);
        QCOMPARE(model.rowCount(), fresh.rowCount());
        QStringList have = texts(model);
        QStringList want;
        for (int r = 0; r < model.rowCount(); ++r)
            for (int c : {int(ClustersTableModel::Size), int(ClustersTableModel::Created)})
                for (int role : {int(Qt::DisplayRole), int(ClustersTableModel::SortRole)})
                    want.append(fresh.index(fresh.rowOf(model.rowAt(r).id), c).data(role).toString());
        QCOMPARE(have, want);
        QVERIFY(have.contains(QStringLiteral("not a date either")));
    }

    void fiveThousandRowsSortFilterAndKeepSelection()
    {
        ClustersTableModel model;
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(ClustersTableModel::SortRole);
        proxy.setFilterKeyColumn(-1);
        proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
        proxy.setDynamicSortFilter(true);
        proxy.sort(ClustersTableModel::Vcpus, Qt::DescendingOrder);

        QElapsedTimer timer;
        timer.start();
        model.setRows(rows(5000));
        QCOMPARE(proxy.rowCount(), 5000);
        QCOMPARE(proxy.index(0, ClustersTableModel::Vcpus).data(ClustersTableModel::SortRole).toInt(), 28);
        const QPersistentModelIndex selected = proxy.index(100, ClustersTableModel::Name);
        const QString selectedName = selected.data().toString();

        QList<ClusterRow> next = rows(5000);
        for (int i = 0; i < 5000; i += 10)
            next[i].modifiedOn = QStringLiteral("2026-11-27T06:00:00Z");
        model.setRows(next);
        QVERIFY(selected.isValid());
        QCOMPARE(selected.data().toString(), selectedName);

        proxy.setFilterFixedString(QStringLiteral("aks-0499"));
        QCOMPARE(proxy.rowCount(), 10);
        qInfo("5,000 rows loaded, refreshed, sorted and filtered in %lld ms", timer.elapsed());
        QVERIFY(timer.elapsed() < 5000);
    }

    void certificateWarning_data()
    {
        QTest::addColumn<int>("daysLeft");
        QTest::addColumn<bool>("warn");
        QTest::newRow("expired") << -1 << true;
        QTest::newRow("29 days") << 29 << true;
        QTest::newRow("30 days") << 30 << false;
        QTest::newRow("a year") << 365 << false;
    }
    void certificateWarning()
    {
        QFETCH(int, daysLeft);
        QFETCH(bool, warn);
        const QDateTime now = QDateTime(QDate(2026, 11, 27), QTime(6, 0), Qt::UTC);
        QCOMPARE(certificateExpiresSoon(now.addDays(daysLeft), now), warn);
        const QString html = clusterDetailsHtml(row(1), nullptr,
                                                ServedCertificate{QStringLiteral("CN=scoring"), QStringLiteral("CN=ca"),
                                                                  now.addDays(daysLeft)}, now);
        QCOMPARE(html.contains(QStringLiteral("renew it")), warn);
        QVERIFY(html.contains(QStringLiteral("Do not edit")));
    }

    void detailsShowErrorsAndPortalOnlyForRealClouds()
    {
        ClusterRow r = row(3, QStringLiteral("Failed"));
        r.rareForEdit().provisioningErrors = {QStringLiteral("Quota exceeded (QuotaExceeded)")};
        const QString html = clusterDetailsHtml(r, nullptr, std::nullopt, QDateTime::currentDateTimeUtc());
        QVERIFY(html.contains(QStringLiteral("Quota exceeded")));
        QVERIFY(portalUrlFor(QStringLiteral("Sandbox"), r.id.toString()).isEmpty());
        QVERIFY(portalUrlFor(QStringLiteral("AzureCloud"), r.id.toString()).startsWith(QStringLiteral("https://portal.azure.com/")));
    }

    // A Kubernetes compute whose extension failed its health check: each status with its level
    // and message (errors in red), the extension's settings, and no v1-only lines.
    void detailsOfAKubernetesComputeWithAFailedExtension()
    {
        ClusterRow r = row(4);
        r.computeType = QStringLiteral("Kubernetes");
        r.rareForEdit().kubernetesNamespace = QStringLiteral("scoring");
        r.rareForEdit().instanceTypes = {QStringLiteral("small")};
        r.rareForEdit().defaultInstanceType = QStringLiteral("small");
        LiveClusterFacts facts;
        facts.extensionRead = true;
        azure::ExtensionResource e;
        e.name = QStringLiteral("azureml");
        e.version = QStringLiteral("1.1.62");
        e.provisioningState = QStringLiteral("Failed");
        e.settings = {{QStringLiteral("inferenceRouterServiceType"), QStringLiteral("nodePort")},
                      {QStringLiteral("sslCname"), QStringLiteral("scoring.contoso.com")},
                      {QStringLiteral("inferenceRouterHA"), QStringLiteral("False")}};
        e.statuses = {{QStringLiteral("E40002"), QStringLiteral("Error"), QStringLiteral("Error"),
                       QStringLiteral("inferenceRouterHA needs at least 3 nodes; the cluster has 2."), {}},
                      {QStringLiteral("Healthy"), QStringLiteral("Info"), QStringLiteral("Information"),
                       QStringLiteral("the prometheus operator is running"), {}}};
        facts.extension = e;
        const QString html = clusterDetailsHtml(r, facts, QDateTime::currentDateTimeUtc());
        QVERIFY(html.contains(QStringLiteral("<li style='color:#b00020'>Error E40002: inferenceRouterHA needs at least 3 nodes")));
        QVERIFY(html.contains(QStringLiteral("<li>Information Healthy: the prometheus operator is running</li>")));
        QVERIFY(html.contains(QStringLiteral("failed to install")));
        QVERIFY(html.contains(QStringLiteral("nodePort")));
        QVERIFY(html.contains(QStringLiteral("scoring.contoso.com")));
        QVERIFY(html.contains(QStringLiteral("<td><b>Router high availability</b></td><td>Off</td>")));
        QVERIFY(html.contains(QStringLiteral("<td><b>TLS</b></td><td>On</td>")));
        QVERIFY(!html.contains(QStringLiteral("Do not edit"))); // v1 only
        QVERIFY(!html.contains(QStringLiteral("VM size")));
        // None installed: said, in red.
        facts.extension.reset();
        QVERIFY(clusterDetailsHtml(r, facts, QDateTime::currentDateTimeUtc()).contains(QStringLiteral("No Azure ML extension is installed")));
    }
};

QTEST_MAIN(TestClustersTable)
#include "tst_clusterstable.moc"
