// libFuzzer target for kubeconfig parsing. Invariants: parsing never crashes or throws; a YAML
// document read successfully is written back and read again to the same tree; a parsed
// kubeconfig serialises to YAML that parses again; resolving and merging never crash.
#include "kube/Kubeconfig.h"
#include "kube/MiniYaml.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

void check(bool condition)
{
    if (!condition)
        std::abort();
}

// Only strings, nulls, objects and arrays come out of the YAML reader.
bool yamlShaped(const nlohmann::json &v)
{
    if (v.is_string() || v.is_null())
        return true;
    if (v.is_object() || v.is_array()) {
        for (const auto &child : v) {
            if (!yamlShaped(child))
                return false;
        }
        return true;
    }
    return false;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace cw::kube;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));

    const yaml::ReadResult tree = yaml::read(bytes);
    check(tree.ok() == tree.error.isEmpty());
    if (tree.ok()) {
        check(yamlShaped(tree.value));
        const yaml::ReadResult again = yaml::read(yaml::write(tree.value));
        check(again.ok());
        check(again.value == tree.value);
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
    if (yamlShaped(config.document()))
        check(reread.value->document() == config.document());

    const KubeconfigMerge merged = mergeKubeconfig(config, config);
    check(merged.result.clusters().size() >= config.clusters().size());
    check(merged.result.contexts().size() >= config.contexts().size());
    return 0;
}
