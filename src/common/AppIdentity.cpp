#include "common/AppIdentity.h"

#include <QCoreApplication>
#include <QSysInfo>

#include "cw/Version.h"

namespace cw {

QString versionString()
{
    return QStringLiteral(CW_VERSION_STRING);
}

QString userAgent()
{
    // Made once: QSysInfo::prettyProductName() reads /etc/os-release at every call, which was 8% of
    // the GUI thread's time per ARM request with 200 operations polling.
    static const QString value = QStringLiteral("%1/%2 (Qt %3; %4)")
                                     .arg(QLatin1String(kAppName), versionString(), QLatin1String(qVersion()),
                                          QSysInfo::prettyProductName());
    return value;
}

void applyAppIdentity(QCoreApplication &app)
{
    (void)app; // the names are the class's (static); the parameter says an instance exists
    applyAppNames();
    QCoreApplication::setApplicationVersion(versionString());
}

void applyAppNames()
{
    QCoreApplication::setApplicationName(QLatin1String(kAppName));
    QCoreApplication::setOrganizationName(QLatin1String(kOrganizationName));
}

} // namespace cw
