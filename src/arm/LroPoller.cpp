#include "arm/LroPoller.h"

#include "arm/ArmConnection.h"
#include "arm/ArmJob.h"
#include "arm/ArmLogging.h"
#include "arm/LroDocuments.h"
#include "arm/RetryPolicy.h"
#include "secrets/Redaction.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QTimer>

#include <chrono>
#include <utility>

namespace cw::arm {

namespace {

bool isPutLike(const QByteArray &method)
{
    return method == "PUT" || method == "PATCH";
}
} // namespace

LroPoller::LroPoller(ArmConnection *connection, LroState state, QObject *parent)
    : AsyncJob(parent, Delivery::Immediate, Lifetime::KeptByOwner)
    , m_connection(connection)
    , m_state(std::move(state))
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &LroPoller::poll);
}

LroPoller::~LroPoller()
{
    if (m_job)
        m_job->cancel();
}

LroPoller *LroPoller::fromResponse(ArmConnection *connection, const ArmRequest &initial, const ArmResponse &answer,
                                   QObject *parent)
{
    LroState state;
    state.method = initial.method.toUpper();
    state.resourceUrl = connection->resolve(initial).toString(QUrl::FullyEncoded);
    state.operationUrl = QString::fromUtf8(answer.header("Azure-AsyncOperation"));
    state.locationUrl = QString::fromUtf8(answer.header("Location"));
    state.clientRequestId = answer.clientRequestId.isEmpty() ? initial.clientRequestId : answer.clientRequestId;
    state.startedAt = QDateTime::currentDateTimeUtc();
    auto *poller = new LroPoller(connection, state, parent);

    if (answer.error) {
        LroResult result;
        result.outcome = LroResult::Outcome::Failed;
        result.error = answer.error;
        result.state = state;
        poller->m_immediate = result;
        return poller;
    }
    if (const auto wait = retryAfterMs(answer.headers, QDateTime::currentDateTimeUtc()))
        poller->m_firstDelayMs = *wait;

    const bool hasHeaders = !state.operationUrl.isEmpty() || !state.locationUrl.isEmpty();
    if (!hasHeaders) {
        const nlohmann::json body = answer.json();
        const QString status = provisioningState(body);
        LroResult done;
        done.outcome = LroResult::Outcome::Succeeded;
        done.resource = body;
        done.state = state;
        if (state.method == "DELETE") {
            if (answer.httpStatus == 200 || answer.httpStatus == 204) {
                done.status = QStringLiteral("Succeeded");
                poller->m_immediate = done;
            }
        } else if (state.method == "POST") {
            done.status = QStringLiteral("Succeeded");
            poller->m_immediate = done;
        } else if (status.isEmpty() || isTerminalStatus(status)) {
            // 200 without provisioningState, or already terminal: nothing runs in the background.
            done.status = status.isEmpty() ? QStringLiteral("Succeeded") : status;
            if (!status.isEmpty() && !isSuccessStatus(status)) {
                done.outcome = status.startsWith(QLatin1String("Cancel"), Qt::CaseInsensitive)
                                   ? LroResult::Outcome::Canceled : LroResult::Outcome::Failed;
                ArmError error = ArmError::make(ArmError::Kind::Http, status, tr("The operation ended %1.").arg(status));
                error.details = provisioningErrors(body);
                done.error = error;
            }
            poller->m_immediate = done;
        }
    }
    return poller;
}

LroPoller *LroPoller::resume(ArmConnection *connection, const LroState &state, QObject *parent)
{
    auto *poller = new LroPoller(connection, state, parent);
    poller->m_firstDelayMs = 0; // look right away: the operation may have ended meanwhile
    return poller;
}

void LroPoller::doStart()
{
    if (m_immediate) {
        LroResult result = *m_immediate;
        m_immediate.reset();
        QMetaObject::invokeMethod(this, [this, result] { finish(result); }, Qt::QueuedConnection);
        return;
    }
    const qint64 delay = spreadPollDelayMs(m_firstDelayMs >= 0 ? m_firstDelayMs : m_defaultIntervalMs,
                                           QRandomGenerator::global()->generateDouble());
    LroProgress first;
    first.status = QStringLiteral("InProgress");
    first.elapsedMs = m_state.startedAt.msecsTo(QDateTime::currentDateTimeUtc());
    first.nextPollInMs = delay;
    Q_EMIT progress(first);
    m_timer->start(int(std::min<qint64>(delay, 3600000))); // Retry-After may say "a century"
}

