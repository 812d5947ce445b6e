#include "ops/OperationRecord.h"

#include "common/JsonFields.h"

#include <QUuid>

#include <array>
#include <utility>

namespace cw::ops {
namespace {

using nlohmann::json;

template<typename Enum, std::size_t N>
QString enumToString(Enum value, const std::array<std::pair<Enum, const char *>, N> &names)
{
    for (const auto &[e, name] : names)
        if (e == value)
            return QLatin1String(name);
    return {};
}

template<typename Enum, std::size_t N>
std::optional<Enum> enumFromString(const QString &text, const std::array<std::pair<Enum, const char *>, N> &names)
{
    for (const auto &[e, name] : names)
        if (text.compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
            return e;
    return std::nullopt;
}

constexpr std::array<std::pair<OperationKind, const char *>, 7> kKinds{{
    {OperationKind::Create, "create"}, {OperationKind::Attach, "attach"},
    {OperationKind::Update, "update"}, {OperationKind::Detach, "detach"},
    {OperationKind::Delete, "delete"}, {OperationKind::Reattach, "reattach"},
    {OperationKind::Migrate, "migrate"}}};
constexpr std::array<std::pair<OperationState, const char *>, 4> kStates{{
    {OperationState::Running, "running"}, {OperationState::Succeeded, "succeeded"},
    {OperationState::Failed, "failed"}, {OperationState::Canceled, "canceled"}}};
constexpr std::array<std::pair<StepState, const char *>, 5> kStepStates{{
    {StepState::Pending, "pending"}, {StepState::Running, "running"}, {StepState::Done, "done"},
    {StepState::Failed, "failed"}, {StepState::Skipped, "skipped"}}};
constexpr std::array<std::pair<PutPhase, const char *>, 3> kPutPhases{{
    {PutPhase::NotSent, "not-sent"}, {PutPhase::IntentRecorded, "intent-recorded"},
    {PutPhase::Acknowledged, "acknowledged"}}};

std::string s(const QString &text) { return text.toStdString(); }

QString q(const json &object, const char *key)
{
    return jsonfields::string(object, key);
}

std::string time(const QDateTime &t) { return t.isValid() ? s(t.toUTC().toString(Qt::ISODateWithMs)) : std::string(); }
QDateTime timeFrom(const json &object, const char *key)
{
    return QDateTime::fromString(q(object, key), Qt::ISODateWithMs);
}

} // namespace

QString nameOf(OperationKind kind) { return enumToString(kind, kKinds); }
std::optional<OperationKind> operationKindFromString(const QString &text) { return enumFromString(text, kKinds); }
QString nameOf(OperationState state) { return enumToString(state, kStates); }
std::optional<OperationState> operationStateFromString(const QString &text) { return enumFromString(text, kStates); }
QString nameOf(StepState state) { return enumToString(state, kStepStates); }
std::optional<StepState> stepStateFromString(const QString &text) { return enumFromString(text, kStepStates); }

OperationRecord OperationRecord::create(OperationKind kind, const WorkspaceRef &ws, const QString &computeName)
{
    OperationRecord r;
    r.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    r.kind = kind;
    r.workspace = ws;
    r.computeName = computeName;
    r.createdAt = r.updatedAt = QDateTime::currentDateTimeUtc();
    return r;
}

OperationStep *OperationRecord::step(const QString &stepId)
{
    for (OperationStep &st : steps)
        if (st.id == stepId)
            return &st;
    return nullptr;
}

json toJson(const OperationRecord &r)
{
    json steps = json::array();
    for (const OperationStep &st : r.steps)
        steps.push_back({{"id", s(st.id)}, {"title", s(st.title)}, {"state", s(nameOf(st.state))},
                         {"startedAt", time(st.startedAt)}, {"endedAt", time(st.endedAt)},
                         {"message", s(st.message)}});
    json serviceErrors = json::array();
    for (const ServiceErrorEntry &e : r.serviceErrors)
        serviceErrors.push_back({{"code", s(e.code)}, {"message", s(e.message)}});
    return {
        {"schema", 1},
        {"id", s(r.id)},
        {"kind", s(nameOf(r.kind))},
        {"state", s(nameOf(r.state))},
        {"workspace", {{"cloud", s(r.workspace.cloud)}, {"subscriptionId", s(r.workspace.subscriptionId)},
                       {"resourceGroup", s(r.workspace.resourceGroup)}, {"workspace", s(r.workspace.workspace)}}},
        {"computeName", s(r.computeName)},
        {"summary", s(r.summary)},
        {"titleFacts", r.titleFacts.is_object() ? r.titleFacts : json()},
        {"requestBody", r.requestBody},
        {"secretRef", s(r.secretRef)},
        {"tlsKept", s(r.tlsKept)},
        {"tlsBackupFile", s(r.tlsBackupFile)},
        {"putPhase", enumToString(r.putPhase, kPutPhases).toStdString()},
        {"lro", r.lro.isValid() ? r.lro.toJson() : json()},
        {"migration", r.migration.is_object() ? r.migration : json()},
        {"steps", steps},
        {"currentStep", r.currentStep},
        {"error", s(r.error)},
        {"errorDetail", s(r.errorDetail)},
        {"serviceErrors", serviceErrors},
        {"resumable", r.resumable},
        {"createdAt", time(r.createdAt)},
        {"updatedAt", time(r.updatedAt)},
        {"interruptedAt", time(r.interruptedAt)},
    };
}

std::optional<OperationRecord> recordFromJson(const json &j, QString *error)
{
    auto fail = [error](const QString &why) -> std::optional<OperationRecord> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (!j.is_object())
        return fail(QStringLiteral("not a JSON object"));
    OperationRecord r;
    r.id = q(j, "id");
    if (r.id.isEmpty())
        return fail(QStringLiteral("missing id"));
    const auto kind = operationKindFromString(q(j, "kind"));
    const auto state = operationStateFromString(q(j, "state"));
    const auto phase = enumFromString(q(j, "putPhase"), kPutPhases);
    if (!kind || !state || !phase)
        return fail(QStringLiteral("unknown kind, state or putPhase"));
    r.kind = *kind;
    r.state = *state;
    r.putPhase = *phase;
    const json ws = j.value("workspace", json::object());
    if (!ws.is_object())
        return fail(QStringLiteral("workspace is not an object"));
    r.workspace = {.cloud = q(ws, "cloud"), .subscriptionId = q(ws, "subscriptionId"),
                   .resourceGroup = q(ws, "resourceGroup"), .workspace = q(ws, "workspace")};
    r.computeName = q(j, "computeName");
    r.summary = q(j, "summary");
    if (const json facts = j.value("titleFacts", json()); facts.is_object())
        r.titleFacts = facts;
    r.requestBody = j.value("requestBody", json());
    r.secretRef = q(j, "secretRef");
    r.tlsKept = q(j, "tlsKept");
    r.tlsBackupFile = q(j, "tlsBackupFile");
    const json lro = j.value("lro", json());
    if (lro.is_object()) {
        const auto lroState = arm::LroState::fromJson(lro);
        if (!lroState)
            return fail(QStringLiteral("unreadable lro state"));
        r.lro = *lroState;
    }
    if (const json migration = j.value("migration", json()); migration.is_object())
        r.migration = migration;
    const json steps = j.value("steps", json::array());
    if (!steps.is_array())
        return fail(QStringLiteral("steps is not an array"));
    for (const json &st : steps) {
        if (!st.is_object())
            return fail(QStringLiteral("a step is not an object"));
        const auto stepState = stepStateFromString(q(st, "state"));
        if (!stepState)
            return fail(QStringLiteral("unknown step state"));
        r.steps.append({q(st, "id"), q(st, "title"), *stepState, timeFrom(st, "startedAt"),
                        timeFrom(st, "endedAt"), q(st, "message")});
    }
    const json current = j.value("currentStep", json(0));
    // Checked at full width before narrowing: 4294967297 read as int would be a plausible 1.
    const bool tooLarge = current.is_number_unsigned() && current.get<quint64>() > quint64(r.steps.size());
    const qint64 step = current.is_number_integer() && !tooLarge ? current.get<qint64>() : 0;
    if (tooLarge || step < 0 || step > r.steps.size())
        return fail(QStringLiteral("currentStep out of range"));
    r.currentStep = int(step);
    r.error = q(j, "error");
    r.errorDetail = q(j, "errorDetail");
    // Absent in records older than the field; anything but an array of objects is not ours.
    const json serviceErrors = j.value("serviceErrors", json::array());
    if (!serviceErrors.is_array())
        return fail(QStringLiteral("serviceErrors is not an array"));
    for (const json &e : serviceErrors) {
        if (!e.is_object())
            return fail(QStringLiteral("a service error is not an object"));
        r.serviceErrors.append({q(e, "code"), q(e, "message")});
    }
    const json resumable = j.value("resumable", json(false));
    r.resumable = resumable.is_boolean() && resumable.get<bool>();
    r.createdAt = timeFrom(j, "createdAt");
    r.updatedAt = timeFrom(j, "updatedAt");
    r.interruptedAt = timeFrom(j, "interruptedAt");
    return r;
}

} // namespace cw::ops
