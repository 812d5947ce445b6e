#include "wizard/ComputeWizard.h"

#include "wizard/ClusterPage.h"
#include "wizard/ModePage.h"
#include "wizard/NetworkingPage.h"
#include "wizard/ProgressPage.h"
#include "wizard/ReviewPage.h"
#include "wizard/SizePage.h"
#include "wizard/TlsPage.h"
#include "wizard/V2ComputePage.h"
#include "wizard/V2ExtensionPage.h"
#include "wizard/WizardController.h"
#include "wizard/WizardOperation.h"
#include "wizard/WizardPages.h"
#include "wizard/WorkspacePage.h"

#include <QAbstractButton>
#include <QApplication>

namespace cw::ui {

ComputeWizard::ComputeWizard(WizardBackend *backend, QWidget *parent)
    : QWizard(parent)
    , m_controller(new WizardController(backend, this))
{
    setObjectName(QStringLiteral("computeWizard"));
    setWindowTitle(tr("New inference cluster"));
    setAccessibleName(tr("New inference cluster wizard"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage, true);
    setOption(QWizard::HaveHelpButton, false);
    setMinimumSize(800, 600);
    // Qt 6.4 ships no Italian catalogue for QtWidgets' own texts: the buttons are ours to translate.
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
    setButtonText(QWizard::FinishButton, tr("&Finish"));
    resize(960, 700);

    auto *workspace = new WorkspacePage(m_controller, this);
    auto *progress = new ProgressPage(m_controller, this);
    setPage(WorkspacePageId, workspace);
    setPage(ModePageId, new ModePage(m_controller, this));
    setPage(SizePageId, new SizePage(m_controller, this));
    setPage(ClusterPageId, new ClusterPage(m_controller, this));
    setPage(NetworkingPageId, new NetworkingPage(m_controller, this));
    setPage(TlsPageId, new TlsPage(m_controller, this));
    setPage(ReviewPageId, new ReviewPage(m_controller, this));
    setPage(ProgressPageId, progress);
    setPage(V2ExtensionPageId, new V2ExtensionPage(m_controller, this));
    setPage(V2ComputePageId, new V2ComputePage(m_controller, this));
    setStartId(WorkspacePageId);

    connect(this, &QWizard::currentIdChanged, this, &ComputeWizard::focusShownPage);
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) { keepFocusOnShownPage(now); });

    connect(workspace, &WorkspacePage::environmentRequested, this, &ComputeWizard::environmentRequested);
    connect(progress, &ProgressPage::fixAndRetryRequested, this, &ComputeWizard::returnToPage);
    connect(progress, &ProgressPage::runInBackgroundRequested, this, [this](WizardOperation *operation) {
        Q_EMIT operationContinuesInBackground(operation);
        done(QDialog::Accepted);
    });
}

QWizardPage *ComputeWizard::pageHolding(const QWidget *widget) const
{
    for (const int id : pageIds()) {
        QWizardPage *p = page(id);
        if (p && (p == widget || p->isAncestorOf(widget)))
            return p;
    }
    return nullptr;
}

void ComputeWizard::focusShownPage()
{
    QWizardPage *shown = currentPage();
    if (!shown)
        return;
    const QWidget *focused = QApplication::focusWidget();
    // Focus already on the shown page (QWizard may have put it there) or on the buttons stays.
    if (focused && focused->isVisible() && (shown->isAncestorOf(focused) || (isAncestorOf(focused) && !pageHolding(focused))))
        return;
    // The first control of the page the Tab key would reach, else the default button.
    for (QWidget *w = shown->nextInFocusChain(); w && w != shown; w = w->nextInFocusChain()) {
        if (shown->isAncestorOf(w) && (w->focusPolicy() & Qt::TabFocus) && w->isEnabled() && w->isVisibleTo(shown)
            && !w->focusProxy()) {
            w->setFocus(Qt::TabFocusReason);
            return;
        }
    }
    for (const WizardButton which : {NextButton, FinishButton, CancelButton}) {
        QAbstractButton *b = button(which);
        if (b && b->isVisible() && b->isEnabled()) {
            b->setFocus(Qt::TabFocusReason);
            return;
        }
    }
    setFocus(Qt::OtherFocusReason);
}

void ComputeWizard::keepFocusOnShownPage(QWidget *now)
{
    if (!now || !isAncestorOf(now))
        return;
    QWizardPage *holder = pageHolding(now);
    if (holder && holder != currentPage())
        focusShownPage();
}

void ComputeWizard::returnToPage(int pageId)
{
    if (!visitedIds().contains(pageId))
        pageId = ReviewPageId;
    while (currentId() != pageId && visitedIds().size() > 1)
        back();
    // Going back does not initialize pages again; the failed attempt may have left a compute
    // holding the name, so look at the workspace afresh.
    m_controller->loadComputes();
}

void ComputeWizard::reject()
{
    // Closing while the operation runs does not cancel it: it goes on in the background.
    auto *progress = qobject_cast<ProgressPage *>(page(ProgressPageId));
    if (currentId() == ProgressPageId && progress && progress->operation() && !progress->operation()->isFinished())
        Q_EMIT operationContinuesInBackground(progress->operation());
    QWizard::reject();
}

} // namespace cw::ui
