#pragma once
// Quoting for the exported snippets: a value pasted into a shell or a Python file must arrive
// exactly as typed (names may hold spaces, quotes or non-ASCII letters).
#include <QString>

namespace cw::exporting {

// POSIX shell word: unquoted when only safe characters, else single-quoted ('\'' for ').
QString shellQuote(const QString &value);
// Python str literal in single quotes with backslash escapes for quotes, backslashes and
// control characters; non-ASCII characters are kept (Python 3 source is UTF-8).
QString pythonString(const QString &value);

} // namespace cw::exporting
