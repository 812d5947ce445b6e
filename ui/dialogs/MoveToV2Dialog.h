#pragma once
#include <QDialog>
#include <QMap>

#include <memory>
#include <optional>

#include "ops/OperationRecord.h"
#include "rules/Finding.h"

class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace cw::ops {
class OperationRunner;
}

namespace cw::ui {

namespace Ui {
class MoveToV2Dialog;
}

// "Move to v2…" of a v1 AKS compute (issue 15, item 4): shows the plan's steps (recover TLS →
// detach v1 → delete the eight legacy components, listed → install the Azure ML extension with
// the carried-over settings → attach as a Kubernetes compute, name and namespace editable →
// verify), the cluster's v2 preflight (an error blocks the move) and asks the compute's name to
// be typed before OperationRunner::startMigrate. The steps then run live; "Run in background"
// leaves the operation to the operations dock. A failure shows the record's words (the state the
// cluster is in) and offers the way back: attach it again as v1 with the recovered certificate
// (startAttachBack). The preflight is the caller's (MoveToV2Check): this dialog only shows it.
// The layout is a Designer form (MoveToV2Dialog.ui).
class MoveToV2Dialog : public QDialog
{
    Q_OBJECT
public:
    MoveToV2Dialog(ops::OperationRunner *runner, WorkspaceRef workspace, QString computeName,
                   QWidget *parent = nullptr);
    ~MoveToV2Dialog() override;

    // The preflight's answer: its findings (an error blocks the move), or why it could not run.
    void setPreflight(const rules::Findings &findings);
    void setPreflightError(const QString &error);
    // The extension settings the move carries over from the v1 compute, and whether a Succeeded
    // Azure ML extension on the cluster is reused instead of installed.
    void setCarriedOver(const QMap<QString, QString> &settings, const QString &reusedExtension = {});

    QString operationId() const { return m_id; }
    QTreeWidget *stepsView() const;
    QLineEdit *newNameEdit() const;
    QLineEdit *namespaceEdit() const;
    QLineEdit *confirmEdit() const;
    QPushButton *moveButton() const { return m_start; }
    QPushButton *attachBackButton() const { return m_attachBack; }
    QString message() const;
    QString preflightText() const;

public Q_SLOTS:
    void startOperation();
    void attachBack();

Q_SIGNALS:
    void operationStarted(const QString &id);

private:
    void updateStart();
    void showPlan();
    void showDetails();
    void showRecord(const ops::OperationRecord &record);

    ops::OperationRunner *m_runner;
    WorkspaceRef m_workspace;
    QString m_computeName;
    QString m_id;     // the move
    QString m_backId; // its way back, once asked for
    std::optional<rules::Findings> m_findings;
    QString m_preflightError;
    QMap<QString, QString> m_settings;
    QString m_reused;
    std::unique_ptr<Ui::MoveToV2Dialog> m_ui;
    QPushButton *m_start = nullptr;
    QPushButton *m_resume = nullptr;
    QPushButton *m_attachBack = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace cw::ui
