#pragma once
#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <span>
#include <vector>

#include <nlohmann/json.hpp>

namespace cw::cli {

enum class OutputFormat { Table, Json, Tsv };

// Rows for the three output formats. `json` is what --output json prints (it may carry more
// than the columns); table and tsv print the columns.
struct Table {
    QStringList columns;
    nlohmann::json json = nlohmann::json::array();

    void addRow(const QStringList &row) { addRow(std::span<const QString>(row.constData(), size_t(row.size()))); }
    void addRow(std::span<const QString> row);
    qsizetype rowCount() const { return qsizetype(rowEnds.size()); }
    qsizetype cellCount(qsizetype row) const { return qsizetype(rowEnds[size_t(row)] - rowStart(row)); }
    QByteArrayView cell(qsizetype row, qsizetype column) const; // UTF-8

    // The cells of every row back to back in one UTF-8 string, with where each cell and each row
    // ends: a list of thousands of computes kept a QStringList of twelve strings per row, five
    // times the memory (each page of it a fault on first touch) and twelve allocations per row;
    // then one UTF-16 string, twice the bytes it prints, each converted back to UTF-8 to print.
    QByteArray text;
    std::vector<quint32> cellEnds; // in `text`
    std::vector<quint32> rowEnds;  // in `cellEnds`

private:
    quint32 rowStart(qsizetype row) const { return row == 0 ? 0 : rowEnds[size_t(row) - 1]; }
};

// Aligned columns with a header (table), tab-separated values without header (tsv; tabs and
// new lines inside a cell become spaces), or the JSON document (pretty, one trailing newline).
QByteArray render(const Table &table, OutputFormat format);
QByteArray renderJson(const nlohmann::json &document);

} // namespace cw::cli
