#pragma once
#include <QString>
#include <QStringList>

#include <optional>

namespace cw::azure {

// The outcome of reading a model from JSON. The model layer never throws: a document that is
// not usable at all gives no value and a human `error`; a usable document whose individual
// fields had the wrong type gives a value plus one `warnings` entry per ignored field (those
// fields are still preserved verbatim for a read-modify-write PUT).
template <typename T>
struct ParseResult {
    std::optional<T> value;
    QString error;
    QStringList warnings;

    bool ok() const { return value.has_value(); }

    static ParseResult failure(QString message)
    {
        ParseResult r;
        r.error = std::move(message);
        return r;
    }
};

} // namespace cw::azure
