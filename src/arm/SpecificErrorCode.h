#pragma once
#include <QString>

#include <nlohmann/json.hpp>

// Azure ML (and other resource providers) wrap their errors in a generic code, the specific one
// sitting one level down:
//   {"code":"UserError","message":...,"details":[{"code":"QuotaExceeded",...}]}
//   {"code":"UserError",...,"innerError":{"code":"QuotaExceeded"}}
//   {"code":"UserError",...,"details":[],"additionalInfo":[{"type":"InnerError",
//                                              "info":{"value":{"code":"QuotaExceeded"}}}]}
// The app keys its sentences on the specific code, so it has to be found in any of them.
namespace cw::arm {

// True for the generic wrapper codes ("UserError", "ServiceError", "SystemError"; any case).
bool isWrapperErrorCode(const QString &code);

// The specific code inside an ARM error object ({code,message,details,innerError,additionalInfo})
// whose own code is a wrapper: the first non-wrapper code of details (depth first), innerError
// (its chain) or an additionalInfo item of type InnerError / ErrorCode. Empty when the object's
// code is not a wrapper or nothing more specific is inside. Never throws on odd types.
QString specificErrorCode(const nlohmann::json &errorObject);

} // namespace cw::arm
