#pragma once
#include <QDialog>

#include <memory>

#include "ops/OperationRecord.h"

class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace cw::ops {
class OperationRunner;
}

namespace cw::ui {

namespace Ui {
class ReattachDialog;
}

// "Re-attach to update": explains the guided operation, lets the user give the certificate
// files (else they are recovered from the cluster), starts OperationRunner::startReattach and
// shows its steps live, with the service's messages, "Resume" after a failure and "Run in
// background" (the operation goes on; the operations view follows it). The layout is a Designer
// form (ReattachDialog.ui).
class ReattachDialog : public QDialog
{
    Q_OBJECT
public:
    ReattachDialog(ops::OperationRunner *runner, WorkspaceRef workspace, QString computeName,
                   bool tlsEnabled, QWidget *parent = nullptr);
    ~ReattachDialog() override;

    QString operationId() const { return m_id; }
    // A cluster the workspace created comes back as an attached one: the dialog says so (Origin
    // becomes "Attached", Created resets, Scale is no longer offered) before anything starts.
    void setCreatedByWorkspace(bool created);
    QTreeWidget *stepsView() const;

public Q_SLOTS:
    void startOperation();

Q_SIGNALS:
    void operationStarted(const QString &id);

private:
    void showRecord(const ops::OperationRecord &record);
    void browse(QLineEdit *target, const QString &title);

    ops::OperationRunner *m_runner;
    WorkspaceRef m_workspace;
    QString m_computeName;
    QString m_id;
    bool m_tlsEnabled;
    std::unique_ptr<Ui::ReattachDialog> m_ui;
    QPushButton *m_start = nullptr;
    QPushButton *m_resume = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace cw::ui
