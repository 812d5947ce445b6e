// `clusterwright-cli list` over several ARM pages (issue 13: the CLI streams each page as it
// arrives and keeps nothing it has written): `-o json` is valid JSON equal to the workspace's
// computes, formatted as before (nlohmann's dump(2), byte for byte); the table and tsv list every
// compute; a page that fails after others were written gives the same exit code and message as
// before and no output that reads as a complete list. The process exits without Qt's warnings.
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonParseError>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include "CliRunner.h"
#include "common/AppIdentity.h"
#include "support/SandboxProcess.h"

using namespace Qt::StringLiterals;

namespace {

const QString kListPath = u"/workspaces/ws-demo/computes$"_s;
constexpr int kPageSize = 3;

} // namespace

class TestCliList : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void jsonOverPages();
    void tableOverPages();
    void failureMidway_data();
    void failureMidway();

private:
    // The workspace's computes as the service lists them, in one page.
    QByteArray allComputes();
    void addFault(const QJsonObject &fault);
    // The next `pages` list pages answer normally, every later one fails with 404.
    void failAfterPages(int pages);

    cw::test::SandboxProcess m_sandbox;
    QTemporaryDir m_dir{QString::fromLocal8Bit(qgetenv("CW_TEST_TMPDIR")) + u"/cli-list-XXXXXX"_s};
    QByteArray m_expected; // allComputes(), read once before any fault is injected
    int m_computes = 0;
};

void TestCliList::initTestCase()
{
    cw::applyAppIdentity(*QCoreApplication::instance());
    QVERIFY(m_dir.isValid());
    QVERIFY(m_sandbox.start());
    const QString endpointFile = m_dir.filePath(u"ready.json"_s);
    QVERIFY(m_sandbox.writeEndpointFile(endpointFile));
    // The seeded computes and a few more: several pages of kPageSize.
    m_sandbox.control("POST", u"/computes/bulk"_s,
                      QJsonDocument(QJsonObject{{u"subscription"_s, m_sandbox.endpoint().subscriptionId},
                                                {u"resourceGroup"_s, u"rg-ml"_s},
                                                {u"workspace"_s, u"ws-demo"_s},
                                                {u"count"_s, 8}}));
    const CliRun login = runCli({u"login"_s, u"sandbox"_s, u"--endpoint-file"_s, endpointFile});
    QVERIFY2(login.exitCode == 0, login.err.constData());
    m_expected = allComputes();
    m_computes = int(QJsonDocument::fromJson(m_expected).array().size());
    QVERIFY(m_computes > 3 * kPageSize);
}

void TestCliList::init()
{
    m_sandbox.control("DELETE", u"/faults"_s);
    m_sandbox.control("POST", u"/settings"_s, QJsonDocument(QJsonObject{{u"pageSize"_s, kPageSize}}));
    m_sandbox.control("DELETE", u"/requests"_s);
}

QByteArray TestCliList::allComputes()
{
    m_sandbox.control("POST", u"/settings"_s, QJsonDocument(QJsonObject{{u"pageSize"_s, 100000}}));
    const cw::test::HttpResult page = m_sandbox.arm(
        "GET", u"/subscriptions/%1/resourceGroups/rg-ml/providers/Microsoft.MachineLearningServices/workspaces/"
               "ws-demo/computes?api-version=2022-10-01"_s.arg(m_sandbox.endpoint().subscriptionId));
    m_sandbox.control("POST", u"/settings"_s, QJsonDocument(QJsonObject{{u"pageSize"_s, kPageSize}}));
    if (page.status != 200)
        return {};
    return QByteArray::fromStdString(nlohmann::json::parse(page.body.toStdString()).at("value").dump());
}

void TestCliList::addFault(const QJsonObject &fault)
{
    const QJsonDocument answer = m_sandbox.control("POST", u"/faults"_s, QJsonDocument(fault));
    QVERIFY2(answer.object().value(u"id"_s).toInt() > 0, answer.toJson().constData());
}

void TestCliList::failAfterPages(int pages)
{
    // Faults match in order and a used-up one stops matching: `pages` answers pass (a fault of
    // no delay), then the 404 for ever.
    const QJsonObject base{{u"method"_s, u"GET"_s}, {u"path"_s, kListPath}};
    if (pages > 0) {
        QJsonObject pass = base;
        pass.insert(u"kind"_s, u"delay"_s);
        pass.insert(u"delayMs"_s, 0);
        pass.insert(u"count"_s, pages);
        addFault(pass);
    }
    QJsonObject fail = base;
    fail.insert(u"kind"_s, u"status"_s);
    fail.insert(u"status"_s, 404);
    fail.insert(u"count"_s, -1);
    addFault(fail);
}

