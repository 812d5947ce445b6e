#include "rules/Finding.h"

#include <algorithm>

namespace cw::rules {

bool hasErrors(const Findings &findings)
{
    return std::any_of(findings.cbegin(), findings.cend(),
                       [](const Finding &f) { return f.severity == Severity::Error; });
}

bool hasCode(const Findings &findings, QStringView code)
{
    return std::any_of(findings.cbegin(), findings.cend(),
                       [code](const Finding &f) { return f.code == code; });
}

QStringList codes(const Findings &findings)
{
    QStringList out;
    for (const Finding &f : findings)
        out.append(f.code);
    return out;
}

Finding error(const QString &code, const QString &field, const QString &message)
{
    return Finding{code, field, Severity::Error, message};
}

Finding warning(const QString &code, const QString &field, const QString &message)
{
    return Finding{code, field, Severity::Warning, message};
}

Finding info(const QString &code, const QString &field, const QString &message)
{
    return Finding{code, field, Severity::Info, message};
}

} // namespace cw::rules
