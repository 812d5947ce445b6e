#include "widgets/NetworkingEditor.h"

#include "rules/NetworkRules.h"
#include "widgets/FindingsList.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace cw::ui {

NetworkingEditor::NetworkingEditor(QWidget *parent)
    : QWidget(parent)
    , m_advanced(new QCheckBox(tr("Use an e&xisting virtual network (advanced)"), this))
    , m_fields(new QWidget(this))
    , m_list(new FindingsList(this))
{
    setObjectName(QStringLiteral("networkingEditor"));
    m_advanced->setObjectName(QStringLiteral("advancedNetworking"));
    m_advanced->setAccessibleName(tr("Use an existing virtual network"));
    auto *form = new QFormLayout(m_fields);
    form->setContentsMargins(0, 0, 0, 0);
    m_vnetName = addField(form, tr("Virtual ne&twork:"), "vnetName", tr("e.g. mynetwork"));
    m_vnetResourceGroup = addField(form, tr("Its &resource group:"), "vnetResourceGroup", tr("e.g. mygroup"));
    m_subnetName = addField(form, tr("S&ubnet:"), "subnetName", tr("e.g. default"));
    m_serviceCidr = addField(form, tr("Ser&vice CIDR:"), "serviceCidr", QStringLiteral("10.0.0.0/16"));
    m_dnsServiceIp = addField(form, tr("&DNS service IP:"), "dnsServiceIp", QStringLiteral("10.0.0.10"));
    m_dockerBridgeCidr = addField(form, tr("Doc&ker bridge CIDR:"), "dockerBridgeCidr",
                                  QStringLiteral("172.17.0.1/16"));
    m_list->setObjectName(QStringLiteral("networkingFindings"));
    m_list->setAccessibleName(tr("Networking checks"));

    auto *hint = new QLabel(tr("Fill in all six fields or none. The DNS service IP must lie inside the "
                               "service CIDR, and the ranges must not overlap the subnet."), this);
    hint->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_advanced);
    layout->addWidget(hint);
    layout->addWidget(m_fields);
    layout->addWidget(m_list, 1);

    connect(m_advanced, &QCheckBox::toggled, this, [this](bool on) {
        m_fields->setEnabled(on);
        revalidate();
    });
    m_fields->setEnabled(false);
    revalidate();
}

QLineEdit *NetworkingEditor::addField(QFormLayout *form, const QString &label, const char *objectName,
                                      const QString &placeholder)
{
    auto *edit = new QLineEdit(m_fields);
    edit->setObjectName(QLatin1String(objectName));
    edit->setPlaceholderText(placeholder);
    auto *buddy = new QLabel(label, m_fields);
    buddy->setBuddy(edit);
    QString accessible = label;
    accessible.remove(QLatin1Char('&'));
    accessible.chop(1); // the colon
    edit->setAccessibleName(accessible);
    form->addRow(buddy, edit);
    connect(edit, &QLineEdit::textChanged, this, &NetworkingEditor::revalidate);
    return edit;
}

rules::NetworkingSpec NetworkingEditor::value() const
{
    if (!m_advanced->isChecked())
        return {};
    return {m_vnetName->text().trimmed(),    m_vnetResourceGroup->text().trimmed(),
            m_subnetName->text().trimmed(),  m_serviceCidr->text().trimmed(),
            m_dnsServiceIp->text().trimmed(), m_dockerBridgeCidr->text().trimmed()};
}

void NetworkingEditor::setValue(const rules::NetworkingSpec &spec)
{
    m_advanced->setChecked(!spec.isEmpty());
    m_vnetName->setText(spec.vnetName);
    m_vnetResourceGroup->setText(spec.vnetResourceGroup);
    m_subnetName->setText(spec.subnetName);
    m_serviceCidr->setText(spec.serviceCidr);
    m_dnsServiceIp->setText(spec.dnsServiceIp);
    m_dockerBridgeCidr->setText(spec.dockerBridgeCidr);
    revalidate();
}

bool NetworkingEditor::isAdvanced() const
{
    return m_advanced->isChecked();
}

void NetworkingEditor::setReadOnly(bool readOnly)
{
    m_advanced->setEnabled(!readOnly);
    for (QLineEdit *edit : m_fields->findChildren<QLineEdit *>())
        edit->setReadOnly(readOnly);
}

void NetworkingEditor::revalidate()
{
    m_findings = isAdvanced() ? rules::validateChosenNetworking(value()) : rules::Findings{};
    m_list->setAllClearText(isAdvanced() ? tr("The network settings are consistent.")
                                         : tr("A new virtual network is created with the cluster."));
    m_list->setFindings(m_findings);
    Q_EMIT changed();
}

} // namespace cw::ui
