#include "widgets/StatusIcons.h"

namespace cw::ui {

namespace {
QIcon svg(const char *name)
{
    return QIcon(QStringLiteral(":/icons/") + QLatin1String(name) + QStringLiteral(".svg"));
}
} // namespace

QIcon iconFor(rules::Severity severity)
{
    switch (severity) {
    case rules::Severity::Info: return svg("check-info");
    case rules::Severity::Warning: return svg("check-warn");
    case rules::Severity::Error: return svg("check-fail");
    }
    return {};
}

QIcon iconFor(rules::CheckStatus status)
{
    switch (status) {
    case rules::CheckStatus::Pass: return svg("check-pass");
    case rules::CheckStatus::Warn: return svg("check-warn");
    case rules::CheckStatus::Fail: return svg("check-fail");
    }
    return {};
}

QIcon iconFor(tls::CheckSeverity severity)
{
    switch (severity) {
    case tls::CheckSeverity::Pass: return svg("check-pass");
    case tls::CheckSeverity::Warning: return svg("check-warn");
    case tls::CheckSeverity::Fail: return svg("check-fail");
    }
    return {};
}

QIcon passIcon() { return svg("check-pass"); }
QIcon copyIcon() { return svg("edit-copy"); }
QIcon refreshIcon() { return svg("view-refresh"); }
QIcon openIcon() { return svg("document-open"); }

} // namespace cw::ui
