#pragma once
#include <QByteArray>
#include <QIODevice>

namespace cw::arm {

// A request body that can be read exactly once. Qt's HTTP/1.1 layer silently re-sends a request
// whose connection closed before any answer, by rewinding the upload device. For a create PUT
// (and POST/PATCH) that would be a blind re-send after an ambiguous failure; with a body that
// cannot be rewound Qt reports ContentReSendError instead, and the job decides (GET first).
class OneShotBody : public QIODevice
{
    Q_OBJECT
public:
    OneShotBody(QByteArray bytes, QObject *parent);

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    bool reset() override { return false; }
    bool seek(qint64) override { return false; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_bytes;
    qint64 m_position = 0;
};

} // namespace cw::arm
