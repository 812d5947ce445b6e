// ClustersProxyModel (the clusters table's fast sort and filter paths) against the stock
// QSortFilterProxyModel configured the same way, on 2,500 generated rows full of the cases the
// fast paths handle themselves: ties (case-sensitive and case-insensitive), empty values,
// unknown counts, mixed case, non-ASCII text, '%' in a size, numbers, dates with and without
// an offset and texts that are no date. Same rows, same order: for every column in both orders
// and both sort case sensitivities, for filters on every column and on one, in both filter case
// sensitivities, and while a refresh diff changes rows under a sorted, filtered proxy.
#include <QTest>

#include <QSortFilterProxyModel>

#include "clusters/ClusterRow.h"
#include "clusters/ClustersProxyModel.h"
#include "clusters/ClustersTableModel.h"

using namespace cw::ui;

namespace {

constexpr int kRows = 2500;

// Deterministic and varied: the i-th row picks each field from a small list by a different
// stride, so values repeat (ties) in many combinations.
ClusterRow generated(int i, int generation = 0)
{
    static const QString names[] = {QStringLiteral("aks-alpha"), QStringLiteral("AKS-alpha"), QStringLiteral("aks-Beta"),
                                    QStringLiteral("aks-beta"), QStringLiteral("zeta"), QStringLiteral("Éclair"),
                                    QStringLiteral("éclair"), QStringLiteral("aks-10"), QStringLiteral("aks-9"),
                                    QString()};
    static const QString states[] = {QStringLiteral("Succeeded"), QStringLiteral("succeeded"), QStringLiteral("Failed"),
                                     QStringLiteral("Creating"), QStringLiteral("Running"), QString()};
    static const QString purposes[] = {QStringLiteral("FastProd"), QStringLiteral("DevTest"), QStringLiteral("DenseProd"),
                                       QString()};
    static const QString sizes[] = {QStringLiteral("Standard_D3_v2"), QStringLiteral("standard_d3_v2"),
                                    QStringLiteral("Standard_D2_v2"), QStringLiteral("Odd_%1_size"), QString()};
    static const QString versions[] = {QStringLiteral("1.27.3"), QStringLiteral("1.9.0"), QStringLiteral("1.10.0"),
                                       QStringLiteral("v1.28.0"), QString()};
    static const QString tls[] = {QStringLiteral("Disabled"), QStringLiteral("Enabled"), QStringLiteral("Auto"), QString()};
    static const QString balancers[] = {QStringLiteral("PublicIp"), QStringLiteral("InternalLoadBalancer"), QString()};
    static const QString types[] = {QStringLiteral("AKS"), QStringLiteral("Kubernetes"), QStringLiteral("kubernetes"),
                                    QString()};
    static const QString regions[] = {QStringLiteral("westeurope"), QStringLiteral("WestEurope"), QStringLiteral("eastus"),
                                      QString()};
    static const QString dates[] = {QStringLiteral("2026-10-05T05:10:00Z"), QStringLiteral("2026-10-05T05:10:00.123Z"),
                                    QStringLiteral("2026-12-02T16:10:47Z"), QStringLiteral("2025-01-31T23:59:00Z"),
                                    QStringLiteral("2026-10-05T07:10:00+02:00"), QStringLiteral("not a date"),
                                    QStringLiteral("2026-13-01T00:00:00Z"), QString()};
    ClusterRow r;
    r.id = QStringLiteral("/subscriptions/s/resourceGroups/rg/providers/Microsoft.MachineLearningServices/"
                          "workspaces/ws/computes/c%1").arg(i);
    r.name = names[i % 10] + (i % 3 ? QString() : QString::number(i % 11));
    r.computeType = types[(i / 7) % 4]; // the Type column: v1, v2 (any case), none
    r.state = states[(i + generation) % 6];
    r.rareForEdit().provisioningErrors = i % 17 ? QStringList() : QStringList{QStringLiteral("Quota exceeded (QuotaExceeded)")};
    r.purpose = purposes[i % 4];
    r.vmSize = sizes[(i / 2) % 5];
    if (i % 7)
        r.nodeCount = (i * 3) % 12; // 0 too
    if (r.nodeCount && i % 5)
        r.vcpus = *r.nodeCount * (i % 2 ? 4 : 2) + (i % 19 == 0 ? 100 : 0);
    r.kubernetesVersion = versions[(i / 3) % 5];
    r.tlsStatus = tls[(i / 4) % 4];
    r.endpoint = i % 6 ? r.name.toLower() + QStringLiteral(".hcp.westeurope.azmk8s.io") : QString();
    r.loadBalancer = balancers[(i / 5) % 3];
    r.region = regions[(i / 6) % 4];
    r.attached = i % 3 == 1;
    r.createdOn = dates[i % 8];
    r.modifiedOn = dates[(i / 8 + generation) % 8];
    r.workspace = i % 2 ? QStringLiteral("ws-demo (rg-ml)") : QStringLiteral("WS-Demo (rg-ml)");
    return r;
}

QList<ClusterRow> generatedRows(int generation = 0)
{
    QList<ClusterRow> rows;
    rows.reserve(kRows);
    for (int i = 0; i < kRows; ++i)
        rows.append(generated(i, generation));
    return rows;
}

// The source rows the proxy shows, in its order.
QList<int> shown(const QSortFilterProxyModel &proxy)
{
    QList<int> rows;
    rows.reserve(proxy.rowCount());
    for (int i = 0; i < proxy.rowCount(); ++i)
        rows.append(proxy.mapToSource(proxy.index(i, 0)).row());
    return rows;
}

// Strings the filter meets in data(): labels, "—", the size's "×", dates as shown, non-ASCII
// text in both cases, regular-expression characters (a fixed string escapes them), no match.
const QStringList kFilters = {
    QString(), QStringLiteral("a"), QStringLiteral("AKS-A"), QStringLiteral("—"), QStringLiteral("× 3"),
    QStringLiteral("internal"), QStringLiteral("Dec"), QStringLiteral("oct 2026 05:1"), QStringLiteral("éclair"),
    QStringLiteral("ÉCLAIR"), QStringLiteral("%1"), QStringLiteral("1.2"), QStringLiteral("v1."), QStringLiteral("a.b*"),
    QStringLiteral("(rg-ml)"), QStringLiteral("12"), QStringLiteral("not a"), QStringLiteral("no such text"),
};

} // namespace

