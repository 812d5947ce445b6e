#include "azure/ArmStreamJob.h"

namespace cw::azure {

ArmStreamJob::ArmStreamJob(arm::ArmConnection *connection, arm::ArmRequest first, arm::ArmPager::PageReader reader)
    : ResultJob<qint64>(connection)
    , m_pager(new arm::ArmPager(connection, std::move(first), this))
{
    m_pager->setPageReader([this, reader = std::move(reader)](std::string_view values) {
        const std::optional<qint64> read = reader(values);
        if (read)
            Q_EMIT progressed(m_pager->itemCount() + *read);
        return read;
    });
    connect(m_pager, &arm::ArmPager::finished, this, [this](const std::optional<arm::ArmError> &error) {
        if (error)
            m_result.error = error;
        else
            m_result.value = m_pager->itemCount();
        finishOnce();
    });
    m_pager->start();
}

void ArmStreamJob::doCancel()
{
    m_pager->cancel();
}

} // namespace cw::azure
