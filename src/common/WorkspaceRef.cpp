#include "common/WorkspaceRef.h"

#include <QStringList>

namespace cw {

QString WorkspaceRef::key() const
{
    return QStringList{cloud, subscriptionId, resourceGroup, workspace}.join(QLatin1Char('/')).toLower();
}

} // namespace cw
