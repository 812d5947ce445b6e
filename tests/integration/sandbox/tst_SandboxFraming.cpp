// The sandbox's request framing rules (HttpRequestFramer), byte by byte and all at once.
#include "sandbox/HttpRequestFramer.h"

#include <QTest>

using cw::sandbox::HttpRequestFramer;
using Verdict = HttpRequestFramer::Verdict;

Q_DECLARE_METATYPE(HttpRequestFramer::Verdict)

namespace {

constexpr qsizetype kHead = 1024;
constexpr qsizetype kBody = 4096;

struct Outcome {
    Verdict verdict = Verdict::Ok;
    int completed = 0;
    bool inRequest = false;
};

Outcome feedAll(const QByteArray &bytes, bool byteByByte)
{
    HttpRequestFramer framer(kHead, kBody);
    Outcome out;
    const qsizetype step = byteByByte ? 1 : bytes.size();
    for (qsizetype i = 0; i < bytes.size(); i += step) {
        const HttpRequestFramer::Result r = framer.feed(QByteArrayView(bytes).sliced(i, std::min(step, bytes.size() - i)));
        out.completed += r.completed;
        if (r.verdict != Verdict::Ok) {
            out.verdict = r.verdict;
            break;
        }
    }
    out.inRequest = framer.inRequest();
    return out;
}

QByteArray put(const QByteArray &headers, const QByteArray &body = {})
{
    return "PUT /x?api-version=1 HTTP/1.1\r\nHost: h\r\n" + headers + "\r\n" + body;
}

} // namespace

class TestSandboxFraming : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void framing_data();
    void framing();
    void violationIsSticky();
};

