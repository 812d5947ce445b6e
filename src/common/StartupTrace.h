#pragma once
#include <QLoggingCategory>

// Marks on the way from the process start to the first clusters shown, for the time-to-clusters
// timeline (tests/bench/gui-start/time_to_clusters_timeline.py turns "cw.trace" on and prints
// every line with its CLOCK_MONOTONIC time). Off by default: a disabled category costs one test.
namespace cw {
Q_DECLARE_LOGGING_CATEGORY(lcStartupTrace)
}

#define CW_TRACE_MARK(what) qCDebug(cw::lcStartupTrace, "%s", what)
