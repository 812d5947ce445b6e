// "Export kubeconfig…" through the real dialog: the default target is a new file beside
// ~/.kube/config (which stays byte-identical); merging into ~/.kube/config is an explicit choice
// that keeps the user's entries and current context (unless "Make it the current context" is
// ticked) and the previous file as config.clusterwright-backup; the dialog says what it did.
#include <QSignalSpy>
#include <QTest>

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>

#include "dialogs/ExportKubeconfigDialog.h"
#include "kube/Kubeconfig.h"
#include "kube/KubeconfigFile.h"

using namespace cw;

namespace {

const QByteArray kUserConfig = "# mine\n"
                               "apiVersion: v1\n"
                               "kind: Config\n"
                               "clusters:\n"
                               "- cluster:\n"
                               "    insecure-skip-tls-verify: true\n"
                               "    server: https://lab:6443\n"
                               "  name: lab\n"
                               "users:\n"
                               "- name: lab-user\n"
                               "  user:\n"
                               "    token: t0k\n"
                               "contexts:\n"
                               "- context:\n"
                               "    cluster: lab\n"
                               "    user: lab-user\n"
                               "  name: lab\n"
                               "current-context: lab\n";

kube::Kubeconfig computeConfig()
{
    return *kube::Kubeconfig::parse("apiVersion: v1\nkind: Config\n"
                                    "clusters:\n- cluster:\n    server: https://127.0.0.1:1/clusters/k\n  name: aks1\n"
                                    "users:\n- name: clusterUser_rg_aks1\n  user:\n    token: abc\n"
                                    "contexts:\n- context:\n    cluster: aks1\n    user: clusterUser_rg_aks1\n  name: aks1\n"
                                    "current-context: aks1\npreferences: {}\n")
                .value;
}

// Clicks a check box or radio button on its indicator (its centre may be past the text).
void clickIndicator(QAbstractButton *button)
{
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(6, button->height() / 2));
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestExportKubeconfigDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    QString m_config;

    template <typename T>
    T *child(QWidget &dialog, const char *name)
    {
        return dialog.findChild<T *>(QLatin1String(name));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qputenv("HOME", QFile::encodeName(m_home.path()));
        QCOMPARE(QDir::homePath(), m_home.path());
        m_config = m_home.filePath(QStringLiteral(".kube/config"));
    }

    void init()
    {
        QDir(m_home.filePath(QStringLiteral(".kube"))).removeRecursively();
        QVERIFY(QDir().mkpath(m_home.filePath(QStringLiteral(".kube"))));
        QFile f(m_config);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(kUserConfig);
    }

    void defaultIsANewFileAndTheUsersConfigIsUntouched()
    {
        ui::ExportKubeconfigDialog dialog(QStringLiteral("aks1"));
        dialog.show();
        auto *newFile = child<QRadioButton>(dialog, "exportNewFile");
        auto *merge = child<QRadioButton>(dialog, "exportMerge");
        auto *makeCurrent = child<QCheckBox>(dialog, "exportMakeCurrent");
        auto *path = child<QLineEdit>(dialog, "exportPath");
        auto *exportButton = child<QPushButton>(dialog, "exportButton");
        QVERIFY(newFile && merge && makeCurrent && path && exportButton);
        QVERIFY(newFile->isChecked());
        QVERIFY(!merge->isChecked());
        QVERIFY(!makeCurrent->isChecked());
        QVERIFY(!makeCurrent->isEnabled());
        QCOMPARE(path->text(), m_home.filePath(QStringLiteral(".kube/aks1.kubeconfig")));
        QVERIFY(!exportButton->isEnabled());  // nothing to write before listKeys answered

        dialog.setKubeconfig(computeConfig());
        QVERIFY(exportButton->isEnabled());
        QSignalSpy exported(&dialog, &ui::ExportKubeconfigDialog::exported);
        QTest::mouseClick(exportButton, Qt::LeftButton);
        QCOMPARE(exported.count(), 1);
        QVERIFY2(exported.first().at(0).toBool(), qPrintable(dialog.lastMessage()));
        const QString written = m_home.filePath(QStringLiteral(".kube/aks1.kubeconfig"));
        QCOMPARE(kube::Kubeconfig::parse(readAll(written)).value->currentContext(), QStringLiteral("aks1"));
        QCOMPARE(readAll(m_config), kUserConfig);
        QVERIFY(!QFile::exists(kube::kubeconfigBackupPath(m_config)));
        QVERIFY(dialog.lastMessage().contains(written));

        // Exporting again refuses the now existing file instead of replacing it.
        QTest::mouseClick(exportButton, Qt::LeftButton);
        QCOMPARE(exported.count(), 2);
        QVERIFY(!exported.last().at(0).toBool());
        QVERIFY2(dialog.lastMessage().contains(QLatin1String("already exists")), qPrintable(dialog.lastMessage()));
        // A new dialog proposes the next free name.
        QCOMPARE(ui::ExportKubeconfigDialog::defaultNewFilePath(QStringLiteral("aks1")),
                 m_home.filePath(QStringLiteral(".kube/aks1-2.kubeconfig")));
    }

