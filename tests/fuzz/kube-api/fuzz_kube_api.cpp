// libFuzzer target for the Kubernetes API answers the client reads: a Secret (200), a Status
// error body (any other status) and whatever else a server or proxy sends instead.
//
// Invariants: nothing crashes or throws; a result is a Secret or an error with a reason and a
// sentence, never both; a Secret demanded as a TLS pair holds non-empty cert.pem and key.pem;
// a 404 is "not found".
#include "kube/KubeClient.h"
#include "kube/KubeError.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

void check(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "invariant broken: %s\n", what);
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace cw::kube;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString ns = QStringLiteral("default");
    const QString name = QString::fromLatin1(kTlsSecretName);

    for (const bool tlsPair : {false, true}) {
        const KubeSecretResult result = readSecretAnswer(200, bytes, ns, name, tlsPair);
        if (result.ok()) {
            check(result.secret->name == name && result.secret->ns == ns, "the Secret is the one asked for");
            if (tlsPair)
                check(!result.certPem().isEmpty() && !result.keyPem().isEmpty(), "a TLS pair is complete");
        } else {
            check(!result.error.reason.isEmpty() && !result.error.sentence.isEmpty(), "a failure says why");
        }
    }
    for (const int status : {401, 403, 404, 409, 500}) {
        const KubeSecretResult result = readSecretAnswer(status, bytes, ns, name, true);
        check(!result.ok(), "an error status is never a Secret");
        check(!result.error.sentence.isEmpty(), "an error has a sentence");
        check(result.error.httpStatus == status, "the status is kept");
        if (status == 404)
            check(result.error.isNotFound(), "404 is not found");
    }
    return 0;
}
