// Reading checked JSON text in place (common/JsonText.h), the CLI's streaming `list`: the
// re-indenter writes what nlohmann's dump(2) writes, member lookup finds what jsonfields::find
// finds in the parsed document (case variants, repeated keys, escaped keys), strings decode as
// nlohmann decodes them, and cut-short text is never read past its end. isBoundedJson() (its own
// scanner) accepts and refuses exactly what parseBoundedJson() does.
#include "common/JsonFields.h"
#include "common/JsonNesting.h"
#include "common/JsonText.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <random>

using namespace cw;
using Json = nlohmann::json;
using namespace Qt::StringLiterals;

namespace {

// A document of every kind of value, nested, with strings that need escapes.
Json randomDocument(std::mt19937 &rng, int depth)
{
    static const char *strings[] = {"", "plain", "quote \" and backslash \\", "tab\tnew\nline", "\x01\x1f control",
                                    "caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80", "/slash/", "{[,:]}"};
    const int kind = std::uniform_int_distribution<int>(0, depth > 3 ? 5 : 7)(rng);
    switch (kind) {
    case 0: return nullptr;
    case 1: return std::uniform_int_distribution<int>(0, 1)(rng) == 1;
    case 2: return std::uniform_int_distribution<std::int64_t>(-5000000000, 5000000000)(rng);
    case 3: return std::uniform_real_distribution<double>(-1e6, 1e6)(rng);
    case 4: return std::uint64_t(18446744073709551615ULL);
    case 5: return strings[std::uniform_int_distribution<int>(0, 7)(rng)];
    case 6: {
        Json a = Json::array();
        for (int i = std::uniform_int_distribution<int>(0, 4)(rng); i > 0; --i)
            a.push_back(randomDocument(rng, depth + 1));
        return a;
    }
    default: {
        Json o = Json::object();
        for (int i = std::uniform_int_distribution<int>(0, 5)(rng); i > 0; --i)
            o[std::string(strings[std::uniform_int_distribution<int>(0, 7)(rng)]) + std::to_string(i)] =
                randomDocument(rng, depth + 1);
        return o;
    }
    }
}

} // namespace

class TestJsonText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void indentedAsDumpWrites();
    void indentedKeepsContent_data();
    void indentedKeepsContent();
    void membersAndElements();
    void memberAsParsedDocument_data();
    void memberAsParsedDocument();
    void strings();
    void cutShortText();
    void boundedCheckAgreesWithParse_data();
    void boundedCheckAgreesWithParse();
    void boundedCheckAgreesOnMutations();
    void specialBytesAtEveryOffset();
};

void TestJsonText::indentedAsDumpWrites()
{
    std::mt19937 rng(13);
    for (int i = 0; i < 500; ++i) {
        const Json doc = randomDocument(rng, 0);
        std::string out;
        QVERIFY(jsontext::appendIndented(out, doc.dump(), 2, 0));
        QCOMPARE(out, doc.dump(2));
        // As an element of an array at level 1 (the CLI's `list -o json`).
        const Json list = Json::array({doc, doc});
        std::string listed = "[\n  ";
        QVERIFY(jsontext::appendIndented(listed, doc.dump(), 2, 1));
        listed += ",\n  ";
        QVERIFY(jsontext::appendIndented(listed, doc.dump(), 2, 1));
        listed += "\n]";
        QCOMPARE(listed, list.dump(2));
    }
}

void TestJsonText::indentedKeepsContent_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("spaces") << QByteArray(" { \"a\" : [ 1 , 2 ,{ } , [ ] ] ,\n\t\"b\":{\"c\" :null}} ");
    QTest::newRow("escapes kept") << QByteArray(R"({"k\u00e9y":"caf\u00e9 \/ \ud83d\ude00","q":"\"\\"})");
    QTest::newRow("numbers as spelt") << QByteArray(R"([1E5, -0, 1.50, 1e-3, 123456789012345678901234567890])");
    QTest::newRow("scalar") << QByteArray(" true ");
    QTest::newRow("brackets in strings") << QByteArray(R"({"a":"}]","b":["[{\""]})");
}

void TestJsonText::indentedKeepsContent()
{
    QFETCH(QByteArray, text);
    std::string out;
    QVERIFY(jsontext::appendIndented(out, text.toStdString(), 2, 0));
    QVERIFY(Json::parse(out) == Json::parse(text.toStdString()));
}

