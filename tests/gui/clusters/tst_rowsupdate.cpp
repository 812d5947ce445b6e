// A refresh of the clusters table applied in bounded steps (diffRows + applyUpdate): a large
// refresh takes several steps and ends with exactly the refreshed rows, the selection and the
// proxy's sort and filter kept; a changed row signals only the columns that differ, so a proxy
// sorted by another column does not re-sort; changedColumns() names every column a field shows in.
#include <QSignalSpy>
#include <QTest>

#include <QItemSelectionModel>

#include "clusters/ClusterRow.h"
#include "clusters/ClustersProxyModel.h"
#include "clusters/ClustersTableModel.h"
#include "clusters/RowsUpdate.h"

#include <functional>

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
    r.vcpusState = ClusterRow::Vcpus::Known;
    r.region = i % 2 ? QStringLiteral("westeurope") : QStringLiteral("eastus");
    return r;
}

QList<ClusterRow> rows(int from, int to)
{
    QList<ClusterRow> list;
    for (int i = from; i < to; ++i)
        list.append(row(i));
    return list;
}

void verifySortedByName(const QAbstractItemModel &proxy)
{
    for (int r = 1; r < proxy.rowCount(); ++r)
        QVERIFY2(proxy.index(r - 1, ClustersTableModel::Name).data().toString()
                     < proxy.index(r, ClustersTableModel::Name).data().toString(),
                 qPrintable(QString::number(r)));
}

} // namespace

