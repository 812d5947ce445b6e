#pragma once
#include "arm/ArmConnection.h"
#include "arm/ArmPager.h"
#include "azure/ServiceJob.h"

namespace cw::azure {

// A list walked page by page whose items are not collected: each page's `value` array is handed
// to the reader as its page arrives (see ArmPager::setPageReader) and forgotten once read, so a
// long list costs one page of memory. The result is the number of items read; progressed()
// reports the running count.
class ArmStreamJob : public ResultJob<qint64>
{
public:
    ArmStreamJob(arm::ArmConnection *connection, arm::ArmRequest first, arm::ArmPager::PageReader reader);

private:
    void doCancel() override;

    arm::ArmPager *m_pager;
};

} // namespace cw::azure
