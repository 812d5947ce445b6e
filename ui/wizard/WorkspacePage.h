#pragma once
// Page 1: environment (Sandbox or an Azure cloud after sign-in), subscription and workspace,
// loaded asynchronously with spinners and retry. The layout is a Designer form (WorkspacePage.ui).
#include <QWizardPage>

#include <memory>

namespace cw::ui {

namespace Ui {
class WorkspacePage;
}

class WizardController;

class WorkspacePage : public QWizardPage
{
    Q_OBJECT
public:
    WorkspacePage(WizardController *controller, QWidget *parent = nullptr);
    ~WorkspacePage() override;

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
    std::unique_ptr<Ui::WorkspacePage> m_ui;
    bool m_loadedOnce = false;
};

} // namespace cw::ui
