#include "rules/NameRules.h"

#include <QCoreApplication>

namespace cw::rules {
namespace {

struct NameRulesText {
    Q_DECLARE_TR_FUNCTIONS(cw::rules::NameRules)
};

const QString kNameField = QStringLiteral("name");

bool isAsciiLetter(QChar c) { return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z'); }
bool isAsciiDigit(QChar c) { return c >= u'0' && c <= u'9'; }

} // namespace

bool isReservedComputeName(const QString &name)
{
    static const QStringList reserved = {QStringLiteral("amlcompute"), QStringLiteral("local"),
                                         QStringLiteral("containerinstance")};
    return reserved.contains(name, Qt::CaseInsensitive);
}

Findings validateComputeName(const QString &name, const QStringList &existingNames)
{
    Findings out;
    if (name.isEmpty()) {
        out.append(error(QStringLiteral("name.empty"), kNameField,
                         NameRulesText::tr("Enter a compute name of %1 to %2 characters.")
                             .arg(kComputeNameMinLength)
                             .arg(kComputeNameMaxLength)));
        return out;
    }
    if (name.size() < kComputeNameMinLength) {
        out.append(error(QStringLiteral("name.tooShort"), kNameField,
                         NameRulesText::tr("The name has %1 characters; use at least %2.")
                             .arg(name.size())
                             .arg(kComputeNameMinLength)));
    }
    if (name.size() > kComputeNameMaxLength) {
        out.append(error(QStringLiteral("name.tooLong"), kNameField,
                         NameRulesText::tr("The name has %1 characters; shorten it to at most %2.")
                             .arg(name.size())
                             .arg(kComputeNameMaxLength)));
    }
    QString bad;
    for (const QChar c : name) {
        if (!isAsciiLetter(c) && !isAsciiDigit(c) && c != u'-' && !bad.contains(c))
            bad.append(c);
    }
    if (!bad.isEmpty()) {
        out.append(error(QStringLiteral("name.invalidCharacters"), kNameField,
                         NameRulesText::tr("Remove the characters \"%1\": only letters, digits and hyphens "
                                  "are allowed.")
                             .arg(bad)));
    }
    if (!isAsciiLetter(name.front())) {
        out.append(error(QStringLiteral("name.mustStartWithLetter"), kNameField,
                         NameRulesText::tr("Start the name with a letter (it starts with \"%1\").")
                             .arg(name.front())));
    }
    if (!isAsciiLetter(name.back()) && !isAsciiDigit(name.back())) {
        out.append(error(QStringLiteral("name.mustEndWithLetterOrDigit"), kNameField,
                         NameRulesText::tr("End the name with a letter or a digit (it ends with \"%1\").")
                             .arg(name.back())));
    }
    if (isReservedComputeName(name)) {
        out.append(error(QStringLiteral("name.reserved"), kNameField,
                         NameRulesText::tr("\"%1\" is a reserved name; choose another one.").arg(name)));
    }
    for (const QString &existing : existingNames) {
        if (existing.compare(name, Qt::CaseInsensitive) == 0) {
            out.append(error(QStringLiteral("name.taken"), kNameField,
                             NameRulesText::tr("The workspace already has a compute named \"%1\"; choose "
                                      "another name (names are compared without regard to case).")
                                 .arg(existing)));
            break;
        }
    }
    return out;
}

} // namespace cw::rules
