// Microsoft.Compute usages of a region (issue 16, item 16): Azure's shape ({value: [{currentValue,
// limit, name: {value, localizedValue}, unit}]}), "cores" counting the vCPUs of the
// subscription's clusters in the region against the regionalCoreQuota setting — the same count
// and limit that fail a create with QuotaExceeded — and one entry per VM family.
#include "SandboxTestUtil.h"

#include <QJsonArray>

using namespace cw::test;

class TestSandboxUsages : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(m_sbx.start({QStringLiteral("--fresh")})); }
    void init()
    {
        m_sbx.control("POST", QStringLiteral("/settings"),
                      QJsonDocument(QJsonObject{{QStringLiteral("regionalCoreQuota"), 100000}, {QStringLiteral("speed"), 0.01}}));
    }

    void shapeAndFamilies()
    {
        const HttpResult r = m_sbx.arm("GET", usagesPath(QStringLiteral("westeurope")));
        QCOMPARE(r.status, 200);
        const QJsonArray value = r.json().object().value(QStringLiteral("value")).toArray();
        QVERIFY(!value.isEmpty());
        qint64 families = 0;
        for (const QJsonValue &v : value) {
            const QJsonObject u = v.toObject();
            QCOMPARE(u.value(QStringLiteral("unit")).toString(), QStringLiteral("Count"));
            QVERIFY(u.value(QStringLiteral("currentValue")).isDouble());
            QVERIFY(u.value(QStringLiteral("limit")).isDouble());
            const QJsonObject name = u.value(QStringLiteral("name")).toObject();
            QVERIFY(!name.value(QStringLiteral("value")).toString().isEmpty());
            QVERIFY(!name.value(QStringLiteral("localizedValue")).toString().isEmpty());
            if (name.value(QStringLiteral("value")).toString().endsWith(QLatin1String("Family")))
                families += qint64(u.value(QStringLiteral("currentValue")).toDouble());
        }
        const QJsonObject cores = usage(QStringLiteral("westeurope"), QStringLiteral("cores"));
        QCOMPARE(cores.value(QStringLiteral("name")).toObject().value(QStringLiteral("localizedValue")).toString(),
                 QStringLiteral("Total Regional vCPUs"));
        QCOMPARE(qint64(cores.value(QStringLiteral("limit")).toDouble()), qint64(100000));
        QVERIFY(cores.value(QStringLiteral("currentValue")).toDouble() > 0); // the seed's clusters
        QCOMPARE(families, qint64(cores.value(QStringLiteral("currentValue")).toDouble()));
        const QJsonObject dv2 = usage(QStringLiteral("westeurope"), QStringLiteral("standardDv2Family"));
        QCOMPARE(dv2.value(QStringLiteral("name")).toObject().value(QStringLiteral("localizedValue")).toString(),
                 QStringLiteral("Standard Dv2 Family vCPUs"));
        // Another region counts its own clusters only (aks-eastus: 3 × Standard_D3_v2).
        QCOMPARE(qint64(usage(QStringLiteral("eastus"), QStringLiteral("cores")).value(QStringLiteral("currentValue")).toDouble()),
                 qint64(12));
    }

    void refusals()
    {
        QCOMPARE(m_sbx.arm("GET", usagesPath(QStringLiteral("atlantis"))).status, 404);
        QCOMPARE(m_sbx.arm("POST", usagesPath(QStringLiteral("westeurope")), "{}").status, 405);
        const QString noVersion = usagesPath(QStringLiteral("westeurope")).section(QLatin1Char('?'), 0, 0);
        QCOMPARE(m_sbx.arm("GET", noVersion).status, 400);
    }

    // What usages says is what a create is held to: one vCPU short fails with QuotaExceeded and
    // the service's "Current Usage" is usages' currentValue; a create that fits adds its vCPUs.
    void agreesWithTheCreateOutcome()
    {
        const qint64 used = qint64(usage(QStringLiteral("westeurope"), QStringLiteral("cores"))
                                       .value(QStringLiteral("currentValue")).toDouble());
        m_sbx.control("POST", QStringLiteral("/settings"),
                      QJsonDocument(QJsonObject{{QStringLiteral("regionalCoreQuota"), used + 11}}));
        QCOMPARE(m_sbx.arm("PUT", computePath(m_sbx, QStringLiteral("quota-short")), jsonBytes(createBody())).status, 201);
        QTRY_COMPARE_WITH_TIMEOUT(provisioningState(m_sbx, QStringLiteral("quota-short")), QStringLiteral("Failed"), 10000);
        const QString error = firstProvisioningError(m_sbx, QStringLiteral("quota-short"));
        QVERIFY2(error.contains(QStringLiteral("Current Usage: %1,").arg(used)), qPrintable(error));
        QCOMPARE(m_sbx.arm("DELETE", computePath(m_sbx, QStringLiteral("quota-short"),
                                                 QStringLiteral("&underlyingResourceAction=Delete"))).status, 202);

        m_sbx.control("POST", QStringLiteral("/settings"),
                      QJsonDocument(QJsonObject{{QStringLiteral("regionalCoreQuota"), used + 12}}));
        QTRY_COMPARE_WITH_TIMEOUT(qint64(usage(QStringLiteral("westeurope"), QStringLiteral("cores"))
                                             .value(QStringLiteral("currentValue")).toDouble()), used, 10000);
        QCOMPARE(m_sbx.arm("PUT", computePath(m_sbx, QStringLiteral("quota-fits")), jsonBytes(createBody())).status, 201);
        QTRY_COMPARE_WITH_TIMEOUT(provisioningState(m_sbx, QStringLiteral("quota-fits")), QStringLiteral("Succeeded"), 10000);
        const QJsonObject cores = usage(QStringLiteral("westeurope"), QStringLiteral("cores"));
        QCOMPARE(qint64(cores.value(QStringLiteral("currentValue")).toDouble()), used + 12);
        QCOMPARE(qint64(cores.value(QStringLiteral("limit")).toDouble()), used + 12);
    }

private:
    QString usagesPath(const QString &location)
    {
        return subPath(m_sbx) + QStringLiteral("/providers/Microsoft.Compute/locations/%1/usages?api-version=2023-03-01").arg(location);
    }
    QJsonObject usage(const QString &location, const QString &name)
    {
        for (const QJsonValue &v : m_sbx.arm("GET", usagesPath(location)).json().object().value(QStringLiteral("value")).toArray())
            if (v.toObject().value(QStringLiteral("name")).toObject().value(QStringLiteral("value")).toString() == name)
                return v.toObject();
        return {};
    }
    SandboxProcess m_sbx;
};

QTEST_MAIN(TestSandboxUsages)
#include "tst_SandboxUsages.moc"
