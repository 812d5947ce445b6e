// Paging over 5,000 computes with nextLink, exactly as the sandbox hands them out.
#include "PipelineFixture.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>

using namespace cw;
using namespace cw::test;

class TestPaging : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void pagesThroughFiveThousandComputes();
    void cancelStopsPaging();
    void cancelWhileAPageIsOnItsWayStopsPaging();

private:
    SandboxProcess m_sandbox;
    std::unique_ptr<arm::ArmConnection> m_connection;
    int m_total = 0;
};

void TestPaging::initTestCase()
{
    registerPipelineTypes();
    QVERIFY(m_sandbox.start());
    m_connection = sandboxConnection(m_sandbox);
    const auto before = sendAndWait(*m_connection, get(kWorkspacePath + QStringLiteral("/computes")));
    QVERIFY(before.ok());
    const QJsonObject bulk{{QStringLiteral("subscription"), m_sandbox.endpoint().subscriptionId},
                           {QStringLiteral("resourceGroup"), QStringLiteral("rg-ml")},
                           {QStringLiteral("workspace"), QStringLiteral("ws-demo")},
                           {QStringLiteral("count"), 5000}};
    const auto added = m_sandbox.control("POST", QStringLiteral("/_sandbox/computes/bulk"), QJsonDocument(bulk));
    QCOMPARE(added.object().value(QStringLiteral("added")).toInt(), 5000);
}

void TestPaging::pagesThroughFiveThousandComputes()
{
    m_sandbox.control("DELETE", QStringLiteral("/_sandbox/requests"));
    arm::ArmPager pager(m_connection.get(), get(kWorkspacePath + QStringLiteral("/computes")));
    QSet<QString> names;
    int pages = 0;
    connect(&pager, &arm::ArmPager::page, this, [&](const nlohmann::json &values) {
        ++pages;
        for (const auto &item : values)
            names.insert(QString::fromStdString(item.value("name", std::string())));
    });
    QSignalSpy done(&pager, &arm::ArmPager::finished);
    QElapsedTimer clock;
    clock.start();
    pager.start();
    QVERIFY(done.wait(240000));
    const auto error = done.at(0).at(0).value<std::optional<arm::ArmError>>();
    QVERIFY2(!error.has_value(), error ? qPrintable(error->rawDetail()) : "");
    qInfo("paged %lld computes in %d pages in %lld ms", pager.itemCount(), pages, clock.elapsed());
    QVERIFY(pager.itemCount() >= 5000);
    QCOMPARE(qint64(names.size()), pager.itemCount()); // no page seen twice, none skipped
    QCOMPARE(pager.pageCount(), pages);
    QVERIFY(pages > 1);
    QCOMPARE(m_sandbox.countRequests("GET", QStringLiteral("/computes$")), pages);
}

void TestPaging::cancelStopsPaging()
{
    arm::ArmPager pager(m_connection.get(), get(kWorkspacePath + QStringLiteral("/computes")));
    connect(&pager, &arm::ArmPager::page, &pager, &arm::ArmPager::cancel);
    QSignalSpy done(&pager, &arm::ArmPager::finished);
    pager.start();
    QVERIFY(done.wait(30000));
    QCOMPARE(pager.pageCount(), 1);
    const auto error = done.at(0).at(0).value<std::optional<arm::ArmError>>();
    QVERIFY(error.has_value());
    QCOMPARE(error->kind, arm::ArmError::Kind::Cancelled);
}

// The first page's reply has arrived (its ArmJob has finished) but the answer is still queued
// for the pager when cancel() comes: the ArmJob can no longer be cancelled, yet the pager must
// stop and finish Cancelled instead of going on to the next pages.
void TestPaging::cancelWhileAPageIsOnItsWayStopsPaging()
{
    arm::ArmPager pager(m_connection.get(), get(kWorkspacePath + QStringLiteral("/computes")));
    QSignalSpy done(&pager, &arm::ArmPager::finished);
    // The network manager hears the reply before the ArmJob does; a cancel posted from there
    // runs after the ArmJob finished and before its queued answer (posted events run in order).
    auto once = std::make_shared<QMetaObject::Connection>();
    // (The manager is shared with the token requests: only an ARM answer counts.)
    *once = connect(m_connection->networkAccessManager(), &QNetworkAccessManager::finished, this,
                    [&pager, once](QNetworkReply *reply) {
        if (reply->url().path().contains(QLatin1String("/oauth2/")))
            return;
        disconnect(*once);
        QMetaObject::invokeMethod(&pager, &arm::ArmPager::cancel, Qt::QueuedConnection);
    });
    pager.start();
    QVERIFY(done.wait(240000));
    QCOMPARE(done.size(), 1);
    const auto error = done.at(0).at(0).value<std::optional<arm::ArmError>>();
    QVERIFY2(error.has_value(), qPrintable(QStringLiteral("finished after %1 pages").arg(pager.pageCount())));
    QCOMPARE(error->kind, arm::ArmError::Kind::Cancelled);
    QCOMPARE(pager.pageCount(), 0);
}

QTEST_GUILESS_MAIN(TestPaging)
#include "tst_paging.moc"
