// The main window as the application builds it, for what a new user hit beside the table
// (issue 16): the re-attach dialog warns that a workspace-created cluster comes back attached
// and can be cancelled (item 6), Copy resource ID / Export kubeconfig… need a selection
// (item 8), Renew TLS opens on the compute's current setting (item 9), the details show the
// internal load balancer subnet and the scoring endpoint's address (item 10), and "Delete with
// AKS cluster…" confirms with the cluster's name, defaults to Cancel and deletes both (item 15).
// Renders tell-*.png screenshots (English and Italian) into $CW_SCREENSHOT_DIR when it is set.
#include <QSignalSpy>
#include <QTest>

#include <QAction>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTextBrowser>
#include <QTranslator>

#include "Workbench.h"
#include "clusters/ClustersTableModel.h"
#include "clusters/ClustersView.h"
#include "dialogs/DeleteComputeDialog.h"
#include "dialogs/LoadBalancerDialog.h"
#include "dialogs/ReattachDialog.h"
#include "dialogs/TlsCertificateDialog.h"
#include "operations/OperationsDock.h"
#include "ops/OperationRunner.h"
#include "session/Session.h"
#include "shell/ApplicationContext.h"
#include "support/SandboxSession.h"
#include "shell/MainWindow.h"
#include "widgets/LoadBalancerEditor.h"
#include "widgets/TlsEditor.h"

using namespace cw;

namespace {

void saveShot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("CW_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QCoreApplication::processEvents();
    QVERIFY(widget->grab().save(QDir(dir).filePath(QStringLiteral("tell-") + name)));
}

} // namespace

class TestWorkbenchActions : public QObject
{
    Q_OBJECT

    std::unique_ptr<ui::ApplicationContext> m_context;
    std::unique_ptr<ui::MainWindow> m_window;
    std::unique_ptr<ui::Workbench> m_bench;

    QAction *action(const char *name) { return m_window->findChild<QAction *>(QLatin1String(name)); }
    ui::ClustersView *view() { return m_bench->clustersView(); }

