// The dialogs whose layout is a Designer form (.ui, issue 14): Export kubeconfig, Delete with the
// AKS cluster, Detach, Re-attach, About, Sign in, and the wizard's static pages. Each keeps its
// object names, its default button and a tab order that follows the page top to bottom, and
// its texts come from the catalogue under the class's own
// context (uic's translate() context is the form's <class>, which must be the C++ class name or
// the Italian already translated for the tr() calls would be lost). Runs once per language:
// CW_TEST_LANGUAGE=it loads the application's Italian catalogue (and Qt's) before any widget is
// made, as the application does. Renders forms-<dialog>-<language>.png into $CW_SCREENSHOT_DIR.
#include <QTest>

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTranslator>
#include <QTreeWidget>

#include "support/AppTranslators.h"
#include "dialogs/DeleteComputeDialog.h"
#include "dialogs/DetachDialog.h"
#include "dialogs/ExportKubeconfigDialog.h"
#include "dialogs/MoveToV2Dialog.h"
#include "dialogs/ReattachDialog.h"
#include "shell/AboutDialog.h"
#include "signin/SignInDialog.h"
#include "wizard/ClusterPage.h"
#include "wizard/ModePage.h"
#include "wizard/SizePage.h"
#include "wizard/WizardController.h"
#include "wizard/WizardPages.h"
#include "wizard/WorkspacePage.h"

using namespace cw;

namespace {

QString language()
{
    return qEnvironmentVariable("CW_TEST_LANGUAGE", QStringLiteral("en"));
}

bool italian()
{
    return language() == QLatin1String("it");
}

void shoot(QWidget *widget, const QString &name)
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QCoreApplication::processEvents();
    const QString dir = qEnvironmentVariable("CW_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    const QPixmap pixmap = widget->grab();
    QVERIFY(!pixmap.isNull());
    QVERIFY(pixmap.save(QDir(dir).filePath(QStringLiteral("forms-%1-%2.png").arg(name, language()))));
}

// What Tab visits in `dialog`, from its first widget round to it again: the object name, or the
// text of a button that has none (those of a QDialogButtonBox).
QStringList tabChain(QWidget *dialog)
{
    QStringList chain;
    QWidget *w = dialog->nextInFocusChain();
    for (int guard = 0; w != dialog && guard < 200; ++guard, w = w->nextInFocusChain()) {
        // An unchecked radio button of an exclusive set gives up Tab focus while another is
        // checked (Tab goes to the checked one), but its place in the chain still counts.
        const bool tabbable = (w->focusPolicy() & Qt::TabFocus) || qobject_cast<QRadioButton *>(w);
        if (!tabbable || !w->isVisibleTo(dialog))
            continue;
        if (!w->objectName().isEmpty() && (!w->objectName().startsWith(QLatin1String("qt_"))
                                           || w->objectName() == QLatin1String("qt_tabwidget_tabbar")))
            chain << w->objectName();
        else if (auto *button = qobject_cast<QAbstractButton *>(w))
            chain << button->text();
    }
    return chain;
}

// The text under `context` in the catalogue, and (in Italian) that it is a translation.
QString translated(const char *context, const char *source)
{
    const QString text = QCoreApplication::translate(context, source);
    if (italian() && text == QLatin1String(source))
        qWarning("not translated: %s / %s", context, source);
    return text;
}

} // namespace

