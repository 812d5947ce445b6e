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

    m_ui->modeAttachV2->setAccessibleDescription(m_ui->attachV2Text->text());
    // Attach v1 and v2 share the cluster page; v2 goes on to the extension and compute pages.
    const auto chosen = [this] {
        const bool attach = m_ui->modeAttach->isChecked() || m_ui->modeAttachV2->isChecked();
        m_controller->spec().mode = attach ? rules::ComputeMode::Attach : rules::ComputeMode::Create;
        m_controller->setV2Mode(m_ui->modeAttachV2->isChecked());
        if (attach && m_controller->clustersState() != LoadState::Loading)
            m_controller->loadClusters();
    };
    connect(m_ui->modeAttach, &QRadioButton::toggled, this, [chosen](bool on) {
        if (on)
            chosen();
    });
    connect(m_ui->modeAttachV2, &QRadioButton::toggled, this, [chosen](bool on) {
        if (on)
            chosen();
    });
    connect(m_ui->modeCreate, &QRadioButton::toggled, this, [chosen](bool on) {
        if (on)
            chosen();
    });
}

ModePage::~ModePage() = default;

int ModePage::nextId() const
{
    return m_ui->modeAttach->isChecked() || m_ui->modeAttachV2->isChecked() ? ClusterPageId : SizePageId;
}

} // namespace cw::ui
