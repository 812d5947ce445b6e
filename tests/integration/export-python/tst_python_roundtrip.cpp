// The ARM body of every wizard path survives the official Python SDK's models (python3-azure,
// api-version 2022-10-01) without loss; the exported Python snippets compile, and the shell and
// Python quoting round-trips through a real sh and python3.
#include "WizardPaths.h"
#include "export/ArmBody.h"
#include "export/AzCliExport.h"
#include "export/PythonSdkExport.h"
#include "export/Quoting.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace cw;

namespace {
// Debian's interpreter: python3-azure lives in its dist-packages (a pyenv shim would miss it).
QString debianPython()
{
    const QString p = QStandardPaths::findExecutable(QStringLiteral("python3"), {QStringLiteral("/usr/bin")});
    return p.isEmpty() ? QStandardPaths::findExecutable(QStringLiteral("python3")) : p;
}

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QString &program, const QStringList &args, const QByteArray &input = {})
{
    QProcess p;
    p.start(program, args);
    Run r;
    if (!p.waitForStarted(10000))
        return r;
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished(5000);
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}
} // namespace

class TestPythonRoundTrip : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void roundTrip_data();
    void roundTrip();
    void pythonSnippetsCompile_data();
    void pythonSnippetsCompile();
    void shellQuotingSurvivesSh_data();
    void shellQuotingSurvivesSh();

private:
    QJsonObject m_results;
};

void TestPythonRoundTrip::initTestCase()
{
    const QString python = debianPython();
    QVERIFY2(!python.isEmpty(), "python3 not found");
    nlohmann::json all = nlohmann::json::object();
    for (const auto &[name, spec] : testdata::wizardPaths())
        all[name.toStdString()] = exporting::computeResourceBody(spec); // unredacted: what is sent
    const QString dir = qEnvironmentVariable("CW_TEST_TMPDIR", QDir::tempPath());
    const QString bodies = dir + QStringLiteral("/bodies.json");
    QFile f(bodies);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray::fromStdString(all.dump()));
    f.close();
    const QString script = qEnvironmentVariable("CW_SOURCE_DIR") + QStringLiteral("/tests/integration/export-python/roundtrip.py");
    const Run r = run(python, {script, bodies});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QJsonParseError error;
    m_results = QJsonDocument::fromJson(r.out, &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(m_results.size(), testdata::wizardPaths().size());
}

void TestPythonRoundTrip::roundTrip_data()
{
    QTest::addColumn<QString>("pathName");
    for (const auto &[name, spec] : testdata::wizardPaths())
        QTest::newRow(qPrintable(name)) << name;
}

void TestPythonRoundTrip::roundTrip()
{
    QFETCH(QString, pathName);
    const QJsonObject result = m_results.value(pathName).toObject();
    QVERIFY2(!result.isEmpty(), "no result for this path");
    const QJsonArray lost = result.value(QStringLiteral("lost")).toArray();
    QVERIFY2(lost.isEmpty(), QJsonDocument(lost).toJson(QJsonDocument::Compact).constData());
    QCOMPARE(result.value(QStringLiteral("computeClass")).toString(), QStringLiteral("AKS"));
    // The SDK's own serialization keeps the key fields the service needs.
    const QJsonObject props = result.value(QStringLiteral("serialized")).toObject().value(QStringLiteral("properties")).toObject();
    QCOMPARE(props.value(QStringLiteral("computeType")).toString(), QStringLiteral("AKS"));
    const bool attach = pathName.startsWith(QLatin1String("attach"));
    QCOMPARE(props.contains(QStringLiteral("resourceId")), attach);
    QCOMPARE(props.value(QStringLiteral("properties")).toObject().contains(QStringLiteral("agentCount")), !attach);
}

void TestPythonRoundTrip::pythonSnippetsCompile_data()
{
    QTest::addColumn<QString>("source");
    for (const auto &[name, spec] : testdata::wizardPaths())
        QTest::newRow(qPrintable(name)) << exporting::pythonSdkV1(spec);
    rules::ComputeSpec odd = testdata::baseSpec();
    odd.name = QStringLiteral("it's-\"odd\"\\");
    odd.workspace.workspace = QStringLiteral("ws\nèé\x01");
    QTest::newRow("odd values") << exporting::pythonSdkV1(odd);
}

void TestPythonRoundTrip::pythonSnippetsCompile()
{
    QFETCH(QString, source);
    const Run r = run(debianPython(), {QStringLiteral("-c"), QStringLiteral("import sys; compile(sys.stdin.read(), 'export.py', 'exec')")},
                      source.toUtf8());
    QVERIFY2(r.exitCode == 0, r.err.constData());
}

void TestPythonRoundTrip::shellQuotingSurvivesSh_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("plain") << QStringLiteral("rg-ml");
    QTest::newRow("space") << QStringLiteral("my group");
    QTest::newRow("quotes") << QStringLiteral("it's \"quoted\"");
    QTest::newRow("expansions") << QStringLiteral("$HOME `id` $(id) \\n *");
    QTest::newRow("non-ascii") << QStringLiteral("caffè-日本");
    QTest::newRow("empty") << QString();
}

void TestPythonRoundTrip::shellQuotingSurvivesSh()
{
    QFETCH(QString, value);
    // sh prints the word back; Python evaluates the literal back: both must give the value.
    const Run sh = run(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QStringLiteral("printf %s ") + exporting::shellQuote(value)});
    QCOMPARE(sh.exitCode, 0);
    QCOMPARE(QString::fromUtf8(sh.out), value);
    const Run py = run(debianPython(), {QStringLiteral("-c"), QStringLiteral("import ast,sys; sys.stdout.write(ast.literal_eval(sys.stdin.read()))")},
                       exporting::pythonString(value).toUtf8());
    QCOMPARE(py.exitCode, 0);
    QCOMPARE(QString::fromUtf8(py.out), value);
}

QTEST_GUILESS_MAIN(TestPythonRoundTrip)
#include "tst_python_roundtrip.moc"
