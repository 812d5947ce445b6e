#pragma once
#include "arm/ArmError.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>

#include <optional>

#include <nlohmann/json.hpp>

namespace cw::arm {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

struct ArmRequest {
    QByteArray method = "GET";
    QString pathOrUrl;  // "/subscriptions/..." (joined to the ARM endpoint) or an absolute URL
    QString apiVersion; // added as ?api-version= unless the URL already carries one
    std::optional<nlohmann::json> body;
    // A PUT that creates a resource: never re-sent after an ambiguous failure (timeout, dropped
    // connection, 5xx). The job GETs the resource instead and reports createProbe.
    bool isCreate = false;
    // A POST that only reads (listKeys): sent again like a GET after a dropped connection, a
    // timeout, a 408/429/5xx or an unreadable answer.
    bool isRead = false;
    QString clientRequestId; // empty = a new UUID; reuse one across the polls of an operation
    HeaderList extraHeaders;
};

// What the GET after an ambiguous create failure found.
enum class CreateProbe {
    NotProbed,
    Exists,  // the resource is there: the create may have been accepted (see probedResource)
    Absent,  // 404: the create did not take effect; the caller may send it again
    Unknown, // the GET failed as well
};

struct ArmResponse {
    int httpStatus = 0; // 0 when no HTTP answer arrived
    QByteArray body;
    HeaderList headers;
    QString clientRequestId;
    std::optional<ArmError> error; // set for every failure (HTTP >= 400, transport, malformed)
    int attempts = 0;              // how many times the request was sent
    CreateProbe createProbe = CreateProbe::NotProbed;
    nlohmann::json probedResource; // the resource found by the probe GET (Exists)

    bool ok() const { return !error.has_value(); }
    // Case-insensitive header lookup; empty when absent.
    QByteArray header(QByteArrayView name) const;
    // The body parsed as JSON; null when empty or not JSON (never throws).
    nlohmann::json json() const;
};

} // namespace cw::arm

Q_DECLARE_METATYPE(cw::arm::ArmResponse)
