#pragma once
// Compute name rules (source document + SDK v1): 3-24 characters of letters, digits and
// hyphens, starting with a letter, ending with a letter or digit, not a reserved name, and
// unique in the workspace (case-insensitively, as the service compares names).
#include "rules/Finding.h"

#include <QStringList>

namespace cw::rules {

inline constexpr int kComputeNameMinLength = 3;
inline constexpr int kComputeNameMaxLength = 24;

// Every applicable finding (not only the first), so the UI can show them all at once.
Findings validateComputeName(const QString &name, const QStringList &existingNames = {});

bool isReservedComputeName(const QString &name);

} // namespace cw::rules
