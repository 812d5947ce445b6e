#pragma once
#include <QObject>
#include <QString>
#include <memory>

#include "sandboxlink/SandboxLink.h"

// The public face of the sandbox. SandboxCore runs the whole emulator in the thread it lives in:
// the clusterwright-sandbox executable uses it, and the desktop app and the CLI run that
// executable as a child process (session/SandboxLauncher), so a crash of the emulator never takes
// them down. (The in-process thread variant, SandboxServer, is gone for that reason.) What the
// app and the CLI need to start and reach that process is in sandboxlink/SandboxLink.h, so
// they do not link the emulator itself.
namespace cw::sandbox {

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
    void savePortsIfPending();

    struct Parts;
    std::unique_ptr<Parts> d;
    SandboxEndpoint m_endpoint;
};

} // namespace cw::sandbox