void TestJsonText::membersAndElements()
{
    const std::string text = R"( {"a" : 1, "b":[true, {"x":"]"}, "s,"] , "a":{"n":null}} )";
    QStringList seen;
    jsontext::Members m(text);
    while (m.next())
        seen << QString::fromUtf8(m.rawKey().data(), qsizetype(m.rawKey().size())) + u'='
                    + QString::fromUtf8(m.value().data(), qsizetype(m.value().size()));
    QVERIFY(m.ok());
    QVERIFY(m.atEnd());
    QCOMPARE(seen, (QStringList{u"a=1"_s, uR"(b=[true, {"x":"]"}, "s,"])"_s, uR"(a={"n":null})"_s}));

    const std::string_view b = jsontext::member(text, "b", false);
    QStringList elements;
    jsontext::Elements e(b);
    while (e.next())
        elements << QString::fromUtf8(e.value().data(), qsizetype(e.value().size()));
    QVERIFY(e.atEnd());
    QCOMPARE(elements, (QStringList{u"true"_s, uR"({"x":"]"})"_s, uR"("s,")"_s}));

    for (const char *empty : {"[]", " [ ] "}) {
        jsontext::Elements none(empty);
        QVERIFY(!none.next());
        QVERIFY(none.ok() && none.atEnd());
    }
    for (const char *notArray : {"{}", "3", "", "\"[\""}) {
        jsontext::Elements none(notArray);
        QVERIFY(!none.next());
        QVERIFY(!none.ok());
    }
}

// member() finds what jsonfields::find finds in the parsed document.
void TestJsonText::memberAsParsedDocument_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("key");
    QTest::newRow("exact") << QByteArray(R"({"name":"a","Name":"b"})") << QByteArray("name");
    QTest::newRow("variant only") << QByteArray(R"({"LoadBalancerType":"x"})") << QByteArray("loadBalancerType");
    QTest::newRow("exact after variant") << QByteArray(R"({"NAME":"u","name":"e"})") << QByteArray("name");
    QTest::newRow("variants sort") << QByteArray(R"({"nAme":1,"NaMe":2,"naME":3})") << QByteArray("name");
    QTest::newRow("repeated exact: last") << QByteArray(R"({"name":1,"name":2})") << QByteArray("name");
    QTest::newRow("repeated variant: last") << QByteArray(R"({"NAME":1,"Name":5,"NAME":2})") << QByteArray("name");
    QTest::newRow("escaped key") << QByteArray(R"({"n\u0061me":"esc"})") << QByteArray("name");
    QTest::newRow("absent") << QByteArray(R"({"names":1,"nam":2})") << QByteArray("name");
    QTest::newRow("not an object") << QByteArray(R"(["name"])") << QByteArray("name");
    QTest::newRow("nested not seen") << QByteArray(R"({"p":{"name":1}})") << QByteArray("name");
}

void TestJsonText::memberAsParsedDocument()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, key);
    const std::string source = text.toStdString(); // the views found point into it
    const Json doc = Json::parse(source);
    for (const bool anyCase : {false, true}) {
        const Json *expected = jsonfields::find(doc, key.toStdString(),
                                                anyCase ? jsonfields::Keys::AnyCase : jsonfields::Keys::Exact);
        const std::string_view found = jsontext::member(source, key.toStdString(), anyCase);
        QCOMPARE(found.empty(), expected == nullptr);
        if (expected)
            QVERIFY(Json::parse(found) == *expected);
    }
}

void TestJsonText::strings()
{
    for (const char *text : {R"("")", R"("plain")", R"("\"\\\/\b\f\n\r\t")", R"("caf\u00e9 \u20ac \ud83d\ude00")",
                             "\"caf\xc3\xa9\"", R"("\u0000 nul")"}) {
        const std::optional<std::string> decoded = jsontext::decodeString(text);
        QVERIFY2(decoded, text);
        QCOMPARE(*decoded, Json::parse(text).get<std::string>());
        QCOMPARE(jsontext::stringValue(text), std::optional<QString>(QString::fromStdString(*decoded)));
    }
    for (const char *notString : {"3", "null", "\"", "", "\"\\u12\"", "\"\\ud83d\"", "\"\\x\""})
        QVERIFY2(!jsontext::stringValue(notString), notString);
    QVERIFY(jsontext::keyIs("n\\u0061me", "name"));
    QVERIFY(!jsontext::keyIs("Name", "name"));
}

