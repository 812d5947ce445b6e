#include "sandbox/SandboxServer.h"

#include "common/BoundedFileRead.h"
#include "common/JsonFields.h"
#include "common/JsonNesting.h"

#include "sandbox/ControlEndpoints.h"
#include "sandbox/ControlToken.h"
#include "sandbox/HttpsFrontend.h"
#include "sandbox/KubeApiServer.h"
#include "sandbox/KubeListeners.h"
#include "sandbox/SandboxService.h"
#include "sandbox/SeedData.h"
#include "common/PrivateFile.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QLoggingCategory>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QTimer>

#include <optional>
#include <thread>
#include <utility>

Q_LOGGING_CATEGORY(lcSandbox, "cw.sandbox", QtInfoMsg)

namespace cw::sandbox {

// ports.json: the ports a --reuse-ports start listens on again. (Not in the anonymous namespace:
// Parts holds one.)
struct SavedPorts {
    quint16 arm = 0;
    quint16 kube = 0;
};

struct SandboxCore::Parts {
    SandboxState state;
    SandboxPki pki;
    std::unique_ptr<SandboxService> service;
    HttpsFrontend *arm = nullptr;
    HttpsFrontend *kube = nullptr;
    KubeListeners *kubeClusters = nullptr;
    QTimer operationTimer;
    QString portsFile;
    std::optional<SavedPorts> portsToSave; // written once the ready line is out (or at stop)
};

SandboxCore::SandboxCore(QObject *parent)
    : QObject(parent)
{
}

SandboxCore::~SandboxCore()
{
    stop();
}

namespace {

// The ARM/AD port's TLS. Parsed once per start: each certificate or key parse is OpenSSL 3's
// decoder at ~10 M instructions, and the three listeners parsed the same three PEMs each (9 of
// the sandbox's ~25 decodes before its ready line; callgrind: 33 M of its 89 M instructions).
QSslConfiguration armTls(const SandboxPki &pki)
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(QSslCertificate(pki.server().certPem, QSsl::Pem));
    tls.setPrivateKey(QSslKey(pki.server().keyPem, QSsl::Ec, QSsl::Pem));
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    // A server-side setting: the ARM/AD port asks its clients for no certificate (Azure's do
    // not either). The clients still verify this server against the sandbox's CA.
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    tls.setCaCertificates({QSslCertificate(pki.caPem(), QSsl::Pem)});
    return tls;
}

// The Kubernetes ports ask for a client certificate and check it themselves (401 Status when
// absent, as a real API server does); the ARM/AD port does not ask.
QSslConfiguration kubeTls(QSslConfiguration tls)
{
    tls.setPeerVerifyMode(QSslSocket::QueryPeer);
    return tls;
}

SavedPorts readSavedPorts(const QString &path)
{
    QFile file(path);
    const std::optional<Json> json = file.open(QIODevice::ReadOnly) ? parseJson(file.readAll()) : std::nullopt;
    if (!json || !json->is_object())
        return {};
    const auto portOf = [&](const char *key) -> quint16 {
        const auto it = json->find(key);
        return it != json->end() && it->is_number_unsigned() && it->get<unsigned>() <= 65535 ? quint16(it->get<unsigned>())
                                                                                               : quint16(0);
    };
    return {portOf("arm"), portOf("kube")};
}

void writeSavedPorts(const QString &path, const SavedPorts &ports)
{
    QSaveFile file(path);
    const std::string text = Json{{"arm", ports.arm}, {"kube", ports.kube}}.dump();
    if (!file.open(QIODevice::WriteOnly) || file.write(text.data(), qint64(text.size())) != qint64(text.size())
        || !file.commit())
        qCWarning(lcSandbox) << "could not remember the sandbox ports in" << path;
}

// Listens on `preferred` (when not 0); if that port is taken and `fallBack` is set, on any free one.
quint16 listenPreferring(HttpsFrontend &frontend, quint16 preferred, bool fallBack, const QSslConfiguration &tls,
                         QString *error)
{
    if (preferred) {
        if (const quint16 port = frontend.listenLoopback(preferred, tls, error))
            return port;
        if (!fallBack)
            return 0;
        qCInfo(lcSandbox) << "port" << preferred << "of the previous run is taken, using another:" << *error;
    }
    return frontend.listenLoopback(0, tls, error);
}

} // namespace

