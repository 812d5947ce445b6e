#include "widgets/TlsEditor.h"

#include "common/BoundedFileRead.h"
#include "rules/TlsRules.h"
#include "tls/TlsTypes.h"
#include "widgets/BusySpinner.h"
#include "widgets/CertificateCard.h"
#include "widgets/FindingsList.h"
#include "widgets/StatusIcons.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QRadioButton>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace cw::ui {

TlsEditor::TlsEditor(QWidget *parent)
    : QWidget(parent)
    , m_unavailable(new QLabel(this))
    , m_none(new QRadioButton(tr("N&o TLS (HTTP only)"), this))
    , m_leaf(new QRadioButton(tr("&Microsoft certificate for a domain label"), this))
    , m_custom(new QRadioButton(tr("&Custom certificate"), this))
    , m_panels(new QStackedWidget(this))
    , m_inspector(new CertificateInspector(this))
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("tlsEditor"));
    setAcceptDrops(true);
    m_unavailable->setObjectName(QStringLiteral("tlsUnavailable"));
    m_unavailable->setWordWrap(true);
    m_unavailable->hide();
    m_none->setObjectName(QStringLiteral("tlsNone"));
    m_none->setAccessibleName(tr("No TLS"));
    m_leaf->setObjectName(QStringLiteral("tlsLeaf"));
    m_leaf->setAccessibleName(tr("Microsoft certificate"));
    m_custom->setObjectName(QStringLiteral("tlsCustom"));
    m_custom->setAccessibleName(tr("Custom certificate"));
    auto *group = new QButtonGroup(this);
    group->addButton(m_none, int(rules::TlsMode::None));
    group->addButton(m_leaf, int(rules::TlsMode::LeafLabel));
    group->addButton(m_custom, int(rules::TlsMode::Custom));
    m_none->setChecked(true);

    m_panels->addWidget(new QWidget(m_panels));
    m_panels->addWidget(buildLeafPanel());
    m_panels->addWidget(buildCustomPanel());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_unavailable);
    layout->addWidget(m_none);
    layout->addWidget(m_leaf);
    layout->addWidget(m_custom);
    layout->addWidget(m_panels, 1);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, [this] {
        m_inspector->inspect({m_certPath->text().trimmed(), m_keyPath->text().trimmed(),
                              m_passphrase->text(), m_cname->text().trimmed()});
    });
    connect(m_inspector, &CertificateInspector::started, this, [this] {
        m_spinner->start();
        Q_EMIT changed();
    });
    connect(m_inspector, &CertificateInspector::finished, this, &TlsEditor::onInspected);
    connect(group, &QButtonGroup::idToggled, this, [this](int, bool on) {
        if (on)
            refresh();
    });
    refresh();
}

QWidget *TlsEditor::buildLeafPanel()
{
    auto *panel = new QWidget(m_panels);
    m_leafLabel = new QLineEdit(panel);
    m_leafLabel->setObjectName(QStringLiteral("leafLabel"));
    m_leafLabel->setAccessibleName(tr("Leaf domain label"));
    m_leafLabel->setMaxLength(rules::kLeafLabelMaxLength + 8);
    m_fqdnPreview = new QLabel(panel);
    m_fqdnPreview->setObjectName(QStringLiteral("fqdnPreview"));
    m_fqdnPreview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_overwrite = new QCheckBox(tr("O&verwrite an existing domain with this label"), panel);
    m_overwrite->setObjectName(QStringLiteral("overwriteDomain"));
    m_overwrite->setAccessibleName(tr("Overwrite existing domain"));
    m_leafFindings = new FindingsList(panel);
    m_leafFindings->setObjectName(QStringLiteral("leafFindings"));

    auto *labelBuddy = new QLabel(tr("Domain &label:"), panel);
    labelBuddy->setBuddy(m_leafLabel);
    auto *form = new QFormLayout;
    form->addRow(labelBuddy, m_leafLabel);
    form->addRow(tr("Address:"), m_fqdnPreview);
    auto *layout = new QVBoxLayout(panel);
    layout->addLayout(form);
    layout->addWidget(m_overwrite);
    layout->addWidget(m_leafFindings, 1);
    connect(m_leafLabel, &QLineEdit::textChanged, this, &TlsEditor::refresh);
    connect(m_overwrite, &QCheckBox::toggled, this, &TlsEditor::changed);
    return panel;
}

