#include "wizard/TlsPage.h"

#include "rules/TlsRules.h"
#include "widgets/TlsEditor.h"
#include "wizard/WizardController.h"
#include "wizard/WizardPages.h"

#include <QVBoxLayout>

namespace cw::ui {

namespace {
// Why TLS cannot be used with this spec's load balancer, in the rule's own words (empty: it can).
QString unavailableReason(const rules::ComputeSpec &spec)
{
    rules::ComputeSpec probe = spec;
    probe.tls = {};
    probe.tls.mode = rules::TlsMode::LeafLabel;
    probe.tls.leafLabel = QStringLiteral("probe");
    probe.loadBalancerSubnet = probe.loadBalancerSubnet.isEmpty() ? QStringLiteral("subnet") : probe.loadBalancerSubnet;
    for (const rules::Finding &f : rules::validateTlsAndLoadBalancer(probe)) {
        if (f.severity == rules::Severity::Error)
            return f.message;
    }
    return {};
}
} // namespace

TlsPage::TlsPage(WizardController *controller, QWidget *parent)
    : QWizardPage(parent)
    , m_controller(controller)
    , m_editor(new TlsEditor(this))
{
    setObjectName(QStringLiteral("tlsPage"));
    setTitle(tr("TLS"));
    setSubTitle(tr("Serve the scoring endpoint over HTTPS with a Microsoft certificate or your own."));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_editor);
    connect(m_editor, &TlsEditor::changed, this, &TlsPage::update);
}

void TlsPage::initializePage()
{
    m_editor->setRegion(m_controller->spec().effectiveRegion());
    m_editor->setUnavailableReason(unavailableReason(m_controller->spec()));
    update();
}

void TlsPage::update()
{
    m_controller->spec().tls = m_editor->value();
    if (m_editor->inspection())
        m_controller->setCertificateFacts(WizardController::certificateFacts(*m_editor->inspection()));
    else
        m_controller->setCertificateFacts(std::nullopt);
    Q_EMIT completeChanged();
}

bool TlsPage::isComplete() const
{
    return m_editor->isComplete();
}

int TlsPage::nextId() const
{
    return ReviewPageId;
}

} // namespace cw::ui
