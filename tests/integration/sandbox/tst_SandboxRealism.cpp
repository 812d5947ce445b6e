// What real ARM and Azure ML do that the sandbox used to do differently (issue 12, defect 4):
// ARM's 404 for unknown paths, tags on every document, the correlation id echoed, the Location
// URL of a failed operation answering the failure, Azure ML's wrapped error shape and the
// synchronous 200 answer of an update PUT.
#include "SandboxTestUtil.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace cw::test;

class TestSandboxRealism : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(m_sbx.start({QStringLiteral("--fresh")})); }
    void init()
    {
        m_sbx.control("POST", QStringLiteral("/settings"),
                      QJsonDocument(QJsonObject{{QStringLiteral("errorShape"), QStringLiteral("flat")},
                                                {QStringLiteral("updateReply"), QStringLiteral("async")},
                                                {QStringLiteral("regionalCoreQuota"), 100000},
                                                {QStringLiteral("speed"), 0.01}}));
    }
    void unknownArmPathsAnswerArmNotFound_data();
    void unknownArmPathsAnswerArmNotFound();
    void adPathsStillAnswerAsAd();
    void correlationIdEchoed();
    void documentsCarryTags();
    void putKeepsTags();
    void invalidTagsRefused();
    void failedOperationLocationAnswersTheFailure();
    void errorShapes_data();
    void errorShapes();
    void armOwnErrorsStayFlat();
    void updateAnswers200WhenSynchronous();
    void updateSettingSync();
    void updateSettingPoll();
    void settingsRefuseUnknownValues();

private:
    HttpResult put(const QString &name, const QJsonObject &body)
    {
        return m_sbx.arm("PUT", computePath(m_sbx, name), jsonBytes(body));
    }
    QString waitTerminal(const QString &name)
    {
        QString state;
        const bool ended = QTest::qWaitFor([&] {
            state = provisioningState(m_sbx, name);
            return state == QLatin1String("Succeeded") || state == QLatin1String("Failed");
        }, 10000);
        return ended ? state : QStringLiteral("(still %1)").arg(state);
    }
    QJsonObject createdCompute(const QString &name)
    {
        const HttpResult r = put(name, createBody(1, QStringLiteral("Standard_D2_v2"), QStringLiteral("DevTest")));
        if (r.status != 201 || waitTerminal(name) != QLatin1String("Succeeded"))
            return {};
        return m_sbx.arm("GET", computePath(m_sbx, name)).json().object();
    }
    // An update PUT of `name`: a create body naming the compute's cluster (an update must).
    QJsonObject updateBody(const QString &name, int agentCount, const QString &vmSize = QStringLiteral("Standard_D2_v2"))
    {
        QJsonObject body = createBody(agentCount, vmSize, QStringLiteral("DevTest"));
        QJsonObject props = body[QStringLiteral("properties")].toObject();
        props.insert(QStringLiteral("resourceId"), computeProps(m_sbx, name)[QStringLiteral("resourceId")].toString());
        body.insert(QStringLiteral("properties"), props);
        return body;
    }
    SandboxProcess m_sbx;
};

void TestSandboxRealism::unknownArmPathsAnswerArmNotFound_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("code");
    const QString sub = QStringLiteral("/subscriptions/00000000-0000-4000-8000-000000000001");
    QTest::newRow("top-level providers") << QStringLiteral("/providers/Microsoft.Nothing/things?api-version=2021-04-01")
                                         << QStringLiteral("InvalidResourceType");
    QTest::newRow("unknown root with api-version") << QStringLiteral("/nothingHere?api-version=2020-01-01")
                                                   << QStringLiteral("InvalidResourceType");
    QTest::newRow("tenants-like root") << QStringLiteral("/resources?api-version=2021-04-01")
                                       << QStringLiteral("InvalidResourceType");
    QTest::newRow("subscription child") << sub + QStringLiteral("/nothingHere?api-version=2021-04-01")
                                        << QStringLiteral("InvalidResourceType");
    QTest::newRow("missing group") << sub + QStringLiteral("/resourceGroups/no-such-rg/things?api-version=2021-04-01")
                                   << QStringLiteral("ResourceGroupNotFound");
    QTest::newRow("missing workspace")
        << sub + QStringLiteral("/resourceGroups/rg-ml/providers/Microsoft.MachineLearningServices/workspaces/nope?api-version=2022-10-01")
        << QStringLiteral("ResourceNotFound");
    QTest::newRow("missing compute")
        << sub + QStringLiteral("/resourceGroups/rg-ml/providers/Microsoft.MachineLearningServices/workspaces/ws-demo/computes/nope?api-version=2022-10-01")
        << QStringLiteral("ResourceNotFound");
}

