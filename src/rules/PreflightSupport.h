#pragma once
// Internal helpers of the Preflight*.cpp files (not installed API).
#include "rules/Finding.h"
#include "rules/Preflight.h"

#include <QCoreApplication>

namespace cw::rules::preflight_detail {

// The translation context of every preflight sentence (one class, so lupdate and tr() agree).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(cw::rules::Preflight)
};

PreflightCheck pass(const QString &id, const QString &title, const QString &reason,
                    const QString &fix = {});
PreflightCheck warn(const QString &id, const QString &title, const QString &reason,
                    const QString &fix);
PreflightCheck fail(const QString &id, const QString &title, const QString &reason,
                    const QString &fix);

// Errors -> Fail, warnings -> Warn (the findings' messages are the reason), else Pass with
// passReason; info findings are added to the reason. fix: what to do when it does not pass.
PreflightCheck fromFindings(const QString &id, const QString &title, const Findings &findings,
                            const QString &passReason, const QString &fix);

} // namespace cw::rules::preflight_detail
