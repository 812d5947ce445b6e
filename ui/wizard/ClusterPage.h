#pragma once
// Page 3 (attach): the subscription's AKS clusters in a sortable, searchable table, or a pasted
// resource ID; the compute name and purpose; live preflight results for the selected cluster.
// The layout is a Designer form (ClusterPage.ui).
#include "rules/Finding.h"

#include <QWizardPage>

#include <memory>

class QTimer;

namespace cw::ui {

namespace Ui {
class ClusterPage;
}

class WizardController;
struct ClusterChoice;

class ClusterPage : public QWizardPage
{
    Q_OBJECT
public:
    ClusterPage(WizardController *controller, QWidget *parent = nullptr);
    ~ClusterPage() override;

    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

private:
    void fillTable();
    void onSelectionChanged();
    void onResourceIdEdited();
    // Typing or pasting: the previous cluster's checks no longer apply; the ID is checked once
    // the typing pauses (debounced).
    void onResourceIdTyped();
    void onLookedUp(const ClusterChoice &cluster, const QString &error);
    void update();
    void updateV2();
    int vcpusOf(const ClusterChoice &cluster) const;
    QString attachedAs(const ClusterChoice &cluster) const;

    WizardController *m_controller;
    std::unique_ptr<Ui::ClusterPage> m_ui;
    rules::Findings m_nameFindings;
    bool m_lookingUp = false;
    QString m_lookupId; // the pasted ID being looked up
    QTimer *m_idDebounce;
    QString m_resourceIdProblem; // why the typed ID names no cluster that can be checked
};

} // namespace cw::ui
