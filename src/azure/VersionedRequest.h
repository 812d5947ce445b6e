#pragma once
#include "arm/ArmTypes.h"

namespace cw::azure {

// A request for an ARM path at one of the api-versions of ApiVersions.h: where every request
// of the services and of the operations (ComputeRequests.h) starts.
inline arm::ArmRequest versionedRequest(QByteArray method, QString path, const char *apiVersion)
{
    arm::ArmRequest r;
    r.method = std::move(method);
    r.pathOrUrl = std::move(path);
    r.apiVersion = QLatin1String(apiVersion);
    return r;
}

} // namespace cw::azure
