// The kubeconfig YAML layer (yaml-cpp + YamlTree): scalars keep their text and plain/quoted
// style through a read/write round trip (kubectl types `true` and `"true"` differently), key
// order is kept, and untrusted input is bounded (depth, node count, anchors, tags, documents).
#include "kube/YamlTree.h"

#include <QTest>

namespace yaml = cw::kube::yaml;
using namespace Qt::StringLiterals;
using yaml::Node;

namespace {

// A compact picture of a tree: plain scalars bare, quoted ones in "", strings of unknown
// style in <>, null as ~, keys in document order.
QByteArray picture(const Node &n)
{
    switch (n.kind) {
    case Node::Kind::Null:
        return "~";
    case Node::Kind::Scalar: {
        const QByteArray text = QByteArray::fromStdString(n.text);
        if (n.style == yaml::Style::Plain)
            return text;
        return n.style == yaml::Style::Quoted ? QByteArray('"' + text + '"') : QByteArray('<' + text + '>');
    }
    case Node::Kind::Sequence: {
        QByteArrayList items;
        for (const Node &i : n.items)
            items.append(picture(i));
        return QByteArray('[' + items.join(',') + ']');
    }
    case Node::Kind::Mapping: {
        QByteArrayList entries;
        for (const yaml::Entry &e : n.entries)
            entries.append(QByteArray(QByteArray::fromStdString(e.key) + '=' + picture(e.value)));
        return QByteArray('{' + entries.join(',') + '}');
    }
    }
    return {};
}

Node mustRead(const QByteArray &text)
{
    const yaml::ReadResult r = yaml::read(text);
    if (!r.ok())
        qFatal("did not read: %s", qPrintable(r.error));
    return r.value;
}

} // namespace

