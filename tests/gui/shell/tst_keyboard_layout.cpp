// Keyboard, layout and language of the main window as the application builds it (issue 16,
// items 11–14): menus and shortcuts of the toolbar actions, the table's keyboard context menu,
// visible focus, Alt mnemonics of every window and wizard page, what fits at the default size,
// and the service's values as labels. Runs once per language: CW_TEST_LANGUAGE=it loads the
// application's and Qt's Italian catalogues before any widget is made, as the app does.
#include <QTest>
#include <QTimer>

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLayout>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSpinBox>
#include <QStyleFactory>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QToolBar>
#include <QTranslator>
#include <QTreeView>
#include <QTreeWidget>
#include <QWizard>

#include "support/AppTranslators.h"
#include "Workbench.h"
#include "clusters/ClustersTableModel.h"
#include "clusters/ClustersView.h"
#include "common/AppIdentity.h"
#include "dialogs/DetachDialog.h"
#include "dialogs/ExportKubeconfigDialog.h"
#include "dialogs/LoadBalancerDialog.h"
#include "dialogs/ReattachDialog.h"
#include "dialogs/ScaleNodesDialog.h"
#include "dialogs/TlsCertificateDialog.h"
#include "export/UpdatePatch.h"
#include "operations/OperationsModel.h"
#include "ops/OperationPlan.h"
#include "ops/OperationRecord.h"
#include "widgets/VcpuMeter.h"
#include "operations/OperationsDock.h"
#include "ops/OperationRunner.h"
#include "session/Session.h"
#include "shell/AboutDialog.h"
#include "shell/ApplicationContext.h"
#include "shell/MainWindow.h"
#include "signin/SignInDialog.h"
#include "wizard/ComputeWizard.h"
#include "wizard/WizardPages.h"

using namespace cw;

namespace {

constexpr int kLoad = 30000;
const QString kSub1 = QStringLiteral("00000000-0000-4000-8000-000000000001");

QString language()
{
    return qEnvironmentVariable("CW_TEST_LANGUAGE", QStringLiteral("en"));
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30), base(0x1e, 0x1f, 0x22), text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::Highlight, QColor(0x35, 0x74, 0xf0));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x8a, 0x8a));
    p.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    return p;
}

void settle()
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QCoreApplication::processEvents();
}

void shoot(QWidget *widget, const QString &name)
{
    settle();
    const QString dir = qEnvironmentVariable("CW_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    const QPixmap pixmap = widget->grab();
    QVERIFY(!pixmap.isNull());
    QVERIFY(pixmap.save(QDir(dir).filePath(QStringLiteral("keys-%1-%2.png").arg(name, language()))));
}

// The Alt mnemonics a person can use in `window` as it is shown now: buttons, labels with a
// buddy (form rows), group boxes, tabs and the menu bar; each with the texts that claim it.
QMultiMap<QString, QString> mnemonicsOf(QWidget *window)
{
    QMultiMap<QString, QString> found;
    const auto add = [&found](const QString &text) {
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (!key.isEmpty())
            found.insert(key.toString(), text);
    };
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (w->window() != window || !w->isVisibleTo(window))
            continue;
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            add(button->text());
        else if (auto *label = qobject_cast<QLabel *>(w); label && label->buddy())
            add(label->text());
        else if (auto *group = qobject_cast<QGroupBox *>(w))
            add(group->title());
        else if (auto *tabs = qobject_cast<QTabBar *>(w))
            for (int i = 0; i < tabs->count(); ++i)
                add(tabs->tabText(i));
        else if (auto *bar = qobject_cast<QMenuBar *>(w))
            for (QAction *action : bar->actions())
                add(action->text());
    }
    return found;
}

// "Alt+N: "Compute &name" / "&Next >"" for each mnemonic claimed twice; empty when none is.
QString clashesIn(QWidget *window, const QString &where)
{
    const QMultiMap<QString, QString> found = mnemonicsOf(window);
    QStringList clashes;
    for (const QString &key : found.uniqueKeys())
        if (found.count(key) > 1)
            clashes << QStringLiteral("%1: %2 (%3)").arg(key, QStringList(found.values(key)).join(QStringLiteral(" / ")), where);
    return clashes.join(QLatin1Char('\n'));
}

