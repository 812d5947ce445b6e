#include "clusters/HeapTrim.h"

#include "common/BackgroundPool.h"

#include <QThreadPool>

#include <atomic>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace cw::ui {

void trimHeapSoon()
{
#ifdef __GLIBC__
    static std::atomic_bool pending{false};
    if (pending.exchange(true))
        return; // one is queued and has not started: it will see this request's frees too
    backgroundPool()->start([] {
        pending = false; // what is freed from now on needs another trim
        malloc_trim(0);
    });
#endif
}

} // namespace cw::ui
