#pragma once
// What starts and reaches the sandbox process, shared by the sandbox executable (which writes
// the ready line) and its launchers (session/SandboxLauncher, the CLI's endpoint file), so the
// desktop app and the CLI link this small library instead of the emulator (src/sandbox).
#include <QByteArray>
#include <QMetaType>
#include <QString>
#include <QUrl>

#include <optional>

namespace cw::sandbox {

struct SandboxOptions {
    quint16 port = 0;      // 0 = any free port
    // With port 0: first try the ports of the previous run in this state directory. The embedded
    // sandbox sets it so operation URLs journaled (and kubeconfigs exported) by an earlier run
    // stay valid after a restart, as Azure's URLs do.
    bool reusePorts = false;
    QString stateDir;      // state.json, ca.pem and the keys live here
    double speed = 1.0;    // simulated operation duration multiplier
    bool fresh = false;    // discard saved state and start from the seed
    QString scenarioFile;  // optional scenario JSON applied after start
    int computes = 0;      // extra bulk computes in ws-demo
};

struct SandboxEndpoint {
    QUrl baseUrl;
    QString caFile;
    QString tenantId;
    QString clientId;
    QString clientSecret; // the sandbox's well-known test secret: never log it
    QString subscriptionId;
    QString publicClientId;
    quint16 port = 0;
    quint16 kubePort = 0;
    // This start's control-API token (ControlToken.h): never log it.
    QString controlToken;
};

// The ready line the sandbox prints on its standard output once it listens (one compact JSON
// object: {"event":"ready", baseUrl, port, kubePort, caFile, tenantId, clientId, ...}; no newline).
QByteArray readyLine(const SandboxEndpoint &endpoint);

// The endpoint in one line of the sandbox's standard output, when it is the ready line and
// names at least the base URL, CA file, tenant and client. One reader for the app's launcher and
// the CLI's endpoint file.
std::optional<SandboxEndpoint> endpointFromReadyLine(const QByteArray &line);

// The endpoint of a sandbox that already runs, from a file holding its ready line (what it
// printed, possibly with more of its output): the CLI's `login sandbox --endpoint-file` and the
// desktop app's --sandbox-endpoint. nullopt with `error` set when unreadable.
std::optional<SandboxEndpoint> readSandboxEndpointFile(const QString &path, QString *error);
// The same from the file's contents (`path` only names it in the error).
std::optional<SandboxEndpoint> parseSandboxEndpoint(const QByteArray &contents, const QString &path, QString *error);

} // namespace cw::sandbox

Q_DECLARE_METATYPE(cw::sandbox::SandboxEndpoint)
