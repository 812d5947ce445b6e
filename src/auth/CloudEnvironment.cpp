#include "auth/CloudEnvironment.h"

namespace cw::auth {

namespace {
CloudEnvironment make(const char *name, const char *arm, const char *authority)
{
    return {QString::fromLatin1(name), QUrl(QString::fromLatin1(arm)),
            QUrl(QString::fromLatin1(authority)), {}};
}

QString withoutTrailingSlash(QString text)
{
    while (text.endsWith(QLatin1Char('/')))
        text.chop(1);
    return text;
}
} // namespace

CloudEnvironment CloudEnvironment::azureCloud()
{
    return make("AzureCloud", "https://management.azure.com", "https://login.microsoftonline.com");
}

CloudEnvironment CloudEnvironment::usGovernment()
{
    return make("AzureUSGovernment", "https://management.usgovcloudapi.net",
                "https://login.microsoftonline.us");
}

CloudEnvironment CloudEnvironment::china()
{
    return make("AzureChinaCloud", "https://management.chinacloudapi.cn", "https://login.chinacloudapi.cn");
}

CloudEnvironment CloudEnvironment::sandbox(const QUrl &base, const QString &caFile)
{
    return {QStringLiteral("Sandbox"), base, base, caFile};
}

CloudEnvironment CloudEnvironment::byName(const QString &name)
{
    for (const auto &env : {azureCloud(), usGovernment(), china()}) {
        if (env.name.compare(name, Qt::CaseInsensitive) == 0)
            return env;
    }
    return {};
}

QString CloudEnvironment::armResource() const
{
    return withoutTrailingSlash(armEndpoint.toString());
}

QString CloudEnvironment::armScope() const
{
    return armResource() + QStringLiteral("/.default");
}

} // namespace cw::auth
