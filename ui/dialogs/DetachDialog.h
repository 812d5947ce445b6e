#pragma once
#include <QDialog>
#include <QPointer>

#include <memory>

#include "ops/OperationRecord.h"

class QPushButton;

namespace cw::arm {
class ArmConnection;
}

namespace cw::ui {

namespace Ui {
class DetachDialog;
}

// Confirms a detach: says that the AKS cluster is not deleted and that the azureml-fe objects
// stay on it, and, when TLS is enabled, offers "Save the TLS certificate and key first"
// (recovered from the cluster's azuremlfessl secret, written to a folder, key 0600). Accepting
// emits detachConfirmed(); the caller starts the operation (OperationRunner::startDetach).
// The layout is a Designer form (DetachDialog.ui).
class DetachDialog : public QDialog
{
    Q_OBJECT
public:
    DetachDialog(arm::ArmConnection *connection, WorkspaceRef workspace, QString computeName,
                 bool tlsEnabled, QWidget *parent = nullptr);
    ~DetachDialog() override;

    // Saves the certificate and key into `folder` (tests call this instead of the folder picker).
    void saveTlsTo(const QString &folder);
    QString lastMessage() const;

Q_SIGNALS:
    void detachConfirmed(const cw::WorkspaceRef &workspace, const QString &computeName);
    void tlsSaved(bool ok, const QString &message);

private:
    void chooseFolder();
    void updateButtons();

    arm::ArmConnection *m_connection;
    WorkspaceRef m_workspace;
    QString m_computeName;
    bool m_tlsEnabled;
    bool m_saved = false;
    bool m_saving = false;
    std::unique_ptr<Ui::DetachDialog> m_ui;
    QPushButton *m_detachButton = nullptr;
};

} // namespace cw::ui