void LroPoller::doCancel()
{
    m_timer->stop();
    if (m_job) {
        m_job->disconnect(this);
        m_job->cancel();
        m_job = nullptr;
    }
    ended(LroResult::Outcome::Abandoned, QStringLiteral("InProgress"),
          ArmError::make(ArmError::Kind::Cancelled, QStringLiteral("StoppedWaiting"),
                         tr("Stopped waiting; the operation may still be running in Azure.")));
}

ArmJob *LroPoller::get(const QString &url)
{
    ArmRequest request;
    request.method = "GET";
    request.pathOrUrl = url;
    request.clientRequestId = m_state.clientRequestId;
    m_job = m_connection->send(request);
    return m_job;
}

void LroPoller::poll()
{
    if (isFinished())
        return;
    if (!std::exchange(m_hasTurn, false)) {
        const qint64 nowMs = std::chrono::duration_cast<std::chrono::milliseconds>(
                                 std::chrono::steady_clock::now().time_since_epoch()).count();
        if (const qint64 wait = m_connection->pollSpacing().takeTurn(nowMs); wait > 0) {
            m_hasTurn = true;
            m_timer->start(int(std::min<qint64>(wait, 3600000)));
            return;
        }
    }
    ++m_polls;
    if (!m_state.operationUrl.isEmpty())
        connect(get(m_state.operationUrl), &ArmJob::finished, this, &LroPoller::onOperationStatus);
    else if (!m_state.locationUrl.isEmpty())
        connect(get(m_state.locationUrl), &ArmJob::finished, this, &LroPoller::onLocation);
    else
        connect(get(m_state.resourceUrl), &ArmJob::finished, this, &LroPoller::onResource);
}

void LroPoller::scheduleNext(const ArmResponse &answer, const QString &status, std::optional<int> percent)
{
    const qint64 delay =
        spreadPollDelayMs(retryAfterMs(answer.headers, QDateTime::currentDateTimeUtc()).value_or(m_defaultIntervalMs),
                          QRandomGenerator::global()->generateDouble());
    LroProgress update;
    update.status = status;
    update.percent = percent;
    update.elapsedMs = m_state.startedAt.msecsTo(QDateTime::currentDateTimeUtc());
    update.nextPollInMs = delay;
    update.polls = m_polls;
    qCDebug(lcArm) << "operation" << status << "next poll in" << delay << "ms";
    Q_EMIT progress(update);
    m_timer->start(int(std::min<qint64>(delay, 3600000)));
}

void LroPoller::onOperationStatus(const ArmResponse &answer)
{
    m_job = nullptr;
    if (answer.error) {
        ended(LroResult::Outcome::Error, {}, answer.error);
        return;
    }
    const nlohmann::json body = answer.json();
    OperationStatusDocument document = readOperationStatus(body);
    const QString &status = document.status;
    if (status.isEmpty()) {
        // Polling only reads: an unreadable status is asked for again, a bounded number of
        // times in a row (the ArmJob already retried answers that were not JSON at all).
        if (++m_unreadablePolls <= m_connection->retryOptions().maxRetries) {
            qCInfo(lcArm) << "operation status without \"status\"; polling again";
            scheduleNext(answer, QStringLiteral("InProgress"), std::nullopt);
            return;
        }
        ArmError error = ArmError::make(ArmError::Kind::Malformed, QStringLiteral("MalformedOperationStatus"),
                                        tr("Azure sent an operation status that could not be read (no \"status\")."),
                                        QString::fromUtf8(answer.body.left(300)));
        error.httpStatus = answer.httpStatus;
        ended(LroResult::Outcome::Error, {}, error);
        return;
    }
    m_unreadablePolls = 0;
    if (!isTerminalStatus(status)) {
        scheduleNext(answer, status, document.percent);
        return;
    }
    if (!document.error) {
        succeeded(status, body);
        return;
    }
    ArmError error = std::move(*document.error);
    error.clientRequestId = m_state.clientRequestId;
    ended(status.startsWith(QLatin1String("Cancel"), Qt::CaseInsensitive) ? LroResult::Outcome::Canceled
                                                                          : LroResult::Outcome::Failed,
          status, error);
}

