#pragma once
#include <QByteArray>
#include <QByteArrayView>

// Follows the framing of the HTTP/1.1 requests arriving on one connection, incrementally and with
// bounded memory: where each request's head and body end (Content-Length or chunked). It does not
// build requests (Qt HttpServer does); it only decides whether the bytes are a well-framed request
// within the limits, so the connection guard can refuse them before Qt parses them. Pure logic.
namespace cw::sandbox {

class HttpRequestFramer {
public:
    enum class Verdict {
        Ok,
        BadRequest,       // 400: malformed request line, header, Content-Length or chunk
        HeadTooLarge,     // 431: request line + headers (or trailer) over the limit
        BodyTooLarge,     // 413: declared or received body over the limit
        NotImplemented,   // 501: a method or transfer coding the sandbox does not serve
    };
    struct Result {
        Verdict verdict = Verdict::Ok;
        QByteArray reason;  // one English sentence for the error body
        int completed = 0;  // requests that ended within the bytes fed
    };

    HttpRequestFramer(qsizetype maxHeadBytes, qsizetype maxBodyBytes);

    // Feeds the next bytes of the connection. After a violation every later call repeats it.
    Result feed(QByteArrayView bytes);
    // Some bytes of a request that has not ended yet were seen (blank lines between requests
    // do not count).
    bool inRequest() const { return m_state != State::Start; }

private:
    enum class State { Start, Head, Body, ChunkSize, ChunkData, ChunkDataEnd, Trailer };

    Result fail(Verdict verdict, QByteArray reason);
    Verdict endOfHead(QByteArray *reason);
    Verdict chunkSizeLine(QByteArray *reason);
    void finishRequest();

    const qsizetype m_maxHead;
    const qsizetype m_maxBody;
    State m_state = State::Start;
    QByteArray m_line;        // the head, a chunk-size line or the trailer, while incomplete
    qint64 m_remaining = 0;   // body or chunk bytes still to come
    qint64 m_bodySeen = 0;    // chunked: body bytes so far
    Result m_failure;         // set once a violation was found
};

} // namespace cw::sandbox
