#pragma once
// Parsing of an AKS cluster's ARM resource ID:
//   /subscriptions/{sub}/resourceGroups/{rg}/providers/Microsoft.ContainerService/managedClusters/{name}
// Segment keywords compare case-insensitively, as ARM does ("resourcegroups" from `az aks show`
// is fine). Surrounding whitespace, the JSON quotes `az ... --query id` prints, and one trailing
// slash are tolerated; anything else is an error with a message saying what to fix.
#include <QString>

#include <optional>

namespace cw::rules {

struct AksResourceId {
    QString subscription;
    QString resourceGroup;
    QString name;

    // Canonical spelling of the ID (keywords in ARM's camelCase, values as given).
    QString toString() const;
    // For comparisons: ARM IDs are case-insensitive.
    QString comparisonKey() const { return toString().toLower(); }
};

struct AksResourceIdParse {
    std::optional<AksResourceId> id;
    QString code;    // empty on success, else e.g. "resourceId.wrongProvider"
    QString message; // translated, says what to change

    bool ok() const { return id.has_value(); }
};

AksResourceIdParse parseAksResourceId(const QString &text);

// The shape of an AKS cluster's resource ID, with placeholders (for messages).
QString aksResourceIdShape();

// Empty when `text` is a subscription ID (a GUID), else the sentence saying what to fix.
QString subscriptionIdProblem(const QString &text);

bool sameResourceId(const QString &a, const QString &b); // case-insensitive, tolerant of form

} // namespace cw::rules