    void mergeIsExplicitAndKeepsTheCurrentContext()
    {
        ui::ExportKubeconfigDialog dialog(QStringLiteral("aks1"));
        dialog.show();
        dialog.setKubeconfig(computeConfig());
        auto *merge = child<QRadioButton>(dialog, "exportMerge");
        auto *makeCurrent = child<QCheckBox>(dialog, "exportMakeCurrent");
        clickIndicator(merge);
        QVERIFY(merge->isChecked());
        QVERIFY(makeCurrent->isEnabled());
        QVERIFY(!makeCurrent->isChecked());
        QSignalSpy exported(&dialog, &ui::ExportKubeconfigDialog::exported);
        QTest::mouseClick(child<QPushButton>(dialog, "exportButton"), Qt::LeftButton);
        QCOMPARE(exported.count(), 1);
        QVERIFY2(exported.first().at(0).toBool(), qPrintable(dialog.lastMessage()));

        const QByteArray merged = readAll(m_config);
        QVERIFY2(merged.contains("insecure-skip-tls-verify: true\n"), merged.constData());
        const auto config = kube::Kubeconfig::parse(merged);
        QVERIFY(config.ok());
        QCOMPARE(config.value->currentContext(), QStringLiteral("lab"));
        QCOMPARE(config.value->contexts().size(), 2);
        QCOMPARE(readAll(kube::kubeconfigBackupPath(m_config)), kUserConfig);
        const QString message = dialog.lastMessage();
        QVERIFY2(message.contains(QLatin1String("cluster aks1")), qPrintable(message));
        QVERIFY2(message.contains(kube::kubeconfigBackupPath(m_config)), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("unchanged (lab)")), qPrintable(message));
        // The whole report is visible: the dialog grew to fit the wrapped lines.
        auto *label = child<QLabel>(dialog, "exportMessage");
        QTRY_VERIFY2(label->height() >= label->heightForWidth(label->width()),
                     qPrintable(QStringLiteral("%1 < %2").arg(label->height()).arg(label->heightForWidth(label->width()))));
        // What the person sees after the merge ($CW_SCREENSHOT_DIR, for the README and review).
        const QString shots = qEnvironmentVariable("CW_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            QVERIFY(dialog.grab().save(QDir(shots).filePath(QStringLiteral("export-kubeconfig-merged.png"))));
    }

    void makeCurrentOnlyWhenTicked()
    {
        ui::ExportKubeconfigDialog dialog(QStringLiteral("aks1"));
        dialog.show();
        dialog.setKubeconfig(computeConfig());
        clickIndicator(child<QRadioButton>(dialog, "exportMerge"));
        clickIndicator(child<QCheckBox>(dialog, "exportMakeCurrent"));
        QVERIFY(child<QCheckBox>(dialog, "exportMakeCurrent")->isChecked());
        QSignalSpy exported(&dialog, &ui::ExportKubeconfigDialog::exported);
        QTest::mouseClick(child<QPushButton>(dialog, "exportButton"), Qt::LeftButton);
        QCOMPARE(exported.count(), 1);
        QVERIFY2(exported.first().at(0).toBool(), qPrintable(dialog.lastMessage()));
        QCOMPARE(kube::Kubeconfig::parse(readAll(m_config)).value->currentContext(), QStringLiteral("aks1"));
    }

    void loadErrorKeepsExportDisabled()
    {
        ui::ExportKubeconfigDialog dialog(QStringLiteral("aks1"));
        dialog.show();
        dialog.setLoadError(QStringLiteral("Cannot read the kubeconfig: nope"));
        QVERIFY(!child<QPushButton>(dialog, "exportButton")->isEnabled());
        QCOMPARE(dialog.lastMessage(), QStringLiteral("Cannot read the kubeconfig: nope"));
    }
};

QTEST_MAIN(TestExportKubeconfigDialog)
#include "tst_dialogs_export_kubeconfig.moc"
