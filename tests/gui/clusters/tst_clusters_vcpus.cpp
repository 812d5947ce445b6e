// Issue 14: the clusters table's vCPUs come from the region's VM sizes (the session's shared
// cache), not from a table in the code. A size the old table did not know (Standard_F16s_v2)
// shows nodes × its vCPUs; while the region's sizes load, and when they cannot be read, the cell
// shows a placeholder, never a guessed number, and it updates when the sizes arrive.
#include <QSignalSpy>
#include <QTest>

#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QTableView>

#include "clusters/ClustersTableModel.h"
#include "clusters/ClustersView.h"
#include "SandboxFacts.h"
#include "session/Session.h"
#include "support/SandboxSession.h"

using namespace cw;

class TestClustersVcpus : public QObject
{
    Q_OBJECT

    test::SandboxProcess m_sandbox;

    int vmSizeRequests()
    {
        return m_sandbox.countRequests("GET", QStringLiteral("/locations/westeurope/vmSizes$"));
    }

    // The table's cell of compute `name` in `column` (the view's proxy), invalid when not shown.
    static QModelIndex cell(ui::ClustersView &view, const QString &name, int column)
    {
        QAbstractItemModel *model = view.table()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->index(row, ui::ClustersTableModel::Name).data().toString() == name)
                return model->index(row, column);
        return {};
    }

    static void show(ui::ClustersView &view, const QString &subscription)
    {
        view.resize(1200, 700);
        view.show();
        view.setRefreshIntervalMs(0);
        view.setWorkspaces({{.subscriptionId = subscription, .resourceGroup = QStringLiteral("rg-ml"),
                             .workspace = QStringLiteral("ws-demo")}});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sandbox.start());
        // 3 nodes of Standard_F16s_v2 (16 vCPUs): a size the removed ClusterRow table did not
        // list (it showed "—"). Created by a plain ARM PUT, not through the code under test.
        const QJsonObject body{
            {QStringLiteral("location"), QStringLiteral("westeurope")},
            {QStringLiteral("properties"),
             QJsonObject{{QStringLiteral("computeType"), QStringLiteral("AKS")},
                         {QStringLiteral("computeLocation"), QStringLiteral("westeurope")},
                         {QStringLiteral("properties"), QJsonObject{{QStringLiteral("agentCount"), 3},
                                                                    {QStringLiteral("agentVmSize"), QStringLiteral("Standard_F16s_v2")},
                                                                    {QStringLiteral("clusterPurpose"), QStringLiteral("FastProd")}}}}}};
        const test::HttpResult put = m_sandbox.arm("PUT", test::workspacePath(m_sandbox) + QStringLiteral("/computes/f16-nodes?api-version=2022-10-01"),
                                                   QJsonDocument(body).toJson(QJsonDocument::Compact));
        QVERIFY2(put.status == 200 || put.status == 201, put.body.constData());
    }

    void vcpusOfASizeTheOldTableDidNotKnow()
    {
        std::unique_ptr<session::Session> session = test::sandboxSession(m_sandbox);
        ui::ClustersView view(session.get());
        QSignalSpy refreshed(&view, &ui::ClustersView::refreshed);
        const int before = vmSizeRequests();
        show(view, m_sandbox.endpoint().subscriptionId);
        QVERIFY(refreshed.wait(60000));

        // The list is shown; the region's sizes were asked for just now: a placeholder.
        QModelIndex f16 = cell(view, QStringLiteral("f16-nodes"), ui::ClustersTableModel::Vcpus);
        QVERIFY(f16.isValid());
        QCOMPARE(f16.data().toString(), QStringLiteral("…"));
        QVERIFY(f16.data(Qt::ToolTipRole).toString().contains(QLatin1String("westeurope")));

        // The sizes arrive: 3 × 16 vCPUs, without a refresh of the list.
        QTRY_COMPARE_WITH_TIMEOUT(cell(view, QStringLiteral("f16-nodes"), ui::ClustersTableModel::Vcpus).data().toInt(), 48, 30000);
        QCOMPARE(refreshed.count(), 1);
        f16 = cell(view, QStringLiteral("f16-nodes"), ui::ClustersTableModel::Vcpus);
        QVERIFY(f16.data(Qt::ToolTipRole).toString().contains(QLatin1String("Standard_F16s_v2")));
        // A seeded compute of a well-known size: 3 × Standard_D3_v2 (4 vCPUs).
        QCOMPARE(cell(view, QStringLiteral("tls-prod"), ui::ClustersTableModel::Vcpus).data().toInt(), 12);
        // One request for the region, however many rows it has; a refresh asks no more.
        QCOMPARE(vmSizeRequests(), before + 1);
        view.refresh();
        QVERIFY(refreshed.wait(60000));
        QCOMPARE(cell(view, QStringLiteral("f16-nodes"), ui::ClustersTableModel::Vcpus).data().toInt(), 48);
        QCOMPARE(vmSizeRequests(), before + 1);
        // The filter sees the number.
        view.filterBox()->setText(QStringLiteral("48"));
        QTRY_VERIFY(cell(view, QStringLiteral("f16-nodes"), ui::ClustersTableModel::Name).isValid());
    }

    // The region's sizes cannot be read: "—" with the reason in the tooltip, no number; the next
    // refresh asks again and the number appears.
    void unreadableSizesShowAPlaceholderUntilARefreshReadsThem()
    {
        std::unique_ptr<session::Session> session = test::sandboxSession(m_sandbox); // a fresh cache
        // One refusal (403: not retried by the ARM pipeline), then the service answers again.
        QJsonObject fault;
        fault.insert(QStringLiteral("method"), QStringLiteral("GET"));
        fault.insert(QStringLiteral("path"), QStringLiteral("/locations/westeurope/vmSizes"));
        fault.insert(QStringLiteral("status"), 403);
        fault.insert(QStringLiteral("count"), 1);
        m_sandbox.control("POST", QStringLiteral("/faults"), QJsonDocument(fault));
        ui::ClustersView view(session.get());
        QSignalSpy refreshed(&view, &ui::ClustersView::refreshed);
        show(view, m_sandbox.endpoint().subscriptionId);
        QVERIFY(refreshed.wait(60000));
        QTRY_VERIFY_WITH_TIMEOUT(cell(view, QStringLiteral("f16-nodes"), ui::ClustersTableModel::Vcpus)
                                     .data(Qt::ToolTipRole).toString().contains(QLatin1String("could not be read")),
                                 30000);
        const QModelIndex failed = cell(view, QStringLiteral("f16-nodes"), ui::ClustersTableModel::Vcpus);
        QCOMPARE(failed.data().toString(), QStringLiteral("—"));
        QCOMPARE(failed.data(ui::ClustersTableModel::SortRole).toInt(), -1);

        view.refresh();
        QVERIFY(refreshed.wait(60000));
        QTRY_COMPARE_WITH_TIMEOUT(cell(view, QStringLiteral("f16-nodes"), ui::ClustersTableModel::Vcpus).data().toInt(), 48, 30000);
    }
};

QTEST_MAIN(TestClustersVcpus)
#include "tst_clusters_vcpus.moc"
