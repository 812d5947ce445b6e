#pragma once
// Page 4: create: default or advanced virtual network and the load balancer; attach: only the
// load balancer (applied as an update after the attach).
#include <QWizardPage>

namespace cw::ui {

class FindingsList;
class LoadBalancerEditor;
class NetworkingEditor;
class WizardController;

class NetworkingPage : public QWizardPage
{
    Q_OBJECT
public:
    NetworkingPage(WizardController *controller, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

private:
    void update();

    WizardController *m_controller;
    NetworkingEditor *m_network;
    LoadBalancerEditor *m_loadBalancer;
    FindingsList *m_lbFindings;
};

} // namespace cw::ui
