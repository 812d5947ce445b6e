#include "cli/FactsMapping.h"

#include "tls/CertificateReport.h"

namespace cw::cli {

rules::ExistingCompute existingCompute(const azure::ComputeResource &c)
{
    return {c.name, c.computeType.value_or(QString()), c.resourceId.value_or(QString()),
            c.provisioningState.value_or(QString())};
}

QList<rules::ExistingCompute> existingComputes(const QList<azure::ComputeResource> &computes)
{
    QList<rules::ExistingCompute> out;
    out.reserve(computes.size());
    for (const azure::ComputeResource &c : computes)
        out.append(existingCompute(c));
    return out;
}

rules::ClusterFacts clusterFacts(const azure::ManagedCluster &m)
{
    rules::ClusterFacts f;
    f.id = m.id;
    f.name = m.name;
    f.location = m.location;
    f.provisioningState = m.provisioningState;
    f.powerState = m.powerState;
    f.kubernetesVersion = m.kubernetesVersion;
    f.currentKubernetesVersion = m.currentKubernetesVersion;
    f.fqdn = m.fqdn;
    f.privateFqdn = m.privateFqdn;
    f.nodeResourceGroup = m.nodeResourceGroup;
    for (const azure::AgentPoolProfile &p : m.agentPoolProfiles)
        f.agentPools.append({p.name, p.count, p.vmSize, p.osType, p.mode});
    f.enablePrivateCluster = m.enablePrivateCluster;
    f.authorizedIpRanges = m.authorizedIpRanges;
    f.loadBalancerSku = m.loadBalancerSku;
    f.networkPlugin = m.networkPlugin;
    f.serviceCidr = m.serviceCidr;
    f.dnsServiceIp = m.dnsServiceIp;
    f.dockerBridgeCidr = m.dockerBridgeCidr;
    return f;
}

rules::OrchestratorList orchestratorList(const QList<azure::OrchestratorVersion> &versions)
{
    rules::OrchestratorList list;
    for (const azure::OrchestratorVersion &v : versions) {
        rules::OrchestratorVersion r;
        r.version = v.orchestratorVersion;
        r.isDefault = v.isDefault;
        r.isPreview = v.isPreview;
        for (const azure::OrchestratorUpgrade &u : v.upgrades)
            r.upgrades.append(u.orchestratorVersion);
        list.versions.append(r);
    }
    return list;
}

rules::VmSizeCatalogue vmSizeCatalogue(const QList<azure::VmSize> &sizes)
{
    rules::VmSizeCatalogue catalogue;
    for (const azure::VmSize &s : sizes)
        catalogue.sizes.append({s.name, s.vCpus, s.gpus, s.memoryGb, s.family});
    return catalogue;
}

rules::CertificateFacts certificateFacts(const tls::CertificatePairReport &report, const QString &readError)
{
    rules::CertificateFacts facts;
    const tls::CertificateInfo *leaf = report.leaf();
    facts.parsed = readError.isEmpty() && report.chain.ok() && report.key.ok() && leaf;
    facts.error = !readError.isEmpty() ? readError : !report.chain.ok() ? report.chain.message : report.key.message;
    facts.keyMatches = report.keyMatches.value_or(false);
    if (leaf) {
        facts.notBefore = leaf->notBefore;
        facts.notAfter = leaf->notAfter;
        facts.selfSigned = leaf->selfSigned;
    }
    facts.coversCname = report.hostname.covered;
    return facts;
}

QString statusWord(rules::CheckStatus status)
{
    switch (status) {
    case rules::CheckStatus::Pass:
        return QStringLiteral("pass");
    case rules::CheckStatus::Warn:
        return QStringLiteral("warn");
    case rules::CheckStatus::Fail:
        return QStringLiteral("fail");
    }
    return {};
}

} // namespace cw::cli
