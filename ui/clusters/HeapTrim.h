#pragma once

namespace cw::ui {

// Hands the whole free pages of glibc's heaps back to the system, soon, on a pool thread
// (malloc_trim walks every arena: not work for the GUI thread). glibc keeps what is freed in a
// heap's middle mapped: a list page's rows, freed once the table has taken them, stayed
// resident while the table's own array grew, so a first load peaked at both (3 MB of rows for
// 5,000 computes). Requests made before a trim starts share it. No-op without glibc.
void trimHeapSoon();

} // namespace cw::ui
