#include "support/AppTranslators.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace cw::test {

QString installAppTranslators(const QString &lang, QTranslator &own, QTranslator &qt)
{
    QLocale::setDefault(lang == QLatin1String("it") ? QLocale(QLocale::Italian, QLocale::Italy)
                                                    : QLocale(QLocale::English, QLocale::UnitedStates));
    const QString qm = qEnvironmentVariable("CW_BINARY_DIR") + QStringLiteral("/app/gui/clusterwright_%1.qm").arg(lang);
    if (!own.load(qm))
        return QStringLiteral("cannot load %1").arg(qm);
    QCoreApplication::installTranslator(&own);
    if (lang != QLatin1String("en")) {
        if (!qt.load(QStringLiteral("qtbase_") + lang, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            return QStringLiteral("cannot load Qt's %1 catalogue").arg(lang);
        QCoreApplication::installTranslator(&qt);
    }
    return {};
}

} // namespace cw::test
