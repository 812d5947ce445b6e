// `kubeconfig` (the compute's kubeconfig, written owner-only to a new file, or merged into /
// replacing an existing one only when asked, the previous file kept as a backup) and `tls-backup` (cert.pem and
// key.pem recovered from the cluster's azuremlfessl secret, both written owner-only), so a TLS
// cluster can be detached and re-attached without losing its certificate.
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include "azure/ComputeService.h"
#include "cli/CliContext.h"
#include "cli/CliText.h"
#include "cli/Commands.h"
#include "common/FileTarget.h"
#include "common/PrivateFile.h"
#include "kube/KubeClient.h"
#include "kube/Kubeconfig.h"
#include "kube/KubeconfigFile.h"
#include "session/Session.h"

namespace cw::cli {

namespace {

void withKeys(CliContext &ctx, const QString &name, std::function<void(const azure::ComputeKeys &)> then)
{
    ctx.withSession([&ctx, name, then = std::move(then)](session::Session *s) {
        const auto ws = ctx.workspace();
        if (!ws)
            return;
        azure::ComputeKeysJob *job = s->computes(*ws).listKeys(name);
        QObject::connect(job, &azure::ServiceJob::finished, &ctx, [&ctx, job, name, then] {
            if (!job->result().ok())
                return ctx.failWith(*job->result().error, tr("Cannot read the keys of compute '%1'").arg(name));
            then(*job->result().value);
        });
    });
}

} // namespace

void runKubeconfig(CliContext &ctx)
{
    const QString name = ctx.options().arguments().value(0);
    const QString file = ctx.options().value(QStringLiteral("file"));
    const bool merge = ctx.options().isSet(QStringLiteral("merge"));
    const bool overwrite = ctx.options().isSet(QStringLiteral("overwrite"));
    const bool setCurrent = ctx.options().isSet(QStringLiteral("set-current"));
    if (name.isEmpty() || file.isEmpty())
        return ctx.failUsage(tr("kubeconfig needs the compute's name and --file FILE ('-' for standard output)."));
    if (merge && overwrite)
        return ctx.failUsage(tr("kubeconfig takes --merge or --overwrite, not both."));
    if (setCurrent && !merge)
        return ctx.failUsage(tr("--set-current goes with --merge (a new or overwritten file already uses the compute's context)."));
    // Refused before anything is fetched: a device, FIFO or folder stays as it is (the write
    // checks again, this only answers early). A link to a regular file is written where it points.
    if (file != QLatin1String("-") && QFileInfo::exists(file) && !QFileInfo(file).isFile())
        return ctx.fail(kExitUsage, tr("%1 is not a regular file (a device, FIFO or directory); it was left unchanged.").arg(file));
    // Refuse before asking the service: replacing someone's ~/.kube/config by surprise loses
    // every other cluster in it.
    if (file != QLatin1String("-") && !merge && !overwrite && (QFileInfo::exists(file) || QFileInfo(file).isSymLink()))
        return ctx.failUsage(tr("%1 already exists. Add --merge to add the compute's cluster, user and context to it "
                                "(everything else stays; --set-current also switches the current context), or "
                                "--overwrite to replace it; either way the previous file is kept as %2.")
                                 .arg(file, kube::kubeconfigBackupPath(file)));
    withKeys(ctx, name, [&ctx, file, merge, overwrite, setCurrent](const azure::ComputeKeys &keys) {
        const QByteArray config = ctx.options().isSet(QStringLiteral("admin")) ? keys.adminKubeConfig : keys.userKubeConfig;
        if (config.isEmpty())
            return ctx.fail(kExitNotFound, tr("The service returned no kubeconfig for this compute."));
        if (file == QLatin1String("-")) {
            ctx.writeOut(config);
            return ctx.finish(kExitOk);
        }
        const kube::KubeconfigParseResult parsed = kube::Kubeconfig::parse(config);
        if (!parsed.ok())
            return ctx.fail(kExitOperationFailed, tr("The service's kubeconfig cannot be read: %1").arg(parsed.error));
        kube::KubeconfigWriteOptions options;
        options.mode = merge       ? kube::KubeconfigWriteMode::Merge
                       : overwrite ? kube::KubeconfigWriteMode::Overwrite
                                   : kube::KubeconfigWriteMode::NewFile;
        options.makeCurrent = setCurrent;
        const kube::KubeconfigWriteResult written = kube::writeKubeconfigFile(file, *parsed.value, options);
        if (!written.ok)
            return ctx.fail(written.targetExists ? kExitUsage : kExitOperationFailed, written.error);
        for (const QString &line : kube::describeKubeconfigWrite(file, written))
            ctx.message(line);
        ctx.finish(kExitOk);
    });
}

void runTlsBackup(CliContext &ctx)
{
    const QString name = ctx.options().arguments().value(0);
    const QString dir = ctx.options().value(QStringLiteral("dir"));
    if (name.isEmpty() || dir.isEmpty())
        return ctx.failUsage(tr("tls-backup needs the compute's name and --dir FOLDER."));
    // A file, FIFO or link that is not a folder is the user's mistake: said before the key is
    // read from the cluster (it used to fail after, as "cannot create the folder", exit 1).
    if (const QFileInfo folder(dir); (folder.exists() || folder.isSymLink()) && !folder.isDir())
        return ctx.fail(kExitUsage, tr("%1 is not a folder; nothing was read or written.").arg(dir));
    const QString certPath = QDir(dir).filePath(QStringLiteral("cert.pem"));
    const QString keyPath = QDir(dir).filePath(QStringLiteral("key.pem"));
    // A link (even a dangling one) named cert.pem or key.pem would carry the private key to
    // wherever it points: refused, as is anything that is not a regular file.
    for (const QString &path : {certPath, keyPath})
        if (const QString reason = unwritableTargetReason(path); !reason.isEmpty())
            return ctx.fail(kExitUsage, reason);
    if (!ctx.options().isSet(QStringLiteral("overwrite")) && (QFileInfo::exists(certPath) || QFileInfo::exists(keyPath)))
        return ctx.fail(kExitUsage, tr("%1 already holds cert.pem or key.pem; add --overwrite to replace them.").arg(dir));
    withKeys(ctx, name, [&ctx, certPath, keyPath, dir](const azure::ComputeKeys &keys) {
        const QByteArray text = keys.adminKubeConfig.isEmpty() ? keys.userKubeConfig : keys.adminKubeConfig;
        const kube::KubeconfigParseResult parsed = kube::Kubeconfig::parse(text);
        QString error;
        const std::optional<kube::KubeTarget> target = parsed.ok() ? parsed.value->resolve({}, &error) : std::nullopt;
        if (!target)
            return ctx.fail(kExitOperationFailed,
                            tr("The compute's kubeconfig cannot be used: %1").arg(parsed.ok() ? error : parsed.error));
        auto *client = new kube::KubeClient(*target, &ctx);
        if (!client->configurationError().isEmpty())
            return ctx.fail(kExitOperationFailed, client->configurationError());
        kube::KubeSecretJob *job = client->readTlsSecret();
        QObject::connect(job, &kube::KubeSecretJob::finished, &ctx,
                         [&ctx, certPath, keyPath, dir](const kube::KubeSecretResult &result) {
                             if (!result.ok())
                                 return ctx.fail(result.error.isNotFound()      ? kExitNotFound
                                                 : result.error.isUnavailable() ? kExitUnavailable
                                                                                : kExitOperationFailed,
                                                 tr("Cannot read the azuremlfessl secret: %1").arg(result.error.sentence));
                             QDir().mkpath(dir);
                             for (const auto &[path, bytes] : {std::pair{certPath, result.certPem()}, std::pair{keyPath, result.keyPem()}}) {
                                 const FileWriteResult written = writePrivateFileAtomically(path, bytes);
                                 if (!written.ok)
                                     return ctx.fail(kExitOperationFailed, written.error);
                             }
                             ctx.message(tr("Saved %1 and %2 (readable by you only).").arg(certPath, keyPath));
                             ctx.finish(kExitOk);
                         });
    });
}

} // namespace cw::cli
