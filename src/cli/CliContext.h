#pragma once
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

#include "azure/ComputeService.h"
#include "cli/CliOptions.h"
#include "cli/ExitCodes.h"
#include "cli/Profile.h"
#include "cli/Table.h"
#include "ops/OperationRecord.h"

namespace cw::arm {
struct ArmError;
}
namespace cw::ops {
class Journal;
class OperationRunner;
}
namespace cw::secrets {
class HttpTraceWriter;
class SecretStore;
}
namespace cw::session {
class Session;
}

namespace cw::cli {

class SessionFactory;

// Everything one run of the CLI shares: the parsed options, the profile, the session (made on
// first use), the journal and operation runner, and the way out (finish() ends the event loop
// with an exit code, exactly once). Commands are functions that take the context, start their
// asynchronous work and eventually call finish().
class CliContext : public QObject
{
    Q_OBJECT
public:
    explicit CliContext(QObject *parent = nullptr);
    ~CliContext() override;

    CliOptions &options() { return m_options; }
    const Profile &profile() const { return m_profile; }
    void setProfile(const Profile &profile) { m_profile = profile; }

    // Output. Data goes to stdout; messages and progress to stderr.
    void writeOut(const QByteArray &bytes);
    void print(const Table &table);
    void printJson(const nlohmann::json &document);
    void message(const QString &text);       // stderr, one line
    bool progressEnabled() const;            // stderr is a terminal and --quiet is not set
    void progress(const QString &text);      // a rewritten status line on a terminal, else nothing

    // The way out. Safe to call more than once (the first code wins).
    void finish(int exitCode);
    void fail(int exitCode, const QString &text);
    void failUsage(const QString &text);
    // Maps an ARM/AAD error to its exit code (401/403/refused sign-in → 3, 404 → 5, no usable
    // answer after the retries → 6, else 1).
    void failWith(const arm::ArmError &error, const QString &what = {});
    static int exitCodeFor(const arm::ArmError &error);
    bool isFinished() const { return m_exitCode.has_value(); }

    // Signs in as the profile says (once), then calls `then`. On failure finishes the run.
    void withSession(std::function<void(session::Session *)> then);
    session::Session *session() const;

    // The workspace of --subscription/--resource-group/--workspace, else the profile's defaults,
    // else (sandbox) the seed workspace ws-demo in rg-ml, in the session's cloud. Needs the
    // session. Usage error if incomplete (returns nullopt and finishes).
    std::optional<WorkspaceRef> workspace();
    QString subscription();

    secrets::SecretStore *secretStore();
    ops::Journal &journal();
    ops::OperationRunner *runner(); // needs the session

private:
    CliOptions m_options;
    Profile m_profile;
    SessionFactory *m_factory = nullptr;
    secrets::SecretStore *m_store = nullptr;
    std::unique_ptr<ops::Journal> m_journal;
    ops::OperationRunner *m_runner = nullptr;
    std::shared_ptr<secrets::HttpTraceWriter> m_tracer; // --trace-http: its write errors fail the run
    std::optional<int> m_exitCode;
    bool m_progressShown = false;
};

} // namespace cw::cli
