#include "rules/KubernetesVersions.h"

#include <QCoreApplication>
#include <QVersionNumber>

namespace cw::rules {
namespace {

struct KubernetesVersionsText {
    Q_DECLARE_TR_FUNCTIONS(cw::rules::KubernetesVersions)
};

// The numbers of a Kubernetes version: "1.27.3", "v1.28.0", "1.27" (its patch is .0), and a
// build of a patch release, "1.27.3-hotfix" or "1.27.3+build": AKS names hotfixes of a listed
// patch that way, so the suffix is not compared. Anything else (no minor number, text after
// the numbers) is no version: nullopt. Normalized, so 1.27 and 1.27.0 are the same version.
std::optional<QVersionNumber> parsed(const QString &version)
{
    QStringView v = QStringView(version).trimmed();
    if (v.startsWith(u'v') || v.startsWith(u'V'))
        v = v.sliced(1);
    qsizetype suffix = 0;
    const QVersionNumber number = QVersionNumber::fromString(v, &suffix);
    if (number.segmentCount() < 2 || v.at(0).isSpace()
        || (suffix < v.size() && v.at(suffix) != u'-' && v.at(suffix) != u'+'))
        return std::nullopt;
    return number.normalized();
}

// "1.27" of a version, for "a patch release of a listed minor version".
std::optional<QVersionNumber> minorOf(const QString &version)
{
    const std::optional<QVersionNumber> v = parsed(version);
    if (!v)
        return std::nullopt;
    return QVersionNumber(v->majorVersion(), v->minorVersion());
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
    return QVersionNumber::compare(parsed(a).value_or(QVersionNumber()), parsed(b).value_or(QVersionNumber()));
}

VersionVerdict classifyKubernetesVersion(const QString &version, const OrchestratorList &list)
{
    VersionVerdict verdict;
    const QString v = version.trimmed();
    if (v.isEmpty()) {
        verdict.message = KubernetesVersionsText::tr("The cluster's Kubernetes version is not known; it cannot be "
                                   "checked before attaching.");
        return verdict;
    }
    if (list.versions.isEmpty()) {
        verdict.message = KubernetesVersionsText::tr("The region's list of Kubernetes versions is not available; "
                                   "version %1 cannot be checked before attaching.")
                              .arg(v);
        return verdict;
    }
    const std::optional<QVersionNumber> number = parsed(v);
    if (!number) {
        verdict.message = KubernetesVersionsText::tr("The cluster's Kubernetes version \"%1\" cannot be read; it cannot be "
                                   "checked before attaching.")
                              .arg(v);
        return verdict;
    }
    // Supported window = the non-preview versions the list carries.
    QString oldest;
    QString newest;
    for (const OrchestratorVersion &o : list.versions) {
        if (o.isPreview || !parsed(o.version))
            continue;
        if (oldest.isEmpty() || compareVersions(o.version, oldest) < 0)
            oldest = o.version;
        if (newest.isEmpty() || compareVersions(o.version, newest) > 0)
            newest = o.version;
    }
    verdict.oldestSupported = oldest;
    verdict.newestSupported = newest;

    for (const OrchestratorVersion &o : list.versions) {
        if (parsed(o.version) == number) {
            verdict.support = o.isPreview ? VersionSupport::Preview : VersionSupport::Supported;
            verdict.message = o.isPreview
                ? KubernetesVersionsText::tr("Kubernetes %1 is a preview version: it can be attached but comes "
                           "without an SLA and is not recommended for production.")
                      .arg(v)
                : KubernetesVersionsText::tr("Kubernetes %1 is supported.").arg(v);
            return verdict;
        }
    }
    // Not listed exactly: a patch release of a listed minor version is still supported;
    // anything else is outside the window.
    bool minorPreview = false;
    const QVersionNumber minor(number->majorVersion(), number->minorVersion());
    for (const OrchestratorVersion &o : list.versions) {
        if (minorOf(o.version) == minor) {
            if (!o.isPreview) {
                verdict.support = VersionSupport::Supported;
                verdict.message = KubernetesVersionsText::tr("Kubernetes %1 is supported (minor version %2 is "
                                           "available in the region).")
                                      .arg(v, minor.toString());
                return verdict;
            }
            minorPreview = true;
        }
    }
    if (minorPreview) {
        verdict.support = VersionSupport::Preview;
        verdict.message = KubernetesVersionsText::tr("Kubernetes %1 belongs to a preview minor version: it can be "
                                   "attached but comes without an SLA.")
                              .arg(v);
        return verdict;
    }
    verdict.support = VersionSupport::Unsupported;
    verdict.message = oldest.isEmpty()
        ? KubernetesVersionsText::tr("Kubernetes %1 is not supported in this region. Upgrade the cluster in AKS "
                   "before attaching it.")
              .arg(v)
        : KubernetesVersionsText::tr("Kubernetes %1 is not supported; supported versions are between %2 and %3. "
                   "Upgrade the cluster in AKS before attaching it.")
              .arg(v, oldest, newest);
    return verdict;
}

} // namespace cw::rules