class TestDialogForms : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // The paths the export dialog shows are under $HOME; nothing is written there. A fixed
        // one keeps the screenshots the same from run to run (and free of temporary names).
        qputenv("HOME", "/home/alex");
    }

    void exportKubeconfig()
    {
        const char *context = "cw::ui::ExportKubeconfigDialog";
        ui::ExportKubeconfigDialog dialog(QStringLiteral("aks1"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.objectName(), QStringLiteral("exportKubeconfigDialog"));
        QCOMPARE(dialog.windowTitle(), translated(context, "Export kubeconfig of '%1'").arg(QStringLiteral("aks1")));
        auto *newFile = dialog.findChild<QRadioButton *>(QStringLiteral("exportNewFile"));
        auto *merge = dialog.findChild<QRadioButton *>(QStringLiteral("exportMerge"));
        auto *makeCurrent = dialog.findChild<QCheckBox *>(QStringLiteral("exportMakeCurrent"));
        auto *exportButton = dialog.findChild<QPushButton *>(QStringLiteral("exportButton"));
        auto *message = dialog.findChild<QLabel *>(QStringLiteral("exportMessage"));
        QVERIFY(newFile && merge && makeCurrent && exportButton && message);
        QCOMPARE(newFile->text(), translated(context, "Save as a new file (use it with kubectl --kubeconfig FILE)"));
        QCOMPARE(merge->text(), translated(context, "Merge into %1").arg(QDir::toNativeSeparators(
                                    ui::ExportKubeconfigDialog::mergeTargetPath())));
        QCOMPARE(makeCurrent->text(), translated(context, "Make it the current context"));
        QCOMPARE(message->text(), translated(context, "Reading the kubeconfig…"));
        QCOMPARE(exportButton->text(), translated(context, "Export"));
        QVERIFY(exportButton->isDefault());
        // The path row and "make current" sit under their option, indented alike.
        auto *path = dialog.findChild<QLineEdit *>(QStringLiteral("exportPath"));
        QVERIFY(path->x() > newFile->x());
        QCOMPARE(makeCurrent->x(), path->x());

        const QStringList chain = tabChain(&dialog);
        const QStringList order{QStringLiteral("exportNewFile"), QStringLiteral("exportPath"), QStringLiteral("exportBrowse"),
                                QStringLiteral("exportMerge"), QStringLiteral("exportMakeCurrent")};
        QVERIFY2(chain.mid(0, order.size()) == order, qPrintable(chain.join(QStringLiteral(", "))));
        QVERIFY2(chain.contains(QStringLiteral("exportButton")) && chain.indexOf(QStringLiteral("exportButton")) > 4,
                 qPrintable(chain.join(QStringLiteral(", "))));
        shoot(&dialog, QStringLiteral("export-kubeconfig"));
        clickIndicatorOf(merge);
        QVERIFY(makeCurrent->isEnabled());
        shoot(&dialog, QStringLiteral("export-kubeconfig-merge"));
    }

    void deleteCompute()
    {
        const char *context = "cw::ui::DeleteComputeDialog";
        ui::DeleteComputeDialog dialog(WorkspaceRef{}, QStringLiteral("aks-created"),
                                       QStringLiteral("/subscriptions/s/resourceGroups/rg-ml/providers/"
                                                      "Microsoft.ContainerService/managedClusters/aks-created-c1"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.objectName(), QStringLiteral("deleteComputeDialog"));
        QCOMPARE(dialog.windowTitle(), translated(context, "Delete '%1' and its AKS cluster").arg(QStringLiteral("aks-created")));
        QCOMPARE(dialog.deleteButton()->objectName(), QStringLiteral("confirmDeleteCompute"));
        QCOMPARE(dialog.cancelButton()->objectName(), QStringLiteral("cancelDeleteCompute"));
        QCOMPARE(dialog.deleteButton()->text(), translated(context, "Delete compute and cluster"));
        QCOMPARE(dialog.cancelButton()->text(), translated(context, "Cancel"));
        const QString cluster = translated(context, "the AKS cluster <b>%1</b> (resource group %2)")
                                    .arg(QStringLiteral("aks-created-c1"), QStringLiteral("rg-ml"));
        QCOMPARE(dialog.text(), translated(context, "<p>This removes the compute <b>%1</b> from the workspace and "
                                                    "<b>deletes %2</b> in Azure: its nodes, the models deployed on it "
                                                    "and their scoring endpoints.</p><p><b>This cannot be "
                                                    "undone.</b> To keep the cluster, use Detach… instead.</p>")
                                    .arg(QStringLiteral("aks-created"), cluster));
        // Enter never deletes: Cancel is the default and has the focus.
        QVERIFY(dialog.cancelButton()->isDefault());
        QVERIFY(!dialog.deleteButton()->isDefault() && !dialog.deleteButton()->autoDefault());
        QTRY_COMPARE(QApplication::focusWidget(), dialog.cancelButton());
        const QStringList chain = tabChain(&dialog);
        QVERIFY2(chain.size() == 2 && chain.contains(QStringLiteral("confirmDeleteCompute"))
                     && chain.contains(QStringLiteral("cancelDeleteCompute")),
                 qPrintable(chain.join(QStringLiteral(", "))));
        QVERIFY(dialog.width() >= 520);
        shoot(&dialog, QStringLiteral("delete-compute"));
    }

    void detach_data()
    {
        QTest::addColumn<bool>("tls");
        QTest::newRow("tls") << true;
        QTest::newRow("no-tls") << false;
    }

    void detach()
    {
        QFETCH(bool, tls);
        const char *context = "cw::ui::DetachDialog";
        WorkspaceRef ws;
        ws.workspace = QStringLiteral("ws-demo");
        ui::DetachDialog dialog(nullptr, ws, QStringLiteral("tls-prod"), tls);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.objectName(), QStringLiteral("detachDialog"));
        QCOMPARE(dialog.windowTitle(), translated(context, "Detach '%1'").arg(QStringLiteral("tls-prod")));
        QStringList labels;
        for (const QLabel *label : dialog.findChildren<QLabel *>())
            labels << label->text();
        const QString text = translated(context, "<p>Detach <b>%1</b> from the workspace <b>%2</b>?</p><p>The AKS cluster "
                                                 "is <b>not deleted</b>: it keeps running (and costing) in its resource "
                                                 "group. The azureml-fe objects (deployment, service, the azuremlfessl "
                                                 "secret) stay on the cluster; attach it again to use it from the "
                                                 "workspace.</p>")
                                 .arg(QStringLiteral("tls-prod"), QStringLiteral("ws-demo"));
        QVERIFY2(labels.contains(text), qPrintable(labels.join(QLatin1Char('|'))));
        auto *detachButton = dialog.findChild<QPushButton *>(QStringLiteral("detachButton"));
        QVERIFY(detachButton);
        QCOMPARE(detachButton->text(), translated(context, "Detach"));
        auto *saveFirst = dialog.findChild<QCheckBox *>(QStringLiteral("saveTlsFirst"));
        auto *saveButton = dialog.findChild<QPushButton *>(QStringLiteral("saveTlsButton"));
        const QStringList chain = tabChain(&dialog);
        if (tls) {
            QVERIFY(saveFirst && saveButton && saveFirst->isVisible() && saveButton->isVisible());
            QCOMPARE(saveFirst->text(), translated(context, "Save the TLS certificate and key first"));
            QCOMPARE(saveButton->text(), translated(context, "Save to folder…"));
            QVERIFY(saveFirst->isChecked());
            QVERIFY(!detachButton->isEnabled()); // the files first
            QVERIFY2(chain.mid(0, 2) == (QStringList{QStringLiteral("saveTlsFirst"), QStringLiteral("saveTlsButton")}),
                     qPrintable(chain.join(QStringLiteral(", "))));
            saveFirst->setChecked(false);
            QVERIFY(detachButton->isEnabled());
            saveFirst->setChecked(true);
        } else {
            QVERIFY(!saveFirst || !saveFirst->isVisible());
            QVERIFY(!saveButton || !saveButton->isVisible());
            QVERIFY(detachButton->isEnabled());
        }
        QVERIFY2(chain.contains(QStringLiteral("detachButton")), qPrintable(chain.join(QStringLiteral(", "))));
        shoot(&dialog, QStringLiteral("detach-") + QLatin1String(QTest::currentDataTag()));
    }

    void reattach_data()
    {
        QTest::addColumn<bool>("tls");
        QTest::newRow("tls") << true;
        QTest::newRow("no-tls") << false;
    }

    void reattach()
    {
        QFETCH(bool, tls);
        const char *context = "cw::ui::ReattachDialog";
        WorkspaceRef ws;
        ws.workspace = QStringLiteral("ws-demo");
        ui::ReattachDialog dialog(nullptr, ws, QStringLiteral("tls-prod"), tls);
        dialog.setCreatedByWorkspace(tls); // the warning, once
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.objectName(), QStringLiteral("reattachDialog"));
        QCOMPARE(dialog.windowTitle(), translated(context, "Re-attach '%1' to update").arg(QStringLiteral("tls-prod")));
        QStringList labels;
        for (const QLabel *label : dialog.findChildren<QLabel *>())
            if (label->isVisible())
                labels << label->text();
        const QString intro = translated(context, "<p>Re-attaching detaches <b>%1</b> and attaches the same AKS cluster "
                                                  "again under the same name, with the same purpose, TLS and load "
                                                  "balancer settings, so the workspace picks up the current azureml-fe. "
                                                  "Each step is journaled: if anything fails, the operation stops, says "
                                                  "why and can be resumed.</p>")
                                  .arg(QStringLiteral("tls-prod"));
        QVERIFY2(labels.contains(intro), qPrintable(labels.join(QLatin1Char('|'))));
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("reattachOriginWarning"))->isVisible(), tls);
        QTreeWidget *steps = dialog.stepsView();
        QCOMPARE(steps->objectName(), QStringLiteral("reattachSteps"));
        QCOMPARE(steps->headerItem()->text(0), translated(context, "Step"));
        QCOMPARE(steps->headerItem()->text(1), translated(context, "Message"));
        QVERIFY(steps->topLevelItemCount() > 0);
        auto *start = dialog.findChild<QPushButton *>(QStringLiteral("startReattach"));
        auto *resume = dialog.findChild<QPushButton *>(QStringLiteral("resumeReattach"));
        QVERIFY(start && resume);
        QCOMPARE(start->text(), translated(context, "Re-attach"));
        QVERIFY(!resume->isVisible());
        const QStringList chain = tabChain(&dialog);
        const auto before = [&chain](const QString &a, const QString &b) {
            return chain.indexOf(a) >= 0 && chain.indexOf(a) < chain.indexOf(b);
        };
        QVERIFY2(before(QStringLiteral("reattachSteps"), QStringLiteral("startReattach")), qPrintable(chain.join(QStringLiteral(", "))));
        auto *cert = dialog.findChild<QLineEdit *>(QStringLiteral("certPath"));
        if (tls) {
            QVERIFY(cert && cert->isVisible());
            QVERIFY(labels.contains(translated(context, "Certificate:")));
            QVERIFY(labels.contains(translated(context, "Backup file:")));
            QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("tlsBackupPath"))->placeholderText(),
                     translated(context, "Only without a keychain: a new file (0600) for the certificate and key"));
            QStringList radios;
            for (const QRadioButton *radio : dialog.findChildren<QRadioButton *>())
                radios << radio->text();
            QVERIFY(radios.contains(translated(context, "Recover the certificate and key from the cluster (azuremlfessl)")));
            QVERIFY(radios.contains(translated(context, "Use these certificate files:")));
            // Top to bottom: the certificate's source and files, then the steps, then the buttons.
            QVERIFY2(before(QStringLiteral("certPath"), QStringLiteral("keyPath"))
                         && before(QStringLiteral("keyPath"), QStringLiteral("tlsBackupPath"))
                         && before(QStringLiteral("tlsBackupPath"), QStringLiteral("reattachSteps")),
                     qPrintable(chain.join(QStringLiteral(", "))));
        } else {
            QVERIFY(!cert || !cert->isVisible());
        }
        shoot(&dialog, QStringLiteral("reattach-") + QLatin1String(QTest::currentDataTag()));
    }

    // Move to v2 (issue 15): the plan's steps, the eight legacy components and the carried-over
    // settings listed; the preflight shown, an error blocking the move; the compute's name typed
    // before the move can start; name → namespace → confirmation → buttons in Tab order.
    void moveToV2()
    {
        const char *context = "cw::ui::MoveToV2Dialog";
        WorkspaceRef ws;
        ws.workspace = QStringLiteral("ws-demo");
        ui::MoveToV2Dialog dialog(nullptr, ws, QStringLiteral("tls-prod"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.objectName(), QStringLiteral("moveToV2Dialog"));
        QCOMPARE(dialog.windowTitle(), translated(context, "Move '%1' to Azure ML v2").arg(QStringLiteral("tls-prod")));
        QCOMPARE(dialog.stepsView()->headerItem()->text(0), translated(context, "Step"));
        QCOMPARE(dialog.stepsView()->topLevelItemCount(), 11); // preflight-v2 … verify-v2
        QCOMPARE(dialog.moveButton()->text(), translated(context, "Move to v2"));
        QCOMPARE(dialog.preflightText(), translated(context, "Checking the cluster for Azure ML v2…"));
        const QString details = dialog.findChild<QLabel *>(QStringLiteral("moveDetails"))->text();
        QVERIFY2(details.contains(translated(context, "Legacy v1 components deleted (only these):")), qPrintable(details));
        QCOMPARE(details.count(QStringLiteral("azureml")), 8); // the eight, by name
        QVERIFY(!dialog.attachBackButton()->isVisible());

        // Waiting for the preflight: typing the name is not enough.
        QTest::keyClicks(dialog.confirmEdit(), QStringLiteral("tls-prod"));
        QVERIFY(!dialog.moveButton()->isEnabled());
        // An error blocks the move whatever is typed.
        dialog.setPreflight({rules::error(QStringLiteral("v2.servicePrincipal"), QStringLiteral("cluster.identity"),
                                          QStringLiteral("service principal"))});
        QVERIFY(!dialog.moveButton()->isEnabled());
        QVERIFY(dialog.preflightText().contains(QStringLiteral("service principal")));
        // Warnings do not; the carried-over settings are listed.
        dialog.setPreflight({rules::warning(QStringLiteral("v2.authorizedIpRanges"), QStringLiteral("cluster.authorizedIpRanges"),
                                            QStringLiteral("ranges"))});
        dialog.setCarriedOver({{QStringLiteral("sslCname"), QStringLiteral("www.contoso.com")},
                               {QStringLiteral("inferenceRouterServiceType"), QStringLiteral("loadBalancer")}});
        QVERIFY(dialog.moveButton()->isEnabled());
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("moveDetails"))->text().contains(QStringLiteral("sslCname=www.contoso.com")));
        // A name the service would refuse, an empty namespace or a wrong confirmation: disabled.
        dialog.newNameEdit()->setText(QStringLiteral("9bad"));
        QVERIFY(!dialog.moveButton()->isEnabled());
        dialog.newNameEdit()->setText(QStringLiteral("tls-prod-v2"));
        QVERIFY(dialog.moveButton()->isEnabled());
        dialog.namespaceEdit()->clear();
        QVERIFY(!dialog.moveButton()->isEnabled());
        dialog.namespaceEdit()->setText(QStringLiteral("default"));
        dialog.confirmEdit()->setText(QStringLiteral("tls-prod-v2"));
        QVERIFY(!dialog.moveButton()->isEnabled());
        dialog.confirmEdit()->setText(QStringLiteral("tls-prod"));
        QVERIFY(dialog.moveButton()->isEnabled());
        QVERIFY(!dialog.moveButton()->isDefault()); // Enter never starts a move

        const QStringList chain = tabChain(&dialog);
        const auto before = [&chain](const QString &a, const QString &b) {
            return chain.indexOf(a) >= 0 && chain.indexOf(a) < chain.indexOf(b);
        };
        QVERIFY2(before(QStringLiteral("moveSteps"), QStringLiteral("newName"))
                     && before(QStringLiteral("newName"), QStringLiteral("kubernetesNamespace"))
                     && before(QStringLiteral("kubernetesNamespace"), QStringLiteral("confirmName"))
                     && before(QStringLiteral("confirmName"), QStringLiteral("startMoveToV2")),
                 qPrintable(chain.join(QStringLiteral(", "))));
        shoot(&dialog, QStringLiteral("move-to-v2"));
    }

    void about()
    {
        const char *context = "cw::ui::AboutDialog";
        ui::AboutDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.objectName(), QStringLiteral("aboutDialog"));
        QCOMPARE(dialog.windowTitle(), translated(context, "About Clusterwright"));
        auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("aboutLibraries"));
        QVERIFY(table);
        QCOMPARE(table->accessibleName(), translated(context, "Libraries and licences"));
        QCOMPARE(table->columnCount(), 3);
        QCOMPARE(table->horizontalHeaderItem(0)->text(), translated(context, "Library"));
        QCOMPARE(table->horizontalHeaderItem(1)->text(), translated(context, "Version"));
        QCOMPARE(table->horizontalHeaderItem(2)->text(), translated(context, "Licence"));
        QVERIFY(table->rowCount() > 0);
        QVERIFY(table->editTriggers() == QAbstractItemView::NoEditTriggers);
        QStringList labels;
        for (const QLabel *label : dialog.findChildren<QLabel *>())
            labels << label->text();
        QVERIFY2(labels.contains(translated(context, "Built with:")), qPrintable(labels.join(QLatin1Char('|'))));
        QVERIFY2(labels.contains(translated(context, "Creates, attaches, inspects, updates, detaches and re-attaches "
                                                     "Azure Kubernetes Service inference clusters of Azure Machine "
                                                     "Learning workspaces.")),
                 qPrintable(labels.join(QLatin1Char('|'))));
        auto *title = dialog.findChild<QLabel *>(QStringLiteral("aboutTitle"));
        QVERIFY(title && title->text().contains(QStringLiteral("Clusterwright")));
        const QStringList chain = tabChain(&dialog);
        QVERIFY2(chain.size() == 2 && chain.first() == QStringLiteral("aboutLibraries"), qPrintable(chain.join(QStringLiteral(", "))));
        shoot(&dialog, QStringLiteral("about"));
    }

    void signIn()
    {
        const char *context = "cw::ui::SignInDialog";
        ui::SignInDialog dialog(auth::CloudEnvironment::azureCloud(), nullptr);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.objectName(), QStringLiteral("signInDialog"));
        QCOMPARE(dialog.windowTitle(), translated(context, "Sign in to %1").arg(translated(context, "Azure (global)")));
        auto *cloud = dialog.findChild<QComboBox *>(QStringLiteral("signInCloud"));
        auto *tabs = dialog.findChild<QTabWidget *>(QStringLiteral("signInMethods"));
        QVERIFY(cloud && tabs);
        QCOMPARE(cloud->count(), 3);
        QCOMPARE(cloud->itemText(1), translated(context, "Azure US Government"));
        QCOMPARE(cloud->itemText(2), translated(context, "Azure China (21Vianet)"));
        QCOMPARE(tabs->accessibleName(), translated(context, "Sign-in method"));
        QCOMPARE(tabs->count(), 3);
        QCOMPARE(tabs->tabText(0), translated(context, "&Device code"));
        QCOMPARE(tabs->tabText(1), translated(context, "&Service principal"));
        QCOMPARE(tabs->tabText(2), translated(context, "Azure C&LI"));
        QStringList labels;
        for (const QLabel *label : dialog.findChildren<QLabel *>())
            labels << label->text();
        for (const char *text : {"&Cloud:", "Sign in with your browser, on this or another device.", "&Tenant:", "1. Open:",
                                 "2. Enter the code:", "&Tenant ID:", "&Application (client) ID:", "Client s&ecret:"})
            QVERIFY2(labels.contains(translated(context, text)), text);
        auto *tenant = dialog.findChild<QLineEdit *>(QStringLiteral("deviceCodeTenant"));
        QCOMPARE(tenant->text(), QStringLiteral("organizations"));
        QCOMPARE(tenant->accessibleName(), translated(context, "Tenant"));
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("spSecret"))->echoMode(), QLineEdit::Password);
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("spClientId"))->accessibleName(),
                 translated(context, "Application (client) ID"));
        auto *start = dialog.findChild<QPushButton *>(QStringLiteral("deviceCodeStart"));
        QCOMPARE(start->text(), translated(context, "Get a si&gn-in code"));
        QVERIFY(start->isDefault());
        auto *userCode = dialog.findChild<QLabel *>(QStringLiteral("deviceCodeUserCode"));
        QCOMPARE(userCode->accessibleName(), translated(context, "Sign-in code"));
        QVERIFY(!userCode->isVisibleTo(&dialog)); // until a code arrives
        QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("signInNotice"))->isVisibleTo(&dialog));
        const QStringList top = tabChain(&dialog);
        QVERIFY2(top.mid(0, 5) == (QStringList{QStringLiteral("signInCloud"), QStringLiteral("signInMethods"),
                                               QStringLiteral("qt_tabwidget_tabbar"),
                                               QStringLiteral("deviceCodeTenant"), QStringLiteral("deviceCodeStart")}),
                 qPrintable(top.join(QStringLiteral(", "))));
        shoot(&dialog, QStringLiteral("signin-device-code"));

        // The code and the address as they are shown once the service answered: Tab goes through
        // the panel top to bottom, as its steps read (1. open the address, 2. enter the code);
        // the code itself is selectable, its copy button is what the keyboard reaches.
        userCode->parentWidget()->show();
        userCode->setText(QStringLiteral("FJK7QX2LM"));
        dialog.findChild<QLabel *>(QStringLiteral("deviceCodeUrl"))
            ->setText(QStringLiteral("<a href=\"https://microsoft.com/devicelogin\">https://microsoft.com/devicelogin</a>"));
        const QStringList panel{QStringLiteral("deviceCodeUrl"), QStringLiteral("deviceCodeCopyUrl"),
                                QStringLiteral("deviceCodeCopy")};
        const QStringList chain = tabChain(&dialog);
        QVERIFY2(chain.mid(chain.indexOf(QStringLiteral("deviceCodeStart")) + 1, 3) == panel,
                 qPrintable(chain.join(QStringLiteral(", "))));
        shoot(&dialog, QStringLiteral("signin-device-code-shown"));

        tabs->setCurrentIndex(1);
        const QStringList sp = tabChain(&dialog);
        QVERIFY2(sp.mid(3, 4) == (QStringList{QStringLiteral("spTenant"), QStringLiteral("spClientId"),
                                              QStringLiteral("spSecret"), QStringLiteral("spStart")}),
                 qPrintable(sp.join(QStringLiteral(", "))));
        shoot(&dialog, QStringLiteral("signin-service-principal"));
        tabs->setCurrentIndex(2);
        const QStringList cli = tabChain(&dialog);
        QVERIFY2(cli.mid(3, 1) == QStringList{QStringLiteral("azureCliStart")}, qPrintable(cli.join(QStringLiteral(", "))));
        shoot(&dialog, QStringLiteral("signin-azure-cli"));
    }

    // The create/attach wizard's static pages (ui/wizard/*.ui): shown alone, with a controller
    // that has no backend (nothing is loaded until a page is entered in the wizard).
    void modePage()
    {
        const char *context = "cw::ui::ModePage";
        ui::WizardController controller(nullptr);
        ui::ModePage page(&controller);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(page.objectName(), QStringLiteral("modePage"));
        QCOMPARE(page.title(), translated(context, "Create or attach"));
        auto *create = page.findChild<QRadioButton *>(QStringLiteral("modeCreate"));
        auto *attach = page.findChild<QRadioButton *>(QStringLiteral("modeAttach"));
        auto *limits = page.findChild<QLabel *>(QStringLiteral("modeLimitations"));
        QVERIFY(create && attach && limits);
        QCOMPARE(create->text(), translated(context, "&Create a new AKS cluster"));
        QCOMPARE(attach->accessibleName(), translated(context, "Attach an existing AKS cluster"));
        QVERIFY(create->isChecked());
        QCOMPARE(page.nextId(), int(ui::SizePageId));
        QVERIFY(!attach->accessibleDescription().isEmpty() && !attach->accessibleDescription().contains(QLatin1Char('<')));
        QCOMPARE(tabChain(&page), (QStringList{QStringLiteral("modeCreate"), QStringLiteral("modeAttach"), QStringLiteral("modeAttachV2")}));
        shoot(&page, QStringLiteral("wizard-mode"));
    }

    void workspacePage()
    {
        const char *context = "cw::ui::WorkspacePage";
        ui::WizardController controller(nullptr);
        ui::WorkspacePage page(&controller);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(page.objectName(), QStringLiteral("workspacePage"));
        QCOMPARE(page.title(), translated(context, "Workspace"));
        auto *environment = page.findChild<QComboBox *>(QStringLiteral("environmentPicker"));
        auto *subscription = page.findChild<QComboBox *>(QStringLiteral("subscriptionPicker"));
        auto *workspace = page.findChild<QComboBox *>(QStringLiteral("workspacePicker"));
        QVERIFY(environment && subscription && workspace && page.findChild<QLabel *>(QStringLiteral("environmentStatus")));
        QCOMPARE(environment->count(), 4);
        QCOMPARE(environment->itemData(1).toString(), QStringLiteral("AzureCloud"));
        QCOMPARE(subscription->accessibleName(), translated(context, "Subscription"));
        QVERIFY(page.findChild<QWidget *>(QStringLiteral("workspacePickerRetry")));
        // Each row's label is the buddy of its combo box (the mnemonic and the screen reader's name).
        QHash<QString, QWidget *> buddies;
        for (const QLabel *label : page.findChildren<QLabel *>())
            if (label->buddy())
                buddies.insert(label->text(), label->buddy());
        QCOMPARE(buddies.value(translated(context, "&Environment:")), environment);
        QCOMPARE(buddies.value(translated(context, "&Subscription:")), subscription);
        QCOMPARE(buddies.value(translated(context, "&Workspace:")), workspace);
        QCOMPARE(tabChain(&page), (QStringList{QStringLiteral("environmentPicker"), QStringLiteral("subscriptionPicker"),
                                               QStringLiteral("workspacePicker")}));
        shoot(&page, QStringLiteral("wizard-workspace"));
    }

    void clusterPage()
    {
        const char *context = "cw::ui::ClusterPage";
        ui::WizardController controller(nullptr);
        ui::ClusterPage page(&controller);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(page.objectName(), QStringLiteral("clusterPage"));
        QCOMPARE(page.title(), translated(context, "Pick the cluster"));
        auto *table = page.findChild<QTreeWidget *>(QStringLiteral("clusterTable"));
        auto *search = page.findChild<QLineEdit *>(QStringLiteral("clusterSearch"));
        auto *resourceId = page.findChild<QLineEdit *>(QStringLiteral("clusterResourceId"));
        auto *production = page.findChild<QRadioButton *>(QStringLiteral("attachPurposeProduction"));
        QVERIFY(table && search && resourceId && production);
        QVERIFY(!page.findChild<QLabel *>(QStringLiteral("clusterLoadError"))->isVisible());
        QCOMPARE(table->columnCount(), 10);
        QCOMPARE(table->headerItem()->text(4), translated(context, "Nodes × size"));
        QCOMPARE(table->header()->sortIndicatorOrder(), Qt::AscendingOrder);
        QCOMPARE(search->placeholderText(), translated(context, "Search by name, resource group or region"));
        QCOMPARE(production->text(), translated(context, "&Production"));
        QVERIFY(production->isChecked());
        QCOMPARE(page.findChild<QLabel *>(QStringLiteral("resourceIdLabel"))->buddy(), resourceId);
        const QStringList order{QStringLiteral("clusterSearch"), QStringLiteral("clusterTable"), QStringLiteral("clusterResourceId"),
                                QStringLiteral("attachName"), QStringLiteral("attachPurposeProduction"),
                                QStringLiteral("attachPurposeDevTest")};
        const QStringList chain = tabChain(&page);
        QVERIFY2(chain.mid(0, order.size()) == order, qPrintable(chain.join(QStringLiteral(", "))));
        shoot(&page, QStringLiteral("wizard-cluster"));
    }

    void sizePage()
    {
        const char *context = "cw::ui::SizePage";
        ui::WizardController controller(nullptr);
        ui::SizePage page(&controller);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(page.objectName(), QStringLiteral("sizePage"));
        QCOMPARE(page.title(), translated(context, "Name, purpose and size"));
        auto *name = page.findChild<QLineEdit *>(QStringLiteral("computeName"));
        auto *sizes = page.findChild<QTreeWidget *>(QStringLiteral("vmSizes"));
        auto *nodes = page.findChild<QSpinBox *>(QStringLiteral("nodeCount"));
        QVERIFY(name && sizes && nodes && page.findChild<QWidget *>(QStringLiteral("vcpuMeter")));
        QVERIFY(!page.findChild<QWidget *>(QStringLiteral("retryRegions"))->isVisible());
        QCOMPARE(name->placeholderText(), translated(context, "3–24 letters, digits or hyphens"));
        QCOMPARE(sizes->headerItem()->text(3), translated(context, "Memory (GB)"));
        QCOMPARE(nodes->minimum(), 1);
        QCOMPARE(nodes->maximum(), 100);
        QCOMPARE(nodes->value(), controller.spec().nodeCount);
        QVERIFY(page.findChild<QRadioButton *>(QStringLiteral("purposeProduction"))->isChecked());
        // Top to bottom in each column, the name column first (the name checks came right after
        // the name, before the purpose and region above them, when the page was built in code).
        const QStringList order{QStringLiteral("computeName"), QStringLiteral("purposeProduction"), QStringLiteral("purposeDevTest"),
                                QStringLiteral("region"), QStringLiteral("nameFindings"), QStringLiteral("vmSizeFilter"),
                                QStringLiteral("vmSizes"), QStringLiteral("nodeCount")};
        const QStringList chain = tabChain(&page);
        QVERIFY2(chain.mid(0, order.size()) == order, qPrintable(chain.join(QStringLiteral(", "))));
        shoot(&page, QStringLiteral("wizard-size"));
    }

private:
    static void clickIndicatorOf(QAbstractButton *button)
    {
        QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(6, button->height() / 2));
    }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QString lang = language();
    QTranslator qt, own;
    if (const QString error = cw::test::installAppTranslators(lang, own, qt); !error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    TestDialogForms test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_dialogs_forms.moc"