void TestSandboxRealism::unknownArmPathsAnswerArmNotFound()
{
    QFETCH(QString, path);
    QFETCH(QString, code);
    const HttpResult r = m_sbx.arm("GET", path);
    QCOMPARE(r.status, 404);
    QVERIFY2(r.json().object().value(QStringLiteral("error")).isObject(), r.body.constData()); // ARM envelope, not AD's
    QCOMPARE(armErrorCode(r), code);
    QVERIFY(!armErrorMessage(r).isEmpty());
    QVERIFY(!r.body.contains("invalid_tenant"));
    if (path.startsWith(QLatin1String("/providers/")))
        QVERIFY2(armErrorMessage(r).contains(QStringLiteral("'things' could not be found in the namespace 'Microsoft.Nothing'")),
                 qPrintable(armErrorMessage(r)));
    QVERIFY(!r.header("x-ms-request-id").isEmpty());
}

void TestSandboxRealism::adPathsStillAnswerAsAd()
{
    // A tenant AD does not know is still AD's invalid_tenant (no api-version: an AD path).
    const HttpResult r = m_sbx.call("GET", QStringLiteral("/contoso.invalid/v2.0/.well-known/openid-configuration"));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().object().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_tenant"));
    const HttpResult discovery = m_sbx.call("GET", QStringLiteral("/common/discovery/instance?api-version=1.1"));
    QCOMPARE(discovery.status, 200);
}

void TestSandboxRealism::correlationIdEchoed()
{
    const QByteArray mine = "6f1c2bd2-8e4f-4d2a-9c51-0d3c7a1b2e90";
    const QList<QPair<QByteArray, QByteArray>> headers = {
        {"Authorization", "Bearer " + m_sbx.accessToken().toUtf8()}, {"x-ms-correlation-request-id", mine}};
    for (const QString &path : QStringList{subPath(m_sbx) + QStringLiteral("?api-version=2020-01-01"),
                                computePath(m_sbx, QStringLiteral("nope")),
                                QStringLiteral("/nothingHere?api-version=2020-01-01")}) {
        const HttpResult r = m_sbx.call("GET", path, {}, headers);
        QVERIFY2(r.status == 200 || r.status == 404, qPrintable(path));
        QCOMPARE(r.header("x-ms-correlation-request-id"), mine);
        QVERIFY(!r.header("x-ms-request-id").isEmpty());
        QVERIFY(r.header("x-ms-request-id") != mine);
    }
    // None sent: one is made up.
    const HttpResult fresh = m_sbx.arm("GET", subPath(m_sbx) + QStringLiteral("?api-version=2020-01-01"));
    QVERIFY(!fresh.header("x-ms-correlation-request-id").isEmpty());
}

