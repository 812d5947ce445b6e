#pragma once

class QTranslator;

namespace cw {

// Loads the application's catalogue (":/i18n/clusterwright_<lang>.qm", compiled into the GUI and
// the CLI) for the user's UI languages into `translator`; when none of them has one (English, the
// C locale of a bare terminal or CI), the English catalogue, which carries the plural forms the
// source texts leave open ("%n node(s)" → "1 node", "3 nodes"). False when neither loads.
bool loadAppTranslation(QTranslator &translator);

} // namespace cw
