#pragma once
#include "sandbox/ComputeListCache.h"
#include "sandbox/FaultInjector.h"
#include "sandbox/KubeObjectCache.h"
#include "sandbox/OperationEngine.h"
#include "sandbox/RequestLog.h"
#include "sandbox/SandboxHttp.h"
#include "sandbox/SandboxPki.h"
#include "sandbox/SandboxState.h"

#include <QUrl>

#include <functional>

// The emulated service without any networking: state, PKI, operations, faults, request log and
// the routing of a call to the AD, ARM or control endpoints. The HTTPS front ends feed it.
namespace cw::sandbox {

class SandboxService {
public:
    explicit SandboxService(SandboxState &state, SandboxPki &pki);

    // Routes one call; the front end has already applied faults and will log the reply.
    HttpReply handle(const HttpCall &call);
    // Completes due operations (called before each call and by a timer).
    void advance();

    QString baseUrl() const { return m_baseUrl; }     // "https://127.0.0.1:PORT", no slash
    QString kubeBaseUrl() const { return m_kubeBaseUrl; }
    void setBaseUrls(const QString &base, const QString &kubeBase);
    // The Kubernetes API server URL of a cluster (its own loopback listener, opened on demand by
    // KubeListeners); unset or empty: the path-prefixed URL on the shared Kubernetes port.
    std::function<QString(const QString &clusterId)> kubeServerFor;

    SandboxState &state;
    SandboxPki &pki;
    OperationEngine operations;
    FaultInjector faults;
    RequestLog requestLog;
    // This start's control token (ControlToken.h): /_sandbox calls without it get 401.
    QByteArray controlToken;
    // Rendered answers, valid for one state.version().
    ComputeListCache computeLists;
    KubeObjectCache kubeObjectCache;

private:
    QString m_baseUrl;
    QString m_kubeBaseUrl;
};

// Endpoint groups (each in its own file).
HttpReply handleAad(SandboxService &svc, const HttpCall &call, const QStringList &segments);
HttpReply handleArm(SandboxService &svc, const HttpCall &call, const QStringList &segments);
HttpReply handleControl(SandboxService &svc, const HttpCall &call, const QStringList &segments);
// Validates the bearer token of an ARM call; a 401 reply when it is missing, unknown or expired.
std::optional<HttpReply> checkArmToken(SandboxService &svc, const HttpCall &call);
// Approves (or declines) a pending device code by its user code; false when unknown.
bool approveDeviceCode(SandboxService &svc, const QString &userCode, bool decline);

} // namespace cw::sandbox
