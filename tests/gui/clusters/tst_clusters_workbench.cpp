// The main window as the application builds it (ApplicationContext with the embedded sandbox,
// MainWindow, Workbench), driven through its toolbar actions: the details panel of tls-prod,
// "Switch load balancer…" to an internal load balancer, and a re-attach to update followed in
// the operations dock. Renders the screenshots into $CW_SCREENSHOT_DIR when it is set.
#include <QSignalSpy>
#include <QTest>
#include <QLabel>

#include <QAction>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTreeWidget>

#include "Workbench.h"
#include "clusters/ClustersTableModel.h"
#include "clusters/ClustersView.h"
#include "dialogs/LoadBalancerDialog.h"
#include "dialogs/ReattachDialog.h"
#include "dialogs/ScaleNodesDialog.h"
#include "operations/OperationsDock.h"
#include "ops/OperationPlan.h"
#include "ops/OperationRunner.h"
#include "session/Session.h"
#include "shell/ApplicationContext.h"
#include "support/SandboxSession.h"
#include "shell/MainWindow.h"
#include "widgets/LoadBalancerEditor.h"

using namespace cw;

namespace {

void saveShot(const QPixmap &pixmap, const char *name)
{
    QVERIFY(!pixmap.isNull());
    const QString dir = qEnvironmentVariable("CW_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(pixmap.save(QDir(dir).filePath(QLatin1String(name))));
}

} // namespace

class TestWorkbench : public QObject
{
    Q_OBJECT

    std::unique_ptr<ui::ApplicationContext> m_context;
    std::unique_ptr<ui::MainWindow> m_window;
    std::unique_ptr<ui::Workbench> m_bench;

    QAction *action(const char *name) { return m_window->findChild<QAction *>(QLatin1String(name)); }

    bool select(const QString &name)
    {
        ui::ClustersView *view = m_bench->clustersView();
        view->filterBox()->setText(name);
        QTableView *table = view->table();
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const QModelIndex index = table->model()->index(row, ui::ClustersTableModel::Name);
            if (index.data().toString() == name) {
                table->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
                view->filterBox()->clear(); // the selection stays; the whole table shows again
                table->scrollTo(table->selectionModel()->selectedRows().value(0));
                return view->selectedComputeName() == name;
            }
        }
        return false;
    }

    ops::OperationRecord finish(const QString &id) { return test::waitForFinish(m_context->runner(), id); }

private Q_SLOTS:
    void initTestCase()
    {
        m_context = std::make_unique<ui::ApplicationContext>();
        m_window = std::make_unique<ui::MainWindow>();
        m_bench = std::make_unique<ui::Workbench>(m_window.get(), m_context.get());
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_context->startSandbox(0.05);
        QTRY_VERIFY_WITH_TIMEOUT(m_bench->clustersView() != nullptr, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(m_bench->clustersView()->model()->rowCount() > 0, 30000);
    }

    void detailsPanelOfTlsProd()
    {
        ui::ClustersView *view = m_bench->clustersView();
        QSignalSpy loaded(view, &ui::ClustersView::detailsLoaded);
        QVERIFY(select(QStringLiteral("tls-prod")));
        QVERIFY(action("actionRenewTls")->isEnabled());
        QVERIFY(action("actionScaleNodes")->isEnabled()); // created by the workspace, Succeeded
        // The same operations on the table's context menu.
        QTableView *table = view->table();
        QCOMPARE(table->contextMenuPolicy(), Qt::ActionsContextMenu);
        for (const char *name : {"actionDetach", "actionReattach", "actionSwitchLoadBalancer", "actionRenewTls",
                                 "actionScaleNodes"})
            QVERIFY2(table->actions().contains(action(name)), name);
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, 20000);
        const QString text = view->detailsBrowser()->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("www.contoso.com")) && text.contains(QStringLiteral("Expires")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Node pools")));
        // Room for the details beside the table, as a user would drag the splitter.
        auto *splitter = view->findChild<QSplitter *>();
        QVERIFY(splitter);
        splitter->setSizes({620, 640});
        // The details panel alone, with the height the operations dock otherwise takes.
        m_bench->operationsDock()->hide();
        QTRY_VERIFY(view->detailsBrowser()->height() > 550);
        saveShot(view->detailsBrowser()->parentWidget()->grab(), "details-tls.png");
        m_bench->operationsDock()->show();
    }

