#include "cli/FactsMapping.h"

#include "tls/CertificateReport.h"

namespace cw::cli {

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
