#pragma once
// A combo box filled asynchronously: a spinner while loading, the error and a Retry button when
// the load failed. The page decides what to load; this widget only shows the state.
#include "wizard/WizardController.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QToolButton;

namespace cw::ui {

class BusySpinner;

class LoadingPicker : public QWidget
{
    Q_OBJECT
public:
    LoadingPicker(const QString &objectName, const QString &accessibleName, QWidget *parent = nullptr);
    // As a form's promoted widget (uic passes only the parent): setNames() names it afterwards.
    explicit LoadingPicker(QWidget *parent = nullptr);

    // The combo box's object name and the name screen readers use (also for Retry and the spinner).
    void setNames(const QString &objectName, const QString &accessibleName);

    QComboBox *combo() const { return m_combo; }
    QToolButton *retryButton() const { return m_retry; }
    void setState(LoadState state, const QString &error = {});

Q_SIGNALS:
    void retryRequested();

private:
    QComboBox *m_combo;
    BusySpinner *m_spinner;
    QToolButton *m_retry;
    QLabel *m_error;
};

} // namespace cw::ui
