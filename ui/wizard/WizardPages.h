#pragma once
// Page ids of the wizard, in order. nextId() of each page branches on the spec's mode.
#include <QWizard>
#include <QWizardPage>

namespace cw::ui {

enum WizardPageId {
    WorkspacePageId = 0,
    ModePageId,
    SizePageId,     // create
    ClusterPageId,  // attach
    NetworkingPageId,
    TlsPageId,
    ReviewPageId,
    ProgressPageId,
    V2ExtensionPageId, // Azure ML v2: after the cluster page
    V2ComputePageId,   // Azure ML v2: then review
};

// True while `page` is the one on screen. Pages share one spec: those whose slots also run on the
// controller's signals write their fields only while shown.
// Call as isShownPage(wizard(), this) (QWizardPage::wizard() is protected).
inline bool isShownPage(const QWizard *wizard, const QWizardPage *page)
{
    return wizard && wizard->currentPage() == page;
}

} // namespace cw::ui
