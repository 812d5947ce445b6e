#pragma once
#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QUrl>

// Scrubbing of secrets before anything is logged or traced. Every function is pure and keeps
// the shape of its input (JSON stays JSON, a form stays a form) so traces remain readable;
// secret values become "***".
namespace cw::secrets::redact {

inline constexpr char kMask[] = "***";

// True for header names whose values are credentials (Authorization, Cookie, ...).
bool isSensitiveHeader(QByteArrayView name);
// "Bearer ***" for Authorization, "***" for other sensitive headers, the value otherwise.
QByteArray headerValue(QByteArrayView name, const QByteArray &value);

// True for JSON member / form field / query item names that hold secrets.
bool isSensitiveName(QStringView name);

// Redacts a request or response body: JSON members with sensitive names (recursively, including
// Kubernetes Secret "data" and kubeconfig payloads), form fields, PEM blocks and JWTs anywhere.
QByteArray body(const QByteArray &bytes);
// Redacts sensitive query items of a URL; returns the URL as text for logs.
QString url(const QUrl &url);
// Redacts PEM blocks, JWT-shaped tokens and "name=value" / "name: value" pairs with sensitive
// names in free text (log lines, error details).
QString text(const QString &text);
QByteArray text(const QByteArray &text);

} // namespace cw::secrets::redact
