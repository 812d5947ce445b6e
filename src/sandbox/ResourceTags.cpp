#include "sandbox/ResourceTags.h"

namespace cw::sandbox {

namespace {
HttpReply invalidTag(const QString &message)
{
    return HttpReply::armError(400, QStringLiteral("InvalidTag"), message, QStringLiteral("tags"));
}
} // namespace

std::optional<HttpReply> readTags(const QByteArray &body, TagsInBody *out)
{
    const std::optional<Json> parsed = parseJson(body);
    const Json *tags = parsed ? jsonfields::find(*parsed, "tags", Keys::AnyCase) : nullptr;
    if (!tags || tags->is_null())
        return std::nullopt;
    if (!tags->is_object())
        return invalidTag(QStringLiteral("The tags must be a JSON object of string values."));
    if (tags->size() > 50)
        return invalidTag(QStringLiteral("The number of tags %1 exceeds the maximum of 50.").arg(tags->size()));
    for (auto it = tags->begin(); it != tags->end(); ++it) {
        const QString name = q(it.key());
        if (name.isEmpty() || name.size() > 512)
            return invalidTag(QStringLiteral("The tag name '%1' is empty or longer than 512 characters.").arg(name.left(64)));
        if (!it.value().is_string())
            return invalidTag(QStringLiteral("The value of tag '%1' must be a string.").arg(name));
        if (q(it.value().get<std::string>()).size() > 256)
            return invalidTag(QStringLiteral("The value of tag '%1' is longer than 256 characters.").arg(name));
    }
    out->present = true;
    out->tags = *tags;
    return std::nullopt;
}

} // namespace cw::sandbox