void TestSandboxFraming::framing_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<Verdict>("verdict");
    QTest::addColumn<int>("completed");
    QTest::addColumn<bool>("inRequest");

    QTest::newRow("GET") << QByteArray("GET / HTTP/1.1\r\nHost: h\r\n\r\n") << Verdict::Ok << 1 << false;
    QTest::newRow("bare LF") << QByteArray("GET / HTTP/1.1\nHost: h\n\n") << Verdict::Ok << 1 << false;
    QTest::newRow("two in a row, blank line between") << QByteArray("GET / HTTP/1.1\r\n\r\n\r\nGET /b HTTP/1.0\r\n\r\n")
                                                      << Verdict::Ok << 2 << false;
    QTest::newRow("Content-Length body") << put("Content-Length: 5\r\n", "hello") << Verdict::Ok << 1 << false;
    QTest::newRow("body still coming") << put("Content-Length: 5\r\n", "hel") << Verdict::Ok << 0 << true;
    QTest::newRow("head still coming") << QByteArray("GET / HTTP/1.1\r\nHo") << Verdict::Ok << 0 << true;
    QTest::newRow("chunked") << put("Transfer-Encoding: chunked\r\n", "5;ext=1\r\nhello\r\nA\r\n0123456789\r\n0\r\n\r\n")
                             << Verdict::Ok << 1 << false;
    // Qt HttpServer would process the request at the trailer's first byte: trailers are refused.
    QTest::newRow("chunked with a trailer field") << put("Transfer-Encoding: chunked\r\n", "5\r\nhello\r\n0\r\nX-T: 1\r\n\r\n")
                                                  << Verdict::BadRequest << 0 << false;
    QTest::newRow("chunked, no trailer") << put("Transfer-Encoding: Chunked\r\n", "0\r\n\r\n") << Verdict::Ok << 1 << false;

    QTest::newRow("negative Content-Length") << put("Content-Length: -1\r\n") << Verdict::BadRequest << 0 << false;
    QTest::newRow("signed Content-Length") << put("Content-Length: +5\r\n", "hello") << Verdict::BadRequest << 0 << false;
    QTest::newRow("Content-Length list") << put("Content-Length: 5, 5\r\n", "hello") << Verdict::BadRequest << 0 << false;
    QTest::newRow("duplicate Content-Length") << put("Content-Length: 5\r\nContent-Length: 6\r\n", "hello!")
                                              << Verdict::BadRequest << 0 << false;
    QTest::newRow("empty Content-Length") << put("Content-Length: \r\n") << Verdict::BadRequest << 0 << false;
    QTest::newRow("Content-Length and chunked") << put("Content-Length: 5\r\nTransfer-Encoding: chunked\r\n", "0\r\n\r\n")
                                                << Verdict::BadRequest << 0 << false;
    QTest::newRow("chunked not last") << put("Transfer-Encoding: chunked, gzip\r\n") << Verdict::BadRequest << 0 << false;
    QTest::newRow("gzip, chunked") << put("Transfer-Encoding: gzip, chunked\r\n") << Verdict::NotImplemented << 0 << false;
    QTest::newRow("invalid chunk size") << put("Transfer-Encoding: chunked\r\n", "zz\r\nhello\r\n0\r\n\r\n")
                                        << Verdict::BadRequest << 0 << false;
    QTest::newRow("negative chunk size") << put("Transfer-Encoding: chunked\r\n", "-5\r\nhello\r\n0\r\n\r\n")
                                         << Verdict::BadRequest << 0 << false;
    QTest::newRow("chunk size overflow") << put("Transfer-Encoding: chunked\r\n", "10000000000000000\r\n")
                                         << Verdict::BadRequest << 0 << false;
    QTest::newRow("chunk without CRLF") << put("Transfer-Encoding: chunked\r\n", "2\r\nhello\r\n0\r\n\r\n")
                                        << Verdict::BadRequest << 0 << false;
    QTest::newRow("obs-fold") << put("X-A: 1\r\n folded\r\n") << Verdict::BadRequest << 0 << false;
    QTest::newRow("space before colon") << put("X-A : 1\r\n") << Verdict::BadRequest << 0 << false;
    QTest::newRow("bare CR") << QByteArray("GET / HTTP/1.1\r\nX-A: 1\r2\r\n\r\n") << Verdict::BadRequest << 0 << false;
    QTest::newRow("NUL in value") << put(QByteArray("X-A: 1\0002\r\n", 10)) << Verdict::BadRequest << 0 << false;
    QTest::newRow("HTTP/2 preface") << QByteArray("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n") << Verdict::BadRequest << 0 << false;
    QTest::newRow("no version") << QByteArray("GET /\r\n\r\n") << Verdict::BadRequest << 0 << false;
    QTest::newRow("unknown method") << QByteArray("BREW /pot HTTP/1.1\r\n\r\n") << Verdict::NotImplemented << 0 << false;

    QTest::newRow("head too large") << QByteArray("GET / HTTP/1.1\r\nX-A: " + QByteArray(kHead, 'a') + "\r\n\r\n")
                                    << Verdict::HeadTooLarge << 0 << false;
    QTest::newRow("head never ends") << QByteArray(kHead + 1, 'G') << Verdict::HeadTooLarge << 0 << false;
    QTest::newRow("declared body too large") << put("Content-Length: 4097\r\n") << Verdict::BodyTooLarge << 0 << false;
    QTest::newRow("huge Content-Length") << put("Content-Length: 99999999999999999999999\r\n") << Verdict::BodyTooLarge << 0 << false;
    QTest::newRow("chunked body too large") << put("Transfer-Encoding: chunked\r\n", "800\r\n" + QByteArray(0x800, 'a') + "\r\n801\r\n")
                                            << Verdict::BodyTooLarge << 0 << false;
    QTest::newRow("body at the limit") << put("Content-Length: 4096\r\n", QByteArray(kBody, 'a')) << Verdict::Ok << 1 << false;
}

void TestSandboxFraming::framing()
{
    QFETCH(QByteArray, bytes);
    QFETCH(Verdict, verdict);
    QFETCH(int, completed);
    QFETCH(bool, inRequest);
    for (const bool byteByByte : {false, true}) {
        const Outcome out = feedAll(bytes, byteByByte);
        QCOMPARE(out.verdict, verdict);
        if (verdict == Verdict::Ok) {
            QCOMPARE(out.completed, completed);
            QCOMPARE(out.inRequest, inRequest);
        }
    }
}

void TestSandboxFraming::violationIsSticky()
{
    HttpRequestFramer framer(kHead, kBody);
    QCOMPARE(framer.feed("GET / HTTP/1.1\r\nContent-Length: x\r\n\r\n").verdict, Verdict::BadRequest);
    const HttpRequestFramer::Result again = framer.feed("GET / HTTP/1.1\r\n\r\n");
    QCOMPARE(again.verdict, Verdict::BadRequest);
    QCOMPARE(again.completed, 0);
    QVERIFY(!again.reason.isEmpty());
}

QTEST_GUILESS_MAIN(TestSandboxFraming)
#include "tst_SandboxFraming.moc"
