// table benchmark (label bench): the clusters table with 50,000 rows, its proxy set up as
// ClustersView sets it up (setUpClustersProxy: sort role, case-insensitive filter over every
// column, dynamic sorting, sorted by name): load (rows into the model and through the proxy),
// sort by another column, filter, and a refresh diff with 10 % of the rows changed. Median of 7
// runs each, for the stock QSortFilterProxyModel and for ClustersProxyModel (its fast paths).
// Goal: load + sort + filter < 100 ms. That both proxies give the very same rows in the very
// same order is checked in CI by tests/gui/clusters/tst_clustersproxy.
#include <QApplication>
#include <QElapsedTimer>
#include <QSortFilterProxyModel>

#include <algorithm>
#include <cstdlib>
#include <cstdio>
#include <ctime>
#include <memory>
#include <string>
#include <vector>

#include "clusters/ClusterRow.h"
#include "clusters/ClustersProxyModel.h"
#include "clusters/ClustersTableModel.h"

using namespace cw::ui;

namespace {

QList<ClusterRow> makeRows(int count, int generation)
{
    static const QString sizes[] = {QStringLiteral("Standard_D3_v2"), QStringLiteral("Standard_D2_v2"),
                                    QStringLiteral("Standard_DS3_v2"), QStringLiteral("Standard_Z9")};
    QList<ClusterRow> rows;
    rows.reserve(count);
    for (int i = 0; i < count; ++i) {
        ClusterRow r;
        r.name = QStringLiteral("aks-%1").arg((i * 7919) % count, 6, 10, QLatin1Char('0'));
        r.id = QStringLiteral("/subscriptions/s/resourceGroups/rg/providers/Microsoft.MachineLearningServices/"
                              "workspaces/ws/computes/") + r.name;
        r.workspace = QStringLiteral("ws-demo");
        r.state = i % 50 == 3 ? QStringLiteral("Failed") : QStringLiteral("Succeeded");
        r.purpose = i % 4 ? QStringLiteral("FastProd") : QStringLiteral("DevTest");
        r.vmSize = sizes[i % 4];
        if (i % 13)
            r.nodeCount = 1 + i % 9;
        if (r.nodeCount && i % 4 != 3)
            r.vcpus = (i % 4 == 1 ? 2 : 4) * *r.nodeCount;
        r.kubernetesVersion = QStringLiteral("1.27.%1").arg(i % 5);
        r.tlsStatus = i % 3 ? QStringLiteral("Disabled") : QStringLiteral("Enabled");
        r.endpoint = r.name + QStringLiteral(".hcp.westeurope.azmk8s.io");
        r.loadBalancer = i % 5 ? QStringLiteral("PublicIp") : QStringLiteral("InternalLoadBalancer");
        r.region = i % 3 ? QStringLiteral("westeurope") : QStringLiteral("eastus");
        r.attached = i % 7 == 0;
        r.createdOn = QStringLiteral("2026-10-%1T05:%2:00Z").arg(1 + i % 28, 2, 10, QLatin1Char('0'))
                          .arg(i % 60, 2, 10, QLatin1Char('0'));
        r.modifiedOn = QStringLiteral("2026-11-%1T06:00:00Z").arg(1 + (i + (i % 10 == 0 ? generation : 0)) % 28, 2, 10,
                                                                  QLatin1Char('0'));
        rows.append(r);
    }
    return rows;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

struct Figures {
    double load, sort, filter, refresh, total, totalCpu;
};

// The thread's CPU time: on a shared, loaded machine wall time also counts other processes.
double cpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

template<typename Proxy>
Figures measure(const QList<ClusterRow> &first, const QList<ClusterRow> &second, int runs)
{
    std::vector<double> load, sort, filter, refresh, total, totalCpu;
    for (int run = 0; run < runs; ++run) {
        ClustersTableModel model;
        Proxy proxy;
        setUpClustersProxy(proxy, model);
        QElapsedTimer t;
        const double cpu0 = cpuMs();
        t.start();
        model.setRows(first);
        if (proxy.rowCount() != first.size())
            std::exit(1);
        load.push_back(t.nsecsElapsed() / 1e6);
        t.restart();
        proxy.sort(ClustersTableModel::Vcpus, Qt::DescendingOrder);
        sort.push_back(t.nsecsElapsed() / 1e6);
        t.restart();
        proxy.setFilterFixedString(QStringLiteral("aks-0012"));
        const int shown = proxy.rowCount();
        filter.push_back(t.nsecsElapsed() / 1e6);
        if (shown != 100)
            std::exit(1);
        totalCpu.push_back(cpuMs() - cpu0);
        total.push_back(load.back() + sort.back() + filter.back());
        proxy.setFilterFixedString(QString());
        t.restart();
        model.setRows(second);
        refresh.push_back(t.nsecsElapsed() / 1e6);
        if (proxy.rowCount() != first.size())
            std::exit(1);
    }
    return {median(load), median(sort), median(filter), median(refresh), median(total), median(totalCpu)};
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    constexpr int kRows = 50000;
    constexpr int kRuns = 7;
    // CW_BENCH_TABLE_FAST_ONLY=1: only ClustersProxyModel (for profiling it alone).
    const bool fastOnly = qEnvironmentVariableIntValue("CW_BENCH_TABLE_FAST_ONLY") == 1;
    const QList<ClusterRow> first = makeRows(kRows, 0);
    const QList<ClusterRow> second = makeRows(kRows, 1);
    const Figures stock = fastOnly ? Figures{} : measure<QSortFilterProxyModel>(first, second, kRuns);
    const Figures fast = measure<ClustersProxyModel>(first, second, kRuns);

    double loadAvg[1] = {0};
    getloadavg(loadAvg, 1);
    std::printf("\n=== table benchmark: %d rows, proxy as ClustersView sets it up, median of %d runs, load avg %.2f ===\n",
                kRows, kRuns, loadAvg[0]);
    std::printf("%-44s %9s  %-6s %-10s %s\n", "figure", "value", "unit", "goal", "result");
    const auto line = [](const char *name, double value, const char *goal, int verdict) {
        std::printf("%-44s %9.1f  %-6s %-10s %s\n", name, value, "ms", goal,
                    verdict < 0 ? "-" : verdict ? "PASS" : "MISS");
    };
    for (const auto &[label, f] : {std::pair{"QSortFilterProxyModel", stock}, std::pair{"ClustersProxyModel", fast}}) {
        if (fastOnly && f.load == 0)
            continue;
        const std::string prefix = std::string("table ") + label + " ";
        line((prefix + "load").c_str(), f.load, "", -1);
        line((prefix + "sort").c_str(), f.sort, "", -1);
        line((prefix + "filter").c_str(), f.filter, "", -1);
        line((prefix + "load+sort+filter").c_str(), f.total, "< 100 ms", f.total < 100);
        line((prefix + "load+sort+filter, CPU time of the thread").c_str(), f.totalCpu, "", -1);
        line((prefix + "refresh (10 % changed)").c_str(), f.refresh, "", -1);
    }
    std::fflush(stdout);
    return 0;
}
