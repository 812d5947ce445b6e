#include "kube/KubeError.h"

#include "common/JsonFields.h"
#include "common/JsonNesting.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

namespace cw::kube {

KubeError KubeError::fromHttp(int httpStatus, const QByteArray &body, const QString &what)
{
    KubeError e;
    e.httpStatus = httpStatus;
    // Only error bodies reach here; cap them so a huge answer does not flood the UI.
    const QByteArray shown = body.left(4096);
    e.detail = QStringLiteral("HTTP %1\n").arg(httpStatus) + QString::fromUtf8(shown);
    const nlohmann::json status = parseBoundedJson(body);
    if (status.is_object() && jsonfields::string(status, "kind") == QLatin1String("Status")) {
        e.reason = jsonfields::string(status, "reason");
        e.message = jsonfields::string(status, "message");
    }
    switch (httpStatus) {
    case 401:
        e.sentence = tr("The Kubernetes API server did not accept the credentials of the kubeconfig.");
        break;
    case 403:
        e.sentence = tr("The kubeconfig's user is not allowed to read the %1.").arg(what);
        break;
    case 404:
        e.sentence = tr("The %1 does not exist.").arg(what);
        break;
    default:
        e.sentence = e.message.isEmpty()
            ? tr("The Kubernetes API server answered HTTP %1 when reading the %2.").arg(httpStatus).arg(what)
            : tr("The Kubernetes API server refused to read the %1: %2").arg(what, e.message);
        break;
    }
    if (e.reason.isEmpty())
        e.reason = QStringLiteral("HTTP%1").arg(httpStatus);
    return e;
}

KubeError KubeError::local(const QString &reason, const QString &sentence)
{
    KubeError e;
    e.reason = reason;
    e.message = sentence;
    e.sentence = sentence;
    e.detail = sentence;
    return e;
}

} // namespace cw::kube
