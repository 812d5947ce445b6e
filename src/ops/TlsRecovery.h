#pragma once
#include <QPointer>
#include <QString>

#include <memory>

#include "common/AsyncJob.h"
#include "ops/OperationRecord.h"
#include "secrets/SecretKey.h"
#include "tls/AzureMlFeSecret.h"

namespace cw::arm {
class ArmConnection;
}
namespace cw::kube {
class KubeClient;
}

namespace cw::ops {

// Where an operation keeps the TLS certificate and key it carries (the keychain, never the
// journal): the record's secretRef is this key's toString().
secrets::SecretKey operationSecretKey(const OperationRecord &record);

// Where a re-attach keeps the certificate and key it carries, in one sentence for the GUI and
// the CLI ("" when it carries none). Pure.
QString describeTlsKept(const OperationRecord &record);

// Recovers the certificate and key azureml-fe serves from a cluster attached to a workspace:
// listKeys on the compute → the admin kubeconfig → the `azuremlfessl` secret over mutual TLS.
// Emits finished() exactly once, from the event loop (an AsyncJob with Queued delivery, so a
// failure found before the caller connected still reaches it), and is KeptByOwner (its parent, or
// the stack). The material is key data: memory only.
class TlsRecovery : public AsyncJob
{
    Q_OBJECT
public:
    TlsRecovery(arm::ArmConnection *connection, WorkspaceRef workspace, QString computeName,
                QObject *parent = nullptr);
    ~TlsRecovery() override;
    // The same secret read through the AKS cluster itself (listClusterAdminCredential): what a
    // re-attach uses once its compute is detached (the detach keeps the secret on the cluster).
    static TlsRecovery *fromCluster(arm::ArmConnection *connection, const QString &aksResourceId,
                                    QObject *parent = nullptr);

Q_SIGNALS:
    // material.ok() false with material.message saying why.
    void finished(const cw::tls::TlsMaterial &material);

protected:
    void doStart() override;

private:
    void startFromCluster();
    void readSecret(const QByteArray &kubeconfigText);
    void fail(const QString &message);

    arm::ArmConnection *m_connection;
    WorkspaceRef m_workspace;
    QString m_computeName;
    QString m_aksResourceId; // set: read through the AKS cluster, not the compute
    std::unique_ptr<kube::KubeClient> m_kube;
};

} // namespace cw::ops