// Labels whose text does not fit: a word-wrapped label shorter than its text needs at its
// width, or a one-line label narrower than its text.
QString clippedLabelsIn(QWidget *window)
{
    QStringList clipped;
    for (QLabel *label : window->findChildren<QLabel *>()) {
        if (!label->isVisibleTo(window) || label->text().isEmpty() || !label->pixmap().isNull())
            continue;
        const int need = label->wordWrap() && label->hasHeightForWidth() ? label->heightForWidth(label->width())
                                                                         : label->sizeHint().height();
        const bool tooNarrow = !label->wordWrap() && label->sizeHint().width() > label->width() + 1;
        if (label->height() + 1 < need || tooNarrow)
            clipped << QStringLiteral("%1 [%2x%3, needs %4x%5]").arg(label->text().left(60)).arg(label->width())
                           .arg(label->height()).arg(label->sizeHint().width()).arg(need);
    }
    return clipped.join(QLatin1Char('\n'));
}

// Visible input rows that overlap another visible widget of the same parent.
QString overlapsIn(QWidget *window)
{
    QStringList overlaps;
    QList<QWidget *> parents = window->findChildren<QWidget *>();
    parents << window;
    for (QWidget *parent : std::as_const(parents)) {
        QList<QWidget *> kids;
        for (QObject *child : parent->children())
            if (auto *w = qobject_cast<QWidget *>(child); w && !w->isWindow() && w->isVisibleTo(window)
                && (qobject_cast<QLabel *>(w) || qobject_cast<QLineEdit *>(w) || qobject_cast<QAbstractButton *>(w)
                    || qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractSpinBox *>(w)))
                kids << w;
        for (int i = 0; i < kids.size(); ++i)
            for (int j = i + 1; j < kids.size(); ++j)
                if (kids.at(i)->geometry().intersects(kids.at(j)->geometry()))
                    overlaps << QStringLiteral("%1 / %2").arg(kids.at(i)->objectName() + QLatin1Char(':') + kids.at(i)->property("text").toString().left(30),
                                                           kids.at(j)->objectName() + QLatin1Char(':') + kids.at(j)->property("text").toString().left(30));
    }
    return overlaps.join(QStringLiteral(", "));
}

} // namespace

class TestKeyboardLayout : public QObject
{
    Q_OBJECT

    std::unique_ptr<ui::ApplicationContext> m_context;
    std::unique_ptr<ui::MainWindow> m_window;
    std::unique_ptr<ui::Workbench> m_bench;

    QAction *action(const char *name) { return m_window->findChild<QAction *>(QLatin1String(name)); }
    QTableView *table() { return m_bench->clustersView()->table(); }

