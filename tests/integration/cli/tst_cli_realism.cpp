// clusterwright-cli when Azure ML wraps its errors (issue 12, defect 4): with the sandbox answering
// {"code":"UserError","details":[{"code":"QuotaExceeded"}],...}, the CLI prints the same sentences
// and exits with the same codes as with the flat {"code":"QuotaExceeded"} shape.
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "CliRunner.h"
#include "common/AppIdentity.h"
#include "support/SandboxProcess.h"

using namespace Qt::StringLiterals;

class TestCliRealism : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sameMessagesAndExitCodes_data();
    void sameMessagesAndExitCodes();

private:
    struct Outcome {
        int exitCode = -1;
        QByteArray err;
    };
    Outcome failingCreate(const QString &shape, const QString &name, const QString &code);
    void setShape(const QString &shape)
    {
        m_sandbox.control("POST", u"/_sandbox/settings"_s, QJsonDocument(QJsonObject{{u"errorShape"_s, shape}}));
    }

    cw::test::SandboxProcess m_sandbox;
    QTemporaryDir m_dir{QString::fromLocal8Bit(qgetenv("CW_TEST_TMPDIR")) + u"/cli-realism-XXXXXX"_s};
};

void TestCliRealism::initTestCase()
{
    cw::applyAppIdentity(*QCoreApplication::instance());
    QVERIFY(m_dir.isValid());
    QVERIFY(m_sandbox.start());
    const QString endpointFile = m_dir.filePath(u"ready.json"_s);
    QVERIFY(m_sandbox.writeEndpointFile(endpointFile));
    const CliRun login = runCli({u"login"_s, u"sandbox"_s, u"--endpoint-file"_s, endpointFile});
    QVERIFY2(login.exitCode == 0, login.err.constData());
}

TestCliRealism::Outcome TestCliRealism::failingCreate(const QString &shape, const QString &name, const QString &code)
{
    setShape(shape);
    m_sandbox.control("POST", u"/_sandbox/operations/fail-next"_s,
                      QJsonDocument(QJsonObject{{u"path"_s, QString(name + u"$"_s)},
                                                {u"errors"_s, QJsonArray{QJsonObject{{u"code"_s, code},
                                                                                     {u"message"_s, u"Refused by the service."_s}}}}}));
    const CliRun run = runCli({u"create"_s, name, u"--purpose"_s, u"dev-test"_s, u"--nodes"_s, u"1"_s,
                               u"--vm-size"_s, u"Standard_D2_v2"_s});
    // The name and the operation id differ between the runs; the rest of the text must not.
    QString err = QString::fromUtf8(run.err).replace(name, u"NAME"_s);
    err.replace(QRegularExpression(u"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"_s), u"ID"_s);
    return {run.exitCode, err.toUtf8()};
}

void TestCliRealism::sameMessagesAndExitCodes_data()
{
    QTest::addColumn<QString>("shape");
    QTest::newRow("wrapped") << u"wrapped"_s;
    QTest::newRow("innerError") << u"innerError"_s;
}

void TestCliRealism::sameMessagesAndExitCodes()
{
    QFETCH(QString, shape);
    const QString tag = shape.toLower();
    // A failed operation whose code the app has its own sentence for.
    const Outcome flat = failingCreate(u"flat"_s, u"flat-q-"_s + tag, u"QuotaExceeded"_s);
    const Outcome wrapped = failingCreate(shape, u"wrap-q-"_s + tag, u"QuotaExceeded"_s);
    QCOMPARE(flat.exitCode, 1);
    QVERIFY2(flat.err.contains("Refused by the service."), flat.err.constData());
    QCOMPARE(wrapped.exitCode, flat.exitCode);
    QCOMPARE(wrapped.err, flat.err);

    // A 404 of the Machine Learning service: exit code 5 and the same sentence.
    setShape(u"flat"_s);
    const CliRun flatMissing = runCli({u"show"_s, u"no-such-compute"_s});
    setShape(shape);
    const CliRun wrappedMissing = runCli({u"show"_s, u"no-such-compute"_s});
    QCOMPARE(flatMissing.exitCode, 5);
    QCOMPARE(wrappedMissing.exitCode, 5);
    QCOMPARE(wrappedMissing.err, flatMissing.err);
    setShape(u"flat"_s);
}

QTEST_GUILESS_MAIN(TestCliRealism)
#include "tst_cli_realism.moc"
