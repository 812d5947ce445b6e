#pragma once
#include <QDialog>

#include <memory>

#include "ops/OperationRecord.h"

class QPushButton;

namespace cw::ui {

namespace Ui {
class DeleteComputeDialog;
}

// Confirms "Delete with its AKS cluster…" for a compute the workspace created: names the compute
// and the AKS cluster (with its resource group), says that the cluster, its nodes and everything
// deployed on it are deleted and that this cannot be undone. Cancel is the default button (Enter
// and Esc both keep everything); accepting emits deleteConfirmed() and the caller starts the
// same operation as the CLI's `detach --delete-cluster` (OperationRunner::startDetach(..., true)).
// The layout is a Designer form (DeleteComputeDialog.ui); the code fills in the names.
class DeleteComputeDialog : public QDialog
{
    Q_OBJECT
public:
    DeleteComputeDialog(WorkspaceRef workspace, QString computeName, QString aksResourceId,
                        QWidget *parent = nullptr);
    ~DeleteComputeDialog() override;

    QPushButton *deleteButton() const { return m_delete; }
    QPushButton *cancelButton() const { return m_cancel; }
    QString text() const;

Q_SIGNALS:
    void deleteConfirmed(const cw::WorkspaceRef &workspace, const QString &computeName);

private:
    WorkspaceRef m_workspace;
    QString m_computeName;
    std::unique_ptr<Ui::DeleteComputeDialog> m_ui;
    QPushButton *m_delete = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace cw::ui
