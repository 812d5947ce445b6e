#include "secrets/KeychainBackend.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibrary>
#include <QMutex>

namespace cw::secrets {

KeychainBackend *loadKeychainModule(const QStringList &candidates, QString *why)
{
    QStringList problems;
    for (const QString &path : candidates) {
        // Never unloaded: QLibrary's destructor leaves the library loaded, and the backend and
        // the jobs it made live in it until the process ends.
        QLibrary library(path);
        if (!library.load()) {
            problems << library.errorString();
            continue;
        }
        const auto entry = reinterpret_cast<KeychainModuleEntry>(library.resolve(kKeychainModuleEntry));
        if (KeychainBackend *backend = entry ? entry() : nullptr)
            return backend;
        problems << QCoreApplication::translate("cw::secrets", "%1 has no keychain entry point").arg(path);
    }
    if (why)
        *why = candidates.isEmpty() ? QCoreApplication::translate("cw::secrets", "no keychain module to load")
                                    : problems.join(QLatin1String("; "));
    return nullptr;
}

QStringList keychainModuleCandidates()
{
    const QString fromEnvironment = qEnvironmentVariable("CW_KEYCHAIN_MODULE");
    if (!fromEnvironment.isEmpty())
        return {fromEnvironment};
    const QString programs = QCoreApplication::applicationDirPath();
    QStringList candidates{QDir::cleanPath(programs + QLatin1Char('/') + QLatin1String(CW_KEYCHAIN_MODULE_INSTALLED))};
    // Only for programs inside the build tree, so an installed program never loads a module
    // from a folder that merely has the build tree's name.
    const QString buildTree = QDir::cleanPath(QLatin1String(CW_BUILD_TREE)) + QLatin1Char('/');
    if (QDir::cleanPath(programs).startsWith(buildTree))
        candidates << QLatin1String(CW_KEYCHAIN_MODULE_BUILT);
    return candidates;
}

KeychainBackend *processKeychainBackend(QString *why)
{
    static QMutex mutex;
    static bool tried = false;
    static KeychainBackend *backend = nullptr;
    static QString problem;
    const QMutexLocker lock(&mutex);
    if (!std::exchange(tried, true))
        backend = loadKeychainModule(keychainModuleCandidates(), &problem);
    if (!backend && why)
        *why = problem;
    return backend;
}

} // namespace cw::secrets
