// The details panel against the sandbox: the selected compute's AKS cluster facts and the
// certificate azureml-fe serves are fetched live (never blocking), a certificate that ends
// within 30 days is warned about, and answers for a compute no longer selected are ignored.
#include <QSignalSpy>
#include <QTest>

#include <QItemSelectionModel>
#include <QJsonArray>
#include <QRegularExpression>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTableView>
#include <QTextBrowser>
#include <QTranslator>

#include "auth/CloudEnvironment.h"
#include "auth/SandboxCredential.h"
#include "clusters/ClusterDetailsText.h"
#include "clusters/ClustersTableModel.h"
#include "clusters/ClustersView.h"
#include "widgets/ServiceLabels.h"
#include "azure/ComputeRequests.h"
#include "sandbox/SandboxPki.h"
#include "session/Session.h"
#include "SandboxFacts.h"
#include "support/SandboxSession.h"
#include "tls/CertificateParser.h"

using namespace cw;

class TestClusterDetails : public QObject
{
    Q_OBJECT

    test::SandboxProcess m_sandbox;
    std::unique_ptr<session::Session> m_session;

    // Shows ws-demo and selects `name` (through the filter box, as a user would).
    bool selectCompute(ui::ClustersView &view, const QString &name)
    {
        view.filterBox()->setText(name);
        QTableView *table = view.table();
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const QModelIndex index = table->model()->index(row, ui::ClustersTableModel::Name);
            if (index.data().toString() == name) {
                table->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
                return view.selectedComputeName() == name;
            }
        }
        return false;
    }

    // Shows ws-demo in `view`; false if its first refresh did not arrive.
    bool openWorkspace(ui::ClustersView &view)
    {
        view.resize(1200, 800);
        view.show();
        view.setRefreshIntervalMs(0);
        QSignalSpy refreshed(&view, &ui::ClustersView::refreshed);
        view.setWorkspaces({{.subscriptionId = m_sandbox.endpoint().subscriptionId,
                             .resourceGroup = QStringLiteral("rg-ml"), .workspace = QStringLiteral("ws-demo")}});
        return refreshed.wait(30000);
    }

    // Replaces tls-prod's certificate in the sandbox with one valid for `days` days, by a plain
    // ARM PUT (not through the code under test), and waits until the update is done.
    void replaceCertificate(int days)
    {
        sandbox::SandboxPki pki;
        QString error;
        QVERIFY2(pki.loadOrCreate(m_sandbox.stateDir(), &error), qPrintable(error));
        const sandbox::PemPair pair = pki.issueServerCertificate(QStringLiteral("www.contoso.com"), days);
        QJsonObject compute = test::sandboxCompute(m_sandbox, QStringLiteral("tls-prod"));
        QVERIFY(!compute.isEmpty());
        nlohmann::json doc = nlohmann::json::parse(QJsonDocument(compute).toJson().toStdString());
        doc = azure::computerequest::updateBody(std::move(doc));
        doc["properties"]["properties"]["sslConfiguration"] = {{"status", "Enabled"},
                                                               {"cert", pair.certPem.toStdString()},
                                                               {"key", pair.keyPem.toStdString()},
                                                               {"cname", "www.contoso.com"}};
        const test::HttpResult put = m_sandbox.arm("PUT", test::workspacePath(m_sandbox)
                                                              + QStringLiteral("/computes/tls-prod?api-version=2022-10-01"),
                                                   QByteArray::fromStdString(doc.dump()));
        QVERIFY2(put.status == 200 || put.status == 201, put.body.constData());
        QTRY_COMPARE_WITH_TIMEOUT(test::sandboxCompute(m_sandbox, QStringLiteral("tls-prod"))
                                      .value(QStringLiteral("properties")).toObject()
                                      .value(QStringLiteral("provisioningState")).toString(),
                                  QStringLiteral("Succeeded"), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(test::sandboxSecretEntry(m_sandbox, QStringLiteral("tls-prod-aks")), pair.certPem, 5000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sandbox.start());
        m_session = test::sandboxSession(m_sandbox);
    }

    void showsTheAksFactsAndTheCertificateOfTlsProd()
    {
        ui::ClustersView view(m_session.get());
        QVERIFY(openWorkspace(view));
        QSignalSpy loaded(&view, &ui::ClustersView::detailsLoaded);
        QVERIFY(selectCompute(view, QStringLiteral("tls-prod")));
        // Never blocking: the panel is shown at once with a loading line, filled in later.
        QVERIFY(view.detailsLoading());
        QVERIFY(view.findChild<QLabel *>(QStringLiteral("detailsLoading"))->isVisible());
        QVERIFY(view.detailsBrowser()->toPlainText().contains(QStringLiteral("Loading the AKS cluster")));
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, 20000);
        QVERIFY(!view.detailsLoading());
        QVERIFY(!view.findChild<QLabel *>(QStringLiteral("detailsLoading"))->isVisible());
        const QString text = view.detailsBrowser()->toPlainText().simplified();

        // The AKS cluster as the sandbox has it.
        const QJsonObject cluster = test::sandboxCluster(m_sandbox, QStringLiteral("rg-ml"), QStringLiteral("tls-prod-aks"))
                                        .value(QStringLiteral("properties")).toObject();
        QVERIFY(!cluster.isEmpty());
        const QString version = cluster.value(QStringLiteral("currentKubernetesVersion")).toString();
        QVERIFY(!version.isEmpty());
        QVERIFY2(text.contains(QStringLiteral("Kubernetes version ") + version), qPrintable(text));
        const QJsonObject pool = cluster.value(QStringLiteral("agentPoolProfiles")).toArray().first().toObject();
        QVERIFY(text.contains(QStringLiteral("%1: %2 × %3").arg(pool.value(QStringLiteral("name")).toString())
                                  .arg(pool.value(QStringLiteral("count")).toInt())
                                  .arg(pool.value(QStringLiteral("vmSize")).toString())));
        QVERIFY(text.contains(QStringLiteral("Private cluster No")));
        QVERIFY(text.contains(QStringLiteral("Authorized IP ranges Any (not restricted)")));
        const QString sku = cluster.value(QStringLiteral("networkProfile")).toObject().value(QStringLiteral("loadBalancerSku")).toString();
        QVERIFY(!sku.isEmpty());
        // Shown as a label ("basic" → "Basic"), not the service's raw word.
        QVERIFY2(text.contains(QStringLiteral("Load balancer SKU") + QLatin1Char(' ')
                               + ui::ServiceLabels().label(ui::ServiceField::LoadBalancerSku, sku)), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Upgrades available ")));
        QVERIFY(!text.contains(QStringLiteral("Upgrades available —")));

        // The certificate: the one in the sandbox's azuremlfessl secret, a year left, no warning.
        const QByteArray secretCert = test::sandboxSecretEntry(m_sandbox, QStringLiteral("tls-prod-aks"));
        QVERIFY(!secretCert.isEmpty());
        const tls::CertificateChainResult chain = tls::parseCertificateChain(secretCert);
        QVERIFY(chain.ok());
        const tls::CertificateInfo &leaf = chain.certificates.first();
        QVERIFY(leaf.subject.contains(QStringLiteral("www.contoso.com")));
        QVERIFY2(text.contains(QStringLiteral("Subject") + QLatin1Char(' ') + leaf.subject), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Issuer") + QLatin1Char(' ') + leaf.issuer));
        const QString expiry = QLocale().toString(leaf.notAfter.toUTC(), QStringLiteral("d MMM yyyy HH:mm")) + QStringLiteral(" UTC");
        QVERIFY(text.contains(QStringLiteral("Expires") + QLatin1Char(' ') + expiry));
        QVERIFY(qAbs(QDateTime::currentDateTimeUtc().daysTo(leaf.notAfter) - 365) <= 1);
        QVERIFY(!text.contains(QStringLiteral("renew it")));
    }

    void warnsWhenTheCertificateEndsWithin30Days()
    {
        replaceCertificate(10);
        if (QTest::currentTestFailed())
            return;
        ui::ClustersView view(m_session.get());
        QVERIFY(openWorkspace(view));
        QSignalSpy loaded(&view, &ui::ClustersView::detailsLoaded);
        QVERIFY(selectCompute(view, QStringLiteral("tls-prod")));
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, 20000);
        const QString text = view.detailsBrowser()->toPlainText().simplified();
        const tls::CertificateChainResult chain =
            tls::parseCertificateChain(test::sandboxSecretEntry(m_sandbox, QStringLiteral("tls-prod-aks")));
        QVERIFY(chain.ok());
        // The month by name: 02/12 and 12/02 cannot be confused.
        const QString expiry = QLocale().toString(chain.certificates.first().notAfter.toUTC(), QStringLiteral("d MMM yyyy HH:mm"));
        QVERIFY2(text.contains(QStringLiteral("Expires") + QLatin1Char(' ') + expiry), qPrintable(text));
        QVERIFY2(text.contains(QRegularExpression(QStringLiteral("The certificate expires in (9|10) day"))), qPrintable(text));
        replaceCertificate(365); // leave tls-prod as the other tests expect it
    }

    // The panel's words are looked up under the context lupdate files them in: with the Italian
    // catalogue installed, a line the catalogue translates comes out in Italian.
    void detailsTextIsTranslated()
    {
        QTranslator italian;
        QVERIFY(italian.load(qEnvironmentVariable("CW_BINARY_DIR") + QStringLiteral("/app/gui/clusterwright_it.qm")));
        const QString english = QStringLiteral("Created by the workspace");
        ui::ClusterRow row;
        row.name = QStringLiteral("x");
        QVERIFY(ui::clusterDetailsHtml(row, nullptr, std::nullopt, QDateTime::currentDateTimeUtc()).contains(english));
        QVERIFY(QCoreApplication::installTranslator(&italian));
        const QString html = ui::clusterDetailsHtml(row, nullptr, std::nullopt, QDateTime::currentDateTimeUtc());
        QCoreApplication::removeTranslator(&italian);
        QVERIFY2(!html.contains(english), qPrintable(html));
    }

    void answersForAComputeNoLongerSelectedAreIgnored()
    {
        ui::ClustersView view(m_session.get());
        QVERIFY(openWorkspace(view));
        QSignalSpy loaded(&view, &ui::ClustersView::detailsLoaded);
        QVERIFY(selectCompute(view, QStringLiteral("tls-prod")));
        QVERIFY(selectCompute(view, QStringLiteral("inference-prod"))); // before tls-prod's answers
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, 20000);
        // A later answer for tls-prod: asking again for its facts in a second view, and waiting
        // for them, lets every answer of the first request arrive too.
        ui::ClustersView other(m_session.get());
        QVERIFY(openWorkspace(other));
        QSignalSpy otherLoaded(&other, &ui::ClustersView::detailsLoaded);
        QVERIFY(selectCompute(other, QStringLiteral("tls-prod")));
        QTRY_VERIFY_WITH_TIMEOUT(otherLoaded.count() >= 1, 20000);
        QCOMPARE(loaded.count(), 1);
        const QString text = view.detailsBrowser()->toPlainText().simplified();
        QVERIFY(text.startsWith(QStringLiteral("inference-prod")));
        QVERIFY(!text.contains(QStringLiteral("TLS certificate")));
        QVERIFY(!text.contains(QStringLiteral("tls-prod-aks")));
        QVERIFY(text.contains(QStringLiteral("aks-attached")));
    }
};

QTEST_MAIN(TestClusterDetails)
#include "tst_clusters_details.moc"
