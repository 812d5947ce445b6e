#pragma once
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <optional>

#include "azure/ComputeService.h"
#include "clusters/ClusterDetailsText.h"

namespace cw::session {
class Session;
}
namespace cw::ops {
class TlsRecovery;
}

namespace cw::ui {

// Fetches, asynchronously and in parallel, the AKS cluster behind an AKS compute (through the
// session's ManagedClusterService, then the region's orchestrators for upgrades) and, when TLS
// is enabled, the certificate azureml-fe serves (listKeys → kubeconfig → the azuremlfessl
// secret → src/tls parsing). The key read along with the certificate is dropped at once.
// changed() after each answer; a loader is for one compute: the view drops the loader of a
// compute that is no longer selected, so late answers never reach the panel.
class ClusterFactsLoader : public QObject
{
    Q_OBJECT
public:
    ClusterFactsLoader(session::Session *session, WorkspaceRef workspace, QString computeName,
                       QString aksResourceId, bool tlsEnabled, QObject *parent = nullptr);
    ~ClusterFactsLoader() override;

    // Before start(): a Kubernetes (v2) compute also reads the compute (instance types with
    // requests and limits) and the Azure ML extension on its cluster; a v1 AKS compute also
    // checks what moving it to v2 needs (MoveToV2Check, once the cluster is read).
    void setKubernetesCompute(bool kubernetes) { m_kubernetes = kubernetes; }
    void setMoveToV2Check(bool check) { m_moveCheck = check; }

    void start();
    const LiveClusterFacts &facts() const { return m_facts; }
    QString computeName() const { return m_computeName; }

Q_SIGNALS:
    void changed();

private:
    void loadUpgrades(const azure::ManagedCluster &cluster);
    void onCertificate(const QByteArray &certPem, const QString &error);
    void loadKubernetes();
    void checkMove(const azure::ManagedCluster &cluster);

    session::Session *m_session;
    WorkspaceRef m_workspace;
    QString m_computeName;
    QString m_aksResourceId;
    bool m_tlsEnabled;
    bool m_kubernetes = false;
    bool m_moveCheck = false;
    LiveClusterFacts m_facts;
    QList<QPointer<azure::ServiceJob>> m_jobs;
};

} // namespace cw::ui
