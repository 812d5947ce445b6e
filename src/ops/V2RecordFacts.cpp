#include "ops/V2RecordFacts.h"

#include "common/JsonFields.h"

namespace cw::ops::v2record {

using nlohmann::json;

PutPhase putPhase(const json &migration, const char *key)
{
    const QString name = jsonfields::string(migration, key);
    if (name == QLatin1String("intent-recorded"))
        return PutPhase::IntentRecorded;
    if (name == QLatin1String("acknowledged"))
        return PutPhase::Acknowledged;
    return PutPhase::NotSent;
}

const char *putPhaseName(PutPhase phase)
{
    switch (phase) {
    case PutPhase::NotSent: return "not-sent";
    case PutPhase::IntentRecorded: return "intent-recorded";
    case PutPhase::Acknowledged: return "acknowledged";
    }
    return "not-sent";
}

rules::ExtensionConfiguration extensionSettings(const json &migration)
{
    rules::ExtensionConfiguration config;
    if (!migration.is_object())
        return config;
    const json settings = migration.value("extensionSettings", json::object());
    if (settings.is_object())
        for (auto it = settings.begin(); it != settings.end(); ++it)
            if (it->is_string())
                config.settings.insert(QString::fromStdString(it.key()), QString::fromStdString(it->get<std::string>()));
    return config;
}

QStringList protectedSettingNames(const json &migration)
{
    QStringList names;
    if (!migration.is_object())
        return names;
    const json list = migration.value("protectedSettings", json::array());
    if (list.is_array())
        for (const json &name : list)
            if (name.is_string())
                names.append(QString::fromStdString(name.get<std::string>()));
    return names;
}

} // namespace cw::ops::v2record
