#pragma once
#include <QObject>
#include <QStringList>

namespace cw::cli {

class CliContext;

// Parses the command line and runs the named subcommand on the event loop. main() creates it,
// calls start() and returns QCoreApplication::exec()'s exit code.
class CliApp : public QObject
{
    Q_OBJECT
public:
    explicit CliApp(QStringList arguments, QObject *parent = nullptr);
    ~CliApp() override;
    // Queues the run; the event loop's exit code is the CLI's exit code.
    void start();

private:
    void run();
    QStringList m_arguments;
    CliContext *m_context;
};

} // namespace cw::cli
