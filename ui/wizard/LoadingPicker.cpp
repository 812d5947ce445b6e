#include "wizard/LoadingPicker.h"

#include "widgets/BusySpinner.h"
#include "widgets/StatusIcons.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QToolButton>

namespace cw::ui {

LoadingPicker::LoadingPicker(const QString &objectName, const QString &accessibleName, QWidget *parent)
    : LoadingPicker(parent)
{
    setNames(objectName, accessibleName);
}

LoadingPicker::LoadingPicker(QWidget *parent)
    : QWidget(parent)
    , m_combo(new QComboBox(this))
    , m_spinner(new BusySpinner(this))
    , m_retry(new QToolButton(this))
    , m_error(new QLabel(this))
{
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setMinimumContentsLength(24);
    m_retry->setIcon(refreshIcon());
    m_retry->setText(tr("Retry"));
    m_retry->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_retry->hide();
    m_error->setWordWrap(true);
    m_error->hide();
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_combo, 0, 0);
    layout->addWidget(m_spinner, 0, 1);
    layout->addWidget(m_retry, 0, 2);
    layout->addWidget(m_error, 1, 0, 1, 3);
    layout->setColumnStretch(0, 1);
    connect(m_retry, &QToolButton::clicked, this, &LoadingPicker::retryRequested);
    setFocusProxy(m_combo);
}

void LoadingPicker::setNames(const QString &objectName, const QString &accessibleName)
{
    m_combo->setObjectName(objectName);
    m_combo->setAccessibleName(accessibleName);
    m_retry->setObjectName(objectName + QStringLiteral("Retry"));
    m_retry->setAccessibleName(tr("Retry loading %1").arg(accessibleName));
    m_error->setObjectName(objectName + QStringLiteral("Error"));
    m_spinner->setAccessibleName(tr("Loading %1").arg(accessibleName));
}

void LoadingPicker::setState(LoadState state, const QString &error)
{
    m_spinner->setRunning(state == LoadState::Loading);
    m_combo->setEnabled(state == LoadState::Loaded);
    const bool failed = state == LoadState::Failed;
    m_retry->setVisible(failed);
    m_error->setVisible(failed);
    m_error->setText(failed ? tr("Could not load: %1").arg(error) : QString());
}

} // namespace cw::ui
