#pragma once
// "nodes x vCPUs = total / required": the live capacity meter of the create page (and of the
// update dialog's node count). It turns red when the purpose's minimum is not met and says how
// many nodes are needed; the verdict comes from rules::validateCapacity, not from this widget.
#include "rules/ComputeSpec.h"

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

    bool isSufficient() const { return m_sufficient; }
    QString summaryText() const;
    QString adviceText() const;

private:
    QProgressBar *m_bar;
    QLabel *m_summary;
    QLabel *m_advice;
    bool m_sufficient = true;
};

} // namespace cw::ui