class TestClustersProxy : public QObject
{
    Q_OBJECT

    ClustersTableModel m_model;
    QSortFilterProxyModel m_stock;
    ClustersProxyModel m_fast;

    template<typename Setter>
    void both(Setter set)
    {
        set(m_stock);
        set(m_fast);
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Both as ClustersView sets its proxy up; each test case changes both the same way.
        setUpClustersProxy(m_stock, m_model);
        setUpClustersProxy(m_fast, m_model);
        m_model.setRows(generatedRows());
        QCOMPARE(m_stock.rowCount(), kRows);
    }

    void init()
    {
        both([](QSortFilterProxyModel &p) {
            p.setFilterFixedString(QString());
            p.setFilterKeyColumn(-1);
            p.setFilterCaseSensitivity(Qt::CaseInsensitive);
            p.setSortCaseSensitivity(Qt::CaseSensitive);
        });
    }

    void sameOrderForEveryColumnAndOrder_data()
    {
        QTest::addColumn<int>("sortCase");
        QTest::addColumn<QString>("filter");
        for (const Qt::CaseSensitivity cs : {Qt::CaseSensitive, Qt::CaseInsensitive})
            for (const QString &filter : kFilters)
                QTest::addRow("%s, filter '%s'", cs == Qt::CaseSensitive ? "case-sensitive" : "case-insensitive",
                              qPrintable(filter))
                    << int(cs) << filter;
    }
    void sameOrderForEveryColumnAndOrder()
    {
        QFETCH(int, sortCase);
        QFETCH(QString, filter);
        both([&](QSortFilterProxyModel &p) {
            p.setSortCaseSensitivity(Qt::CaseSensitivity(sortCase));
            p.setFilterFixedString(filter);
        });
        for (int column = 0; column < ClustersTableModel::ColumnCount; ++column) {
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                both([&](QSortFilterProxyModel &p) { p.sort(column, order); });
                const QList<int> expected = shown(m_stock);
                QVERIFY2(shown(m_fast) == expected,
                         qPrintable(QStringLiteral("column %1 (%2), %3")
                                        .arg(column)
                                        .arg(m_model.headerData(column, Qt::Horizontal).toString(),
                                             order == Qt::AscendingOrder ? QStringLiteral("ascending")
                                                                         : QStringLiteral("descending"))));
            }
        }
    }

    // The sort's ties really are there (else the order checks above would prove less).
    void theTableHasTiesAndEmptyValues()
    {
        for (int column = 0; column < ClustersTableModel::ColumnCount; ++column) {
            QSet<QString> values;
            bool empty = false;
            for (int row = 0; row < m_model.rowCount(); ++row) {
                const QString value = m_model.index(row, column).data(ClustersTableModel::SortRole).toString();
                values.insert(value);
                empty = empty || value.isEmpty() || value == QLatin1String("-1");
            }
            QVERIFY2(values.size() < m_model.rowCount() / 2, qPrintable(QString::number(column)));
            if (column != ClustersTableModel::LoadBalancer && column != ClustersTableModel::Origin
                && column != ClustersTableModel::Workspace && column != ClustersTableModel::Size)
                QVERIFY2(empty, qPrintable(QString::number(column)));
        }
    }

    void sameRowsForAFilterOnOneColumn_data()
    {
        QTest::addColumn<int>("filterCase");
        for (const Qt::CaseSensitivity cs : {Qt::CaseSensitive, Qt::CaseInsensitive})
            QTest::addRow("%s", cs == Qt::CaseSensitive ? "case-sensitive" : "case-insensitive") << int(cs);
    }
    void sameRowsForAFilterOnOneColumn()
    {
        QFETCH(int, filterCase);
        both([&](QSortFilterProxyModel &p) { p.setFilterCaseSensitivity(Qt::CaseSensitivity(filterCase)); });
        for (int column = -1; column < ClustersTableModel::ColumnCount; ++column) {
            both([&](QSortFilterProxyModel &p) { p.setFilterKeyColumn(column); });
            for (const QString &filter : kFilters) {
                both([&](QSortFilterProxyModel &p) { p.setFilterFixedString(filter); });
                QVERIFY2(shown(m_fast) == shown(m_stock),
                         qPrintable(QStringLiteral("column %1, filter '%2'").arg(column).arg(filter)));
            }
        }
    }

    // The model's text ranks compare the first code units after the prefix every key shares as
    // packed integers and only then the rest: keys sharing a long prefix, differing after it,
    // inside and past the packed units, by a NUL against the end of a shorter key, by code units
    // of 0x8000 and above (unsigned) and by surrogates, with ties.
    void sameOrderForKeysSharingALongPrefix()
    {
        const QString base = QStringLiteral("aks-production-westeurope-");
        const QList<QString> tails = {
            QString(), QStringLiteral("0"), QStringLiteral("01"), QStringLiteral("01") + QChar(0),
            QStringLiteral("01") + QChar(0) + QChar(0), QStringLiteral("01234567"), QStringLiteral("012345678"),
            QStringLiteral("012345679"), QStringLiteral("01234567") + QChar(0), QStringLiteral("0123456"),
            QString(QChar(0xffff)), QString(QChar(0x8000)), QString(QChar(0x7fff)), QStringLiteral("\U0001F600"),
            QStringLiteral("Z"), QStringLiteral("z"), QString(QChar(0)),
        };
        QList<ClusterRow> rows;
        for (int copy = 0; copy < 3; ++copy) {
            for (int t = 0; t < tails.size(); ++t) {
                ClusterRow r = generated(int(rows.size()));
                r.name = base + tails.at((t * 7 + copy) % tails.size());
                r.endpoint = r.name.toLower();
                rows.append(r);
            }
        }
        ClustersTableModel model;
        QSortFilterProxyModel stock;
        ClustersProxyModel fast;
        setUpClustersProxy(stock, model);
        setUpClustersProxy(fast, model);
        model.setRows(rows);
        for (const int column : {int(ClustersTableModel::Name), int(ClustersTableModel::Endpoint)}) {
            for (const Qt::CaseSensitivity cs : {Qt::CaseSensitive, Qt::CaseInsensitive}) {
                for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                    for (QSortFilterProxyModel *p : {&stock, static_cast<QSortFilterProxyModel *>(&fast)}) {
                        p->setSortCaseSensitivity(cs);
                        p->sort(column, order);
                    }
                    QVERIFY2(shown(fast) == shown(stock), qPrintable(QStringLiteral("column %1, %2, %3")
                                                                           .arg(column)
                                                                           .arg(int(cs))
                                                                           .arg(int(order))));
                }
            }
        }
    }

    // The filter searches ASCII text itself and leaves any other text to QStringMatcher: the
    // Kelvin sign and the long s fold to an ASCII k and s, so "k" finds "\u212Aelvin".
    void sameRowsForNonAsciiLettersThatFoldToAscii()
    {
        const QStringList names = {QStringLiteral("\u212Aelvin"), QStringLiteral("kelvin"), QStringLiteral("\u017Ftate"),
                                   QStringLiteral("state"), QStringLiteral("x\u212A"), QStringLiteral("Kx")};
        QList<ClusterRow> rows;
        for (int i = 0; i < 60; ++i) {
            ClusterRow r = generated(i);
            r.name = names.at(i % names.size());
            rows.append(r);
        }
        ClustersTableModel model;
        QSortFilterProxyModel stock;
        ClustersProxyModel fast;
        setUpClustersProxy(stock, model);
        setUpClustersProxy(fast, model);
        model.setRows(rows);
        for (QSortFilterProxyModel *p : {&stock, static_cast<QSortFilterProxyModel *>(&fast)})
            p->setFilterKeyColumn(ClustersTableModel::Name);
        for (const Qt::CaseSensitivity cs : {Qt::CaseInsensitive, Qt::CaseSensitive}) {
            for (const QString &filter : {QStringLiteral("k"), QStringLiteral("KELVIN"), QStringLiteral("s"),
                                          QStringLiteral("st"), QStringLiteral("xk")}) {
                for (QSortFilterProxyModel *p : {&stock, static_cast<QSortFilterProxyModel *>(&fast)}) {
                    p->setFilterCaseSensitivity(cs);
                    p->setFilterFixedString(filter);
                }
                QVERIFY2(shown(fast) == shown(stock), qPrintable(QStringLiteral("'%1', %2").arg(filter).arg(int(cs))));
            }
        }
        // The stock proxy does find them (else this would prove nothing).
        stock.setFilterCaseSensitivity(Qt::CaseInsensitive);
        stock.setFilterFixedString(QStringLiteral("k"));
        QCOMPARE(stock.rowCount(), 40);
    }

    // The fast proxy answers a new filter for all rows at once and keeps the answers until the
    // rows change: rows that change, arrive or go under a filter are matched afresh, and a new
    // key column or case sensitivity is a new filter. Their state (a label) is what changes here.
    void sameRowsWhenRowsChangeUnderAFilter()
    {
        const auto restore = qScopeGuard([this] { m_model.setRows(generatedRows()); });
        both([](QSortFilterProxyModel &p) {
            p.setFilterFixedString(QStringLiteral("failed"));
            p.sort(ClustersTableModel::Name, Qt::AscendingOrder);
        });
        const QList<int> before = shown(m_stock);
        QVERIFY(!before.isEmpty());
        QCOMPARE(shown(m_fast), before);
        QList<ClusterRow> next = generatedRows(1); // every row's state moves on by one
        next.removeAt(11);
        next.append(generated(kRows + 2, 2));
        m_model.setRows(next);
        QVERIFY(shown(m_stock) != before);
        QCOMPARE(shown(m_fast), shown(m_stock));
        both([](QSortFilterProxyModel &p) { p.setFilterFixedString(QStringLiteral("a")); });
        const QList<int> anyColumn = shown(m_stock);
        QCOMPARE(shown(m_fast), anyColumn);
        both([](QSortFilterProxyModel &p) { p.setFilterKeyColumn(ClustersTableModel::State); });
        QVERIFY(shown(m_stock) != anyColumn);
        QCOMPARE(shown(m_fast), shown(m_stock));
        both([](QSortFilterProxyModel &p) { p.setFilterCaseSensitivity(Qt::CaseSensitive); });
        QCOMPARE(shown(m_fast), shown(m_stock));
        both([](QSortFilterProxyModel &p) { p.setFilterFixedString(QStringLiteral("Failed")); });
        QCOMPARE(shown(m_fast), shown(m_stock));
        m_model.setRows(generatedRows());
        QCOMPARE(shown(m_fast), shown(m_stock));
        QVERIFY(m_stock.rowCount() > 0);
    }

    // index() is QAbstractTableModel's, without its virtual calls: the same indexes, the same
    // invalid ones (outside the table, or under a parent).
    void indexesAsATableModelMakesThem()
    {
        const int rows = m_model.rowCount();
        const QModelIndex cell = m_model.index(3, 2);
        for (const QModelIndex &parent : {QModelIndex(), cell}) {
            for (const int row : {-1, 0, 1, rows - 1, rows, rows + 1}) {
                for (const int column : {-1, 0, int(ClustersTableModel::ColumnCount) - 1, int(ClustersTableModel::ColumnCount)}) {
                    const QModelIndex index = m_model.index(row, column, parent);
                    const QString where = QStringLiteral("%1,%2 under %3").arg(row).arg(column).arg(parent.isValid());
                    QVERIFY2(index.isValid() == m_model.hasIndex(row, column, parent), qPrintable(where));
                    if (index.isValid()) {
                        QCOMPARE(index.row(), row);
                        QCOMPARE(index.column(), column);
                        QCOMPARE(index.model(), &m_model);
                        QCOMPARE(index.internalId(), quintptr(0));
                        QVERIFY(!index.parent().isValid());
                    }
                }
            }
        }
    }

    // A refresh changes rows one by one while both proxies re-sort and re-filter dynamically
    // (the fast proxy compares directly then, without its ranks).
    void sameRowsThroughARefresh()
    {
        both([](QSortFilterProxyModel &p) {
            p.setFilterFixedString(QStringLiteral("e"));
            p.sort(ClustersTableModel::Modified, Qt::DescendingOrder);
        });
        QList<ClusterRow> next = generatedRows(1);
        next.removeAt(100);
        next.removeAt(7);
        next.append(generated(kRows + 1));
        const ClustersTableModel::DiffStats stats = m_model.setRows(next);
        QVERIFY(stats.changed > 0);
        QCOMPARE(stats.removed, 2);
        QCOMPARE(stats.inserted, 1);
        QCOMPARE(shown(m_fast), shown(m_stock));
        both([](QSortFilterProxyModel &p) { p.sort(ClustersTableModel::State, Qt::AscendingOrder); });
        QCOMPARE(shown(m_fast), shown(m_stock));
        m_model.setRows(generatedRows());
        QCOMPARE(shown(m_fast), shown(m_stock));
    }
};

QTEST_MAIN(TestClustersProxy)
#include "tst_clustersproxy.moc"
