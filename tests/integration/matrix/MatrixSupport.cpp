#include "MatrixSupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>

#include "../sandbox/SandboxTestUtil.h"
#include "ops/Journal.h"

using namespace Qt::StringLiterals;

namespace cw::matrix {

bool startAndLogin(test::SandboxProcess &sandbox, const QString &endpointFile, const QStringList &extraArgs)
{
    if (!sandbox.start(extraArgs))
        return false;
    if (!sandbox.writeEndpointFile(endpointFile))
        return false;
    const CliRun login = runCli({u"login"_s, u"sandbox"_s, u"--endpoint-file"_s, endpointFile});
    if (login.exitCode != 0)
        qWarning("login failed: %s", login.err.constData());
    return login.exitCode == 0;
}

Outcome runCliTimed(const QStringList &arguments, const QProcessEnvironment &env, int timeoutMs)
{
    Outcome o;
    QElapsedTimer clock;
    clock.start();
    o.run = runCli(arguments, env, {}, timeoutMs);
    o.elapsedMs = clock.elapsed();
    o.hung = o.run.crashed && o.elapsedMs >= timeoutMs;
    o.signalled = o.run.crashed && !o.hung;
    return o;
}

int processedPuts(test::SandboxProcess &sandbox, const QString &compute)
{
    const QRegularExpression path(u"/computes/%1$"_s.arg(QRegularExpression::escape(compute)));
    int n = 0;
    for (const QJsonValue &v : sandbox.requests()) {
        const QJsonObject e = v.toObject();
        const int status = e.value(u"status"_s).toInt();
        if (e.value(u"method"_s).toString() == u"PUT"_s && path.match(e.value(u"path"_s).toString()).hasMatch()
            && ((status >= 200 && status < 300) || status == 409))
            ++n;
    }
    return n;
}

int keychainLeftovers(const QString &operationId)
{
    if (operationId.isEmpty() || qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").isEmpty())
        return 0;
    QProcess search;
    search.setProcessChannelMode(QProcess::MergedChannels);
    search.start(u"secret-tool"_s, {u"search"_s, u"--all"_s, u"xdg:schema"_s, u"org.qt.keychain"_s});
    if (!search.waitForFinished(20000))
        return 0;
    return int(search.readAll().count(u"operation-%1/tls-material"_s.arg(operationId).toUtf8()));
}

std::optional<ops::OperationRecord> newestRecord(const QString &compute, const QDateTime &since)
{
    const ops::Journal journal(ops::Journal::defaultDirectory());
    for (const ops::OperationRecord &r : journal.readAll().records) // newest first
        if (r.computeName == compute && r.createdAt >= since)
            return r;
    return std::nullopt;
}

QString computeState(test::SandboxProcess &sandbox, const QString &compute)
{
    const test::HttpResult r = sandbox.arm("GET", test::computePath(sandbox, compute));
    if (r.status == 404)
        return u"absent"_s;
    return r.json().object().value(u"properties"_s).toObject().value(u"provisioningState"_s).toString();
}

QString Counts::line(const QString &matrix) const
{
    return u"MATRIX %1: %2 runs, %3 duplicate PUTs, %4 lost, %5 crashes, %6 hangs, %7 leftover secrets, %8 other failures"_s
        .arg(matrix)
        .arg(runs)
        .arg(duplicatePuts)
        .arg(lost)
        .arg(crashes)
        .arg(hangs)
        .arg(leftoverSecrets)
        .arg(other);
}

} // namespace cw::matrix
