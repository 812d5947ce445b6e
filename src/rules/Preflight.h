#pragma once
// The preflight: every rule of the product checked against the real workspace and (for attach)
// the real cluster, as a list of pass / warn / fail checks, each with reason and fix.
#include "rules/ComputeSpec.h"
#include "rules/Ipv4Cidr.h"
#include "rules/KubernetesVersions.h"
#include "rules/PreflightFacts.h"
#include "rules/RegionRules.h"
#include "rules/QuotaRules.h"
#include "rules/VmSizeCatalogue.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace cw::rules {

enum class CheckStatus { Pass, Warn, Fail };

struct PreflightCheck {
    QString id;       // stable, e.g. "attach.version"
    CheckStatus status = CheckStatus::Pass;
    QString title;    // translated, short
    QString reason;   // translated: what was found
    QString fix;      // translated: what to do (empty on pass)
};

struct PreflightInput {
    ComputeSpec spec;
    WorkspaceFacts workspace;
    std::optional<ClusterFacts> cluster;         // attach: the ManagedCluster
    std::optional<CertificateFacts> certificate; // custom TLS: src/tls's analysis
    ServiceFacts service;
    OrchestratorList orchestrators;              // the region's versions (may be empty)
    // The region's VM sizes, when read; without them the size checks say they were not done
    // (with vmSizesError, the reason, when known) instead of guessing.
    std::optional<VmSizeCatalogue> vmSizes;
    QString vmSizesError;
    // The AzureMachineLearning service tag's ranges, when known; without them authorized IP
    // ranges can only be warned about, not verified.
    QStringList azureMachineLearningRanges;
    QDateTime now;                               // for certificate validity (UTC)
    std::optional<Ipv4Cidr> subnetRange;         // create with a vnet: the subnet's prefix, when known
    // Create: the subscription's locations, when read (the region must be one of them).
    std::optional<QList<LocationFacts>> locations;
    std::optional<CoreQuota> regionalCores;      // create: the region's vCPU use and limit, when read
};

struct PreflightReport {
    QList<PreflightCheck> checks;
    bool canProceed() const; // no Fail
    int count(CheckStatus status) const;
    const PreflightCheck *find(const QString &id) const;
};

inline constexpr int kCertificateExpiryWarningDays = 30;

PreflightReport runPreflight(const PreflightInput &input);

// Pieces of runPreflight, public for the tests and for the UI's per-page use.
QList<PreflightCheck> preflightCommonChecks(const PreflightInput &input);
QList<PreflightCheck> preflightCreateChecks(const PreflightInput &input);
QList<PreflightCheck> preflightAttachChecks(const PreflightInput &input);
QList<PreflightCheck> preflightCertificateChecks(const PreflightInput &input);

} // namespace cw::rules
