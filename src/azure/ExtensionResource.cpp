#include "azure/ExtensionResource.h"

#include "common/JsonFields.h"

#include <QCoreApplication>

namespace cw::azure {

using jsonfields::FieldReader;
using Json = nlohmann::json;

bool ExtensionResource::succeeded() const
{
    return provisioningState.compare(QLatin1String("Succeeded"), Qt::CaseInsensitive) == 0;
}

bool ExtensionResource::failed() const
{
    return provisioningState.compare(QLatin1String("Failed"), Qt::CaseInsensitive) == 0;
}

QStringList ExtensionResource::errorLines() const
{
    QStringList lines;
    for (const ExtensionStatus &s : statuses) {
        if (s.level.compare(QLatin1String("Error"), Qt::CaseInsensitive) != 0)
            continue;
        lines.append(s.code.isEmpty() ? s.message : s.code + QStringLiteral(": ") + s.message);
    }
    return lines;
}

ParseResult<ExtensionResource> ExtensionResource::fromJson(const Json &json)
{
    if (!json.is_object())
        return ParseResult<ExtensionResource>::failure(
            QCoreApplication::translate("cw::azure", "The extension description is not a JSON object."));
    ParseResult<ExtensionResource> r;
    QStringList *w = &r.warnings;
    ExtensionResource e;
    const FieldReader f(json, {}, w);
    e.id = f.string("id").value_or(QString());
    e.name = f.string("name").value_or(QString());
    if (const Json *props = f.object("properties")) {
        const FieldReader p(*props, QStringLiteral("properties"), w);
        e.extensionType = p.string("extensionType").value_or(QString());
        e.version = p.string("version").value_or(QString());
        e.installedVersion = p.string("installedVersion").value_or(QString());
        e.provisioningState = p.string("provisioningState").value_or(QString());
        e.releaseTrain = p.string("releaseTrain").value_or(QString());
        e.autoUpgradeMinorVersion = p.boolean("autoUpgradeMinorVersion");
        if (const Json *scope = p.object("scope")) {
            const FieldReader s(*scope, p.pathOf("scope"), w);
            if (const Json *cluster = s.object("cluster"))
                e.releaseNamespace = FieldReader(*cluster, s.pathOf("cluster"), w).string("releaseNamespace").value_or(QString());
        }
        if (const Json *settings = p.object("configurationSettings")) {
            for (auto it = settings->begin(); it != settings->end(); ++it) {
                if (it->is_string())
                    e.settings.insert(jsonfields::toQString(it.key()), jsonfields::toQString(it->get<std::string>()));
                else if (!it->is_null())
                    w->append(p.pathOf("configurationSettings") + QLatin1Char('.') + jsonfields::toQString(it.key())
                              + QLatin1String(": expected a string"));
            }
        }
        if (const Json *statuses = p.array("statuses")) {
            int i = 0;
            for (const Json &item : *statuses) {
                const QString path = p.pathOf("statuses") + QStringLiteral("[%1]").arg(i++);
                if (!item.is_object()) {
                    w->append(path + QLatin1String(": expected an object"));
                    continue;
                }
                const FieldReader s(item, path, w);
                e.statuses.append({s.string("code").value_or(QString()), s.string("displayStatus").value_or(QString()),
                                   s.string("level").value_or(QString()), s.string("message").value_or(QString()),
                                   s.string("time").value_or(QString())});
            }
        }
    }
    if (e.name.isEmpty() && e.id.isEmpty())
        return ParseResult<ExtensionResource>::failure(
            QCoreApplication::translate("cw::azure", "The extension description has neither a name nor an id."));
    e.raw = json;
    r.value = std::move(e);
    return r;
}

} // namespace cw::azure
