#include "arm/LroDocuments.h"

#include "arm/LroState.h"
#include "common/JsonFields.h"
#include "common/NumberCast.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

namespace cw::arm {

namespace {
// The poller's context, so the sentence keeps its translation.
QString endedSentence(const QString &status)
{
    return QCoreApplication::translate("cw::arm::LroPoller", "The operation ended %1.").arg(status);
}
} // namespace

QString provisioningState(const nlohmann::json &resource)
{
    if (const auto *properties = jsonfields::find(resource, "properties"))
        return jsonfields::string(*properties, "provisioningState");
    return {};
}

std::vector<ArmError> provisioningErrors(const nlohmann::json &resource)
{
    std::vector<ArmError> errors;
    const auto *properties = jsonfields::find(resource, "properties");
    const auto *list = properties ? jsonfields::find(*properties, "provisioningErrors") : nullptr;
    if (!list || !list->is_array())
        return errors;
    for (const auto &item : *list) {
        const auto *error = jsonfields::find(item, "error");
        errors.push_back(ArmError::fromArmErrorObject(error ? *error : item));
    }
    return errors;
}

QString provisioningErrorLine(const QString &code, const QString &message)
{
    if (code.isEmpty() || message.isEmpty())
        return code.isEmpty() ? message : code;
    return QStringLiteral("%1 (%2)").arg(message, code);
}

QString provisioningErrorsText(const nlohmann::json &resource)
{
    QStringList lines;
    for (const ArmError &error : provisioningErrors(resource)) {
        if (const QString line = provisioningErrorLine(error.code, error.message); !line.isEmpty())
            lines.append(line);
    }
    return lines.join(QLatin1Char('\n'));
}

OperationStatusDocument readOperationStatus(const nlohmann::json &body)
{
    OperationStatusDocument doc;
    doc.status = jsonfields::string(body, "status");
    if (doc.status.isEmpty())
        return doc;
    if (const auto value = jsonfields::numberOrNumericString(body, "percentComplete")) {
        // Clamped before conversion: {"percentComplete": 1e300} must not be undefined behaviour.
        doc.percent = std::clamp(clampedIntegerFromDouble<int>(*value), 0, 100);
    }
    if (!isTerminalStatus(doc.status) || isSuccessStatus(doc.status))
        return doc;
    const auto *errorObject = jsonfields::find(body, "error");
    ArmError error = errorObject && errorObject->is_object()
                         ? ArmError::fromArmErrorObject(*errorObject)
                         : ArmError::make(ArmError::Kind::Http, doc.status, endedSentence(doc.status));
    if (error.message.isEmpty())
        error.message = endedSentence(doc.status);
    doc.error = std::move(error);
    return doc;
}

} // namespace cw::arm