// Text cut anywhere is never read past its end (ASan would see it) and reads as incomplete.
void TestJsonText::cutShortText()
{
    const std::string text = R"({"value":[{"a":"x\"y","b":[1,{"c":null}]},{"d":"\u00e9"}],"nextLink":"u"})";
    for (size_t n = 0; n < text.size(); ++n) {
        const std::string cut = text.substr(0, n); // its own allocation: the end is the end
        std::string out;
        QVERIFY(!jsontext::appendIndented(out, cut, 2, 0) || n == 0);
        QCOMPARE(jsontext::valueEnd(cut, 0), std::string_view::npos);
        jsontext::Members m(cut);
        while (m.next())
            QVERIFY(m.value().data() + m.value().size() <= cut.data() + cut.size());
        QVERIFY(!m.atEnd());
        (void)jsontext::member(cut, "nextLink", true);
    }
    QCOMPARE(jsontext::valueEnd(text, 0), text.size());
}

namespace {

// isBoundedJson() against the parse it stands for: the same verdict, the same kind of refusal.
void checkAgrees(const std::string &text, int maxDepth = kMaxJsonDepth)
{
    JsonParseError parsedError = JsonParseError::None, checkedError = JsonParseError::None;
    const bool parsed = !parseBoundedJson(text, maxDepth, &parsedError).is_discarded();
    const bool checked = isBoundedJson(text, maxDepth, &checkedError);
    if (checked != parsed || checkedError != parsedError) {
        QByteArray shown = QByteArray::fromStdString(text.substr(0, 200)).toPercentEncoding(" {}[]\":,");
        QFAIL(qPrintable(u"isBoundedJson %1 (%2), parse %3 (%4): %5"_s.arg(checked).arg(int(checkedError))
                             .arg(parsed).arg(int(parsedError)).arg(QString::fromLatin1(shown))));
    }
}

} // namespace

void TestJsonText::boundedCheckAgreesWithParse_data()
{
    QTest::addColumn<QByteArray>("text");
    auto row = [](const char *name, QByteArray text) { QTest::newRow(name) << text; };
    row("object", "{\"a\":1}");
    row("missing value", "{\"a\":}");
    row("empty", "");
    row("spaces only", " \n");
    row("trailing garbage", "[1,2] x");
    row("trailing comma", "[1,2,]");
    row("bom", "\xEF\xBB\xBF[1]");
    row("broken bom", "\xEF\xBB[1]");
    row("nul after the value", QByteArray("[1] \0 garbage", 13));
    row("nul inside", QByteArray("[1,\0]", 5));
    row("nul in a string", QByteArray("[\"a\0\"]", 6));
    row("invalid utf-8", "[\"\xff\"]");
    row("overlong", "[\"\xC0\x80\"]");
    row("utf-8 surrogate", "[\"\xED\xA0\x80\"]");
    row("above U+10FFFF", "[\"\xF4\x90\x80\x80\"]");
    row("four bytes", "[\"\xF0\x9F\x98\x80 \xE2\x82\xAC \xC3\xA9\"]");
    row("control character", "[\"a\tb\"]");
    row("escapes", R"(["\"\\\/\b\f\n\r\t\u00e9\ud83d\ude00"])");
    row("lone high surrogate", R"(["\ud83d"])");
    row("lone low surrogate", R"(["\ude00"])");
    row("high then not low", R"(["\ud83d\u0041"])");
    row("bad escape", R"(["\x"])");
    row("short \\u", R"(["\u12"])");
    row("numbers", "[0,-0,1.5,-1.5e3,1E+2,1e-2,12345678901234567890,-9223372036854775809]");
    row("leading zero", "[01]");
    row("bare minus", "[-]");
    row("dot without digits", "[1.]");
    row("exponent without digits", "[1e]");
    row("plus sign", "[+1]");
    row("overflow", "[1e400]");
    row("negative overflow", "[-1.5e309]");
    row("underflow", "[1e-400]");
    row("tiny fraction", "[0.000000000000000000000000000001e-300]");
    row("long integer overflow", QByteArray("[1") + QByteArray(400, '0') + "]");
    row("long integer", QByteArray("[1") + QByteArray(300, '0') + "]");
    row("long fraction", QByteArray("[0.") + QByteArray(400, '1') + "]");
    row("max double", "[1.7976931348623157e308]");
    row("just above max double", "[1.7976931348623159e308]");
    row("literals", "[true,false,null]");
    row("bad literal", "[tru]");
    row("scalar", "\"top\"");
    row("deep enough", QByteArray(64, '[') + QByteArray(64, ']'));
    row("too deep", QByteArray(65, '[') + QByteArray(65, ']'));
    row("too deep and broken", QByteArray(70, '[') + "x");
    row("broken before too deep", QByteArray(10, '[') + "x" + QByteArray(70, '['));
    row("key not a string", "{1:2}");
    row("missing colon", "{\"a\" 2}");
    row("object comma", "{\"a\":1,}");
    row("mismatched", "[1}");
}

