#include "operations/OperationTitle.h"

#include <QCoreApplication>

#include "ops/OperationRecord.h"
#include "widgets/ServiceLabels.h"

namespace cw::ui {
namespace {

using nlohmann::json;

QString text(const json &facts, const char *name)
{
    const auto it = facts.find(name);
    return it != facts.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}

// The same source texts as where the operations are planned and started, so one translation
// serves both.
QString opsTr(const char *source)
{
    return QCoreApplication::translate("cw::ops", source);
}

QString updateTitle(const ops::OperationRecord &r)
{
    const json &f = r.titleFacts;
    const QString &name = r.computeName;
    if (const auto nodes = f.find("agentCount"); nodes != f.end() && nodes->is_number_integer()) {
        const int n = nodes->get<int>();
        return QCoreApplication::translate("cw::ui::ScaleNodesDialog", "Scale '%1' to %n node(s)", nullptr, n).arg(name);
    }
    if (const QString type = text(f, "loadBalancerType"); !type.isEmpty()) {
        return type == QLatin1String("InternalLoadBalancer")
            ? QCoreApplication::translate("cw::ui::LoadBalancerDialog", "Switch '%1' to an internal load balancer (subnet %2)")
                  .arg(name, text(f, "loadBalancerSubnet"))
            : QCoreApplication::translate("cw::ui::LoadBalancerDialog", "Switch '%1' to a public IP load balancer").arg(name);
    }
    if (const QString label = text(f, "leafDomainLabel"); !label.isEmpty())
        return QCoreApplication::translate("cw::ui::TlsCertificateDialog", "Give '%1' a Microsoft certificate for %2").arg(name, label);
    if (const QString cname = text(f, "cname"); !cname.isEmpty())
        return QCoreApplication::translate("cw::ui::TlsCertificateDialog", "Replace the TLS certificate of '%1' (%2)").arg(name, cname);
    return r.summary;
}

} // namespace

QString operationTitle(const ops::OperationRecord &r, const ServiceLabels &labels)
{
    const json &f = r.titleFacts;
    if (!f.is_object())
        return r.summary;
    switch (r.kind) {
    case ops::OperationKind::Create: {
        const auto nodes = f.find("nodeCount");
        if (nodes == f.end() || !nodes->is_number_integer())
            return r.summary;
        return opsTr("Create '%1' (%2, %3 × %4)")
            .arg(r.computeName, labels.label(ServiceField::ClusterPurpose, text(f, "purpose")),
                 QString::number(nodes->get<int>()), text(f, "vmSize"));
    }
    case ops::OperationKind::Attach:
        return f.contains("cluster") ? opsTr("Attach '%1' (%2)").arg(r.computeName, text(f, "cluster")) : r.summary;
    case ops::OperationKind::Detach: return opsTr("Detach '%1' (the AKS cluster is kept)").arg(r.computeName);
    case ops::OperationKind::Delete: return opsTr("Delete '%1' and its AKS cluster").arg(r.computeName);
    case ops::OperationKind::Reattach: return opsTr("Re-attach '%1' to update it").arg(r.computeName);
    case ops::OperationKind::Update: return updateTitle(r);
    case ops::OperationKind::Migrate:
        return opsTr("Move '%1' to Azure ML v2 (Kubernetes compute '%2')").arg(r.computeName, text(f, "newName"));
    }
    return r.summary;
}

} // namespace cw::ui
