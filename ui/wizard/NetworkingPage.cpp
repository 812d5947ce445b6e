#include "wizard/NetworkingPage.h"

#include "rules/TlsRules.h"
#include "widgets/FindingsList.h"
#include "widgets/LoadBalancerEditor.h"
#include "widgets/NetworkingEditor.h"
#include "wizard/WizardController.h"
#include "wizard/WizardPages.h"

#include <QGroupBox>
#include <QVBoxLayout>

namespace cw::ui {

namespace {
// Only the load-balancer findings (the TLS ones are the next page's business).
rules::Findings loadBalancerFindings(const rules::ComputeSpec &spec)
{
    rules::ComputeSpec probe = spec;
    probe.tls = {};
    return rules::validateTlsAndLoadBalancer(probe);
}
} // namespace

NetworkingPage::NetworkingPage(WizardController *controller, QWidget *parent)
    : QWizardPage(parent)
    , m_controller(controller)
    , m_network(new NetworkingEditor(this))
    , m_loadBalancer(new LoadBalancerEditor(this))
    , m_lbFindings(new FindingsList(this))
{
    setObjectName(QStringLiteral("networkingPage"));
    setTitle(tr("Networking"));
    auto *lbBox = new QGroupBox(tr("Scoring endpoint"), this);
    auto *lbLayout = new QVBoxLayout(lbBox);
    lbLayout->addWidget(m_loadBalancer);
    lbLayout->addWidget(m_lbFindings);
    m_lbFindings->setObjectName(QStringLiteral("loadBalancerFindings"));
    m_lbFindings->setAccessibleName(tr("Load balancer checks"));
    m_lbFindings->setMaximumHeight(fontMetrics().height() * 4);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_network, 3);
    layout->addWidget(lbBox, 1);
    connect(m_network, &NetworkingEditor::changed, this, &NetworkingPage::update);
    connect(m_loadBalancer, &LoadBalancerEditor::changed, this, &NetworkingPage::update);
}

void NetworkingPage::initializePage()
{
    const bool create = m_controller->spec().isCreate();
    setSubTitle(create ? tr("Use the default network, or bring your own virtual network (all six fields).")
                       : tr("The cluster keeps its own network; choose how the scoring endpoint is reached."));
    m_network->setVisible(create);
    m_loadBalancer->setNote(create ? QString()
                                   : tr("For an attached cluster the internal load balancer is applied as an "
                                        "update right after the attach."));
    update();
}

void NetworkingPage::update()
{
    rules::ComputeSpec &spec = m_controller->spec();
    spec.networking = spec.isCreate() ? m_network->value() : rules::NetworkingSpec{};
    spec.loadBalancer = m_loadBalancer->type();
    spec.loadBalancerSubnet = m_loadBalancer->subnet();
    const rules::Findings findings = loadBalancerFindings(spec);
    m_lbFindings->setFindings(findings);
    m_lbFindings->setVisible(!findings.isEmpty());
    Q_EMIT completeChanged();
}

bool NetworkingPage::isComplete() const
{
    const rules::ComputeSpec &spec = m_controller->spec();
    if (spec.isCreate() && !m_network->isValid())
        return false;
    return !rules::hasErrors(loadBalancerFindings(spec));
}

int NetworkingPage::nextId() const
{
    return TlsPageId;
}

} // namespace cw::ui
