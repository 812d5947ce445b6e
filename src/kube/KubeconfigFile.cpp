#include "kube/KubeconfigFile.h"
#include "kube/KubeTr.h"

#include "common/BoundedFileRead.h"
#include "common/PrivateFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>

namespace cw::kube {

namespace {

// kubeconfig files are small; a larger one is not a kubeconfig we should rewrite.
constexpr qint64 kMaxKubeconfigBytes = 16 * 1024 * 1024;

// The leading comment lines of a file (kept on a merge; yaml-cpp reports no comments), and
// whether comments follow elsewhere (those are lost, and the user is told).
QByteArray leadingComments(const QByteArray &text, bool *moreComments)
{
    QByteArray header;
    bool inHeader = true;
    *moreComments = false;
    for (const QByteArray &line : text.split('\n')) {
        const QByteArray trimmed = line.trimmed();
        if (inHeader && (trimmed.isEmpty() || trimmed.startsWith('#'))) {
            if (!trimmed.isEmpty())
                header += line + '\n';
            continue;
        }
        inHeader = false;
        // " #" always starts a comment in a plain scalar; a quoted "#" is a rare false alarm.
        if (trimmed.startsWith('#') || line.contains(" #") || line.contains("\t#"))
            *moreComments = true;
    }
    return header;
}

bool onlyComments(const QByteArray &text)
{
    for (const QByteArray &line : text.split('\n')) {
        const QByteArray trimmed = line.trimmed();
        if (!trimmed.isEmpty() && !trimmed.startsWith('#'))
            return false;
    }
    return true;
}

QStringList namesOf(const Kubeconfig &config)
{
    QStringList names;
    for (const KubeCluster &c : config.clusters())
        names.append(QStringLiteral("cluster ") + c.name);
    for (const KubeUser &u : config.users())
        names.append(QStringLiteral("user ") + u.name);
    for (const KubeContext &c : config.contexts())
        names.append(QStringLiteral("context ") + c.name);
    return names;
}

} // namespace

QString kubeconfigBackupPath(const QString &path)
{
    return path + QStringLiteral(".clusterwright-backup");
}

KubeconfigWriteResult writeKubeconfigFile(const QString &path, const Kubeconfig &incoming, const KubeconfigWriteOptions &options)
{
    KubeconfigWriteResult result;
    const QFileInfo info(path);
    // A symlinked ~/.kube/config (dotfiles) is written where it points, as kubectl does.
    QString target = path;
    if (info.isSymLink()) {
        target = info.canonicalFilePath();
        if (target.isEmpty()) {
            result.error = tr("%1 is a symbolic link to nothing; nothing was written.").arg(path);
            return result;
        }
    }
    struct stat st {};
    const bool exists = ::stat(QFile::encodeName(target).constData(), &st) == 0;
    if (exists && !S_ISREG(st.st_mode)) {
        result.error = tr("%1 is not a regular file (a folder, device or pipe); nothing was written.").arg(path);
        return result;
    }
    if (exists && options.mode == KubeconfigWriteMode::NewFile) {
        result.targetExists = true;
        result.error = tr("%1 already exists; nothing was written.").arg(path);
        return result;
    }

    if (!exists && !QDir().mkpath(QFileInfo(target).absolutePath())) {
        result.error = tr("Cannot create the folder %1.").arg(QFileInfo(target).absolutePath());
        return result;
    }
    QByteArray toWrite;
    if (!exists) {
        toWrite = incoming.toYaml();
        result.added = namesOf(incoming);
        result.currentContext = incoming.currentContext();
    } else {
        if (st.st_size > kMaxKubeconfigBytes) {
            result.error = tr("The existing kubeconfig %1 is too large to be a kubeconfig; it was left unchanged.").arg(path);
            return result;
        }
        // Bounded, and refused if it turned into a FIFO or device since the stat above.
        const BoundedFileRead file = readBoundedFile(target, kMaxKubeconfigBytes);
        if (!file.ok) {
            result.error = tr("The existing kubeconfig could not be read (%1); it was left unchanged.").arg(file.error);
            return result;
        }
        const QByteArray &previous = file.data;
        if (options.mode == KubeconfigWriteMode::Overwrite) {
            toWrite = incoming.toYaml();
            result.added = namesOf(incoming);
            result.overwritten = true;
            result.currentContext = incoming.currentContext();
        } else {
            KubeconfigParseResult existing;
            if (onlyComments(previous))
                existing.value = Kubeconfig();  // an empty file: merging is writing a new one
            else
                existing = Kubeconfig::parse(previous);
            if (!existing.ok()) {
                result.error = tr("The existing kubeconfig %1 could not be understood (%2); it was left unchanged.")
                                   .arg(path, existing.error);
                return result;
            }
            const KubeconfigMerge merged = mergeKubeconfig(*existing.value, incoming, options.makeCurrent);
            if (!merged.ok()) {
                result.error = tr("The existing kubeconfig %1 cannot be merged into (%2); it was left unchanged.")
                                   .arg(path, merged.error);
                return result;
            }
            result.added = merged.added;
            result.replaced = merged.replaced;
            result.unchanged = merged.unchanged;
            result.currentContextChanged = merged.currentContextChanged;
            result.currentContext = merged.result.currentContext();
            toWrite = leadingComments(previous, &result.commentsDropped) + merged.result.toYaml();
        }
        result.backupPath = kubeconfigBackupPath(path);
        const FileWriteResult backedUp = replaceFileAtomically(result.backupPath, previous, S_IRUSR | S_IWUSR);
        if (!backedUp.ok) {
            result.error = tr("The previous content could not be backed up (%1); %2 was left unchanged.")
                               .arg(backedUp.error, path);
            result.backupPath.clear();
            return result;
        }
    }
    if (toWrite.isEmpty()) {
        result.error = tr("The kubeconfig could not be written as YAML; %1 was left unchanged.").arg(path);
        return result;
    }
    const FileWriteResult written = replaceFileAtomically(target, toWrite, S_IRUSR | S_IWUSR);
    if (!written.ok) {
        result.error = written.error;
        return result;
    }
    result.ok = true;
    return result;
}

QStringList describeKubeconfigWrite(const QString &path, const KubeconfigWriteResult &result)
{
    QStringList lines;
    if (!result.ok)
        return {result.error};
    lines.append(tr("Kubeconfig written to %1 (readable by you only).").arg(path));
    if (!result.added.isEmpty())
        lines.append(tr("Added: %1.").arg(result.added.join(QStringLiteral(", "))));
    if (!result.replaced.isEmpty())
        lines.append(tr("Replaced (same name): %1.").arg(result.replaced.join(QStringLiteral(", "))));
    if (!result.unchanged.isEmpty())
        lines.append(tr("Already up to date: %1.").arg(result.unchanged.join(QStringLiteral(", "))));
    if (result.overwritten) {
        lines.append(tr("The previous content was replaced; it is kept as %1.").arg(result.backupPath));
    } else if (!result.backupPath.isEmpty()) {
        if (result.currentContextChanged)
            lines.append(tr("Current context is now %1.").arg(result.currentContext));
        else
            lines.append(tr("Current context unchanged (%1).").arg(result.currentContext.isEmpty() ? tr("none") : result.currentContext));
        lines.append(tr("The previous file is kept as %1.").arg(result.backupPath));
    }
    if (result.commentsDropped)
        lines.append(tr("Comments inside the file could not be kept (only those at its top); the backup still has them."));
    return lines;
}

} // namespace cw::kube
