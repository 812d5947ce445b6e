#pragma once

#include "arm/ArmError.h"

#include <QString>

#include <nlohmann/json.hpp>

#include <optional>
#include <vector>

// Reading the documents a long-running operation answers with (the Azure-AsyncOperation status
// document and the resource itself), apart from the polling, so the same code can be tested and
// fuzzed from bytes.
namespace cw::arm {

// properties.provisioningState of a resource; empty when absent.
QString provisioningState(const nlohmann::json &resource);
// properties.provisioningErrors of an Azure ML compute ([{error:{code,message}}]).
std::vector<ArmError> provisioningErrors(const nlohmann::json &resource);
// One error as the table, the details and the CLI show it: "message (code)", or either alone.
QString provisioningErrorLine(const QString &code, const QString &message);
// Every provisioning error of the resource, one line each ("" when none).
QString provisioningErrorsText(const nlohmann::json &resource);

// One Azure-AsyncOperation status document: {status, percentComplete?, error?}.
struct OperationStatusDocument {
    QString status;             // as sent; empty when the document has none (malformed)
    std::optional<int> percent; // percentComplete, clamped to 0..100
    // Why the operation ended, for a terminal status other than success (set only then).
    std::optional<ArmError> error;
};
OperationStatusDocument readOperationStatus(const nlohmann::json &body);

} // namespace cw::arm
