#include "export/Quoting.h"

namespace cw::exporting {

QString shellQuote(const QString &value)
{
    if (value.isEmpty())
        return QStringLiteral("''");
    bool safe = true;
    for (const QChar c : value) {
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
            || c == u'_' || c == u'-' || c == u'.' || c == u'/' || c == u':' || c == u',' || c == u'@'
            || c == u'%' || c == u'+' || c == u'=';
        if (!ok) {
            safe = false;
            break;
        }
    }
    if (safe)
        return value;
    QString out = QStringLiteral("'");
    for (const QChar c : value) {
        if (c == u'\'')
            out += QStringLiteral("'\\''");
        else
            out += c;
    }
    out += QLatin1Char('\'');
    return out;
}

QString pythonString(const QString &value)
{
    QString out = QStringLiteral("'");
    for (const QChar c : value) {
        switch (c.unicode()) {
        case u'\\': out += QStringLiteral("\\\\"); break;
        case u'\'': out += QStringLiteral("\\'"); break;
        case u'\n': out += QStringLiteral("\\n"); break;
        case u'\r': out += QStringLiteral("\\r"); break;
        case u'\t': out += QStringLiteral("\\t"); break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7F)
                out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
            else if (c.category() == QChar::Separator_Line
                     || c.category() == QChar::Separator_Paragraph)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += QLatin1Char('\'');
    return out;
}

} // namespace cw::exporting
