// The workspaces the clusters view showed last: saved and read back per cloud, and what the
// picker does once the workspaces are listed (keep the rows shown, or fall back and say so).
#include "session/RememberedWorkspaces.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace cw;
using session::RememberedWorkspaces;

class TestRememberedWorkspaces : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    static WorkspaceRef ws(const char *sub, const char *rg, const char *name)
    {
        return {.cloud = QStringLiteral("AzureCloud"), .subscriptionId = QLatin1String(sub),
                .resourceGroup = QLatin1String(rg), .workspace = QLatin1String(name)};
    }

private Q_SLOTS:
    void savedPerCloud()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("a.ini")), QSettings::IniFormat);
        const QString cloud = QStringLiteral("AzureCloud");
        QVERIFY(RememberedWorkspaces::load(settings, cloud).isEmpty());
        const RememberedWorkspaces both{.workspaces = {ws("s1", "rg1", "w1"), ws("s2", "rg2", "w2")}, .all = true};
        QVERIFY(!both.isSavedIn(settings, cloud));
        both.save(settings, cloud);
        QVERIFY(both.isSavedIn(settings, cloud));
        QCOMPARE(RememberedWorkspaces::load(settings, cloud).workspaces.value(1).workspace, QStringLiteral("w2"));
        QVERIFY(RememberedWorkspaces::load(settings, QStringLiteral("Sandbox")).isEmpty());
        // Another choice is a change; the same one in other letter cases is not (ARM names are not
        // case-sensitive).
        QVERIFY(!RememberedWorkspaces{.workspaces = {ws("s1", "rg1", "w1")}}.isSavedIn(settings, cloud));
        QVERIFY((RememberedWorkspaces{.workspaces = {ws("S1", "RG1", "W1"), ws("s2", "rg2", "w2")}, .all = true}
                     .isSavedIn(settings, cloud)));
        // Not written by this version: nothing remembered rather than a guess.
        settings.setValue(QStringLiteral("clusters/AzureCloud/workspaces"), QStringList{QStringLiteral("s1/w1")});
        QVERIFY(RememberedWorkspaces::load(settings, cloud).isEmpty());
    }

    void pickAfterListing()
    {
        const QList<WorkspaceRef> found{ws("s1", "rg1", "w1"), ws("s2", "rg2", "w2")};
        // Nothing remembered (a first start): the default, refreshed.
        auto pick = session::pickAfterListing({}, found);
        QCOMPARE(pick.index, -1);
        QVERIFY(!pick.keepsRows && !pick.rememberedGone);
        // The one workspace of the last run is listed: selected, its rows stay.
        pick = session::pickAfterListing({.workspaces = {ws("s2", "rg2", "w2")}}, found);
        QCOMPARE(pick.index, 1);
        QVERIFY(pick.keepsRows && !pick.rememberedGone);
        // "All workspaces" over the same set, in another order: the rows stay.
        pick = session::pickAfterListing({.workspaces = {found.at(1), found.at(0)}, .all = true}, found);
        QCOMPARE(pick.index, -1);
        QVERIFY(pick.keepsRows);
        // "All workspaces" and a workspace was added since: refreshed, nothing to say.
        pick = session::pickAfterListing({.workspaces = {found.at(0)}, .all = true}, found);
        QVERIFY(!pick.keepsRows && !pick.rememberedGone);
        // The remembered workspace is gone: the default, refreshed, and the picker says so.
        pick = session::pickAfterListing({.workspaces = {ws("s1", "rg1", "gone")}}, found);
        QCOMPARE(pick.index, -1);
        QVERIFY(!pick.keepsRows && pick.rememberedGone);
        pick = session::pickAfterListing({.workspaces = {ws("s1", "rg1", "gone")}}, {});
        QVERIFY(!pick.keepsRows && pick.rememberedGone);
        // A single workspace listed: it is the default.
        QCOMPARE(session::pickAfterListing({}, {found.at(0)}).index, 0);
    }
};

QTEST_GUILESS_MAIN(TestRememberedWorkspaces)
#include "tst_rememberedworkspaces.moc"
