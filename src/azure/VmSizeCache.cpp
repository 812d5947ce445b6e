#include "azure/VmSizeCache.h"

#include "azure/AccountServices.h"
#include "azure/RulesFacts.h"
#include "rules/ComputeSpec.h"

namespace cw::azure {

VmSizeCache::VmSizeCache(arm::ArmConnection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
{
}

QString VmSizeCache::keyOf(const QString &subscription, const QString &region)
{
    // ARM spells a region "westeurope" in paths and "West Europe" in display names; subscription
    // ids are GUIDs in any case.
    return subscription.trimmed().toLower() + QLatin1Char('/') + rules::normalizeRegion(region);
}

void VmSizeCache::sizes(const QString &subscription, const QString &region, QObject *context, Callback done)
{
    Entry &entry = m_entries[keyOf(subscription, region)];
    if (entry.state == State::Loaded) {
        const Answer answer{entry.catalogue, QString()};
        QMetaObject::invokeMethod(context, [done = std::move(done), answer] { done(answer); }, Qt::QueuedConnection);
        return;
    }
    entry.waiting.append({context, std::move(done)});
    if (entry.state != State::Loading)
        send(subscription, region, entry);
}

void VmSizeCache::load(const QString &subscription, const QString &region)
{
    Entry &entry = m_entries[keyOf(subscription, region)];
    if (entry.state != State::Loaded && entry.state != State::Loading)
        send(subscription, region, entry);
}

void VmSizeCache::send(const QString &subscription, const QString &region, Entry &entry)
{
    entry.state = State::Loading;
    // The path's spelling of the region, whoever asked first ("West Europe" is refused there).
    VmSizeListJob *job = LocationService(m_connection).vmSizes(subscription.trimmed(), rules::normalizeRegion(region));
    const QString key = keyOf(subscription, region);
    // Context `this`: a request still in flight when the cache (its session) goes answers no one.
    connect(job, &ServiceJob::finished, this, [this, job, key, subscription, region] {
        Entry &e = m_entries[key];
        const ServiceResult<QList<VmSize>> &result = job->result();
        if (result.ok()) {
            e.state = State::Loaded;
            e.catalogue = toVmSizeCatalogue(*result.value);
            e.error.clear();
        } else {
            // Not cached: the next asker (or load()) sends the request again.
            e.state = State::Failed;
            e.error = result.error ? result.error->humanMessage() : tr("no answer");
        }
        const Answer answer = e.state == State::Loaded ? Answer{e.catalogue, QString()} : Answer{std::nullopt, e.error};
        const QList<Waiter> waiting = std::exchange(e.waiting, {});
        for (const Waiter &w : waiting)
            if (w.context)
                QMetaObject::invokeMethod(w.context.data(), [done = w.done, answer] { done(answer); }, Qt::QueuedConnection);
        Q_EMIT finished(subscription, region);
    });
}

VmSizeCache::State VmSizeCache::state(const QString &subscription, const QString &region) const
{
    const auto it = m_entries.constFind(keyOf(subscription, region));
    return it == m_entries.constEnd() ? State::NotAsked : it->state;
}

const rules::VmSizeCatalogue *VmSizeCache::cached(const QString &subscription, const QString &region) const
{
    const auto it = m_entries.constFind(keyOf(subscription, region));
    return it != m_entries.constEnd() && it->state == State::Loaded ? &it->catalogue : nullptr;
}

QString VmSizeCache::lastError(const QString &subscription, const QString &region) const
{
    const auto it = m_entries.constFind(keyOf(subscription, region));
    return it != m_entries.constEnd() && it->state == State::Failed ? it->error : QString();
}

} // namespace cw::azure
