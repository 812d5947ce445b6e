#include "arm/ArmPager.h"

#include "arm/ArmConnection.h"
#include "arm/ArmJob.h"
#include "common/JsonFields.h"

#include <QCoreApplication>

namespace cw::arm {

ArmPager::ArmPager(ArmConnection *connection, ArmRequest first, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_first(std::move(first))
{
}

ArmPager::~ArmPager()
{
    if (m_job)
        m_job->abort();
}

void ArmPager::start()
{
    fetch(m_first);
}

void ArmPager::cancel()
{
    if (m_job)
        m_job->abort(); // the job's finished() ends the pager with its Cancelled error
    else
        finish(ArmError::make(ArmError::Kind::Cancelled, QStringLiteral("Cancelled"), tr("Listing was cancelled.")));
}

void ArmPager::fetch(ArmRequest request)
{
    m_job = m_connection->send(std::move(request));
    connect(m_job, &ArmJob::finished, this, [this](const ArmResponse &response) {
        m_job = nullptr;
        if (m_done)
            return;
        if (response.error) {
            finish(response.error);
            return;
        }
        const nlohmann::json body = response.json();
        const auto *values = jsonfields::find(body, "value");
        if (!values || !values->is_array()) {
            ArmError error = ArmError::make(ArmError::Kind::Malformed, QStringLiteral("MalformedPage"),
                                            tr("Azure sent a list page that could not be read (no \"value\" array)."));
            error.httpStatus = response.httpStatus;
            finish(error);
            return;
        }
        ++m_pages;
        m_items += qint64(values->size());
        Q_EMIT page(*values);
        if (m_done)
            return; // cancelled from a page() handler

        const QString next = jsonfields::string(body, "nextLink");
        if (next.isEmpty()) {
            finish(std::nullopt);
            return;
        }
        if (m_seenLinks.contains(next) || m_pages >= m_maxPages) {
            finish(ArmError::make(ArmError::Kind::Malformed, QStringLiteral("PagingLoop"),
                                  tr("Azure kept sending more pages (%1 so far); listing stopped.").arg(m_pages)));
            return;
        }
        m_seenLinks.insert(next);
        ArmRequest nextRequest;
        nextRequest.method = "GET";
        nextRequest.pathOrUrl = next; // exactly as given: it already carries its query
        fetch(nextRequest);
    });
}

void ArmPager::finish(std::optional<ArmError> error)
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT finished(error);
}

} // namespace cw::arm