void TestSandboxRealism::documentsCarryTags()
{
    const QJsonObject compute = createdCompute(QStringLiteral("tagless"));
    QVERIFY(compute.value(QStringLiteral("tags")).isObject());
    QVERIFY(compute.value(QStringLiteral("tags")).toObject().isEmpty());
    const QString clusterId = compute[QStringLiteral("properties")].toObject()[QStringLiteral("resourceId")].toString();
    const QJsonObject cluster = m_sbx.arm("GET", clusterId + QStringLiteral("?api-version=2022-11-01")).json().object();
    QVERIFY2(cluster.value(QStringLiteral("tags")).isObject(), qPrintable(clusterId));
    const QJsonObject ws = m_sbx.arm("GET", wsPath(m_sbx) + QStringLiteral("?api-version=2022-10-01")).json().object();
    QVERIFY(ws.value(QStringLiteral("tags")).isObject());
    // Every document of a list, too.
    const QJsonArray all = m_sbx.arm("GET", wsPath(m_sbx) + QStringLiteral("/computes?api-version=2022-10-01"))
                               .json().object().value(QStringLiteral("value")).toArray();
    for (const QJsonValue &c : all) {
        if (c[QStringLiteral("name")].toString() == QLatin1String("tagless"))
            QVERIFY(c[QStringLiteral("tags")].isObject());
    }
}

void TestSandboxRealism::putKeepsTags()
{
    QJsonObject body = createBody(1, QStringLiteral("Standard_D2_v2"), QStringLiteral("DevTest"));
    body.insert(QStringLiteral("tags"), QJsonObject{{QStringLiteral("team"), QStringLiteral("ml")},
                                                    {QStringLiteral("cost-center"), QStringLiteral("42")}});
    const HttpResult created = put(QStringLiteral("tagged"), body);
    QCOMPARE(created.status, 201);
    QCOMPARE(created.json().object()[QStringLiteral("tags")].toObject()[QStringLiteral("team")].toString(), QStringLiteral("ml"));
    QCOMPARE(waitTerminal(QStringLiteral("tagged")), QStringLiteral("Succeeded"));
    QJsonObject doc = m_sbx.arm("GET", computePath(m_sbx, QStringLiteral("tagged"))).json().object();
    QCOMPARE(doc[QStringLiteral("tags")].toObject()[QStringLiteral("cost-center")].toString(), QStringLiteral("42"));
    // An update without tags keeps them; one with tags replaces them.
    QJsonObject update = updateBody(QStringLiteral("tagged"), 1);
    QVERIFY(put(QStringLiteral("tagged"), update).status / 100 == 2);
    QCOMPARE(waitTerminal(QStringLiteral("tagged")), QStringLiteral("Succeeded"));
    doc = m_sbx.arm("GET", computePath(m_sbx, QStringLiteral("tagged"))).json().object();
    QCOMPARE(doc[QStringLiteral("tags")].toObject().size(), 2);
    update.insert(QStringLiteral("tags"), QJsonObject{{QStringLiteral("team"), QStringLiteral("platform")}});
    QVERIFY(put(QStringLiteral("tagged"), update).status / 100 == 2);
    QCOMPARE(waitTerminal(QStringLiteral("tagged")), QStringLiteral("Succeeded"));
    doc = m_sbx.arm("GET", computePath(m_sbx, QStringLiteral("tagged"))).json().object();
    QCOMPARE(doc[QStringLiteral("tags")].toObject(), (QJsonObject{{QStringLiteral("team"), QStringLiteral("platform")}}));
}

void TestSandboxRealism::invalidTagsRefused()
{
    QJsonObject body = createBody(1, QStringLiteral("Standard_D2_v2"), QStringLiteral("DevTest"));
    body.insert(QStringLiteral("tags"), QJsonObject{{QStringLiteral("n"), 5}});
    HttpResult r = put(QStringLiteral("badtags"), body);
    QCOMPARE(r.status, 400);
    QCOMPARE(armErrorCode(r), QStringLiteral("InvalidTag"));
    QJsonObject many;
    for (int i = 0; i < 51; ++i)
        many.insert(QStringLiteral("t%1").arg(i), QStringLiteral("v"));
    body.insert(QStringLiteral("tags"), many);
    r = put(QStringLiteral("badtags"), body);
    QCOMPARE(r.status, 400);
    QCOMPARE(m_sbx.arm("GET", computePath(m_sbx, QStringLiteral("badtags"))).status, 404);
}

