// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine.h"

#include "endpointrunner.h"
#include "logging.h"
#include "queue/deliverystore.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>

namespace bw {

Engine::Engine(Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_queuePollTimer(this)
    , m_updateTimer(this)
{
    qRegisterMetaType<bw::EngineUpdate>();
    m_updateTimer.setInterval(updateInterval);
    connect(&m_updateTimer, &QTimer::timeout, this, &Engine::emitUpdate);
    m_queuePollTimer.setInterval(queuePollInterval);
    connect(&m_queuePollTimer, &QTimer::timeout, this, [this] {
        // PRAGMA data_version only moves when another connection commits: one cheap query
        // per interval, whatever the number of queues.
        if (!m_deliveryStore || !m_deliveryStore->externalChanges())
            return;
        for (auto &runner : m_runners)
            runner->noteQueueChanged();
    });
}

Engine::~Engine()
{
    m_runners.clear();
    m_deliveryStore.reset();
}

Result<void> Engine::openDeliveryStore(const QString &path)
{
    auto store = std::make_unique<DeliveryStore>();
    if (auto opened = store->open(path); !opened)
        return opened;
    store->externalChanges();
    m_deliveryStore = std::move(store);
    qCInfo(lcQueue).noquote() << "delivery queue file" << path;
    return {};
}

QNetworkAccessManager &Engine::network()
{
    // Created on first use so that it belongs to the thread the engine runs in.
    if (!m_network) {
        m_network = std::make_unique<QNetworkAccessManager>();
        m_network->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    }
    return *m_network;
}

QNetworkAccessManager &Engine::isolatedNetwork(const QString &endpointId)
{
    auto &manager = m_isolated[endpointId];
    if (!manager) {
        manager = std::make_unique<QNetworkAccessManager>();
        manager->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    }
    return *manager;
}

void Engine::setEndpoints(const QList<EndpointConfig> &endpoints)
{
    std::vector<std::unique_ptr<EndpointRunner>> next;
    for (const EndpointConfig &config : endpoints) {
        auto existing = std::find_if(m_runners.begin(), m_runners.end(), [&](const auto &r) {
            return r && r->config().id == config.id && r->config().url == config.url
                   && r->config().mode == config.mode;
        });
        if (existing != m_runners.end()) {
            (*existing)->reconfigure(config);
            next.push_back(std::move(*existing));
            continue;
        }
        auto runner = std::make_unique<EndpointRunner>(*this, config);
        if (m_running)
            runner->start(0);
        next.push_back(std::move(runner));
    }
    std::vector<std::unique_ptr<EndpointRunner>> removed;
    for (auto &old : m_runners) {
        if (old)
            removed.push_back(std::move(old));
    }
    m_runners = std::move(next);
    // A removed runner's attempts are aborted unrecorded; their host slots come back.
    for (auto &old : removed) {
        const QString hostKey = old->hostKey();
        const int used = old->inFlight();
        old.reset();
        for (int i = 0; i < used; ++i)
            releaseHostSlot(hostKey);
    }
    for (auto it = m_isolated.begin(); it != m_isolated.end();) {
        const bool used = std::any_of(m_runners.begin(), m_runners.end(), [&](const auto &r) {
            return r->config().isolate && r->config().id == it->first;
        });
        it = used ? std::next(it) : m_isolated.erase(it);
    }
    qCInfo(lcEngine).noquote() << "monitoring" << m_runners.size()
                               << (m_runners.size() == 1 ? "endpoint" : "endpoints");
    emit endpointsApplied(this->endpoints());
}

QList<EndpointConfig> Engine::endpoints() const
{
    QList<EndpointConfig> configs;
    configs.reserve(qsizetype(m_runners.size()));
    for (const auto &runner : m_runners)
        configs.append(runner->config());
    return configs;
}

void Engine::start()
{
    if (m_running)
        return;
    m_running = true;
    // Spread first polls evenly over the interval, so that hundreds of endpoints do not all
    // fire at once and queue behind one another's connection slots. The first starts at once.
    const double count = double(m_runners.size());
    for (std::size_t i = 0; i < m_runners.size(); ++i)
        m_runners[i]->start(double(i) / count);
    m_updateTimer.start();
    if (m_deliveryStore)
        m_queuePollTimer.start();
}

void Engine::stop(Millis grace)
{
    if (!m_running)
        return;
    m_running = false;
    for (auto &runner : m_runners)
        runner->stopPolling();

    // Let attempts in flight finish so their records agree with what the servers saw.
    QDeadlineTimer deadline(grace);
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(20);
    connect(&poll, &QTimer::timeout, &loop, [&] {
        if (totalInFlight() == 0 || deadline.hasExpired())
            loop.quit();
    });
    if (totalInFlight() > 0) {
        poll.start();
        loop.exec();
    }
    for (auto &runner : m_runners)
        runner->cancelInFlight(QStringLiteral("cancelled at shutdown"));
    for (auto &runner : m_runners)
        runner->flushQueue();
    m_queuePollTimer.stop();
    m_updateTimer.stop();
    emitUpdate();
}

bool Engine::hasHostSlot(const QString &hostKey) const
{
    return m_hostSlots.value(hostKey) < connectionsPerHost;
}

void Engine::acquireHostSlot(const QString &hostKey)
{
    ++m_hostSlots[hostKey];
}

void Engine::releaseHostSlot(const QString &hostKey)
{
    auto it = m_hostSlots.find(hostKey);
    if (it == m_hostSlots.end())
        return;
    if (--*it <= 0)
        m_hostSlots.erase(it);
    // Looked up afresh each round: a pump can send, fail at once and release recursively.
    // Each round removes one waiter, and a runner only waits again while the host is full,
    // so this ends.
    while (hasHostSlot(hostKey)) {
        const auto waiters = m_slotWaiters.find(hostKey);
        if (waiters == m_slotWaiters.end())
            break;
        if (waiters->second.empty()) {
            m_slotWaiters.erase(waiters);
            break;
        }
        const QPointer<EndpointRunner> runner = waiters->second.front();
        waiters->second.pop_front();
        if (runner)
            runner->onHostSlotFreed();
    }
}

void Engine::waitForHostSlot(const QString &hostKey, EndpointRunner *runner)
{
    m_slotWaiters[hostKey].push_back(runner);
}

void Engine::pauseHost(const QString &hostKey, SteadyTime until, WallTime untilWall,
                       const QString &reason)
{
    for (auto &runner : m_runners) {
        if (runner->hostKey() == hostKey)
            runner->pauseUntil(until, untilWall, reason);
    }
}

int Engine::totalInFlight() const
{
    int total = 0;
    for (const auto &runner : m_runners)
        total += runner->inFlight();
    return total;
}

void Engine::post(const AttemptRecord &record)
{
    m_pending.records.append(record);
}

void Engine::post(const BreakerEvent &event)
{
    m_pending.breakerEvents.append(event);
}

void Engine::emitUpdate()
{
    m_pending.at = m_clock.wallNow();
    m_pending.statuses.reserve(qsizetype(m_runners.size()));
    for (const auto &runner : m_runners)
        m_pending.statuses.append(runner->status());
    for (auto it = m_hostSlots.cbegin(); it != m_hostSlots.cend(); ++it)
        m_pending.hostConnections.append({it.key(), it.value()});
    std::sort(m_pending.hostConnections.begin(), m_pending.hostConnections.end());
    EngineUpdate update = std::move(m_pending);
    m_pending = EngineUpdate();
    emit updated(update);
}

} // namespace bw
