#include "kube/KubeconfigFile.h"

#include "common/BoundedFileRead.h"
#include "common/FileTarget.h"
#include "common/PrivateFile.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace cw::kube {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cw::kube", text);
}

// kubeconfig files are small; a larger one is not a kubeconfig we should rewrite.
constexpr qint64 kMaxKubeconfigBytes = 16 * 1024 * 1024;

} // namespace

KubeconfigWriteResult writeKubeconfigFile(const QString &path, const Kubeconfig &incoming, bool merge)
{
    KubeconfigWriteResult result;
    Kubeconfig toWrite = incoming;
    // A device, FIFO or link at `path` is refused before anything is read or written.
    if (const QString reason = unwritableTargetReason(path); !reason.isEmpty()) {
        result.error = reason;
        return result;
    }
    if (merge && QFileInfo::exists(path)) {
        const BoundedFileRead file = readBoundedFile(path, kMaxKubeconfigBytes);
        if (!file.ok) {
            result.error = tr("The existing kubeconfig could not be read (%1); it was left unchanged.").arg(file.error);
            return result;
        }
        const QByteArray &existingText = file.data;
        if (!existingText.trimmed().isEmpty()) {
            const KubeconfigParseResult existing = Kubeconfig::parse(existingText);
            if (!existing.ok()) {
                result.error = tr("The existing kubeconfig %1 could not be understood (%2); it was left unchanged.")
                                   .arg(path, existing.error);
                return result;
            }
            KubeconfigMerge merged = mergeKubeconfig(*existing.value, incoming, true);
            result.added = merged.added;
            result.replaced = merged.replaced;
            toWrite = std::move(merged.result);
        }
    }
    const FileWriteResult written = writePrivateFileAtomically(path, toWrite.toYaml());
    if (!written.ok) {
        result.error = written.error;
        return result;
    }
    result.ok = true;
    return result;
}

} // namespace cw::kube
