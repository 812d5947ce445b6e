#pragma once
#include <QDialog>

#include "ops/OperationRecord.h"

class QLabel;
class QPushButton;

namespace cw::ops {
class OperationRunner;
}

namespace cw::ui {

class TlsEditor;

// "Renew/replace TLS certificate…": the TLS editor (a Microsoft certificate for a leaf domain
// label, or custom certificate files with their CNAME), checked live; Apply starts an update
// (OperationRunner::startUpdate) whose sslConfiguration export's body builder writes, and the
// operations view follows it.
class TlsCertificateDialog : public QDialog
{
    Q_OBJECT
public:
    TlsCertificateDialog(ops::OperationRunner *runner, ops::WorkspaceRef workspace, QString computeName,
                         QString region, QWidget *parent = nullptr);

    TlsEditor *editor() const { return m_editor; }
    QPushButton *applyButton() const { return m_apply; }
    QString operationId() const { return m_id; }

public Q_SLOTS:
    void startOperation();

Q_SIGNALS:
    void operationStarted(const QString &id);

private:
    void updateButtons();

    ops::OperationRunner *m_runner;
    ops::WorkspaceRef m_workspace;
    QString m_computeName;
    QString m_id;
    TlsEditor *m_editor;
    QLabel *m_hint;
    QPushButton *m_apply;
};

} // namespace cw::ui
