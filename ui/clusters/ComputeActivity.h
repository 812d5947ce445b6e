#pragma once
#include <QHash>
#include <QObject>
#include <QPointer>

#include <optional>

#include "clusters/ClusterRow.h"
#include "ops/OperationRecord.h"

namespace cw::ops {
class OperationRunner;
}

namespace cw::ui {

// Which computes an operation is running on now, from the runner's signals (its started,
// changed and finished operations). The actions that change a compute wait while one runs on it:
// two at once make the second fail with a conflict, or act on values the first is changing.
class ComputeActivity : public QObject
{
    Q_OBJECT
public:
    explicit ComputeActivity(QObject *parent = nullptr);

    // Follows `runner` (a new session brings a new one), starting from its active operations.
    void watch(ops::OperationRunner *runner);

    // The operation running on the compute of `row`, if any.
    std::optional<ops::OperationRecord> runningOn(const ClusterRow &row) const;

Q_SIGNALS:
    void changed();

private:
    void note(const ops::OperationRecord &record);

    QPointer<ops::OperationRunner> m_runner;
    QHash<QString, ops::OperationRecord> m_running; // by operation id
};

} // namespace cw::ui
