#include "sandbox/SandboxService.h"

#include "sandbox/ArmEndpoints.h"
#include "sandbox/ArmNotFound.h"
#include "sandbox/ControlToken.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSandboxService, "cw.sandbox.service", QtInfoMsg)

namespace cw::sandbox {

SandboxService::SandboxService(SandboxState &st, SandboxPki &p)
    : state(st)
    , pki(p)
    , operations(st)
{
    operations.setCompletion([this](Json &op) {
        if (op["_"].contains("extensionKey"))
            completeExtensionOperation(*this, op);
        else
            completeComputeOperation(*this, op);
    });
}

void SandboxService::setBaseUrls(const QString &base, const QString &kubeBase)
{
    m_baseUrl = base;
    m_kubeBaseUrl = kubeBase;
}

void SandboxService::advance()
{
    operations.advance();
}

HttpReply SandboxService::handle(const HttpCall &call)
{
    advance();
    const QStringList seg = call.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    try {
        if (seg.isEmpty())
            return HttpReply::json(200, {{"service", "clusterwright-sandbox"}});
        if (seg[0] == QLatin1String("_sandbox")) {
            if (std::optional<HttpReply> refused = checkControlToken(call, controlToken))
                return *refused; // not executed
            return handleControl(*this, call, seg);
        }
        if (seg[0].compare(QLatin1String("subscriptions"), Qt::CaseInsensitive) == 0) {
            HttpReply reply = handleArm(*this, call, seg);
            const bool write = call.method != "GET" && call.method != "HEAD";
            reply.withHeader(write ? "x-ms-ratelimit-remaining-subscription-writes"
                                   : "x-ms-ratelimit-remaining-subscription-reads",
                             write ? "1199" : "11999");
            return reply;
        }
        if (seg[0] == QLatin1String("metadata"))
            return handleMetadata(*this, call, seg);
        if (seg[0] == QLatin1String("tenants"))
            return handleTenants(*this, call, seg);
        if (seg[0] == QLatin1String("devicelogin")) {
            HttpReply page = HttpReply::empty(200);
            page.body = "<html><body>Clusterwright sandbox: approve device codes with POST "
                        "/_sandbox/devicecode/approve {\"user_code\": \"...\"} with the header Authorization: "
                        "Bearer &lt;the control-token file of the sandbox's state directory&gt;</body></html>";
            page.withHeader("Content-Type", "text/html; charset=utf-8");
            return page;
        }
        if (isArmPath(call, seg)) // not AD's "invalid_tenant" for an ARM path no endpoint serves
            return unknownArmPathReply(call, seg);
        return handleAad(*this, call, seg);
    } catch (const Json::exception &e) {
        qCWarning(lcSandboxService) << "rejected a request with unexpected JSON:" << e.what();
        // A change may have stopped half-way: write what there is and move the version on, so
        // no cached answer outlives it.
        state.markDirty();
        return HttpReply::armError(400, QStringLiteral("InvalidRequestContent"),
                                   QStringLiteral("The request content was invalid: %1").arg(QString::fromUtf8(e.what())));
    }
}

} // namespace cw::sandbox
