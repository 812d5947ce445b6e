// The clusters view's first listings as fetched ahead (session/FirstListings): for remembered
// workspaces their computes and their subscriptions' AKS clusters; on a first start the
// subscriptions, then each one's workspaces, then (all of them answered) the computes of every
// workspace found and the AKS clusters of their subscriptions, learnt from the answers; an
// answer that is missing or unreadable teaches nothing (the view asks on its own).
#include <QTest>

#include "session/FirstListings.h"

using namespace cw;

namespace {

arm::ArmResponse page(const char *json)
{
    arm::ArmResponse answer;
    answer.httpStatus = 200;
    answer.body = QByteArray(json);
    return answer;
}

QStringList paths(const QList<arm::ArmRequest> &requests)
{
    QStringList out;
    for (const arm::ArmRequest &request : requests)
        out.append(QString::fromLatin1(request.method) + QLatin1Char(' ') + request.pathOrUrl);
    return out;
}

const char kSubscriptions[] = R"({"value":[
    {"id":"/subscriptions/sub-a","subscriptionId":"sub-a","displayName":"A","state":"Enabled"},
    {"id":"/subscriptions/sub-b","subscriptionId":"sub-b","displayName":"B","state":"Enabled"}]})";
const char kWorkspacesOfA[] = R"({"value":[
    {"id":"/subscriptions/sub-a/resourceGroups/rg-1/providers/Microsoft.MachineLearningServices/workspaces/ws-1","name":"ws-1","location":"westeurope"},
    {"id":"/subscriptions/sub-a/resourceGroups/rg-2/providers/Microsoft.MachineLearningServices/workspaces/ws-2","name":"ws-2","location":"westeurope"}]})";
const char kWorkspacesOfB[] = R"({"value":[
    {"id":"/subscriptions/sub-b/resourceGroups/rg-3/providers/Microsoft.MachineLearningServices/workspaces/ws-3","name":"ws-3","location":"eastus"}]})";

} // namespace

class TestFirstListings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rememberedWorkspacesTheirComputesAndClusters()
    {
        session::RememberedWorkspaces remembered;
        remembered.workspaces = {{.subscriptionId = QStringLiteral("sub-a"), .resourceGroup = QStringLiteral("rg-1"), .workspace = QStringLiteral("ws-1")},
                                 {.subscriptionId = QStringLiteral("sub-a"), .resourceGroup = QStringLiteral("rg-2"), .workspace = QStringLiteral("ws-2")}};
        const QStringList got = paths(session::firstListings(remembered));
        QCOMPARE(got.size(), 3); // two computes lists, one subscription's clusters
        QVERIFY(got.at(0).contains(QStringLiteral("/resourceGroups/rg-1/providers/Microsoft.MachineLearningServices/workspaces/ws-1/computes")));
        QVERIFY(got.at(1).contains(QStringLiteral("/workspaces/ws-2/computes")));
        QCOMPARE(got.at(2), QStringLiteral("GET /subscriptions/sub-a/providers/Microsoft.ContainerService/managedClusters"));
    }

    void aFirstStartLearnsEachStepFromTheAnswers()
    {
        QCOMPARE(paths(session::FirstStartListings::first()), QStringList{QStringLiteral("GET /subscriptions")});
        session::FirstStartListings plan;
        QCOMPARE(paths(plan.learn(page(kSubscriptions))),
                 (QStringList{QStringLiteral("GET /subscriptions/sub-a/providers/Microsoft.MachineLearningServices/workspaces"),
                              QStringLiteral("GET /subscriptions/sub-b/providers/Microsoft.MachineLearningServices/workspaces")}));
        QVERIFY(!plan.done());
        QVERIFY(plan.learn(page(kWorkspacesOfA)).isEmpty()); // the other subscription's are not in yet
        const QStringList listings = paths(plan.learn(page(kWorkspacesOfB)));
        QVERIFY(plan.done());
        QCOMPARE(listings.size(), 5); // three computes lists, two subscriptions' clusters
        QVERIFY(listings.at(0).endsWith(QStringLiteral("/subscriptions/sub-a/resourceGroups/rg-1/providers/Microsoft.MachineLearningServices/workspaces/ws-1/computes")));
        QVERIFY(listings.at(1).endsWith(QStringLiteral("/resourceGroups/rg-2/providers/Microsoft.MachineLearningServices/workspaces/ws-2/computes")));
        QVERIFY(listings.at(2).endsWith(QStringLiteral("/subscriptions/sub-b/resourceGroups/rg-3/providers/Microsoft.MachineLearningServices/workspaces/ws-3/computes")));
        QCOMPARE(listings.at(3), QStringLiteral("GET /subscriptions/sub-a/providers/Microsoft.ContainerService/managedClusters"));
        QCOMPARE(listings.at(4), QStringLiteral("GET /subscriptions/sub-b/providers/Microsoft.ContainerService/managedClusters"));
        QVERIFY(plan.learn(page(kSubscriptions)).isEmpty()); // done: nothing more
    }

    void aMissingWorkspaceListLeavesItsWorkspacesToTheView()
    {
        session::FirstStartListings plan;
        QCOMPARE(plan.learn(page(kSubscriptions)).size(), 2);
        QVERIFY(plan.learn(std::nullopt).isEmpty());
        const QStringList listings = paths(plan.learn(page(kWorkspacesOfB)));
        QCOMPARE(listings.size(), 2); // ws-3 and its subscription only
        QVERIFY(listings.at(0).endsWith(QStringLiteral("/workspaces/ws-3/computes")));
        QVERIFY(listings.at(1).endsWith(QStringLiteral("/sub-b/providers/Microsoft.ContainerService/managedClusters")));
    }

    void noUsableSubscriptionListTeachesNothing_data()
    {
        QTest::addColumn<bool>("answered");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("no answer") << false << QByteArray();
        QTest::newRow("not JSON") << true << QByteArray("<html>proxy error</html>");
        QTest::newRow("not a page") << true << QByteArray("[1,2,3]");
        QTest::newRow("no subscription") << true << QByteArray(R"({"value":[]})");
        QTest::newRow("value not a list") << true << QByteArray(R"({"value":"sub-a"})");
    }
    void noUsableSubscriptionListTeachesNothing()
    {
        QFETCH(bool, answered);
        QFETCH(QByteArray, body);
        session::FirstStartListings plan;
        const QList<arm::ArmRequest> learnt = plan.learn(answered ? std::optional(page(body.constData())) : std::nullopt);
        QVERIFY(learnt.isEmpty());
        QVERIFY(plan.done());
    }
};

QTEST_MAIN(TestFirstListings)
#include "tst_firstlistings.moc"
