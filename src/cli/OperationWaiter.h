#pragma once
#include <QObject>
#include <QSet>
#include <QString>

#include "ops/OperationRecord.h"

namespace cw::ops {
class OperationRunner;
}

namespace cw::cli {

class CliContext;

// Follows operations on the runner until they end, showing their steps and progress on a
// terminal, then prints the outcome and finishes the run (0 succeeded, 1 failed). With
// --no-wait it stops waiting as soon as the service accepted the request and the journal holds
// what `operations resume` needs; the operation keeps running in Azure.
class OperationWaiter : public QObject
{
    Q_OBJECT
public:
    OperationWaiter(CliContext &ctx, ops::OperationRunner *runner, bool noWait);
    void follow(const QString &id);

private:
    void onChanged(const ops::OperationRecord &record);
    void onFinished(const ops::OperationRecord &record);
    void report();

    CliContext &m_ctx;
    ops::OperationRunner *m_runner;
    bool m_noWait;
    QSet<QString> m_following;
    QSet<QString> m_stopRequested;
    QList<ops::OperationRecord> m_outcomes;
};

} // namespace cw::cli
