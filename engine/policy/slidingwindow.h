// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../clock.h"

#include <QtGlobal>

#include <algorithm>
#include <array>
#include <limits>

namespace bw {

/// The counts of the last `window`, kept in 10 slots so that a policy can judge recent traffic
/// without storing every event. `Counts` is a small struct of counters: value-initialised it
/// counts nothing, and it provides operator+=.
///
/// Invariants:
/// - The bucket length is window / 10, divided in nanoseconds (whole seconds / 10 would make a
///   5 s window's buckets 0 s long) and never below 1 ms.
/// - An instant belongs to slot floor(time_since_epoch / bucket length); floor rather than
///   truncation, so that instants before the clock's epoch still map to the right slot.
/// - A slot counts while its index is within the last 10 up to now's, so a bucket leaves the
///   window whole once its start is `window` old.
/// - Each slot index has one of 10 storage places; current() empties a place that still holds
///   an older slot before handing it out.
template<typename Counts>
class SlidingWindow
{
public:
    static constexpr int slotCount = 10;

    explicit SlidingWindow(std::chrono::nanoseconds window)
        : m_length(lengthFor(window))
    {
    }

    std::chrono::nanoseconds bucketLength() const { return m_length; }

    /// The counts of the slot `now` falls in, for the caller to add to.
    Counts &current(SteadyTime now)
    {
        const qint64 index = indexOf(now.time_since_epoch(), m_length);
        Slot &slot = m_slots[positionOf(index)];
        if (slot.index != index) {
            slot = Slot{index, Counts{}};
        }
        return slot.counts;
    }

    /// The sum of the slots inside the window at `now`.
    Counts total(SteadyTime now) const
    {
        const qint64 latest = indexOf(now.time_since_epoch(), m_length);
        Counts sum{};
        for (const Slot &slot : m_slots) {
            if (slot.index > latest - slotCount && slot.index <= latest) {
                sum += slot.counts;
            }
        }
        return sum;
    }

    void clear() { m_slots.fill(Slot{}); }

    /// Takes a new window length. The counts survive only if the bucket length stays the same:
    /// for the callers that would rather start afresh than guess where old counts belong.
    void setWindow(std::chrono::nanoseconds window)
    {
        const std::chrono::nanoseconds length = lengthFor(window);
        if (length != m_length) {
            m_length = length;
            clear();
        }
    }

    /// Takes a new window length and keeps the counts: each slot is re-filed under the slot
    /// its start falls in at the new length. Where two land on one slot they merge; where a
    /// newer slot evicts an older one, the newer counts win.
    void rescaleWindow(std::chrono::nanoseconds window)
    {
        const std::chrono::nanoseconds oldLength = m_length;
        m_length = lengthFor(window);
        if (m_length == oldLength) {
            return;
        }
        std::array<Slot, slotCount> moved{};
        for (const Slot &slot : m_slots) {
            if (slot.index == unused) {
                continue;
            }
            const qint64 index = indexOf(oldLength * slot.index, m_length);
            Slot &target = moved[positionOf(index)];
            if (target.index == index) {
                target.counts += slot.counts;
            } else if (target.index == unused || target.index < index) {
                target = Slot{index, slot.counts};
            }
        }
        m_slots = moved;
    }

private:
    // No instant maps here (the bucket length is at least 1 ms), so an empty place can never
    // pass for a slot that is really in use.
    static constexpr qint64 unused = std::numeric_limits<qint64>::min();

    struct Slot
    {
        qint64 index = unused;
        Counts counts{};
    };

    static std::chrono::nanoseconds lengthFor(std::chrono::nanoseconds window)
    {
        return std::max<std::chrono::nanoseconds>(window / slotCount, Millis{1});
    }

    static qint64 indexOf(std::chrono::nanoseconds sinceEpoch, std::chrono::nanoseconds length)
    {
        const qint64 t = sinceEpoch.count();
        const qint64 l = length.count();
        return t >= 0 ? t / l : -((-t + l - 1) / l);
    }

    static size_t positionOf(qint64 index)
    {
        return static_cast<size_t>((index % slotCount + slotCount) % slotCount);
    }

    std::chrono::nanoseconds m_length;
    std::array<Slot, slotCount> m_slots{};
};

} // namespace bw
