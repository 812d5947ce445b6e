#include "cli/Table.h"

namespace cw::cli {

namespace {

QString tsvCell(QString cell)
{
    cell.replace(QLatin1Char('\t'), QLatin1Char(' '));
    cell.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return cell;
}

QByteArray renderTable(const Table &table)
{
    QList<qsizetype> widths;
    for (const QString &c : table.columns)
        widths.append(c.size());
    for (const QStringList &row : table.rows)
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], row.at(i).size());
    QString out;
    auto line = [&](const QStringList &cells) {
        QString text;
        for (qsizetype i = 0; i < table.columns.size(); ++i) {
            const QString cell = i < cells.size() ? cells.at(i) : QString();
            text += i + 1 < table.columns.size() ? cell.leftJustified(widths.at(i) + 2) : cell;
        }
        out += text + QLatin1Char('\n');
    };
    line(table.columns);
    QStringList rule;
    for (qsizetype w : widths)
        rule.append(QString(w, QLatin1Char('-')));
    line(rule);
    for (const QStringList &row : table.rows)
        line(row);
    return out.toUtf8();
}

} // namespace

QByteArray renderJson(const nlohmann::json &document)
{
    std::string text = document.dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
    text.push_back('\n');
    return QByteArray::fromStdString(text);
}

QByteArray render(const Table &table, OutputFormat format)
{
    switch (format) {
    case OutputFormat::Json:
        return renderJson(table.json);
    case OutputFormat::Tsv: {
        QString out;
        for (const QStringList &row : table.rows) {
            QStringList cells;
            for (const QString &cell : row)
                cells.append(tsvCell(cell));
            out += cells.join(QLatin1Char('\t')) + QLatin1Char('\n');
        }
        return out.toUtf8();
    }
    case OutputFormat::Table:
        break;
    }
    return renderTable(table);
}

} // namespace cw::cli