void LroPoller::onLocation(const ArmResponse &answer)
{
    m_job = nullptr;
    if (answer.error) {
        ended(answer.httpStatus >= 400 ? LroResult::Outcome::Failed : LroResult::Outcome::Error, {}, answer.error);
        return;
    }
    if (answer.httpStatus == 202) {
        scheduleNext(answer, QStringLiteral("InProgress"), std::nullopt);
        return;
    }
    succeeded(QStringLiteral("Succeeded"), answer.json());
}

void LroPoller::onResource(const ArmResponse &answer)
{
    m_job = nullptr;
    if (m_state.method == "DELETE" && answer.httpStatus == 404) {
        succeeded(QStringLiteral("Succeeded"), nullptr);
        return;
    }
    if (answer.error) {
        ended(LroResult::Outcome::Error, {}, answer.error);
        return;
    }
    const nlohmann::json body = answer.json();
    const QString status = provisioningState(body);
    if (status.isEmpty() && m_state.method != "DELETE") {
        succeeded(QStringLiteral("Succeeded"), body);
        return;
    }
    if (!isTerminalStatus(status) || m_state.method == "DELETE") {
        scheduleNext(answer, status.isEmpty() ? QStringLiteral("InProgress") : status, std::nullopt);
        return;
    }
    if (isSuccessStatus(status)) {
        LroResult result;
        result.outcome = LroResult::Outcome::Succeeded;
        result.status = status;
        result.resource = body;
        result.state = m_state;
        finish(result);
        return;
    }
    ArmError error = ArmError::make(ArmError::Kind::Http, status, tr("The operation ended %1.").arg(status));
    error.details = provisioningErrors(body);
    if (!error.details.empty())
        error.message = error.details.front().message;
    LroResult result;
    result.outcome = status.startsWith(QLatin1String("Cancel"), Qt::CaseInsensitive) ? LroResult::Outcome::Canceled
                                                                                     : LroResult::Outcome::Failed;
    result.status = status;
    result.resource = body;
    result.error = error;
    result.state = m_state;
    finish(result);
}

void LroPoller::succeeded(const QString &status, const nlohmann::json &body)
{
    LroResult result;
    result.outcome = LroResult::Outcome::Succeeded;
    result.status = status;
    result.resource = body;
    result.state = m_state;
    if (isPutLike(m_state.method))
        fetchFinalResource(result); // the operation status is not the resource
    else
        finish(result);
}

void LroPoller::ended(LroResult::Outcome outcome, const QString &status, std::optional<ArmError> error)
{
    LroResult result;
    result.outcome = outcome;
    result.status = status;
    result.error = std::move(error);
    result.state = m_state;
    // A failed create/update leaves the details (provisioningErrors) on the resource.
    if ((outcome == LroResult::Outcome::Failed || outcome == LroResult::Outcome::Canceled) && isPutLike(m_state.method))
        fetchFinalResource(result);
    else
        finish(result);
}

void LroPoller::fetchFinalResource(LroResult result)
{
    connect(get(m_state.resourceUrl), &ArmJob::finished, this, [this, result](const ArmResponse &answer) mutable {
        m_job = nullptr;
        if (answer.ok()) {
            result.resource = answer.json();
            if (result.error && result.error->details.empty())
                result.error->details = provisioningErrors(result.resource);
        } else if (result.succeeded()) {
            result.outcome = LroResult::Outcome::Error;
            result.error = answer.error;
        }
        finish(result);
    });
}

void LroPoller::finish(LroResult result)
{
    if (isFinished())
        return;
    m_timer->stop();
    qCDebug(lcArm).noquote() << "operation finished" << result.status << secrets::redact::url(QUrl(m_state.resourceUrl));
    finishWith([this, result] { Q_EMIT finished(result); });
}

} // namespace cw::arm