bool SandboxCore::start(const SandboxOptions &options, QString *error)
{
    // Qt's TLS backend (its plugin, libssl and the cipher table: ~7 ms, a third of this start)
    // loads on a thread of its own while this one reads the keys and the state; Qt loads it once
    // under its own lock, so the first listener below waits for it rather than loading it again.
    // Joined when start() returns, on every path.
    const std::jthread tlsBackendWarmUp([] {
        (void)QSslSocket::supportsSsl();
        (void)QSslConfiguration::defaultConfiguration();
    });
    d = std::make_unique<Parts>();
    const QString dir = QDir(options.stateDir).absolutePath();
    if (!d->pki.loadOrCreate(dir, error))
        return false;
    const SandboxPki &pki = d->pki;
    if (!d->state.load(dir + QStringLiteral("/state.json"), options.fresh, [&pki] { return buildSeed(pki); }, error))
        return false;
    d->state.settings.speed = options.speed;
    d->service = std::make_unique<SandboxService>(d->state, d->pki);
    SandboxService &svc = *d->service;
    // A new control token each start; the owner's tools read it from the 0600 file.
    svc.controlToken = newControlToken();
    if (svc.controlToken.isEmpty()) {
        *error = QStringLiteral("could not draw a random control token");
        return false;
    }
    // Not synced to disk: the token is worthless once this process ends (a new one each start).
    if (const FileWriteResult written = writePrivateFileAtomically(dir + QLatin1Char('/') + QLatin1String(kControlTokenFile),
                                                                   svc.controlToken + '\n',
                                                                   Durability::ThisProcessOnly);
        !written.ok) {
        *error = QStringLiteral("could not write the control token: %1").arg(written.error);
        return false;
    }

    d->arm = new HttpsFrontend([&svc](const HttpCall &call) { return svc.handle(call); }, svc.faults,
                               svc.requestLog, this);
    d->kube = new HttpsFrontend([&svc](const HttpCall &call) { svc.advance(); return handleKube(svc, call); },
                                svc.faults, svc.requestLog, this);
    d->portsFile = dir + QStringLiteral("/ports.json");
    const SavedPorts previous = options.reusePorts && options.port == 0 ? readSavedPorts(d->portsFile) : SavedPorts{};
    const QSslConfiguration tls = armTls(pki);
    const quint16 port = listenPreferring(*d->arm, options.port ? options.port : previous.arm, options.port == 0,
                                          tls, error);
    if (!port)
        return false;
    const quint16 kubePort = listenPreferring(*d->kube, previous.kube, true, kubeTls(tls), error);
    if (!kubePort)
        return false;
    if (options.reusePorts) {
        // For the next start only, so written (and synced: ~1.5 ms) after the ready line.
        d->portsToSave = SavedPorts{port, kubePort};
        QTimer::singleShot(0, this, &SandboxCore::savePortsIfPending);
    }
    const QString base = QStringLiteral("https://127.0.0.1:%1").arg(port);
    svc.setBaseUrls(base, QStringLiteral("https://127.0.0.1:%1").arg(kubePort));
    // Each cluster's API server on its own port (kubeconfigs name it); the shared port keeps the
    // older /clusters/{key} URLs working.
    d->kubeClusters = new KubeListeners(svc, kubeTls(tls), this);
    svc.kubeServerFor = [listeners = d->kubeClusters](const QString &clusterId) { return listeners->serverFor(clusterId); };
    d->kubeClusters->reopenSaved();

    if (options.computes > 0) {
        const QString wsId = workspaceId(QLatin1String(kSubscriptionId), QLatin1String(kWorkspaceRg),
                                         QLatin1String(kWorkspaceName));
        addBulkComputes(d->state.root, wsId, QLatin1String(kWorkspaceLocation), options.computes);
        d->state.markDirty();
    }
    if (!options.scenarioFile.isEmpty()) {
        // Bounded like every file a user names: a device or FIFO is refused, not read.
        const BoundedFileRead file = readBoundedFile(options.scenarioFile, 16 * 1024 * 1024);
        std::optional<Json> scenario = file.ok ? parseJson(file.data) : std::nullopt;
        const QString problem = !file.ok  ? file.error
                                : scenario ? applyScenario(svc, *scenario)
                                           : QStringLiteral("unreadable JSON");
        if (!problem.isEmpty()) {
            *error = QStringLiteral("scenario %1: %2").arg(options.scenarioFile, problem);
            return false;
        }
    }
    // Operations also complete without traffic, so the state file shows the finished world.
    d->operationTimer.setInterval(200);
    connect(&d->operationTimer, &QTimer::timeout, this, [this] { d->service->advance(); });
    d->operationTimer.start();

    m_endpoint = {QUrl(base), pki.caFile(), QLatin1String(kTenantId), QLatin1String(kClientId),
                  QLatin1String(kClientSecret), QLatin1String(kSubscriptionId), QLatin1String(kPublicClientId),
                  port, kubePort, QString::fromLatin1(svc.controlToken)};
    qCInfo(lcSandbox) << "sandbox listening on" << base << "kubernetes port" << kubePort;
    return true;
}

void SandboxCore::savePortsIfPending()
{
    if (!d || !d->portsToSave)
        return;
    writeSavedPorts(d->portsFile, *std::exchange(d->portsToSave, std::nullopt));
}

void SandboxCore::stop()
{
    if (!d)
        return;
    d->operationTimer.stop();
    savePortsIfPending(); // a stop before the event loop ran still remembers them
    delete d->arm;
    delete d->kube;
    d->arm = d->kube = nullptr;
    if (d->service)
        d->service->kubeServerFor = nullptr;
    delete d->kubeClusters;
    d->kubeClusters = nullptr;
    d->state.saveNow();
    d.reset();
}

} // namespace cw::sandbox
