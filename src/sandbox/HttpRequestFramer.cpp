#include "sandbox/HttpRequestFramer.h"

#include <QList>

#include <algorithm>
#include <cctype>
#include <limits>

namespace cw::sandbox {
namespace {

constexpr qsizetype kMaxChunkSizeLine = 1024; // "<hex size>[;extension]": a few bytes in practice

bool isTchar(char c)
{
    const auto u = static_cast<unsigned char>(c);
    if ((u >= '0' && u <= '9') || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z'))
        return true;
    return QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(QByteArrayView v)
{
    return !v.isEmpty() && std::all_of(v.begin(), v.end(), isTchar);
}

// Field values: visible characters, spaces and tabs, obs-text; no other control characters.
bool isFieldValue(QByteArrayView v)
{
    return std::none_of(v.begin(), v.end(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return (u < 0x20 && u != '\t') || u == 0x7f;
    });
}

QByteArrayView trimmedOws(QByteArrayView v)
{
    while (!v.isEmpty() && (v.front() == ' ' || v.front() == '\t'))
        v = v.sliced(1);
    while (!v.isEmpty() && (v.back() == ' ' || v.back() == '\t'))
        v.chop(1);
    return v;
}

// Splits a head or trailer into lines without their CRLF/LF; false when a CR stands alone.
bool splitLines(QByteArrayView text, QList<QByteArrayView> *lines)
{
    while (!text.isEmpty()) {
        const qsizetype nl = text.indexOf('\n');
        QByteArrayView line = nl < 0 ? text : text.first(nl);
        text = nl < 0 ? QByteArrayView() : text.sliced(nl + 1);
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.contains('\r'))
            return false;
        lines->append(line);
    }
    return true;
}

// An empty line ends the head: "\r\n\r\n", "\n\n" or a mix (bare LF is tolerated, as by Qt).
bool endsWithEmptyLine(const QByteArray &text)
{
    return text.endsWith("\n\n") || text.endsWith("\n\r\n");
}

} // namespace

HttpRequestFramer::HttpRequestFramer(qsizetype maxHeadBytes, qsizetype maxBodyBytes)
    : m_maxHead(maxHeadBytes)
    , m_maxBody(maxBodyBytes)
{
}

HttpRequestFramer::Result HttpRequestFramer::fail(Verdict verdict, QByteArray reason)
{
    m_failure.verdict = verdict;
    m_failure.reason = std::move(reason);
    m_line.clear();
    m_line.squeeze();
    return m_failure;
}

HttpRequestFramer::Result HttpRequestFramer::feed(QByteArrayView bytes)
{
    if (m_failure.verdict != Verdict::Ok)
        return m_failure;
    Result result;
    qsizetype i = 0;
    const qsizetype n = bytes.size();
    while (i < n) {
        switch (m_state) {
        case State::Start:
            // Blank lines before a request line are ignored (RFC 9112 §2.2).
            if (bytes[i] == '\r' || bytes[i] == '\n') {
                ++i;
                break;
            }
            m_state = State::Head;
            break;
        case State::Head:
        case State::Trailer: {
            const char c = bytes[i++];
            // No client of ARM or Azure AD sends trailer fields, and Qt HttpServer 6.4 takes the
            // request as complete at the trailer's first byte (it would process a request whose
            // trailer is still arriving, or over the limit): refuse any trailer field at once.
            if (m_state == State::Trailer && m_line.isEmpty() && c != '\r' && c != '\n')
                return fail(Verdict::BadRequest, QByteArrayLiteral("The sandbox does not accept trailer fields in a chunked body."));
            m_line.append(c);
            if (m_line.size() > m_maxHead)
                return fail(Verdict::HeadTooLarge,
                            m_state == State::Head ? QByteArrayLiteral("The request line and headers exceed the size limit.")
                                                   : QByteArrayLiteral("The chunked body's trailer exceeds the size limit."));
            if (c != '\n')
                break;
            const bool emptyTrailer = m_state == State::Trailer && (m_line == "\n" || m_line == "\r\n");
            if (!emptyTrailer && !endsWithEmptyLine(m_line))
                break;
            if (m_state == State::Head) {
                QByteArray reason;
                if (const Verdict v = endOfHead(&reason); v != Verdict::Ok)
                    return fail(v, reason);
            } else {
                QList<QByteArrayView> lines;
                if (!splitLines(m_line, &lines))
                    return fail(Verdict::BadRequest, QByteArrayLiteral("The chunked body's trailer is malformed."));
                for (const QByteArrayView line : std::as_const(lines)) {
                    const qsizetype colon = line.indexOf(':');
                    if (!line.isEmpty() && (colon <= 0 || !isToken(line.first(colon)) || !isFieldValue(line.sliced(colon + 1))))
                        return fail(Verdict::BadRequest, QByteArrayLiteral("The chunked body's trailer is malformed."));
                }
                finishRequest();
            }
            if (m_state == State::Start)
                ++result.completed;
            break;
        }
        case State::Body:
        case State::ChunkData: {
            const qint64 take = std::min<qint64>(m_remaining, n - i);
            i += take;
            m_remaining -= take;
            if (m_remaining > 0)
                break;
            if (m_state == State::Body) {
                finishRequest();
                ++result.completed;
            } else {
                m_state = State::ChunkDataEnd;
                m_line.clear();
            }
            break;
        }
        case State::ChunkDataEnd: {
            const char c = bytes[i++];
            if (c == '\r' && m_line.isEmpty()) {
                m_line.append(c);
                break;
            }
            if (c != '\n')
                return fail(Verdict::BadRequest, QByteArrayLiteral("A chunk's data is not followed by CRLF."));
            m_line.clear();
            m_state = State::ChunkSize;
            break;
        }
        case State::ChunkSize: {
            const char c = bytes[i++];
            m_line.append(c);
            if (m_line.size() > kMaxChunkSizeLine)
                return fail(Verdict::BadRequest, QByteArrayLiteral("A chunk-size line is too long."));
            if (c != '\n')
                break;
            QByteArray reason;
            if (const Verdict v = chunkSizeLine(&reason); v != Verdict::Ok)
                return fail(v, reason);
            break;
        }
        }
    }
    return result;
}

HttpRequestFramer::Verdict HttpRequestFramer::endOfHead(QByteArray *reason)
{
    QList<QByteArrayView> lines;
    if (!splitLines(m_line, &lines) || lines.isEmpty()) {
        *reason = "The request head contains a bare CR.";
        return Verdict::BadRequest;
    }
    // request-line = method SP request-target SP HTTP-version
    const QByteArrayView requestLine = lines.first();
    const qsizetype sp1 = requestLine.indexOf(' ');
    const qsizetype sp2 = requestLine.lastIndexOf(' ');
    if (sp1 <= 0 || sp2 <= sp1 + 1) {
        *reason = "The request line is not 'METHOD target HTTP/1.1'.";
        return Verdict::BadRequest;
    }
    const QByteArrayView method = requestLine.first(sp1);
    const QByteArrayView target = requestLine.sliced(sp1 + 1, sp2 - sp1 - 1);
    const QByteArrayView version = requestLine.sliced(sp2 + 1);
    const bool visibleTarget = std::all_of(target.begin(), target.end(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return u > 0x20 && u < 0x7f;
    });
    if (!isToken(method) || !visibleTarget || (version != "HTTP/1.1" && version != "HTTP/1.0")) {
        *reason = "The request line is not 'METHOD target HTTP/1.1'.";
        return Verdict::BadRequest;
    }
    static const QByteArrayView served[] = {"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"};
    if (std::find(std::begin(served), std::end(served), method) == std::end(served)) {
        *reason = "The method is not supported.";
        return Verdict::NotImplemented;
    }

    bool hasLength = false;
    qint64 length = 0;
    QList<QByteArray> codings;
    for (qsizetype k = 1; k < lines.size(); ++k) {
        const QByteArrayView line = lines.at(k);
        if (line.isEmpty())
            continue; // the final empty line
        if (line.front() == ' ' || line.front() == '\t') {
            *reason = "Obsolete header line folding is not accepted.";
            return Verdict::BadRequest;
        }
        const qsizetype colon = line.indexOf(':');
        const QByteArrayView name = colon > 0 ? line.first(colon) : QByteArrayView();
        const QByteArrayView value = colon > 0 ? trimmedOws(line.sliced(colon + 1)) : QByteArrayView();
        if (!isToken(name) || !isFieldValue(value)) {
            *reason = "A header field is malformed.";
            return Verdict::BadRequest;
        }
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0) {
            // One value, digits only: "-1", "+5", "5, 5" and a second Content-Length (the
            // request-smuggling shapes) are refused rather than guessed at.
            if (hasLength) {
                *reason = "The request has more than one Content-Length.";
                return Verdict::BadRequest;
            }
            if (value.isEmpty() || !std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; })) {
                *reason = "Content-Length is not a non-negative decimal integer.";
                return Verdict::BadRequest;
            }
            hasLength = true;
            length = value.size() > 18 ? std::numeric_limits<qint64>::max() : value.toLongLong();
        } else if (name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0) {
            for (const QByteArray &coding : value.toByteArray().split(','))
                if (const QByteArrayView c = trimmedOws(coding); !c.isEmpty())
                    codings.append(c.toByteArray().toLower());
        }
    }

    if (!codings.isEmpty()) {
        if (hasLength) {
            *reason = "The request has both Content-Length and Transfer-Encoding.";
            return Verdict::BadRequest;
        }
        if (version != "HTTP/1.1" || codings.last() != "chunked" || codings.count("chunked") != 1) {
            *reason = "Transfer-Encoding must end with a single 'chunked'.";
            return Verdict::BadRequest;
        }
        if (codings.size() > 1) {
            *reason = "Transfer codings other than 'chunked' are not supported.";
            return Verdict::NotImplemented;
        }
        m_state = State::ChunkSize;
        m_bodySeen = 0;
        m_line.clear();
        return Verdict::Ok;
    }
    if (length > m_maxBody) {
        *reason = "The request body exceeds the size limit.";
        return Verdict::BodyTooLarge;
    }
    if (length > 0) {
        m_state = State::Body;
        m_remaining = length;
        m_line.clear();
        return Verdict::Ok;
    }
    finishRequest();
    return Verdict::Ok;
}

