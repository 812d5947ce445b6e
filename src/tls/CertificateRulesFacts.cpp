#include "tls/CertificateRulesFacts.h"

namespace cw::tls {

rules::CertificateFacts toCertificateFacts(const CertificatePairReport &report, const QString &readError)
{
    rules::CertificateFacts facts;
    const CertificateInfo *leaf = report.leaf();
    facts.parsed = readError.isEmpty() && report.chain.ok() && report.key.ok() && leaf;
    facts.error = !readError.isEmpty() ? readError : !report.chain.ok() ? report.chain.message : report.key.message;
    facts.keyMatches = report.keyMatches.value_or(false);
    if (leaf) {
        facts.notBefore = leaf->notBefore;
        facts.notAfter = leaf->notAfter;
        facts.selfSigned = leaf->selfSigned;
    }
    facts.coversCname = report.hostname.covered;
    // The checks the facts above already carry; every other failing check is passed on as is.
    static const QStringList kCarried = {QStringLiteral("certificate"), QStringLiteral("key"),
                                         QStringLiteral("key-match"), QStringLiteral("validity"),
                                         QStringLiteral("hostname")};
    for (const CertificateCheck &check : report.checks)
        if (check.severity == CheckSeverity::Fail && !kCarried.contains(check.id))
            facts.otherFailures.append({check.id, check.message});
    return facts;
}

} // namespace cw::tls
