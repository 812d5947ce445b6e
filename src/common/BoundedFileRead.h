#pragma once
#include <QByteArray>
#include <QString>

namespace cw {

struct BoundedFileRead {
    bool ok = false;
    QByteArray data; // the whole file when ok
    QString error;   // human sentence when !ok
};

// Reads a file the user named (a certificate, a key, a kubeconfig, an endpoint file) without
// trusting it: a device (/dev/zero, /dev/urandom), a FIFO or a directory is refused before a
// byte is read (a FIFO must not block the open either), and at most maxBytes + 1 bytes are read
// whatever stat says, so a file that grows or lies about its size cannot exhaust memory. A file
// larger than maxBytes is refused.
BoundedFileRead readBoundedFile(const QString &path, qint64 maxBytes);

} // namespace cw
