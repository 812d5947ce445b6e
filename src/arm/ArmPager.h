#pragma once
#include "arm/ArmTypes.h"
#include "common/AsyncJob.h"

#include <QPointer>
#include <QSet>

#include <functional>
#include <optional>
#include <string_view>

namespace cw::arm {

class ArmConnection;
class ArmJob;

// Walks a list answer ({value:[...], nextLink}) page by page, following nextLink exactly as given.
// Emits page() per page as it arrives, then finished() once (with the error if one stopped it).
// An AsyncJob that delivers Immediately (inside the page's slot, or inside cancel() when no page
// is in flight) and is KeptByOwner (its parent, or the stack). cancel() stops after the current
// page; finished() carries a Cancelled error.
class ArmPager : public AsyncJob
{
    Q_OBJECT
public:
    ArmPager(ArmConnection *connection, ArmRequest first, QObject *parent = nullptr);
    ~ArmPager() override;

    int pageCount() const { return m_pages; }
    qint64 itemCount() const { return m_items; }
    // A guard against servers that never stop handing out nextLinks.
    void setMaxPages(int pages) { m_maxPages = pages; }
    // Reads each page's `value` array in place instead of emitting page(): the answer (checked
    // JSON, see ArmJob) is scanned without building a document and the reader gets the array's
    // text, valid during the call only. Returns how many items it read, or nullopt when the
    // array could not be read (finished() then carries a MalformedPage error).
    using PageReader = std::function<std::optional<qint64>(std::string_view values)>;
    void setPageReader(PageReader reader) { m_reader = std::move(reader); }

Q_SIGNALS:
    void page(const nlohmann::json &values);
    void finished(const std::optional<cw::arm::ArmError> &error);

protected:
    void doStart() override;
    void doCancel() override;

private:
    void fetch(ArmRequest request);
    // One page read: counted, handed on, its nextLink set. False when it has no `value` array.
    bool readDocument(const ArmResponse &response, QString *next);
    bool readText(const QByteArray &body, QString *next);
    void finish(std::optional<ArmError> error);
    ArmError cancelledError() const;

    ArmConnection *m_connection;
    ArmRequest m_first;
    QPointer<ArmJob> m_job;
    QSet<QString> m_seenLinks;
    int m_pages = 0;
    qint64 m_items = 0;
    int m_maxPages = 100000;
    PageReader m_reader;
    // cancel() came while a page was in flight: its ArmJob may have finished already (its answer
    // queued), when cancelling it changes nothing, so the answer itself is turned away.
    bool m_cancelling = false;
};

} // namespace cw::arm
