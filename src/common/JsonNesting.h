#pragma once
#include <QByteArray>

namespace cw {

// How deeply `{`/`[` nest in JSON text (brackets inside strings do not count). Checked before
// parsing untrusted documents: nlohmann_json recurses per level, so a hostile file of a million
// `[` would exhaust the stack.
int jsonNestingDepth(const QByteArray &bytes);

} // namespace cw
