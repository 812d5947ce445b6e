// clusterwright-cli: the headless command line. Everything lives in src/cli; this only makes the
// (non-GUI) application object, loads the catalogue of the user's language and runs the command
// on its event loop. JSON output (what scripts should read) is never translated.
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTranslator>

#include "cli/CliApp.h"
#include "common/AppIdentity.h"
#include "common/AppTranslation.h"

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    cw::applyAppIdentity(app);
    // The library's progress notes ("sandbox listening on ...") are for the GUI's log; on a
    // terminal they drown the answer. Warnings stay; QT_LOGGING_RULES still overrides.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("cw.*.info=false"));
    QTranslator translator;
    if (cw::loadAppTranslation(translator))
        QCoreApplication::installTranslator(&translator);
    cw::cli::CliApp cli(app.arguments());
    cli.start();
    return app.exec();
}
