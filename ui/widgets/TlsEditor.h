#pragma once
// TLS of the scoring endpoint: none, a Microsoft certificate for a leaf domain label (live FQDN
// preview) or a custom certificate (file pickers, drag and drop, passphrase for encrypted keys,
// CNAME, live certificate card, DNS reminder). Disabled with the reason while an internal load
// balancer is chosen; what was typed is kept. Reused by the re-attach dialog.
#include "rules/ComputeSpec.h"
#include "rules/Finding.h"
#include "widgets/CertificateInspector.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QStackedWidget;
class QTimer;

namespace cw::ui {

class BusySpinner;
class CertificateCard;
class FindingsList;

class TlsEditor : public QWidget
{
    Q_OBJECT
public:
    explicit TlsEditor(QWidget *parent = nullptr);

    void setRegion(const QString &region);
    // reason non-empty: TLS cannot be used (internal load balancer); the editor is disabled.
    void setUnavailableReason(const QString &reason);

    // The spec's TLS part (mode None while unavailable). Custom: the PEM texts last read.
    rules::TlsSpec value() const;
    rules::TlsMode chosenMode() const;
    void setMode(rules::TlsMode mode);
    void setFiles(const QString &certPath, const QString &keyPath);
    // Prefills the Microsoft certificate's label / the custom certificate's CNAME (e.g. with a
    // compute's current setting).
    void setLeafLabel(const QString &label);
    void setCname(const QString &cname);

    rules::Findings findings() const;
    bool isBusy() const;
    bool isComplete() const { return !isBusy() && !rules::hasErrors(findings()); }
    const std::optional<CertificateInspection> &inspection() const { return m_inspection; }

Q_SIGNALS:
    void changed();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QWidget *buildLeafPanel();
    QWidget *buildCustomPanel();
    void chooseFile(QLineEdit *target, const QString &title);
    void scheduleInspection();
    void onInspected(const CertificateInspection &result);
    void refresh();

    QLabel *m_unavailable;
    QRadioButton *m_none;
    QRadioButton *m_leaf;
    QRadioButton *m_custom;
    QStackedWidget *m_panels;
    // leaf label
    QLineEdit *m_leafLabel = nullptr;
    QLabel *m_fqdnPreview = nullptr;
    QCheckBox *m_overwrite = nullptr;
    FindingsList *m_leafFindings = nullptr;
    // custom certificate
    QLineEdit *m_certPath = nullptr;
    QLineEdit *m_keyPath = nullptr;
    QLabel *m_passphraseLabel = nullptr;
    QLineEdit *m_passphrase = nullptr;
    QLineEdit *m_cname = nullptr;
    BusySpinner *m_spinner = nullptr;
    CertificateCard *m_card = nullptr;
    QLabel *m_dnsReminder = nullptr;

    QString m_region;
    QString m_unavailableReason;
    CertificateInspector *m_inspector;
    QTimer *m_debounce;
    std::optional<CertificateInspection> m_inspection;
};

} // namespace cw::ui
