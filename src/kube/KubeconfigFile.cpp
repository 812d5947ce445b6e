#include "kube/KubeconfigFile.h"

#include "common/PrivateFile.h"

#include <QCoreApplication>
#include <QFile>
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
    if (merge && QFileInfo::exists(path)) {
        QFile file(path);
        if (QFileInfo(path).size() > kMaxKubeconfigBytes || !file.open(QIODevice::ReadOnly)) {
            result.error = tr("The existing kubeconfig %1 could not be read; it was left unchanged.").arg(path);
            return result;
        }
        const QByteArray existingText = file.readAll();
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
