#include "sandbox/SandboxState.h"

#include "common/JsonNesting.h"
#include "common/PrivateFile.h"

#include <QFile>
#include <QLoggingCategory>

#include <algorithm>
#include <cmath>
#include <type_traits>

Q_LOGGING_CATEGORY(lcSandboxState, "cw.sandbox.state", QtInfoMsg)

namespace cw::sandbox {

Json SandboxSettings::toJson() const
{
    return {{"speed", speed},
            {"pageSize", pageSize},
            {"tokenLifetimeSeconds", tokenLifetimeSeconds},
            {"deviceCodeAutoApprove", deviceCodeAutoApprove},
            {"deviceCodeIntervalSeconds", deviceCodeIntervalSeconds},
            {"deviceCodeLifetimeSeconds", deviceCodeLifetimeSeconds},
            {"aksCreationDisabled", aksCreationDisabled},
            {"policyDenyPublicIp", policyDenyPublicIp},
            {"regionalCoreQuota", regionalCoreQuota},
            {"errorShape", s(errorShape)},
            {"updateReply", s(updateReply)}};
}

QString SandboxSettings::apply(const Json &patch)
{
    if (!patch.is_object())
        return QStringLiteral("settings must be a JSON object");
    SandboxSettings next = *this;
    for (auto it = patch.begin(); it != patch.end(); ++it) {
        const std::string &k = it.key();
        const Json &v = it.value();
        // Bounded on both sides: an enormous page size or lifetime would overflow the
        // arithmetic that uses it (skip + pageSize, now + lifetime * 1000, interval + 5).
        auto number = [&](auto &field, double minimum, double maximum) {
            using Field = std::remove_reference_t<decltype(field)>;
            if (!v.is_number())
                return false;
            const double value = v.get<double>();
            if (!(value >= minimum && value <= maximum)) // NaN fails too
                return false;
            if constexpr (std::is_integral_v<Field>) {
                // Range before conversion: {"pageSize": 4.4e91} is refused, not undefined.
                field = static_cast<Field>(std::trunc(value)); // within [minimum, maximum]
            } else {
                field = value;
            }
            return true;
        };
        auto flag = [&](bool &field) {
            if (!v.is_boolean())
                return false;
            field = v.get<bool>();
            return true;
        };
        auto choice = [&](QString &field, std::initializer_list<const char *> allowed) {
            if (!v.is_string())
                return false;
            for (const char *value : allowed) {
                if (v.get<std::string>() == value) {
                    field = QLatin1String(value);
                    return true;
                }
            }
            return false;
        };
        bool ok = true;
        constexpr double kYearSeconds = 366.0 * 24 * 3600;
        if (k == "speed") ok = number(next.speed, 0, 1e6);
        else if (k == "pageSize") ok = number(next.pageSize, 1, 1e6);
        else if (k == "tokenLifetimeSeconds") ok = number(next.tokenLifetimeSeconds, 0, kYearSeconds);
        else if (k == "deviceCodeAutoApprove") ok = flag(next.deviceCodeAutoApprove);
        else if (k == "deviceCodeIntervalSeconds") ok = number(next.deviceCodeIntervalSeconds, 0, 3600);
        else if (k == "deviceCodeLifetimeSeconds") ok = number(next.deviceCodeLifetimeSeconds, 0, kYearSeconds);
        else if (k == "aksCreationDisabled") ok = flag(next.aksCreationDisabled);
        else if (k == "policyDenyPublicIp") ok = flag(next.policyDenyPublicIp);
        else if (k == "regionalCoreQuota") ok = number(next.regionalCoreQuota, 0, 1e9);
        else if (k == "errorShape") ok = choice(next.errorShape, {"flat", "wrapped", "innerError"});
        else if (k == "updateReply") ok = choice(next.updateReply, {"async", "sync", "poll"});
        else return QStringLiteral("unknown setting '%1'").arg(q(k));
        if (!ok)
            return QStringLiteral("setting '%1' has a wrong type or value").arg(q(k));
    }
    *this = next;
    return {};
}

SandboxState::SandboxState()
{
    m_saveTimer.setSingleShot(true);
    QObject::connect(&m_saveTimer, &QTimer::timeout, [this] { saveNow(); });
}

bool SandboxState::load(const QString &path, bool fresh, const std::function<Json()> &seed,
                        QString *error)
{
    m_path = path;
    ++m_version; // a new world
    ++m_loads;
    QFile file(path);
    if (!fresh && file.open(QIODevice::ReadOnly)) {
        std::optional<Json> loaded = parseJson(file.readAll(), kMaxStoredJsonDepth);
        if (loaded && loaded->is_object() && loaded->value("schema", 0) == 1) {
            root = std::move(*loaded);
            settings.apply(root.value("settings", Json::object()));
            qCInfo(lcSandboxState) << "loaded state from" << path;
            return true;
        }
        qCWarning(lcSandboxState) << "state file unreadable, starting from the seed:" << path;
    }
    root = seed();
    root["schema"] = 1;
    for (const char *k : {"workspaces", "computes", "clusters", "clusterSecrets", "kubeIdentities", "kubeObjects",
                          "operations", "tokens", "deviceCodes", "subscriptions"}) {
        if (!root.contains(k))
            root[k] = Json::object();
    }
    return saveNow(error);
}

bool SandboxState::saveNow(QString *error)
{
    m_saveTimer.stop();
    if (m_path.isEmpty())
        return true;
    root["settings"] = settings.toJson();
    QElapsedTimer writing;
    writing.start();
    const FileWriteResult written =
        writePrivateFileAtomically(m_path, QByteArray::fromStdString(root.dump()));
    m_lastWriteMs = writing.elapsed();
    m_sinceLastWrite.start();
    if (!written.ok) {
        qCWarning(lcSandboxState) << "could not write the state:" << written.error;
        if (error)
            *error = written.error;
    }
    return written.ok;
}

void SandboxState::markDirty()
{
    ++m_version;
    if (!m_saveTimer.isActive())
        m_saveTimer.start(int(savePauseMs(m_lastWriteMs, m_sinceLastWrite.isValid() ? m_sinceLastWrite.elapsed()
                                                                                       : kMaxSavePauseMs)));
}

qint64 SandboxState::savePauseMs(qint64 lastWriteMs, qint64 sinceLastWriteMs)
{
    const qint64 dueIn = lastWriteMs * kSaveCostShare - std::max<qint64>(0, sinceLastWriteMs);
    return std::clamp(dueIn, kMinSavePauseMs, kMaxSavePauseMs);
}

Json *SandboxState::subscription(const QString &subscriptionId)
{
    auto it = root["subscriptions"].find(key(subscriptionId));
    return it == root["subscriptions"].end() ? nullptr : &*it;
}

bool SandboxState::hasResourceGroup(const QString &subscriptionId, const QString &resourceGroup)
{
    const Json *sub = subscription(subscriptionId);
    if (!sub)
        return false;
    for (const Json &rg : sub->value("resourceGroups", Json::array())) {
        if (rg.is_string() && q(rg.get<std::string>()).compare(resourceGroup, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

Json *SandboxState::workspace(const QString &wsId)
{
    auto it = root["workspaces"].find(key(wsId));
    return it == root["workspaces"].end() ? nullptr : &*it;
}

Json &SandboxState::computes(const QString &wsId)
{
    Json &all = root["computes"][key(wsId)];
    if (!all.is_object())
        all = Json::object();
    return all;
}

Json *SandboxState::cluster(const QString &id)
{
    auto it = root["clusters"].find(key(id));
    return it == root["clusters"].end() ? nullptr : &*it;
}

Json &SandboxState::clusterSecrets(const QString &id)
{
    Json &secrets = root["clusterSecrets"][key(id)];
    if (!secrets.is_object())
        secrets = Json::object();
    return secrets;
}

QString workspaceId(const QString &sub, const QString &rg, const QString &name)
{
    return QStringLiteral("/subscriptions/%1/resourceGroups/%2/providers/"
                          "Microsoft.MachineLearningServices/workspaces/%3")
        .arg(sub, rg, name);
}

QString clusterId(const QString &sub, const QString &rg, const QString &name)
{
    return QStringLiteral("/subscriptions/%1/resourceGroups/%2/providers/"
                          "Microsoft.ContainerService/managedClusters/%3")
        .arg(sub, rg, name);
}

bool parseResourceId(const QString &id, QString *sub, QString *rg, QString *name)
{
    const QStringList parts = id.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.size() != 8 || parts[0].compare(QLatin1String("subscriptions"), Qt::CaseInsensitive) != 0
        || parts[2].compare(QLatin1String("resourceGroups"), Qt::CaseInsensitive) != 0
        || parts[4].compare(QLatin1String("providers"), Qt::CaseInsensitive) != 0)
        return false;
    *sub = parts[1];
    *rg = parts[3];
    *name = parts[7];
    return true;
}

} // namespace cw::sandbox
