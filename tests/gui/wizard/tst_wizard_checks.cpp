// Live checks that must never contradict themselves (issue 16, items 8 and 16), through the real
// wizard against the sandbox process: an empty domain label is not "can be used"; on the attach
// page a typed or pasted resource ID is checked as it is typed (debounced: "checking…", then the
// result), never under a green "select a cluster" tick; the size page's meter shows the region's
// vCPU use + this cluster against the subscription's limit (Microsoft.Compute usages), and the
// review's preflight stops a create over it before anything is sent.
// Screenshots tell-*.png (English and Italian) go to $CW_SCREENSHOT_DIR when it is set.
#include "WizardDriver.h"

#include "ops/Journal.h"
#include "ops/OperationRunner.h"
#include "session/Session.h"
#include "support/SandboxProcess.h"
#include "support/SandboxSession.h"
#include "widgets/FindingsList.h"
#include "widgets/VcpuMeter.h"
#include "wizard/ComputeWizard.h"
#include "wizard/SessionBackend.h"
#include "wizard/WizardController.h"
#include "wizard/WizardPages.h"

#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSpinBox>
#include <QTest>
#include <QTranslator>
#include <QTreeWidget>

#include <memory>

using namespace cw;
using cw::test::clickNext;
using cw::test::nextEnabled;
using cw::test::selectRow;
using cw::test::widget;

namespace {
constexpr int kLoad = 20000;
const QString kSub1 = QStringLiteral("00000000-0000-4000-8000-000000000001");
const QString kWorkspacePath =
    QStringLiteral("/subscriptions/00000000-0000-4000-8000-000000000001/resourceGroups/rg-ml/providers/"
                   "Microsoft.MachineLearningServices/workspaces/ws-demo");
} // namespace

class TestWizardChecks : public QObject
{
    Q_OBJECT
    cw::test::SandboxProcess m_sandbox;
    session::Session *m_session = nullptr;
    std::unique_ptr<ops::Journal> m_journal;
    ops::OperationRunner *m_runner = nullptr;
    ui::SessionBackend *m_backend = nullptr;
    std::unique_ptr<ui::ComputeWizard> m_wizard;

    void shot(const QString &name)
    {
        const QString dir = qEnvironmentVariable("CW_SCREENSHOT_DIR");
        // The layouts react to the last change first (posted LayoutRequest events).
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
        if (!dir.isEmpty())
            QVERIFY(m_wizard->grab().save(QDir(dir).filePath(QStringLiteral("tell-") + name)));
    }

    void setQuota(qint64 limit)
    {
        m_sandbox.control("POST", QStringLiteral("/_sandbox/settings"),
                          QJsonDocument(QJsonObject{{QStringLiteral("regionalCoreQuota"), limit}}));
    }

    // The sandbox's own answer (read over ARM, not through the code under test).
    qint64 coresInUse()
    {
        const auto answer = m_sandbox.arm("GET", QStringLiteral("/subscriptions/%1/providers/Microsoft.Compute/locations/"
                                                                "westeurope/usages?api-version=2023-03-01").arg(kSub1));
        for (const QJsonValue &v : answer.json().object().value(QStringLiteral("value")).toArray()) {
            const QJsonObject usage = v.toObject();
            if (usage.value(QStringLiteral("name")).toObject().value(QStringLiteral("value")).toString() == QLatin1String("cores"))
                return qint64(usage.value(QStringLiteral("currentValue")).toDouble());
        }
        return -1;
    }

    void openAtMode(bool attach)
    {
        m_wizard = std::make_unique<ui::ComputeWizard>(m_backend);
        m_wizard->resize(900, 720);
        m_wizard->show();
        auto *subscriptions = widget<QComboBox>(m_wizard.get(), "subscriptionPicker");
        QTRY_VERIFY_WITH_TIMEOUT(subscriptions->findData(kSub1) >= 0, kLoad);
        subscriptions->setCurrentIndex(subscriptions->findData(kSub1));
        QTRY_VERIFY_WITH_TIMEOUT(widget<QComboBox>(m_wizard.get(), "workspacePicker")->count() > 0, kLoad);
        QTRY_VERIFY_WITH_TIMEOUT(nextEnabled(m_wizard.get()), kLoad);
        clickNext(m_wizard.get());
        auto *radio = widget<QRadioButton>(m_wizard.get(), attach ? "modeAttach" : "modeCreate");
        QTest::mouseClick(radio, Qt::LeftButton, {}, QPoint(4, radio->height() / 2));
        clickNext(m_wizard.get());
        QCOMPARE(m_wizard->currentId(), int(attach ? ui::ClusterPageId : ui::SizePageId));
    }

