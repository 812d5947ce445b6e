// "Move to v2…" through the main window as the application builds it, against the sandbox
// (issue 15, item 4): the action in the Cluster menu, the table's context menu, the details
// panel's button and its shortcut; the dialog shows the plan's steps, the eight legacy
// components, the carried-over extension settings and the move's preflight, asks for the
// compute's name, starts the journaled move of the seeded TLS cluster (tls-prod), which the
// operations dock follows until it succeeds, and the table then shows tls-prod as a Kubernetes
// compute. Renders move-to-v2-*.png and clusters-type-column-moved-*.png (English and Italian)
// into $CW_SCREENSHOT_DIR when it is set.
#include <QSignalSpy>
#include <QTest>

#include <QAction>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QTextBrowser>
#include <QTranslator>
#include <QTreeWidget>

#include "Workbench.h"
#include "clusters/ClustersTableModel.h"
#include "clusters/ClustersView.h"
#include "dialogs/MoveToV2Dialog.h"
#include "operations/OperationsDock.h"
#include "ops/OperationRunner.h"
#include "shell/ApplicationContext.h"
#include "shell/MainWindow.h"
#include "support/AppTranslators.h"
#include "support/SandboxSession.h"

using namespace cw;

namespace {

void saveShot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("CW_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QCoreApplication::processEvents();
    QVERIFY(widget->grab().save(QDir(dir).filePath(name)));
}

} // namespace

