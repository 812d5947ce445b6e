#pragma once
// The live card of a custom TLS certificate: subject, SANs, issuer, validity, key match and
// CNAME coverage, plus src/tls's checks with their icons. Shows what tls::inspectPair found;
// it decides nothing itself.
#include "tls/CertificateReport.h"

#include <QFrame>

class QLabel;

namespace cw::ui {

class FindingsList;

class CertificateCard : public QFrame
{
    Q_OBJECT
public:
    explicit CertificateCard(QWidget *parent = nullptr);

    void setReport(const tls::CertificatePairReport &report);
    // No certificate yet, or still being inspected.
    void showPlaceholder(const QString &text);

    FindingsList *checksList() const { return m_checks; }

private:
    QLabel *m_placeholder;
    QWidget *m_details;
    QLabel *m_subject;
    QLabel *m_sans;
    QLabel *m_issuer;
    QLabel *m_validity;
    QLabel *m_keyMatch;
    QLabel *m_cname;
    FindingsList *m_checks;
};

} // namespace cw::ui
