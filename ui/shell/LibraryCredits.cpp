#include "shell/LibraryCredits.h"

#include <QSslSocket>
#include <QtGlobal>

#include <nlohmann/json.hpp>

namespace cw::ui {

QList<LibraryCredit> libraryCredits()
{
    const QString json = QStringLiteral("%1.%2.%3")
                             .arg(NLOHMANN_JSON_VERSION_MAJOR)
                             .arg(NLOHMANN_JSON_VERSION_MINOR)
                             .arg(NLOHMANN_JSON_VERSION_PATCH);
    return {
        {QStringLiteral("Qt"), QLatin1String(qVersion()),
         QStringLiteral("LGPL-3.0-only"), QStringLiteral("https://www.qt.io/")},
        {QStringLiteral("QtKeychain"), QStringLiteral(CW_QTKEYCHAIN_VERSION),
         QStringLiteral("BSD-3-Clause"), QStringLiteral("https://github.com/frankosterfeld/qtkeychain")},
        {QStringLiteral("JSON for Modern C++ (nlohmann_json)"), json, QStringLiteral("MIT"),
         QStringLiteral("https://github.com/nlohmann/json")},
        {QStringLiteral("OpenSSL"), QSslSocket::sslLibraryVersionString(),
         QStringLiteral("Apache-2.0"), QStringLiteral("https://www.openssl.org/")},
    };
}

} // namespace cw::ui
