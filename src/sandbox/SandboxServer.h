#pragma once
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QUrl>
#include <memory>
#include <optional>

// The public face of the sandbox. SandboxCore runs the whole emulator in the thread it lives in:
// the clusterwright-sandbox executable uses it, and the desktop app and the CLI run that
// executable as a child process (session/SandboxLauncher), so a crash of the emulator never takes
// them down. (The in-process thread variant, SandboxServer, is gone for that reason; the file
// keeps its name for the options and endpoint types.)
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

// The endpoint in one line of the sandbox's standard output, when it is the ready line
// ({"event":"ready", baseUrl, port, kubePort, caFile, tenantId, clientId, ...}) and names at least
// the base URL, CA file, tenant and client. One reader for the app's launcher and the CLI's
// endpoint file.
std::optional<SandboxEndpoint> endpointFromReadyLine(const QByteArray &line);

class SandboxService;

class SandboxCore : public QObject {
    Q_OBJECT
public:
    explicit SandboxCore(QObject *parent = nullptr);
    ~SandboxCore() override;

    bool start(const SandboxOptions &options, QString *error);
    SandboxEndpoint endpoint() const { return m_endpoint; }
    void stop(); // writes the state and closes the listeners

private:
    struct Parts;
    std::unique_ptr<Parts> d;
    SandboxEndpoint m_endpoint;
};

} // namespace cw::sandbox

Q_DECLARE_METATYPE(cw::sandbox::SandboxEndpoint)
