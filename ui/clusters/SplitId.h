#pragma once
#include <QString>
#include <QStringBuilder>
#include <QStringView>

#include <cstddef>
#include <utility>

namespace cw::ui {

// An ARM id held as two implicitly shared strings, a head and a tail, whose text is the two
// joined. A table row's ids are long (a compute's ~150 characters, an AKS cluster's ~130) and
// differ only in their last segment: the head (".../workspaces/ws/computes/") is one string
// shared by every row of a page, the tail is often the row's name string itself. 5,000 rows
// held 3 MB of UTF-16 ids, each its own allocation; now they hold their names and a few heads.
// Compared, hashed and shown by the joined text: how the text is split does not matter.
class SplitId
{
public:
    SplitId() = default;
    // The whole id as one string (no split): what tests and single rows use.
    SplitId(const QString &id) : m_tail(id) {} // NOLINT(google-explicit-constructor): a QString is an id
    template<typename A, typename B>
    SplitId(const QStringBuilder<A, B> &id) : m_tail(id) {} // NOLINT(google-explicit-constructor): as above
    // Split after the last '/' of `id`; the tail is `own` (shared, not copied) when it is the
    // same text as the id's last segment, e.g. the row's name. An id is either whole (no head)
    // or split so: its tail is always its last segment, which qHash reads.
    static SplitId split(const QString &id, const QString &own = {});

    QString toString() const { return m_head.isEmpty() ? m_tail : m_head + m_tail; }
    bool isEmpty() const { return m_head.isEmpty() && m_tail.isEmpty(); }
    qsizetype size() const { return m_head.size() + m_tail.size(); }
    const QString &head() const { return m_head; }
    const QString &tail() const { return m_tail; }
    // Replaces the head by `shared` when they are the same text (a page's rows share one).
    void shareHead(const QString &shared)
    {
        if (!m_head.isEmpty() && m_head == shared)
            m_head = shared;
    }

    friend bool operator==(const SplitId &a, const SplitId &b) noexcept;
    friend bool operator!=(const SplitId &a, const SplitId &b) noexcept { return !(a == b); }
    // Of the joined text's length and last segment (the part rows differ by): equal ids hash
    // alike whatever their split, without walking their long common heads.
    friend size_t qHash(const SplitId &id, size_t seed) noexcept;

private:
    SplitId(QString head, QString tail) : m_head(std::move(head)), m_tail(std::move(tail)) {}
    QStringView lastSegment() const noexcept;
    bool equalsText(QStringView text) const noexcept;

    QString m_head;
    QString m_tail;
};

} // namespace cw::ui

// Two QStrings, which Qt moves in memory as bytes: lists of ids (and of rows holding them) grow by
// realloc instead of moving each element.
Q_DECLARE_TYPEINFO(cw::ui::SplitId, Q_RELOCATABLE_TYPE);
