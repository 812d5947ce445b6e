#include "rules/KubernetesVersions.h"

#include <QCoreApplication>

namespace cw::rules {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(cw::rules::KubernetesVersions)
};

QList<int> numbers(const QString &version)
{
    QString v = version.trimmed();
    if (v.startsWith(u'v') || v.startsWith(u'V'))
        v.remove(0, 1);
    QList<int> out;
    for (const QString &part : v.split(u'.'))
        out.append(part.toInt());
    return out;
}

QString minorOf(const QString &version)
{
    const QList<int> n = numbers(version);
    return QStringLiteral("%1.%2").arg(n.value(0)).arg(n.value(1));
}

} // namespace

std::optional<OrchestratorVersion> OrchestratorList::defaultVersion() const
{
    for (const OrchestratorVersion &v : versions) {
        if (v.isDefault)
            return v;
    }
    return std::nullopt;
}

int compareVersions(const QString &a, const QString &b)
{
    const QList<int> na = numbers(a);
    const QList<int> nb = numbers(b);
    for (qsizetype i = 0; i < std::max(na.size(), nb.size()); ++i) {
        const int x = na.value(i);
        const int y = nb.value(i);
        if (x != y)
            return x < y ? -1 : 1;
    }
    return 0;
}

VersionVerdict classifyKubernetesVersion(const QString &version, const OrchestratorList &list)
{
    VersionVerdict verdict;
    const QString v = version.trimmed();
    if (v.isEmpty()) {
        verdict.message = Text::tr("The cluster's Kubernetes version is not known; it cannot be "
                                   "checked before attaching.");
        return verdict;
    }
    if (list.versions.isEmpty()) {
        verdict.message = Text::tr("The region's list of Kubernetes versions is not available; "
                                   "version %1 cannot be checked before attaching.")
                              .arg(v);
        return verdict;
    }
    // Supported window = the non-preview versions the list carries.
    QString oldest;
    QString newest;
    for (const OrchestratorVersion &o : list.versions) {
        if (o.isPreview)
            continue;
        if (oldest.isEmpty() || compareVersions(o.version, oldest) < 0)
            oldest = o.version;
        if (newest.isEmpty() || compareVersions(o.version, newest) > 0)
            newest = o.version;
    }
    verdict.oldestSupported = oldest;
    verdict.newestSupported = newest;

    for (const OrchestratorVersion &o : list.versions) {
        if (compareVersions(o.version, v) == 0) {
            verdict.support = o.isPreview ? VersionSupport::Preview : VersionSupport::Supported;
            verdict.message = o.isPreview
                ? Text::tr("Kubernetes %1 is a preview version: it can be attached but comes "
                           "without an SLA and is not recommended for production.")
                      .arg(v)
                : Text::tr("Kubernetes %1 is supported.").arg(v);
            return verdict;
        }
    }
    // Not listed exactly: a patch release of a listed minor version is still supported;
    // anything else is outside the window.
    bool minorPreview = false;
    for (const OrchestratorVersion &o : list.versions) {
        if (minorOf(o.version) == minorOf(v)) {
            if (!o.isPreview) {
                verdict.support = VersionSupport::Supported;
                verdict.message = Text::tr("Kubernetes %1 is supported (minor version %2 is "
                                           "available in the region).")
                                      .arg(v, minorOf(v));
                return verdict;
            }
            minorPreview = true;
        }
    }
    if (minorPreview) {
        verdict.support = VersionSupport::Preview;
        verdict.message = Text::tr("Kubernetes %1 belongs to a preview minor version: it can be "
                                   "attached but comes without an SLA.")
                              .arg(v);
        return verdict;
    }
    verdict.support = VersionSupport::Unsupported;
    verdict.message = oldest.isEmpty()
        ? Text::tr("Kubernetes %1 is not supported in this region. Upgrade the cluster in AKS "
                   "before attaching it.")
              .arg(v)
        : Text::tr("Kubernetes %1 is not supported; supported versions are between %2 and %3. "
                   "Upgrade the cluster in AKS before attaching it.")
              .arg(v, oldest, newest);
    return verdict;
}

} // namespace cw::rules
