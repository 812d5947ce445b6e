#include "cli/FactsMapping.h"

namespace cw::cli {

QString statusWord(rules::CheckStatus status)
{
    switch (status) {
    case rules::CheckStatus::Pass:
        return QStringLiteral("pass");
    case rules::CheckStatus::Warn:
        return QStringLiteral("warn");
    case rules::CheckStatus::Fail:
        return QStringLiteral("fail");
    }
    return {};
}

} // namespace cw::cli
