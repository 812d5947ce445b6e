#pragma once
// Azure ML v2, page 5: the Kubernetes compute: its name in the workspace (the compute name rules),
// the Kubernetes namespace its workloads run in (default "default"), and the instance types with
// the default one (InstanceTypesEditor); live findings, Next disabled on an error.
#include <QWizardPage>

class QLineEdit;

namespace cw::ui {

class FindingsList;
class InstanceTypesEditor;
class WizardController;

class V2ComputePage : public QWizardPage
{
    Q_OBJECT
public:
    V2ComputePage(WizardController *controller, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

private:
    void update();

    WizardController *m_controller;
    QLineEdit *m_name;
    QLineEdit *m_namespace;
    InstanceTypesEditor *m_types;
    FindingsList *m_findings;
    bool m_initialized = false;
    bool m_initializing = false;
};

} // namespace cw::ui