    void switchLoadBalancerToInternal()
    {
        QVERIFY(select(QStringLiteral("inference-prod")));
        QAction *switchLb = action("actionSwitchLoadBalancer");
        QVERIFY(switchLb && switchLb->isEnabled());
        switchLb->trigger();
        ui::LoadBalancerDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<ui::LoadBalancerDialog *>()) && dialog->isVisible());
        QTest::keyClicks(dialog->editor()->findChild<QLineEdit *>(QStringLiteral("lbSubnet")), QStringLiteral("ilb-subnet"));
        QVERIFY(dialog->applyButton()->isEnabled());
        QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
        const QString id = m_bench->operationsDock()->selectedId();
        QVERIFY(!id.isEmpty());
        const ops::OperationRecord done = finish(id);
        QVERIFY2(done.state == ops::OperationState::Succeeded, qPrintable(done.error));

        // What the (embedded) sandbox now holds, read back over ARM.
        const ui::ClusterRow *row = m_bench->clustersView()->selectedRow();
        azure::ComputeGetJob *job = m_context->session()->computes(m_bench->clustersView()->selectedWorkspace())
                                        .get(QStringLiteral("inference-prod"));
        std::optional<nlohmann::json> raw;
        connect(job, &azure::ServiceJob::finished, this, [&raw, job] {
            if (job->result().ok())
                raw = job->result().value->raw;
        });
        QVERIFY(row);
        QTRY_VERIFY_WITH_TIMEOUT(raw.has_value(), 20000);
        const nlohmann::json inner = (*raw)["properties"]["properties"];
        QCOMPARE(QString::fromStdString(inner.value("loadBalancerType", std::string())), QStringLiteral("InternalLoadBalancer"));
        QCOMPARE(QString::fromStdString(inner.value("loadBalancerSubnet", std::string())), QStringLiteral("ilb-subnet"));
        // The table follows (the finished operation refreshes it, keeping the selection).
        const auto shownLoadBalancer = [this] {
            const ui::ClusterRow *selected = m_bench->clustersView()->selectedRow();
            return selected ? selected->loadBalancer : QString();
        };
        QTRY_COMPARE_WITH_TIMEOUT(shownLoadBalancer(), QStringLiteral("InternalLoadBalancer"), 20000);
        QVERIFY(!action("actionRenewTls")->isEnabled()); // no TLS behind an internal load balancer
    }

    // Issue 16 item 4: while an operation runs on a compute, the actions that change it are
    // disabled with the reason (tooltip and status tip), and come back when it ends; another
    // compute is not held up.
    void operationOnAComputeHoldsItsOtherChanges()
    {
        QVERIFY(select(QStringLiteral("devtest")));
        QAction *scale = action("actionScaleNodes");
        QTRY_VERIFY(scale->isEnabled());
        scale->trigger();
        ui::ScaleNodesDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<ui::ScaleNodesDialog *>()) && dialog->isVisible());
        dialog->findChild<QSpinBox *>(QStringLiteral("nodeCount"))->setValue(2);
        QTRY_VERIFY(dialog->applyButton()->isEnabled());
        QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
        const QString id = dialog->operationId();
        QVERIFY(!id.isEmpty());
        QTRY_VERIFY(!dialog->isVisible());

        // Before it finishes (no event has been processed since it started).
        const char *changes[] = {"actionScaleNodes", "actionDetach", "actionReattach", "actionSwitchLoadBalancer",
                                 "actionRenewTls"};
        for (const char *name : changes) {
            QVERIFY2(!action(name)->isEnabled(), name);
            QVERIFY2(action(name)->toolTip().contains(QStringLiteral("An operation is running on this compute")),
                     qPrintable(action(name)->toolTip()));
            QCOMPARE(action(name)->statusTip(), action(name)->toolTip());
        }
        // Trying again opens no second dialog.
        const auto visibleScaleDialogs = [this] {
            int n = 0;
            for (const ui::ScaleNodesDialog *d : m_window->findChildren<ui::ScaleNodesDialog *>())
                n += d->isVisible() ? 1 : 0;
            return n;
        };
        scale->trigger();
        QCOMPARE(visibleScaleDialogs(), 0);
        // Another compute can still be changed.
        QVERIFY(select(QStringLiteral("inference-prod")));
        QVERIFY(action("actionDetach")->isEnabled());
        QVERIFY(select(QStringLiteral("devtest")));
        QVERIFY(!scale->isEnabled());

        const ops::OperationRecord done = finish(id);
        QVERIFY2(done.state == ops::OperationState::Succeeded, qPrintable(done.error));
        // Enabled again once it ended and the table shows the compute settled.
        QTRY_VERIFY_WITH_TIMEOUT(scale->isEnabled(), 20000);
        for (const char *name : changes)
            QVERIFY2(!action(name)->toolTip().contains(QStringLiteral("An operation is running")), name);
        const ui::ClusterRow *row = m_bench->clustersView()->selectedRow();
        QVERIFY(row);
        QTRY_COMPARE_WITH_TIMEOUT(m_bench->clustersView()->selectedRow()->nodeCount, std::optional<int>(2), 20000);
    }

    void reattachTlsProdFollowedInTheDock()
    {
        QVERIFY(select(QStringLiteral("tls-prod")));
        action("actionReattach")->trigger();
        ui::ReattachDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<ui::ReattachDialog *>()) && dialog->isVisible());
        // Latch a moment in the middle of the flow (queued: after the dialog showed the change).
        QPixmap midFlow;
        connect(m_context->runner(), &ops::OperationRunner::operationChanged, this,
                [&midFlow, dialog](const ops::OperationRecord &r) {
                    if (midFlow.isNull() && r.currentStep >= 2 && r.currentStep < r.steps.size() - 1
                        && r.steps.at(r.currentStep).state == ops::StepState::Running)
                        midFlow = dialog->grab();
                }, Qt::QueuedConnection);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("startReattach")), Qt::LeftButton);
        const QString id = dialog->operationId();
        QVERIFY(!id.isEmpty());
        const ops::OperationRecord done = finish(id);
        QVERIFY2(done.state == ops::OperationState::Succeeded, qPrintable(done.error + QLatin1Char(' ') + done.errorDetail));
        QVERIFY(!midFlow.isNull());
        saveShot(midFlow, "reattach-flow.png");
        // The dialog says where the certificate and key came from and where they were kept, and
        // offers a backup file for a machine without a keychain (issue 17, item 2).
        QVERIFY(dialog->findChild<QLineEdit *>(QStringLiteral("tlsBackupPath")));
        const auto *message = dialog->findChild<QLabel *>(QStringLiteral("reattachMessage"));
        QTRY_VERIFY(message->text().contains(QStringLiteral("azuremlfessl")));
        QVERIFY2(message->text().contains(QStringLiteral("keychain")), qPrintable(message->text()));
        dialog->close();

        ui::OperationsDock *dock = m_bench->operationsDock();
        dock->showOperation(id);
        QCOMPARE(dock->selectedId(), id);
        QTRY_VERIFY(dock->stepsView()->topLevelItemCount() >= int(done.steps.size()));
        saveShot(dock->grab(), "operations-dock.png");

        // The whole window: the table, tls-prod's details and the finished operations.
        ui::ClustersView *view = m_bench->clustersView();
        QSignalSpy loaded(view, &ui::ClustersView::detailsLoaded);
        QVERIFY(select(QStringLiteral("inference-prod")));
        QVERIFY(select(QStringLiteral("tls-prod")));
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1 && !view->detailsLoading(), 20000);
        dock->showOperation(id);
        saveShot(m_window->grab(), "main-window.png");
    }
};

QTEST_MAIN(TestWorkbench)
#include "tst_clusters_workbench.moc"
