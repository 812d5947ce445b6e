#include "auth/AzureCliCredential.h"

#include "auth/AuthLogging.h"
#include "auth/AzureCliOutput.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTimer>

namespace cw::auth {

AzureCliCredential::AzureCliCredential(CloudEnvironment env, QString program, QObject *parent)
    : TokenCredential(std::move(env), parent)
    , m_program(std::move(program))
{
}

QString AzureCliCredential::displayName() const
{
    return QCoreApplication::translate("cw::auth", "Azure CLI sign-in");
}

void AzureCliCredential::fetchToken(const QString &scope, FetchCallback done)
{
    QString resource = scope;
    if (resource.endsWith(QLatin1String("/.default")))
        resource.chop(int(qstrlen("/.default")));
    QStringList args{QStringLiteral("account"), QStringLiteral("get-access-token"), QStringLiteral("--output"),
                     QStringLiteral("json"), QStringLiteral("--resource"), resource};
    if (!m_tenantId.isEmpty())
        args << QStringLiteral("--tenant") << m_tenantId;

    auto *process = new QProcess(this);
    auto *timer = new QTimer(process);
    timer->setSingleShot(true);
    // Shared by the three ways this can end so that `done` runs exactly once.
    auto finished = std::make_shared<bool>(false);
    auto finish = [process, done, finished](const TokenResult &result) {
        if (*finished)
            return;
        *finished = true;
        process->disconnect();
        process->deleteLater();
        done(result);
    };

    connect(timer, &QTimer::timeout, process, [process, finish, this] {
        process->kill();
        finish(TokenResult::failure(AuthError::make(
            QStringLiteral("azure_cli_timeout"),
            QCoreApplication::translate("cw::auth", "The Azure CLI did not answer within %1 seconds.")
                .arg(m_timeoutMs / 1000))));
    });
    connect(process, &QProcess::errorOccurred, process, [process, finish](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return; // crashes are reported through finished()
        finish(TokenResult::failure(AuthError::make(
            QStringLiteral("azure_cli_missing"),
            QCoreApplication::translate("cw::auth", "The Azure CLI (az) is not installed or not on the PATH."),
            process->errorString())));
    });
    connect(process, &QProcess::finished, process, [process, finish](int exitCode, QProcess::ExitStatus status) {
        const QByteArray out = process->readAllStandardOutput();
        const QByteArray err = process->readAllStandardError();
        if (status != QProcess::NormalExit || exitCode != 0) {
            finish(TokenResult::failure(azureCliFailure(exitCode, err)));
            return;
        }
        finish(parseAzureCliTokenOutput(out));
    });
    qCDebug(lcAuth) << "running" << m_program << args;
    timer->start(m_timeoutMs);
    process->start(m_program, args);
}

} // namespace cw::auth
