#pragma once
#include "common/RetryRules.h"

#include <QCoreApplication>
#include <QByteArray>
#include <QString>

namespace cw::kube {

// A failed Kubernetes API call: from a `Status` body (kind Status, reason, message, code), an
// HTTP status without one, a network/TLS failure or a local configuration problem.
struct KubeError {
    int httpStatus = 0;  // 0 when no HTTP answer arrived
    QString reason;      // Status.reason ("NotFound", "Forbidden", ...) or a local code
    QString message;     // Status.message or the transport's text
    QString sentence;    // one human sentence for the UI
    QString detail;      // raw detail for a "Details" expander (never holds secret data)

    bool isNotFound() const { return httpStatus == 404 || reason == QLatin1String("NotFound"); }
    // No usable answer even after the retries (network, timeout, 5xx, throttling): try again later.
    bool isUnavailable() const
    {
        return reason == QLatin1String("NetworkError") || retry::isTransientStatus(httpStatus);
    }

    // `what` names the object for the sentence, e.g. `secret "azuremlfessl" in namespace "default"`.
    static KubeError fromHttp(int httpStatus, const QByteArray &body, const QString &what);
    static KubeError local(const QString &reason, const QString &sentence);

    // tr() in the member functions: the same context lupdate gives them.
    Q_DECLARE_TR_FUNCTIONS(cw::kube::KubeError)
};

} // namespace cw::kube
