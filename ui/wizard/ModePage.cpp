#include "wizard/ModePage.h"

#include "wizard/WizardController.h"
#include "wizard/WizardPages.h"

#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace cw::ui {

namespace {
QLabel *explanation(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setContentsMargins(24, 0, 0, 8);
    return label;
}
} // namespace

ModePage::ModePage(WizardController *controller, QWidget *parent)
    : QWizardPage(parent)
    , m_controller(controller)
    , m_create(new QRadioButton(tr("&Create a new AKS cluster"), this))
    , m_attach(new QRadioButton(tr("&Attach an existing AKS cluster"), this))
{
    setObjectName(QStringLiteral("modePage"));
    setTitle(tr("Create or attach"));
    setSubTitle(tr("An inference cluster is an Azure Kubernetes Service cluster the workspace deploys models to."));
    m_create->setObjectName(QStringLiteral("modeCreate"));
    m_create->setAccessibleName(tr("Create a new AKS cluster"));
    m_attach->setObjectName(QStringLiteral("modeAttach"));
    m_attach->setAccessibleName(tr("Attach an existing AKS cluster"));
    m_create->setChecked(true);

    auto *createText = explanation(tr("Azure Machine Learning creates the cluster for you, in the region and "
                                      "size you choose, with the region's default Kubernetes version."), this);
    auto *attachText = explanation(tr("Use a cluster that already exists in the workspace's subscription, "
                                      "possibly in another region."), this);
    auto *limits = new QLabel(tr("<b>Attach is the only way</b> when the cluster needs a Standard Load "
                                 "Balancer, a private API server (Private Link) or authorized IP ranges "
                                 "on the API server: create it in AKS first, then attach it here."), this);
    limits->setObjectName(QStringLiteral("modeLimitations"));
    limits->setWordWrap(true);
    limits->setTextFormat(Qt::RichText);
    m_attach->setAccessibleDescription(limits->text().remove(QStringLiteral("<b>")).remove(QStringLiteral("</b>")));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_create);
    layout->addWidget(createText);
    layout->addWidget(m_attach);
    layout->addWidget(attachText);
    layout->addSpacing(12);
    layout->addWidget(limits);
    layout->addStretch(1);

    connect(m_attach, &QRadioButton::toggled, this, [this](bool attach) {
        m_controller->spec().mode = attach ? rules::ComputeMode::Attach : rules::ComputeMode::Create;
        if (attach)
            m_controller->loadClusters();
    });
}

int ModePage::nextId() const
{
    return m_attach->isChecked() ? ClusterPageId : SizePageId;
}

} // namespace cw::ui
