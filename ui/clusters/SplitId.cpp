#include "clusters/SplitId.h"

#include <QHashFunctions>

namespace cw::ui {

SplitId SplitId::split(const QString &id, const QString &own)
{
    const qsizetype slash = id.lastIndexOf(QLatin1Char('/'));
    if (slash < 0 || slash + 1 == id.size())
        return SplitId(id);
    const QStringView last = QStringView(id).mid(slash + 1);
    return SplitId(id.left(slash + 1), last == own ? own : last.toString());
}

bool SplitId::equalsText(QStringView text) const noexcept
{
    return text.size() == size() && text.startsWith(QStringView(m_head))
        && text.mid(m_head.size()) == QStringView(m_tail);
}

bool operator==(const SplitId &a, const SplitId &b) noexcept
{
    if (a.size() != b.size())
        return false;
    if (a.m_head.size() == b.m_head.size()) // the usual case: split alike
        return a.m_head == b.m_head && a.m_tail == b.m_tail;
    return a.equalsText(b.toString());
}

QStringView SplitId::lastSegment() const noexcept
{
    if (!m_head.isEmpty())
        return m_tail; // split after the last '/'
    return QStringView(m_tail).mid(m_tail.lastIndexOf(QLatin1Char('/')) + 1);
}

size_t qHash(const SplitId &id, size_t seed) noexcept
{
    return qHashMulti(seed, id.size(), id.lastSegment());
}

} // namespace cw::ui