class TestYamlTree : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void reads_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("typed scalars stay plain") << QByteArray("b: true\nn: 8443\nf: 1.5\ny: yes\ns: text\n")
                                                  << QByteArray("{b=true,n=8443,f=1.5,y=yes,s=text}");
        QTest::newRow("quoted stay quoted") << QByteArray("b: \"true\"\nn: '8443'\n") << QByteArray("{b=\"true\",n=\"8443\"}");
        QTest::newRow("key order kept") << QByteArray("z: 1\na: 2\nm: 3\n") << QByteArray("{z=1,a=2,m=3}");
        QTest::newRow("compact sequence at key column")
            << QByteArray("list:\n- name: x\n  value: 1\n- name: y\nafter: z\n") << QByteArray("{list=[{name=x,value=1},{name=y}],after=z}");
        QTest::newRow("url with colons") << QByteArray("server: https://127.0.0.1:6443/x\n") << QByteArray("{server=https://127.0.0.1:6443/x}");
        QTest::newRow("comments") << QByteArray("# head\na: b # tail\n  # indented comment\nc: 'd # not a comment'\n")
                                  << QByteArray("{a=b,c=\"d # not a comment\"}");
        QTest::newRow("nulls") << QByteArray("a:\nb: ~\nc: null\nd: ''\n") << QByteArray("{a=~,b=~,c=~,d=\"\"}");
        QTest::newRow("flow") << QByteArray("p: {}\nq: []\nr: [a, 'b']\n") << QByteArray("{p={},q=[],r=[a,\"b\"]}");
        QTest::newRow("literal block") << QByteArray("k: |\n  line1\n  line2\nn: x\n") << QByteArray("{k=\"line1\nline2\n\",n=x}");
        QTest::newRow("json") << QByteArray("{\"a\": true, \"b\": \"true\", \"c\": [1, null]}") << QByteArray("{a=true,b=\"true\",c=[1,~]}");
        QTest::newRow("empty") << QByteArray("\n# only a comment\n") << QByteArray("~");
    }

    void reads()
    {
        QFETCH(QByteArray, text);
        QFETCH(QByteArray, expected);
        QCOMPARE(picture(mustRead(text)), expected);
    }

    // The defect: the old writer turned `insecure-skip-tls-verify: true` into "true" and kubectl
    // refused the whole file. Plain scalars must come back plain, quoted strings quoted.
    void writeKeepsScalarTypes()
    {
        const QByteArray text = "clusters:\n"
                                "- cluster:\n"
                                "    insecure-skip-tls-verify: true\n"
                                "    server: https://h:6443\n"
                                "  name: c\n"
                                "users:\n"
                                "- name: u\n"
                                "  user:\n"
                                "    exec:\n"
                                "      provideClusterInfo: false\n"
                                "      env:\n"
                                "      - name: FLAG\n"
                                "        value: \"true\"\n"
                                "      - name: PORT\n"
                                "        value: '8080'\n"
                                "      args: [get-token, --port, \"1\"]\n"
                                "preferences: {}\n";
        const QByteArray out = yaml::write(mustRead(text));
        QVERIFY2(out.contains("insecure-skip-tls-verify: true\n"), out.constData());
        QVERIFY2(out.contains("provideClusterInfo: false\n"), out.constData());
        QVERIFY2(out.contains("value: \"true\"\n"), out.constData());
        QVERIFY2(out.contains("value: \"8080\"\n"), out.constData());
        QVERIFY2(out.contains("preferences: {}"), out.constData());
        QCOMPARE(mustRead(out), mustRead(text));
        QCOMPARE(picture(mustRead(out)), picture(mustRead(text)));
    }

    // YAML 1.1's timestamp, no looser: fuzz_kubeconfig found `7776-77-7 ::` (key `7776-77-7 :`),
    // which yaml-cpp must write quoted; taken for a possible date, the quoted copy read back
    // unequal. Dates and date-times stay "maybe not a string" (kept plain).
    void timestampsAsYaml11_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("maybeNotAString");
        QTest::newRow("date") << QByteArray("2001-12-14") << true;
        QTest::newRow("short date") << QByteArray("2002-1-2") << true;
        QTest::newRow("canonical") << QByteArray("2001-12-15T02:59:43.1Z") << true;
        QTest::newRow("iso8601 zone") << QByteArray("2001-12-14t21:59:43.10-05:00") << true;
        QTest::newRow("space separated") << QByteArray("2001-12-14 21:59:43.10 -5") << true;
        QTest::newRow("no zone") << QByteArray("2001-12-15 2:59:43.10") << true;
        QTest::newRow("fuzz regression") << QByteArray("7776-77-7 :") << false;
        QTest::newRow("date then text") << QByteArray("2001-12-14 lunch") << false;
        QTest::newRow("no seconds") << QByteArray("2001-12-14 21:59") << false;
        QTest::newRow("trailing colon") << QByteArray("2001-12-14 21:59:43:") << false;
    }

    void timestampsAsYaml11()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, maybeNotAString);
        QCOMPARE(yaml::maybeNotAString(text.toStdString(), yaml::Style::Plain), maybeNotAString);
    }

    void plainKeyYamlCppMustQuoteReadsBackEqual()
    {
        const yaml::Node tree = mustRead("7776-77-7 ::");
        const QByteArray out = yaml::write(tree);
        QCOMPARE(mustRead(out), tree);
    }

    // fuzz_kubeconfig's third find: a key under YAML's 1024-character limit for implicit keys
    // when read, over it once quoted and escaped, was written as `"…": v` and did not read again.
    void keysOverTheImplicitKeyLimitReadBackEqual_data()
    {
        QTest::addColumn<QByteArray>("text");
        const QByteArray plainLong(1100, 'k');
        // 602 characters read; tab and quotes are escaped when written, 1,204 characters.
        const QByteArray growsWhenQuoted = "k\t" + QByteArray(600, '"');
        QTest::newRow("plain key longer than 1024 once quoted") << QByteArray(growsWhenQuoted + ": v\n");
        QTest::newRow("explicit plain key, 1100 chars") << QByteArray("? " + plainLong + "\n: v\n");
        QTest::newRow("explicit quoted key, 1100 chars") << QByteArray("? \"" + plainLong + "\"\n: v\n");
        QTest::newRow("flow mapping") << QByteArray("m: {? " + plainLong + " : v}\n");
        QTest::newRow("value under the long key") << QByteArray("? " + plainLong + "\n: {a: [1, \"2\"]}\n");
    }

    void keysOverTheImplicitKeyLimitReadBackEqual()
    {
        QFETCH(QByteArray, text);
        const yaml::ReadResult tree = yaml::read(text);
        QVERIFY2(tree.ok(), qPrintable(tree.error));
        const QByteArray out = yaml::write(tree.value);
        const yaml::ReadResult again = yaml::read(out);
        QVERIFY2(again.ok(), qPrintable(again.error + u'\n' + QString::fromUtf8(out).replace(QString(50, u'k'), u"K"_s)));
        QCOMPARE(again.value, tree.value);
    }

    // fuzz_kubeconfig's fourth find: an indented plain `---` is a string, written at the start of
    // a line it is a document marker (the document read back empty).
    void documentMarkerLikeScalarsReadBackEqual_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("top-level ---") << QByteArray("   ---");
        QTest::newRow("top-level ...") << QByteArray("   ...\n");
        QTest::newRow("top-level key --- a") << QByteArray("  --- a: v\n");
        QTest::newRow("top-level key ... a") << QByteArray("  ... a: v\n");
        QTest::newRow("nested value ---") << QByteArray("a:\n  ---\n");
        QTest::newRow("sequence item ---") << QByteArray("- ---\n- '...'\n");
    }

    void documentMarkerLikeScalarsReadBackEqual()
    {
        QFETCH(QByteArray, text);
        const Node tree = mustRead(text);
        QVERIFY(!tree.isNull());
        const QByteArray out = yaml::write(tree);
        const yaml::ReadResult again = yaml::read(out);
        QVERIFY2(again.ok(), qPrintable(again.error));
        QVERIFY2(again.value == tree, out.constData());
    }

    void stringsFromOurCodeQuotedOnlyWhenNeeded_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<bool>("quoted");
        QTest::newRow("url") << QByteArray("https://h:443") << false;
        QTest::newRow("name") << QByteArray("clusterUser_rg_aks") << false;
        QTest::newRow("true") << QByteArray("true") << true;
        QTest::newRow("yaml 1.1 yes") << QByteArray("yes") << true;
        QTest::newRow("off") << QByteArray("Off") << true;
        QTest::newRow("number") << QByteArray("8443") << true;
        QTest::newRow("octal") << QByteArray("0755") << true;
        QTest::newRow("float") << QByteArray("-1.5") << true;
        QTest::newRow("null") << QByteArray("null") << true;
        QTest::newRow("empty") << QByteArray("") << true;
    }

    void stringsFromOurCodeQuotedOnlyWhenNeeded()
    {
        QFETCH(QByteArray, value);
        QFETCH(bool, quoted);
        Node doc = Node::mapping();
        doc.set("k", Node::string(value.toStdString()));
        const QByteArray out = yaml::write(doc);
        QCOMPARE(out.startsWith("k: \""), quoted);
        const Node back = mustRead(out);
        QCOMPARE(QByteArray::fromStdString(back.find("k")->text), value);
        QVERIFY(back.find("k")->style != yaml::Style::Plain || !quoted);
    }

    void refuses_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::newRow("duplicate key") << QByteArray("a: 1\na: 2\n") << 2;
        QTest::newRow("anchor") << QByteArray("a: &x b\n") << 1;
        QTest::newRow("alias") << QByteArray("a: &x b\nc: *x\n") << 1;
        QTest::newRow("tag") << QByteArray("a: !!str 1\n") << 1;
        QTest::newRow("complex key") << QByteArray("? [a]\n: b\n") << 1;
        QTest::newRow("unterminated flow") << QByteArray("a: [b, c\n") << 2;
        QTest::newRow("bad indentation") << QByteArray("a: b\n  c: d\n") << 2;
        QTest::newRow("two documents") << QByteArray("a: b\n---\nc: d\n") << 2;
        QTest::newRow("item in mapping") << QByteArray("a: b\n- c\n") << 2;
        QTest::newRow("escape yaml-cpp decodes to a lone byte") << QByteArray("a: b\nc: \"\\N\"\n") << 2;
    }

    void refuses()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        const yaml::ReadResult r = yaml::read(text);
        QVERIFY(!r.ok());
        QVERIFY2(r.error.startsWith(QStringLiteral("line %1:").arg(line)), qPrintable(r.error));
        QVERIFY(r.value.isNull());
    }

    void invalidUtf8IsRefused()
    {
        const yaml::ReadResult r = yaml::read(QByteArray("a: b\xff\n"));
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(QLatin1String("UTF-8")), qPrintable(r.error));
    }

    void controlCharactersAreRefused()
    {
        const yaml::ReadResult r = yaml::read(QByteArray("a: b\nc: 2.5,\x19off\n"));
        QVERIFY(!r.ok());
        QVERIFY2(r.error.startsWith(QLatin1String("line 2:")), qPrintable(r.error));
    }

    void deepNestingIsRefused_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("saysDepth");
        QByteArray block;
        for (int i = 0; i < 200; ++i)
            block += QByteArray(i * 2, ' ') + "k:\n";
        QTest::newRow("block") << block << true;
        QTest::newRow("flow, far beyond yaml-cpp's own guard") << QByteArray(100000, '[') + QByteArray(100000, ']') << true;
        QTest::newRow("unterminated flow") << QByteArray(1000000, '[') << false;
        QTest::newRow("flow maps") << QByteArray(100000, '{') << false;  // refused at once: a map as a key
    }

    void deepNestingIsRefused()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, saysDepth);
        const yaml::ReadResult r = yaml::read(text);
        QVERIFY(!r.ok());
        if (saysDepth)
            QVERIFY2(r.error.contains(QLatin1String("deeply")), qPrintable(r.error));
    }

    void justDeepEnoughIsRead()
    {
        QByteArray text = QByteArray(yaml::kMaxDepth, '[') + QByteArray(yaml::kMaxDepth, ']');
        QVERIFY(yaml::read(text).ok());
        text = '[' + text + ']';
        QVERIFY(!yaml::read(text).ok());
    }

    void tooManyNodesIsRefused()
    {
        QByteArray text = "[";
        for (int i = 0; i <= yaml::kMaxNodes; ++i)
            text += "[],";
        text += "[]]";
        const yaml::ReadResult r = yaml::read(text);
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(QLatin1String("too many")), qPrintable(r.error));
    }

    void jsonRoundTrip()
    {
        const nlohmann::json doc = nlohmann::json::parse(R"({"s":"true","b":true,"n":3,"e":{},"l":[],"z":null,"u":"é ü"})");
        const Node tree = yaml::fromJson(doc);
        const Node back = mustRead(yaml::write(tree));
        QCOMPARE(picture(back), QByteArray("{b=true,e={},l=[],n=3,s=\"true\",u=é ü,z=~}"));
    }
};

QTEST_GUILESS_MAIN(TestYamlTree)
#include "tst_yaml_tree.moc"