    void fillSize(const QString &name, int nodes)
    {
        QTest::keyClicks(widget<QLineEdit>(m_wizard.get(), "computeName"), name);
        QTRY_VERIFY_WITH_TIMEOUT(selectRow(widget<QTreeWidget>(m_wizard.get(), "vmSizes"), QStringLiteral("Standard_D3_v2")), kLoad);
        widget<QSpinBox>(m_wizard.get(), "nodeCount")->setValue(nodes);
    }

    static QString lines(ui::FindingsList *list)
    {
        QStringList out;
        for (int i = 0; i < list->count(); ++i)
            out << list->item(i)->data(ui::FindingsList::SeverityRole).toString() + QStringLiteral(": ") + list->item(i)->text();
        return out.join(QLatin1Char('\n'));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sandbox.start());
        m_session = test::sandboxSession(m_sandbox, this).release();
        m_journal = std::make_unique<ops::Journal>(qEnvironmentVariable("CW_TEST_TMPDIR", QDir::tempPath())
                                                   + QStringLiteral("/journal-checks"));
        m_runner = new ops::OperationRunner(m_session->connection(), m_journal.get(), nullptr, this);
        m_runner->setDefaultPollIntervalMs(100);
        m_backend = new ui::SessionBackend(m_session, m_runner, this);
    }

    void cleanup()
    {
        m_wizard.reset();
        setQuota(100000);
    }

    // Item 8: no green "The label can be used" for an empty label.
    void emptyDomainLabelIsNotUsable()
    {
        openAtMode(false);
        fillSize(QStringLiteral("label-check"), 3);
        QTRY_VERIFY_WITH_TIMEOUT(nextEnabled(m_wizard.get()), kLoad);
        clickNext(m_wizard.get());
        clickNext(m_wizard.get());
        QCOMPARE(m_wizard->currentId(), int(ui::TlsPageId));
        QTest::mouseClick(widget<QRadioButton>(m_wizard.get(), "tlsLeaf"), Qt::LeftButton, {},
                          QPoint(4, widget<QRadioButton>(m_wizard.get(), "tlsLeaf")->height() / 2));
        auto *findings = widget<ui::FindingsList>(m_wizard.get(), "leafFindings");
        QVERIFY(!nextEnabled(m_wizard.get()));
        QVERIFY2(findings->countOf(QStringLiteral("pass")) == 0, qPrintable(lines(findings)));
        QCOMPARE(findings->countOf(QStringLiteral("info")), 1);
        shot(QStringLiteral("tls-empty-label-en.png"));
        auto *label = widget<QLineEdit>(m_wizard.get(), "leafLabel");
        QTest::keyClicks(label, QStringLiteral("contoso"));
        QCOMPARE(findings->countOf(QStringLiteral("pass")), 1);
        QTRY_VERIFY(nextEnabled(m_wizard.get()));
        label->selectAll();
        QTest::keyClick(label, Qt::Key_Backspace);
        QCOMPARE(findings->countOf(QStringLiteral("pass")), 0);
        QVERIFY(!nextEnabled(m_wizard.get()));
    }

    // Item 8: a resource ID typed or pasted is checked as it is typed, debounced.
    void attachResourceIdIsCheckedAsTyped()
    {
        openAtMode(true);
        auto *table = widget<QTreeWidget>(m_wizard.get(), "clusterTable");
        auto *checks = widget<ui::FindingsList>(m_wizard.get(), "attachChecks");
        auto *status = widget<QLabel>(m_wizard.get(), "clusterResourceIdStatus");
        auto *id = widget<QLineEdit>(m_wizard.get(), "clusterResourceId");
        QTest::keyClicks(widget<QLineEdit>(m_wizard.get(), "attachName"), QStringLiteral("typed-attach"));
        // Nothing chosen: an info line, no green tick.
        QCOMPARE(checks->countOf(QStringLiteral("pass")), 0);
        QCOMPARE(checks->countOf(QStringLiteral("info")), 1);
        QTRY_VERIFY_WITH_TIMEOUT(selectRow(table, QStringLiteral("aks-preview")), kLoad);
        QTRY_VERIFY(checks->countOf(QStringLiteral("pass")) > 0);

        // A pasted ID of a cluster that does not exist: the previous cluster's checks go at once,
        // "checking…" while the typing pauses, then the lookup's answer, without leaving the field.
        const QString missing = QStringLiteral("/subscriptions/%1/resourceGroups/rg-aks/providers/"
                                               "Microsoft.ContainerService/managedClusters/no-such-cluster").arg(kSub1);
        id->setFocus();
        id->selectAll();
        QTest::keyClicks(id, missing);
        QVERIFY(id->hasFocus());
        QVERIFY2(checks->countOf(QStringLiteral("pass")) == 0, qPrintable(lines(checks)));
        QVERIFY(!nextEnabled(m_wizard.get()));
        QCOMPARE(status->text(), QStringLiteral("Checking…"));
        QVERIFY(lines(checks).contains(QStringLiteral("Checking…")));
        QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("Could not read that cluster")), kLoad);
        QVERIFY2(checks->countOf(QStringLiteral("pass")) == 0, qPrintable(lines(checks)));
        QVERIFY2(checks->countOf(QStringLiteral("fail")) >= 1, qPrintable(lines(checks)));
        QVERIFY(!lines(checks).contains(QStringLiteral("Select a cluster")));
        QVERIFY(!nextEnabled(m_wizard.get()));
        shot(QStringLiteral("attach-not-found-en.png"));

        // Corrected by typing (still in the field): found and checked.
        for (int i = 0; i < int(QStringLiteral("no-such-cluster").size()); ++i)
            QTest::keyClick(id, Qt::Key_Backspace);
        QTest::keyClicks(id, QStringLiteral("aks-attached"));
        QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("Found aks-attached")), kLoad);
        QVERIFY(checks->countOf(QStringLiteral("fail")) >= 1); // already attached as inference-prod
        QVERIFY(lines(checks).contains(QStringLiteral("inference-prod")));
    }

    // Item 16: the size page's meter and the review's preflight use the region's quota.
    void regionalQuotaInMeterAndPreflight()
    {
        const qint64 used = coresInUse();
        QVERIFY(used >= 0);
        setQuota(used + 14);
        openAtMode(false);
        fillSize(QStringLiteral("quota-check"), 3);
        auto *meter = widget<ui::VcpuMeter>(m_wizard.get(), "vcpuMeter");
        const QString fits = QStringLiteral("Regional vCPU quota: %1 in use + 12 for this cluster = %2 of %3 regional vCPUs.")
                                 .arg(used).arg(used + 12).arg(used + 14);
        QTRY_COMPARE_WITH_TIMEOUT(meter->quotaText(), fits, kLoad);
        QVERIFY(!meter->quotaExceeded());
        QTRY_VERIFY_WITH_TIMEOUT(nextEnabled(m_wizard.get()), kLoad);

        widget<QSpinBox>(m_wizard.get(), "nodeCount")->setValue(4);
        QVERIFY(meter->quotaExceeded());
        QVERIFY2(meter->quotaText().contains(QStringLiteral("= %1 of %2").arg(used + 16).arg(used + 14))
                     && meter->quotaText().contains(QStringLiteral("Over the limit by 2")),
                 qPrintable(meter->quotaText()));
        QVERIFY(!nextEnabled(m_wizard.get()));
        shot(QStringLiteral("size-quota-exceeded-en.png"));

        // Back within the limit; the quota shrinks before the review (another deployment took
        // vCPUs): the review reads it again and its preflight stops the create.
        widget<QSpinBox>(m_wizard.get(), "nodeCount")->setValue(3);
        QTRY_VERIFY(nextEnabled(m_wizard.get()));
        shot(QStringLiteral("size-quota-en.png"));
        clickNext(m_wizard.get());
        setQuota(used + 4);
        while (m_wizard->currentId() != ui::ReviewPageId) {
            QTRY_VERIFY_WITH_TIMEOUT(nextEnabled(m_wizard.get()), kLoad);
            clickNext(m_wizard.get());
        }
        auto *preflight = widget<ui::FindingsList>(m_wizard.get(), "preflightList");
        QTRY_VERIFY2_WITH_TIMEOUT(preflight->containsCode(QStringLiteral("create.quota")), qPrintable(lines(preflight)), kLoad);
        QVERIFY2(lines(preflight).contains(QStringLiteral("fail: Regional vCPU quota: %1 in use + 12 for this cluster = %2 of %3")
                                               .arg(used).arg(used + 12).arg(used + 4)),
                 qPrintable(lines(preflight)));
        QVERIFY(!nextEnabled(m_wizard.get()));
        for (int i = 0; i < preflight->count(); ++i)
            if (preflight->item(i)->data(ui::FindingsList::CodeRole).toString() == QLatin1String("create.quota"))
                preflight->scrollToItem(preflight->item(i), QAbstractItemView::PositionAtTop);
        shot(QStringLiteral("review-quota-en.png"));
        const auto answer = m_sandbox.arm("GET", kWorkspacePath + QStringLiteral("/computes/quota-check?api-version=2022-10-01"));
        QCOMPARE(answer.status, 404); // nothing was sent
    }

    // The changed pages in Italian (the catalogue the application's build compiles).
    void italianScreenshots()
    {
        if (qEnvironmentVariable("CW_SCREENSHOT_DIR").isEmpty())
            QSKIP("screenshots only");
        QTranslator italian;
        QVERIFY(italian.load(qEnvironmentVariable("CW_BINARY_DIR") + QStringLiteral("/app/gui/clusterwright_it.qm")));
        QVERIFY(QCoreApplication::installTranslator(&italian));
        const qint64 used = coresInUse();
        setQuota(used + 14);
        openAtMode(false);
        fillSize(QStringLiteral("quota-it"), 4);
        QTRY_VERIFY_WITH_TIMEOUT(widget<ui::VcpuMeter>(m_wizard.get(), "vcpuMeter")->quotaExceeded(), kLoad);
        shot(QStringLiteral("size-quota-exceeded-it.png"));
        // The review stopping the create, and the TLS page with no label yet.
        widget<QSpinBox>(m_wizard.get(), "nodeCount")->setValue(3);
        QTRY_VERIFY_WITH_TIMEOUT(nextEnabled(m_wizard.get()), kLoad);
        clickNext(m_wizard.get());
        clickNext(m_wizard.get());
        QCOMPARE(m_wizard->currentId(), int(ui::TlsPageId));
        QTest::mouseClick(widget<QRadioButton>(m_wizard.get(), "tlsLeaf"), Qt::LeftButton, {},
                          QPoint(4, widget<QRadioButton>(m_wizard.get(), "tlsLeaf")->height() / 2));
        shot(QStringLiteral("tls-empty-label-it.png"));
        QTest::mouseClick(widget<QRadioButton>(m_wizard.get(), "tlsNone"), Qt::LeftButton, {},
                          QPoint(4, widget<QRadioButton>(m_wizard.get(), "tlsNone")->height() / 2));
        setQuota(used + 4);
        QTRY_VERIFY_WITH_TIMEOUT(nextEnabled(m_wizard.get()), kLoad);
        clickNext(m_wizard.get());
        QCOMPARE(m_wizard->currentId(), int(ui::ReviewPageId));
        auto *preflight = widget<ui::FindingsList>(m_wizard.get(), "preflightList");
        QTRY_VERIFY_WITH_TIMEOUT(preflight->containsCode(QStringLiteral("create.quota")), kLoad);
        for (int i = 0; i < preflight->count(); ++i)
            if (preflight->item(i)->data(ui::FindingsList::CodeRole).toString() == QLatin1String("create.quota"))
                preflight->scrollToItem(preflight->item(i), QAbstractItemView::PositionAtTop);
        shot(QStringLiteral("review-quota-it.png"));
        m_wizard.reset();
        openAtMode(true);
        auto *id = widget<QLineEdit>(m_wizard.get(), "clusterResourceId");
        id->setFocus();
        QTest::keyClicks(id, QStringLiteral("/subscriptions/%1/resourceGroups/rg-aks/providers/"
                                            "Microsoft.ContainerService/managedClusters/no-such-cluster").arg(kSub1));
        QTRY_VERIFY_WITH_TIMEOUT(widget<ui::FindingsList>(m_wizard.get(), "attachChecks")->countOf(QStringLiteral("fail")) >= 1, kLoad);
        shot(QStringLiteral("attach-not-found-it.png"));
        QCoreApplication::removeTranslator(&italian);
    }
};

QTEST_MAIN(TestWizardChecks)
#include "tst_wizard_checks.moc"
