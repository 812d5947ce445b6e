// Read-only commands: workspaces, list, show, versions, vm-sizes.
#include <QCoreApplication>

#include <array>
#include <memory>

#include "arm/LroDocuments.h"
#include "azure/AccountServices.h"
#include "azure/ComputeRowFacts.h"
#include "azure/ComputeService.h"
#include "cli/CliContext.h"
#include "cli/CliText.h"
#include "cli/Commands.h"
#include "common/JsonText.h"
#include "session/Session.h"

namespace cw::cli {

namespace {

QString num(const std::optional<int> &n)
{
    return n ? QString::number(*n) : QString();
}

// The list's columns of one compute (`show` labels the first ten). An array, not a list: a
// 5,000-compute list adds each row to its table straight from here.
std::array<QString, 12> computeRow(const azure::ComputeRowFacts &c)
{
    return {c.name,
            c.computeType.value_or(QString()),
            c.provisioningState.value_or(QString()),
            c.clusterPurpose.value_or(QString()),
            num(c.agentCount),
            c.agentVmSize.value_or(QString()),
            c.computeLocation.value_or(c.location.value_or(QString())),
            c.loadBalancerType.value_or(QString()),
            c.tlsText(),
            c.isAttachedCompute.value_or(false) ? QStringLiteral("yes") : QStringLiteral("no"),
            c.namespaceText(),
            c.instanceTypesText()};
}

// The v2 part of `show`: namespace, each instance type with its requests and limits, the
// extension's release train and principal, the compute's identity.
void addKubernetesRows(Table &t, const azure::KubernetesProperties &k, const std::optional<azure::ComputeIdentity> &identity)
{
    const auto quantities = [](const QMap<QString, QString> &map) {
        QStringList parts;
        for (auto it = map.begin(); it != map.end(); ++it)
            parts.append(it.key() + QLatin1Char('=') + it.value());
        return parts.isEmpty() ? QStringLiteral("-") : parts.join(QLatin1Char(','));
    };
    t.addRow({tr("namespace"), k.namespaceOrDefault()});
    t.addRow({tr("default instance type"), k.defaultInstanceType.value_or(QString())});
    for (const azure::InstanceType &type : k.instanceTypes) {
        QString text = tr("requests %1; limits %2").arg(quantities(type.requests), quantities(type.limits));
        if (!type.nodeSelector.isEmpty()) {
            QStringList selector;
            for (const auto &[label, value] : type.nodeSelector)
                selector.append(label + QLatin1Char('=') + value);
            text += tr("; node selector %1").arg(selector.join(QLatin1Char(',')));
        }
        t.addRow({tr("instance type %1").arg(type.name), text});
    }
    t.addRow({tr("extension release train"), k.extensionInstanceReleaseTrain.value_or(QString())});
    if (k.extensionPrincipalId)
        t.addRow({tr("extension principal"), *k.extensionPrincipalId});
    if (identity && identity->type)
        t.addRow({tr("identity"), identity->principalId ? *identity->type + QLatin1Char(' ') + *identity->principalId : *identity->type});
}

bool isObject(std::string_view value)
{
    return !value.empty() && value.front() == '{';
}

// --location, else the workspace's region (one GET).
void withLocation(CliContext &ctx, std::function<void(const QString &subscription, const QString &location)> then)
{
    ctx.withSession([&ctx, then = std::move(then)](session::Session *s) {
        if (ctx.options().isSet(QStringLiteral("location")))
            return then(ctx.subscription(), ctx.options().value(QStringLiteral("location")));
        const auto ws = ctx.workspace();
        if (!ws)
            return;
        azure::WorkspaceGetJob *job = s->workspaces().get(ws->subscriptionId, ws->resourceGroup, ws->workspace);
        QObject::connect(job, &azure::ServiceJob::finished, &ctx, [&ctx, job, then, sub = ws->subscriptionId] {
            if (!job->result().ok())
                return ctx.failWith(*job->result().error, tr("Cannot read the workspace"));
            then(sub, job->result().value->location);
        });
    });
}

} // namespace

void runWorkspaces(CliContext &ctx)
{
    ctx.withSession([&ctx](session::Session *s) {
        const QString sub = ctx.subscription();
        if (sub.isEmpty())
            return ctx.failUsage(tr("workspaces needs --subscription."));
        azure::WorkspaceListJob *job = s->workspaces().list(sub, ctx.options().value(QStringLiteral("resource-group")));
        QObject::connect(job, &azure::ServiceJob::finished, &ctx, [&ctx, job] {
            if (!job->result().ok())
                return ctx.failWith(*job->result().error, tr("Cannot list the workspaces"));
            Table t;
            t.columns = {tr("NAME"), tr("RESOURCE GROUP"), tr("LOCATION"), tr("STATE"), tr("SUBSCRIPTION")};
            for (const azure::Workspace &w : *job->result().value) {
                t.addRow({w.name, w.resourceGroup, w.location, w.provisioningState, w.subscriptionId});
                t.json.push_back(w.raw);
            }
            ctx.print(t);
            ctx.finish(kExitOk);
        });
    });
}

void runList(CliContext &ctx)
{
    ctx.withSession([&ctx](session::Session *s) {
        const auto ws = ctx.workspace();
        if (!ws)
            return;
        const auto progress = [&ctx](qint64 n) { ctx.progress(tr("%1 computes read…").arg(n)); };
        const auto failed = [&ctx](const arm::ArmError &error) { ctx.failWith(error, tr("Cannot list the computes")); };
        // Each page is read in place as it arrives (no document is built) and forgotten once
        // read. Items that are not objects are skipped, as a typed list skips them.
        if (ctx.options().format() == OutputFormat::Json) {
            // The service's documents go out page by page, formatted as dump(2) formats them. A
            // page that fails after others were written leaves the array unterminated (and the
            // exit code says why): a failed run never reads as a complete list.
            auto written = std::make_shared<qint64>(0);
            auto buffer = std::make_shared<std::string>(); // one page's text, its memory reused
            azure::ArmStreamJob *job = s->computes(*ws).listStream(
                [&ctx, written, buffer](std::string_view values) -> std::optional<qint64> {
                    buffer->clear();
                    qint64 items = 0;
                    jsontext::Elements e(values);
                    for (; e.next(); ++items) {
                        if (!isObject(e.value()))
                            continue;
                        buffer->append(*written == 0 ? "[\n  " : ",\n  ");
                        if (!jsontext::appendIndented(*buffer, e.value(), 2, 1))
                            return std::nullopt;
                        ++*written;
                    }
                    if (!e.atEnd())
                        return std::nullopt;
                    ctx.writeOut(QByteArray::fromRawData(buffer->data(), qsizetype(buffer->size())));
                    return items;
                });
            QObject::connect(job, &azure::ServiceJob::progressed, &ctx, progress);
            QObject::connect(job, &azure::ServiceJob::finished, &ctx, [&ctx, job, written, failed] {
                if (!job->result().ok())
                    return failed(*job->result().error);
                ctx.writeOut(*written ? QByteArrayLiteral("\n]\n") : QByteArrayLiteral("[]\n"));
                ctx.finish(kExitOk);
            });
            return;
        }
        // A table's column widths need every row: only the rows are kept, a few strings each.
        auto table = std::make_shared<Table>();
        table->columns = {tr("NAME"), tr("TYPE"), tr("STATE"), tr("PURPOSE"), tr("NODES"), tr("VM SIZE"),
                          tr("LOCATION"), tr("LOAD BALANCER"), tr("TLS"), tr("ATTACHED"), tr("NAMESPACE"),
                          tr("INSTANCE TYPES")};
        const auto readRows = [table](std::string_view values) -> std::optional<qint64> {
            qint64 items = 0;
            jsontext::Elements e(values);
            for (; e.next(); ++items) {
                if (const std::optional<azure::ComputeRowFacts> facts = azure::ComputeRowFacts::fromText(e.value()))
                    table->addRow(computeRow(*facts));
            }
            return e.atEnd() ? std::optional<qint64>(items) : std::nullopt;
        };
        azure::ArmStreamJob *job = s->computes(*ws).listStream(readRows);
        QObject::connect(job, &azure::ServiceJob::progressed, &ctx, progress);
        QObject::connect(job, &azure::ServiceJob::finished, &ctx, [&ctx, job, table, failed] {
            if (!job->result().ok())
                return failed(*job->result().error);
            ctx.print(*table);
            ctx.finish(kExitOk);
        });
    });
}

void runShow(CliContext &ctx)
{
    const QString name = ctx.options().arguments().value(0);
    if (name.isEmpty())
        return ctx.failUsage(tr("show needs the compute's name."));
    ctx.withSession([&ctx, name](session::Session *s) {
        const auto ws = ctx.workspace();
        if (!ws)
            return;
        azure::ComputeGetJob *job = s->computes(*ws).get(name);
        QObject::connect(job, &azure::ServiceJob::finished, &ctx, [&ctx, job, name] {
            if (!job->result().ok())
                return ctx.failWith(*job->result().error, tr("Cannot read compute '%1'").arg(name));
            const azure::ComputeResource &c = *job->result().value;
            Table t;
            t.json = c.raw;
            t.columns = {tr("FIELD"), tr("VALUE")};
            const std::array<QString, 12> row = computeRow(azure::ComputeRowFacts::fromModel(c));
            const QStringList labels = {tr("name"), tr("type"), tr("state"), tr("purpose"), tr("nodes"), tr("vm size"),
                                        tr("location"), tr("load balancer"), tr("tls"), tr("attached")};
            // A Kubernetes compute has no purpose, nodes, VM size, load balancer or TLS of its own
            // (those are the cluster's and its Azure ML extension's): its rows are the v2 ones.
            static const QList<qsizetype> kKubernetesRows = {0, 1, 2, 6, 9}; // name type state location attached
            for (qsizetype i = 0; i < labels.size(); ++i)
                if (!c.kubernetes || kKubernetesRows.contains(i))
                    t.addRow({labels.at(i), row.at(size_t(i))});
            if (c.kubernetes)
                addKubernetesRows(t, *c.kubernetes, c.identity);
            if (c.aks) {
                t.addRow({tr("fqdn"), c.aks->clusterFqdn.value_or(QString())});
                for (const azure::SystemService &svc : c.aks->systemServices)
                    t.addRow({tr("service"), svc.systemServiceType + QLatin1Char(' ') + svc.publicIpAddress});
            }
            t.addRow({tr("cluster"), c.resourceId.value_or(QString())});
            const QString errors = arm::provisioningErrorsText(c.raw);
            if (!errors.isEmpty())
                t.addRow({tr("errors"), errors});
            ctx.print(t);
            if (ctx.options().format() == OutputFormat::Table)
                ctx.message(tr("note: do not edit the cluster's YAML directly; Azure ML deployments overwrite it "
                               "(only CPU/memory requests and limits survive)."));
            ctx.finish(kExitOk);
        });
    });
}

void runVersions(CliContext &ctx)
{
    withLocation(ctx, [&ctx](const QString &sub, const QString &location) {
        azure::OrchestratorVersionsJob *job = ctx.session()->locations().orchestratorVersions(sub, location);
        QObject::connect(job, &azure::ServiceJob::finished, &ctx, [&ctx, job] {
            if (!job->result().ok())
                return ctx.failWith(*job->result().error, tr("Cannot read the Kubernetes versions"));
            Table t;
            t.columns = {tr("VERSION"), tr("DEFAULT"), tr("PREVIEW"), tr("UPGRADES")};
            for (const azure::OrchestratorVersion &v : *job->result().value) {
                QStringList upgrades;
                nlohmann::json up = nlohmann::json::array();
                for (const azure::OrchestratorUpgrade &u : v.upgrades) {
                    upgrades.append(u.orchestratorVersion);
                    up.push_back(u.orchestratorVersion.toStdString());
                }
                t.addRow({v.orchestratorVersion, v.isDefault ? tr("yes") : QString(), v.isPreview ? tr("yes") : QString(),
                          upgrades.join(QStringLiteral(", "))});
                t.json.push_back({{"version", v.orchestratorVersion.toStdString()}, {"default", v.isDefault},
                                  {"preview", v.isPreview}, {"upgrades", up}});
            }
            ctx.print(t);
            ctx.finish(kExitOk);
        });
    });
}

void runVmSizes(CliContext &ctx)
{
    withLocation(ctx, [&ctx](const QString &sub, const QString &location) {
        azure::VmSizeListJob *job = ctx.session()->locations().vmSizes(sub, location);
        QObject::connect(job, &azure::ServiceJob::finished, &ctx, [&ctx, job] {
            if (!job->result().ok())
                return ctx.failWith(*job->result().error, tr("Cannot read the VM sizes"));
            Table t;
            t.columns = {tr("NAME"), tr("VCPUS"), tr("GPUS"), tr("MEMORY GB"), tr("FAMILY")};
            for (const azure::VmSize &v : *job->result().value) {
                t.addRow({v.name, QString::number(v.vCpus), QString::number(v.gpus), QString::number(v.memoryGb),
                          v.family});
                t.json.push_back(v.raw);
            }
            ctx.print(t);
            ctx.finish(kExitOk);
        });
    });
}

} // namespace cw::cli
