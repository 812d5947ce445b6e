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

void emit(YAML::Emitter &out, const Node &n, bool top = false)
{
    // The top level is always block style: a document written `{"": -0}` would be valid JSON,
    // and Kubeconfig::parse reads text starting with '{' as JSON, whose numbers come back
    // re-spelled (-0 as 0, 1.50 as 1.5), so a flow-read file would not read back the same.
    const bool flow = n.flow && !top;
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
            emit(out, item);
        out << YAML::EndSeq;
        return;
    case Node::Kind::Mapping:
        out << (flow || n.entries.empty() ? YAML::Flow : YAML::Block) << YAML::BeginMap;
        for (const Entry &e : n.entries) {
            out << YAML::Key;
            emitScalar(out, e.key, e.keyStyle);
            out << YAML::Value;
            emit(out, e.value);
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
    emit(out, value, true);
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
