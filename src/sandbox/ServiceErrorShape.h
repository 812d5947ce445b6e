#pragma once
#include "sandbox/SandboxHttp.h"

// The shapes of Azure ML provider errors (SandboxSettings::errorShape). ARM's own errors (token,
// api-version, unknown subscription or type) are always flat; those the Machine Learning
// service itself sends come wrapped on real Azure:
//   flat        {"error":{"code":"QuotaExceeded","message":...}}
//   wrapped     {"error":{"code":"UserError","message":...,"details":[{"code":"QuotaExceeded",...}],
//                         "additionalInfo":[{"type":"ComponentName",...},{"type":"Correlation",...},
//                                           {"type":"InnerError","info":{"value":{"code":"QuotaExceeded"}}}]}}
//   innerError  as wrapped, but "details":[]: the specific code is only in additionalInfo
// ("UserError" for 4xx answers, "ServiceError" for 5xx and internal errors).
namespace cw::sandbox {

// The error object {code,message[,target]} in `shape`; unchanged for "flat" or when it is
// already wrapped.
Json shapedServiceError(const Json &error, int httpStatus, const QString &shape);

// Rewrites the error of an Azure ML answer in place: {"error":{...}} of a 4xx/5xx reply, and the
// "error" of a Failed/Canceled operation status document.
void shapeServiceErrors(HttpReply &reply, const QString &shape);

} // namespace cw::sandbox
