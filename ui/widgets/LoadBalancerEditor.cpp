#include "widgets/LoadBalancerEditor.h"

#include <QButtonGroup>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace cw::ui {

LoadBalancerEditor::LoadBalancerEditor(QWidget *parent)
    : QWidget(parent)
    , m_public(new QRadioButton(tr("&Public IP address (reachable from the internet)"), this))
    , m_internal(new QRadioButton(tr("&Internal load balancer (private IP in the virtual network)"), this))
    , m_subnet(new QLineEdit(this))
    , m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("loadBalancerEditor"));
    m_public->setObjectName(QStringLiteral("lbPublic"));
    m_public->setAccessibleName(tr("Public load balancer"));
    m_internal->setObjectName(QStringLiteral("lbInternal"));
    m_internal->setAccessibleName(tr("Internal load balancer"));
    m_subnet->setObjectName(QStringLiteral("lbSubnet"));
    m_subnet->setAccessibleName(tr("Load balancer subnet"));
    m_subnet->setPlaceholderText(tr("subnet name, e.g. default"));
    m_note->setObjectName(QStringLiteral("lbNote"));
    m_note->setWordWrap(true);
    m_note->hide();
    auto *group = new QButtonGroup(this);
    group->addButton(m_public);
    group->addButton(m_internal);
    m_public->setChecked(true);

    auto *subnetLabel = new QLabel(tr("Subnet for the internal &load balancer:"), this);
    subnetLabel->setBuddy(m_subnet);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_public);
    layout->addWidget(m_internal);
    auto *row = new QFormLayout;
    row->setContentsMargins(24, 0, 0, 0);
    row->addRow(subnetLabel, m_subnet);
    layout->addLayout(row);
    layout->addWidget(m_note);
    m_subnet->setEnabled(false);

    connect(m_internal, &QRadioButton::toggled, this, [this](bool on) {
        m_subnet->setEnabled(on);
        Q_EMIT changed();
    });
    connect(m_subnet, &QLineEdit::textChanged, this, &LoadBalancerEditor::changed);
}

rules::LoadBalancerType LoadBalancerEditor::type() const
{
    return m_internal->isChecked() ? rules::LoadBalancerType::InternalLoadBalancer
                                   : rules::LoadBalancerType::PublicIp;
}

QString LoadBalancerEditor::subnet() const
{
    return m_internal->isChecked() ? m_subnet->text().trimmed() : QString();
}

void LoadBalancerEditor::setValue(rules::LoadBalancerType type, const QString &subnet)
{
    m_subnet->setText(subnet);
    (type == rules::LoadBalancerType::InternalLoadBalancer ? m_internal : m_public)->setChecked(true);
}

void LoadBalancerEditor::setNote(const QString &note)
{
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

} // namespace cw::ui
