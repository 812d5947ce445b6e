#pragma once
#include <QString>

namespace cw::ops {
struct OperationRecord;
}

namespace cw::ui {

class ServiceLabels;

// The one-line title of an operation in the UI's current language, made from its kind, its
// compute and its title facts when it is shown (not the language it was started in). A record
// without facts (written by an older version) keeps the summary it was saved with. `labels`
// (the caller's, built once per language) name the service values in it.
QString operationTitle(const ops::OperationRecord &record, const ServiceLabels &labels);

} // namespace cw::ui
