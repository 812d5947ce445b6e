#pragma once
#include <QByteArray>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

// The OS keychain as the clusterwright-keychain module (keychain-module/) offers it to
// KeychainSecretStore. QtKeychain and the D-Bus, libsecret and libgcrypt stack under it are loaded
// with that module on the first keychain operation, not at every start: linked into the programs
// they cost each start ~3 ms of loading and ~90 page faults (clusterwright-cli list, 5,005
// computes: 4 % of its CPU), and a sandbox run or a client-secret run never uses the keychain.
namespace cw::secrets {

enum class KeychainOp { Read, Write, Remove };

// What QtKeychain answered: `error` is a QKeychain::Error, `errorString` its text (no secret in
// it), `data` the secret a Read found.
struct KeychainReply {
    int error = 0;
    QString errorString;
    QByteArray data;
};

class KeychainBackend {
public:
    virtual ~KeychainBackend() = default;
    // Starts the operation as a job owned by `context`; `done` runs once, later, in `context`'s
    // thread, and not at all once `context` is gone.
    virtual void start(KeychainOp op, const QString &service, const QString &key, const QByteArray &secret,
                       QObject *context, std::function<void(const KeychainReply &)> done) = 0;
};

// The C entry point the module exports (extern "C", so no name mangling to agree on).
inline constexpr char kKeychainModuleEntry[] = "cw_keychain_backend";
using KeychainModuleEntry = KeychainBackend *(*)();

// The first of `candidates` that loads and exports the entry point: its backend (the module stays
// loaded for the process); nullptr with every candidate's error in *why when none does.
KeychainBackend *loadKeychainModule(const QStringList &candidates, QString *why);

// Where the module is looked for: $CW_KEYCHAIN_MODULE when set; else beside the installed
// programs (<prefix>/lib/<multiarch>/clusterwright/), and the build tree's module for programs
// that run from the build tree (tests, installer/setup.sh run).
QStringList keychainModuleCandidates();

// The process's backend: the module is loaded on the first call (any thread), the outcome kept.
KeychainBackend *processKeychainBackend(QString *why);

} // namespace cw::secrets
