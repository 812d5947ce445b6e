#include "clusters/ClusterColumns.h"

#include <QApplication>
#include <QStyle>

#include <algorithm>

namespace cw::ui {
namespace {

using Model = ClustersTableModel;

QIcon stateIcon(const ClusterRow &row)
{
    // Cached: data() is called for every visible cell on every paint.
    static const QIcon ok = qApp->style()->standardIcon(QStyle::SP_DialogApplyButton);
    static const QIcon failed = qApp->style()->standardIcon(QStyle::SP_MessageBoxCritical);
    static const QIcon busy = qApp->style()->standardIcon(QStyle::SP_BrowserReload);
    static const QIcon other = qApp->style()->standardIcon(QStyle::SP_MessageBoxWarning);
    const QString s = row.state.toLower();
    if (s == QLatin1String("succeeded"))
        return ok;
    if (s == QLatin1String("failed") || s == QLatin1String("canceled"))
        return failed;
    if (s == QLatin1String("creating") || s == QLatin1String("updating") || s == QLatin1String("deleting"))
        return busy;
    return other;
}

// Decimal text of n appended to buf (what QString::number / QVariant::toString give for an int).
QStringView appendInt(int n, CellBuffer &buf)
{
    QChar digits[16];
    qsizetype pos = 16;
    unsigned int u = n < 0 ? 0u - unsigned(n) : unsigned(n);
    do {
        digits[--pos] = QChar(char16_t(u'0' + u % 10));
        u /= 10;
    } while (u);
    if (n < 0)
        digits[--pos] = QLatin1Char('-');
    const qsizetype start = buf.size();
    buf.append(digits + pos, 16 - pos);
    return QStringView(buf.constData() + start, buf.size() - start);
}

template<QString ClusterRow::*Field>
const QString &field(const Model &, const ClusterRow &row, int)
{
    return row.*Field;
}

template<QString ClusterRow::*Field>
QString serviceWord(const ClusterRow &row)
{
    return row.*Field;
}

// Where the vCPU count comes from, or why there is none (the region's VM sizes).
QString vcpusToolTip(const ClusterRow &row)
{
    switch (row.vcpusState) {
    case ClusterRow::Vcpus::NotApplicable:
        return {};
    case ClusterRow::Vcpus::Loading:
        return Model::tr("Loading the VM sizes of %1…").arg(row.region);
    case ClusterRow::Vcpus::Known:
        return Model::tr("%n node(s) × %1 vCPUs (%2)", nullptr, row.nodeCount.value_or(0))
            .arg(row.vcpus.value_or(0) / std::max(1, row.nodeCount.value_or(1)))
            .arg(row.vmSize);
    case ClusterRow::Vcpus::NotListed:
        return Model::tr("%1 is not in the VM sizes of %2: its vCPUs are not known.").arg(row.vmSize, row.region);
    case ClusterRow::Vcpus::Unreadable:
        return Model::tr("The VM sizes of %1 could not be read; the next refresh asks again.").arg(row.region);
    }
    return {};
}

} // namespace

// The service's own word under each label is the tooltip: what the portal, az and exports call it.
const ClustersTableModel::ColumnSpec ClustersTableModel::kColumns[ColumnCount] = {
    {.header = QT_TRANSLATE_NOOP("cw::ui::ClustersTableModel", "Name"),
     .text = field<&ClusterRow::name>}, // compute names are lower case; no allocation per comparison
    // v1 (AKS inference cluster, SDK v1 retired) or v2 (extension + Kubernetes compute): which
    // path a compute is on, what "Move to v2…" changes.
    {.header = QT_TRANSLATE_NOOP("cw::ui::ClustersTableModel", "Type"),
     .text = [](const Model &m, const ClusterRow &r, int) -> const QString & {
         return r.isKubernetes() ? m.m_typeV2 : r.computeType.isEmpty() ? m.m_none : m.m_typeV1;
     },
     .toolTip = serviceWord<&ClusterRow::computeType>,
     .fitWidthCap = 140},
    {.header = QT_TRANSLATE_NOOP("cw::ui::ClustersTableModel", "State"),
     .text = ColumnSpec::label<ServiceField::ProvisioningState, &ClusterRow::state>,
     .toolTip = [](const ClusterRow &r) {
         return r.rare().provisioningErrors.isEmpty() ? r.state
                                               : r.state + QLatin1Char('\n') + r.rare().provisioningErrors.join(QLatin1Char('\n'));
     },
     .icon = stateIcon},
    {.header = QT_TRANSLATE_NOOP("cw::ui::ClustersTableModel", "Purpose"),
     .text = ColumnSpec::label<ServiceField::ClusterPurpose, &ClusterRow::purpose>,
     .toolTip = serviceWord<&ClusterRow::purpose>},
    {.header = QT_TRANSLATE_NOOP("cw::ui::ClustersTableModel", "VM size × nodes"),
     .text = [](const Model &m, const ClusterRow &, int i) -> const QString & { return m.sizeText(i); },
     .sortKey = [](const Model &m, const ClusterRow &, int i) -> const QString & { return m.sizeKey(i); },
     .writeText = ColumnSpec::writeSize},
    {.header = QT_TRANSLATE_NOOP("cw::ui::ClustersTableModel", "vCPUs"),
     .number = &ClusterRow::vcpus,
     .placeholder = [](const Model &m, const ClusterRow &r) -> const QString & {
         return r.vcpusState == ClusterRow::Vcpus::Loading ? m.m_loadingVcpus : m.m_noVcpus;
     },
     .toolTip = vcpusToolTip},
    {.header = QT_TRANSLATE_NOOP("cw::ui::ClustersTableModel", "Kubernetes"),
     .text = field<&ClusterRow::kubernetesVersion>},
    {.header = QT_TRANSLATE_NOOP("cw::ui::ClustersTableModel", "TLS"),
     .text = ColumnSpec::label<ServiceField::TlsStatus, &ClusterRow::tlsStatus>,
     .toolTip = serviceWord<&ClusterRow::tlsStatus>},
    {.header = QT_TRANSLATE_NOOP("cw::ui::ClustersTableModel", "FQDN / CNAME"),
     .text = field<&ClusterRow::endpoint>,
     .fitWidthCap = 240}, // an endpoint can be long: capped wider, the rest is elided
    {.header = QT_TRANSLATE_NOOP("cw::ui::ClustersTableModel", "Load balancer"),
     .text = [](const Model &m, const ClusterRow &r, int) -> const QString & {
         // A Kubernetes compute has none of its own (the extension's router says it; details).
         return r.loadBalancer.isEmpty() ? m.m_none
                : r.loadBalancer == QLatin1String("InternalLoadBalancer") ? m.m_internal : m.m_publicIp;
     },
     .toolTip = serviceWord<&ClusterRow::loadBalancer>},
    {.header = QT_TRANSLATE_NOOP("cw::ui::ClustersTableModel", "Region"),
     .text = field<&ClusterRow::region>},
    {.header = QT_TRANSLATE_NOOP("cw::ui::ClustersTableModel", "Attached / created"),
     .text = [](const Model &m, const ClusterRow &r, int) -> const QString & {
         return r.attached ? m.m_attached : m.m_created;
     }},
    {.header = QT_TRANSLATE_NOOP("cw::ui::ClustersTableModel", "Created"),
     .text = ColumnSpec::date<false>,
     .sortKey = field<&ClusterRow::createdOn>,
     .writeText = ColumnSpec::writeDate<false>,
     .toolTip = serviceWord<&ClusterRow::createdOn>},
    {.header = QT_TRANSLATE_NOOP("cw::ui::ClustersTableModel", "Modified"),
     .text = ColumnSpec::date<true>,
     .sortKey = field<&ClusterRow::modifiedOn>,
     .writeText = ColumnSpec::writeDate<true>,
     .toolTip = serviceWord<&ClusterRow::modifiedOn>},
    {.header = QT_TRANSLATE_NOOP("cw::ui::ClustersTableModel", "Workspace"),
     .text = field<&ClusterRow::workspace>},
};

QVariant ClustersTableModel::ColumnSpec::display(const Model &m, const ClusterRow &row, int rowIndex) const
{
    if (number)
        return row.*number ? QVariant(*(row.*number)) : QVariant(noNumber(m, row));
    return text(m, row, rowIndex);
}

const QString &ClustersTableModel::ColumnSpec::noNumber(const Model &m, const ClusterRow &row) const
{
    return placeholder ? placeholder(m, row) : m.m_noVcpus;
}

QVariant ClustersTableModel::ColumnSpec::sortValue(const Model &m, const ClusterRow &row, int rowIndex) const
{
    return number ? QVariant(sortNumber(row)) : QVariant(sortText(m, row, rowIndex));
}

QStringView ClustersTableModel::ColumnSpec::filterText(const Model &m, const ClusterRow &row, int rowIndex, CellBuffer &buf) const
{
    buf.clear();
    if (number)
        return row.*number ? appendInt(*(row.*number), buf) : QStringView(noNumber(m, row));
    return writeText ? writeText(m, row, rowIndex, buf) : QStringView(text(m, row, rowIndex));
}

template<ServiceField Field, QString ClusterRow::*Raw>
const QString &ClustersTableModel::ColumnSpec::label(const Model &m, const ClusterRow &row, int)
{
    return m.m_labels.label(Field, row.*Raw);
}

template<bool Modified>
const QString &ClustersTableModel::ColumnSpec::date(const Model &m, const ClusterRow &, int rowIndex)
{
    return m.dateText(rowIndex, Modified);
}

QStringView ClustersTableModel::ColumnSpec::writeSize(const Model &m, const ClusterRow &row, int rowIndex, CellBuffer &buf)
{
    if (row.vmSize.isEmpty() || !row.nodeCount)
        return row.vmSize;
    if (row.vmSize.contains(QLatin1Char('%')) || m.m_sizeFormat.isEmpty())
        return m.sizeText(rowIndex); // arg() would treat it as a placeholder
    // tr("%1 × %2") filled in on the stack, as arg() fills it.
    CellBuffer count;
    const QStringView nodes = appendInt(*row.nodeCount, count);
    const QString &format = m.m_sizeFormat;
    for (qsizetype k = 0; k < format.size(); ++k) {
        const QChar next = k + 1 < format.size() ? format.at(k + 1) : QChar();
        if (format.at(k) == QLatin1Char('%') && (next == QLatin1Char('1') || next == QLatin1Char('2'))) {
            const QStringView part = next == QLatin1Char('1') ? QStringView(row.vmSize) : nodes;
            buf.append(part.data(), part.size());
            ++k;
        } else {
            buf.append(format.at(k));
        }
    }
    return QStringView(buf.constData(), buf.size());
}

// Display and sort strings built from several fields: made on first use, kept until the row changes.

ClustersTableModel::Derived &ClustersTableModel::derived(int rowIndex) const
{
    std::unique_ptr<Derived> &d = m_derived[size_t(rowIndex)];
    if (!d)
        d = std::make_unique<Derived>();
    return *d;
}

const QString &ClustersTableModel::sizeText(int rowIndex) const
{
    Derived &d = derived(rowIndex);
    if (!(d.have & HaveSize)) {
        const ClusterRow &row = m_rows.at(rowIndex);
        if (row.vmSize.isEmpty())
            d.size = QString();
        else
            d.size = row.nodeCount ? tr("%1 × %2").arg(row.vmSize).arg(*row.nodeCount) : row.vmSize;
        d.have |= HaveSize;
    }
    return d.size;
}

const QString &ClustersTableModel::sizeKey(int rowIndex) const
{
    Derived &d = derived(rowIndex);
    if (!(d.have & HaveSizeKey)) {
        const ClusterRow &row = m_rows.at(rowIndex);
        d.sizeKey = row.vmSize + QStringLiteral("/%1").arg(row.nodeCount.value_or(0), 6, 10, QLatin1Char('0'));
        d.have |= HaveSizeKey;
    }
    return d.sizeKey;
}

const QString &ClustersTableModel::dateText(int rowIndex, bool modified) const
{
    Derived &d = derived(rowIndex);
    const quint8 part = modified ? HaveModified : HaveCreated;
    QString &text = modified ? d.modified : d.created;
    if (!(d.have & part)) {
        const ClusterRow &row = m_rows.at(rowIndex);
        text = displayDateTime(modified ? row.modifiedOn : row.createdOn);
        d.have |= part;
    }
    return text;
}

template<bool Modified>
QStringView ClustersTableModel::ColumnSpec::writeDate(const Model &m, const ClusterRow &row, int rowIndex, CellBuffer &buf)
{
    // Written on the stack as data() shows it (no allocation); the rare other case once.
    buf.resize(kDisplayDateTimeCapacity);
    const qsizetype n = writeDisplayDateTime(Modified ? row.modifiedOn : row.createdOn, buf.data(), buf.size());
    if (n < 0)
        return m.dateText(rowIndex, Modified);
    buf.resize(n);
    return QStringView(buf.constData(), n);
}

} // namespace cw::ui
