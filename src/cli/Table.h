#pragma once
#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

namespace cw::cli {

enum class OutputFormat { Table, Json, Tsv };

// Rows for the three output formats. `json` is what --output json prints (it may carry more
// than the columns); table and tsv print the columns.
struct Table {
    QStringList columns;
    QList<QStringList> rows;
    nlohmann::json json = nlohmann::json::array();

    void addRow(QStringList row) { rows.append(std::move(row)); }
};

// Aligned columns with a header (table), tab-separated values without header (tsv; tabs and
// new lines inside a cell become spaces), or the JSON document (pretty, one trailing newline).
QByteArray render(const Table &table, OutputFormat format);
QByteArray renderJson(const nlohmann::json &document);

} // namespace cw::cli
