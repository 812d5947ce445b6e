#include "azure/OrchestratorVersion.h"

#include "common/JsonFields.h"
#include "azure/ModelList.h"
#include "rules/KubernetesVersions.h"

#include <QCoreApplication>
#include <QStringList>

namespace cw::azure {

using jsonfields::FieldReader;
using Json = nlohmann::json;

ParseResult<OrchestratorVersion> OrchestratorVersion::fromJson(const Json &json)
{
    if (!json.is_object())
        return ParseResult<OrchestratorVersion>::failure(
            QCoreApplication::translate("cw::azure", "An orchestrator entry is not a JSON object."));
    ParseResult<OrchestratorVersion> r;
    const FieldReader f(json, {}, &r.warnings);
    OrchestratorVersion v;
    v.orchestratorType = f.string("orchestratorType").value_or(QString());
    v.orchestratorVersion = f.string("orchestratorVersion").value_or(QString());
    v.isDefault = f.boolean("default").value_or(false);
    v.isPreview = f.boolean("isPreview").value_or(false);
    if (const Json *upgrades = f.array("upgrades")) {
        int i = 0;
        for (const Json &u : *upgrades) {
            const QString path = f.pathOf("upgrades") + QStringLiteral("[%1]").arg(i++);
            if (!u.is_object()) {
                r.warnings.append(path + QLatin1String(": expected an object"));
                continue;
            }
            const FieldReader uf(u, path, &r.warnings);
            v.upgrades.append({uf.string("orchestratorType").value_or(QString()),
                               uf.string("orchestratorVersion").value_or(QString()),
                               uf.boolean("isPreview").value_or(false)});
        }
    }
    if (v.orchestratorVersion.isEmpty())
        return ParseResult<OrchestratorVersion>::failure(
            QCoreApplication::translate("cw::azure", "An orchestrator entry has no orchestratorVersion."));
    r.value = std::move(v);
    return r;
}

ParseResult<QList<OrchestratorVersion>> parseOrchestratorVersionList(const Json &json)
{
    const Json *props = jsonfields::find(json, "properties", jsonfields::Keys::AnyCase);
    const Json *list = props ? jsonfields::find(*props, "orchestrators", jsonfields::Keys::AnyCase) : nullptr;
    if (!list || !list->is_array())
        return ParseResult<QList<OrchestratorVersion>>::failure(QCoreApplication::translate(
            "cw::azure", "The orchestrator list has no 'properties.orchestrators' array."));
    ParseResult<QList<OrchestratorVersion>> r;
    QList<OrchestratorVersion> all = parseModelList<OrchestratorVersion>(*list, &r.warnings);
    QList<OrchestratorVersion> kube;
    for (OrchestratorVersion &v : all) {
        if (v.orchestratorType.isEmpty()
            || v.orchestratorType.compare(QLatin1String("Kubernetes"), Qt::CaseInsensitive) == 0)
            kube.append(std::move(v));
    }
    r.value = std::move(kube);
    return r;
}

QString defaultKubernetesVersion(const QList<OrchestratorVersion> &versions)
{
    QString best;
    for (const OrchestratorVersion &v : versions) {
        if (v.isDefault)
            return v.orchestratorVersion;
        if (!v.isPreview && (best.isEmpty() || rules::compareVersions(v.orchestratorVersion, best) > 0))
            best = v.orchestratorVersion;
    }
    return best;
}

} // namespace cw::azure
