// libFuzzer target for the files that say how to connect, read at every start: the desktop
// app's settings (QSettings INI, the "connection" group read by ConnectionChoice), the CLI's
// profile (cli-profile.json) and a sandbox endpoint file (--endpoint-file, the ready line).
//
// Invariants: nothing crashes or throws; a connection choice is the sandbox or names a cloud
// this version knows (and a service principal has its ids); a profile that reads has a known
// kind; an endpoint that reads has a valid base URL, a CA file, a tenant and a client id.
#include "cli/Profile.h"
#include "cli/SessionFactory.h"
#include "session/ConnectionChoice.h"

#include <QByteArray>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>

namespace {

void check(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "invariant broken: %s\n", what);
        std::abort();
    }
}

// QSettings reads only files; each input gets its own name so QSettings' cache of parsed files
// never answers with an earlier input.
QString settingsFile(const QByteArray &bytes)
{
    static const auto dir = std::make_unique<QTemporaryDir>();
    static quint64 counter = 0;
    const QString path = dir->filePath(QStringLiteral("settings-%1.conf").arg(++counter));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        std::abort();
    return path;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace cw;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));

    {
        const QString path = settingsFile(bytes);
        {
            const QSettings settings(path, QSettings::IniFormat);
            const session::ConnectionChoice choice = session::ConnectionChoice::load(settings);
            if (!choice.isSandbox()) {
                check(choice.environment().isValid(), "a real cloud is one this version knows");
                if (choice.method == session::ConnectionChoice::Method::ServicePrincipal)
                    check(!choice.tenantId.isEmpty() && !choice.clientId.isEmpty(), "a service principal has ids");
                (void)choice.clientSecretKey();
            }
        }
        QFile::remove(path);
    }

    QString error;
    if (const auto profile = cli::Profile::fromBytes(bytes, QStringLiteral("cli-profile.json"), &error))
        check(!cli::nameOf(profile->kind).isEmpty(), "a profile has a known kind");
    else
        check(!error.isEmpty(), "an unreadable profile says why");

    error.clear();
    if (const auto endpoint = sandbox::parseSandboxEndpoint(bytes, QStringLiteral("endpoint.json"), &error))
        check(endpoint->baseUrl.isValid() && !endpoint->caFile.isEmpty() && !endpoint->tenantId.isEmpty()
                  && !endpoint->clientId.isEmpty(),
              "an endpoint is complete");
    else
        check(!error.isEmpty(), "an unreadable endpoint file says why");
    return 0;
}
