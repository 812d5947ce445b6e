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
    , m_quota(new QLabel(this))
    , m_quotaBar(new QProgressBar(this))
{
    setObjectName(QStringLiteral("vcpuMeter"));
    m_bar->setObjectName(QStringLiteral("vcpuMeterBar"));
    m_bar->setTextVisible(false);
    m_bar->setMaximumHeight(fontMetrics().height() / 2 + 4);
    m_bar->setAccessibleName(tr("vCPU capacity"));
    m_summary->setObjectName(QStringLiteral("vcpuMeterSummary"));
    m_advice->setObjectName(QStringLiteral("vcpuMeterAdvice"));
    m_advice->setWordWrap(true);
    m_quota->setObjectName(QStringLiteral("vcpuQuotaSummary"));
    m_quota->setWordWrap(true);
    m_quotaBar->setObjectName(QStringLiteral("vcpuQuotaBar"));
    m_quotaBar->setTextVisible(false);
    m_quotaBar->setMaximumHeight(fontMetrics().height() / 2 + 4);
    m_quotaBar->setAccessibleName(tr("Regional vCPU quota"));
    m_quota->hide();
    m_quotaBar->hide();
    // The wrapped quota sentence needs its height for the width it gets (not clipped to one line).
    QSizePolicy policy = sizePolicy();
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_bar);
    layout->addWidget(m_advice);
    layout->addWidget(m_quota);
    layout->addWidget(m_quotaBar);
}

void VcpuMeter::setRegionalQuota(const rules::CoreQuotaVerdict &verdict, bool loading, bool shown)
{
    m_quota->setVisible(shown);
    m_quotaBar->setVisible(shown && !loading && verdict.known);
    m_quotaExceeded = shown && !loading && verdict.known && !verdict.fits;
    if (!shown)
        return;
    QString text;
    if (loading)
        text = tr("Regional vCPU quota: checking…");
    else if (!verdict.known)
        text = tr("Regional vCPU quota: could not be read; Azure checks it when the cluster is created.");
    else if (!verdict.fits)
        text = tr("Regional vCPU quota: %1. Over the limit by %2: use fewer or smaller nodes, another region, or "
                  "ask for a higher quota.")
                   .arg(verdict.text)
                   .arg(verdict.afterCreate - verdict.limit);
    else
        text = tr("Regional vCPU quota: %1.").arg(verdict.text);
    m_quota->setText(text);
    if (!loading && verdict.known) {
        // Capped for the bar's int range; the text carries the exact figures.
        constexpr qint64 cap = 1'000'000'000;
        m_quotaBar->setRange(0, int(qBound<qint64>(1, qMax(verdict.limit, verdict.afterCreate), cap)));
        m_quotaBar->setValue(int(qBound<qint64>(0, verdict.afterCreate, cap)));
    }
    QPalette pal = palette();
    if (m_quotaExceeded) {
        const QColor red(0xc6, 0x28, 0x28);
        pal.setColor(QPalette::Highlight, red);
        pal.setColor(QPalette::WindowText, red);
    }
    m_quota->setPalette(pal);
    m_quotaBar->setPalette(pal);
}

QString VcpuMeter::quotaText() const
{
    return m_quota->isVisibleTo(this) ? m_quota->text() : QString();
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
