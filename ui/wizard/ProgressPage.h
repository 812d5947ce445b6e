#pragma once
// Page 7: the operation runs asynchronously: step list, state, elapsed time, the service's
// messages and a log; on failure the provisioning errors in plain words (raw details
// expandable) and "Fix and retry"; "Run in background" closes the wizard, the operation goes on.
#include <QPointer>
#include <QWizardPage>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTimer;
class QToolButton;

namespace cw::ui {

class BusySpinner;
class WizardController;
class WizardOperation;

class ProgressPage : public QWizardPage
{
    Q_OBJECT
public:
    ProgressPage(WizardController *controller, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    int nextId() const override { return -1; }
    WizardOperation *operation() const { return m_operation; }

Q_SIGNALS:
    void fixAndRetryRequested(int pageId);
    void runInBackgroundRequested(cw::ui::WizardOperation *operation);

private:
    void showSteps();
    void onFinished(bool succeeded);
    void tick();

    WizardController *m_controller;
    QPointer<WizardOperation> m_operation;
    QListWidget *m_steps;
    QLabel *m_state;
    QLabel *m_elapsed;
    BusySpinner *m_spinner;
    QPlainTextEdit *m_log;
    QWidget *m_errorBox;
    QLabel *m_errors;
    QToolButton *m_detailsToggle;
    QPlainTextEdit *m_details;
    QPushButton *m_fixAndRetry;
    QPushButton *m_background;
    QTimer *m_clock;
    int m_retryPage = -1;
};

} // namespace cw::ui
