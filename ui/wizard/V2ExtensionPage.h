#pragma once
// Azure ML v2, page 4: the Azure ML cluster extension's settings: inference (always on) and
// training, the inference router's service type, an internal load balancer (with loadBalancer
// only), TLS by certificate upload (ui/widgets' TlsEditor, custom certificate only: the PEM pair
// goes as protected settings) or HTTP with an explicit warning, router high availability from the
// purpose, an optional node selector; live findings of rules::checkExtensionConfiguration, Next
// disabled on an error. When the cluster's Succeeded extension is reused the page shows its
// settings read-only. Built in code like the TLS page (it embeds the TlsEditor).
#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace cw::ui {

class FindingsList;
class TlsEditor;
class WizardController;

class V2ExtensionPage : public QWizardPage
{
    Q_OBJECT
public:
    V2ExtensionPage(WizardController *controller, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

private:
    void update();

    WizardController *m_controller;
    QWidget *m_editor;   // the settings
    QWidget *m_scroll = nullptr; // holds m_editor; hidden when the extension is reused
    QLabel *m_reused;    // the reused extension's settings
    QCheckBox *m_inference;
    QCheckBox *m_training;
    QComboBox *m_routerType;
    QCheckBox *m_internalLb;
    QRadioButton *m_https;
    QRadioButton *m_http;
    TlsEditor *m_tls;
    QLabel *m_httpWarning;
    QLabel *m_ha;
    QLineEdit *m_nodeSelector;
    FindingsList *m_findings;
};

} // namespace cw::ui
