#pragma once
#include "arm/ArmError.h"
#include "arm/ArmTypes.h"
#include "common/AsyncJob.h"

#include <QStringList>

#include <optional>

namespace cw::azure {

// The typed outcome of a service call: a value, or the ArmError (HTTP, network, TLS, malformed
// answer, cancelled). `warnings` lists fields that were ignored because they had the wrong type.
template <typename T>
struct ServiceResult {
    std::optional<T> value;
    std::optional<arm::ArmError> error;
    QStringList warnings;
    bool ok() const { return value.has_value(); }
};

// Base of every service job. finished() is emitted exactly once — never inside the call that
// created the job — and the job deletes itself afterwards, so read the typed result (see
// ResultJob<T>::result()) in the slot connected to finished(). An AsyncJob that starts when made
// and delivers Immediately (inside the slot of the ARM answer, or of cancel()'s Cancelled one).
// cancel() stops waiting; finished() follows with a Cancelled error. Paged lists report the
// items received so far with progressed().
class ServiceJob : public AsyncJob
{
    Q_OBJECT
public:
    explicit ServiceJob(QObject *parent = nullptr);

    // The last ARM answer (e.g. to inspect createProbe after an ambiguous create PUT).
    const arm::ArmResponse &lastResponse() const { return m_lastResponse; }

Q_SIGNALS:
    void finished();

protected:
    void doCancel() override = 0;
    void finishOnce();
    arm::ArmResponse m_lastResponse;
};

template <typename T>
class ResultJob : public ServiceJob
{
public:
    using ServiceJob::ServiceJob;
    const ServiceResult<T> &result() const { return m_result; }

protected:
    ServiceResult<T> m_result;
};

} // namespace cw::azure
