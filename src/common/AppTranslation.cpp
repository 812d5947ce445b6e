#include "common/AppTranslation.h"

#include <QLocale>
#include <QTranslator>

namespace cw {

bool loadAppTranslation(QTranslator &translator)
{
    const QString directory = QStringLiteral(":/i18n");
    return translator.load(QLocale(), QStringLiteral("clusterwright"), QStringLiteral("_"), directory)
        || translator.load(QStringLiteral("clusterwright_en"), directory);
}

} // namespace cw
