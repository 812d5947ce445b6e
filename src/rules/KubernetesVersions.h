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

// Numeric comparison of dotted versions ("1.9" < "1.10"); a leading "v" is ignored.
// Returns <0, 0, >0; unparsable parts compare as 0.
int compareVersions(const QString &a, const QString &b);

VersionVerdict classifyKubernetesVersion(const QString &version, const OrchestratorList &list);

} // namespace cw::rules
