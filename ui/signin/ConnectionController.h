#pragma once
#include <QObject>
#include <QPointer>

#include <functional>

#include "session/ConnectionChoice.h"

class QAction;
class QToolButton;

namespace cw::session {
class Session;
}

namespace cw::ui {

class ApplicationContext;
class MainWindow;
class SignInDialog;

// Which cloud the main window talks to, in the File menu: "Connect to Azure…" opens the sign-in
// dialog (cloud, device code / service principal / Azure CLI) and makes the signed-in session
// current; "Use the sandbox" goes back to the embedded emulator; "Sign out of Azure" also
// forgets the stored sign-in. When the remembered Azure
// connection cannot be restored silently at start, the dialog opens with the reason. The
// status bar always says where the window is connected. Running operations pause on a switch
// (after a confirmation) and resume when their cloud is current again. When the embedded
// sandbox's process stops (crash, killed), the status bar says so with the reason and offers
// "Restart the sandbox" (also in the File menu); its operations pause until then.
class ConnectionController : public QObject
{
    Q_OBJECT
public:
    ConnectionController(MainWindow *window, ApplicationContext *context, QObject *parent = nullptr);

    QAction *connectAction() const { return m_connect; }
    QAction *sandboxAction() const { return m_sandbox; }
    QAction *signOutAction() const { return m_signOut; }
    QAction *restartSandboxAction() const { return m_restartSandbox; }
    // The sign-in dialog while it is open (for tests and the screenshot).
    SignInDialog *signInDialog() const; // in the .cpp: QPointer needs the complete type
    // The program the dialog runs for "Use my Azure CLI login" (a seam for tests).
    void setAzureCliProgram(const QString &program) { m_azProgram = program; }
    // Offers one more cloud in the dialog and selects it first (tests: a sandbox process
    // standing in for Azure).
    void offerEnvironment(const auth::CloudEnvironment &environment) { m_offered = environment; }

    // Opens the sign-in dialog on `preset` (an earlier connection) with `notice` above it.
    void openSignIn(const session::ConnectionChoice &preset = {}, const QString &notice = {});
    // Connects to the cloud named like CloudEnvironment::name ("Sandbox", "AzureCloud", ...):
    // the sandbox at once, a real cloud through the sign-in dialog. `whenConnected` runs once
    // the new session is current (not if the person cancels). For the wizard's environment
    // picker.
    void chooseCloud(const QString &cloudName, std::function<void()> whenConnected = {});

private:
    void askConnect();
    // Back to the sandbox after confirmPausing(); `signOut` also forgets the Azure sign-in.
    void askUseSandbox(bool signOut);
    // Runs `then` at once, or after the person agreed to pause the running operations.
    void confirmPausing(const QString &destination, std::function<void()> then);
    void onSessionReady(session::Session *session);
    void onSandboxStopped(const QString &reason);
    void restartSandbox();

    MainWindow *m_window;
    ApplicationContext *m_context;
    QAction *m_connect;
    QAction *m_sandbox;
    QAction *m_signOut;
    QAction *m_restartSandbox;
    QToolButton *m_restartButton; // the same action in the status bar, while the sandbox is stopped
    QPointer<SignInDialog> m_dialog;
    QString m_azProgram = QStringLiteral("az");
    auth::CloudEnvironment m_offered;
    std::function<void()> m_whenConnected;
};

} // namespace cw::ui