void TestSandboxRealism::failedOperationLocationAnswersTheFailure()
{
    QVERIFY(!createdCompute(QStringLiteral("loc-fail")).isEmpty());
    m_sbx.control("POST", QStringLiteral("/operations/fail-next"),
                  QJsonDocument(QJsonObject{{QStringLiteral("path"), QStringLiteral("computes/loc-fail$")},
                                            {QStringLiteral("errors"), QJsonArray{QJsonObject{{QStringLiteral("code"), QStringLiteral("BadArgument")},
                                                                                              {QStringLiteral("message"), QStringLiteral("The cluster refused the detach.")}}}}}));
    const HttpResult r = m_sbx.arm("DELETE", computePath(m_sbx, QStringLiteral("loc-fail"), QStringLiteral("&underlyingResourceAction=Detach")));
    QCOMPARE(r.status, 202);
    const QString location = QString::fromLatin1(r.header("Location"));
    QVERIFY(!location.isEmpty());
    HttpResult result;
    QVERIFY(QTest::qWaitFor([&] { result = m_sbx.arm("GET", location); return result.status != 202; }, 10000));
    QCOMPARE(result.status, 400); // the failure, not 200 (which a client reads as success)
    QCOMPARE(armErrorCode(result), QStringLiteral("BadArgument"));
    QCOMPARE(armErrorMessage(result), QStringLiteral("The cluster refused the detach."));
    // The operation status URL says Failed with the same error.
    const QJsonObject status = m_sbx.arm("GET", QString::fromLatin1(r.header("Azure-AsyncOperation"))).json().object();
    QCOMPARE(status[QStringLiteral("status")].toString(), QStringLiteral("Failed"));
    QCOMPARE(status[QStringLiteral("error")].toObject()[QStringLiteral("code")].toString(), QStringLiteral("BadArgument"));

    // An internal failure answers 500.
    QVERIFY(!createdCompute(QStringLiteral("loc-fail2")).isEmpty());
    m_sbx.control("POST", QStringLiteral("/operations/fail-next"),
                  QJsonDocument(QJsonObject{{QStringLiteral("path"), QStringLiteral("computes/loc-fail2$")}}));
    const HttpResult second = m_sbx.arm("DELETE", computePath(m_sbx, QStringLiteral("loc-fail2"), QStringLiteral("&underlyingResourceAction=Detach")));
    QVERIFY(QTest::qWaitFor([&] { result = m_sbx.arm("GET", QString::fromLatin1(second.header("Location"))); return result.status != 202; }, 10000));
    QCOMPARE(result.status, 500);
    QCOMPARE(armErrorCode(result), QStringLiteral("InternalServerError"));
}

void TestSandboxRealism::errorShapes_data()
{
    QTest::addColumn<QString>("shape");
    QTest::newRow("flat") << QStringLiteral("flat");
    QTest::newRow("wrapped") << QStringLiteral("wrapped");
    QTest::newRow("innerError") << QStringLiteral("innerError");
}

