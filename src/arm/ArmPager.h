#pragma once
#include "arm/ArmTypes.h"

#include <QObject>
#include <QPointer>
#include <QSet>

#include <optional>

namespace cw::arm {

class ArmConnection;
class ArmJob;

// Walks a list answer ({value:[...], nextLink}) page by page, following nextLink exactly as given.
// Emits page() per page as it arrives, then finished() once (with the error if one stopped it).
class ArmPager : public QObject
{
    Q_OBJECT
public:
    ArmPager(ArmConnection *connection, ArmRequest first, QObject *parent = nullptr);
    ~ArmPager() override;

    void start();
    // Stops after the current page; finished() carries a Cancelled error.
    void cancel();

    int pageCount() const { return m_pages; }
    qint64 itemCount() const { return m_items; }
    // A guard against servers that never stop handing out nextLinks.
    void setMaxPages(int pages) { m_maxPages = pages; }

Q_SIGNALS:
    void page(const nlohmann::json &values);
    void finished(const std::optional<cw::arm::ArmError> &error);

private:
    void fetch(ArmRequest request);
    void finish(std::optional<ArmError> error);

    ArmConnection *m_connection;
    ArmRequest m_first;
    QPointer<ArmJob> m_job;
    QSet<QString> m_seenLinks;
    int m_pages = 0;
    qint64 m_items = 0;
    int m_maxPages = 100000;
    bool m_done = false;
};

} // namespace cw::arm
