// libFuzzer target for the AKS resource-ID parser (src/rules/AksResourceId), the one rule that
// reads free text pasted by the user, plus the IPv4/CIDR parser on the same bytes. Invariants:
// a success has no error code and a canonical form that parses back to the same ID; a failure
// has a code and a message.
#include "rules/AksResourceId.h"
#include "rules/Ipv4Cidr.h"

#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

void check(bool condition)
{
    if (!condition)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace cw::rules;
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));

    const AksResourceIdParse parsed = parseAksResourceId(text);
    check(parsed.ok() == parsed.code.isEmpty());
    check(parsed.ok() || !parsed.message.isEmpty());
    if (parsed.ok()) {
        const QString canonical = parsed.id->toString();
        const AksResourceIdParse again = parseAksResourceId(canonical);
        check(again.ok());
        check(again.id->toString() == canonical);
        check(sameResourceId(text, canonical));
        check(!parsed.id->subscription.isEmpty() && !parsed.id->resourceGroup.isEmpty()
              && !parsed.id->name.isEmpty());
    }

    if (const std::optional<Ipv4Cidr> cidr = parseCidr(text)) {
        check(cidr->prefix >= 0 && cidr->prefix <= 32);
        const std::optional<Ipv4Cidr> back = parseCidr(cidr->toString());
        check(back && back->address == cidr->address && back->prefix == cidr->prefix);
        check(cidr->contains(cidr->network()) && cidr->contains(cidr->broadcast()));
        check(cidr->overlaps(*cidr));
    }
    if (const std::optional<std::uint32_t> ip = parseIpv4(text))
        check(parseIpv4(ipv4ToString(*ip)) == ip);
    return 0;
}
