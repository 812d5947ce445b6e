#pragma once
// The ARM request of a subscription's AKS cluster list, built in one place: ManagedClusterService
// sends it (listStream) and session::ListingsAhead fetches it ahead at start.
#include "arm/ArmTypes.h"

namespace cw::azure::managedclusterrequest {

arm::ArmRequest list(const QString &subscriptionId);

} // namespace cw::azure::managedclusterrequest
