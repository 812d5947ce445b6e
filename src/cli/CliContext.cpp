#include "cli/CliContext.h"

#include <QCoreApplication>

#include <cstdio>
#include <unistd.h>

#include "arm/ArmConnection.h"
#include "arm/ArmError.h"
#include "common/RetryRules.h"
#include "auth/TokenCredential.h"
#include "cli/SessionFactory.h"
#include "ops/Journal.h"
#include "ops/OperationRunner.h"
#include "secrets/HttpTraceWriter.h"
#include "secrets/KeychainSecretStore.h"
#include "session/Session.h"

namespace cw::cli {

CliContext::CliContext(QObject *parent)
    : QObject(parent)
{
}

CliContext::~CliContext()
{
    delete m_runner; // stops its drivers; the journal keeps every record resumable
    delete m_factory;
}

void CliContext::writeOut(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
}

void CliContext::print(const Table &table)
{
    writeOut(render(table, m_options.format()));
}

void CliContext::printJson(const nlohmann::json &document)
{
    writeOut(renderJson(document));
}

void CliContext::message(const QString &text)
{
    if (m_progressShown) {
        std::fputs("\r\033[K", stderr);
        m_progressShown = false;
    }
    std::fputs((text + QLatin1Char('\n')).toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
}

bool CliContext::progressEnabled() const
{
    return !m_options.isSet(QStringLiteral("quiet")) && ::isatty(STDERR_FILENO) == 1;
}

void CliContext::progress(const QString &text)
{
    if (!progressEnabled())
        return;
    std::fputs((QStringLiteral("\r\033[K") + text).toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    m_progressShown = true;
}

void CliContext::finish(int exitCode)
{
    if (m_exitCode)
        return;
    // A trace that lost part of the exchange is not a success: the person asked for it.
    if (const QString lost = m_tracer ? m_tracer->failure() : QString(); !lost.isEmpty()) {
        message(tr("error: the HTTP trace could not be written to %1: %2").arg(m_tracer->path(), lost));
        if (exitCode == kExitOk)
            exitCode = kExitOperationFailed;
    }
    m_exitCode = exitCode;
    if (m_progressShown)
        std::fputs("\n", stderr);
    std::fflush(stdout);
    std::fflush(stderr);
    // Queued so that a command may finish from anywhere, even before the loop runs.
    QMetaObject::invokeMethod(QCoreApplication::instance(), [exitCode] { QCoreApplication::exit(exitCode); },
                              Qt::QueuedConnection);
}

void CliContext::fail(int exitCode, const QString &text)
{
    message(tr("error: %1").arg(text));
    finish(exitCode);
}

void CliContext::failUsage(const QString &text)
{
    message(tr("error: %1").arg(text));
    message(tr("Run `clusterwright-cli --help` for the commands and options."));
    finish(kExitUsage);
}

int CliContext::exitCodeFor(const arm::ArmError &error)
{
    using Kind = arm::ArmError::Kind;
    if (error.kind == Kind::Authentication)
        return kExitAuth;
    // No usable answer after the retries: scripts may try again later, unlike after a refusal.
    if (error.kind == Kind::Unavailable || error.kind == Kind::Network || error.kind == Kind::Timeout)
        return kExitUnavailable;
    if (error.kind == Kind::Http) {
        if (error.httpStatus == 401 || error.httpStatus == 403)
            return kExitAuth;
        if (error.httpStatus == 404)
            return kExitNotFound;
        if (retry::isTransientStatus(error.httpStatus))
            return kExitUnavailable;
    }
    return kExitOperationFailed;
}

void CliContext::failWith(const arm::ArmError &error, const QString &what)
{
    const QString text = what.isEmpty() ? error.humanMessage() : what + QStringLiteral(": ") + error.humanMessage();
    fail(exitCodeFor(error), text);
}

void CliContext::withSession(std::function<void(session::Session *)> then)
{
    if (m_factory && m_factory->session()) {
        then(m_factory->session());
        return;
    }
    m_factory = new SessionFactory(secretStore(), this);
    connect(m_factory, &SessionFactory::deviceCodePrompt, this, [this](const QString &text) { message(text); });
    connect(m_factory, &SessionFactory::failed, this, [this](const QString &text, int code) { fail(code, text); });
    connect(m_factory, &SessionFactory::ready, this, [this, then = std::move(then)](session::Session *s) {
        if (m_options.isSet(QStringLiteral("trace-http"))) {
            QString error;
            auto tracer = secrets::HttpTraceWriter::open(m_options.value(QStringLiteral("trace-http")), &error);
            if (!tracer)
                return fail(kExitUsage, tr("Cannot open the trace file: %1").arg(error));
            s->connection()->setTracer(tracer);
            s->credential()->setTracer(tracer);
            m_tracer = tracer;
        }
        then(s);
    });
    m_factory->start(m_profile);
}

session::Session *CliContext::session() const
{
    return m_factory ? m_factory->session() : nullptr;
}

QString CliContext::subscription()
{
    if (m_options.isSet(QStringLiteral("subscription")))
        return m_options.value(QStringLiteral("subscription"));
    if (!m_profile.subscriptionId.isEmpty())
        return m_profile.subscriptionId;
    return m_factory ? m_factory->defaultSubscription() : QString();
}

std::optional<WorkspaceRef> CliContext::workspace()
{
    const bool sandbox = session() && session()->environment().isSandbox();
    auto pick = [&](const char *option, const QString &fromProfile, const char *sandboxDefault) {
        if (m_options.isSet(QLatin1String(option)))
            return m_options.value(QLatin1String(option));
        if (!fromProfile.isEmpty())
            return fromProfile;
        return sandbox ? QString::fromLatin1(sandboxDefault) : QString();
    };
    const WorkspaceRef ws{.cloud = session() ? session()->environment().name : QString(),
                          .subscriptionId = subscription(),
                          .resourceGroup = pick("resource-group", m_profile.resourceGroup, "rg-ml"),
                          .workspace = pick("workspace", m_profile.workspace, "ws-demo")};
    if (ws.subscriptionId.isEmpty() || ws.resourceGroup.isEmpty() || ws.workspace.isEmpty()) {
        failUsage(tr("Which workspace? Give --subscription, --resource-group and --workspace (or save them "
                     "with `login ... -s SUB -g RG -w WS`)."));
        return std::nullopt;
    }
    return ws;
}

secrets::SecretStore *CliContext::secretStore()
{
    if (!m_store)
        m_store = new secrets::KeychainSecretStore(this);
    return m_store;
}

ops::Journal &CliContext::journal()
{
    if (!m_journal)
        m_journal = std::make_unique<ops::Journal>(ops::Journal::defaultDirectory());
    return *m_journal;
}

ops::OperationRunner *CliContext::runner()
{
    if (!m_runner && session()) {
        m_runner = new ops::OperationRunner(session()->connection(), &journal(), secretStore());
        bool ok = true;
        if (auto ms = m_options.intValue(QStringLiteral("poll-interval-ms"), &ok); ms && ok)
            m_runner->setDefaultPollIntervalMs(*ms);
    }
    return m_runner;
}

} // namespace cw::cli
