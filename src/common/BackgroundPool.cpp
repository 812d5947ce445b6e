#include "common/BackgroundPool.h"

#include <QThreadPool>

namespace cw {

namespace {
struct NamedPool : QThreadPool {
    NamedPool() { setObjectName(QStringLiteral("cw background")); }
};
} // namespace

// Destroyed at exit after main() returns, waiting for the tasks still running (as Qt's own).
Q_GLOBAL_STATIC(NamedPool, g_backgroundPool)

QThreadPool *backgroundPool()
{
    return g_backgroundPool();
}

} // namespace cw
