#include "rules/SubnetNameRules.h"

#include <QCoreApplication>

namespace cw::rules {
namespace {

struct SubnetNameRulesText {
    Q_DECLARE_TR_FUNCTIONS(cw::rules::SubnetNameRules)
};

// ASCII only: Azure's "alphanumerics" are the Latin letters and digits.
bool isAlnumOrUnderscore(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
        || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('_');
}

bool isAllowed(QChar c)
{
    return isAlnumOrUnderscore(c) || c == QLatin1Char('.') || c == QLatin1Char('-');
}

} // namespace

Findings validateSubnetName(const QString &name, const QString &field, const QString &codePrefix)
{
    Findings out;
    if (name.isEmpty())
        return out;
    if (name.size() > kSubnetNameMaxLength) {
        out.append(error(codePrefix + QStringLiteral(".tooLong"), field,
                         SubnetNameRulesText::tr("The subnet name has %1 characters; Azure allows at most %2.")
                             .arg(name.size())
                             .arg(kSubnetNameMaxLength)));
    }
    QString bad;
    for (const QChar c : name) {
        if (!isAllowed(c) && !bad.contains(c))
            bad.append(c);
    }
    if (!bad.isEmpty()) {
        QStringList shown;
        for (const QChar c : std::as_const(bad))
            shown.append(c == QLatin1Char(' ') ? SubnetNameRulesText::tr("space") : QStringLiteral("\"%1\"").arg(c));
        out.append(error(codePrefix + QStringLiteral(".characters"), field,
                         SubnetNameRulesText::tr("The subnet name \"%1\" contains characters Azure does not allow "
                                  "(%2); use only letters, digits, underscores, periods and hyphens.")
                             .arg(name, shown.join(QStringLiteral(", ")))));
    }
    if (!isAlnumOrUnderscore(name.front()) && isAllowed(name.front())) {
        out.append(error(codePrefix + QStringLiteral(".start"), field,
                         SubnetNameRulesText::tr("The subnet name must start with a letter, digit or underscore, "
                                  "not \"%1\".")
                             .arg(name.front())));
    }
    if (!isAlnumOrUnderscore(name.back()) && isAllowed(name.back())) {
        out.append(error(codePrefix + QStringLiteral(".end"), field,
                         SubnetNameRulesText::tr("The subnet name must end with a letter, digit or underscore, "
                                  "not \"%1\".")
                             .arg(name.back())));
    }
    return out;
}

} // namespace cw::rules
