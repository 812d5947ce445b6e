#pragma once
// Attach rules: the cluster must be in the workspace's subscription, and must not already be
// attached under another name (each new attachment breaks the earlier one).
#include "rules/AksResourceId.h"
#include "rules/Finding.h"

#include <QList>

namespace cw::rules {

// A compute of the workspace as the rules need it (the azure layer maps its model into this).
struct ExistingCompute {
    QString name;
    QString computeType;       // "AKS", "AmlCompute", ...
    QString resourceId;        // the underlying resource (the AKS cluster for AKS computes)
    QString provisioningState; // "Succeeded", "Failed", ...
};

Findings validateSameSubscription(const AksResourceId &cluster, const QString &workspaceSubscription);

// computeName: the name the user wants for the new attachment.
Findings validateNotAlreadyAttached(const AksResourceId &cluster, const QString &computeName,
                                    const QList<ExistingCompute> &computes);

// Parses and runs both checks above; a parse failure is one error finding.
Findings validateAttachTarget(const QString &resourceId, const QString &workspaceSubscription,
                              const QString &computeName, const QList<ExistingCompute> &computes);

} // namespace cw::rules
