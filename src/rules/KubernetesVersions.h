#pragma once
// Kubernetes versions against the region's orchestrator list (the orchestrators API): create
// uses the default version; attach accepts supported versions, warns on preview ("no SLA") and
// refuses versions the list no longer carries, before submitting.
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cw::rules {

struct OrchestratorVersion {
    QString version;   // "1.24.6"
    bool isDefault = false;
    bool isPreview = false;
    QStringList upgrades; // versions this one upgrades to
};

struct OrchestratorList {
    QList<OrchestratorVersion> versions;
    std::optional<OrchestratorVersion> defaultVersion() const;
};

enum class VersionSupport { Supported, Preview, Unsupported, Unknown };

struct VersionVerdict {
    VersionSupport support = VersionSupport::Unknown;
    QString message; // translated; for Unsupported says which versions are supported
    QString oldestSupported;
    QString newestSupported;
};

// Numeric comparison of Kubernetes versions with QVersionNumber ("1.9" < "1.10", "1.16" ==
// "1.16.0"); a leading "v" and a build suffix ("-hotfix", "+build") are ignored. Returns <0, 0,
// >0; a text that is no version compares below every version.
int compareVersions(const QString &a, const QString &b);

VersionVerdict classifyKubernetesVersion(const QString &version, const OrchestratorList &list);

} // namespace cw::rules