class TestMoveToV2 : public QObject
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

    ui::MoveToV2Dialog *openedDialog()
    {
        ui::MoveToV2Dialog *dialog = nullptr;
        [&] { QTRY_VERIFY((dialog = m_window->findChild<ui::MoveToV2Dialog *>()) && dialog->isVisible()); }();
        return dialog;
    }

    // The dialog once its preflight answered.
    ui::MoveToV2Dialog *openedAndChecked()
    {
        ui::MoveToV2Dialog *dialog = openedDialog();
        if (dialog)
            [&] { QTRY_VERIFY_WITH_TIMEOUT(!dialog->preflightText().contains(QStringLiteral("…")), 30000); }();
        return dialog;
    }

    void closeDialog(ui::MoveToV2Dialog *dialog)
    {
        dialog->reject();
        QTRY_VERIFY(m_window->findChildren<ui::MoveToV2Dialog *>().isEmpty());
    }

    const ui::ClusterRow *row(const QString &name)
    {
        for (const ui::ClusterRow &r : view()->model()->rows())
            if (r.name == name)
                return view()->model()->rowById(r.id);
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_context = std::make_unique<ui::ApplicationContext>();
        m_window = std::make_unique<ui::MainWindow>();
        m_bench = std::make_unique<ui::Workbench>(m_window.get(), m_context.get());
        m_window->resize(1400, 860);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_context->startSandbox(0.05);
        QTRY_VERIFY_WITH_TIMEOUT(m_bench->clustersView() != nullptr, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(m_bench->clustersView()->model()->rowCount() > 0, 30000);
        view()->setRefreshIntervalMs(1000);
    }

    // The action is where the other operations are, with the reason when it is disabled, and
    // the keyboard reaches it: its shortcut from the table, then Tab through the dialog.
    void reachableFromMenusButtonAndKeyboard()
    {
        QAction *move = action("actionMoveToV2");
        QVERIFY(move);
        QVERIFY(m_window->findChild<QMenu *>(QStringLiteral("clusterMenu"))->actions().contains(move));
        QVERIFY(view()->table()->actions().contains(move)); // the context menu (Shift+F10, Menu key)
        view()->table()->selectionModel()->clearSelection();
        QVERIFY(!move->isEnabled());
        QVERIFY(select(QStringLiteral("tls-prod")));
        QVERIFY(move->isEnabled());
        QVERIFY(view()->moveToV2Button()->isVisible());
        QVERIFY(view()->moveToV2Button()->isEnabled());

        view()->table()->setFocus();
        QTest::keyClick(view()->table(), Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
        ui::MoveToV2Dialog *dialog = openedDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Move 'tls-prod' to Azure ML v2"));
        // Focus starts on the name; Tab goes name → namespace → confirmation.
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(dialog->newNameEdit()));
        QCOMPARE(dialog->newNameEdit()->text(), QStringLiteral("tls-prod")); // the same name by default
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(dialog->namespaceEdit()));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(dialog->confirmEdit()));
        closeDialog(dialog);
    }

    // The dialog in Italian before the move (the catalogue the application's build compiles).
    void italianScreenshots()
    {
        QTranslator own, qt;
        const QString error = test::installAppTranslators(QStringLiteral("it"), own, qt);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(select(QStringLiteral("tls-prod")));
        action("actionMoveToV2")->trigger();
        ui::MoveToV2Dialog *dialog = openedAndChecked();
        QVERIFY(dialog);
        saveShot(dialog, QStringLiteral("move-to-v2-it.png"));
        closeDialog(dialog);
        QCoreApplication::removeTranslator(&own);
        QCoreApplication::removeTranslator(&qt);
    }

    void movesTheTlsClusterToV2()
    {
        QVERIFY(select(QStringLiteral("tls-prod")));
        QTest::mouseClick(view()->moveToV2Button(), Qt::LeftButton);
        ui::MoveToV2Dialog *dialog = openedAndChecked();
        QVERIFY(dialog);
        // The plan: every step of the operation, before anything runs.
        QTreeWidget *steps = dialog->stepsView();
        QStringList titles;
        for (int i = 0; i < steps->topLevelItemCount(); ++i)
            titles << steps->topLevelItem(i)->text(0);
        const QString plan = titles.join(QLatin1Char('|'));
        for (const char *step : {"Check the cluster for Azure ML v2", "Detach the v1 compute", "Delete the v1 components",
                                 "Install the Azure ML extension", "Attach the cluster as a Kubernetes compute",
                                 "Verify the Kubernetes compute and the extension"})
            QVERIFY2(plan.contains(QLatin1String(step)), qPrintable(plan));
        // What it touches: the eight objects, the settings carried over (TLS with its CNAME).
        const QString details = dialog->findChild<QLabel *>(QStringLiteral("moveDetails"))->text();
        for (const char *object : {"Deployment default/azureml-fe", "Secret default/azuremlfessl", "ClusterRole azureml-fe-role",
                                   "ConfigMap default/azuremlfeconfig", "ServiceAccount default/azureml-fe"})
            QVERIFY2(details.contains(QLatin1String(object)), qPrintable(details));
        QVERIFY2(details.contains(QStringLiteral("sslCname=www.contoso.com")), qPrintable(details));
        QVERIFY2(details.contains(QStringLiteral("inferenceRouterServiceType=loadBalancer")), qPrintable(details));
        QVERIFY2(dialog->preflightText().contains(QStringLiteral("nothing blocks the move")), qPrintable(dialog->preflightText()));

        // Nothing starts before the name is typed.
        QVERIFY(!dialog->moveButton()->isEnabled());
        QTest::keyClicks(dialog->confirmEdit(), QStringLiteral("tls-pro"));
        QVERIFY(!dialog->moveButton()->isEnabled());
        QTest::keyClicks(dialog->confirmEdit(), QStringLiteral("d"));
        QVERIFY(dialog->moveButton()->isEnabled());
        saveShot(dialog, QStringLiteral("move-to-v2-en.png"));

        // Started from the keyboard: Tab from the confirmation reaches the button, Space presses it.
        QSignalSpy started(m_context->runner(), &ops::OperationRunner::operationStarted);
        dialog->confirmEdit()->setFocus();
        for (int i = 0; i < 10 && QApplication::focusWidget() != dialog->moveButton(); ++i)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(dialog->moveButton()));
        QTest::keyClick(dialog->moveButton(), Qt::Key_Space);
        QCOMPARE(started.count(), 1);
        const QString id = dialog->operationId();
        QVERIFY(!id.isEmpty());
        // The operations dock follows it (it can be left running there).
        QCOMPARE(m_bench->operationsDock()->selectedId(), id);
        const ops::OperationRecord done = test::waitForFinish(m_context->runner(), id, 180000);
        QVERIFY2(done.state == ops::OperationState::Succeeded, qPrintable(done.error));
        QCOMPARE(done.kind, ops::OperationKind::Migrate);
        QTRY_VERIFY(dialog->message().startsWith(QStringLiteral("Moved.")));
        saveShot(dialog, QStringLiteral("move-to-v2-done-en.png"));
        closeDialog(dialog);

        // The table shows it as a Kubernetes compute once refreshed.
        QVERIFY(QTest::qWaitFor([this] {
            const ui::ClusterRow *r = row(QStringLiteral("tls-prod"));
            return r && r->isKubernetes();
        }, 30000));
        const int source = view()->model()->rowOf(row(QStringLiteral("tls-prod"))->id);
        QCOMPARE(view()->model()->index(source, ui::ClustersTableModel::Type).data().toString(), QStringLiteral("Kubernetes v2"));
        QVERIFY(select(QStringLiteral("tls-prod")));
        QVERIFY(!action("actionMoveToV2")->isEnabled());
        // The v1 changes are not offered on a Kubernetes compute (its settings are the extension's);
        // detaching it is.
        for (const char *v1Only : {"actionReattach", "actionSwitchLoadBalancer", "actionRenewTls", "actionScaleNodes"}) {
            QVERIFY2(!action(v1Only)->isEnabled(), v1Only);
            QVERIFY2(action(v1Only)->toolTip().contains(QStringLiteral("through the Azure ML extension")), v1Only);
        }
        QVERIFY(action("actionDetach")->isEnabled());
        QVERIFY(!view()->moveToV2Button()->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!view()->detailsLoading(), 30000);
        const QString text = view()->detailsBrowser()->toPlainText().simplified();
        QVERIFY2(text.contains(QStringLiteral("TLS On")) && text.contains(QStringLiteral("CNAME www.contoso.com")), qPrintable(text));
        saveShot(m_window.get(), QStringLiteral("clusters-type-column-moved-en.png"));
    }
};

QTEST_MAIN(TestMoveToV2)
#include "tst_move_to_v2.moc"
