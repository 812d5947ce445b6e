// libFuzzer target for everything in src/tls that reads untrusted bytes: the certificate chain
// and private key parsers (with and without a passphrase), the pair report and the
// azuremlfessl secret decoder. The same bytes go to each entry point, so a file holding a
// certificate and its key exercises key matching too.
#include "tls/AzureMlFeSecret.h"
#include "tls/CertificateReport.h"
#include "tls/HostnameMatch.h"
#include "tls/PrivateKeyParser.h"
#include "tls/Validity.h"

#include <QDateTime>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

// Cheap key derivation only: a fuzzer-made key asking for many PBKDF2 rounds is refused by the
// limit check (that check is what we want to exercise), not run for seconds.
cw::tls::KeyParseLimits fuzzLimits()
{
    cw::tls::KeyParseLimits limits;
    limits.maxPbkdf2Iterations = 64;
    limits.maxScryptWork = 1 << 10;
    return limits;
}

void check(bool condition)
{
    if (!condition)
        std::abort(); // an invariant of the result types was broken
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace cw::tls;
    const QByteArrayView input(data, qsizetype(size));
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);
    const KeyParseLimits limits = fuzzLimits();

    // One pass through the report parses the bytes as certificate chain and as key (with a
    // passphrase) and matches them; the checks below hold for any input.
    const CertificatePairReport report = inspectPair(
        input, input, QStringLiteral("passphrase"), QStringLiteral("www.contoso.com"), now, limits);
    const CertificateChainResult &chain = report.chain;
    check(!report.checks.isEmpty());
    check(chain.ok() == chain.message.isEmpty());
    check(chain.ok() != chain.certificates.isEmpty());
    check(report.leaf() != nullptr || !chain.ok());
    check(report.key.ok() == report.key.message.isEmpty());
    check(report.key.error != TlsError::NeedsPassphrase);
    for (const CertificateInfo &info : chain.certificates) {
        checkValidity(info, now);
        for (const QString &name : info.dnsNames)
            dnsNameCovers(name, QString(name).replace(QLatin1Char('*'), QLatin1Char('x')));
    }

    // Without a passphrase only encrypted keys take another path (they must ask for one).
    if (report.key.encrypted) {
        const PrivateKeyResult plain = parsePrivateKey(input, {}, limits);
        check(plain.encrypted);
        check(plain.error != TlsError::WrongPassphrase && plain.error != TlsError::None);
    }

    const TlsMaterial material = decodeAzureMlFeSecret(input);
    if (material.ok())
        inspectPair(material.certPem, material.keyPem, QStringLiteral("passphrase"),
                    QStringLiteral("www.contoso.com"), now, limits);
    return 0;
}
