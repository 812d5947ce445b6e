#include "rules/AksResourceId.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace cw::rules {
namespace {

struct AksResourceIdText {
    Q_DECLARE_TR_FUNCTIONS(cw::rules::AksResourceId)
};

AksResourceIdParse fail(const char *code, const QString &message)
{
    return AksResourceIdParse{std::nullopt, QString::fromLatin1(code), message};
}

QString example()
{
    return QStringLiteral("/subscriptions/{subscription}/resourceGroups/{group}/providers/"
                          "Microsoft.ContainerService/managedClusters/{cluster}");
}

bool equalsIgnoreCase(const QString &a, const char *b)
{
    return a.compare(QLatin1String(b), Qt::CaseInsensitive) == 0;
}

} // namespace

QString AksResourceId::toString() const
{
    return QStringLiteral("/subscriptions/") + subscription + QStringLiteral("/resourceGroups/")
        + resourceGroup + QStringLiteral("/providers/Microsoft.ContainerService/managedClusters/")
        + name;
}

AksResourceIdParse parseAksResourceId(const QString &text)
{
    QString s = text.trimmed();
    if (s.size() >= 2 && s.startsWith(u'"') && s.endsWith(u'"'))
        s = s.mid(1, s.size() - 2).trimmed();
    if (s.isEmpty())
        return fail("resourceId.empty", AksResourceIdText::tr("Enter the cluster's resource ID, like %1.").arg(example()));
    if (s.size() > 1024)
        return fail("resourceId.tooLong", AksResourceIdText::tr("The resource ID is too long; paste only the ID."));
    if (s.contains(u'?') || s.contains(u'#') || s.contains(QLatin1String("://")))
        return fail("resourceId.notAnId",
                    AksResourceIdText::tr("Paste the resource ID only (without host or query), like %1.").arg(example()));
    if (!s.startsWith(u'/'))
        return fail("resourceId.missingLeadingSlash",
                    AksResourceIdText::tr("A resource ID starts with \"/subscriptions/\"; expected %1.").arg(example()));
    if (s.endsWith(u'/'))
        s.chop(1);
    const QStringList parts = s.mid(1).split(u'/');
    for (const QString &p : parts) {
        if (p.isEmpty())
            return fail("resourceId.emptySegment",
                        AksResourceIdText::tr("The resource ID has an empty segment (\"//\"); expected %1.").arg(example()));
        if (p != p.trimmed())
            return fail("resourceId.whitespace",
                        AksResourceIdText::tr("Remove the spaces inside the resource ID."));
    }
    if (parts.size() < 8 || !equalsIgnoreCase(parts[0], "subscriptions")
        || !equalsIgnoreCase(parts[2], "resourceGroups") || !equalsIgnoreCase(parts[4], "providers")) {
        return fail("resourceId.structure",
                    AksResourceIdText::tr("The resource ID does not have the expected form %1.").arg(example()));
    }
    if (!equalsIgnoreCase(parts[5], "Microsoft.ContainerService")
        || !equalsIgnoreCase(parts[6], "managedClusters")) {
        return fail("resourceId.wrongProvider",
                    AksResourceIdText::tr("\"%1/%2\" is not an AKS cluster; the ID must name "
                             "Microsoft.ContainerService/managedClusters.")
                        .arg(parts[5], parts[6]));
    }
    if (parts.size() != 8)
        return fail("resourceId.extraSegments",
                    AksResourceIdText::tr("The ID names a child resource; remove everything after the "
                             "cluster name \"%1\".")
                        .arg(parts[7]));

    if (const QString problem = subscriptionIdProblem(parts[1]); !problem.isEmpty())
        return fail("resourceId.subscription", problem);
    static const QRegularExpression group(QStringLiteral("^[-\\w._()]{0,89}[-\\w_()]$"),
                                          QRegularExpression::UseUnicodePropertiesOption);
    if (!group.match(parts[3]).hasMatch())
        return fail("resourceId.resourceGroup",
                    AksResourceIdText::tr("\"%1\" is not a valid resource group name.").arg(parts[3]));
    static const QRegularExpression cluster(QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9_-]{0,61}[A-Za-z0-9])?$"));
    if (!cluster.match(parts[7]).hasMatch())
        return fail("resourceId.clusterName",
                    AksResourceIdText::tr("\"%1\" is not a valid AKS cluster name (1-63 letters, digits, "
                             "hyphens or underscores, starting and ending with a letter or digit).")
                        .arg(parts[7]));
    return AksResourceIdParse{AksResourceId{parts[1], parts[3], parts[7]}, {}, {}};
}

QString aksResourceIdShape()
{
    return example();
}

QString subscriptionIdProblem(const QString &text)
{
    static const QRegularExpression guid(QStringLiteral(
        "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    if (guid.match(text).hasMatch())
        return {};
    return AksResourceIdText::tr("\"%1\" is not a subscription ID; it must be a GUID such as "
                    "00000000-0000-0000-0000-000000000000.")
        .arg(text);
}

bool sameResourceId(const QString &a, const QString &b)
{
    const AksResourceIdParse pa = parseAksResourceId(a);
    const AksResourceIdParse pb = parseAksResourceId(b);
    if (pa.ok() && pb.ok())
        return pa.id->comparisonKey() == pb.id->comparisonKey();
    QString ta = a.trimmed();
    QString tb = b.trimmed();
    while (ta.endsWith(u'/'))
        ta.chop(1);
    while (tb.endsWith(u'/'))
        tb.chop(1);
    return !ta.isEmpty() && ta.compare(tb, Qt::CaseInsensitive) == 0;
}

} // namespace cw::rules
