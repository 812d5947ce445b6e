#pragma once
// The progress page's view of one running create/attach: its steps, messages and outcome. The
// backend adapts the real operation (cw::ops) into it; the object is parented to the backend,
// not the wizard, so it keeps running after "Run in background".
#include <QDateTime>
#include <QList>
#include <QString>

#include "common/AsyncJob.h"

namespace cw::ui {

struct OperationStep {
    enum class State { Pending, Running, Done, Failed };
    QString title;
    State state = State::Pending;
};

struct ServiceError {
    QString code;
    QString message;
};

// An AsyncJob fed by the adapter: finish() ends it once, delivered Immediately (inside the
// adapter's own signal), and it is KeptByOwner (the backend). It cannot be cancelled here.
class WizardOperation : public AsyncJob
{
    Q_OBJECT
public:
    explicit WizardOperation(QObject *parent = nullptr);

    QList<OperationStep> steps() const { return m_steps; }
    QString state() const { return m_state; }
    bool succeeded() const { return m_succeeded; }
    QList<ServiceError> errors() const { return m_errors; }
    QString rawDetails() const { return m_raw; }
    QDateTime startedAt() const { return m_started; }
    QString operationId() const { return m_id; }

    // Called by the backend's adapter.
    void setOperationId(const QString &id) { m_id = id; }
    void setSteps(const QList<OperationStep> &steps);
    void setState(const QString &state);
    void appendLog(const QString &line);
    void finish(bool succeeded, const QList<ServiceError> &errors = {}, const QString &rawDetails = {});

Q_SIGNALS:
    void stepsChanged();
    void stateChanged(const QString &state);
    void logAppended(const QString &line);
    void finished(bool succeeded);

private:
    QString m_id;
    QList<OperationStep> m_steps;
    QString m_state;
    bool m_succeeded = false;
    QList<ServiceError> m_errors;
    QString m_raw;
    QDateTime m_started = QDateTime::currentDateTimeUtc();
};

} // namespace cw::ui
