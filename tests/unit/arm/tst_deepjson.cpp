// Deeply nested JSON from a server or a file: every reader refuses it with a clear error and
// nothing copies, dumps or compares it (nlohmann recurses per level there: 100,000 levels
// overflowed the stack of `list` and `list --trace-http`).
#include "arm/ArmError.h"
#include "arm/ArmTypes.h"
#include "auth/AuthError.h"
#include "common/JsonFields.h"
#include "common/JsonNesting.h"
#include "kube/Kubeconfig.h"
#include "secrets/Redaction.h"

#include <QElapsedTimer>
#include <QTest>

using cw::JsonParseError;

namespace {

// {"a":[{"a":[ ... ]}]} nested `levels` deep (objects and arrays alternate).
QByteArray nested(int levels, const QByteArray &innermost = "1")
{
    QByteArray text;
    text.reserve(levels * 6 + innermost.size());
    for (int i = 0; i < levels; ++i)
        text += (i % 2 == 0) ? "{\"a\":" : "[";
    text += innermost;
    for (int i = levels - 1; i >= 0; --i)
        text += (i % 2 == 0) ? "}" : "]";
    return text;
}

constexpr int kHostile = 100000;

} // namespace

class TestDeepJson : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void limitIsExact();
    void bracketsInStringsDoNotCount();
    void syntaxErrorsAreNotDepthErrors();
    void hostileDocumentIsRefusedQuickly();
    void clientReadersRefuseHostileDocuments();
};

void TestDeepJson::limitIsExact()
{
    JsonParseError error = JsonParseError::Syntax;
    const nlohmann::json ok = cw::parseBoundedJson(nested(cw::kMaxJsonDepth), cw::kMaxJsonDepth, &error);
    QCOMPARE(error, JsonParseError::None);
    QVERIFY(ok.is_object());
    QCOMPARE(ok.dump().size(), size_t(nested(cw::kMaxJsonDepth).size())); // copies and dumps fine

    const nlohmann::json deep = cw::parseBoundedJson(nested(cw::kMaxJsonDepth + 1), cw::kMaxJsonDepth, &error);
    QCOMPARE(error, JsonParseError::TooDeep);
    QVERIFY(deep.is_discarded());

    QVERIFY(cw::parseBoundedJson(QByteArray("42"), 0, &error) == nlohmann::json(42));
    QCOMPARE(error, JsonParseError::None);
    QVERIFY(cw::parseBoundedJson(QByteArray("[]"), 0, &error).is_discarded());
    QCOMPARE(error, JsonParseError::TooDeep);
}

void TestDeepJson::bracketsInStringsDoNotCount()
{
    const QByteArray text = "{\"a\":\"" + QByteArray(10000, '[') + "\\\"{{{\"}";
    JsonParseError error = JsonParseError::Syntax;
    const nlohmann::json value = cw::parseBoundedJson(text, 1, &error);
    QCOMPARE(error, JsonParseError::None);
    QCOMPARE(value["a"].get<std::string>().size(), size_t(10004));
}

void TestDeepJson::syntaxErrorsAreNotDepthErrors()
{
    for (const QByteArray &text : {QByteArray("{"), QByteArray("[1,]"), QByteArray("{} {}"), QByteArray(""),
                                  QByteArray("]]]]]][[[[[[")}) {
        JsonParseError error = JsonParseError::None;
        QVERIFY2(cw::parseBoundedJson(text, cw::kMaxJsonDepth, &error).is_discarded(), text.constData());
        QCOMPARE(error, JsonParseError::Syntax);
    }
}

void TestDeepJson::hostileDocumentIsRefusedQuickly()
{
    // Refused while parsing, at level 65: the rest of the 100,000 levels is never built.
    const QByteArray text = nested(kHostile);
    QElapsedTimer clock;
    clock.start();
    JsonParseError error = JsonParseError::None;
    QVERIFY(cw::parseBoundedJson(text, cw::kMaxJsonDepth, &error).is_discarded());
    QCOMPARE(error, JsonParseError::TooDeep);
    QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
    // Unterminated too: "[[[[..." with no closing bracket.
    QVERIFY(cw::parseBoundedJson(QByteArray(kHostile, '['), cw::kMaxJsonDepth, &error).is_discarded());
    QCOMPARE(error, JsonParseError::TooDeep);
}

void TestDeepJson::clientReadersRefuseHostileDocuments()
{
    const QByteArray hostile = nested(kHostile);

    // ARM answers (lists, GETs, status polls) and the compute model.
    cw::arm::ArmResponse answer;
    answer.body = hostile;
    QVERIFY(answer.json().is_null());
    const cw::jsonfields::ParsedDocument doc = cw::jsonfields::parse(hostile);
    QVERIFY(!doc.ok());
    QVERIFY2(doc.error.contains(QLatin1String("nested too deeply")), qPrintable(doc.error));

    // ARM error bodies: read as text, not as an error document.
    const QByteArray armError = "{\"error\":{\"code\":\"X\",\"message\":\"m\",\"additionalInfo\":" + hostile + "}}";
    const cw::arm::ArmError error = cw::arm::ArmError::fromHttp(400, armError);
    QCOMPARE(error.httpStatus, 400);
    QVERIFY(error.code != QLatin1String("X"));

    // Azure AD replies.
    const cw::auth::AuthError aad = cw::auth::AuthError::fromAadResponse(400, "{\"error\":\"invalid_grant\",\"x\":" + hostile + "}");
    QVERIFY(aad.code != QLatin1String("invalid_grant"));

    // Kubernetes documents (a kubeconfig may be JSON).
    const cw::kube::KubeconfigParseResult kube = cw::kube::Kubeconfig::parse(hostile);
    QVERIFY(!kube.value.has_value());
    QVERIFY2(kube.error.contains(QLatin1String("nested too deeply")), qPrintable(kube.error));

    // HTTP traces (--trace-http) redact bodies: the deep one stays text, nothing crashes.
    const QByteArray traced = cw::secrets::redact::body(hostile);
    QCOMPARE(traced.size(), hostile.size());
}

QTEST_GUILESS_MAIN(TestDeepJson)
#include "tst_deepjson.moc"