void TestJsonText::boundedCheckAgreesWithParse()
{
    QFETCH(QByteArray, text);
    checkAgrees(text.toStdString());
    checkAgrees(text.toStdString(), 2);
}

// Random documents, mutated byte by byte towards the cases that matter (quotes, escapes,
// brackets, number characters, NULs, UTF-8 lead and continuation bytes), and every input of
// the fuzz corpora.
void TestJsonText::boundedCheckAgreesOnMutations()
{
    static const unsigned char bytes[] = {'"', '\\', 'u', 'd', '8', 'c', '0', '1', '9', '-', '+', '.', 'e', 'E',
                                          '{', '}', '[', ']', ',', ':', ' ', '\n', 't', 'n', 'f', 0x00, 0x1f,
                                          0x7f, 0x80, 0xBF, 0xC0, 0xC2, 0xDF, 0xE0, 0xED, 0xEF, 0xF0, 0xF4,
                                          0xF5, 0xFF, 0xBB, 0xA0, 0x9F, 0x90, 0x8F};
    std::mt19937 rng(2026);
    for (int i = 0; i < 20000; ++i) {
        std::string text = randomDocument(rng, 0).dump(i % 3 == 0 ? 1 : -1);
        const int mutations = std::uniform_int_distribution<int>(0, 3)(rng);
        for (int m = 0; m < mutations && !text.empty(); ++m) {
            const size_t at = std::uniform_int_distribution<size_t>(0, text.size() - 1)(rng);
            const char b = char(bytes[std::uniform_int_distribution<size_t>(0, sizeof bytes - 1)(rng)]);
            switch (std::uniform_int_distribution<int>(0, 3)(rng)) {
            case 0: text[at] = b; break;
            case 1: text.insert(text.begin() + qsizetype(at), b); break;
            case 2: text.erase(at, 1); break;
            default: text.resize(at); break;
            }
        }
        checkAgrees(text);
        if (QTest::currentTestFailed())
            return;
    }
    const QDir fuzz(qEnvironmentVariable("CW_SOURCE_DIR") + QStringLiteral("/tests/fuzz"));
    int files = 0;
    for (const QFileInfo &dir : fuzz.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        for (const QFileInfo &file : QDir(dir.filePath() + u"/corpus"_s).entryInfoList(QDir::Files)) {
            QFile f(file.filePath());
            QVERIFY(f.open(QIODevice::ReadOnly));
            checkAgrees(f.readAll().toStdString());
            if (QTest::currentTestFailed())
                return;
            ++files;
        }
    }
    QVERIFY(files > 1000);
}

// The scanners test sixteen bytes at a time where SSE2 is there, and the rest byte by byte:
// each byte that ends or interrupts a plain run (quote, escape, control, UTF-8, brackets in a
// string) at every offset around those blocks, near the end of the text and far from it, read
// as the parser reads it.
void TestJsonText::specialBytesAtEveryOffset()
{
    const char *const pieces[] = {R"(\")", R"(\\)", R"(\u00e9)", R"(\ud83d\ude00)", "\x01", "\x7f",
                                  "caf\xc3\xa9", "\xe2\x82\xac", "\xf0\x9f\x98\x80", "\xff", "\xc0\x80",
                                  "{", "]", "\\", R"(\q)"};
    for (const char *piece : pieces) {
        for (int offset = 0; offset < 40; ++offset) {
            for (const int tail : {0, 1, 15, 16, 17, 40}) {
                const std::string inner = std::string(size_t(offset), 'a') + piece + std::string(size_t(tail), 'b');
                const std::string text = R"({"k":[")" + inner + R"("],"n":1})";
                checkAgrees(text);
                checkAgrees(text.substr(0, text.size() - 1)); // unclosed
                if (QTest::currentTestFailed())
                    return;
                const Json parsed = Json::parse(text, nullptr, false);
                if (parsed.is_discarded())
                    continue;
                // The containers' and the string's ends, found in place, are the parser's.
                QCOMPARE(jsontext::valueEnd(text, 0), text.size());
                const std::string_view list = jsontext::member(text, "k", false);
                QVERIFY(Json::parse(list) == parsed["k"]);
                QVERIFY(jsontext::member(text, "n", false) == "1");
                jsontext::Elements e(list);
                QVERIFY(e.next());
                QVERIFY(jsontext::decodeString(e.value()) == parsed["k"][0].get<std::string>());
                QVERIFY(!e.next() && e.atEnd());
                const std::string cut = text.substr(0, text.size() - 1); // its own allocation
                QCOMPARE(jsontext::valueEnd(cut, 0), std::string_view::npos);
            }
        }
    }
}

QTEST_GUILESS_MAIN(TestJsonText)
#include "tst_jsontext.moc"
