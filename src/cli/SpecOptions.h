#pragma once
#include <QString>

#include <optional>

#include "azure/ComputeService.h"
#include "rules/ComputeSpec.h"

namespace cw::cli {

class CliOptions;

struct SpecFromOptions {
    std::optional<rules::ComputeSpec> spec;
    QString error; // usage error when spec is empty
};

// The create/attach spec the options describe (the same struct the wizard fills). TLS key
// material is read from --cert-file / --key-file, never from the command line itself.
// spec.workspace.location is left empty: the preflight fills it from the workspace.
SpecFromOptions specFromOptions(const CliOptions &options, rules::ComputeMode mode, const QString &name,
                                const WorkspaceRef &workspace);

// Checks the options that name Azure resources by ID (--cluster-id, --subscription) with the
// shared rules, before anything is sent: empty when they are well-formed or absent, else the
// usage error naming the expected shape.
QString resourceIdOptionsProblem(const CliOptions &options);

// Reads a PEM file (bounded size); empty with `error` set when it cannot.
QString readPemFile(const QString &path, QString *error);
// Reads a private key file; a passphrase-protected key is decrypted with the passphrase in
// CLUSTERWRIGHT_KEY_PASSPHRASE (Azure ML takes keys unencrypted).
QString readKeyFile(const QString &path, QString *error);

} // namespace cw::cli
