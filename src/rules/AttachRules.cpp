#include "rules/AttachRules.h"

#include <QCoreApplication>

namespace cw::rules {
namespace {

struct AttachRulesText {
    Q_DECLARE_TR_FUNCTIONS(cw::rules::AttachRules)
};

const QString kAttachField = QStringLiteral("aksResourceId");

} // namespace

Findings validateSameSubscription(const AksResourceId &cluster, const QString &workspaceSubscription)
{
    Findings out;
    if (cluster.subscription.compare(workspaceSubscription.trimmed(), Qt::CaseInsensitive) != 0) {
        out.append(error(QStringLiteral("attach.otherSubscription"), kAttachField,
                         AttachRulesText::tr("The cluster is in subscription %1 but the workspace is in %2. "
                                  "Attach a cluster from the workspace's subscription.")
                             .arg(cluster.subscription, workspaceSubscription.trimmed())));
    }
    return out;
}

Findings validateNotAlreadyAttached(const AksResourceId &cluster, const QString &computeName,
                                    const QList<ExistingCompute> &computes)
{
    Findings out;
    for (const ExistingCompute &c : computes) {
        if (c.resourceId.isEmpty() || !sameResourceId(c.resourceId, cluster.toString()))
            continue;
        if (c.name.compare(computeName, Qt::CaseInsensitive) == 0) {
            out.append(error(QStringLiteral("attach.alreadyAttachedSameName"), kAttachField,
                             AttachRulesText::tr("The cluster is already attached as \"%1\". To change its "
                                      "settings, detach it first, then attach it again.")
                                 .arg(c.name)));
        } else {
            out.append(error(QStringLiteral("attach.alreadyAttached"), kAttachField,
                             AttachRulesText::tr("The cluster is already attached to this workspace as \"%1\"; "
                                      "a second attachment would break it. Use \"%1\", or detach it "
                                      "first.")
                                 .arg(c.name)));
        }
    }
    return out;
}

Findings validateAttachTarget(const QString &resourceId, const QString &workspaceSubscription,
                              const QString &computeName, const QList<ExistingCompute> &computes)
{
    const AksResourceIdParse parsed = parseAksResourceId(resourceId);
    if (!parsed.ok())
        return {error(parsed.code, kAttachField, parsed.message)};
    Findings out = validateSameSubscription(*parsed.id, workspaceSubscription);
    out.append(validateNotAlreadyAttached(*parsed.id, computeName, computes));
    return out;
}

} // namespace cw::rules
