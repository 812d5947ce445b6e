// libFuzzer target for kubeconfig parsing (yaml-cpp driven by YamlTree's guarded builder, JSON
// kubeconfigs, merge, writer). Invariants: parsing never crashes, throws or recurses past the
// depth guard; a YAML tree read successfully is written back and read again to the same tree,
// plain scalars still plain (kubectl's typing survives); a parsed kubeconfig serialises to YAML
// that parses again to the same document; resolving and merging never crash, and a merge keeps
// every entry of the existing document.
#include "kube/Kubeconfig.h"
#include "kube/YamlTree.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

void checkAt(bool condition, int line)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz_kubeconfig.cpp:%d: invariant broken\n", line);
        std::abort();
    }
}
#define check(condition) checkAt((condition), __LINE__)

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace cw::kube;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));

    const yaml::ReadResult tree = yaml::read(bytes);
    check(tree.ok() == tree.error.isEmpty());
    if (tree.ok()) {
        QString error;
        const QByteArray text = yaml::write(tree.value, &error);
        check(!text.isEmpty() && error.isEmpty());
        const yaml::ReadResult again = yaml::read(text);
        if (!again.ok() || !(again.value == tree.value)) {
            // What the writer made of it, for the reproducer's report.
            std::fprintf(stderr, "written:\n%s\nread back: %s\n", text.constData(), qPrintable(again.error));
            std::abort();
        }
    }

    const KubeconfigParseResult parsed = Kubeconfig::parse(bytes);
    check(parsed.ok() == parsed.error.isEmpty());
    if (!parsed.ok())
        return 0;
    const Kubeconfig &config = *parsed.value;
    QString error;
    const auto target = config.resolve({}, &error);
    check(target.has_value() || !error.isEmpty());
    if (target)
        check(!target->ns.isEmpty());

    const KubeconfigParseResult reread = Kubeconfig::parse(config.toYaml());
    check(reread.ok());
    check(reread.value->clusters().size() == config.clusters().size());
    check(reread.value->users().size() == config.users().size());
    check(reread.value->contexts().size() == config.contexts().size());
    check(reread.value->document() == config.document());

    const KubeconfigMerge merged = mergeKubeconfig(config, config);
    if (merged.ok()) {
        check(merged.result.clusters().size() >= config.clusters().size());
        check(merged.result.contexts().size() >= config.contexts().size());
        check(merged.result.currentContext() == config.currentContext() || config.currentContext().isEmpty());
    }
    return 0;
}
