#pragma once
// The Azure ML v2 facts an operation record keeps in its `migration` member, read and written by
// the steps a move to v2 and a v2 attach share (OperationDriverExtension.cpp) and by the move's
// own (OperationDriverMigrate.cpp). Never key material: protected settings are named, not kept.
#include <QString>

#include <nlohmann/json.hpp>

#include "ops/OperationRecord.h"
#include "rules/ExtensionConfiguration.h"

namespace cw::ops::v2record {

// The phase of the PUT whose phase the member `key` holds ("extensionPut", "computePut").
PutPhase putPhase(const nlohmann::json &migration, const char *key);
const char *putPhaseName(PutPhase phase);
// The extension's configurationSettings as the record keeps them ("extensionSettings").
rules::ExtensionConfiguration extensionSettings(const nlohmann::json &migration);
// The names of the protected settings a v2 attach must send with its extension PUT
// ("protectedSettings"); their values live in memory and in the keychain only.
QStringList protectedSettingNames(const nlohmann::json &migration);

} // namespace cw::ops::v2record
