#pragma once
#include "sandbox/SandboxHttp.h"

#include <optional>

// kubectl sends some built-in objects as Kubernetes protobuf (Content-Type
// application/vnd.kubernetes.protobuf): the "k8s\0" magic, then a runtime.Unknown envelope
// {1: TypeMeta, 2: raw object, 3: contentEncoding, 4: contentType}. The sandbox reads the one
// such body it accepts, a SelfSubjectAccessReview (`kubectl auth can-i`), into its JSON form.
namespace cw::sandbox {

// {"apiVersion","kind","spec":{"resourceAttributes":{...}|"nonResourceAttributes":{...}}}, or
// nullopt when `body` is not a well-formed protobuf SelfSubjectAccessReview.
std::optional<Json> decodeProtobufAccessReview(const QByteArray &body);

} // namespace cw::sandbox
