#include "wizard/ModePage.h"

#include "wizard/WizardController.h"
#include "wizard/WizardPages.h"

#include "ui_ModePage.h"

namespace cw::ui {

ModePage::ModePage(WizardController *controller, QWidget *parent)
    : QWizardPage(parent)
    , m_controller(controller)
    , m_ui(std::make_unique<Ui::ModePage>())
{
    m_ui->setupUi(this);
    // A screen reader reads the limitations with the attach choice, as plain text.
    m_ui->modeAttach->setAccessibleDescription(
        m_ui->modeLimitations->text().remove(QStringLiteral("<b>")).remove(QStringLiteral("</b>")));

    connect(m_ui->modeAttach, &QRadioButton::toggled, this, [this](bool attach) {
        m_controller->spec().mode = attach ? rules::ComputeMode::Attach : rules::ComputeMode::Create;
        if (attach)
            m_controller->loadClusters();
    });
}

ModePage::~ModePage() = default;

int ModePage::nextId() const
{
    return m_ui->modeAttach->isChecked() ? ClusterPageId : SizePageId;
}

} // namespace cw::ui
