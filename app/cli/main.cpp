// clusterwright-cli: the headless command line. Everything lives in src/cli; this only makes the
// (non-GUI) application object and runs the command on its event loop.
#include <QCoreApplication>

#include "cli/CliApp.h"
#include "common/AppIdentity.h"

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    cw::applyAppIdentity(app);
    cw::cli::CliApp cli(app.arguments());
    cli.start();
    return app.exec();
}
