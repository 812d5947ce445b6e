#include "rules/Ipv4Cidr.h"

#include <QStringList>

namespace cw::rules {
namespace {

// 1-3 ASCII digits, no leading zero unless the number is 0, value <= max.
std::optional<int> parseSmallNumber(QStringView text, int maxValue)
{
    if (text.isEmpty() || text.size() > 3)
        return std::nullopt;
    int value = 0;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
        value = value * 10 + (c.unicode() - u'0');
    }
    if (text.size() > 1 && text.front() == u'0')
        return std::nullopt;
    if (value > maxValue)
        return std::nullopt;
    return value;
}

} // namespace

std::uint32_t Ipv4Cidr::mask() const
{
    return prefix == 0 ? 0u : (0xFFFFFFFFu << (32 - prefix));
}

std::uint32_t Ipv4Cidr::network() const { return address & mask(); }
std::uint32_t Ipv4Cidr::broadcast() const { return network() | ~mask(); }

bool Ipv4Cidr::contains(std::uint32_t ip) const { return (ip & mask()) == network(); }

bool Ipv4Cidr::overlaps(const Ipv4Cidr &other) const
{
    return network() <= other.broadcast() && other.network() <= broadcast();
}

QString Ipv4Cidr::toString() const
{
    return ipv4ToString(address) + QLatin1Char('/') + QString::number(prefix);
}

QString Ipv4Cidr::networkString() const
{
    return ipv4ToString(network()) + QLatin1Char('/') + QString::number(prefix);
}

std::optional<std::uint32_t> parseIpv4(const QString &text)
{
    const QStringView view = QStringView(text).trimmed();
    std::uint32_t ip = 0;
    int parts = 0;
    qsizetype start = 0;
    while (start <= view.size()) {
        qsizetype dot = view.indexOf(u'.', start);
        if (dot < 0)
            dot = view.size();
        const std::optional<int> octet = parseSmallNumber(view.mid(start, dot - start), 255);
        if (!octet || ++parts > 4)
            return std::nullopt;
        ip = (ip << 8) | std::uint32_t(*octet);
        start = dot + 1;
    }
    if (parts != 4)
        return std::nullopt;
    return ip;
}

QString ipv4ToString(std::uint32_t ip)
{
    return QStringLiteral("%1.%2.%3.%4")
        .arg((ip >> 24) & 0xFF)
        .arg((ip >> 16) & 0xFF)
        .arg((ip >> 8) & 0xFF)
        .arg(ip & 0xFF);
}

std::optional<Ipv4Cidr> parseCidr(const QString &text)
{
    const QString trimmed = text.trimmed();
    const qsizetype slash = trimmed.indexOf(u'/');
    if (slash < 0 || slash != trimmed.lastIndexOf(u'/'))
        return std::nullopt;
    const std::optional<std::uint32_t> ip = parseIpv4(trimmed.left(slash));
    const std::optional<int> prefix = parseSmallNumber(QStringView(trimmed).mid(slash + 1), 32);
    if (!ip || !prefix)
        return std::nullopt;
    return Ipv4Cidr{*ip, *prefix};
}

} // namespace cw::rules
