#include "rules/Preflight.h"

#include "rules/NameRules.h"
#include "rules/PreflightSupport.h"
#include "rules/TlsRules.h"

#include <QCoreApplication>

#include <algorithm>

namespace cw::rules {
namespace preflight_detail {

PreflightCheck pass(const QString &id, const QString &title, const QString &reason, const QString &fix)
{
    return PreflightCheck{id, CheckStatus::Pass, title, reason, fix};
}

PreflightCheck warn(const QString &id, const QString &title, const QString &reason, const QString &fix)
{
    return PreflightCheck{id, CheckStatus::Warn, title, reason, fix};
}

PreflightCheck fail(const QString &id, const QString &title, const QString &reason, const QString &fix)
{
    return PreflightCheck{id, CheckStatus::Fail, title, reason, fix};
}

PreflightCheck fromFindings(const QString &id, const QString &title, const Findings &findings,
                            const QString &passReason, const QString &fix)
{
    QStringList errors;
    QStringList warnings;
    QStringList infos;
    for (const Finding &f : findings) {
        (f.severity == Severity::Error ? errors : f.severity == Severity::Warning ? warnings : infos)
            .append(f.message);
    }
    if (!errors.isEmpty())
        return fail(id, title, errors.join(QLatin1Char('\n')), fix);
    if (!warnings.isEmpty())
        return warn(id, title, (warnings + infos).join(QLatin1Char('\n')), fix);
    return pass(id, title, (QStringList{passReason} + infos).join(QLatin1Char('\n')));
}

} // namespace preflight_detail

using namespace preflight_detail;

bool PreflightReport::canProceed() const
{
    return std::none_of(checks.cbegin(), checks.cend(),
                        [](const PreflightCheck &c) { return c.status == CheckStatus::Fail; });
}

int PreflightReport::count(CheckStatus status) const
{
    return int(std::count_if(checks.cbegin(), checks.cend(),
                             [status](const PreflightCheck &c) { return c.status == status; }));
}

const PreflightCheck *PreflightReport::find(const QString &id) const
{
    for (const PreflightCheck &c : checks) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

QList<PreflightCheck> preflightCommonChecks(const PreflightInput &in)
{
    QList<PreflightCheck> out;
    const ComputeSpec &spec = in.spec;
    QStringList names;
    for (const ExistingCompute &c : in.workspace.computes)
        names.append(c.name);
    out.append(fromFindings(QStringLiteral("name"), Text::tr("Compute name"),
                            validateComputeName(spec.name, names),
                            Text::tr("\"%1\" is valid and free in the workspace.").arg(spec.name),
                            Text::tr("Change the compute name as described.")));

    if (spec.purpose == ClusterPurpose::DevTest) {
        out.append(warn(QStringLiteral("purpose.devTest"), Text::tr("Dev-test purpose"),
                        Text::tr("A dev-test cluster is not suitable for production traffic, may "
                                 "increase inference time and has no fault tolerance."),
                        Text::tr("Choose the production purpose for production workloads.")));
    } else {
        out.append(pass(QStringLiteral("purpose.devTest"), Text::tr("Cluster purpose"),
                        Text::tr("Production purpose (FastProd).")));
    }

    QString tlsReason;
    switch (spec.tls.mode) {
    case TlsMode::None:
        tlsReason = Text::tr("TLS termination is off.");
        break;
    case TlsMode::LeafLabel:
        tlsReason = Text::tr("A Microsoft certificate will be generated for %1.")
                        .arg(leafFqdnPreview(spec.tls.leafLabel, spec.isAttach() && in.cluster
                                                                    ? in.cluster->location
                                                                    : spec.effectiveRegion()));
        break;
    case TlsMode::Custom:
        tlsReason = Text::tr("Your certificate for %1 will be used.").arg(spec.tls.cname);
        break;
    }
    out.append(fromFindings(QStringLiteral("tls"), Text::tr("TLS and load balancer"),
                            validateTlsAndLoadBalancer(spec), tlsReason,
                            Text::tr("Change the TLS or load balancer settings as described.")));

    const bool publicIp = spec.loadBalancer == LoadBalancerType::PublicIp;
    if (!in.service.policyDeniesPublicIp) {
        out.append(pass(QStringLiteral("service.publicIpPolicy"), Text::tr("Policy on public IPs"),
                        Text::tr("No policy forbidding public IPs was reported.")));
    } else if (spec.isCreate()) {
        out.append(fail(QStringLiteral("service.publicIpPolicy"), Text::tr("Policy on public IPs"),
                        Text::tr("An Azure Policy forbids public IPs; creating the cluster fails "
                                 "because AKS needs a public IP for egress traffic."),
                        Text::tr("Ask for a policy exemption, or create the cluster in AKS with a "
                                 "user-defined route (outbound type userDefinedRouting through a "
                                 "firewall) and attach it.")));
    } else if (publicIp) {
        out.append(warn(QStringLiteral("service.publicIpPolicy"), Text::tr("Policy on public IPs"),
                        Text::tr("An Azure Policy forbids public IPs; a public scoring endpoint may "
                                 "be refused."),
                        Text::tr("Use an internal load balancer (update the compute after attaching).")));
    } else {
        out.append(pass(QStringLiteral("service.publicIpPolicy"), Text::tr("Policy on public IPs"),
                        Text::tr("A policy forbids public IPs; the internal load balancer does not "
                                 "need one.")));
    }
    return out;
}

PreflightReport runPreflight(const PreflightInput &input)
{
    PreflightReport report;
    report.checks = preflightCommonChecks(input);
    report.checks.append(input.spec.isCreate() ? preflightCreateChecks(input)
                                               : preflightAttachChecks(input));
    if (input.spec.tls.mode == TlsMode::Custom)
        report.checks.append(preflightCertificateChecks(input));
    return report;
}

} // namespace cw::rules
