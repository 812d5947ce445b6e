#pragma once
#include <QDialog>

#include "ops/OperationRecord.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTreeWidget;

namespace cw::ops {
class OperationRunner;
}

namespace cw::ui {

// "Re-attach to update": explains the guided operation, lets the user give the certificate
// files (else they are recovered from the cluster), starts OperationRunner::startReattach and
// shows its steps live, with the service's messages, "Resume" after a failure and "Run in
// background" (the operation goes on; the operations view follows it).
class ReattachDialog : public QDialog
{
    Q_OBJECT
public:
    ReattachDialog(ops::OperationRunner *runner, WorkspaceRef workspace, QString computeName,
                   bool tlsEnabled, QWidget *parent = nullptr);

    QString operationId() const { return m_id; }
    // A cluster the workspace created comes back as an attached one: the dialog says so (Origin
    // becomes "Attached", Created resets, Scale is no longer offered) before anything starts.
    void setCreatedByWorkspace(bool created);
    QTreeWidget *stepsView() const { return m_steps; }

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
    QRadioButton *m_fromCluster = nullptr;
    QRadioButton *m_fromFiles = nullptr;
    QLineEdit *m_certPath = nullptr;
    QLineEdit *m_keyPath = nullptr;
    QLineEdit *m_backupPath = nullptr; // the TLS backup file, the person's choice without a keychain
    QTreeWidget *m_steps;
    QLabel *m_message;
    QLabel *m_originWarning;
    QPushButton *m_start;
    QPushButton *m_resume;
    QPushButton *m_close;
};

} // namespace cw::ui
