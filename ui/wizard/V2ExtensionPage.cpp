#include "wizard/V2ExtensionPage.h"

#include "rules/ExtensionRules.h"
#include "widgets/FindingsList.h"
#include "widgets/TlsEditor.h"
#include "wizard/WizardController.h"
#include "wizard/WizardPages.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace cw::ui {

V2ExtensionPage::V2ExtensionPage(WizardController *controller, QWidget *parent)
    : QWizardPage(parent)
    , m_controller(controller)
    , m_editor(new QWidget(this))
    , m_reused(new QLabel(this))
    , m_inference(new QCheckBox(tr("&Inference (real-time and batch scoring)"), m_editor))
    , m_training(new QCheckBox(tr("&Training jobs as well"), m_editor))
    , m_routerType(new QComboBox(m_editor))
    , m_internalLb(new QCheckBox(tr("Internal load &balancer (a private IP address in the cluster's virtual network)"), m_editor))
    , m_https(new QRadioButton(tr("HTTP&S with my certificate"), m_editor))
    , m_http(new QRadioButton(tr("HTT&P only (no TLS)"), m_editor))
    , m_tls(new TlsEditor(m_editor))
    , m_httpWarning(new QLabel(m_editor))
    , m_ha(new QLabel(m_editor))
    , m_nodeSelector(new QLineEdit(m_editor))
    , m_findings(new FindingsList(this))
{
    setObjectName(QStringLiteral("v2ExtensionPage"));
    setTitle(tr("Azure ML extension"));
    setSubTitle(tr("The extension runs Azure ML's inference router and operators in the cluster's azureml namespace."));
    m_reused->setObjectName(QStringLiteral("v2ExtensionReused"));
    m_reused->setWordWrap(true);
    m_reused->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_inference->setObjectName(QStringLiteral("v2Inference"));
    m_inference->setChecked(true);
    m_inference->setEnabled(false); // the wizard attaches for inference
    m_inference->setToolTip(tr("Always on: this wizard attaches the cluster to deploy models to it."));
    m_training->setObjectName(QStringLiteral("v2Training"));
    m_routerType->setObjectName(QStringLiteral("v2RouterType"));
    m_routerType->setAccessibleName(tr("Router service type"));
    m_routerType->addItem(tr("Load balancer (a public or internal IP address)"), QStringLiteral("loadBalancer"));
    m_routerType->addItem(tr("Node port (each node's IP address and a port)"), QStringLiteral("nodePort"));
    m_routerType->addItem(tr("Cluster IP (inside the cluster only)"), QStringLiteral("clusterIP"));
    m_internalLb->setObjectName(QStringLiteral("v2InternalLoadBalancer"));
    m_https->setObjectName(QStringLiteral("v2Https"));
    m_http->setObjectName(QStringLiteral("v2Http"));
    auto *tlsGroup = new QButtonGroup(this);
    tlsGroup->addButton(m_https);
    tlsGroup->addButton(m_http);
    m_https->setChecked(true);
    // The extension takes a certificate and key of the user's (no Microsoft certificate, and
    // "none" is the HTTP choice above): only the editor's custom certificate panel is offered.
    m_tls->setObjectName(QStringLiteral("v2TlsEditor"));
    m_tls->setMode(rules::TlsMode::Custom);
    for (const char *name : {"tlsNone", "tlsLeaf", "tlsCustom"}) {
        if (auto *radio = m_tls->findChild<QRadioButton *>(QLatin1String(name)))
            radio->hide();
    }
    m_httpWarning->setObjectName(QStringLiteral("v2HttpWarning"));
    m_httpWarning->setWordWrap(true);
    m_httpWarning->setText(tr("<b>Warning:</b> scoring requests and their keys travel unencrypted. Use HTTP only for "
                              "tests inside a private network (allowInsecureConnections=True)."));
    m_ha->setObjectName(QStringLiteral("v2RouterHa"));
    m_ha->setWordWrap(true);
    m_nodeSelector->setObjectName(QStringLiteral("v2NodeSelector"));
    m_nodeSelector->setAccessibleName(tr("Node selector of the extension"));
    m_nodeSelector->setPlaceholderText(tr("optional: label=value, … (e.g. agentpool=system)"));
    m_findings->setObjectName(QStringLiteral("v2ExtensionFindings"));
    m_findings->setAccessibleName(tr("Checks of the extension settings"));
    m_findings->setAllClearText(tr("The extension settings pass every check."));

    auto *form = new QFormLayout;
    auto *workloads = new QVBoxLayout;
    workloads->addWidget(m_inference);
    workloads->addWidget(m_training);
    form->addRow(tr("Workloads:"), workloads);
    auto *routerLabel = new QLabel(tr("&Router service:"), m_editor);
    routerLabel->setBuddy(m_routerType);
    form->addRow(routerLabel, m_routerType);
    form->addRow(QString(), m_internalLb);
    auto *tlsChoice = new QHBoxLayout;
    tlsChoice->addWidget(m_https);
    tlsChoice->addWidget(m_http);
    tlsChoice->addStretch(1);
    form->addRow(tr("Scoring endpoint:"), tlsChoice);
    form->addRow(m_tls);
    form->addRow(m_httpWarning);
    form->addRow(tr("Router high availability:"), m_ha);
    auto *selectorLabel = new QLabel(tr("N&ode selector:"), m_editor);
    selectorLabel->setBuddy(m_nodeSelector);
    form->addRow(selectorLabel, m_nodeSelector);
    auto *editorLayout = new QVBoxLayout(m_editor);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addLayout(form);
    // The certificate card needs its height: the settings scroll rather than squeeze it, and the
    // findings keep room of their own below.
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("v2ExtensionScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus); // Tab goes to the settings inside, not to their frame
    scroll->setAccessibleName(tr("Extension settings"));
    scroll->setWidget(m_editor);
    m_findings->setMinimumHeight(90);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_reused);
    layout->addWidget(scroll, 3);
    layout->addWidget(m_findings, 1);
    m_scroll = scroll;

    setTabOrder(m_training, m_routerType);
    setTabOrder(m_routerType, m_internalLb);
    setTabOrder(m_internalLb, m_https);
    setTabOrder(m_https, m_http);

    connect(m_training, &QCheckBox::toggled, this, &V2ExtensionPage::update);
    connect(m_routerType, &QComboBox::currentIndexChanged, this, &V2ExtensionPage::update);
    connect(m_internalLb, &QCheckBox::toggled, this, &V2ExtensionPage::update);
    connect(m_https, &QRadioButton::toggled, this, &V2ExtensionPage::update);
    connect(m_tls, &TlsEditor::changed, this, &V2ExtensionPage::update);
    connect(m_nodeSelector, &QLineEdit::textChanged, this, &V2ExtensionPage::update);
}

