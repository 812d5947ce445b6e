#include "wizard/WizardOperation.h"

namespace cw::ui {

WizardOperation::WizardOperation(QObject *parent)
    : AsyncJob(parent, Delivery::Immediate, Lifetime::KeptByOwner)
{
}

void WizardOperation::setSteps(const QList<OperationStep> &steps)
{
    m_steps = steps;
    Q_EMIT stepsChanged();
}

void WizardOperation::setState(const QString &state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void WizardOperation::appendLog(const QString &line)
{
    Q_EMIT logAppended(line);
}

void WizardOperation::finish(bool succeeded, const QList<ServiceError> &errors, const QString &rawDetails)
{
    finishWith([this, succeeded, errors, rawDetails] {
        m_succeeded = succeeded;
        m_errors = errors;
        m_raw = rawDetails;
        Q_EMIT finished(succeeded);
    });
}

} // namespace cw::ui
