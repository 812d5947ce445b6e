// The writing half of YamlTree.h: yaml-cpp's emitter does the YAML syntax (indentation, which
// strings need quotes or escapes); this walk only decides, per scalar, whether kubectl must see
// it plain (as it was read: booleans, numbers) or quoted (strings that would otherwise be
// misread). yaml-cpp's own node emitter cannot do that: it writes the string "true" plain.
#include "kube/YamlTree.h"

#include <QCoreApplication>

#include <yaml-cpp/emitter.h>
#include <yaml-cpp/emittermanip.h>
#include <yaml-cpp/null.h>

namespace cw::kube::yaml {

namespace {

void emitScalar(YAML::Emitter &out, const std::string &text, Style style)
{
    if (!writtenPlain(text, style))
        out << YAML::DoubleQuoted;
    out << text;
}

// YAML allows an implicit key (`key: value`) only up to 1024 characters as written, and yaml-cpp
// and go-yaml (kubectl) refuse a longer one ("illegal map value"); a longer key must be written
// explicitly (`? key` then `: value`). Quoting and escaping can make a key up to four times longer
// than its text, so a key that might pass the limit is measured as the emitter writes it. Bytes
// are counted, not characters: a key written explicitly when it need not be is still valid YAML.
bool mustBeExplicitKey(const std::string &key, Style style)
{
    constexpr std::size_t kImplicitKeyLimit = 1024;
    if (key.size() * 4 + 2 < kImplicitKeyLimit)
        return false;
    YAML::Emitter written;
    emitScalar(written, key, style);
    return written.size() >= kImplicitKeyLimit;
}

bool hasExplicitKey(const Node &n)
{
    for (const Node &item : n.items)
        if (hasExplicitKey(item))
            return true;
    for (const Entry &e : n.entries)
        if (mustBeExplicitKey(e.key, e.keyStyle) || hasExplicitKey(e.value))
            return true;
    return false;
}

// How the document's collections may be written.
enum class Layout {
    AsRead,     // flow where they were read flow
    BlockOnly,  // every collection in block style
};

void emit(YAML::Emitter &out, const Node &n, Layout layout, bool top = false)
{
    // The top level is always block style: a document written `{"": -0}` would be valid JSON,
    // and Kubeconfig::parse reads text starting with '{' as JSON, whose numbers come back
    // re-spelled (-0 as 0, 1.50 as 1.5), so a flow-read file would not read back the same.
    const bool flow = n.flow && !top && layout == Layout::AsRead;
    switch (n.kind) {
    case Node::Kind::Null:
        out << YAML::Null;
        return;
    case Node::Kind::Scalar:
        emitScalar(out, n.text, n.style);
        return;
    case Node::Kind::Sequence:
        out << (flow || n.items.empty() ? YAML::Flow : YAML::Block) << YAML::BeginSeq;
        for (const Node &item : n.items)
            emit(out, item, layout);
        out << YAML::EndSeq;
        return;
    case Node::Kind::Mapping:
        out << (flow || n.entries.empty() ? YAML::Flow : YAML::Block) << YAML::BeginMap;
        for (const Entry &e : n.entries) {
            out << YAML::Key;
            // Only a BlockOnly document has such keys (write() looked for them).
            if (layout == Layout::BlockOnly && mustBeExplicitKey(e.key, e.keyStyle))
                out << YAML::LongKey;
            emitScalar(out, e.key, e.keyStyle);
            out << YAML::Value;
            emit(out, e.value, layout);
        }
        out << YAML::EndMap;
        return;
    }
}

} // namespace

QByteArray write(const Node &value, QString *error)
{
    YAML::Emitter out;
    out.SetIndent(2);
    out.SetNullFormat(YAML::LowerNull);
    // yaml-cpp 0.7 writes explicit keys in flow mappings as `{ ?key: v}` (read back as the key
    // "?key"), and once it has written one explicit key it writes every later key explicitly,
    // flow mappings included. A document with a key that must be explicit is therefore written
    // in block style throughout, where explicit keys come out right (flow style is not part of
    // what a document means, Node::operator== ignores it).
    emit(out, value, hasExplicitKey(value) ? Layout::BlockOnly : Layout::AsRead, true);
    if (!out.good()) {
        if (error)
            *error = QCoreApplication::translate("cw::kube::yaml", "the YAML could not be written (%1)")
                         .arg(QString::fromStdString(out.GetLastError()));
        return {};
    }
    QByteArray text(out.c_str(), static_cast<qsizetype>(out.size()));
    text += '\n';
    return text;
}

} // namespace cw::kube::yaml
