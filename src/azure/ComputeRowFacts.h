#pragma once
#include "azure/ComputeResource.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <string_view>

namespace cw::azure {

// The few facts of a compute that a list of computes shows (the CLI's `list` table and the
// top of `show`), a handful of strings. Read from the model, or straight from a compute's JSON
// text without building a document (a 5,000-compute list keeps these rows only); both readers
// give the same facts for the same document, read as ComputeResource::fromJson reads them (any
// case of a member's name, wrong types ignored).
struct ComputeRowFacts {
    // What is read: the CLI's columns (Summary), or also what the desktop's clusters table keeps
    // of each compute for its row and details panel (Row: ids, dates, errors, endpoint...).
    enum class Detail : quint8 { Summary, Row };

    QString name;
    std::optional<QString> computeType;
    std::optional<QString> provisioningState;
    std::optional<QString> computeLocation;
    std::optional<QString> location;
    std::optional<bool> isAttachedCompute;
    // properties.properties (the AKS properties), when it is an object
    bool hasAks = false;
    std::optional<QString> clusterPurpose;
    std::optional<int> agentCount;
    std::optional<QString> agentVmSize;
    std::optional<QString> loadBalancerType;
    // properties.properties.sslConfiguration, when it is an object
    bool hasSsl = false;
    std::optional<QString> sslStatus;
    // properties.properties of a Kubernetes compute (computeType "Kubernetes", any case), read
    // instead of the AKS members above
    bool hasKubernetes = false;
    std::optional<QString> kubernetesNamespace;
    std::optional<QString> defaultInstanceType;
    QStringList instanceTypes; // the names of the object members, sorted, once each

    // Detail::Row only (empty otherwise).
    QString id;
    std::optional<QString> resourceId;
    std::optional<QString> createdOn;
    std::optional<QString> modifiedOn;
    struct Error {
        QString code, message;
        bool operator==(const Error &) const = default;
    };
    QList<Error> provisioningErrors; // provisioningErrors[] as {error:{code,message}} or {code,message}
    std::optional<QString> clusterFqdn;
    std::optional<QString> loadBalancerSubnet;
    // publicIpAddress of the last systemServices entry whose systemServiceType is ScoringFront
    // (any case); nullopt when there is none.
    std::optional<QString> scoringFrontAddress;
    std::optional<QString> sslCname;
    std::optional<QString> sslLeafDomainLabel;

    // The TLS column: the status when TLS is on (Enabled or Auto, any case), else "-".
    QString tlsText() const;
    // The NAMESPACE and INSTANCE TYPES columns of a Kubernetes compute ("default" when the
    // namespace is not given; "small (default), gpu"), empty for other types.
    QString namespaceText() const;
    QString instanceTypesText() const;

    static ComputeRowFacts fromModel(const ComputeResource &compute, Detail detail = Detail::Summary);
    // nullopt when `document` is not an object. The text must be checked JSON (see
    // common/JsonText.h).
    static std::optional<ComputeRowFacts> fromText(std::string_view document, Detail detail = Detail::Summary);

    bool operator==(const ComputeRowFacts &) const = default;
};

} // namespace cw::azure