    bool select(const QString &name)
    {
        QTableView *view = table();
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            const QModelIndex index = view->model()->index(row, ui::ClustersTableModel::Name);
            if (index.data().toString() == name) {
                view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
                view->scrollTo(index);
                return m_bench->clustersView()->selectedComputeName() == name;
            }
        }
        return false;
    }

    WorkspaceRef workspace() const
    {
        return m_bench->clustersView()->selectedWorkspace(); // in the session's cloud, as the Workbench passes it
    }

    // Every dialog of the clusters view, made for tls-prod as the Workbench makes them.
    std::vector<std::unique_ptr<QDialog>> dialogs()
    {
        std::vector<std::unique_ptr<QDialog>> all;
        [&] { QVERIFY(select(QStringLiteral("tls-prod"))); }();
        ops::OperationRunner *runner = m_context->runner();
        all.emplace_back(new ui::DetachDialog(m_context->session()->connection(), workspace(), QStringLiteral("tls-prod"), true));
        all.emplace_back(new ui::ReattachDialog(runner, workspace(), QStringLiteral("tls-prod"), true));
        all.emplace_back(new ui::LoadBalancerDialog(runner, workspace(), QStringLiteral("tls-prod"),
                                                    rules::LoadBalancerType::PublicIp, true));
        all.emplace_back(new ui::TlsCertificateDialog(runner, workspace(), QStringLiteral("tls-prod"), QStringLiteral("westeurope")));
        all.emplace_back(new ui::ScaleNodesDialog(runner, workspace(), QStringLiteral("tls-prod"), rules::ClusterPurpose::FastProd,
                                                  QStringLiteral("Standard_D3_v2"), 3,
                                                  rules::VmSizeCatalogue{{{QStringLiteral("Standard_D3_v2"), 4, 0, 14, QStringLiteral("standardDv2Family")}}},
                                                  QString()));
        all.emplace_back(new ui::ExportKubeconfigDialog(QStringLiteral("tls-prod")));
        all.emplace_back(new ui::AboutDialog);
        all.emplace_back(new ui::SignInDialog(m_context->session()->environment(), m_context->secretStore()));
        return all;
    }

    ui::ComputeWizard *openWizard()
    {
        action("actionNewCluster")->trigger();
        ui::ComputeWizard *wizard = nullptr;
        [&] { QTRY_VERIFY((wizard = m_window->findChild<ui::ComputeWizard *>()) && wizard->isVisible()); }();
        return wizard;
    }

    static bool nextEnabled(QWizard *wizard)
    {
        return wizard->button(QWizard::NextButton)->isEnabled() && wizard->button(QWizard::NextButton)->isVisible();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        m_context = std::make_unique<ui::ApplicationContext>();
        m_window = std::make_unique<ui::MainWindow>();
        m_bench = std::make_unique<ui::Workbench>(m_window.get(), m_context.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_context->startSandbox(0.05);
        QTRY_VERIFY_WITH_TIMEOUT(m_bench->clustersView() != nullptr, kLoad);
        QTRY_VERIFY_WITH_TIMEOUT(m_bench->clustersView()->model()->rowCount() > 0, kLoad);
    }

    // Item 11: each toolbar action is in a menu with a shortcut, and no two shortcuts clash.
    void toolbarActionsHaveMenuEntriesAndShortcuts()
    {
        QHash<QAction *, QMenu *> inMenu;
        QMultiHash<QString, QString> byShortcut;
        const std::function<void(QMenu *)> walk = [&](QMenu *menu) {
            for (QAction *a : menu->actions()) {
                if (a->menu())
                    walk(a->menu());
                inMenu.insert(a, menu);
                for (const QKeySequence &key : a->shortcuts())
                    byShortcut.insert(key.toString(), a->text());
            }
        };
        for (QAction *top : m_window->menuBar()->actions())
            if (top->menu())
                walk(top->menu());
        int checked = 0;
        for (QAction *a : m_window->mainToolBar()->actions()) {
            if (a->isSeparator() || !a->isVisible())
                continue;
            ++checked;
            QVERIFY2(inMenu.contains(a), qPrintable(a->text() + QStringLiteral(" is in no menu")));
            QVERIFY2(!a->shortcut().isEmpty(), qPrintable(a->text() + QStringLiteral(" has no shortcut")));
        }
        QVERIFY(checked >= 7);
        for (const QString &key : byShortcut.uniqueKeys())
            QVERIFY2(byShortcut.count(key) == 1, qPrintable(key + QStringLiteral(": ") + QStringList(byShortcut.values(key)).join(QStringLiteral(", "))));
        QCOMPARE(action("actionNewCluster")->shortcut(), QKeySequence(QKeySequence::New));
        QCOMPARE(action("actionRefreshClusters")->shortcut(), QKeySequence(QKeySequence::Refresh));
        // The shortcut works from the table: Ctrl+N opens the wizard.
        table()->setFocus();
        QTest::keyClick(table(), Qt::Key_N, Qt::ControlModifier);
        ui::ComputeWizard *wizard = nullptr;
        QTRY_VERIFY((wizard = m_window->findChild<ui::ComputeWizard *>()) && wizard->isVisible());
        wizard->close();
        QTRY_VERIFY(m_window->findChild<ui::ComputeWizard *>() == nullptr);
    }

    // Item 11: Shift+F10 and the Menu key open the table's context menu at the selected row.
    void keyboardOpensTheTableContextMenu_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<int>("modifiers");
        QTest::newRow("Shift+F10") << int(Qt::Key_F10) << int(Qt::ShiftModifier);
        QTest::newRow("Menu") << int(Qt::Key_Menu) << int(Qt::NoModifier);
    }
    void keyboardOpensTheTableContextMenu()
    {
        QFETCH(int, key);
        QFETCH(int, modifiers);
        QVERIFY(select(QStringLiteral("tls-prod")));
        table()->setFocus();
        QPointer<QMenu> shown;
        QStringList texts;
        QTimer::singleShot(0, this, [&] {
            shown = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!shown)
                return;
            for (QAction *a : shown->actions())
                texts << a->text();
            shown->close();
        });
        QTest::keyClick(table(), Qt::Key(key), Qt::KeyboardModifiers(modifiers));
        QTRY_VERIFY2(!texts.isEmpty(), "no context menu opened");
        QVERIFY(texts.contains(action("actionDetach")->text()));
    }

    // Item 11: Tab moves through the main window (the table does not trap it) and the widget
    // with the keyboard focus looks different than once Tab has moved on, light and dark.
    void keyboardFocusIsVisible_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }
    void keyboardFocusIsVisible()
    {
        QFETCH(bool, dark);
        QApplication::setPalette(dark ? darkPalette() : QApplication::style()->standardPalette());
        const auto restore = qScopeGuard([] { QApplication::setPalette(QApplication::style()->standardPalette()); });
        QVERIFY(select(QStringLiteral("tls-prod")));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        auto *start = m_window->findChild<QLineEdit *>(QStringLiteral("clusterFilter"));
        start->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(start->hasFocus());
        QStringList visited, invisible;
        QSet<QWidget *> seen;
        for (int i = 0; i < 30; ++i) {
            QWidget *w = QApplication::focusWidget();
            if (!w || seen.contains(w))
                break;
            seen.insert(w);
            visited << QStringLiteral("%1 (%2)").arg(w->objectName(), QString::fromLatin1(w->metaObject()->className()));
            settle();
            const QImage focused = w->grab().toImage();
            QTest::keyClick(w, Qt::Key_Tab);
            settle();
            if (QApplication::focusWidget() == w)
                QFAIL(qPrintable(QStringLiteral("Tab stays in ") + visited.last()));
            if (w->grab().toImage() == focused)
                invisible << visited.last();
        }
        shoot(m_window.get(), QStringLiteral("main-window-focus-") + (dark ? QStringLiteral("dark") : QStringLiteral("light")));
        QVERIFY2(seen.size() >= 5, qPrintable(visited.join(QStringLiteral(", "))));
        QVERIFY2(invisible.isEmpty(), qPrintable(QStringLiteral("focus not visible on: ") + invisible.join(QStringLiteral(", "))));
    }

    // Item 12: no Alt mnemonic is claimed twice in the main window or in any dialog.
    void noMnemonicClashInMainWindowAndDialogs()
    {
        QStringList clashes;
        if (const QString c = clashesIn(m_window.get(), QStringLiteral("main window")); !c.isEmpty())
            clashes << c;
        for (const auto &dialog : dialogs()) {
            dialog->show();
            settle();
            if (const QString c = clashesIn(dialog.get(), dialog->objectName()); !c.isEmpty())
                clashes << c;
            // Each tab's page too (the sign-in methods).
            for (QTabWidget *tabs : dialog->findChildren<QTabWidget *>()) {
                for (int i = 0; i < tabs->count(); ++i) {
                    tabs->setCurrentIndex(i);
                    settle();
                    if (const QString c = clashesIn(dialog.get(), dialog->objectName() + QLatin1Char('/') + tabs->tabText(i));
                        !c.isEmpty())
                        clashes << c;
                }
            }
            dialog->close();
        }
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
    }

    // Item 12: every wizard page (in each of its states: advanced networking, internal load
    // balancer, each TLS choice), with the wizard's own buttons, has no mnemonic twice.
    void noMnemonicClashOnAnyWizardPage()
    {
        QStringList clashes;
        ui::ComputeWizard *wizard = openWizard();
        const auto check = [&](const QString &where) {
            settle();
            if (const QString c = clashesIn(wizard, where); !c.isEmpty())
                clashes << c;
        };
        auto *subscriptions = wizard->findChild<QComboBox *>(QStringLiteral("subscriptionPicker"));
        QTRY_VERIFY_WITH_TIMEOUT(subscriptions->findData(kSub1) >= 0, kLoad);
        subscriptions->setCurrentIndex(subscriptions->findData(kSub1));
        QTRY_VERIFY_WITH_TIMEOUT(nextEnabled(wizard), kLoad);
        check(QStringLiteral("workspace page"));
        wizard->next();
        check(QStringLiteral("mode page"));
        wizard->findChild<QRadioButton *>(QStringLiteral("modeAttach"))->setChecked(true);
        wizard->next();
        QCOMPARE(wizard->currentId(), int(ui::ClusterPageId));
        check(QStringLiteral("cluster page"));
        wizard->back();
        wizard->findChild<QRadioButton *>(QStringLiteral("modeCreate"))->setChecked(true);
        wizard->next();
        QCOMPARE(wizard->currentId(), int(ui::SizePageId));
        check(QStringLiteral("size page"));
        QTest::keyClicks(wizard->findChild<QLineEdit *>(QStringLiteral("computeName")), QStringLiteral("keys-mnemonics"));
        auto *sizes = wizard->findChild<QTreeWidget *>(QStringLiteral("vmSizes"));
        QTRY_VERIFY_WITH_TIMEOUT(!sizes->findItems(QStringLiteral("Standard_D3_v2"), Qt::MatchExactly).isEmpty(), kLoad);
        sizes->setCurrentItem(sizes->findItems(QStringLiteral("Standard_D3_v2"), Qt::MatchExactly).first());
        wizard->findChild<QSpinBox *>(QStringLiteral("nodeCount"))->setValue(3);
        QTRY_VERIFY_WITH_TIMEOUT(nextEnabled(wizard), kLoad);
        wizard->next();
        QCOMPARE(wizard->currentId(), int(ui::NetworkingPageId));
        check(QStringLiteral("networking page"));
        wizard->findChild<QCheckBox *>(QStringLiteral("advancedNetworking"))->setChecked(true);
        wizard->findChild<QRadioButton *>(QStringLiteral("lbInternal"))->setChecked(true);
        check(QStringLiteral("networking page, advanced, internal load balancer"));
        wizard->findChild<QCheckBox *>(QStringLiteral("advancedNetworking"))->setChecked(false);
        wizard->findChild<QRadioButton *>(QStringLiteral("lbPublic"))->setChecked(true);
        wizard->next();
        QCOMPARE(wizard->currentId(), int(ui::TlsPageId));
        for (const char *mode : {"tlsNone", "tlsLeaf", "tlsCustom"}) {
            wizard->findChild<QRadioButton *>(QLatin1String(mode))->setChecked(true);
            check(QStringLiteral("TLS page, ") + QLatin1String(mode));
        }
        wizard->findChild<QRadioButton *>(QStringLiteral("tlsNone"))->setChecked(true);
        wizard->next();
        QCOMPARE(wizard->currentId(), int(ui::ReviewPageId));
        QTRY_VERIFY_WITH_TIMEOUT(nextEnabled(wizard), kLoad);
        check(QStringLiteral("review page"));
        // Item 13: every preflight check shows without scrolling (it showed 2.5 rows).
        auto *checks = wizard->findChild<QAbstractScrollArea *>(QStringLiteral("preflightList"));
        QVERIFY(checks);
        const bool whole = QTest::qWaitFor([checks] { return checks->verticalScrollBar()->maximum() == 0; }, 2000);
        shoot(wizard, QStringLiteral("wizard-review"));
        QVERIFY2(whole, qPrintable(QStringLiteral("the checks scroll by %1 px in %2 px").arg(checks->verticalScrollBar()->maximum()).arg(checks->height())));
        wizard->close();
        QTRY_VERIFY(m_window->findChild<ui::ComputeWizard *>() == nullptr);
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
    }

    // Item 13: no column header is cut at the first start; the window's geometry is remembered.
    void firstStartShowsEveryColumn()
    {
        QSettings().remove(QStringLiteral("mainWindow"));
        ui::MainWindow fresh;
        ui::ClustersView view(m_context->session());
        fresh.setCentralContent(&view);
        fresh.show();
        QVERIFY(QTest::qWaitForWindowExposed(&fresh));
        view.start(); // the rows as a refresh brings them
        QTRY_VERIFY_WITH_TIMEOUT(view.model()->rowCount() > 0, kLoad);
        settle();
        QTableView *t = view.table();
        QHeaderView *header = t->horizontalHeader();
        QStringList hidden;
        for (int c = 0; c < header->count(); ++c) {
            // No header text is cut.
            const int need = header->fontMetrics().horizontalAdvance(t->model()->headerData(c, Qt::Horizontal).toString()) + 12;
            if (header->sectionSize(c) < need)
                hidden << QStringLiteral("%1 (header cut: %2 < %3)").arg(t->model()->headerData(c, Qt::Horizontal).toString())
                              .arg(header->sectionSize(c)).arg(need);
        }
        int whole = 0;
        for (int c = 0; c < header->count(); ++c)
            whole += header->sectionViewportPosition(c) + header->sectionSize(c) <= t->viewport()->width() ? 1 : 0;
        QStringList widths;
        for (int c = 0; c < header->count(); ++c)
            widths << QString::number(header->sectionSize(c));
        qInfo("default size %dx%d: %d of %d columns shown whole (table %d px; columns %s)", fresh.width(), fresh.height(), whole,
              header->count(), t->viewport()->width(), qPrintable(widths.join(QLatin1Char(' '))));
        QVERIFY2(hidden.isEmpty(), qPrintable(QStringLiteral("at %1x%2: ").arg(fresh.width()).arg(fresh.height())
                                              + hidden.join(QStringLiteral(", "))));
        view.setParent(nullptr);
    }

    void windowGeometryIsRemembered()
    {
        QSettings().remove(QStringLiteral("mainWindow"));
        {
            ui::MainWindow first;
            first.show();
            QVERIFY(QTest::qWaitForWindowExposed(&first));
            first.resize(900, 640);
            settle();
            first.close();
        }
        ui::MainWindow second;
        second.show();
        QVERIFY(QTest::qWaitForWindowExposed(&second));
        QCOMPARE(second.size(), QSize(900, 640));
    }

    // Item 13: the TLS and Scale dialogs show everything at their default size.
    void dialogsFitAtTheirDefaultSize()
    {
        QStringList problems;
        for (const auto &dialog : dialogs()) {
            dialog->show();
            QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
            if (auto *scale = qobject_cast<ui::ScaleNodesDialog *>(dialog.get()))
                scale->findChild<QSpinBox *>(QStringLiteral("nodeCount"))->setValue(1); // the vCPU rule's error
            settle();
            if (const QString c = clippedLabelsIn(dialog.get()); !c.isEmpty())
                problems << dialog->objectName() + QStringLiteral(": ") + c;
            if (const QString o = overlapsIn(dialog.get()); !o.isEmpty())
                problems << dialog->objectName() + QStringLiteral(" overlaps: ") + o;
            // No scroll bar is needed to read a list of findings.
            for (QAbstractScrollArea *area : dialog->findChildren<QAbstractScrollArea *>())
                if (area->isVisibleTo(dialog.get()) && area->objectName().endsWith(QLatin1String("Findings"))
                    && !QTest::qWaitFor([area] { return area->verticalScrollBar()->maximum() == 0; }, 2000))
                    problems << dialog->objectName() + QStringLiteral(": ") + area->objectName()
                                    + QStringLiteral(" scrolls by %1 px (%2 high, min hint %3, dialog %4 min %5)").arg(area->verticalScrollBar()->maximum()).arg(area->height())
                                   .arg(area->minimumSizeHint().height()).arg(dialog->height()).arg(dialog->minimumHeight())
                                   + QStringLiteral(" layout min %1 sizeHint %2 max %3 policy %4").arg(dialog->layout()->minimumSize().height()).arg(area->sizeHint().height()).arg(area->maximumHeight()).arg(int(area->sizePolicy().verticalPolicy()));
            dialog->close();
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // Item 14: the table and the details show labels for the service's values, the raw value
    // in the tooltip; dates with the month's name.
    void serviceValuesAreLabelled()
    {
        QVERIFY(select(QStringLiteral("tls-prod")));
        const QModelIndex current = table()->selectionModel()->selectedRows().first();
        const auto cell = [&](int column) { return current.siblingAtColumn(column); };
        // The label the catalogue gives (the lead's catalogue update adds the Italian ones).
        QCOMPARE(cell(ui::ClustersTableModel::Purpose).data().toString(),
                 QCoreApplication::translate("cw::ui::ServiceLabels", "Production"));
        QCOMPARE(cell(ui::ClustersTableModel::Purpose).data(Qt::ToolTipRole).toString(), QStringLiteral("FastProd"));
        QCOMPARE(cell(ui::ClustersTableModel::State).data(Qt::ToolTipRole).toString(), QStringLiteral("Succeeded"));
        QCOMPARE(cell(ui::ClustersTableModel::State).data().toString(), QCoreApplication::translate("cw::ui::ServiceLabels", "Succeeded"));
        const QString created = cell(ui::ClustersTableModel::Created).data().toString();
        const QString month = QLocale().monthName(QDateTime::fromString(cell(ui::ClustersTableModel::Created).data(Qt::ToolTipRole).toString(),
                                                                        Qt::ISODateWithMs).toLocalTime().date().month(), QLocale::ShortFormat);
        QVERIFY2(created.contains(month), qPrintable(created + QStringLiteral(" lacks ") + month));
        auto *details = m_window->findChild<QTextBrowser *>(QStringLiteral("clusterDetails"));
        QVERIFY(!details->toPlainText().contains(QStringLiteral("FastProd")));
        QVERIFY(details->toPlainText().contains(QCoreApplication::translate("cw::ui::ServiceLabels", "Production")));
    }

    // Item 14: an operation's title is in the UI's language, not the one it was started in;
    // its state is a label; the operations table shows its step and header text whole (13).
    void operationTitlesFollowTheUiLanguage()
    {
        QVERIFY(select(QStringLiteral("tls-prod")));
        // As if started while the UI spoke another language.
        const QString foreign = language() == QLatin1String("it") ? QStringLiteral("Scale 'tls-prod' to 1 nodes")
                                                                  : QStringLiteral("Ridimensiona 'tls-prod' a 1 nodi");
        ops::OperationRunner *runner = m_context->runner();
        std::optional<ops::OperationRecord> done;
        auto conn = connect(runner, &ops::OperationRunner::operationFinished, this, [&](const ops::OperationRecord &r) { done = r; });
        const QString id = runner->startUpdate(workspace(), QStringLiteral("tls-prod"), exporting::nodeCountPatch(3), foreign);
        QTRY_VERIFY_WITH_TIMEOUT(done && done->id == id, 60000);
        disconnect(conn);
        QCOMPARE(done->state, ops::OperationState::Succeeded);
        // The journal keeps the facts the title is made from.
        const auto reread = ops::recordFromJson(ops::toJson(*done));
        QVERIFY(reread && reread->titleFacts == done->titleFacts);

        auto *table = m_bench->operationsDock()->findChild<QTableView *>(QStringLiteral("operationsTable"));
        QVERIFY(table);
        QModelIndex row;
        QTRY_VERIFY((row = [&] {
            for (int r = 0; r < table->model()->rowCount(); ++r)
                if (table->model()->index(r, 0).data(ui::OperationsModel::IdRole).toString() == id)
                    return table->model()->index(r, 0);
            return QModelIndex();
        }()).isValid());
        const QString title = row.siblingAtColumn(ui::OperationsModel::Summary).data().toString();
        QCOMPARE(title, QCoreApplication::translate("cw::ui::ScaleNodesDialog", "Scale '%1' to %n node(s)", nullptr, 3)
                            .arg(QStringLiteral("tls-prod")));
        QVERIFY(title != foreign);
        QCOMPARE(row.siblingAtColumn(ui::OperationsModel::State).data().toString(),
                 QCoreApplication::translate("cw::ui::ServiceLabels", "Succeeded"));
        QCOMPARE(row.siblingAtColumn(ui::OperationsModel::State).data(Qt::ToolTipRole).toString(), ops::nameOf(ops::OperationState::Succeeded));
        m_bench->operationsDock()->show();
        settle();
        QStringList cut;
        QHeaderView *header = table->horizontalHeader();
        for (int c : {int(ui::OperationsModel::State), int(ui::OperationsModel::Step), int(ui::OperationsModel::Progress),
                      int(ui::OperationsModel::Elapsed)}) {
            const int need = qMax(table->fontMetrics().horizontalAdvance(row.siblingAtColumn(c).data().toString()) + 12,
                                  header->fontMetrics().horizontalAdvance(table->model()->headerData(c, Qt::Horizontal).toString()) + 12);
            if (header->sectionSize(c) < need)
                cut << QStringLiteral("%1 (%2 < %3)").arg(row.siblingAtColumn(c).data().toString()).arg(header->sectionSize(c)).arg(need);
        }
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QStringLiteral(", "))));
    }

    // Item 14: counts read as counts: no "1 nodes" / "1 nodi" in the wizard's vCPU meter.
    void oneNodeIsNotNodes()
    {
        ui::ComputeWizard *wizard = openWizard();
        auto *subscriptions = wizard->findChild<QComboBox *>(QStringLiteral("subscriptionPicker"));
        QTRY_VERIFY_WITH_TIMEOUT(subscriptions->findData(kSub1) >= 0, kLoad);
        subscriptions->setCurrentIndex(subscriptions->findData(kSub1));
        QTRY_VERIFY_WITH_TIMEOUT(nextEnabled(wizard), kLoad);
        wizard->next();
        wizard->findChild<QRadioButton *>(QStringLiteral("modeCreate"))->setChecked(true);
        wizard->next();
        auto *sizes = wizard->findChild<QTreeWidget *>(QStringLiteral("vmSizes"));
        QTRY_VERIFY_WITH_TIMEOUT(!sizes->findItems(QStringLiteral("Standard_D3_v2"), Qt::MatchExactly).isEmpty(), kLoad);
        sizes->setCurrentItem(sizes->findItems(QStringLiteral("Standard_D3_v2"), Qt::MatchExactly).first());
        wizard->findChild<QSpinBox *>(QStringLiteral("nodeCount"))->setValue(1);
        auto *meter = wizard->findChild<ui::VcpuMeter *>(QStringLiteral("vcpuMeter"));
        QTRY_VERIFY(meter->summaryText().startsWith(QStringLiteral("1 ")));
        QVERIFY2(!meter->summaryText().contains(QStringLiteral("1 nodes")) && !meter->summaryText().contains(QStringLiteral("1 nodi")),
                 qPrintable(meter->summaryText()));
        wizard->close();
        QTRY_VERIFY(m_window->findChild<ui::ComputeWizard *>() == nullptr);
    }

    // The main window and the changed dialogs (Scale with its error) into $CW_SCREENSHOT_DIR
    // as keys-<what>-<palette>-<language>.png.
    void zzScreenshots()
    {
        for (const bool dark : {false, true}) {
            const QString palette = dark ? QStringLiteral("dark") : QStringLiteral("light");
            QApplication::setPalette(dark ? darkPalette() : QApplication::style()->standardPalette());
            QVERIFY(select(QStringLiteral("tls-prod")));
            shoot(m_window.get(), QStringLiteral("main-window-") + palette);
            QMenu *menu = m_window->clusterMenu(); // every toolbar action with its shortcut
            menu->popup(m_window->mapToGlobal(QPoint(60, 20)));
            QVERIFY(QTest::qWaitForWindowExposed(menu));
            shoot(menu, QStringLiteral("cluster-menu-") + palette);
            menu->close();
            for (const auto &dialog : dialogs()) {
                const bool tls = qobject_cast<ui::TlsCertificateDialog *>(dialog.get()) != nullptr;
                auto *scale = qobject_cast<ui::ScaleNodesDialog *>(dialog.get());
                if (!tls && !scale)
                    continue;
                dialog->show();
                QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
                if (scale)
                    scale->findChild<QSpinBox *>(QStringLiteral("nodeCount"))->setValue(1);
                settle();
                shoot(dialog.get(), (tls ? QStringLiteral("tls-dialog-") : QStringLiteral("scale-dialog-")) + palette);
                dialog->close();
            }
        }
        QApplication::setPalette(QApplication::style()->standardPalette());
    }

    void cleanupTestCase()
    {
        m_bench.reset();
        m_window.reset();
        m_context.reset();
    }
};

int main(int argc, char **argv)
{
    // A 1920×1080 screen (offscreen's own is 800×800): the default window size is for a desktop.
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + qgetenv("CW_SOURCE_DIR") + "/tests/gui/shell/screen-1920x1080.json");
    QApplication app(argc, argv);
    cw::applyAppIdentity(app);
    const QString lang = language();
    QTranslator qt, own;
    if (const QString error = cw::test::installAppTranslators(lang, own, qt); !error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    TestKeyboardLayout test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keyboard_layout.moc"
