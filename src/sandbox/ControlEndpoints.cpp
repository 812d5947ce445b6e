// The control API under /_sandbox (loopback; SandboxService lets a call in only with this start's
// control token, see ControlToken.h): faults, request log, settings, device
// code approval, bulk computes, scripted operation failures, token expiry and scenarios.
#include "sandbox/ControlEndpoints.h"
#include "sandbox/SeedData.h"

namespace cw::sandbox {
namespace {

HttpReply bad(const QString &message)
{
    return HttpReply::armError(400, QStringLiteral("BadRequest"), message);
}

QString addFailNext(SandboxService &svc, const Json &spec)
{
    const QRegularExpression path(jsonfields::string(spec, "path", Keys::AnyCase, QStringLiteral(".*")));
    if (!path.isValid())
        return QStringLiteral("invalid path pattern");
    Json errors = Json::array();
    for (const Json &e : spec.value("errors", Json::array())) {
        errors.push_back({{"error", {{"code", e.value("code", std::string("InternalServerError"))},
                                     {"message", e.value("message", std::string("An internal server error occurred. Please try again. If the problem persists, contact support"))}}}});
    }
    if (errors.empty())
        errors.push_back({{"error", {{"code", "InternalServerError"},
                                     {"message", "An internal server error occurred. Please try again. If the problem persists, contact support"}}}});
    svc.operations.addFailNext(path, errors);
    return {};
}

QString addBulk(SandboxService &svc, const Json &spec, int *added)
{
    const QString sub = jsonfields::string(spec, "subscription", Keys::AnyCase, QLatin1String(kSubscriptionId));
    const QString rg = jsonfields::string(spec, "resourceGroup", Keys::AnyCase, QLatin1String(kWorkspaceRg));
    const QString name = jsonfields::string(spec, "workspace", Keys::AnyCase, QLatin1String(kWorkspaceName));
    const Json *ws = svc.state.workspace(workspaceId(sub, rg, name));
    if (!ws)
        return QStringLiteral("no workspace %1/%2/%3").arg(sub, rg, name);
    const auto count = integerMember(spec, "count", 0, 0, 100000);
    if (!count)
        return QStringLiteral("count must be between 0 and 100000");
    *added = addBulkComputes(svc.state.root, q((*ws)["id"].get<std::string>()),
                             q((*ws)["location"].get<std::string>()), int(*count));
    svc.state.markDirty();
    return {};
}

} // namespace

QString applyScenario(SandboxService &svc, const Json &scenario)
{
    if (!scenario.is_object())
        return QStringLiteral("a scenario must be a JSON object");
    if (scenario.contains("settings")) {
        if (QString error = svc.state.settings.apply(scenario["settings"]); !error.isEmpty())
            return error;
        svc.state.markDirty();
    }
    for (const Json &fault : scenario.value("faults", Json::array())) {
        QString error;
        if (!svc.faults.add(fault, &error))
            return error;
    }
    for (const Json &spec : scenario.value("failNext", Json::array())) {
        if (QString error = addFailNext(svc, spec); !error.isEmpty())
            return error;
    }
    for (const Json &spec : scenario.value("bulkComputes", Json::array())) {
        int added = 0;
        if (QString error = addBulk(svc, spec, &added); !error.isEmpty())
            return error;
    }
    return {};
}

HttpReply handleControl(SandboxService &svc, const HttpCall &call, const QStringList &seg)
{
    const QString what = seg.mid(1).join(QLatin1Char('/'));
    bool tooDeep = false;
    const std::optional<Json> body = call.body.isEmpty() ? std::optional<Json>(Json::object())
                                                         : parseJson(call.body, kMaxRequestJsonDepth, &tooDeep);
    if (tooDeep)
        return bad(QStringLiteral("the body nests more than %1 levels deep").arg(kMaxRequestJsonDepth));
    if (!body)
        return bad(QStringLiteral("the body is not JSON"));
    const QByteArray &m = call.method;

    if (what == QLatin1String("faults")) {
        if (m == "GET")
            return HttpReply::json(200, svc.faults.toJson());
        if (m == "DELETE") {
            svc.faults.clear();
            svc.operations.clearFailNext();
            return HttpReply::json(200, {{"cleared", true}});
        }
        if (m == "POST") {
            QString error;
            const int id = svc.faults.add(*body, &error);
            return id ? HttpReply::json(201, {{"id", id}}) : bad(error);
        }
    }
    if (what == QLatin1String("requests")) {
        if (m == "GET")
            return HttpReply::json(200, svc.requestLog.toJson());
        if (m == "DELETE") {
            svc.requestLog.clear();
            return HttpReply::json(200, {{"cleared", true}});
        }
    }
    if (what == QLatin1String("settings")) {
        if (m == "POST") {
            if (QString error = svc.state.settings.apply(*body); !error.isEmpty())
                return bad(error);
            svc.state.markDirty();
        }
        if (m == "POST" || m == "GET")
            return HttpReply::json(200, svc.state.settings.toJson());
    }
    if (what == QLatin1String("devicecode/approve") && m == "POST") {
        const QString code = jsonfields::string(*body, "user_code", Keys::AnyCase);
        if (!approveDeviceCode(svc, code, body->value("decline", false)))
            return HttpReply::armError(404, QStringLiteral("NotFound"), QStringLiteral("no pending device code '%1'").arg(code));
        return HttpReply::json(200, {{"approved", !body->value("decline", false)}});
    }
    if (what == QLatin1String("computes/bulk") && m == "POST") {
        int added = 0;
        if (QString error = addBulk(svc, *body, &added); !error.isEmpty())
            return bad(error);
        return HttpReply::json(201, {{"added", added}});
    }
    if (what == QLatin1String("operations/fail-next") && m == "POST") {
        if (QString error = addFailNext(svc, *body); !error.isEmpty())
            return bad(error);
        return HttpReply::json(201, {{"armed", true}});
    }
    if (what == QLatin1String("tokens/expire") && m == "POST") {
        for (Json &token : svc.state.root["tokens"]) {
            if (token.value("kind", std::string()) == "access")
                token["expiresAtMs"] = 0;
        }
        svc.state.markDirty();
        return HttpReply::json(200, {{"expired", true}});
    }
    if (what == QLatin1String("scenario") && m == "POST") {
        if (QString error = applyScenario(svc, *body); !error.isEmpty())
            return bad(error);
        return HttpReply::json(200, {{"applied", true}});
    }
    return HttpReply::armError(404, QStringLiteral("NotFound"), QStringLiteral("unknown control endpoint"));
}

} // namespace cw::sandbox
