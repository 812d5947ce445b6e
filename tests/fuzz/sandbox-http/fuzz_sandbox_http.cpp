// libFuzzer target for the sandbox's request handling, in-process and without sockets: the
// bytes are one or more HTTP-like requests that go to SandboxService::handle (Azure AD, ARM,
// control endpoints) or to the emulated Kubernetes API (handleKube), on the seed world as it was
// before the first input, so a sequence (create, then read, then delete) reaches the stateful paths.
//
// Speed: the world (~700 JSON values) is copied back only when the previous input changed it.
// Most inputs are refused requests that change nothing, and under ASan the ~2,000 allocations of
// a copy per input, each with its stack trace, were most of the time spent per input.
//
// Input format (readable seeds; the framing is this target's, the HTTPS front end's own framing
// is Qt's):
//     METHOD TARGET            TARGET = path[?query]; "kube:" + path goes to the Kubernetes API
//     Header: value            any number of header lines
//                              an empty line, then the body up to the separator line
//     %%                       next request (optional)
// "@token@" in a header becomes a valid ARM access token, "@key@" in a kube path the key of the
// first seed cluster, whose client certificate the kube calls present.
//
// Invariants: no call crashes or lets an exception escape; every reply has an HTTP status in
// 100..599; a JSON content type comes with a body that parses.
#include "sandbox/KubeApiServer.h"
#include "sandbox/KubeIdentity.h"
#include "sandbox/SandboxPki.h"
#include "sandbox/SandboxService.h"
#include "sandbox/SandboxState.h"
#include "sandbox/SeedData.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QUrl>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>

using namespace cw::sandbox;

namespace {

constexpr auto kFuzzToken = "fuzz-access-token";
constexpr qsizetype kMaxRequests = 8; // keeps one input's cost bounded

struct World {
    std::unique_ptr<QCoreApplication> app;
    std::unique_ptr<QTemporaryDir> dir;
    SandboxPki pki;
    Json fresh;                 // the seed world, with the fuzz token and a kube identity
    SandboxState state;         // what the inputs run on; reset to `fresh` before each
    QByteArray kubeCertDer;     // client certificate of the first seed cluster (user role)
    QString kubeKey;
};

World *world = nullptr;

void check(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "invariant broken: %s\n", what);
        std::abort();
    }
}

void setUp()
{
    static int argc = 1;
    static char name[] = "fuzz_sandbox_http";
    static char *argv[] = {name, nullptr};
    world = new World;
    world->app = std::make_unique<QCoreApplication>(argc, argv);
    // The service logs every rejected request; thousands of lines per second only slow fuzzing.
    QLoggingCategory::setFilterRules(QStringLiteral("cw.*=false"));
    world->dir = std::make_unique<QTemporaryDir>();
    QString error;
    if (!world->dir->isValid() || !world->pki.loadOrCreate(world->dir->path(), &error)) {
        std::fprintf(stderr, "cannot create the sandbox PKI: %s\n", qPrintable(error));
        std::abort();
    }
    SandboxState state;
    // No path: the state stays in memory (saveNow() writes nothing).
    if (!state.load(QString(), true, [] { return buildSeed(world->pki); }, &error)) {
        std::fprintf(stderr, "cannot build the seed world: %s\n", qPrintable(error));
        std::abort();
    }
    state.root["tokens"][kFuzzToken] = {{"kind", "access"}, {"clientId", kClientId},
                                        {"expiresAtMs", qint64(4'000'000'000'000)}};
    SandboxService svc(state, world->pki);
    // The cluster holding secrets (tls-prod-aks), so kube reads reach the Secret paths.
    const Json &withSecrets = state.root["clusterSecrets"];
    const Json &clusters = state.root["clusters"];
    const Json *chosen = nullptr;
    if (!withSecrets.empty() && clusters.contains(withSecrets.begin().key()))
        chosen = &clusters[withSecrets.begin().key()];
    else if (!clusters.empty())
        chosen = &clusters.begin().value();
    if (chosen) {
        const QString clusterId = QString::fromStdString(chosen->value("id", std::string()));
        const KubeIdentity identity = kubeIdentityFor(svc, clusterId, false);
        world->kubeKey = identity.clusterKey;
        const QList<QSslCertificate> certs = QSslCertificate::fromData(identity.pem.certPem);
        if (!certs.isEmpty())
            world->kubeCertDer = certs.first().toDer();
    }
    world->fresh = state.root;
    world->state.root = world->fresh;
}

// Puts the world back as it was before the first input. Comparing walks the tree without
// allocating; copying allocates every value again, so it is done only when something changed.
void resetState()
{
    SandboxState &state = world->state;
    if (state.root != world->fresh)
        state.root = world->fresh;
    state.settings = SandboxSettings();
}

struct Request {
    HttpCall call;
    bool kube = false;
};

QByteArray substitute(QByteArray text)
{
    text.replace("@token@", kFuzzToken);
    text.replace("@key@", world->kubeKey.toLatin1());
    return text;
}

Request parseRequest(const QByteArray &chunk)
{
    Request r;
    const qsizetype headEnd = chunk.indexOf("\n\n");
    const QByteArray head = headEnd < 0 ? chunk : chunk.left(headEnd);
    r.call.body = headEnd < 0 ? QByteArray() : chunk.mid(headEnd + 2);
    const QList<QByteArray> lines = head.split('\n');
    const QByteArray requestLine = lines.value(0);
    const qsizetype space = requestLine.indexOf(' ');
    r.call.method = (space < 0 ? requestLine : requestLine.left(space)).toUpper();
    QByteArray target = space < 0 ? QByteArray("/") : substitute(requestLine.mid(space + 1).trimmed());
    if (target.startsWith("kube:")) {
        r.kube = true;
        target = target.mid(5);
        r.call.peerCertificateDer = world->kubeCertDer;
    }
    // What the HTTPS front end does with a request target: decoded path, query as sent.
    const QUrl url(QString::fromLatin1("https://127.0.0.1") + QString::fromUtf8(target));
    r.call.path = url.path(QUrl::FullyDecoded);
    r.call.query = QUrlQuery(url);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            r.call.headers.append({lines[i].left(colon).trimmed(), substitute(lines[i].mid(colon + 1).trimmed())});
    }
    r.call.requestId = QStringLiteral("fuzz");
    return r;
}

void checkReply(const HttpReply &reply)
{
    check(reply.status >= 100 && reply.status <= 599, "HTTP status in 100..599");
    if (reply.header("Content-Type").startsWith("application/json") && !reply.body.isEmpty())
        check(parseJson(reply.body).has_value(), "a JSON reply parses");
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    setUp();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!world)
        setUp();
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));

    resetState();
    // A new service per input: its fault rules, request log and operation engine start empty.
    SandboxService svc(world->state, world->pki);
    svc.setBaseUrls(QStringLiteral("https://127.0.0.1:44300"), QStringLiteral("https://127.0.0.1:44301"));

    // Requests are separated by "%%" lines.
    QList<QByteArray> requests;
    qsizetype from = 0;
    while (requests.size() < kMaxRequests) {
        const qsizetype at = input.indexOf("\n%%\n", from);
        requests.append(input.mid(from, at < 0 ? -1 : at - from));
        if (at < 0)
            break;
        from = at + 4;
    }
    for (const QByteArray &chunk : requests) {
        const Request r = parseRequest(chunk);
        if (r.kube) {
            svc.advance(); // what the Kubernetes front end does before each call
            checkReply(handleKube(svc, r.call));
        } else {
            checkReply(svc.handle(r.call));
        }
    }
    return 0;
}
