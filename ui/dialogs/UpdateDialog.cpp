#include "dialogs/UpdateDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include "ops/OperationRunner.h"

namespace cw::ui {

UpdateDialog::UpdateDialog(ops::OperationRunner *runner, WorkspaceRef workspace, QString computeName,
                           const QString &applyText, QWidget *parent)
    : QDialog(parent)
    , m_runner(runner)
    , m_workspace(std::move(workspace))
    , m_computeName(std::move(computeName))
    , m_intro(new QLabel(this))
    , m_content(new QVBoxLayout)
    , m_apply(new QPushButton(applyText, this))
{
    m_intro->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_apply, QDialogButtonBox::AcceptRole);
    auto *layout = new QVBoxLayout(this);
    // Never smaller than what its rows need: the certificate rows and the findings would
    // overlap or scroll; a list of findings that grows makes the dialog grow with it.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    m_intro->setMinimumWidth(fontMetrics().averageCharWidth() * 64); // sentences wrap into a few lines, not a column
    layout->addWidget(m_intro);
    layout->addLayout(m_content, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_apply, &QPushButton::clicked, this, &UpdateDialog::startOperation);
}

void UpdateDialog::setIntro(const QString &html)
{
    m_intro->setText(html);
    // A wrapped label's minimum is one line: at least the lines it takes at its narrowest, so
    // the layout's minimum (and the dialog's size) counts them instead of squeezing the rest.
    m_intro->setMinimumHeight(m_intro->heightForWidth(m_intro->minimumWidth()));
}

void UpdateDialog::setApplyEnabled(bool ready)
{
    m_apply->setEnabled(ready && m_id.isEmpty());
}

void UpdateDialog::startOperation()
{
    if (!m_id.isEmpty() || !m_apply->isEnabled())
        return;
    const Update u = update();
    m_id = m_runner->startUpdate(m_workspace, m_computeName, u.patch, u.summary);
    Q_EMIT operationStarted(m_id);
    accept();
}

} // namespace cw::ui
