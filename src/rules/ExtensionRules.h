#pragma once
// The Azure ML cluster extension's settings (v2-contract.md section 1) checked before anything is
// sent: every combination the extension refuses or that would fail its own health check, each
// finding saying what to change and, where the extension itself would fail, its error code
// (E40001 load balancer, E40002 router HA, E40003 internal load balancer, E40007 TLS).
#include "rules/ExtensionConfiguration.h"
#include "rules/Finding.h"
#include "rules/PreflightFacts.h"
#include "rules/V2Facts.h"

#include <QDateTime>
#include <QStringList>

#include <optional>

namespace cw::rules {

// The router's replicas when inferenceRouterHA is on: fewer nodes fail the install (E40002).
inline constexpr int kRouterHaMinNodes = 3;

// The configurationSettings keys the extension understands (nodeSelector.<label> as its prefix).
QStringList knownExtensionSettings();
// The configurationProtectedSettings keys.
QStringList knownExtensionProtectedSettings();

// certificate: src/tls's analysis of the protected sslCertPemFile / sslKeyPemFile pair, made by
// the caller (the rules parse nothing); without it a given pair is reported as not analysed.
// now: for the certificate's validity (UTC; invalid = the current time).
Findings checkExtensionConfiguration(const ExtensionConfiguration &config, const V2ClusterFacts &cluster,
                                     const std::optional<CertificateFacts> &certificate = std::nullopt,
                                     const QDateTime &now = {});

// One Kubernetes label key (the <label> of nodeSelector.<label>): [prefix/]name, the prefix a DNS
// subdomain of at most 253 characters, the name at most 63 alphanumerics with -_. inside.
bool isValidLabelKey(const QString &key);
// A label value: empty, or at most 63 alphanumerics with -_. inside.
bool isValidLabelValue(const QString &value);

} // namespace cw::rules
