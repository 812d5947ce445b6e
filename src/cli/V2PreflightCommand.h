#pragma once
// `preflight --kubernetes --cluster ID [--config KEY=VALUE ...] [--cert-file F --key-file K]
// [--purpose dev-test]`: a cluster checked for Azure ML v2 (rules::checkClusterForV2) and, when
// settings are given, the extension's settings (rules::checkExtensionConfiguration).
#include "rules/ExtensionConfiguration.h"

#include <QString>

#include <optional>

namespace cw::cli {

class CliContext;
class CliOptions;

struct ExtensionConfigurationFromOptions {
    rules::ExtensionConfiguration config;
    bool given = false; // any --config, --cert-file or --key-file
    QString error;      // usage error (a --config without '=', an unreadable PEM file)
};

// --config KEY=VALUE (repeatable, as `az k8s-extension create --config`) into the settings;
// --cert-file / --key-file (PEM files, never the key on the command line) into the protected
// sslCertPemFile / sslKeyPemFile.
ExtensionConfigurationFromOptions extensionConfigurationFromOptions(const CliOptions &options);

void runV2Preflight(CliContext &ctx);

} // namespace cw::cli