void TestCliList::jsonOverPages()
{
    const CliRun run = runCli({u"list"_s, u"-o"_s, u"json"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    // The process ends cleanly: the shared network manager goes before Qt's TLS backends (Qt
    // warned "QObject::connect(QObject, Unknown): invalid nullptr parameter" at every exit when
    // its HTTP thread closed the kept-alive TLS connection after them).
    QVERIFY2(!run.crashed && !run.err.contains("QObject::"), run.err.constData());
    QCOMPARE(m_sandbox.countRequests("GET", kListPath), (m_computes + kPageSize - 1) / kPageSize);
    QJsonParseError error;
    const QJsonDocument listed = QJsonDocument::fromJson(run.out, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(listed.array(), QJsonDocument::fromJson(m_expected).array()); // every compute, as sent
    // Written as the whole array was written before (nlohmann's dump(2) and one new line).
    QCOMPARE(run.out, QByteArray::fromStdString(nlohmann::json::parse(m_expected.toStdString()).dump(2) + '\n'));
}

void TestCliList::tableOverPages()
{
    const QJsonArray computes = QJsonDocument::fromJson(m_expected).array();
    const CliRun table = runCli({u"list"_s});
    QVERIFY2(table.exitCode == 0, table.err.constData());
    const QList<QByteArray> lines = table.out.trimmed().split('\n');
    QCOMPARE(lines.size(), computes.size() + 2); // header and rule
    QVERIFY(lines.at(0).startsWith("NAME "));
    const CliRun tsv = runCli({u"list"_s, u"-o"_s, u"tsv"_s});
    QVERIFY2(tsv.exitCode == 0, tsv.err.constData());
    // Split without trimming: the last row's empty NAMESPACE and INSTANCE TYPES cells are tabs.
    const QList<QByteArray> rows = tsv.out.chopped(tsv.out.endsWith('\n') ? 1 : 0).split('\n');
    QCOMPARE(rows.size(), computes.size());
    for (qsizetype i = 0; i < computes.size(); ++i) {
        const QJsonObject c = computes.at(i).toObject();
        const QList<QByteArray> cells = rows.at(i).split('\t');
        QCOMPARE(cells.size(), 12);
        QCOMPARE(QString::fromUtf8(cells.at(0)), c.value(u"name"_s).toString());
        QVERIFY2(lines.at(i + 2).startsWith(QByteArray(cells.at(0) + ' ')), lines.at(i + 2).constData());
        const QJsonObject props = c.value(u"properties"_s).toObject();
        QCOMPARE(QString::fromUtf8(cells.at(2)), props.value(u"provisioningState"_s).toString());
    }
}

void TestCliList::failureMidway_data()
{
    QTest::addColumn<int>("pagesBefore");
    QTest::addColumn<QString>("format");
    QTest::newRow("first page, json") << 0 << u"json"_s;
    QTest::newRow("third page, json") << 2 << u"json"_s;
    QTest::newRow("third page, table") << 2 << u"table"_s;
    QTest::newRow("third page, tsv") << 2 << u"tsv"_s;
}

void TestCliList::failureMidway()
{
    QFETCH(int, pagesBefore);
    QFETCH(QString, format);
    failAfterPages(pagesBefore);
    const CliRun run = runCli({u"list"_s, u"-o"_s, format});
    QCOMPARE(run.exitCode, 5); // the 404's exit code, as for a failed first page
    QVERIFY2(run.err.contains("error: Cannot list the computes: "), run.err.constData());
    QCOMPARE(m_sandbox.countRequests("GET", kListPath), pagesBefore + 1); // a 404 is not retried
    if (format != u"json"_s || pagesBefore == 0) {
        QCOMPARE(run.out, QByteArray()); // nothing written before the rows are complete
        return;
    }
    // The pages that arrived were written as they arrived; the array is left unterminated, so
    // the output cannot be taken for the complete list.
    QJsonParseError error;
    QJsonDocument::fromJson(run.out, &error);
    QVERIFY(error.error != QJsonParseError::NoError);
    QVERIFY(run.out.startsWith("[\n  {\n"));
    QVERIFY(!run.out.trimmed().endsWith(']'));
    const QJsonArray computes = QJsonDocument::fromJson(m_expected).array();
    for (int i = 0; i < pagesBefore * kPageSize; ++i) {
        const QByteArray name = computes.at(i).toObject().value(u"name"_s).toString().toUtf8();
        QVERIFY2(run.out.contains(QByteArray("\"name\": \"" + name + '"')), name.constData());
    }
}

QTEST_GUILESS_MAIN(TestCliList)
#include "tst_cli_list.moc"
