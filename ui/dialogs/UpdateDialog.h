#pragma once
#include <QDialog>

#include <nlohmann/json.hpp>

#include "ops/OperationRecord.h"

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace cw::ops {
class OperationRunner;
}

namespace cw::ui {

// What the in-place update dialogs (TLS certificate, node count, load balancer) share: the
// compute they act on, an introduction, their own controls, an apply button beside Cancel, and
// starting exactly one update through the runner when it is applied.
class UpdateDialog : public QDialog
{
    Q_OBJECT
public:
    QPushButton *applyButton() const { return m_apply; }
    QString operationId() const { return m_id; }

public Q_SLOTS:
    // Starts the update (once, and only while the apply button is enabled) and closes.
    void startOperation();

Q_SIGNALS:
    void operationStarted(const QString &id);

protected:
    UpdateDialog(ops::OperationRunner *runner, WorkspaceRef workspace, QString computeName,
                 const QString &applyText, QWidget *parent);

    struct Update {
        nlohmann::json patch;
        QString summary; // what the operations view calls it
    };
    // The update the controls describe now; called only when applying.
    virtual Update update() const = 0;

    const QString &computeName() const { return m_computeName; }
    void setIntro(const QString &html);
    // Between the introduction and the buttons: the dialog's own controls.
    QVBoxLayout *contentLayout() const { return m_content; }
    // Enabled when `ready` and no update was started yet.
    void setApplyEnabled(bool ready);

private:
    ops::OperationRunner *m_runner;
    WorkspaceRef m_workspace;
    QString m_computeName;
    QString m_id;
    QLabel *m_intro;
    QVBoxLayout *m_content;
    QPushButton *m_apply;
};

} // namespace cw::ui
