#pragma once
// Page 2: create a new cluster or attach an existing one, with the limitations that force attach.
// The layout is a Designer form (ModePage.ui).
#include <QWizardPage>

#include <memory>

namespace cw::ui {

namespace Ui {
class ModePage;
}

class WizardController;

class ModePage : public QWizardPage
{
    Q_OBJECT
public:
    ModePage(WizardController *controller, QWidget *parent = nullptr);
    ~ModePage() override;
    int nextId() const override;

private:
    WizardController *m_controller;
    std::unique_ptr<Ui::ModePage> m_ui;
};

} // namespace cw::ui
