// What the answer to a create/attach PUT says about whether it reached Azure (issue 17, item 1):
// only a definite refusal lets it be sent again; the record's resumable flag and TLS storage
// survive the journal.
#include <QTest>

#include "ops/OperationRecord.h"
#include "ops/PutAnswer.h"
#include "ops/TlsRecovery.h"

using namespace cw;
using Kind = arm::ArmError::Kind;

Q_DECLARE_METATYPE(cw::ops::PutAnswer)

namespace {

arm::ArmResponse answer(int status, std::optional<Kind> kind)
{
    arm::ArmResponse r;
    r.httpStatus = status;
    if (kind)
        r.error = arm::ArmError::make(*kind, QStringLiteral("Code"), QStringLiteral("message"));
    return r;
}

} // namespace

class TestPutAnswer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void classifies_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("kind"); // -1: no error
        QTest::addColumn<ops::PutAnswer>("expected");
        QTest::newRow("201") << 201 << -1 << ops::PutAnswer::Accepted;
        QTest::newRow("200 unreadable body") << 200 << int(Kind::Malformed) << ops::PutAnswer::Accepted;
        QTest::newRow("202 unreadable body") << 202 << int(Kind::Malformed) << ops::PutAnswer::Accepted;
        QTest::newRow("400") << 400 << int(Kind::Http) << ops::PutAnswer::Refused;
        QTest::newRow("403") << 403 << int(Kind::Http) << ops::PutAnswer::Refused;
        QTest::newRow("409") << 409 << int(Kind::Http) << ops::PutAnswer::Refused;
        QTest::newRow("429") << 429 << int(Kind::Http) << ops::PutAnswer::Refused;
        QTest::newRow("408") << 408 << int(Kind::Http) << ops::PutAnswer::Ambiguous;
        QTest::newRow("500") << 500 << int(Kind::Http) << ops::PutAnswer::Ambiguous;
        QTest::newRow("503") << 503 << int(Kind::Http) << ops::PutAnswer::Ambiguous;
        QTest::newRow("no answer") << 0 << int(Kind::Network) << ops::PutAnswer::Ambiguous;
        QTest::newRow("timeout") << 0 << int(Kind::Timeout) << ops::PutAnswer::Ambiguous;
        QTest::newRow("probed") << 0 << int(Kind::AmbiguousCreate) << ops::PutAnswer::Ambiguous;
        QTest::newRow("cancelled in flight") << 0 << int(Kind::Cancelled) << ops::PutAnswer::Ambiguous;
        QTest::newRow("400 unreadable body") << 400 << int(Kind::Malformed) << ops::PutAnswer::Ambiguous;
        QTest::newRow("certificate refused") << 0 << int(Kind::Tls) << ops::PutAnswer::Refused;
        QTest::newRow("no token") << 0 << int(Kind::Authentication) << ops::PutAnswer::Refused;
        QTest::newRow("refused here") << 0 << int(Kind::Refused) << ops::PutAnswer::Refused;
    }

    void classifies()
    {
        QFETCH(int, status);
        QFETCH(int, kind);
        QFETCH(ops::PutAnswer, expected);
        const auto error = kind < 0 ? std::nullopt : std::optional<Kind>(Kind(kind));
        QCOMPARE(ops::classifyPutAnswer(answer(status, error)), expected);
    }

    void resumableAndTlsStorageSurviveTheJournal()
    {
        ops::OperationRecord r = ops::OperationRecord::create(ops::OperationKind::Reattach, {}, QStringLiteral("c"));
        r.state = ops::OperationState::Failed;
        r.resumable = true;
        r.tlsKept = QStringLiteral("backup-file");
        r.tlsBackupFile = QStringLiteral("/tmp/x.json");
        const auto back = ops::recordFromJson(ops::toJson(r));
        QVERIFY(back);
        QVERIFY(back->resumable);
        QVERIFY(back->canResume());
        QCOMPARE(back->tlsKept, r.tlsKept);
        QCOMPARE(back->tlsBackupFile, r.tlsBackupFile);
        QVERIFY(ops::describeTlsKept(*back).contains(QStringLiteral("/tmp/x.json")));
        r.resumable = false;
        QVERIFY(!ops::recordFromJson(ops::toJson(r))->canResume());
    }
};

QTEST_GUILESS_MAIN(TestPutAnswer)
#include "tst_putanswer.moc"
