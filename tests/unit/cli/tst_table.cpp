// cli::render of a Table against the rendering it replaced (each cell leftJustified to its
// column's width + 2 in UTF-16 units, the last unpadded, the whole text then encoded as UTF-8):
// ASCII and other cells (accents, CJK, emoji as surrogate pairs), rows shorter and longer than
// the header, empty cells; and tsv.
#include <QTest>

#include <random>

#include "cli/Table.h"

using namespace Qt::StringLiterals;
using namespace cw::cli;

class TestTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void asBefore();
};

namespace {

QByteArray renderedBefore(const QStringList &columns, const QList<QStringList> &rows, OutputFormat format)
{
    QString out;
    if (format == OutputFormat::Tsv) {
        for (const QStringList &row : rows) {
            QStringList cells;
            for (QString cell : row)
                cells.append(cell.replace(u'\t', u' ').replace(u'\n', u' '));
            out += cells.join(u'\t') + u'\n';
        }
        return out.toUtf8();
    }
    QList<qsizetype> widths;
    for (const QString &c : columns)
        widths.append(c.size());
    for (const QStringList &row : rows)
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], row.at(i).size());
    auto line = [&](const QStringList &cells) {
        QString text;
        for (qsizetype i = 0; i < columns.size(); ++i) {
            const QString cell = i < cells.size() ? cells.at(i) : QString();
            text += i + 1 < columns.size() ? cell.leftJustified(widths.at(i) + 2) : cell;
        }
        out += text + u'\n';
    };
    line(columns);
    QStringList rule;
    for (qsizetype w : widths)
        rule.append(QString(w, u'-'));
    line(rule);
    for (const QStringList &row : rows)
        line(row);
    return out.toUtf8();
}

} // namespace

void TestTable::asBefore()
{
    const QStringList words = {u""_s, u"aks-1"_s, u"Succeeded"_s, u"caf\u00e9"_s, u"\u6771\u4eac"_s,
                               u"\U0001F600 ok"_s, u"tab\there"_s, u"new\nline"_s, u"Standard_D3_v2"_s};
    std::mt19937 rng(13);
    auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
    for (int round = 0; round < 200; ++round) {
        Table table;
        QList<QStringList> rows;
        for (int c = pick(1, 5); c > 0; --c)
            table.columns.append(words.at(pick(1, int(words.size()) - 1)).toUpper());
        for (int r = pick(0, 6); r > 0; --r) {
            QStringList row;
            for (int c = pick(0, int(table.columns.size()) + 1); c > 0; --c)
                row.append(words.at(pick(0, int(words.size()) - 1)) + QString(pick(0, 3), u'x'));
            table.addRow(row);
            rows.append(row);
        }
        QCOMPARE(table.rowCount(), rows.size());
        for (const OutputFormat format : {OutputFormat::Table, OutputFormat::Tsv})
            QCOMPARE(render(table, format), renderedBefore(table.columns, rows, format));
    }
}

QTEST_GUILESS_MAIN(TestTable)
#include "tst_table.moc"
