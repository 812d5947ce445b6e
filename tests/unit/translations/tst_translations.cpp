// The Italian catalogue reaches text made outside QObject classes. lupdate files a tr() call under
// the context it sees in the code (the namespace for free functions, the class for members); a
// helper translating under another context compiles and runs but shows English. These are the
// places that once did.
#include "arm/ArmError.h"
#include "kube/KubeError.h"
#include "ops/OperationPlan.h"
#include "rules/ComputeSpec.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using namespace cw;

class TestTranslations : public QObject
{
    Q_OBJECT
    QTranslator m_italian;

private Q_SLOTS:
    void initTestCase()
    {
        const QString qm = qEnvironmentVariable("CW_BINARY_DIR") + QStringLiteral("/app/gui/clusterwright_it.qm");
        QVERIFY2(m_italian.load(qm), qPrintable(qm));
        QVERIFY(QCoreApplication::installTranslator(&m_italian));
    }

    void operationStepTitles()
    {
        rules::ComputeSpec spec;
        spec.mode = rules::ComputeMode::Create;
        spec.name = QStringLiteral("aks1");
        const ops::OperationRecord plan = ops::planCreateOrAttach(spec, QStringLiteral("AzureCloud"));
        QVERIFY(!plan.steps.isEmpty());
        QCOMPARE(plan.steps.first().title, QStringLiteral("Verifica che il nome sia disponibile"));
        const ops::OperationRecord reattach = ops::planReattach({}, QStringLiteral("aks1"));
        for (const ops::OperationStep &step : reattach.steps)
            QVERIFY2(!step.title.startsWith(QLatin1String("Read ")) && !step.title.startsWith(QLatin1String("Detach")),
                     qPrintable(step.title));
    }

    void armErrorSentences()
    {
        const arm::ArmError error = arm::ArmError::fromHttp(403, R"({"error":{"code":"RequestDisallowedByPolicy","message":"x"}})");
        QVERIFY2(error.humanMessage().startsWith(QLatin1String("Un criterio di Azure di questa sottoscrizione vieta")),
                 qPrintable(error.humanMessage()));
    }

    void kubeErrorSentences()
    {
        const kube::KubeError error = kube::KubeError::fromHttp(404, {}, QStringLiteral("secret"));
        QVERIFY2(error.sentence.endsWith(QLatin1String("non esiste.")), qPrintable(error.sentence));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
