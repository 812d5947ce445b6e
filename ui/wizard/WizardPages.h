#pragma once
// Page ids of the wizard, in order. nextId() of each page branches on the spec's mode.
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
};

} // namespace cw::ui
