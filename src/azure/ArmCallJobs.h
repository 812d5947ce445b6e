#pragma once
#include "arm/ArmConnection.h"
#include "arm/ArmJob.h"
#include "arm/ArmPager.h"
#include "azure/ModelList.h"
#include "azure/ParseResult.h"
#include "azure/ServiceJob.h"

#include <QCoreApplication>
#include <QPointer>

#include <functional>

namespace cw::azure {

// One ARM request whose JSON answer is read into T by `parse`.
template <typename T>
class ArmGetJob : public ResultJob<T>
{
public:
    using Parser = std::function<ParseResult<T>(const nlohmann::json &)>;

    ArmGetJob(arm::ArmConnection *connection, arm::ArmRequest request, Parser parse)
        : ResultJob<T>(connection)
        , m_parse(std::move(parse))
    {
        m_job = connection->send(std::move(request));
        QObject::connect(m_job, &arm::ArmJob::finished, this,
                         [this](const arm::ArmResponse &response) { onAnswer(response); });
    }

private:
    void doCancel() override
    {
        if (!m_job)
            return;
        m_cancelling = true;
        m_job->cancel();  // its finished() carries the Cancelled error
    }

    void onAnswer(const arm::ArmResponse &response)
    {
        this->m_lastResponse = response;
        if (response.error) {
            this->m_result.error = response.error;
        } else if (m_cancelling) {
            // The answer had arrived but was still queued when cancel() came: it is not heard.
            this->m_result.error = arm::ArmJob::cancelledError();
        } else {
            const nlohmann::json body = response.json();
            ParseResult<T> parsed = body.is_null()
                ? ParseResult<T>::failure(QCoreApplication::translate("cw::azure", "Azure sent an empty or unreadable answer."))
                : m_parse(body);
            this->m_result.warnings = parsed.warnings;
            if (parsed.value)
                this->m_result.value = std::move(parsed.value);
            else
                this->m_result.error = arm::ArmError::make(arm::ArmError::Kind::Malformed,
                                                           QStringLiteral("MalformedAnswer"), parsed.error);
        }
        this->finishOnce();
    }

    Parser m_parse;
    QPointer<arm::ArmJob> m_job;
    bool m_cancelling = false;
};

// A list walked page by page (nextLink); every page's items are read with T::fromJson and
// collected. progressed() reports the running count.
template <typename T>
class ArmListJob : public ResultJob<QList<T>>
{
public:
    ArmListJob(arm::ArmConnection *connection, arm::ArmRequest first)
        : ResultJob<QList<T>>(connection)
        , m_pager(new arm::ArmPager(connection, std::move(first), this))
    {
        QObject::connect(m_pager, &arm::ArmPager::page, this, [this](const nlohmann::json &values) {
            QList<T> items = parseModelList<T>(values, &this->m_result.warnings);
            if (m_itemTransform)
                for (T &item : items)
                    m_itemTransform(item);
            m_items.append(std::move(items));
            Q_EMIT this->progressed(m_items.size());
        });
        QObject::connect(m_pager, &arm::ArmPager::finished, this,
                         [this](const std::optional<arm::ArmError> &error) {
                             if (error)
                                 this->m_result.error = error;
                             else
                                 this->m_result.value = std::move(m_items);
                             this->finishOnce();
                         });
        m_pager->start();
    }

    void setMaxPages(int pages) { m_pager->setMaxPages(pages); }
    // Applied to each item as its page arrives, e.g. to drop what the caller will not read, so
    // that a large list is neither kept whole in memory nor freed all at once at the end.
    void setItemTransform(std::function<void(T &)> transform) { m_itemTransform = std::move(transform); }

private:
    void doCancel() override { m_pager->cancel(); }

    arm::ArmPager *m_pager;
    QList<T> m_items;
    std::function<void(T &)> m_itemTransform;
};

} // namespace cw::azure
