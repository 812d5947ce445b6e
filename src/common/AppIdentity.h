#pragma once
#include <QString>

class QCoreApplication;

namespace cw {

// The names under which settings, the journal and keychain entries are stored. One place, so
// the GUI, the CLI and the tests agree (and the keychain service name is the app name).
inline constexpr auto kAppName = "clusterwright";
inline constexpr auto kAppDisplayName = "Clusterwright";
inline constexpr auto kOrganizationName = "Clusterwright";

QString versionString();
// User-Agent value for every HTTP request: "clusterwright/<version> (Qt <qt>; <os>)".
QString userAgent();
// Sets application and organization names and version on the running application.
void applyAppIdentity(QCoreApplication &app);
// The names alone, before the application object exists: QSettings and QStandardPaths find
// their files with them (the app reads its settings before QApplication, to start its sandbox).
void applyAppNames();

} // namespace cw
