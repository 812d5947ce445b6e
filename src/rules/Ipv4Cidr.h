#pragma once
// IPv4 addresses and CIDR ranges, parsed strictly (dotted quad, no leading zeros, prefix 0-32),
// because AKS networking accepts only IPv4 here and ambiguous forms ("010.0.0.0") are mistakes.
#include <QString>

#include <cstdint>
#include <optional>

namespace cw::rules {

struct Ipv4Cidr {
    std::uint32_t address = 0; // as written (host bits may be set, e.g. "172.17.0.1/16")
    int prefix = 32;

    std::uint32_t mask() const;
    std::uint32_t network() const;   // first address of the range
    std::uint32_t broadcast() const; // last address of the range
    bool hasHostBits() const { return address != network(); }
    bool contains(std::uint32_t ip) const;
    bool overlaps(const Ipv4Cidr &other) const;
    QString toString() const;        // "a.b.c.d/p" as written
    QString networkString() const;   // "network/p"
};

std::optional<std::uint32_t> parseIpv4(const QString &text);
QString ipv4ToString(std::uint32_t ip);
// nullopt on any syntax error.
std::optional<Ipv4Cidr> parseCidr(const QString &text);

} // namespace cw::rules
