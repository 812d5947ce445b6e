#include "cli/Table.h"

namespace cw::cli {

namespace {

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

// How many UTF-16 units the UTF-8 text has: the width the table has always padded to (a
// character outside the BMP counts two, as in QString::size()).
qsizetype utf16Length(QByteArrayView utf8)
{
    qsizetype units = 0;
    for (const char c : utf8) {
        const auto b = static_cast<unsigned char>(c);
        units += (b & 0xC0) != 0x80; // a character's first byte
        units += b >= 0xF0;          // four bytes: a surrogate pair
    }
    return units;
}

QByteArray tsvCell(QByteArrayView cell)
{
    QByteArray out = cell.toByteArray();
    out.replace('\t', ' ');
    out.replace('\n', ' ');
    return out;
}

} // namespace

void Table::addRow(std::span<const QString> row)
{
    for (const QString &cell : row) {
        appendUtf8(text, cell);
        cellEnds.push_back(quint32(text.size()));
    }
    rowEnds.push_back(quint32(cellEnds.size()));
}

QByteArrayView Table::cell(qsizetype row, qsizetype column) const
{
    const size_t index = rowStart(row) + size_t(column);
    const quint32 begin = index == 0 ? 0 : cellEnds[index - 1];
    return QByteArrayView(text).sliced(begin, cellEnds[index] - begin);
}

namespace {

QByteArray renderTable(const Table &table)
{
    const qsizetype columns = table.columns.size();
    QList<QByteArray> header;
    QList<qsizetype> widths;
    for (const QString &c : table.columns) {
        header.append(c.toUtf8());
        widths.append(c.size());
    }
    for (qsizetype r = 0; r < table.rowCount(); ++r)
        for (qsizetype i = 0; i < table.cellCount(r) && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], utf16Length(table.cell(r, i)));
    qsizetype lineLength = 1;
    for (qsizetype w : widths)
        lineLength += w + 2;
    // Each cell padded as leftJustified(width + 2) pads it, widths in UTF-16 units, the last cell
    // of a line unpadded; the cells are UTF-8 already.
    QByteArray out;
    out.reserve(lineLength * (table.rowCount() + 2));
    auto line = [&](qsizetype count, auto cellAt) {
        for (qsizetype i = 0; i < columns; ++i) {
            const QByteArrayView cell = i < count ? cellAt(i) : QByteArrayView();
            out.append(cell);
            const qsizetype width = i + 1 < columns ? utf16Length(cell) : 0;
            if (i + 1 < columns && width < widths.at(i) + 2)
                out.append(widths.at(i) + 2 - width, ' ');
        }
        out += '\n';
    };
    line(header.size(), [&](qsizetype i) { return QByteArrayView(header.at(i)); });
    QList<QByteArray> rule;
    for (qsizetype w : widths)
        rule.append(QByteArray(w, '-'));
    line(rule.size(), [&](qsizetype i) { return QByteArrayView(rule.at(i)); });
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
        QByteArray out;
        for (qsizetype r = 0; r < table.rowCount(); ++r) {
            for (qsizetype i = 0; i < table.cellCount(r); ++i) {
                if (i > 0)
                    out += '\t';
                out += tsvCell(table.cell(r, i));
            }
            out += '\n';
        }
        return out;
    }
    case OutputFormat::Table:
        break;
    }
    return renderTable(table);
}

} // namespace cw::cli
