#pragma once
// "nodes x vCPUs = total / required": the live capacity meter of the create page (and of the
// update dialog's node count). It turns red when the purpose's minimum is not met and says how
// many nodes are needed; the verdict comes from rules::validateCapacity, not from this widget.
#include "rules/ComputeSpec.h"
#include "rules/QuotaRules.h"

#include <QWidget>

class QLabel;
class QProgressBar;

namespace cw::ui {

class VcpuMeter : public QWidget
{
    Q_OBJECT
public:
    explicit VcpuMeter(QWidget *parent = nullptr);

    // vCpusPerNode <= 0: the size is unknown, the meter says it cannot check.
    void setCapacity(rules::ClusterPurpose purpose, int nodeCount, int vCpusPerNode);

    // The region's vCPU quota: current use + this cluster against the limit (a second bar, red
    // when over), "checking…" while it loads; hidden when `shown` is false (e.g. the scale dialog).
    void setRegionalQuota(const rules::CoreQuotaVerdict &verdict, bool loading, bool shown = true);
    bool quotaExceeded() const { return m_quotaExceeded; }
    QString quotaText() const;

    bool isSufficient() const { return m_sufficient; }
    QString summaryText() const;
    QString adviceText() const;

private:
    QProgressBar *m_bar;
    QLabel *m_summary;
    QLabel *m_advice;
    QLabel *m_quota;
    QProgressBar *m_quotaBar;
    bool m_sufficient = true;
    bool m_quotaExceeded = false;
};

} // namespace cw::ui
