// The clusterwright-keychain module: QtKeychain behind the KeychainBackend interface, loaded by
// KeychainModuleLoader on the first keychain operation (see KeychainBackend.h for why).
#include "secrets/KeychainBackend.h"

#include <qt6keychain/keychain.h>

namespace {

class QtKeychainBackend final : public cw::secrets::KeychainBackend {
public:
    void start(cw::secrets::KeychainOp op, const QString &service, const QString &key, const QByteArray &secret,
               QObject *context, std::function<void(const cw::secrets::KeychainReply &)> done) override
    {
        QKeychain::Job *job = nullptr;
        switch (op) {
        case cw::secrets::KeychainOp::Read:
            job = new QKeychain::ReadPasswordJob(service, context);
            break;
        case cw::secrets::KeychainOp::Write: {
            auto *write = new QKeychain::WritePasswordJob(service, context);
            write->setBinaryData(secret);
            job = write;
            break;
        }
        case cw::secrets::KeychainOp::Remove:
            job = new QKeychain::DeletePasswordJob(service, context);
            break;
        }
        job->setKey(key);
        job->setAutoDelete(true);
        job->setInsecureFallback(false); // never a plaintext file
        QObject::connect(job, &QKeychain::Job::finished, context, [op, done = std::move(done)](QKeychain::Job *finished) {
            cw::secrets::KeychainReply reply{int(finished->error()), finished->errorString(), {}};
            if (op == cw::secrets::KeychainOp::Read && finished->error() == QKeychain::NoError)
                reply.data = static_cast<QKeychain::ReadPasswordJob *>(finished)->binaryData();
            done(reply);
        });
        job->start();
    }
};

} // namespace

extern "C" Q_DECL_EXPORT cw::secrets::KeychainBackend *cw_keychain_backend()
{
    static QtKeychainBackend backend;
    return &backend;
}
