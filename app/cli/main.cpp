// clusterwright-cli: the headless command line. Everything lives in src/cli; this only makes the
// (non-GUI) application object, loads the catalogue of the user's language and runs the command
// on its event loop. JSON output (what scripts should read) is never translated.
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTranslator>

#include "cli/CliApp.h"
#include "cli/KeychainUse.h"
#include "common/AppIdentity.h"
#include "common/AppTranslation.h"

int main(int argc, char *argv[])
{
    // Qt's GLib event dispatcher writes to an eventfd for every event posted to a thread, and Qt's
    // HTTP thread posts several per chunk of an answer: a list of 5,005 computes made 2,600 such
    // writes (and as many polls and reads), expensive where system calls are. Qt's own dispatcher
    // (QT_NO_GLIB) wakes a thread once per batch: half the system calls of that run. Only when the
    // keychain stays untouched (libsecret answers through GLib's main loop); the process's threads
    // and children (the embedded sandbox, `az`) inherit it. A QT_NO_GLIB already set is kept.
    if (qEnvironmentVariableIsEmpty("QT_NO_GLIB") && !cw::cli::processMayUseKeychain(argc, argv))
        qputenv("QT_NO_GLIB", "1");
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
