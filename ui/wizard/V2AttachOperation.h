#pragma once
// The Azure ML v2 attach as the progress page sees it: first the Azure ML cluster extension is
// installed (ExtensionService's long-running PUT, its status and percent shown as they come; a
// failed health check ends it with the extension's statuses, E4000x and their messages) or an
// installed one is reused; then the Kubernetes compute is attached as a journaled operation of
// the OperationRunner (startAttachKubernetes: check the name, PUT once, wait, verify), whose
// steps follow the extension's in the list. Parented to the backend, it goes on after "Run in
// background". The install is not journaled: the extension PUT is idempotent (200 on an existing
// one), so running the wizard again after a crash repeats it harmlessly; the attach PUT, which is
// not, is the runner's.
#include "wizard/WizardBackend.h"
#include "wizard/WizardOperation.h"

#include <QPointer>

namespace cw::arm {
class ArmConnection;
struct LroProgress;
}
namespace cw::ops {
class OperationRunner;
struct OperationRecord;
}

namespace cw::ui {

class V2AttachOperation : public WizardOperation
{
    Q_OBJECT
public:
    V2AttachOperation(arm::ArmConnection *connection, ops::OperationRunner *runner, V2AttachRequest request,
                      int pollIntervalMs, QObject *parent);

    void start();

private:
    void onExtensionProgress(const arm::LroProgress &progress);
    void attach();
    void onRecord(const ops::OperationRecord &record);
    void publishSteps();

    QPointer<arm::ArmConnection> m_connection;
    QPointer<ops::OperationRunner> m_runner;
    V2AttachRequest m_request;
    int m_pollIntervalMs;
    OperationStep m_extensionStep;
    QList<OperationStep> m_attachSteps;
    QString m_attachId;
};

} // namespace cw::ui
