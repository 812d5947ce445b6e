#pragma once
// Page 3 (create): compute name with live validation and uniqueness, purpose with the dev-test
// caveats, region, searchable VM size picker, node count, vCPU meter, Kubernetes versions.
// The layout is a Designer form (SizePage.ui).
#include "rules/Finding.h"

#include <QWizardPage>

#include <memory>

namespace cw::ui {

namespace Ui {
class SizePage;
}

class WizardController;

class SizePage : public QWizardPage
{
    Q_OBJECT
public:
    SizePage(WizardController *controller, QWidget *parent = nullptr);
    ~SizePage() override;

    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

private:
    void fillSizes();
    void fillVersions();
    // The region picker from the subscription's locations (loading, failed with Retry, loaded).
    void fillRegions();
    void regionChosen();
    void update();

    WizardController *m_controller;
    std::unique_ptr<Ui::SizePage> m_ui;
    rules::Findings m_findings;
};

} // namespace cw::ui
