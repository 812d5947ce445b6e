#include "cli/CliApp.h"

#include <QCoreApplication>

#include "cli/CliContext.h"
#include "cli/Commands.h"
#include "cli/SpecOptions.h"
#include "common/AppIdentity.h"

namespace cw::cli {

namespace {

struct CommandEntry {
    const char *name;
    void (*run)(CliContext &);
};

constexpr CommandEntry kCommands[] = {
    {"login", runLogin},         {"workspaces", runWorkspaces}, {"list", runList},
    {"show", runShow},           {"clusters", runClusters},     {"versions", runVersions},
    {"vm-sizes", runVmSizes},    {"preflight", runPreflight},   {"create", runCreate},
    {"attach", runAttach},       {"detach", runDetach},         {"reattach", runReattach},
    {"update", runUpdate},       {"kubeconfig", runKubeconfig}, {"tls-backup", runTlsBackup},
    {"operations", runOperations},
    {"extension", runExtension},
    {"migrate", runMigrate},
};

} // namespace

CliApp::CliApp(QStringList arguments, QObject *parent)
    : QObject(parent)
    , m_arguments(std::move(arguments))
    , m_context(new CliContext(this))
{
}

CliApp::~CliApp() = default;

void CliApp::start()
{
    QMetaObject::invokeMethod(this, &CliApp::run, Qt::QueuedConnection);
}

void CliApp::run()
{
    CliContext &ctx = *m_context;
    QString error;
    if (!ctx.options().parse(m_arguments, &error))
        return ctx.failUsage(error);
    if (ctx.options().helpRequested()) {
        ctx.writeOut(CliOptions::usage().toUtf8());
        return ctx.finish(kExitOk);
    }
    if (ctx.options().versionRequested()) {
        ctx.writeOut(QStringLiteral("clusterwright-cli %1\n").arg(cw::versionString()).toUtf8());
        return ctx.finish(kExitOk);
    }
    // A malformed resource ID would become a request to the wrong URL: refuse it before any.
    if (const QString problem = resourceIdOptionsProblem(ctx.options()); !problem.isEmpty())
        return ctx.failUsage(problem);
    const QString command = ctx.options().command();
    if (command.isEmpty()) {
        ctx.writeOut(CliOptions::usage().toUtf8());
        return ctx.finish(kExitUsage);
    }
    for (const CommandEntry &entry : kCommands) {
        if (command != QLatin1String(entry.name))
            continue;
        if (command != QLatin1String("login")) {
            const std::optional<Profile> profile = Profile::load(&error);
            if (!profile)
                return ctx.fail(kExitUsage, error);
            ctx.setProfile(*profile);
        }
        return entry.run(ctx);
    }
    ctx.failUsage(QCoreApplication::translate("cw::cli::CliApp", "Unknown command '%1'.").arg(command));
}

} // namespace cw::cli
