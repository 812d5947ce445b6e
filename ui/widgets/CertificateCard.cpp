#include "widgets/CertificateCard.h"

#include "widgets/FindingsList.h"

#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace cw::ui {

namespace {
QLabel *valueLabel(QWidget *parent, const char *objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}
} // namespace

CertificateCard::CertificateCard(QWidget *parent)
    : QFrame(parent)
    , m_placeholder(new QLabel(this))
    , m_details(new QWidget(this))
    , m_subject(valueLabel(m_details, "certSubject"))
    , m_sans(valueLabel(m_details, "certSans"))
    , m_issuer(valueLabel(m_details, "certIssuer"))
    , m_validity(valueLabel(m_details, "certValidity"))
    , m_keyMatch(valueLabel(m_details, "certKeyMatch"))
    , m_cname(valueLabel(m_details, "certCname"))
    , m_checks(new FindingsList(this))
{
    setObjectName(QStringLiteral("certificateCard"));
    setAccessibleName(tr("Certificate"));
    setFrameShape(QFrame::StyledPanel);
    m_placeholder->setObjectName(QStringLiteral("certPlaceholder"));
    m_placeholder->setWordWrap(true);
    m_checks->setObjectName(QStringLiteral("certChecks"));
    m_checks->setAccessibleName(tr("Certificate checks"));

    auto *form = new QFormLayout(m_details);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Subject:"), m_subject);
    form->addRow(tr("Names (SAN):"), m_sans);
    form->addRow(tr("Issuer:"), m_issuer);
    form->addRow(tr("Valid:"), m_validity);
    form->addRow(tr("Key:"), m_keyMatch);
    form->addRow(tr("CNAME:"), m_cname);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_placeholder);
    layout->addWidget(m_details);
    layout->addWidget(m_checks, 1);
    showPlaceholder(tr("Choose a certificate and its key to see what they contain."));
}

void CertificateCard::showPlaceholder(const QString &text)
{
    m_placeholder->setText(text);
    m_placeholder->show();
    m_details->hide();
    m_checks->clear();
    m_checks->hide();
}

void CertificateCard::setReport(const tls::CertificatePairReport &report)
{
    const tls::CertificateInfo *leaf = report.leaf();
    m_placeholder->setVisible(leaf == nullptr);
    if (!leaf)
        m_placeholder->setText(report.chain.message.isEmpty() ? tr("The certificate could not be read.")
                                                              : report.chain.message);
    m_details->setVisible(leaf != nullptr);
    if (leaf) {
        const QLocale locale;
        m_subject->setText(leaf->subject);
        QStringList names = leaf->dnsNames;
        names += leaf->ipAddresses;
        m_sans->setText(names.isEmpty() ? tr("none") : names.join(QStringLiteral(", ")));
        m_issuer->setText(leaf->selfSigned ? tr("%1 (self-signed)").arg(leaf->issuer) : leaf->issuer);
        m_validity->setText(tr("%1 to %2 — %3")
                                .arg(locale.toString(leaf->notBefore.date(), QLocale::ShortFormat),
                                     locale.toString(leaf->notAfter.date(), QLocale::ShortFormat),
                                     report.validity.message));
        if (!report.keyMatches.has_value())
            m_keyMatch->setText(report.key.message.isEmpty() ? tr("not checked") : report.key.message);
        else if (*report.keyMatches)
            m_keyMatch->setText(tr("%1, matches the certificate").arg(report.key.key.display));
        else
            m_keyMatch->setText(tr("does NOT match the certificate"));
        m_cname->setText(report.hostname.message);
    }
    m_checks->setCertificateChecks(report.checks);
    m_checks->show();
}

} // namespace cw::ui