void V2ExtensionPage::initializePage()
{
    const bool reused = m_controller->v2().reuseExtension;
    m_scroll->setVisible(!reused);
    m_reused->setVisible(reused);
    m_findings->setVisible(!reused);
    if (reused && m_controller->v2Cluster() && m_controller->v2Cluster()->extension) {
        const V2ClusterState &state = *m_controller->v2Cluster();
        QStringList lines;
        for (auto it = state.extensionSettings.cbegin(); it != state.extensionSettings.cend(); ++it)
            lines.append(QStringLiteral("%1 = %2").arg(it.key().toHtmlEscaped(), it.value().toHtmlEscaped()));
        m_reused->setText(tr("The Azure ML extension <b>%1</b> (version %2) is installed on the cluster and is reused as it "
                             "is; change its settings with <i>extension update</i> if needed. Its settings:")
                              .arg(state.extension->name.toHtmlEscaped(),
                                   state.extension->version.isEmpty() ? QStringLiteral("?") : state.extension->version.toHtmlEscaped())
                          + QStringLiteral("<br><tt>") + lines.join(QStringLiteral("<br>")) + QStringLiteral("</tt>"));
    }
    update();
}

void V2ExtensionPage::update()
{
    V2ExtensionChoices &choices = m_controller->v2().extension;
    choices.training = m_training->isChecked();
    choices.routerServiceType = m_routerType->currentData().toString();
    const bool loadBalancer = choices.routerServiceType == QLatin1String("loadBalancer");
    m_internalLb->setEnabled(loadBalancer);
    choices.internalLoadBalancer = loadBalancer && m_internalLb->isChecked();
    choices.https = m_https->isChecked();
    m_tls->setVisible(choices.https);
    m_httpWarning->setVisible(!choices.https);
    choices.tls = m_tls->value();
    m_controller->setV2CertificateFacts(choices.https && m_tls->inspection()
                                            ? std::optional(WizardController::certificateFacts(*m_tls->inspection()))
                                            : std::nullopt);
    choices.nodeSelector = m_nodeSelector->text();
    const bool production = m_controller->spec().purpose == rules::ClusterPurpose::FastProd;
    m_ha->setText(production ? tr("on: %1 router replicas on different nodes (production).").arg(rules::kRouterHaMinNodes)
                             : tr("off: one router replica (dev-test; inferenceRouterHA=False)."));
    rules::Findings findings = m_controller->v2ExtensionFindings();
    if (choices.https)
        findings += m_tls->findings(); // files missing or unreadable, as the v1 TLS page says it
    QString selectorError;
    if (!rules::parseNodeSelector(choices.nodeSelector, &selectorError))
        findings.append(rules::error(QStringLiteral("v2.nodeSelector"), QStringLiteral("nodeSelector"), selectorError));
    m_findings->setFindings(findings);
    Q_EMIT completeChanged();
}

bool V2ExtensionPage::isComplete() const
{
    if (m_controller->v2().reuseExtension)
        return true;
    if (m_controller->v2().extension.https && m_tls->isBusy())
        return false;
    QString selectorError;
    if (!rules::parseNodeSelector(m_controller->v2().extension.nodeSelector, &selectorError))
        return false;
    return !rules::hasErrors(m_controller->v2ExtensionFindings())
           && !(m_controller->v2().extension.https && rules::hasErrors(m_tls->findings()));
}

int V2ExtensionPage::nextId() const
{
    return V2ComputePageId;
}

} // namespace cw::ui
