#pragma once
// The create/attach wizard: Workspace → Create or attach → (Name, purpose and size | Pick the
// cluster) → Networking → TLS → Review → Progress; Azure ML v2: Workspace → mode → Pick the
// cluster → Azure ML extension → Kubernetes compute → Review → Progress. Pages keep what was typed when going Back;
// the state lives in the WizardController, the lists come from a WizardBackend.
#include <QWizard>

namespace cw::ui {

class WizardBackend;
class WizardController;
class WizardOperation;

class ComputeWizard : public QWizard
{
    Q_OBJECT
public:
    explicit ComputeWizard(WizardBackend *backend, QWidget *parent = nullptr);

    WizardController *controller() const { return m_controller; }
    // Goes back through the visited pages to pageId, keeping every input ("Fix and retry").
    void returnToPage(int pageId);

Q_SIGNALS:
    // The operation keeps running after the wizard closed (main window: operations view).
    void operationContinuesInBackground(cw::ui::WizardOperation *operation);
    // The user picked another environment on the first page.
    void environmentRequested(const QString &cloudName);

public:
    void reject() override;

private:
    // Keyboard focus belongs to the page on screen: after a page change it moves to the new
    // page's first control, and a widget of a page that is not shown never keeps it (typing after
    // Alt+N / Alt+B must not land in a hidden field, issue 16 item 1).
    void focusShownPage();
    void keepFocusOnShownPage(QWidget *now);
    QWizardPage *pageHolding(const QWidget *widget) const;

    WizardController *m_controller;
};

} // namespace cw::ui
