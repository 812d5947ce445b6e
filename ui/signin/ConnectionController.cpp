#include "signin/ConnectionController.h"

#include <QAction>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QToolButton>

#include <utility>

#include "auth/TokenCredential.h"
#include "ops/OperationRunner.h"
#include "session/Session.h"
#include "shell/ApplicationContext.h"
#include "shell/MainWindow.h"
#include "signin/SignInDialog.h"

namespace cw::ui {

ConnectionController::ConnectionController(MainWindow *window, ApplicationContext *context, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_context(context)
    , m_connect(new QAction(tr("Connect to &Azure…"), this))
    , m_sandbox(new QAction(tr("Use the &sandbox"), this))
    , m_signOut(new QAction(tr("Sign &out of Azure"), this))
    , m_restartSandbox(new QAction(tr("&Restart the sandbox"), this))
    , m_restartButton(new QToolButton(window))
{
    m_connect->setObjectName(QStringLiteral("actionConnectAzure"));
    m_connect->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_connect->setStatusTip(tr("Sign in to an Azure cloud and work on its workspaces"));
    m_sandbox->setObjectName(QStringLiteral("actionUseSandbox"));
    m_sandbox->setStatusTip(tr("Work on the local emulator of Azure"));
    m_signOut->setObjectName(QStringLiteral("actionSignOut"));
    m_signOut->setStatusTip(tr("Forget the stored Azure sign-in and go back to the sandbox"));
    m_signOut->setEnabled(false);
    m_restartSandbox->setObjectName(QStringLiteral("actionRestartSandbox"));
    m_restartSandbox->setStatusTip(tr("Start the stopped sandbox again, with its computes and operations"));
    m_restartSandbox->setToolTip(m_restartSandbox->statusTip());
    m_restartSandbox->setEnabled(false);
    m_restartButton->setObjectName(QStringLiteral("restartSandboxButton"));
    m_restartButton->setDefaultAction(m_restartSandbox);
    m_restartButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_restartButton->setAutoRaise(true);
    m_window->statusBar()->addPermanentWidget(m_restartButton);
    m_restartButton->hide();
    QMenu *file = m_window->fileMenu();
    QAction *first = file->actions().value(0);
    file->insertAction(first, m_connect);
    file->insertAction(first, m_sandbox);
    file->insertAction(first, m_signOut);
    file->insertAction(first, m_restartSandbox);
    file->insertSeparator(first);

    connect(m_connect, &QAction::triggered, this, &ConnectionController::askConnect);
    connect(m_sandbox, &QAction::triggered, this, [this] { askUseSandbox(false); });
    connect(m_signOut, &QAction::triggered, this, [this] { askUseSandbox(true); });
    connect(m_context, &ApplicationContext::sessionReady, this, &ConnectionController::onSessionReady);
    connect(m_restartSandbox, &QAction::triggered, this, &ConnectionController::restartSandbox);
    connect(m_context, &ApplicationContext::sessionFailed, this, [this](const QString &reason) {
        m_window->setEnvironmentStatus(tr("Sandbox unavailable: %1").arg(reason), false);
        // A failed (re)start may be tried again.
        m_restartSandbox->setEnabled(true);
        m_restartButton->show();
    });
    connect(m_context, &ApplicationContext::sandboxStopped, this, &ConnectionController::onSandboxStopped);
    connect(m_context, &ApplicationContext::signInNeeded, this,
            [this](const session::ConnectionChoice &choice, const QString &reason) {
                m_window->setEnvironmentStatus(tr("Not signed in to Azure"), false);
                openSignIn(choice, tr("Clusterwright could not reconnect to Azure: %1").arg(reason));
            });
}

SignInDialog *ConnectionController::signInDialog() const
{
    return m_dialog;
}

void ConnectionController::onSessionReady(session::Session *session)
{
    const auth::CloudEnvironment &env = session->environment();
    if (env.isSandbox())
        m_window->setEnvironmentStatus(tr("Sandbox: %1").arg(env.armEndpoint.toDisplayString()), true);
    else
        m_window->setEnvironmentStatus(tr("%1: %2").arg(env.name, session->displayName()), true);
    m_sandbox->setEnabled(!m_context->usesEmbeddedSandbox());
    m_restartSandbox->setEnabled(false);
    m_restartButton->hide();
    if (auto then = std::exchange(m_whenConnected, {}))
        then();
    m_signOut->setEnabled(!m_context->choice().isSandbox());
}

void ConnectionController::onSandboxStopped(const QString &reason)
{
    // On Azure the stop matters only later: File → Use the sandbox starts it again.
    if (!m_context->usesEmbeddedSandbox())
        return;
    m_window->setEnvironmentStatus(tr("The sandbox stopped (%1). Its operations are paused until you restart it.")
                                       .arg(reason),
                                   false);
    m_restartSandbox->setEnabled(true);
    m_restartButton->show();
}

void ConnectionController::restartSandbox()
{
    m_restartSandbox->setEnabled(false);
    m_restartButton->hide();
    m_window->setEnvironmentStatus(tr("Sandbox: restarting…"), false);
    m_context->restartSandbox();
}

void ConnectionController::askConnect()
{
    openSignIn(m_context->choice());
}

void ConnectionController::openSignIn(const session::ConnectionChoice &preset, const QString &notice)
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    const auth::CloudEnvironment first = m_offered.isValid() ? m_offered
                                         : preset.isSandbox() ? auth::CloudEnvironment::azureCloud()
                                                              : preset.environment();
    m_dialog = new SignInDialog(first, m_context->secretStore(), m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->setAzureCliProgram(m_azProgram);
    if (!preset.isSandbox() && !m_offered.isValid())
        m_dialog->preset(preset);
    m_dialog->setNotice(notice);
    connect(m_dialog, &QDialog::accepted, this, [this, dialog = m_dialog] {
        const std::shared_ptr<auth::TokenCredential> credential = dialog->credential();
        const auth::CloudEnvironment environment = dialog->environment();
        const session::ConnectionChoice choice = dialog->choice();
        confirmPausing(environment.name, [this, credential, environment, choice] {
            m_context->useSession(new session::Session(environment, credential), choice);
        });
    });
    m_dialog->open();
}

void ConnectionController::chooseCloud(const QString &cloudName, std::function<void()> whenConnected)
{
    if (m_context->session() && m_context->session()->environment().name == cloudName)
        return;
    m_whenConnected = std::move(whenConnected);
    if (cloudName == QLatin1String("Sandbox"))
        return askUseSandbox(false);
    session::ConnectionChoice preset = m_context->choice();
    if (preset.cloud != cloudName)
        preset = {session::ConnectionChoice::Method::DeviceCode, cloudName, {}, {}};
    openSignIn(preset);
    if (m_dialog) // cancelled: nothing to run later
        connect(m_dialog, &QDialog::rejected, this, [this] { m_whenConnected = {}; });
}

void ConnectionController::askUseSandbox(bool signOut)
{
    confirmPausing(tr("the sandbox"), [this, signOut] {
        m_window->setEnvironmentStatus(tr("Sandbox: starting…"), false);
        if (signOut)
            m_context->signOut(); // forgets the sign-in, then goes to the sandbox
        else
            m_context->useSandbox();
    });
}

void ConnectionController::confirmPausing(const QString &destination, std::function<void()> then)
{
    const int running = m_context->runner() ? int(m_context->runner()->activeRecords().size()) : 0;
    if (running == 0)
        return then();
    auto *box = new QMessageBox(QMessageBox::Question, tr("Switch to %1?").arg(destination),
                                tr("%n operation(s) are running. They pause while you work on %1 and resume "
                                   "when you come back; Azure goes on with them meanwhile.",
                                   nullptr, running)
                                    .arg(destination),
                                QMessageBox::NoButton, m_window);
    box->setObjectName(QStringLiteral("switchConfirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *go = box->addButton(tr("&Switch"), QMessageBox::AcceptRole);
    box->addButton(tr("&Stay"), QMessageBox::RejectRole);
    box->setDefaultButton(go);
    connect(box, &QMessageBox::buttonClicked, this, [this, go, then = std::move(then)](QAbstractButton *clicked) {
        if (clicked == go)
            then();
        else
            m_whenConnected = {}; // staying: nothing to run after a switch
    });
    box->open();
}

} // namespace cw::ui
