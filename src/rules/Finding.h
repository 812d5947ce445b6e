#pragma once
// The result of a rule: zero or more findings, each with a stable code (for tests and the UI's
// field highlighting), the field it concerns and a translated message saying what to change.
#include <QList>
#include <QString>

namespace cw::rules {

enum class Severity { Info, Warning, Error };

struct Finding {
    QString code;     // stable id, e.g. "name.tooShort"
    QString field;    // spec field, e.g. "name", "networking.serviceCidr"
    Severity severity = Severity::Error;
    QString message;  // translated; says what is wrong and what to change
};

using Findings = QList<Finding>;

bool hasErrors(const Findings &findings);
bool hasCode(const Findings &findings, QStringView code);
QStringList codes(const Findings &findings);
// Convenience for building lists.
Finding error(const QString &code, const QString &field, const QString &message);
Finding warning(const QString &code, const QString &field, const QString &message);
Finding info(const QString &code, const QString &field, const QString &message);

} // namespace cw::rules
