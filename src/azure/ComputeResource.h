#pragma once
#include "azure/AksProperties.h"
#include "azure/KubernetesProperties.h"
#include "azure/ParseResult.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <nlohmann/json.hpp>

#include <optional>

namespace cw::azure {

enum class ProvisioningState { Unknown, Updating, Creating, Deleting, Succeeded, Failed, Canceled };
// computeType "Kubernetes" (any case): the v2 compute.
bool isKubernetesComputeType(const std::optional<QString> &computeType);
// Case-insensitive; anything unrecognised is Unknown.
ProvisioningState provisioningStateFromString(const QString &text);
bool isTerminal(ProvisioningState state);

struct ProvisioningError {
    QString code;
    QString message;
};

// A compute of an Azure ML workspace (Microsoft.MachineLearningServices/workspaces/computes).
// Modelled for AKS (v1) and Kubernetes (v2, the AKS cluster with the Azure ML extension); other
// compute types read fine and are preserved verbatim.
// Read-modify-write: fromJson() keeps the whole document in `raw`; edit the typed fields and
// toJson() overlays them on the original, so unknown fields are sent back (an update PUTs
// computerequest::updateBody(toJson())).
struct ComputeResource {
    QString id;
    QString name;
    QString type;
    std::optional<QString> location;

    // properties.*
    std::optional<QString> computeType;       // "AKS", "AmlCompute", ...
    std::optional<QString> computeLocation;   // create only
    std::optional<QString> resourceId;        // the AKS cluster's ARM id
    std::optional<QString> description;
    std::optional<QString> provisioningState; // read-only
    QList<ProvisioningError> provisioningErrors;  // read-only
    std::optional<QString> createdOn;         // read-only
    std::optional<QString> modifiedOn;        // read-only
    std::optional<bool> isAttachedCompute;    // read-only
    // properties.properties: of a Kubernetes compute in `kubernetes`, of any other type in `aks`
    // (read as AKS properties, as before: an AmlCompute's are mostly unknown fields kept in raw).
    std::optional<AksProperties> aks;
    std::optional<KubernetesProperties> kubernetes;
    std::optional<ComputeIdentity> identity; // the resource's "identity" (Kubernetes computes)

    nlohmann::json raw = nlohmann::json::object();

    bool isAks() const;
    bool isKubernetes() const; // computeType "Kubernetes", any case
    ProvisioningState state() const;
    // Forgets the original documents kept for read-modify-write (`raw` here and in the AKS
    // properties): for read-only copies, such as a table's rows. Each kept document is a tree of
    // small allocations, and a list of 6,000 of them took 100 ms just to free. toJson() then
    // holds the typed fields only, so never PUT such a copy.
    void dropRawDocuments();

    static ParseResult<ComputeResource> fromJson(const nlohmann::json &json);
    static ParseResult<ComputeResource> fromBytes(const QByteArray &bytes);

    // The full document: `raw` with every typed field overlaid.
    nlohmann::json toJson() const;
};

} // namespace cw::azure
