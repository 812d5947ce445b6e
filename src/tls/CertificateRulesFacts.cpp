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
    return facts;
}

} // namespace cw::tls
