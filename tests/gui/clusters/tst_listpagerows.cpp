// A computes (or managedClusters) page read as text: the count the pager needs, and the rows (or
// versions) a worker makes of it, in page order, the same as the document path makes.
#include <QTest>

#include "azure/ComputeResource.h"
#include "clusters/ListPageRows.h"

#include <nlohmann/json.hpp>

using namespace cw;
using namespace cw::ui;

namespace {

nlohmann::json compute(int i, const char *type = "AKS")
{
    const std::string name = "aks-" + std::to_string(i);
    return {{"id", "/subscriptions/s1/resourceGroups/rg/providers/Microsoft.MachineLearningServices/workspaces/ws/computes/" + name},
            {"name", name},
            {"location", "westeurope"},
            {"properties",
             {{"computeType", type},
              {"provisioningState", "Succeeded"},
              {"resourceId", "/subscriptions/s1/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/" + name},
              {"properties", {{"agentCount", 1 + i % 3}, {"agentVmSize", "Standard_D3_v2"}, {"clusterFqdn", name + ".example"}}}}}};
}

} // namespace

class TestListPageRows : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countsTheElements()
    {
        QCOMPARE(pageItemCount("[]"), std::optional<qint64>(0));
        QCOMPARE(pageItemCount(R"([{"a":1}, 2, "x", [3]])"), std::optional<qint64>(4));
        // Cut short or not an array: the pager fails the list (MalformedPage).
        QCOMPARE(pageItemCount(R"([{"a":1}, )"), std::nullopt);
        QCOMPARE(pageItemCount(R"({"a":1})"), std::nullopt);
    }

    // The rows are those the document path (fromJson + clusterRowFrom) makes, AKS (v1) and
    // Kubernetes (v2) computes only, in page order; items that are no computes are skipped.
    void rowsInPageOrderAsTheDocumentPathMakesThem()
    {
        nlohmann::json page = nlohmann::json::array();
        for (int i = 0; i < 50; ++i)
            page.push_back(compute(i, i % 10 == 3 ? "AmlCompute" : i % 10 == 5 ? "Kubernetes" : "AKS"));
        page.push_back(42);
        page.push_back("not a compute");
        const std::string text = page.dump();

        QList<ClusterRow> expected;
        for (const nlohmann::json &item : page)
            if (item.is_object())
                if (const auto c = azure::ComputeResource::fromJson(item); c.value && (c.value->isAks() || c.value->isKubernetes()))
                    expected.append(clusterRowFrom(*c.value, QStringLiteral("ws (rg)")));
        QCOMPARE(expected.size(), 45);
        const QList<ClusterRow> rows = clusterRowsFromPage(text, QStringLiteral("ws (rg)"));
        QCOMPARE(rows.size(), expected.size());
        for (qsizetype i = 0; i < rows.size(); ++i)
            QVERIFY2(rows.at(i) == expected.at(i), qPrintable(rows.at(i).id.toString()));
        QCOMPARE(rows.first().name, QStringLiteral("aks-0"));
        QCOMPARE(rows.last().name, QStringLiteral("aks-49"));
        QCOMPARE(rows.first().endpoint, QStringLiteral("aks-0.example"));
    }

    // The rows' ids read as the page spells them, but are held as one head string the page's
    // rows share and the row's own name string (issue 13: 5,000 rows held 3 MB of ids).
    void idsShareTheirHeadAndTheName()
    {
        nlohmann::json page = nlohmann::json::array();
        for (int i = 0; i < 3; ++i)
            page.push_back(compute(i));
        page[2]["properties"]["resourceId"] = "/subscriptions/s1/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/Other";
        const QList<ClusterRow> rows = clusterRowsFromPage(page.dump(), QStringLiteral("ws (rg)"));
        QCOMPARE(rows.size(), 3);
        for (qsizetype i = 0; i < rows.size(); ++i) {
            QCOMPARE(rows.at(i).id.toString(), QString::fromStdString(page[i]["id"].get<std::string>()));
            QCOMPARE(rows.at(i).aksResourceId.toString(), QString::fromStdString(page[i]["properties"]["resourceId"].get<std::string>()));
            QCOMPARE(rows.at(i).id.tail().constData(), rows.at(i).name.constData());
            QCOMPARE(rows.at(i).id.head().constData(), rows.first().id.head().constData());
            QCOMPARE(rows.at(i).aksResourceId.head().constData(), rows.first().aksResourceId.head().constData());
        }
        QCOMPARE(rows.at(1).aksResourceId.tail().constData(), rows.at(1).name.constData());
        QCOMPARE(rows.at(2).aksResourceId.tail(), QStringLiteral("Other"));
        // Nothing rare (certificate names, subnet, errors, Kubernetes namespace...): no side struct.
        for (const ClusterRow &row : rows)
            QCOMPARE(&row.rare(), &ClusterRow().rare());
        ClusterRow made;
        made.rareForEdit(); // made, left empty: the same row
        QVERIFY(made == ClusterRow());
        made.rareForEdit().tlsCname = QStringLiteral("a.example");
        QVERIFY(!(made == ClusterRow()));
        ClusterRow copy = made;
        copy.rareForEdit().tlsCname = QStringLiteral("b.example"); // detached: `made` keeps its own
        QCOMPARE(made.rare().tlsCname, QStringLiteral("a.example"));
    }

    // Ids are equal, hash and look up by their text, however they are split.
    void splitIdsCompareByText()
    {
        const QString text = QStringLiteral("/subscriptions/s/resourceGroups/rg/providers/x/workspaces/ws/computes/aks-1");
        const SplitId whole(text);
        const SplitId split = SplitId::split(text);
        QCOMPARE(split.head(), text.left(text.lastIndexOf(QLatin1Char('/')) + 1));
        QCOMPARE(split.tail(), QStringLiteral("aks-1"));
        for (const SplitId &id : {split, SplitId::split(text, QStringLiteral("aks-1"))}) {
            QCOMPARE(id.toString(), text);
            QVERIFY(id == whole);
            QCOMPARE(qHash(id, 7), qHash(whole, 7));
        }
        QVERIFY(split != SplitId(text + QLatin1Char('x')));
        QVERIFY(split != SplitId::split(QString(text).replace(QStringLiteral("ws"), QStringLiteral("wz"))));
        QHash<SplitId, int> index;
        index.insert(split, 1);
        QCOMPARE(index.value(whole, -1), 1);
        QCOMPARE(index.value(SplitId(QStringLiteral("/aks-1")), -1), -1); // same last segment, another id
        QVERIFY(SplitId(QStringLiteral("aks-1")) != SplitId::split(QStringLiteral("/aks-1")));
        QVERIFY(SplitId().isEmpty());
        QVERIFY(SplitId::split(QString()).isEmpty());
    }

    void versionsByLowerCaseIdCurrentFirst()
    {
        const std::string text = R"([
            {"id": "/subscriptions/S1/resourceGroups/RG/providers/Microsoft.ContainerService/managedClusters/A",
             "name": "A", "location": "westeurope",
             "properties": {"kubernetesVersion": "1.24", "currentKubernetesVersion": "1.24.9"}},
            {"id": "/subscriptions/s1/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/b",
             "name": "b", "location": "westeurope", "properties": {"kubernetesVersion": "1.25.5"}},
            7])";
        const QHash<QString, QString> versions = clusterVersionsFromPage(text);
        QCOMPARE(versions.size(), 2);
        QCOMPARE(versions.value(QStringLiteral("/subscriptions/s1/resourcegroups/rg/providers/microsoft.containerservice/managedclusters/a")),
                 QStringLiteral("1.24.9"));
        QCOMPARE(versions.value(QStringLiteral("/subscriptions/s1/resourcegroups/rg/providers/microsoft.containerservice/managedclusters/b")),
                 QStringLiteral("1.25.5"));
    }
};

QTEST_GUILESS_MAIN(TestListPageRows)
#include "tst_listpagerows.moc"