class TestRowsUpdate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // 6,000 rows refreshed with 300 changed, 100 vanished and 500 new: with a 0.2 ms budget the
    // update takes several steps (each leaves model and proxy consistent) and ends with exactly
    // the new list, sorted, the selected compute still selected.
    void aLargeRefreshIsAppliedInSeveralBoundedSteps()
    {
        ClustersTableModel model;
        ClustersProxyModel proxy;
        setUpClustersProxy(proxy, model);
        model.setRows(rows(0, 6000));
        QItemSelectionModel selection(&proxy);
        const QModelIndex target = proxy.index(3000, ClustersTableModel::Name);
        const QString selectedName = target.data().toString();
        selection.select(target, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);

        QList<ClusterRow> next;
        for (int i = 0; i < 6000; ++i) {
            if (i >= 100 && i < 200)
                continue; // vanished
            next.append(row(i, i % 20 == 0 ? QStringLiteral("Updating") : QStringLiteral("Succeeded")));
        }
        next.append(rows(6000, 6500));
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

        RowsUpdate update = diffRows(model.rows(), next);
        update.base = model.generation();
        QCOMPARE(update.changedCount(), 300 - 5); // rows 100..199 include 5 multiples of 20
        QCOMPARE(update.removedCount(), 100);
        QCOMPARE(update.addedCount, 500);
        int steps = 0;
        bool done = false;
        while (!done) {
            done = model.applyUpdate(update, 200'000);
            ++steps;
            QCOMPARE(proxy.rowCount(), model.rowCount());
            QVERIFY(steps < 10000);
        }
        qInfo("applied in %d steps", steps);
        QVERIFY(steps > 1);
        QCOMPARE(resets.count(), 0);

        QCOMPARE(model.rowCount(), int(next.size()));
        for (const ClusterRow &expected : std::as_const(next)) {
            const ClusterRow *shown = model.rowById(expected.id);
            QVERIFY2(shown, qPrintable(expected.id.toString()));
            QVERIFY2(*shown == expected, qPrintable(expected.id.toString()));
        }
        verifySortedByName(proxy);
        const QModelIndexList selected = selection.selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().data().toString(), selectedName);
    }

    // A state change signals the State column only: the proxy, sorted by name, moves nothing (one
    // dataChanged spanning every column made it re-sort the whole table); sorted by state, the
    // changed rows do move.
    void aChangedStateSignalsItsColumnOnly()
    {
        ClustersTableModel model;
        ClustersProxyModel proxy;
        setUpClustersProxy(proxy, model);
        model.setRows(rows(0, 100));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy layouts(&proxy, &QAbstractItemModel::layoutChanged);
        QList<ClusterRow> next = rows(0, 100);
        for (int i : {3, 40, 41, 77})
            next[i].state = QStringLiteral("Updating");
        QCOMPARE(model.setRows(next).changed, 4);
        QCOMPARE(changed.count(), 3); // 3, 40-41, 77
        for (const QList<QVariant> &signal : std::as_const(changed)) {
            QCOMPARE(signal.at(0).toModelIndex().column(), int(ClustersTableModel::State));
            QCOMPARE(signal.at(1).toModelIndex().column(), int(ClustersTableModel::State));
        }
        QCOMPARE(layouts.count(), 0);
        QCOMPARE(proxy.index(40, ClustersTableModel::State).data().toString(), QStringLiteral("Updating"));

        proxy.sort(ClustersTableModel::State, Qt::AscendingOrder);
        next[50].state = QStringLiteral("Creating");
        next[60].state = QStringLiteral("Failed");
        model.setRows(next);
        const auto key = [&proxy](int r) {
            return proxy.index(r, ClustersTableModel::State).data(ClustersTableModel::SortRole).toString();
        };
        QSet<QString> states;
        for (int r = 0; r < proxy.rowCount(); ++r) {
            states.insert(key(r));
            if (r > 0)
                QVERIFY2(key(r - 1) <= key(r), qPrintable(QString::number(r)));
        }
        QCOMPARE(states.size(), 4);
    }

    // The filter is applied again to changed rows, whatever columns they signal.
    void aChangedRowIsFilteredAgain()
    {
        ClustersTableModel model;
        ClustersProxyModel proxy;
        setUpClustersProxy(proxy, model);
        model.setRows(rows(0, 50));
        proxy.setFilterFixedString(QStringLiteral("westeurope"));
        QCOMPARE(proxy.rowCount(), 25);
        QList<ClusterRow> next = rows(0, 50);
        next[0].region = QStringLiteral("westeurope");
        next[1].region = QStringLiteral("northeurope");
        model.setRows(next);
        QCOMPARE(proxy.rowCount(), 25);
        QCOMPARE(proxy.index(0, ClustersTableModel::Name).data().toString(), QStringLiteral("aks-00000"));
    }

    // For each field of a row: the columns whose data (any role) differ once the field changes
    // are among those changedColumns() names, and it names at least one.
    void changedColumnsNamesEveryColumnAFieldShowsIn()
    {
        ClusterRow base = row(1);
        base.id = QStringLiteral("/subscriptions/s/resourceGroups/rg/providers/Microsoft.MachineLearningServices/"
                                 "workspaces/ws/computes/aks-00001");
        base.workspace = QStringLiteral("ws (rg)");
        base.purpose = QStringLiteral("FastProd");
        base.kubernetesVersion = QStringLiteral("1.24.9");
        base.tlsStatus = QStringLiteral("Enabled");
        base.rareForEdit().tlsCname = QStringLiteral("a.example");
        base.endpoint = QStringLiteral("a.example");
        base.loadBalancer = QStringLiteral("PublicIp");
        base.subscription = QStringLiteral("s");
        base.createdOn = QStringLiteral("2026-01-02T03:04:05Z");
        base.modifiedOn = QStringLiteral("2026-02-02T03:04:05Z");
        base.aksResourceId = QStringLiteral("/subscriptions/s/x");
        base.computeType = QStringLiteral("AKS");
        const QList<std::pair<const char *, std::function<void(ClusterRow &)>>> edits = {
            {"name", [](ClusterRow &r) { r.name = QStringLiteral("zzz"); }},
            {"state", [](ClusterRow &r) { r.state = QStringLiteral("Failed"); }},
            {"errors", [](ClusterRow &r) { r.rareForEdit().provisioningErrors = {QStringLiteral("boom (E)")}; }},
            {"purpose", [](ClusterRow &r) { r.purpose = QStringLiteral("DevTest"); }},
            {"vmSize", [](ClusterRow &r) { r.vmSize = QStringLiteral("Standard_D4_v2"); }},
            {"nodeCount", [](ClusterRow &r) { r.nodeCount = 9; }},
            {"vcpus", [](ClusterRow &r) { r.vcpus = 99; }},
            {"vcpusState", [](ClusterRow &r) { r.vcpusState = ClusterRow::Vcpus::NotListed; }},
            {"kubernetes", [](ClusterRow &r) { r.kubernetesVersion = QStringLiteral("1.25"); }},
            {"tls", [](ClusterRow &r) { r.tlsStatus = QStringLiteral("Auto"); }},
            {"tlsLeaf", [](ClusterRow &r) { r.rareForEdit().tlsLeafLabel = QStringLiteral("leaf"); }},
            {"tlsCname", [](ClusterRow &r) { r.rareForEdit().tlsCname = QStringLiteral("b.example"); }},
            {"endpoint", [](ClusterRow &r) { r.endpoint = QStringLiteral("b.example"); }},
            {"loadBalancer", [](ClusterRow &r) { r.loadBalancer = QStringLiteral("InternalLoadBalancer"); }},
            {"subnet", [](ClusterRow &r) { r.rareForEdit().loadBalancerSubnet = QStringLiteral("sn"); }},
            {"scoring", [](ClusterRow &r) { r.scoringAddress = QStringLiteral("10.0.0.1"); }},
            {"region", [](ClusterRow &r) { r.region = QStringLiteral("northeurope"); }},
            {"subscription", [](ClusterRow &r) { r.subscription = QStringLiteral("t"); }},
            {"attached", [](ClusterRow &r) { r.attached = true; }},
            {"created", [](ClusterRow &r) { r.createdOn = QStringLiteral("2025-01-02T03:04:05Z"); }},
            {"modified", [](ClusterRow &r) { r.modifiedOn = QStringLiteral("2025-02-02T03:04:05Z"); }},
            {"aksId", [](ClusterRow &r) { r.aksResourceId = QStringLiteral("/subscriptions/s/y"); }},
            {"workspace", [](ClusterRow &r) { r.workspace = QStringLiteral("other (rg)"); }},
            {"computeType", [](ClusterRow &r) { r.computeType = QStringLiteral("Kubernetes"); }},
            {"namespace", [](ClusterRow &r) { r.rareForEdit().kubernetesNamespace = QStringLiteral("ml"); }},
            {"instanceTypes", [](ClusterRow &r) { r.rareForEdit().instanceTypes = {QStringLiteral("small")}; }},
            {"defaultInstanceType", [](ClusterRow &r) { r.rareForEdit().defaultInstanceType = QStringLiteral("small"); }},
        };
        const int roles[] = {Qt::DisplayRole, ClustersTableModel::SortRole, Qt::ToolTipRole, Qt::TextAlignmentRole,
                             ClustersTableModel::IdRole, ClustersTableModel::NameRole};
        for (const auto &[what, edit] : edits) {
            ClusterRow changed = base;
            edit(changed);
            QVERIFY2(!(changed == base), what);
            const quint32 columns = changedColumns(base, changed);
            QVERIFY2(columns != 0, what);
            ClustersTableModel before, after;
            before.setRows({base});
            after.setRows({changed});
            for (int c = 0; c < ClustersTableModel::ColumnCount; ++c) {
                bool differs = false;
                QStringList how;
                for (int role : roles)
                    if (before.index(0, c).data(role) != after.index(0, c).data(role)) {
                        differs = true;
                        how.append(QStringLiteral("role %1: %2 / %3").arg(role).arg(before.index(0, c).data(role).toString(),
                                                                             after.index(0, c).data(role).toString()));
                    }
                const QIcon a = before.index(0, c).data(Qt::DecorationRole).value<QIcon>();
                const QIcon b = after.index(0, c).data(Qt::DecorationRole).value<QIcon>();
                differs |= a.cacheKey() != b.cacheKey();
                QVERIFY2(!differs || (columns & (quint32(1) << c)),
                         qPrintable(QStringLiteral("%1 changes column %2: %3").arg(QLatin1String(what)).arg(c).arg(how.join(u';'))));
            }
        }
    }
};

QTEST_MAIN(TestRowsUpdate)
#include "tst_rowsupdate.moc"
