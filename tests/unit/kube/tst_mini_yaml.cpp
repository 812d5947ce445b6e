// The block-style YAML subset reader/writer used for kubeconfig files.
#include "kube/MiniYaml.h"

#include <QTest>

namespace yaml = cw::kube::yaml;
using Json = nlohmann::json;

class TestMiniYaml : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void reads_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("mapping") << QByteArray("a: 1\nb: two\n") << QByteArray("{\"a\":\"1\",\"b\":\"two\"}");
        QTest::newRow("nested") << QByteArray("a:\n  b:\n    c: d\n") << QByteArray("{\"a\":{\"b\":{\"c\":\"d\"}}}");
        QTest::newRow("compact sequence at key column")
            << QByteArray("list:\n- name: x\n  value: 1\n- name: y\nafter: z\n")
            << QByteArray("{\"after\":\"z\",\"list\":[{\"name\":\"x\",\"value\":\"1\"},{\"name\":\"y\"}]}");
        QTest::newRow("indented sequence") << QByteArray("list:\n  - a\n  - b\n") << QByteArray("{\"list\":[\"a\",\"b\"]}");
        QTest::newRow("sequence of sequences") << QByteArray("- - a\n  - b\n- c\n") << QByteArray("[[\"a\",\"b\"],\"c\"]");
        QTest::newRow("dash then nested block") << QByteArray("-\n  k: v\n") << QByteArray("[{\"k\":\"v\"}]");
        QTest::newRow("url with colons") << QByteArray("server: https://127.0.0.1:6443/x\n")
                                         << QByteArray("{\"server\":\"https:/" "/127.0.0.1:6443/x\"}");
        QTest::newRow("comments") << QByteArray("# head\na: b # tail\n  # indented comment\nc: 'd # not a comment'\n")
                                  << QByteArray("{\"a\":\"b\",\"c\":\"d \x23 not a comment\"}");
        QTest::newRow("quotes") << QByteArray("a: \"x\\ny\\t\\\"q\\\" \\u00e9\"\nb: 'it''s'\n\"quoted key\": v\n")
                                << QByteArray("{\"a\":\"x\\ny\\t\\\"q\\\" é\",\"b\":\"it's\",\"quoted key\":\"v\"}");
        QTest::newRow("nulls") << QByteArray("a:\nb: ~\nc: null\nd: ''\n") << QByteArray("{\"a\":null,\"b\":null,\"c\":null,\"d\":\"\"}");
        QTest::newRow("flow") << QByteArray("p: {}\nq: []\nr: [a, 'b', \"c\"]\n")
                              << QByteArray("{\"p\":{},\"q\":[],\"r\":[\"a\",\"b\",\"c\"]}");
        QTest::newRow("document markers") << QByteArray("%YAML 1.2\n---\na: b\n...\nignored: after end\n")
                                          << QByteArray("{\"a\":\"b\"}");
        QTest::newRow("literal block") << QByteArray("k: |\n  line1\n  line2\nn: x\n")
                                       << QByteArray("{\"k\":\"line1\\nline2\\n\",\"n\":\"x\"}");
        QTest::newRow("strip block") << QByteArray("k: |-\n  a\n\n  b\n") << QByteArray("{\"k\":\"a\\n\\nb\"}");
        QTest::newRow("folded block") << QByteArray("k: >\n  a\n  b\n") << QByteArray("{\"k\":\"a b\\n\"}");
        QTest::newRow("crlf") << QByteArray("a: b\r\nc: d\r\n") << QByteArray("{\"a\":\"b\",\"c\":\"d\"}");
        QTest::newRow("empty") << QByteArray("\n# only a comment\n") << QByteArray("null");
        QTest::newRow("scalar document") << QByteArray("hello\n") << QByteArray("\"hello\"");
    }

    void reads()
    {
        QFETCH(QByteArray, text);
        QFETCH(QByteArray, json);
        const yaml::ReadResult r = yaml::read(text);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(QByteArray::fromStdString(r.value.dump()), QByteArray::fromStdString(Json::parse(json.toStdString()).dump()));
    }

    void refuses_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::newRow("tab indentation") << QByteArray("a:\n\tb: c\n") << 2;
        QTest::newRow("bad indentation") << QByteArray("a: b\n  c: d\n") << 2;
        QTest::newRow("duplicate key") << QByteArray("a: 1\na: 2\n") << 2;
        QTest::newRow("anchor") << QByteArray("a: &x b\n") << 1;
        QTest::newRow("alias") << QByteArray("a: *x\n") << 1;
        QTest::newRow("unterminated quote") << QByteArray("a: \"abc\n") << 1;
        QTest::newRow("bad escape") << QByteArray("a: \"\\q\"\n") << 1;
        QTest::newRow("surrogate escape") << QByteArray("a: \"\\ud800\"\n") << 1;
        QTest::newRow("flow mapping") << QByteArray("a: {b: c}\n") << 1;
        QTest::newRow("two documents") << QByteArray("a: b\n---\nc: d\n") << 2;
        QTest::newRow("item in mapping") << QByteArray("a: b\n- c\n") << 2;
        QTest::newRow("no key") << QByteArray("a: b\njust text\n") << 2;
        QTest::newRow("text after quote") << QByteArray("a: 'x' y\n") << 1;
    }

    void refuses()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        const yaml::ReadResult r = yaml::read(text);
        QVERIFY(!r.ok());
        QVERIFY2(r.error.startsWith(QStringLiteral("line %1:").arg(line)), qPrintable(r.error));
        QVERIFY(r.value.is_null());
    }

    void deepNestingIsRefused()
    {
        QByteArray text;
        for (int i = 0; i < 200; ++i)
            text += QByteArray(i * 2, ' ') + "k:\n";
        const yaml::ReadResult r = yaml::read(text);
        QVERIFY(!r.ok());
        QVERIFY(r.error.contains(QLatin1String("deeply")));
    }

    void writeThenReadRoundTrips_data()
    {
        QTest::addColumn<QByteArray>("json");
        // (no "//" inside raw strings here: moc's lexer would read it as a comment)
        QTest::newRow("kubeconfig shape") << QByteArray("{\"apiVersion\":\"v1\",\"clusters\":[{\"cluster\":{\"server\":\"https:/" "/a:443\",\"certificate-authority-data\":\"QUJD+/==\"},\"name\":\"c\"}],\"preferences\":{},\"users\":[]}");
        QTest::newRow("tricky strings") << QByteArray("{\"a\":\"true\",\"b\":\"1.25\",\"c\":\"- x\",\"d\":\"k: v\",\"e\":\" lead\",\"f\":\"trail \",\"g\":\"\x23x\",\"h\":\"a \x23" "b\",\"i\":\"line\\nbreak\",\"j\":\"null\",\"k\":\"\",\"l\":\"~\",\"m\":\"{}\",\"n\":\"quote\\\"s\",\"o\":\"ctl\\u0001\",\"p\":\"it's\",\"q\":\"é ü\"}");
        QTest::newRow("odd keys") << QByteArray("{\"key: colon\":\"v\",\"- dash\":\"v\",\"\":\"empty key\",\"\x23\":\"hash\"}");
        QTest::newRow("nested lists") << QByteArray("[[[\"a\"],[]],{},[{\"x\":[{\"y\":\"z\"}]}],null]");
    }

    void writeThenReadRoundTrips()
    {
        QFETCH(QByteArray, json);
        const Json value = Json::parse(json.toStdString());
        const QByteArray text = yaml::write(value);
        const yaml::ReadResult r = yaml::read(text);
        QVERIFY2(r.ok(), qPrintable(r.error + QLatin1Char('\n') + QString::fromUtf8(text)));
        QCOMPARE(QByteArray::fromStdString(r.value.dump()), QByteArray::fromStdString(value.dump()));
    }

    void writerUsesKubectlLayout()
    {
        const Json v = {{"clusters", {{{"cluster", {{"server", "https:/" "/x"}}}, {"name", "c"}}}}, {"preferences", Json::object()}};
        QCOMPARE(yaml::write(v), QByteArray("clusters:\n- cluster:\n    server: https://x\n  name: c\npreferences: {}\n"));
    }
};

QTEST_GUILESS_MAIN(TestMiniYaml)
#include "tst_mini_yaml.moc"
