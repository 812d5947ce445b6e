#pragma once
// Page 6: every choice in plain words, the full preflight (fails block Finish), and the
// equivalent Python SDK v1 code, az command and ARM request with copy buttons. Next re-checks the
// workspace asynchronously (create is not idempotent) before the operation starts.
#include <QWizardPage>

class QLabel;
class QPlainTextEdit;
class QTabWidget;

namespace cw::ui {

class BusySpinner;
class FindingsList;
class WizardController;

class ReviewPage : public QWizardPage
{
    Q_OBJECT
public:
    ReviewPage(WizardController *controller, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

private:
    void refresh();
    void onComputesReloaded();
    QPlainTextEdit *addExportTab(const QString &title, const char *objectName);

    WizardController *m_controller;
    QLabel *m_summary;
    FindingsList *m_checks;
    BusySpinner *m_spinner;
    QTabWidget *m_tabs;
    QPlainTextEdit *m_python = nullptr;
    QPlainTextEdit *m_az = nullptr;
    QPlainTextEdit *m_arm = nullptr;
    bool m_canProceed = false;
    bool m_rechecking = false;
    bool m_confirmed = false;
};

} // namespace cw::ui
