// Runs one operation the way the application does (journal on disk, TLS material in the real
// keychain) so that tst_crash_resume can SIGKILL it at any step and start it again with
// "resume". Usage: cw_crash_helper <journal-dir> reattach|create|create-tls|migrate|attach-v2|resume <compute-name>
// The sandbox endpoint comes from CW_HELPER_* environment variables (test data only);
// CW_HELPER_TLS_BACKUP names a re-attach's or a move's TLS backup file (as `--tls-backup-file`),
// CW_HELPER_CERT/CW_HELPER_KEY/CW_HELPER_CNAME the custom certificate of create-tls and attach-v2
// (the wizard's v2 attach: the Azure ML extension installed on CW_HELPER_CLUSTER with that
// certificate as protected settings, then the cluster attached as a Kubernetes compute).
// CW_HELPER_HOLD_AT_STEP=N makes the helper stop dead (no event processed any more) once step N
// or a later one is running and journaled, so the test's SIGKILL lands exactly there: a quick
// last step can no longer finish the operation before the kill (which used to let a row pass
// without exercising resume at all).
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>
#include <QThread>

#include <cstdio>

#include "arm/ArmConnection.h"
#include "auth/SandboxCredential.h"
#include "azure/KubernetesComputeSpec.h"
#include "ops/Journal.h"
#include "ops/OperationRunner.h"
#include "rules/ComputeSpec.h"
#include "secrets/KeychainSecretStore.h"

using namespace cw;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4)
        return 64;
    const QString journalDir = args.at(1), mode = args.at(2), compute = args.at(3);
    const auto env = [](const char *name) { return qEnvironmentVariable(name); };
    const QUrl base(env("CW_HELPER_BASEURL"));
    const QString caFile = env("CW_HELPER_CAFILE");
    auto credential = std::make_shared<auth::SandboxCredential>(base, caFile, env("CW_HELPER_TENANT"),
                                                                env("CW_HELPER_CLIENT"),
                                                                env("CW_HELPER_SECRET").toUtf8());
    arm::ArmConnection connection(auth::CloudEnvironment::sandbox(base, caFile), credential);
    ops::Journal journal(journalDir);
    secrets::KeychainSecretStore keychain(QStringLiteral("clusterwright-crash-test"), &app);
    ops::OperationRunner runner(&connection, &journal, &keychain);
    runner.setDefaultPollIntervalMs(50);
    QObject::connect(&runner, &ops::OperationRunner::operationFinished, &app, [&](const ops::OperationRecord &r) {
        std::printf("%s %s\n", qPrintable(ops::nameOf(r.state)), qPrintable(r.error));
        std::fflush(stdout);
        app.exit(r.state == ops::OperationState::Succeeded ? 0 : 1);
    });

    bool holdOk = false;
    const int holdAtStep = env("CW_HELPER_HOLD_AT_STEP").toInt(&holdOk);
    if (holdOk) {
        const auto holdIfThere = [holdAtStep](const ops::OperationRecord &r) {
            if (r.currentStep >= holdAtStep && r.currentStep < r.steps.size()
                && r.steps.at(r.currentStep).state == ops::StepState::Running) {
                // The journal writes on its own thread, so the checkpoint still reaches the disk.
                std::printf("holding at step %d\n", int(r.currentStep));
                std::fflush(stdout);
                for (;;)
                    QThread::sleep(3600);
            }
        };
        QObject::connect(&runner, &ops::OperationRunner::operationStarted, &app, holdIfThere);
        QObject::connect(&runner, &ops::OperationRunner::operationChanged, &app, holdIfThere);
    }

    // CW_HELPER_HOLD_AT_PHASE=extensionPut|computePut: a move holds once that PUT's intent is
    // journaled (the request is about to leave), so a resume must look before sending it.
    const std::string holdPhase = env("CW_HELPER_HOLD_AT_PHASE").toStdString();
    if (!holdPhase.empty()) {
        const auto holdAtIntent = [holdPhase](const ops::OperationRecord &r) {
            if (r.migration.is_object() && r.migration.value(holdPhase, std::string()) == "intent-recorded") {
                std::printf("holding at %s intent\n", holdPhase.c_str());
                std::fflush(stdout);
                for (;;)
                    QThread::sleep(3600);
            }
        };
        QObject::connect(&runner, &ops::OperationRunner::operationChanged, &app, holdAtIntent);
    }

    const WorkspaceRef ws{.cloud = QStringLiteral("Sandbox"), .subscriptionId = env("CW_HELPER_SUB"),
                          .resourceGroup = QStringLiteral("rg-ml"), .workspace = QStringLiteral("ws-demo")};
    if (mode == QLatin1String("migrate")) {
        runner.startMigrate(ws, compute, {.tlsBackupFile = env("CW_HELPER_TLS_BACKUP")});
    } else if (mode == QLatin1String("reattach")) {
        runner.startReattach(ws, compute, std::nullopt, env("CW_HELPER_TLS_BACKUP"));
    } else if (mode == QLatin1String("create") || mode == QLatin1String("create-tls")) {
        rules::ComputeSpec spec;
        if (mode == QLatin1String("create-tls")) {
            QFile cert(env("CW_HELPER_CERT")), key(env("CW_HELPER_KEY"));
            if (!cert.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly))
                return 66;
            spec.tls.mode = rules::TlsMode::Custom;
            spec.tls.certPem = QString::fromUtf8(cert.readAll());
            spec.tls.keyPem = QString::fromUtf8(key.readAll());
            spec.tls.cname = env("CW_HELPER_CNAME");
        }
        spec.mode = rules::ComputeMode::Create;
        spec.workspace = {.subscriptionId = ws.subscriptionId, .resourceGroup = ws.resourceGroup,
                          .workspace = ws.workspace, .location = QStringLiteral("westeurope")};
        spec.name = compute;
        spec.vmSize = QStringLiteral("Standard_D3_v2");
        spec.nodeCount = 3;
        runner.startCreateOrAttach(spec);
    } else if (mode == QLatin1String("attach-v2")) {
        QFile cert(env("CW_HELPER_CERT")), key(env("CW_HELPER_KEY"));
        if (!cert.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly))
            return 66;
        ops::ExtensionInstall install;
        install.clusterId = env("CW_HELPER_CLUSTER");
        namespace x = rules::extension;
        install.configuration.settings = {{QLatin1String(x::kEnableInference), QStringLiteral("True")},
                                          {QLatin1String(x::kEnableTraining), QStringLiteral("False")},
                                          {QLatin1String(x::kRouterServiceType), QStringLiteral("nodePort")},
                                          {QLatin1String(x::kAllowInsecureConnections), QStringLiteral("False")},
                                          {QLatin1String(x::kSslCname), env("CW_HELPER_CNAME")},
                                          {QLatin1String(x::kRouterHa), QStringLiteral("False")}};
        install.configuration.protectedSettings = {{QLatin1String(x::kSslCertPemFile), QString::fromUtf8(cert.readAll())},
                                                   {QLatin1String(x::kSslKeyPemFile), QString::fromUtf8(key.readAll())}};
        azure::KubernetesComputeSpec spec;
        spec.name = compute;
        spec.clusterId = install.clusterId;
        spec.location = QStringLiteral("westeurope");
        runner.startAttachKubernetes(ws, spec, install);
    } else if (mode == QLatin1String("resume")) {
        if (runner.resumeUnfinished() == 0)
            return 3;
    } else {
        return 64;
    }
    return app.exec();
}
