#pragma once
// Page 3 (create): compute name with live validation and uniqueness, purpose with the dev-test
// caveats, region, searchable VM size picker, node count, vCPU meter, Kubernetes versions.
#include "rules/Finding.h"

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTreeWidget;

namespace cw::ui {

class BusySpinner;
class FindingsList;
class VcpuMeter;
class WizardController;

class SizePage : public QWizardPage
{
    Q_OBJECT
public:
    SizePage(WizardController *controller, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

private:
    QWidget *buildNameGroup();
    QWidget *buildSizeGroup();
    void fillSizes();
    void fillVersions();
    // The region picker from the subscription's locations (loading, failed with Retry, loaded).
    void fillRegions();
    void regionChosen();
    void update();

    WizardController *m_controller;
    QLineEdit *m_name = nullptr;
    BusySpinner *m_nameSpinner = nullptr;
    FindingsList *m_nameFindings = nullptr;
    QRadioButton *m_production = nullptr;
    QRadioButton *m_devTest = nullptr;
    QLabel *m_purposeNote = nullptr;
    QComboBox *m_region = nullptr;
    BusySpinner *m_regionSpinner = nullptr;
    QLabel *m_regionStatus = nullptr;
    QPushButton *m_regionRetry = nullptr;
    QLineEdit *m_sizeFilter = nullptr;
    QTreeWidget *m_sizes = nullptr;
    QSpinBox *m_nodes = nullptr;
    VcpuMeter *m_meter = nullptr;
    FindingsList *m_sizeFindings = nullptr;
    QLabel *m_versions = nullptr;
    rules::Findings m_findings;
};

} // namespace cw::ui
