#include "sandbox/KubeProtobuf.h"

#include <map>

namespace cw::sandbox {
namespace {

// The fields of one protobuf message: number -> last length-delimited value (the messages read
// here only hold strings and sub-messages; varints are skipped).
std::optional<std::map<int, QByteArray>> fields(const QByteArray &message)
{
    std::map<int, QByteArray> out;
    qsizetype at = 0;
    auto varint = [&](quint64 *value) {
        *value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (at >= message.size())
                return false;
            const quint8 byte = quint8(message[at++]);
            *value |= quint64(byte & 0x7f) << shift;
            if (!(byte & 0x80))
                return true;
        }
        return false;
    };
    while (at < message.size()) {
        quint64 tag = 0;
        if (!varint(&tag))
            return std::nullopt;
        const int number = int(tag >> 3);
        switch (tag & 7) {
        case 0: { // varint
            quint64 ignored = 0;
            if (!varint(&ignored))
                return std::nullopt;
            break;
        }
        case 1: // 64-bit
            at += 8;
            break;
        case 5: // 32-bit
            at += 4;
            break;
        case 2: {
            quint64 length = 0;
            if (!varint(&length) || length > quint64(message.size() - at))
                return std::nullopt;
            out[number] = message.mid(at, qsizetype(length));
            at += qsizetype(length);
            break;
        }
        default:
            return std::nullopt;
        }
        if (at > message.size())
            return std::nullopt;
    }
    return out;
}

Json strings(const std::map<int, QByteArray> &message, const std::vector<std::pair<int, const char *>> &names)
{
    Json out = Json::object();
    for (const auto &[number, name] : names)
        if (const auto it = message.find(number); it != message.end() && !it->second.isEmpty())
            out[name] = it->second.toStdString();
    return out;
}

} // namespace

std::optional<Json> decodeProtobufAccessReview(const QByteArray &body)
{
    if (!body.startsWith(QByteArrayView("k8s\0", 4)))
        return std::nullopt;
    const auto envelope = fields(body.mid(4));
    if (!envelope || !envelope->count(1) || !envelope->count(2))
        return std::nullopt;
    const auto typeMeta = fields(envelope->at(1));
    const auto review = fields(envelope->at(2));
    if (!typeMeta || !review)
        return std::nullopt;
    const Json meta = strings(*typeMeta, {{1, "apiVersion"}, {2, "kind"}});
    if (meta.value("kind", std::string()) != "SelfSubjectAccessReview")
        return std::nullopt;
    const auto spec = review->count(2) ? fields(review->at(2)) : std::map<int, QByteArray>{};
    if (!spec)
        return std::nullopt;
    Json specJson = Json::object();
    if (spec->count(1)) {
        const auto attributes = fields(spec->at(1));
        if (!attributes)
            return std::nullopt;
        specJson["resourceAttributes"] = strings(*attributes, {{1, "namespace"}, {2, "verb"}, {3, "group"}, {4, "version"},
                                                               {5, "resource"}, {6, "subresource"}, {7, "name"}});
    }
    if (spec->count(2)) {
        const auto attributes = fields(spec->at(2));
        if (!attributes)
            return std::nullopt;
        specJson["nonResourceAttributes"] = strings(*attributes, {{1, "path"}, {2, "verb"}});
    }
    Json out = meta;
    out["spec"] = specJson;
    return out;
}

} // namespace cw::sandbox
