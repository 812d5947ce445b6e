#pragma once
// Page 2: create a new cluster or attach an existing one, with the limitations that force attach.
#include <QWizardPage>

class QRadioButton;

namespace cw::ui {

class WizardController;

class ModePage : public QWizardPage
{
    Q_OBJECT
public:
    ModePage(WizardController *controller, QWidget *parent = nullptr);
    int nextId() const override;

private:
    WizardController *m_controller;
    QRadioButton *m_create;
    QRadioButton *m_attach;
};

} // namespace cw::ui
