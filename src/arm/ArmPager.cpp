#include "arm/ArmPager.h"

#include "arm/ArmConnection.h"
#include "arm/ArmJob.h"
#include "common/JsonFields.h"
#include "common/JsonText.h"

#include <QCoreApplication>

namespace cw::arm {

ArmPager::ArmPager(ArmConnection *connection, ArmRequest first, QObject *parent)
    : AsyncJob(parent, Delivery::Immediate, Lifetime::KeptByOwner)
    , m_connection(connection)
    , m_first(std::move(first))
{
}

ArmPager::~ArmPager()
{
    if (m_job)
        m_job->cancel();
}

void ArmPager::doStart()
{
    fetch(m_first);
}

void ArmPager::doCancel()
{
    if (m_job) {
        m_cancelling = true;
        m_job->cancel(); // the job's finished() ends the pager with its Cancelled error
    } else {
        finish(cancelledError());
    }
}

ArmError ArmPager::cancelledError() const
{
    return ArmError::make(ArmError::Kind::Cancelled, QStringLiteral("Cancelled"), tr("Listing was cancelled."));
}

void ArmPager::fetch(ArmRequest request)
{
    m_job = m_connection->send(std::move(request));
    connect(m_job, &ArmJob::finished, this, [this](const ArmResponse &response) {
        m_job = nullptr;
        if (isFinished())
            return;
        if (response.error) {
            finish(response.error);
            return;
        }
        if (m_cancelling) {
            finish(cancelledError());
            return;
        }
        QString next;
        if (!(m_reader ? readText(response.body, &next) : readDocument(response, &next))) {
            ArmError error = ArmError::make(ArmError::Kind::Malformed, QStringLiteral("MalformedPage"),
                                            tr("Azure sent a list page that could not be read (no \"value\" array)."));
            error.httpStatus = response.httpStatus;
            finish(error);
            return;
        }
        if (isFinished())
            return; // cancelled from a page() handler or the reader

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

bool ArmPager::readDocument(const ArmResponse &response, QString *next)
{
    const nlohmann::json body = response.json();
    const auto *values = jsonfields::find(body, "value");
    if (!values || !values->is_array())
        return false;
    ++m_pages;
    m_items += qint64(values->size());
    *next = jsonfields::string(body, "nextLink");
    Q_EMIT page(*values);
    return true;
}

bool ArmPager::readText(const QByteArray &body, QString *next)
{
    // The members readDocument() reads, found in place: the exact key, the last when repeated,
    // a nextLink that is no string is none.
    std::string_view page(body.constData(), size_t(body.size()));
    if (page.starts_with("\xEF\xBB\xBF"))
        page.remove_prefix(3); // a byte order mark, which the JSON check (nlohmann) skips too
    std::string_view values;
    for (jsontext::Members m(page); m.next();) {
        if (jsontext::keyIs(m.rawKey(), "value"))
            values = m.value();
        else if (jsontext::keyIs(m.rawKey(), "nextLink"))
            *next = jsontext::stringValue(m.value()).value_or(QString());
    }
    if (values.empty() || values.front() != '[')
        return false;
    const std::optional<qint64> read = m_reader(values);
    if (!read)
        return false;
    ++m_pages;
    m_items += *read;
    return true;
}

void ArmPager::finish(std::optional<ArmError> error)
{
    finishWith([this, error] { Q_EMIT finished(error); });
}

} // namespace cw::arm
