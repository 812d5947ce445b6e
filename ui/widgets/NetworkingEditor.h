#pragma once
// Bring-your-own virtual network (create only): default, or the six advanced fields (all or
// none) with live checks from rules::validateNetworking. Reused by the wizard and by the
// details dialog (read-only there).
#include "rules/ComputeSpec.h"
#include "rules/Finding.h"

#include <QWidget>

class QCheckBox;
class QFormLayout;
class QLineEdit;

namespace cw::ui {

class FindingsList;

class NetworkingEditor : public QWidget
{
    Q_OBJECT
public:
    explicit NetworkingEditor(QWidget *parent = nullptr);

    // Empty spec when the default network is chosen.
    rules::NetworkingSpec value() const;
    void setValue(const rules::NetworkingSpec &spec);
    bool isAdvanced() const;
    void setReadOnly(bool readOnly);

    rules::Findings findings() const { return m_findings; }
    bool isValid() const { return !rules::hasErrors(m_findings); }

Q_SIGNALS:
    void changed();

private:
    void revalidate();
    QLineEdit *addField(QFormLayout *form, const QString &label, const char *objectName,
                        const QString &placeholder);

    QCheckBox *m_advanced;
    QWidget *m_fields;
    QLineEdit *m_vnetName;
    QLineEdit *m_vnetResourceGroup;
    QLineEdit *m_subnetName;
    QLineEdit *m_serviceCidr;
    QLineEdit *m_dnsServiceIp;
    QLineEdit *m_dockerBridgeCidr;
    FindingsList *m_list;
    rules::Findings m_findings;
};

} // namespace cw::ui
