// Azure ML v1 and v2 computes side by side in the clusters view, against the sandbox (issue 15,
// item 5): the Type column (AKS v1 / Kubernetes v2, sorted and filtered like the others); the
// details of a Kubernetes compute (namespace, instance types with requests and limits, default
// instance type, and the Azure ML extension read live: version, state, statuses, router service
// type, TLS, HA); the details of a v1 compute (the retired path, what moving needs from the
// move's preflight, e.g. a service-principal cluster cannot move, and "Move to v2…").
// The Kubernetes compute is attached by a plain ARM PUT on the seeded aks-v2-ready cluster (its
// extension is Succeeded); the service-principal v1 compute likewise on aks-service-principal.
// Renders v2-details-*.png and clusters-type-column-*.png (English and Italian) into
// $CW_SCREENSHOT_DIR when it is set.
#include <QSignalSpy>
#include <QTest>

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTextBrowser>
#include <QTranslator>

#include "SandboxFacts.h"
#include "clusters/ClustersTableModel.h"
#include "clusters/ClustersView.h"
#include "session/Session.h"
#include "support/AppTranslators.h"
#include "support/SandboxSession.h"

using namespace cw;

namespace {

void saveShot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("CW_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QCoreApplication::processEvents();
    QVERIFY(widget->grab().save(QDir(dir).filePath(name)));
}

} // namespace

class TestClustersV2 : public QObject
{
    Q_OBJECT

    test::SandboxProcess m_sandbox;
    std::unique_ptr<session::Session> m_session;

    QString clusterId(const QString &rg, const QString &name)
    {
        return QStringLiteral("/subscriptions/%1/resourceGroups/%2/providers/Microsoft.ContainerService/managedClusters/%3")
            .arg(m_sandbox.endpoint().subscriptionId, rg, name);
    }

    // A compute of ws-demo made by a plain ARM PUT (not the code under test), waited for.
    void putCompute(const QString &name, const QString &body)
    {
        const test::HttpResult put = m_sandbox.arm("PUT", test::workspacePath(m_sandbox) + QStringLiteral("/computes/") + name
                                                              + QStringLiteral("?api-version=2022-10-01"),
                                                   body.toUtf8());
        QVERIFY2(put.status == 200 || put.status == 201, put.body.constData());
        QTRY_COMPARE_WITH_TIMEOUT(test::sandboxCompute(m_sandbox, name)
                                      .value(QStringLiteral("properties")).toObject()
                                      .value(QStringLiteral("provisioningState")).toString(),
                                  QStringLiteral("Succeeded"), 30000);
    }

    bool openWorkspace(ui::ClustersView &view)
    {
        view.resize(1400, 820);
        view.show();
        view.setRefreshIntervalMs(0);
        QSignalSpy refreshed(&view, &ui::ClustersView::refreshed);
        view.setWorkspaces({{.subscriptionId = m_sandbox.endpoint().subscriptionId,
                             .resourceGroup = QStringLiteral("rg-ml"), .workspace = QStringLiteral("ws-demo")}});
        return refreshed.wait(30000);
    }