void TestSandboxRealism::errorShapes()
{
    QFETCH(QString, shape);
    m_sbx.control("POST", QStringLiteral("/settings"), QJsonDocument(QJsonObject{{QStringLiteral("errorShape"), shape}}));
    // A PUT-time refusal of the Machine Learning service (a VM size change).
    const QString name = QStringLiteral("shape-") + shape.toLower();
    QVERIFY(!createdCompute(name).isEmpty());
    const HttpResult r = put(name, updateBody(name, 1, QStringLiteral("Standard_D3_v2")));
    QCOMPARE(r.status, 400);
    const QJsonObject error = r.json().object()[QStringLiteral("error")].toObject();
    const auto innerErrorCode = [](const QJsonObject &e) {
        for (const QJsonValue &item : e[QStringLiteral("additionalInfo")].toArray()) {
            if (item[QStringLiteral("type")].toString() == QLatin1String("InnerError"))
                return item[QStringLiteral("info")][QStringLiteral("value")][QStringLiteral("code")].toString();
        }
        return QString();
    };
    if (shape == QLatin1String("flat")) {
        QCOMPARE(error[QStringLiteral("code")].toString(), QStringLiteral("BadArgument"));
        QVERIFY(!error.contains(QStringLiteral("additionalInfo")));
    } else {
        QCOMPARE(error[QStringLiteral("code")].toString(), QStringLiteral("UserError"));
        QVERIFY(error[QStringLiteral("message")].toString().contains(QStringLiteral("VM size")));
        QCOMPARE(innerErrorCode(error), QStringLiteral("BadArgument"));
        const QJsonArray details = error[QStringLiteral("details")].toArray();
        if (shape == QLatin1String("wrapped")) {
            QCOMPARE(details.size(), 1);
            QCOMPARE(details[0][QStringLiteral("code")].toString(), QStringLiteral("BadArgument"));
        } else {
            QVERIFY(details.isEmpty());
        }
    }
    // A failed operation's status document and Location answer carry the same shape; a
    // service-side failure wraps as ServiceError.
    m_sbx.control("POST", QStringLiteral("/operations/fail-next"),
                  QJsonDocument(QJsonObject{{QStringLiteral("path"), QString(QStringLiteral("computes/") + name + QStringLiteral("$"))}}));
    const HttpResult del = m_sbx.arm("DELETE", computePath(m_sbx, name, QStringLiteral("&underlyingResourceAction=Detach")));
    QCOMPARE(del.status, 202);
    HttpResult location;
    QVERIFY(QTest::qWaitFor([&] { location = m_sbx.arm("GET", QString::fromLatin1(del.header("Location"))); return location.status != 202; }, 10000));
    QCOMPARE(location.status, 500);
    const QJsonObject status = m_sbx.arm("GET", QString::fromLatin1(del.header("Azure-AsyncOperation"))).json().object();
    for (const QJsonObject &e : {location.json().object()[QStringLiteral("error")].toObject(), status[QStringLiteral("error")].toObject()}) {
        if (shape == QLatin1String("flat")) {
            QCOMPARE(e[QStringLiteral("code")].toString(), QStringLiteral("InternalServerError"));
        } else {
            QCOMPARE(e[QStringLiteral("code")].toString(), QStringLiteral("ServiceError"));
            QCOMPARE(innerErrorCode(e), QStringLiteral("InternalServerError"));
        }
    }
}

void TestSandboxRealism::armOwnErrorsStayFlat()
{
    // ARM's own errors (the front door, not the Machine Learning service) are never wrapped.
    m_sbx.control("POST", QStringLiteral("/settings"), QJsonDocument(QJsonObject{{QStringLiteral("errorShape"), QStringLiteral("wrapped")}}));
    const HttpResult r = m_sbx.arm("GET", wsPath(m_sbx) + QStringLiteral("/computes?api-version=1999-01-01"));
    QCOMPARE(r.status, 400);
    QCOMPARE(armErrorCode(r), QStringLiteral("InvalidApiVersionParameter"));
}

