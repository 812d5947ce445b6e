#pragma once
// A certificate inspection mapped into the plain facts the rules and the preflight read
// (rules::CertificateFacts), shared by the wizard and the CLI. Mapping only: every decision
// stays in src/rules.
#include <QString>

#include "rules/PreflightFacts.h"
#include "tls/CertificateReport.h"

namespace cw::tls {

// `readError`: why the files could not be read at all (then nothing else counts).
rules::CertificateFacts toCertificateFacts(const CertificatePairReport &report, const QString &readError = {});

} // namespace cw::tls
