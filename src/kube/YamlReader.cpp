// The reading half of YamlTree.h: yaml-cpp's parser drives an event handler that builds the
// tree and enforces the limits for untrusted input as the events arrive. The handler sees a
// collection's start before yaml-cpp recurses into it, so a hostile `[[[[...` stops at
// kMaxDepth instead of at yaml-cpp's own, much deeper, recursion guard.
#include "kube/YamlTree.h"

#include <QByteArrayView>
#include <QCoreApplication>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <optional>
#include <sstream>
#include <unordered_set>

namespace cw::kube::yaml {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cw::kube::yaml", text);
}

// Thrown by the handler to stop the parse; carries a translated reason and where.
struct Refusal {
    int line;
    QString reason;
};

struct Frame {
    Node node;
    std::optional<Entry> pendingKey;   // mappings: the key waiting for its value
    std::unordered_set<std::string> keys;
};

class Builder final : public YAML::EventHandler
{
public:
    Node takeRoot() { return std::move(m_root); }

    void OnDocumentStart(const YAML::Mark &mark) override
    {
        if (++m_documents > 1)
            throw Refusal{mark.line + 1, tr("a file with several YAML documents is not a kubeconfig")};
    }
    void OnDocumentEnd() override {}

    void OnNull(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        refuseAnchor(mark, anchor);
        add(mark, Node());
    }
    void OnAlias(const YAML::Mark &mark, YAML::anchor_t) override
    {
        throw Refusal{mark.line + 1, tr("anchors and aliases are not supported")};
    }
    void OnScalar(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor, const std::string &value) override
    {
        refuseAnchor(mark, anchor);
        // yaml-cpp 0.7 decodes the escapes \N and \_ to lone bytes, not UTF-8.
        if (!QByteArrayView(value.data(), static_cast<qsizetype>(value.size())).isValidUtf8())
            throw Refusal{mark.line + 1, tr("the escapes \\N and \\_ are not supported")};
        // yaml-cpp's tag is "?" for a plain scalar and "!" for a quoted or block one.
        Node n;
        n.kind = Node::Kind::Scalar;
        n.text = value;
        if (tag == "?")
            n.style = Style::Plain;
        else if (tag == "!")
            n.style = Style::Quoted;
        else
            refuseTag(mark);
        add(mark, std::move(n));
    }
    void OnSequenceStart(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value style) override
    {
        open(mark, tag, anchor, style, Node::sequence());
    }
    void OnSequenceEnd() override { close(); }
    void OnMapStart(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value style) override
    {
        open(mark, tag, anchor, style, Node::mapping());
    }
    void OnMapEnd() override { close(); }

private:
    void refuseAnchor(const YAML::Mark &mark, YAML::anchor_t anchor)
    {
        if (anchor != YAML::NullAnchor)
            throw Refusal{mark.line + 1, tr("anchors and aliases are not supported")};
    }
    void refuseTag(const YAML::Mark &mark)
    {
        throw Refusal{mark.line + 1, tr("explicit YAML tags are not supported")};
    }
    void count(const YAML::Mark &mark)
    {
        if (++m_nodes > kMaxNodes)
            throw Refusal{mark.line + 1, tr("the document has too many entries")};
    }

    void open(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor, YAML::EmitterStyle::value style, Node n)
    {
        refuseAnchor(mark, anchor);
        if (tag != "?" && tag != "!" && !tag.empty())
            refuseTag(mark);
        count(mark);
        if (static_cast<int>(m_stack.size()) >= kMaxDepth)
            throw Refusal{mark.line + 1, tr("the document is nested too deeply")};
        if (!m_stack.empty() && m_stack.back().node.isMapping() && !m_stack.back().pendingKey)
            throw Refusal{mark.line + 1, tr("only plain text keys are supported")};
        n.flow = style == YAML::EmitterStyle::Flow;
        m_lastMark = mark;
        m_stack.push_back({std::move(n), std::nullopt, {}});
    }

    void close()
    {
        Frame frame = std::move(m_stack.back());
        m_stack.pop_back();
        if (frame.pendingKey)  // yaml-cpp always sends a value, even a null one; be safe anyway
            frame.node.entries.push_back(std::move(*frame.pendingKey));
        attach(m_lastMark, std::move(frame.node));
    }

    void add(const YAML::Mark &mark, Node n)
    {
        count(mark);
        m_lastMark = mark;
        attach(mark, std::move(n));
    }

    void attach(const YAML::Mark &mark, Node n)
    {
        if (m_stack.empty()) {
            m_root = std::move(n);
            return;
        }
        Frame &top = m_stack.back();
        if (top.node.isSequence()) {
            top.node.items.push_back(std::move(n));
            return;
        }
        if (!top.pendingKey) {
            if (!n.isScalar())
                throw Refusal{mark.line + 1, tr("only plain text keys are supported")};
            if (!top.keys.insert(n.text).second)
                throw Refusal{mark.line + 1, tr("the key \"%1\" appears twice").arg(QString::fromStdString(n.text).left(80))};
            top.pendingKey = Entry{std::move(n.text), n.style, Node()};
            return;
        }
        top.pendingKey->value = std::move(n);
        top.node.entries.push_back(std::move(*top.pendingKey));
        top.pendingKey.reset();
    }

    Node m_root;
    std::vector<Frame> m_stack;
    YAML::Mark m_lastMark;
    int m_documents = 0;
    int m_nodes = 0;
};

} // namespace

ReadResult read(const QByteArray &text)
{
    ReadResult result;
    // YAML is Unicode; yaml-cpp would silently turn invalid bytes into U+FFFD, so the file
    // written back would differ from the one read.
    if (!QByteArrayView(text).isValidUtf8()) {
        result.error = tr("the text is not valid UTF-8");
        return result;
    }
    // Control characters are not YAML either (kubectl's reader refuses them); yaml-cpp lets
    // some through into plain scalars, which it then cannot write back plain. Windows line
    // ends are fine; a lone CR (yaml-cpp and kubectl disagree on it) is refused.
    QByteArray normalized = text;
    normalized.replace("\r\n", "\n");
    int line = 1;
    for (const char c : std::as_const(normalized)) {
        const auto u = static_cast<unsigned char>(c);
        if (u == '\n')
            ++line;
        else if ((u < 0x20 && u != '\t') || u == 0x7f) {
            result.error = tr("line %1: %2").arg(line).arg(tr("control characters are not allowed"));
            return result;
        }
    }
    std::istringstream stream(normalized.toStdString());
    Builder builder;
    try {
        YAML::Parser parser(stream);
        // A second document fails in the builder as soon as it starts.
        while (parser.HandleNextDocument(builder)) {
        }
        result.value = builder.takeRoot();
    } catch (const Refusal &refusal) {
        result.error = tr("line %1: %2").arg(refusal.line).arg(refusal.reason);
    } catch (const YAML::Exception &e) {
        result.error = tr("line %1: %2").arg(e.mark.line + 1).arg(QString::fromStdString(e.msg));
    } catch (const std::exception &) {
        result.error = tr("the YAML could not be read");
    }
    if (!result.ok())
        result.value = Node();
    return result;
}

} // namespace cw::kube::yaml