void TestSandboxRealism::updateAnswers200WhenSynchronous()
{
    // The spec's "Update a AKS Compute" example: 200 + the resource when nothing has to run.
    QVERIFY(!createdCompute(QStringLiteral("upd-desc")).isEmpty());
    QJsonObject body = updateBody(QStringLiteral("upd-desc"), 1);
    QJsonObject props = body[QStringLiteral("properties")].toObject();
    props.insert(QStringLiteral("description"), QStringLiteral("now with a description"));
    body.insert(QStringLiteral("properties"), props);
    const HttpResult r = put(QStringLiteral("upd-desc"), body);
    QCOMPARE(r.status, 200);
    QVERIFY(r.header("Azure-AsyncOperation").isEmpty());
    QVERIFY(r.header("Location").isEmpty());
    const QJsonObject answered = r.json().object()[QStringLiteral("properties")].toObject();
    QCOMPARE(answered[QStringLiteral("provisioningState")].toString(), QStringLiteral("Succeeded"));
    QCOMPARE(answered[QStringLiteral("description")].toString(), QStringLiteral("now with a description"));
    QCOMPARE(computeProps(m_sbx, QStringLiteral("upd-desc"))[QStringLiteral("description")].toString(),
             QStringLiteral("now with a description"));
    // A real change still runs as an operation.
    const HttpResult scale = put(QStringLiteral("upd-desc"), updateBody(QStringLiteral("upd-desc"), 2));
    QCOMPARE(scale.status, 201);
    QVERIFY(!scale.header("Azure-AsyncOperation").isEmpty());
    QCOMPARE(waitTerminal(QStringLiteral("upd-desc")), QStringLiteral("Succeeded"));
}

void TestSandboxRealism::updateSettingSync()
{
    m_sbx.control("POST", QStringLiteral("/settings"), QJsonDocument(QJsonObject{{QStringLiteral("updateReply"), QStringLiteral("sync")}}));
    QVERIFY(!createdCompute(QStringLiteral("upd-sync")).isEmpty());
    const HttpResult r = put(QStringLiteral("upd-sync"), updateBody(QStringLiteral("upd-sync"), 2));
    QCOMPARE(r.status, 200);
    QVERIFY(r.header("Azure-AsyncOperation").isEmpty());
    const QJsonObject props = r.json().object()[QStringLiteral("properties")].toObject();
    QCOMPARE(props[QStringLiteral("provisioningState")].toString(), QStringLiteral("Succeeded"));
    QCOMPARE(props[QStringLiteral("properties")].toObject()[QStringLiteral("agentCount")].toInt(), 2);
}

void TestSandboxRealism::updateSettingPoll()
{
    m_sbx.control("POST", QStringLiteral("/settings"), QJsonDocument(QJsonObject{{QStringLiteral("updateReply"), QStringLiteral("poll")},
                                                                                  {QStringLiteral("speed"), 0.2}}));
    QVERIFY(!createdCompute(QStringLiteral("upd-poll")).isEmpty());
    const HttpResult r = put(QStringLiteral("upd-poll"), updateBody(QStringLiteral("upd-poll"), 2));
    QCOMPARE(r.status, 201);
    QVERIFY(r.header("Azure-AsyncOperation").isEmpty());
    QVERIFY(r.header("Location").isEmpty());
    QCOMPARE(r.json().object()[QStringLiteral("properties")].toObject()[QStringLiteral("provisioningState")].toString(), QStringLiteral("Updating"));
    QCOMPARE(waitTerminal(QStringLiteral("upd-poll")), QStringLiteral("Succeeded"));
    QCOMPARE(computeProps(m_sbx, QStringLiteral("upd-poll"))[QStringLiteral("properties")].toObject()[QStringLiteral("agentCount")].toInt(), 2);
}

void TestSandboxRealism::settingsRefuseUnknownValues()
{
    const QJsonDocument bad = m_sbx.control("POST", QStringLiteral("/settings"),
                                            QJsonDocument(QJsonObject{{QStringLiteral("errorShape"), QStringLiteral("nested")}}));
    QVERIFY(bad.object().contains(QStringLiteral("error")));
    const QJsonObject now = m_sbx.control("GET", QStringLiteral("/settings")).object();
    QCOMPARE(now[QStringLiteral("errorShape")].toString(), QStringLiteral("flat"));
    QCOMPARE(now[QStringLiteral("updateReply")].toString(), QStringLiteral("async"));
}

QTEST_GUILESS_MAIN(TestSandboxRealism)
#include "tst_SandboxRealism.moc"
