#pragma once
// One spec per wizard path, shared by the export unit tests and the Python round-trip test.
#include "rules/ComputeSpec.h"

#include <QList>
#include <QString>

#include <utility>

namespace cw::testdata {

inline const QString kSubscription = QStringLiteral("00000000-0000-4000-8000-000000000001");
inline const QString kClusterId = QStringLiteral(
    "/subscriptions/00000000-0000-4000-8000-000000000001/resourcegroups/rg-aks/providers/"
    "Microsoft.ContainerService/managedClusters/aks-plain");
inline const QString kCertPem = QStringLiteral(
    "-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUTESTTESTTESTTEST\n-----END CERTIFICATE-----\n");
inline const QString kKeyPem = QStringLiteral(
    "-----BEGIN PRIVATE KEY-----\nMIGHAgEAMBMGByqGSM49AgEGCCqGSM49TEST\n-----END PRIVATE KEY-----\n");

inline rules::ComputeSpec baseSpec()
{
    rules::ComputeSpec s;
    s.workspace = {.subscriptionId = kSubscription, .resourceGroup = QStringLiteral("rg-ml"),
                   .workspace = QStringLiteral("ws-demo"), .location = QStringLiteral("westeurope")};
    s.name = QStringLiteral("myaks");
    return s;
}

inline QList<std::pair<QString, rules::ComputeSpec>> wizardPaths()
{
    QList<std::pair<QString, rules::ComputeSpec>> paths;

    rules::ComputeSpec prod = baseSpec();
    prod.description = QStringLiteral("Production inference");
    paths.append({QStringLiteral("create-prod"), prod});

    rules::ComputeSpec dev = baseSpec();
    dev.purpose = rules::ClusterPurpose::DevTest;
    dev.vmSize = QStringLiteral("Standard_D2_v2");
    dev.nodeCount = 1;
    dev.region = QStringLiteral("eastus");
    paths.append({QStringLiteral("create-devtest"), dev});

    rules::ComputeSpec net = baseSpec();
    net.networking = {QStringLiteral("mynetwork"), QStringLiteral("mygroup"), QStringLiteral("default"),
                      QStringLiteral("10.0.0.0/16"), QStringLiteral("10.0.0.10"), QStringLiteral("172.17.0.1/16")};
    paths.append({QStringLiteral("create-networking"), net});

    rules::ComputeSpec leaf = baseSpec();
    leaf.tls.mode = rules::TlsMode::LeafLabel;
    leaf.tls.leafLabel = QStringLiteral("contoso");
    leaf.tls.overwriteExistingDomain = true;
    paths.append({QStringLiteral("create-leaf"), leaf});

    rules::ComputeSpec custom = baseSpec();
    custom.tls.mode = rules::TlsMode::Custom;
    custom.tls.certPem = kCertPem;
    custom.tls.keyPem = kKeyPem;
    custom.tls.cname = QStringLiteral("www.contoso.com");
    paths.append({QStringLiteral("create-custom-cert"), custom});

    rules::ComputeSpec ilb = net;
    ilb.loadBalancer = rules::LoadBalancerType::InternalLoadBalancer;
    ilb.loadBalancerSubnet = QStringLiteral("default");
    paths.append({QStringLiteral("create-ilb"), ilb});

    rules::ComputeSpec attach = baseSpec();
    attach.mode = rules::ComputeMode::Attach;
    attach.aksResourceId = kClusterId;
    paths.append({QStringLiteral("attach"), attach});

    rules::ComputeSpec attachTls = attach;
    attachTls.name = QStringLiteral("myaks-tls");
    attachTls.purpose = rules::ClusterPurpose::DevTest;
    attachTls.tls = custom.tls;
    paths.append({QStringLiteral("attach-tls"), attachTls});

    rules::ComputeSpec attachLeaf = attach;
    attachLeaf.name = QStringLiteral("myaks-leaf");
    attachLeaf.tls = leaf.tls;
    attachLeaf.tls.overwriteExistingDomain = false;
    paths.append({QStringLiteral("attach-leaf"), attachLeaf});

    return paths;
}

} // namespace cw::testdata
