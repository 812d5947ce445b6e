#include "cli/Table.h"

namespace cw::cli {

void Table::addRow(const QStringList &row)
{
    for (const QString &cell : row) {
        text += cell;
        cellEnds.push_back(quint32(text.size()));
    }
    rowEnds.push_back(quint32(cellEnds.size()));
}

QStringView Table::cell(qsizetype row, qsizetype column) const
{
    const size_t index = rowStart(row) + size_t(column);
    const quint32 begin = index == 0 ? 0 : cellEnds[index - 1];
    return QStringView(text).mid(begin, cellEnds[index] - begin);
}

namespace {

QString tsvCell(QStringView view)
{
    QString cell = view.toString();
    cell.replace(QLatin1Char('\t'), QLatin1Char(' '));
    cell.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return cell;
}

// The cell's text as UTF-8 at the end of `out`: ASCII (names, states, sizes) byte by byte,
// anything else through QString's encoder.
void appendUtf8(QByteArray &out, QStringView cell)
{
    for (const QChar c : cell) {
        if (c.unicode() >= 0x80) {
            out += cell.toUtf8();
            return;
        }
    }
    const qsizetype at = out.size();
    out.resize(at + cell.size());
    char *p = out.data() + at;
    for (const QChar c : cell)
        *p++ = char(c.unicode());
}

QByteArray renderTable(const Table &table)
{
    const qsizetype columns = table.columns.size();
    QList<qsizetype> widths;
    for (const QString &c : table.columns)
        widths.append(c.size());
    for (qsizetype r = 0; r < table.rowCount(); ++r)
        for (qsizetype i = 0; i < table.cellCount(r) && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], table.cell(r, i).size());
    qsizetype lineLength = 1;
    for (qsizetype w : widths)
        lineLength += w + 2;
    // Written as UTF-8 in place, each cell padded as leftJustified(width + 2) pads it (widths in
    // UTF-16 units, as before): a list of thousands of computes made a padded copy of each cell
    // and of each line, then the whole text in UTF-16 (a page fault per 4 KiB) and its UTF-8 copy.
    QByteArray out;
    out.reserve(lineLength * (table.rowCount() + 2));
    auto line = [&](qsizetype count, auto cellAt) {
        for (qsizetype i = 0; i < columns; ++i) {
            const QStringView cell = i < count ? cellAt(i) : QStringView();
            appendUtf8(out, cell);
            if (i + 1 < columns && cell.size() < widths.at(i) + 2)
                out.append(widths.at(i) + 2 - cell.size(), ' ');
        }
        out += '\n';
    };
    line(table.columns.size(), [&](qsizetype i) { return QStringView(table.columns.at(i)); });
    QStringList rule;
    for (qsizetype w : widths)
        rule.append(QString(w, QLatin1Char('-')));
    line(rule.size(), [&](qsizetype i) { return QStringView(rule.at(i)); });
    for (qsizetype r = 0; r < table.rowCount(); ++r)
        line(table.cellCount(r), [&](qsizetype i) { return table.cell(r, i); });
    return out;
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
        for (qsizetype r = 0; r < table.rowCount(); ++r) {
            QStringList cells;
            for (qsizetype i = 0; i < table.cellCount(r); ++i)
                cells.append(tsvCell(table.cell(r, i)));
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
