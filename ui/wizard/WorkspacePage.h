#pragma once
// Page 1: environment (Sandbox or an Azure cloud after sign-in), subscription and workspace,
// loaded asynchronously with spinners and retry.
#include <QWizardPage>

class QComboBox;
class QLabel;
class QPushButton;

namespace cw::ui {

class LoadingPicker;
class WizardController;

class WorkspacePage : public QWizardPage
{
    Q_OBJECT
public:
    WorkspacePage(WizardController *controller, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

Q_SIGNALS:
    // The user wants another environment ("Sandbox", "AzureCloud", ...): whoever owns the
    // session signs in (ui/signin) and gives the controller a new backend.
    void environmentRequested(const QString &cloudName);

private:
    void showSubscriptions();
    void showWorkspaces();
    void onWorkspaceChosen();

    WizardController *m_controller;
    QComboBox *m_environment;
    QLabel *m_environmentStatus;
    LoadingPicker *m_subscription;
    LoadingPicker *m_workspace;
    bool m_loadedOnce = false;
};

} // namespace cw::ui