    bool select(ui::ClustersView &view, const QString &name)
    {
        QTableView *table = view.table();
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const QModelIndex index = table->model()->index(row, ui::ClustersTableModel::Name);
            if (index.data().toString() == name) {
                table->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
                table->scrollTo(index);
                return view.selectedComputeName() == name;
            }
        }
        return false;
    }

    // Selects `name` and waits until its live facts are in; the panel's text.
    QString detailsOf(ui::ClustersView &view, const QString &name)
    {
        QSignalSpy loaded(&view, &ui::ClustersView::detailsLoaded);
        if (!select(view, name))
            return {};
        if (view.detailsLoading() && !loaded.wait(30000))
            return {};
        return view.detailsBrowser()->toPlainText().simplified();
    }

    QString typeOf(ui::ClustersView &view, const QString &name)
    {
        QAbstractItemModel *m = view.table()->model();
        for (int row = 0; row < m->rowCount(); ++row)
            if (m->index(row, ui::ClustersTableModel::Name).data().toString() == name)
                return m->index(row, ui::ClustersTableModel::Type).data().toString();
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sandbox.start());
        m_session = test::sandboxSession(m_sandbox);
        // v2: the seeded cluster whose Azure ML extension is Succeeded, attached as a Kubernetes
        // compute with two instance types.
        putCompute(QStringLiteral("k8s-ready"), QStringLiteral(R"({"location": "westeurope", "properties": {
            "computeType": "Kubernetes", "resourceId": "%1", "properties": {"namespace": "scoring",
            "defaultInstanceType": "small", "instanceTypes": {
              "small": {"nodeSelector": null, "resources": {"requests": {"cpu": "500m", "memory": "1Gi"},
                                                            "limits": {"cpu": "1", "memory": "2Gi"}}},
              "gpu": {"nodeSelector": {"accelerator": "nvidia"}, "resources": {
                        "requests": {"cpu": "4", "memory": "16Gi", "nvidia.com/gpu": "1"},
                        "limits": {"cpu": "4", "memory": "16Gi", "nvidia.com/gpu": "1"}}}}}}})")
                                                      .arg(clusterId(QStringLiteral("rg-aks"), QStringLiteral("aks-v2-ready"))));
        // v1 on a cluster that authenticates with a service principal: it cannot move as it is.
        putCompute(QStringLiteral("sp-v1"), QStringLiteral(R"({"location": "westeurope", "properties": {
            "computeType": "AKS", "resourceId": "%1", "properties": {"clusterPurpose": "DevTest"}}})")
                                                  .arg(clusterId(QStringLiteral("rg-aks"), QStringLiteral("aks-service-principal"))));
    }

    void typeColumnSortsAndFilters()
    {
        ui::ClustersView view(m_session.get());
        QVERIFY(openWorkspace(view));
        QCOMPARE(view.model()->headerData(ui::ClustersTableModel::Type, Qt::Horizontal).toString(), QStringLiteral("Type"));
        QCOMPARE(typeOf(view, QStringLiteral("k8s-ready")), QStringLiteral("Kubernetes v2"));
        QCOMPARE(typeOf(view, QStringLiteral("tls-prod")), QStringLiteral("AKS v1"));
        // Sorted like the other columns: every v1 row before every v2 row, ascending.
        view.table()->sortByColumn(ui::ClustersTableModel::Type, Qt::AscendingOrder);
        QAbstractItemModel *shown = view.table()->model();
        bool seenV2 = false;
        for (int row = 0; row < shown->rowCount(); ++row) {
            const bool v2 = shown->index(row, ui::ClustersTableModel::Type).data().toString() == QLatin1String("Kubernetes v2");
            QVERIFY2(!(seenV2 && !v2), "a v1 row after a v2 row");
            seenV2 |= v2;
        }
        QVERIFY(seenV2);
        saveShot(&view, QStringLiteral("clusters-type-column-en.png"));
        // Filtered like the other columns: the Type's text finds the v2 computes only.
        view.filterBox()->setText(QStringLiteral("Kubernetes v2"));
        QCOMPARE(shown->rowCount(), 1);
        QCOMPARE(shown->index(0, ui::ClustersTableModel::Name).data().toString(), QStringLiteral("k8s-ready"));
    }

    void detailsOfAKubernetesCompute()
    {
        ui::ClustersView view(m_session.get());
        QVERIFY(openWorkspace(view));
        QSignalSpy loaded(&view, &ui::ClustersView::detailsLoaded);
        QVERIFY(select(view, QStringLiteral("k8s-ready")));
        // Never blocking: the panel is at once there, the extension read meanwhile.
        QVERIFY(view.detailsLoading());
        QVERIFY(view.detailsBrowser()->toPlainText().contains(QStringLiteral("Reading the Azure ML extension")));
        QVERIFY(loaded.wait(30000));
        const QString text = view.detailsBrowser()->toPlainText().simplified();
        QVERIFY2(text.contains(QStringLiteral("Type Kubernetes compute (Azure ML v2)")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Namespace scoring")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Default instance type small")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Instance type small (default) requests: cpu 500m, memory 1Gi; limits: cpu 1, memory 2Gi")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Instance type gpu requests: cpu 4, memory 16Gi, GPU 1; limits: cpu 4, memory 16Gi, "
                                              "GPU 1; nodes: accelerator=nvidia")),
                 qPrintable(text));
        // The extension as the sandbox holds it (read independently).
        const test::HttpResult ext = m_sandbox.arm(
            "GET", clusterId(QStringLiteral("rg-aks"), QStringLiteral("aks-v2-ready"))
                       + QStringLiteral("/providers/Microsoft.KubernetesConfiguration/extensions/azureml?api-version=2022-11-01"));
        QCOMPARE(ext.status, 200);
        const QJsonObject props = ext.json().object().value(QStringLiteral("properties")).toObject();
        QString version = props.value(QStringLiteral("installedVersion")).toString();
        if (version.isEmpty())
            version = props.value(QStringLiteral("version")).toString();
        QVERIFY(!version.isEmpty());
        QVERIFY2(text.contains(QStringLiteral("Azure ML extension Name azureml Version ") + version), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("State Succeeded")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Router service type loadBalancer")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("TLS Off (HTTP allowed)")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Router high availability On")), qPrintable(text));
        // Each status with its level and message.
        for (const QJsonValue &v : props.value(QStringLiteral("statuses")).toArray()) {
            const QJsonObject st = v.toObject();
            QVERIFY2(text.contains(st.value(QStringLiteral("level")).toString()) && text.contains(st.value(QStringLiteral("message")).toString()),
                     qPrintable(text));
        }
        // v1 notes and actions are not for it.
        QVERIFY(!text.contains(QStringLiteral("retired path")));
        QVERIFY(!view.moveToV2Button()->isVisible());
        saveShot(&view, QStringLiteral("v2-details-kubernetes-en.png"));
    }

    void detailsOfV1ComputesSayWhatMovingNeeds()
    {
        ui::ClustersView view(m_session.get());
        QVERIFY(openWorkspace(view));
        const QString tls = detailsOf(view, QStringLiteral("tls-prod"));
        QVERIFY2(tls.contains(QStringLiteral("Type AKS compute (Azure ML v1)")), qPrintable(tls));
        QVERIFY2(tls.contains(QStringLiteral("Azure ML v1 (retired path)")), qPrintable(tls));
        QVERIFY2(tls.contains(QStringLiteral("SDK v1 support ended on 2026-06-30")), qPrintable(tls));
        // The seeded TLS cluster can move (managed identity, Standard load balancer, enough nodes).
        QVERIFY2(!tls.contains(QStringLiteral("Blocks:")), qPrintable(tls));
        QVERIFY(view.moveToV2Button()->isVisible());
        saveShot(&view, QStringLiteral("v2-details-v1-tls-en.png"));

        // A service-principal cluster cannot move without changing its identity: said, with the fix.
        const QString sp = detailsOf(view, QStringLiteral("sp-v1"));
        QVERIFY2(sp.contains(QStringLiteral("What moving to v2 needs first:")), qPrintable(sp));
        QVERIFY2(sp.contains(QStringLiteral("Blocks: The cluster authenticates with a service principal")), qPrintable(sp));
        QVERIFY2(sp.contains(QStringLiteral("az aks update --enable-managed-identity")), qPrintable(sp));
        saveShot(&view, QStringLiteral("v2-details-v1-service-principal-en.png"));
    }

    // The same panes in Italian (the catalogue the application's build compiles).
    void italianScreenshots()
    {
        QTranslator own, qt;
        const QString error = test::installAppTranslators(QStringLiteral("it"), own, qt);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        {
            ui::ClustersView view(m_session.get());
            QVERIFY(openWorkspace(view));
            view.table()->sortByColumn(ui::ClustersTableModel::Type, Qt::AscendingOrder);
            saveShot(&view, QStringLiteral("clusters-type-column-it.png"));
            QVERIFY(!detailsOf(view, QStringLiteral("k8s-ready")).isEmpty());
            saveShot(&view, QStringLiteral("v2-details-kubernetes-it.png"));
            QVERIFY(!detailsOf(view, QStringLiteral("sp-v1")).isEmpty());
            saveShot(&view, QStringLiteral("v2-details-v1-service-principal-it.png"));
        }
        QCoreApplication::removeTranslator(&own);
        QCoreApplication::removeTranslator(&qt);
    }
};

QTEST_MAIN(TestClustersV2)
#include "tst_clusters_v2.moc"
