#pragma once
#include "dialogs/UpdateDialog.h"

class QLabel;

namespace cw::ui {

class TlsEditor;

// "Renew/replace TLS certificate…": the TLS editor (a Microsoft certificate for a leaf domain
// label, or custom certificate files with their CNAME), checked live; Apply starts an update
// (OperationRunner::startUpdate) whose sslConfiguration export's body builder writes, and the
// operations view follows it.
class TlsCertificateDialog : public UpdateDialog
{
    Q_OBJECT
public:
    TlsCertificateDialog(ops::OperationRunner *runner, WorkspaceRef workspace, QString computeName,
                         QString region, QWidget *parent = nullptr);

    TlsEditor *editor() const { return m_editor; }

    // Opens on the compute's current setting: a Microsoft certificate ("Auto") with its label,
    // or a custom certificate ("Enabled") with its CNAME; the new files are for the person to give.
    void showCurrentSetting(const QString &tlsStatus, const QString &leafLabel, const QString &cname);

protected:
    Update update() const override;

private:
    void updateButtons();

    TlsEditor *m_editor;
    QLabel *m_hint;
};

} // namespace cw::ui