HttpRequestFramer::Verdict HttpRequestFramer::chunkSizeLine(QByteArray *reason)
{
    QByteArrayView line(m_line);
    line.chop(line.endsWith("\r\n") ? 2 : 1);
    qsizetype digits = 0;
    while (digits < line.size() && std::isxdigit(static_cast<unsigned char>(line[digits])))
        ++digits;
    // chunk-size [ BWS ";" chunk-ext ]; at most 15 hex digits so the sum cannot overflow.
    const QByteArrayView rest = trimmedOws(line.sliced(digits));
    if (digits == 0 || digits > 15 || line.contains('\r') || (!rest.isEmpty() && (rest.front() != ';' || !isFieldValue(rest)))) {
        *reason = "A chunk size is not a hexadecimal number.";
        return Verdict::BadRequest;
    }
    const qint64 size = line.first(digits).toLongLong(nullptr, 16);
    if (m_bodySeen + size > m_maxBody) {
        *reason = "The request body exceeds the size limit.";
        return Verdict::BodyTooLarge;
    }
    m_bodySeen += size;
    m_line.clear();
    if (size == 0) {
        m_state = State::Trailer;
    } else {
        m_state = State::ChunkData;
        m_remaining = size;
    }
    return Verdict::Ok;
}

void HttpRequestFramer::finishRequest()
{
    m_state = State::Start;
    m_line.clear();
    m_remaining = 0;
    m_bodySeen = 0;
}

} // namespace cw::sandbox
