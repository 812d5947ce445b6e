#pragma once
#include "azure/ParseResult.h"

#include <QList>
#include <QMap>
#include <QString>

#include <optional>

#include <nlohmann/json.hpp>

namespace cw::azure {

// One entry of an extension's statuses[] (the Azure ML extension reports its health check
// there: code E40002, displayStatus, level Error, message).
struct ExtensionStatus {
    QString code;
    QString displayStatus;
    QString level;
    QString message;
    QString time;
};

// A Microsoft.KubernetesConfiguration/extensions resource as GET answers it (2022-11-01 and
// 2022-03-01). The protected settings are never part of it: the service does not return them.
struct ExtensionResource {
    QString id;
    QString name;
    QString extensionType;
    QString version;          // the pinned version; empty when the extension follows its train
    QString installedVersion; // empty until an install succeeded
    QString provisioningState;
    QString releaseTrain;
    std::optional<bool> autoUpgradeMinorVersion;
    QString releaseNamespace; // scope.cluster.releaseNamespace
    QMap<QString, QString> settings; // configurationSettings
    QList<ExtensionStatus> statuses;
    nlohmann::json raw;

    bool succeeded() const;
    bool failed() const;
    // "E40002: message" for each status of level Error (what a failed install says).
    QStringList errorLines() const;

    static ParseResult<ExtensionResource> fromJson(const nlohmann::json &json);
};

} // namespace cw::azure
