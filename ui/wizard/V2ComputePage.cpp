#include "wizard/V2ComputePage.h"

#include "widgets/FindingsList.h"
#include "wizard/InstanceTypesEditor.h"
#include "wizard/WizardController.h"
#include "wizard/WizardPages.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cw::ui {

V2ComputePage::V2ComputePage(WizardController *controller, QWidget *parent)
    : QWizardPage(parent)
    , m_controller(controller)
    , m_name(new QLineEdit(this))
    , m_namespace(new QLineEdit(this))
    , m_types(new InstanceTypesEditor(this))
    , m_findings(new FindingsList(this))
{
    setObjectName(QStringLiteral("v2ComputePage"));
    setTitle(tr("Kubernetes compute"));
    setSubTitle(tr("The name the workspace knows the cluster by, and what each deployment's pods may use."));
    m_name->setObjectName(QStringLiteral("v2ComputeName"));
    m_name->setAccessibleName(tr("Compute name"));
    m_namespace->setObjectName(QStringLiteral("v2Namespace"));
    m_namespace->setAccessibleName(tr("Kubernetes namespace"));
    m_namespace->setText(QStringLiteral("default"));
    m_findings->setObjectName(QStringLiteral("v2ComputeFindings"));
    m_findings->setAccessibleName(tr("Checks of the compute"));
    m_findings->setAllClearText(tr("The compute's name, namespace and instance types pass every check."));

    auto *form = new QFormLayout;
    auto *nameLabel = new QLabel(tr("Compute &name:"), this);
    nameLabel->setBuddy(m_name);
    form->addRow(nameLabel, m_name);
    auto *namespaceLabel = new QLabel(tr("Kubernetes na&mespace:"), this);
    namespaceLabel->setBuddy(m_namespace);
    form->addRow(namespaceLabel, m_namespace);
    auto *typesLabel = new QLabel(tr("&Instance types:"), this);
    typesLabel->setBuddy(m_types->table());
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(typesLabel);
    layout->addWidget(m_types, 3);
    layout->addWidget(m_findings, 2);
    setTabOrder(m_name, m_namespace);
    setTabOrder(m_namespace, m_types->table());

    connect(m_name, &QLineEdit::textChanged, this, &V2ComputePage::update);
    connect(m_namespace, &QLineEdit::textChanged, this, &V2ComputePage::update);
    connect(m_types, &InstanceTypesEditor::changed, this, &V2ComputePage::update);
    connect(m_controller, &WizardController::computesChanged, this, [this] {
        if (isShownPage(wizard(), this))
            update();
    });
}

void V2ComputePage::initializePage()
{
    if (!m_initialized) {
        // The spec's starting values (the extension's default instance type); Back keeps edits.
        m_initialized = true;
        m_types->setValue(m_controller->v2().instanceTypes, m_controller->v2().defaultInstanceTypeName);
    }
    // QWizard shows the page after initializing it: write the spec now.
    m_initializing = true;
    update();
    m_initializing = false;
}

void V2ComputePage::update()
{
    if (!isShownPage(wizard(), this) && !m_initializing)
        return; // the v1 pages edit spec.name too: only the page on screen writes it
    m_controller->spec().name = m_name->text().trimmed();
    m_controller->v2().kubernetesNamespace = m_namespace->text().trimmed();
    m_controller->v2().instanceTypes = m_types->value();
    m_controller->v2().defaultInstanceTypeName = m_types->defaultName();
    m_findings->setFindings(m_controller->v2ComputeFindings());
    Q_EMIT completeChanged();
}

bool V2ComputePage::isComplete() const
{
    return !rules::hasErrors(m_controller->v2ComputeFindings());
}

int V2ComputePage::nextId() const
{
    return ReviewPageId;
}

} // namespace cw::ui
