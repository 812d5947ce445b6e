#pragma once
#include "sandbox/SandboxHttp.h"

#include <QStringList>

// ARM's answers for paths no endpoint serves. The sandbox serves Azure AD and ARM on one host,
// so a path the ARM router does not own used to reach the AD endpoints and got AD's
// "invalid_tenant": a client (az, an SDK) then saw an error of the wrong service.
namespace cw::sandbox {

// True for a path AD cannot own: ARM's top-level collections (providers, tenants, resources,
// locations, operations, resourceGroups, batch) or any call with a date api-version (AD's own
// endpoints take none, or "1.0"/"1.1").
bool isArmPath(const HttpCall &call, const QStringList &segments);

// 404 {"error":{"code":"InvalidResourceType",...}} as ARM sends for a type it does not know.
HttpReply unknownArmResourceType(const HttpCall &call, const QString &type, const QString &providerNamespace);

// The 404 for a path outside /subscriptions no endpoint serves: /providers/{namespace}/{type}...
// names its namespace, anything else is a Microsoft.Resources type.
HttpReply unknownArmPathReply(const HttpCall &call, const QStringList &segments);

} // namespace cw::sandbox
