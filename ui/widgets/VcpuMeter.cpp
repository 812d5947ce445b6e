#include "widgets/VcpuMeter.h"

#include "rules/SizeRules.h"

#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

namespace cw::ui {

VcpuMeter::VcpuMeter(QWidget *parent)
    : QWidget(parent)
    , m_bar(new QProgressBar(this))
    , m_summary(new QLabel(this))
    , m_advice(new QLabel(this))
{
    setObjectName(QStringLiteral("vcpuMeter"));
    m_bar->setObjectName(QStringLiteral("vcpuMeterBar"));
    m_bar->setTextVisible(false);
    m_bar->setMaximumHeight(fontMetrics().height() / 2 + 4);
    m_bar->setAccessibleName(tr("vCPU capacity"));
    m_summary->setObjectName(QStringLiteral("vcpuMeterSummary"));
    m_advice->setObjectName(QStringLiteral("vcpuMeterAdvice"));
    m_advice->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_bar);
    layout->addWidget(m_advice);
}

void VcpuMeter::setCapacity(rules::ClusterPurpose purpose, int nodeCount, int vCpusPerNode)
{
    const int required = purpose == rules::ClusterPurpose::FastProd ? rules::kProductionMinVcpus
                                                                     : rules::kDevTestMinVcpus;
    if (vCpusPerNode <= 0) {
        m_sufficient = true; // cannot tell; the preflight warns about the unknown size
        m_summary->setText(tr("%n node(s) of an unknown size: the vCPU total cannot be checked", nullptr,
                              nodeCount));
        m_bar->setRange(0, 1);
        m_bar->setValue(0);
        m_advice->clear();
        setAccessibleName(m_summary->text());
        return;
    }
    const int total = nodeCount * vCpusPerNode;
    const rules::Findings findings = rules::validateCapacity(purpose, nodeCount, total);
    m_sufficient = !rules::hasErrors(findings);

    m_summary->setText(tr("%n node(s) × %1 vCPUs = %2 / %3 required", nullptr, nodeCount)
                           .arg(vCpusPerNode).arg(total).arg(required));
    m_bar->setRange(0, qMax(required, total));
    m_bar->setValue(total);

    QString advice;
    if (!m_sufficient) {
        const std::optional<int> needed = rules::minimumNodeCount(purpose, vCpusPerNode);
        advice = needed ? tr("Too small: at least %n node(s) of this size are needed.", nullptr, *needed)
                        : findings.first().message;
    }
    m_advice->setText(advice);
    // Red is not the only signal: the advice sentence says the same in words.
    QPalette pal = palette();
    const QColor red(0xc6, 0x28, 0x28);
    if (!m_sufficient) {
        pal.setColor(QPalette::Highlight, red);
        pal.setColor(QPalette::WindowText, red);
    }
    m_bar->setPalette(pal);
    m_summary->setPalette(pal);
    m_advice->setPalette(pal);
    setAccessibleName(m_summary->text() + QLatin1Char(' ') + advice);
}

QString VcpuMeter::summaryText() const
{
    return m_summary->text();
}

QString VcpuMeter::adviceText() const
{
    return m_advice->text();
}

} // namespace cw::ui
