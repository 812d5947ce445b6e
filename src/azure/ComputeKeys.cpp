#include "azure/ComputeKeys.h"

#include "common/JsonFields.h"

#include <QCoreApplication>

namespace cw::azure {

using jsonfields::FieldReader;
using Json = nlohmann::json;

ParseResult<ComputeKeys> ComputeKeys::fromJson(const Json &json)
{
    if (!json.is_object())
        return ParseResult<ComputeKeys>::failure(
            QCoreApplication::translate("cw::azure", "The compute keys answer is not a JSON object."));
    ParseResult<ComputeKeys> r;
    const FieldReader f(json, {}, &r.warnings);
    ComputeKeys k;
    k.computeType = f.string("computeType").value_or(QString());
    k.userKubeConfig = f.string("userKubeConfig").value_or(QString()).toUtf8();
    k.adminKubeConfig = f.string("adminKubeConfig").value_or(QString()).toUtf8();
    k.imagePullSecretName = f.string("imagePullSecretName").value_or(QString());
    if (k.userKubeConfig.isEmpty() && k.adminKubeConfig.isEmpty())
        return ParseResult<ComputeKeys>::failure(
            QCoreApplication::translate("cw::azure", "The compute keys answer holds no kubeconfig."));
    r.value = std::move(k);
    return r;
}

ParseResult<QList<ClusterCredential>> parseClusterCredentials(const Json &json)
{
    const Json *list = jsonfields::find(json, "kubeconfigs", jsonfields::Keys::AnyCase);
    if (!list || !list->is_array())
        return ParseResult<QList<ClusterCredential>>::failure(
            QCoreApplication::translate("cw::azure", "The credential answer has no 'kubeconfigs' array."));
    ParseResult<QList<ClusterCredential>> r;
    QList<ClusterCredential> out;
    int i = 0;
    for (const Json &item : *list) {
        const QString path = QStringLiteral("kubeconfigs[%1]").arg(i++);
        if (!item.is_object()) {
            r.warnings.append(path + QLatin1String(": expected an object"));
            continue;
        }
        const FieldReader f(item, path, &r.warnings);
        const QByteArray encoded = f.string("value").value_or(QString()).toLatin1();
        const auto decoded = QByteArray::fromBase64Encoding(encoded, QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || decoded.decoded.isEmpty()) {
            r.warnings.append(path + QLatin1String(".value: expected base64 text"));
            continue;
        }
        out.append({f.string("name").value_or(QString()), decoded.decoded});
    }
    if (out.isEmpty())
        return ParseResult<QList<ClusterCredential>>::failure(
            QCoreApplication::translate("cw::azure", "The credential answer holds no usable kubeconfig."));
    r.value = std::move(out);
    return r;
}

} // namespace cw::azure
