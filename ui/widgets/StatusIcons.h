#pragma once
// The SVG icons of a check's outcome (pass / warn / fail / info), shared by every list of
// findings and by the certificate card.
#include "rules/Finding.h"
#include "rules/Preflight.h"
#include "tls/CertificateReport.h"

#include <QIcon>

namespace cw::ui {

QIcon iconFor(rules::Severity severity);
QIcon iconFor(rules::CheckStatus status);
QIcon iconFor(tls::CheckSeverity severity);
QIcon passIcon();
QIcon copyIcon();
QIcon refreshIcon();
QIcon openIcon();

} // namespace cw::ui