QWidget *TlsEditor::buildCustomPanel()
{
    auto *panel = new QWidget(m_panels);
    auto fileRow = [this, panel](QLineEdit *&edit, const char *name, const QString &accessible,
                                 const QString &dialogTitle) {
        edit = new QLineEdit(panel);
        edit->setObjectName(QLatin1String(name));
        edit->setAccessibleName(accessible);
        edit->setPlaceholderText(tr("path, or drop the file here"));
        auto *browse = new QToolButton(panel);
        browse->setObjectName(QLatin1String(name) + QStringLiteral("Browse"));
        browse->setIcon(openIcon());
        browse->setText(tr("Browse…"));
        browse->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        browse->setAccessibleName(tr("Browse for %1").arg(accessible));
        QLineEdit *target = edit;
        connect(browse, &QToolButton::clicked, this, [this, target, dialogTitle] { chooseFile(target, dialogTitle); });
        connect(edit, &QLineEdit::textChanged, this, &TlsEditor::scheduleInspection);
        auto *row = new QHBoxLayout;
        row->addWidget(edit, 1);
        row->addWidget(browse);
        return row;
    };
    auto *certRow = fileRow(m_certPath, "certPath", tr("Certificate file"), tr("Choose the certificate (PEM)"));
    auto *keyRow = fileRow(m_keyPath, "keyPath", tr("Private key file"), tr("Choose the private key (PEM)"));
    m_passphrase = new QLineEdit(panel);
    m_passphrase->setObjectName(QStringLiteral("keyPassphrase"));
    m_passphrase->setAccessibleName(tr("Key passphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_cname = new QLineEdit(panel);
    m_cname->setObjectName(QStringLiteral("cname"));
    m_cname->setAccessibleName(tr("CNAME"));
    m_cname->setPlaceholderText(tr("e.g. www.contoso.com"));
    m_spinner = new BusySpinner(panel);
    m_card = new CertificateCard(panel);
    m_dnsReminder = new QLabel(tr("Remember to point the DNS name (CNAME) at the scoring endpoint's IP "
                                  "address once the cluster is ready."), panel);
    m_dnsReminder->setObjectName(QStringLiteral("dnsReminder"));
    m_dnsReminder->setWordWrap(true);
    connect(m_passphrase, &QLineEdit::textChanged, this, &TlsEditor::scheduleInspection);
    connect(m_cname, &QLineEdit::textChanged, this, &TlsEditor::scheduleInspection);

    auto *certLabel = new QLabel(tr("Cer&tificate (cert.pem):"), panel);
    certLabel->setBuddy(m_certPath);
    auto *keyLabel = new QLabel(tr("&Key (key.pem):"), panel);
    keyLabel->setBuddy(m_keyPath);
    m_passphraseLabel = new QLabel(tr("&Passphrase:"), panel);
    m_passphraseLabel->setBuddy(m_passphrase);
    auto *cnameLabel = new QLabel(tr("CNAME (&DNS name):"), panel);
    cnameLabel->setBuddy(m_cname);
    auto *form = new QFormLayout;
    form->addRow(certLabel, certRow);
    form->addRow(keyLabel, keyRow);
    form->addRow(m_passphraseLabel, m_passphrase);
    form->addRow(cnameLabel, m_cname);
    auto *layout = new QVBoxLayout(panel);
    layout->addLayout(form);
    auto *cardRow = new QHBoxLayout;
    cardRow->addWidget(m_card, 1);
    cardRow->addWidget(m_spinner, 0, Qt::AlignTop);
    layout->addLayout(cardRow, 1);
    layout->addWidget(m_dnsReminder);
    m_passphraseLabel->hide();
    m_passphrase->hide();
    return panel;
}

void TlsEditor::chooseFile(QLineEdit *target, const QString &title)
{
    // Asynchronous dialog: open() returns at once, the answer arrives through fileSelected.
    auto *dialog = new QFileDialog(this, title, QString(), tr("PEM files (*.pem *.crt *.key);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, target, &QLineEdit::setText);
    dialog->open();
}

void TlsEditor::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() && m_custom->isEnabled())
        event->acceptProposedAction();
}

void TlsEditor::dropEvent(QDropEvent *event)
{
    // A dropped key goes to the key field, anything else to the certificate field; the
    // content decides, not the file name (people name their files anything).
    for (const QUrl &url : event->mimeData()->urls()) {
        if (!url.isLocalFile())
            continue;
        // Bounded: a dropped device or FIFO must not block or flood the GUI thread.
        const bool isKey = readBoundedFile(url.toLocalFile(), tls::kMaxPemInputBytes).data.contains("PRIVATE KEY");
        (isKey ? m_keyPath : m_certPath)->setText(url.toLocalFile());
    }
    setMode(rules::TlsMode::Custom);
    event->acceptProposedAction();
}

void TlsEditor::setRegion(const QString &region)
{
    m_region = region;
    refresh();
}

void TlsEditor::setUnavailableReason(const QString &reason)
{
    m_unavailableReason = reason;
    m_unavailable->setText(reason);
    m_unavailable->setVisible(!reason.isEmpty());
    for (QWidget *w : {static_cast<QWidget *>(m_none), static_cast<QWidget *>(m_leaf),
                       static_cast<QWidget *>(m_custom), static_cast<QWidget *>(m_panels)})
        w->setEnabled(reason.isEmpty());
    refresh();
}

rules::TlsMode TlsEditor::chosenMode() const
{
    if (m_leaf->isChecked())
        return rules::TlsMode::LeafLabel;
    if (m_custom->isChecked())
        return rules::TlsMode::Custom;
    return rules::TlsMode::None;
}

void TlsEditor::setMode(rules::TlsMode mode)
{
    (mode == rules::TlsMode::LeafLabel ? m_leaf : mode == rules::TlsMode::Custom ? m_custom : m_none)
        ->setChecked(true);
}

void TlsEditor::setFiles(const QString &certPath, const QString &keyPath)
{
    m_certPath->setText(certPath);
    m_keyPath->setText(keyPath);
}

void TlsEditor::setLeafLabel(const QString &label)
{
    m_leafLabel->setText(label);
}

void TlsEditor::setCname(const QString &cname)
{
    m_cname->setText(cname);
}

rules::TlsSpec TlsEditor::value() const
{
    rules::TlsSpec spec;
    if (!m_unavailableReason.isEmpty())
        return spec;
    spec.mode = chosenMode();
    if (spec.mode == rules::TlsMode::LeafLabel) {
        spec.leafLabel = m_leafLabel->text().trimmed();
        spec.overwriteExistingDomain = m_overwrite->isChecked();
    } else if (spec.mode == rules::TlsMode::Custom) {
        spec.cname = m_cname->text().trimmed();
        if (m_inspection) {
            spec.certPem = m_inspection->certPem;
            spec.keyPem = m_inspection->keyPem;
        }
    }
    return spec;
}

bool TlsEditor::isBusy() const
{
    return m_debounce->isActive() || m_inspector->isBusy();
}

rules::Findings TlsEditor::findings() const
{
    if (!m_unavailableReason.isEmpty())
        return {};
    switch (chosenMode()) {
    case rules::TlsMode::None:
        return {};
    case rules::TlsMode::LeafLabel:
        return rules::validateLeafLabel(m_leafLabel->text().trimmed());
    case rules::TlsMode::Custom:
        break;
    }
    rules::Findings out = rules::validateCname(m_cname->text().trimmed());
    if (m_certPath->text().trimmed().isEmpty() || m_keyPath->text().trimmed().isEmpty()) {
        out.append(rules::error(QStringLiteral("tls.filesMissing"), QStringLiteral("tls.certPem"),
                                tr("Choose both the certificate and the private key.")));
    } else if (m_inspection && !m_inspection->readError.isEmpty()) {
        out.append(rules::error(QStringLiteral("tls.unreadable"), QStringLiteral("tls.certPem"),
                                m_inspection->readError));
    } else if (m_inspection) {
        // src/tls decided; each failing check becomes one blocking finding with its message.
        for (const tls::CertificateCheck &check : m_inspection->report.checks) {
            if (check.severity == tls::CheckSeverity::Fail)
                out.append(rules::error(QStringLiteral("tls.") + check.id, QStringLiteral("tls.certPem"),
                                        check.message));
        }
    }
    return out;
}

void TlsEditor::scheduleInspection()
{
    m_debounce->start();
    Q_EMIT changed();
}

void TlsEditor::onInspected(const CertificateInspection &result)
{
    m_spinner->setRunning(m_inspector->isBusy());
    m_inspection = result;
    const bool needsPassphrase = result.report.key.encrypted;
    m_passphraseLabel->setVisible(needsPassphrase);
    m_passphrase->setVisible(needsPassphrase);
    if (!result.readError.isEmpty())
        m_card->showPlaceholder(result.readError);
    else if (m_certPath->text().trimmed().isEmpty())
        m_card->showPlaceholder(tr("Choose a certificate and its key to see what they contain."));
    else
        m_card->setReport(result.report);
    Q_EMIT changed();
}

void TlsEditor::refresh()
{
    const rules::TlsMode mode = chosenMode();
    m_panels->setCurrentIndex(int(mode));
    const QString label = m_leafLabel->text().trimmed();
    m_fqdnPreview->setText(label.isEmpty() ? tr("(type a label)") : rules::leafFqdnPreview(label, m_region));
    // Nothing typed yet is not "can be used": say what is needed, without a green tick.
    m_leafFindings->setAllClearText(tr("The label can be used."));
    m_leafFindings->setFindings(label.isEmpty() ? rules::Findings{rules::info(QStringLiteral("tls.leafLabel.empty"),
                                                                              QStringLiteral("tls.leafLabel"),
                                                                              tr("Type a label to check it."))}
                                                : rules::validateLeafLabel(label));
    Q_EMIT changed();
}

} // namespace cw::ui
