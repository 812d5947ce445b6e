#pragma once
// Page 5: TLS of the scoring endpoint (ui/widgets' TlsEditor), disabled with the reason when an
// internal load balancer was chosen.
#include <QWizardPage>

namespace cw::ui {

class TlsEditor;
class WizardController;

class TlsPage : public QWizardPage
{
    Q_OBJECT
public:
    TlsPage(WizardController *controller, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;
    TlsEditor *editor() const { return m_editor; }

private:
    void update();

    WizardController *m_controller;
    TlsEditor *m_editor;
};

} // namespace cw::ui
