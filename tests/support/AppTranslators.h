#pragma once
#include <QString>

class QTranslator;

namespace cw::test {

// Installs the catalogues a language test runs with, as the application does: its own
// (clusterwright_<lang>.qm from the build tree, CW_BINARY_DIR; English too, for its numerus
// forms) and Qt's (qtbase_<lang>, for languages other than English), and sets the default
// locale. Returns what could not be loaded (empty when both are installed). The translators
// must outlive the test.
QString installAppTranslators(const QString &lang, QTranslator &own, QTranslator &qt);

} // namespace cw::test
