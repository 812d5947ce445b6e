#pragma once
// Reads cert.pem / key.pem and runs tls::inspectPair off the GUI thread (an encrypted key's key
// derivation may take a noticeable time). Only the newest request's answer is delivered: a
// result for inputs the user has already changed is dropped.
#include "tls/CertificateReport.h"

#include <QObject>

namespace cw::ui {

struct CertificateInspection {
    QString certPem;
    QString keyPem;
    QString readError;               // a file could not be read (then report is empty)
    tls::CertificatePairReport report;
};

struct CertificateInspectionRequest {
    QString certPath;
    QString keyPath;
    QString passphrase;
    QString cname;
};

class CertificateInspector : public QObject
{
    Q_OBJECT
public:
    explicit CertificateInspector(QObject *parent = nullptr);

    void inspect(const CertificateInspectionRequest &request);
    bool isBusy() const { return m_pending != 0; }

    // Synchronous core, public for the CLI and tests.
    static CertificateInspection run(const CertificateInspectionRequest &request);

Q_SIGNALS:
    void started();
    void finished(const cw::ui::CertificateInspection &result);

private:
    void deliver(quint64 generation, const cw::ui::CertificateInspection &result);

    quint64 m_generation = 0;
    int m_pending = 0;
};

// Carries one result from the worker thread back to the GUI thread (queued signal).
class CertificateInspectionRelay : public QObject
{
    Q_OBJECT
Q_SIGNALS:
    void done(quint64 generation, const cw::ui::CertificateInspection &result);
};

} // namespace cw::ui
