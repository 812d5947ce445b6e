#pragma once
#include <QString>

namespace cw {

// Which Azure ML workspace: the one description the rules, the services, the operations and
// the views share (a wizard's spec, a service's target, the key of an operation's history).
// Build it with designated initializers: fields a user does not know stay empty.
struct WorkspaceRef {
    QString cloud;           // "Sandbox", "AzureCloud", ...; part of an operation's identity
    QString subscriptionId;
    QString resourceGroup;
    QString workspace;
    QString location;        // the workspace's region, e.g. "westeurope" (when read or chosen)

    // Stable, case-insensitive identity of the workspace: "cloud/sub/rg/ws" lower-cased.
    QString key() const;
    bool operator==(const WorkspaceRef &) const = default;
};

} // namespace cw