    bool select(const QString &name)
    {
        view()->filterBox()->setText(name);
        QTableView *table = view()->table();
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const QModelIndex index = table->model()->index(row, ui::ClustersTableModel::Name);
            if (index.data().toString() == name) {
                table->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
                view()->filterBox()->clear();
                return view()->selectedComputeName() == name;
            }
        }
        return false;
    }

    ops::OperationRecord finish(const QString &id) { return test::waitForFinish(m_context->runner(), id); }

    template<typename Dialog>
    Dialog *openedDialog()
    {
        Dialog *dialog = nullptr;
        [&] { QTRY_VERIFY((dialog = m_window->findChild<Dialog *>()) && dialog->isVisible()); }();
        return dialog;
    }

    QString details() { return view()->detailsBrowser()->toPlainText().simplified(); }

    // The row of `name` once the table shows `predicate` true for it (refreshes are periodic).
    template<typename Predicate>
    bool rowBecomes(const QString &name, Predicate predicate)
    {
        const auto holds = [&] {
            for (int i = 0; i < view()->model()->rowCount(); ++i) {
                const QString id = view()->model()->index(i, 0).data(ui::ClustersTableModel::IdRole).toString();
                const ui::ClusterRow *r = view()->model()->rowById(id);
                if (r && r->name == name)
                    return predicate(*r);
            }
            return false;
        };
        return QTest::qWaitFor(holds, 30000);
    }

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
        view()->setRefreshIntervalMs(1000);
    }

    // Item 8: nothing selected, nothing to copy or export.
    void copyAndExportNeedASelection()
    {
        view()->table()->selectionModel()->clearSelection();
        auto *copy = view()->findChild<QPushButton *>(QStringLiteral("copyResourceId"));
        auto *exportKube = view()->findChild<QPushButton *>(QStringLiteral("exportKubeconfig"));
        QVERIFY(copy && exportKube);
        QVERIFY(!copy->isEnabled());
        QVERIFY(!exportKube->isEnabled());
        QVERIFY(select(QStringLiteral("tls-prod")));
        QVERIFY(copy->isEnabled());
        QVERIFY(exportKube->isEnabled());
        view()->table()->selectionModel()->clearSelection();
        QVERIFY(!copy->isEnabled());
        QVERIFY(!exportKube->isEnabled());
    }

    // Item 10, public IP: the scoring front end's address from the compute document.
    void detailsShowTheScoringAddress()
    {
        QVERIFY(select(QStringLiteral("tls-prod")));
        QVERIFY2(details().contains(QStringLiteral("Scoring endpoint address 20.50.1.23")), qPrintable(details()));
        QVERIFY(!details().contains(QStringLiteral("Load balancer subnet")));
        QTRY_VERIFY_WITH_TIMEOUT(!view()->detailsLoading(), 20000);
        saveShot(view()->detailsBrowser(), QStringLiteral("details-scoring-address-en.png"));
    }

    // Item 9: a custom certificate opens on "Custom" with its CNAME; after moving to a Microsoft
    // certificate, the dialog opens on that with the label.
    void renewTlsOpensOnTheCurrentSetting()
    {
        QVERIFY(select(QStringLiteral("tls-prod")));
        QVERIFY(action("actionRenewTls")->isEnabled());
        action("actionRenewTls")->trigger();
        auto *dialog = openedDialog<ui::TlsCertificateDialog>();
        QVERIFY(dialog);
        QVERIFY(dialog->findChild<QRadioButton *>(QStringLiteral("tlsCustom"))->isChecked());
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("cname"))->text(), QStringLiteral("www.contoso.com"));
        saveShot(dialog, QStringLiteral("renew-tls-custom-en.png"));

        // Move tls-prod to a Microsoft certificate, as a user would in this dialog.
        QTest::mouseClick(dialog->findChild<QRadioButton *>(QStringLiteral("tlsLeaf")), Qt::LeftButton);
        auto *label = dialog->findChild<QLineEdit *>(QStringLiteral("leafLabel"));
        label->clear();
        QTest::keyClicks(label, QStringLiteral("scoring-demo"));
        QTRY_VERIFY(dialog->applyButton()->isEnabled());
        QPointer<ui::TlsCertificateDialog> applied = dialog; // Apply closes it (delete on close)
        QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
        const QString id = m_bench->operationsDock()->selectedId();
        QVERIFY(!id.isEmpty());
        const ops::OperationRecord done = finish(id);
        QVERIFY2(done.state == ops::OperationState::Succeeded, qPrintable(done.error));
        if (applied)
            applied->close();
        QTRY_VERIFY(m_window->findChildren<ui::TlsCertificateDialog *>().isEmpty());
        QVERIFY(rowBecomes(QStringLiteral("tls-prod"), [](const ui::ClusterRow &r) {
            return r.rare().tlsLeafLabel == QLatin1String("scoring-demo");
        }));

        QVERIFY(select(QStringLiteral("tls-prod")));
        action("actionRenewTls")->trigger();
        dialog = openedDialog<ui::TlsCertificateDialog>();
        QVERIFY(dialog->findChild<QRadioButton *>(QStringLiteral("tlsLeaf"))->isChecked());
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("leafLabel"))->text(), QStringLiteral("scoring-demo"));
        saveShot(dialog, QStringLiteral("renew-tls-microsoft-en.png"));
        dialog->close();
        QTRY_VERIFY(m_window->findChildren<ui::TlsCertificateDialog *>().isEmpty());
    }

    // Item 6: before anything starts, the dialog says what a re-attach does to a created
    // cluster, and Cancel starts nothing.
    void reattachWarnsAndCanBeCancelled()
    {
        QVERIFY(select(QStringLiteral("tls-prod")));
        QSignalSpy started(m_context->runner(), &ops::OperationRunner::operationStarted);
        action("actionReattach")->trigger();
        auto *dialog = openedDialog<ui::ReattachDialog>();
        QVERIFY(dialog);
        auto *warning = dialog->findChild<QLabel *>(QStringLiteral("reattachOriginWarning"));
        QVERIFY(warning && warning->isVisible());
        const QString text = warning->text();
        QVERIFY2(text.contains(QStringLiteral("attached cluster")) && text.contains(QStringLiteral("Origin"))
                     && text.contains(QStringLiteral("Created")) && text.contains(QStringLiteral("Scale")),
                 qPrintable(text));
        QPushButton *cancel = nullptr;
        for (QPushButton *b : dialog->findChildren<QPushButton *>())
            if (b->text() == QLatin1String("Cancel") && b->isVisible())
                cancel = b;
        QVERIFY(cancel);
        saveShot(dialog, QStringLiteral("reattach-warning-en.png"));
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_VERIFY(m_window->findChildren<ui::ReattachDialog *>().isEmpty());
        QCOMPARE(started.count(), 0);

        // An attached cluster stays attached: no warning.
        QVERIFY(select(QStringLiteral("inference-prod")));
        action("actionReattach")->trigger();
        dialog = openedDialog<ui::ReattachDialog>();
        QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("reattachOriginWarning"))->isVisible());
        dialog->reject();
        QTRY_VERIFY(m_window->findChildren<ui::ReattachDialog *>().isEmpty());
    }

    // Item 10, internal load balancer: the subnet and the private scoring address.
    void detailsShowTheInternalLoadBalancerSubnet()
    {
        QVERIFY(select(QStringLiteral("devtest")));
        action("actionSwitchLoadBalancer")->trigger();
        auto *dialog = openedDialog<ui::LoadBalancerDialog>();
        QVERIFY(dialog);
        QTest::keyClicks(dialog->editor()->findChild<QLineEdit *>(QStringLiteral("lbSubnet")), QStringLiteral("snet-scoring"));
        QVERIFY(dialog->applyButton()->isEnabled());
        QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
        const ops::OperationRecord done = finish(m_bench->operationsDock()->selectedId());
        QVERIFY2(done.state == ops::OperationState::Succeeded, qPrintable(done.error));
        QVERIFY(rowBecomes(QStringLiteral("devtest"), [](const ui::ClusterRow &r) {
            return r.rare().loadBalancerSubnet == QLatin1String("snet-scoring");
        }));
        QVERIFY(select(QStringLiteral("devtest")));
        QTRY_VERIFY2(details().contains(QStringLiteral("Load balancer subnet snet-scoring")), qPrintable(details()));
        QVERIFY2(details().contains(QStringLiteral("Scoring endpoint address 10.240.0.100")), qPrintable(details()));
        saveShot(view()->detailsBrowser(), QStringLiteral("details-internal-lb-en.png"));
    }

    // Item 15: only for a created cluster; names the cluster, says it cannot be undone, Cancel
    // is the default (Enter deletes nothing); Delete removes the compute and the AKS cluster.
    void deleteWithTheAksCluster()
    {
        QVERIFY(select(QStringLiteral("inference-prod")));
        QAction *deleteAction = action("actionDeleteWithCluster");
        QVERIFY(deleteAction);
        QVERIFY(!deleteAction->isEnabled()); // attached: detach it instead
        QVERIFY(deleteAction->toolTip().contains(QStringLiteral("detach it instead")));
        QVERIFY(view()->table()->actions().contains(deleteAction));

        QVERIFY(select(QStringLiteral("devtest")));
        const QString subscription = view()->selectedWorkspace().subscriptionId;
        QVERIFY(deleteAction->isEnabled());
        QSignalSpy started(m_context->runner(), &ops::OperationRunner::operationStarted);
        deleteAction->trigger();
        auto *dialog = openedDialog<ui::DeleteComputeDialog>();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        const QString text = dialog->text();
        QVERIFY2(text.contains(QStringLiteral("devtest-aks")) && text.contains(QStringLiteral("rg-ml"))
                     && text.contains(QStringLiteral("cannot be undone")),
                 qPrintable(text));
        QVERIFY(dialog->cancelButton()->isDefault());
        QVERIFY(!dialog->deleteButton()->isDefault());
        saveShot(dialog, QStringLiteral("delete-confirm-en.png"));
        QTest::keyClick(dialog, Qt::Key_Return); // the default: nothing is deleted
        QTRY_VERIFY(m_window->findChildren<ui::DeleteComputeDialog *>().isEmpty());
        QCOMPARE(started.count(), 0);

        deleteAction->trigger();
        dialog = openedDialog<ui::DeleteComputeDialog>();
        QTest::mouseClick(dialog->deleteButton(), Qt::LeftButton);
        const QString id = m_bench->operationsDock()->selectedId();
        QVERIFY(!id.isEmpty());
        const ops::OperationRecord done = finish(id);
        QCOMPARE(done.kind, ops::OperationKind::Delete);
        QVERIFY2(done.state == ops::OperationState::Succeeded, qPrintable(done.error));
        // The AKS cluster is gone from the (embedded) sandbox, and the compute from the table.
        azure::ManagedClusterGetJob *job = m_context->session()->managedClusters().get(
            subscription, QStringLiteral("rg-ml"), QStringLiteral("devtest-aks"));
        std::optional<bool> found;
        connect(job, &azure::ServiceJob::finished, this, [&found, job] { found = job->result().ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(found.has_value(), 20000);
        QVERIFY(!*found);
        QTRY_VERIFY_WITH_TIMEOUT([this] {
            for (int i = 0; i < view()->model()->rowCount(); ++i)
                if (view()->model()->index(i, ui::ClustersTableModel::Name).data().toString() == QLatin1String("devtest"))
                    return false;
            return true;
        }(), 30000);
    }

    // The changed dialogs in Italian (the catalogue the application's build compiles).
    void italianScreenshots()
    {
        QTranslator italian;
        QVERIFY(italian.load(qEnvironmentVariable("CW_BINARY_DIR") + QStringLiteral("/app/gui/clusterwright_it.qm")));
        QVERIFY(QCoreApplication::installTranslator(&italian));
        // The details panel is written when shown: select another row and back.
        QVERIFY(select(QStringLiteral("inference-prod")));
        QVERIFY(select(QStringLiteral("tls-prod")));
        QTRY_VERIFY_WITH_TIMEOUT(!view()->detailsLoading(), 20000);
        saveShot(view()->detailsBrowser(), QStringLiteral("details-scoring-address-it.png"));
        action("actionReattach")->trigger();
        auto *reattach = openedDialog<ui::ReattachDialog>();
        saveShot(reattach, QStringLiteral("reattach-warning-it.png"));
        reattach->reject();
        action("actionRenewTls")->trigger();
        auto *tlsDialog = openedDialog<ui::TlsCertificateDialog>();
        saveShot(tlsDialog, QStringLiteral("renew-tls-microsoft-it.png"));
        tlsDialog->reject();
        QVERIFY(select(QStringLiteral("tls-prod")));
        QTRY_VERIFY(m_window->findChildren<ui::TlsCertificateDialog *>().isEmpty());
        m_window->findChild<QAction *>(QStringLiteral("actionDeleteWithCluster"))->trigger();
        auto *deleteDialog = openedDialog<ui::DeleteComputeDialog>();
        saveShot(deleteDialog, QStringLiteral("delete-confirm-it.png"));
        deleteDialog->reject();
        QCoreApplication::removeTranslator(&italian);
    }
};

QTEST_MAIN(TestWorkbenchActions)
#include "tst_workbench_actions.moc"
