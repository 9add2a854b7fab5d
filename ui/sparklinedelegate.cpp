// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sparklinedelegate.h"

#include "displaytext.h"
#include "endpointtablemodel.h"
#include "metrics/metricsstore.h"

#include <QApplication>
#include <QPainter>

#include <algorithm>
#include <array>
#include <cmath>

namespace bw {

namespace {

constexpr int horizontalMargin = 4;
constexpr int verticalMargin = 3;
constexpr int bandHeight = 4;
constexpr int tickHeight = 3;
// Sub-100 ms jitter would otherwise fill the whole height of a fast endpoint's line.
constexpr double minimumTopMs = 100;
// A poller at 1 Hz leaves the odd second without an attempt; only longer silences (breaker
// open, a server pause) break the line, so that it never suggests traffic that did not happen.
constexpr qint64 bridgedGapMs = 3'000;

// WCAG's minimum contrast for graphics that carry meaning; plain 1-px lines need it.
constexpr double minimumContrast = 3.0;

double relativeLuminance(const QColor &colour)
{
    const auto channel = [](float c) {
        return c <= 0.03928f ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
           + 0.0722 * channel(colour.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

/// `colour` when it stands out enough from `background`, otherwise the least mix of it with
/// `towards` (the highlighted text colour) that does, so that the hue still hints at what
/// the line means. Ten steps at most, and only for the one selected row.
QColor readableOn(const QColor &colour, const QColor &background, const QColor &towards)
{
    for (int step = 0; step <= 10; ++step) {
        const float t = step / 10.0f;
        const QColor mixed = QColor::fromRgbF(
            colour.redF() + (towards.redF() - colour.redF()) * t,
            colour.greenF() + (towards.greenF() - colour.greenF()) * t,
            colour.blueF() + (towards.blueF() - colour.blueF()) * t);
        if (contrast(mixed, background) >= minimumContrast)
            return mixed;
    }
    return towards;
}

/// The colours one sparkline is painted in. On a selected row the ticks and the band keep
/// their colours, which tell 429s from errors and open from closed, on a one-pixel halo of
/// the highlighted text colour that sets them off the highlight; the latency line, too thin
/// for a halo, takes a shade that reads on the highlight instead.
struct Colours
{
    QColor rateLimited = SeriesColour::purple;
    QColor failed = SeriesColour::vermillion;
    QColor latency = SeriesColour::blue;
    std::array<QColor, 3> breaker; ///< closed, half-open, open
    QColor halo;                   ///< invalid on a row that is not selected
};

std::size_t breakerSlot(BreakerState state)
{
    return state == BreakerState::Closed ? 0 : state == BreakerState::HalfOpen ? 1 : 2;
}

struct PixelColumn
{
    double peakMs = -1; ///< negative when no attempt was sent
    bool rateLimited = false;
    bool failed = false;
};

struct Layout
{
    QRect area;
    int lineTop = 0;
    int lineBottom = 0; ///< where a latency of 0 sits
    int errorTop = 0;
    int bandTop = 0;
};

Layout layoutFor(const QRect &area)
{
    Layout layout;
    layout.area = area;
    layout.bandTop = area.bottom() + 1 - bandHeight;
    layout.errorTop = layout.bandTop - 1 - tickHeight;
    layout.lineTop = area.top() + tickHeight + 2;
    layout.lineBottom = layout.errorTop - 2;
    return layout;
}

// Fills one rectangle per run of flagged columns rather than one per column.
template <typename Flag>
void paintTicks(QPainter *painter,
                const std::array<PixelColumn, SparklineDelegate::maxWidth> &columns, int width,
                const QRect &row, const QColor &colour, const QColor &halo, Flag flagged)
{
    int runStart = -1;
    for (int c = 0; c <= width; ++c) {
        const bool on = c < width && flagged(columns[std::size_t(c)]);
        if (on && runStart < 0)
            runStart = c;
        if (!on && runStart >= 0) {
            const QRect run(row.left() + runStart, row.top(), c - runStart, row.height());
            // Runs are a column apart at least, so a halo never covers its neighbour.
            if (halo.isValid())
                painter->fillRect(run.adjusted(-1, -1, 1, 1), halo);
            painter->fillRect(run, colour);
            runStart = -1;
        }
    }
}

void paintLine(QPainter *painter,
               const std::array<PixelColumn, SparklineDelegate::maxWidth> &columns, int width,
               const Layout &layout, double topMs, int bridgedColumns)
{
    std::array<QPointF, SparklineDelegate::maxWidth> points;
    int count = 0;
    int lastColumn = -1;
    const double height = layout.lineBottom - layout.lineTop;
    const auto flush = [&] {
        if (count == 1) // a lone sample still shows, as a short dash
            painter->drawLine(points[0] - QPointF(1, 0), points[0] + QPointF(1, 0));
        else if (count > 1)
            painter->drawPolyline(points.data(), count);
        count = 0;
    };
    for (int c = 0; c < width; ++c) {
        const double peak = columns[std::size_t(c)].peakMs;
        if (peak < 0)
            continue;
        if (lastColumn >= 0 && c - lastColumn > bridgedColumns)
            flush();
        const double y = layout.lineBottom - std::min(peak / topMs, 1.0) * height;
        points[std::size_t(count++)] = QPointF(layout.area.left() + c + 0.5, y);
        lastColumn = c;
    }
    flush();
}

void paintBand(QPainter *painter, const EndpointSeries &series, qint64 fromMs, qint64 toMs,
               const Layout &layout, const Colours &colours)
{
    const auto &timeline = series.breakerTimeline;
    const double scale = layout.area.width() / double(toMs - fromMs);
    if (colours.halo.isValid()) {
        painter->fillRect(QRect(layout.area.left() - 1, layout.bandTop - 1,
                                layout.area.width() + 2, bandHeight + 2),
                          colours.halo);
    }
    std::size_t first = timeline.size();
    while (first > 0 && timeline[first - 1].atMs > fromMs)
        --first;
    if (first > 0)
        --first; // the state already in force when the window starts

    // Two passes: states at their true width first, then spells shorter than a pixel on top
    // at one pixel, so that a half-open probe lasting milliseconds still shows between two
    // open spells instead of being painted over by the next one.
    for (const bool shortSpells : {false, true}) {
        for (std::size_t i = first; i < timeline.size(); ++i) {
            const qint64 start = std::max(timeline[i].atMs, fromMs);
            const qint64 end
                = i + 1 < timeline.size() ? std::min(timeline[i + 1].atMs, toMs) : toMs;
            if (start > toMs)
                break;
            // A spell starting at the window's end still gets the last pixel, so the state in
            // force right now always shows.
            const double x = std::min(layout.area.left() + (start - fromMs) * scale,
                                      layout.area.left() + layout.area.width() - 1.0);
            const double w = std::max<double>(end - start, 0) * scale;
            if ((w < 1) != shortSpells)
                continue;
            const BreakerState state = timeline[i].state;
            if (shortSpells && state == BreakerState::Closed)
                continue;
            QColor colour = colours.breaker[breakerSlot(state)];
            // Closed is the normal state: a paler fill lets open and half-open spells stand out.
            if (state == BreakerState::Closed)
                colour.setAlpha(140);
            painter->fillRect(QRectF(x, layout.bandTop, std::max(w, 1.0), bandHeight), colour);
        }
    }
}

} // namespace

SparklineDelegate::SparklineDelegate(const MetricsStore *store, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_store(store)
{
}

void SparklineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const EndpointSeries *series
        = m_store->series(index.data(EndpointTableModel::IdRole).toString());
    const qint64 fromMs = index.data(EndpointTableModel::TrendFromRole).toLongLong();
    const qint64 toMs = index.data(EndpointTableModel::TrendToRole).toLongLong();
    const QRect cell
        = opt.rect.adjusted(horizontalMargin, verticalMargin, -horizontalMargin, -verticalMargin);
    const int width = std::min(cell.width(), maxWidth);
    if (!series || toMs <= fromMs || width < 8 || cell.height() < 2 * tickHeight + bandHeight + 6)
        return;
    const Layout layout = layoutFor(QRect(cell.left(), cell.top(), width, cell.height()));

    std::array<PixelColumn, maxWidth> columns{};
    const double perMs = width / double(toMs - fromMs);
    const auto columnAt = [&](qint64 ms) {
        return std::clamp(int(std::floor((ms - fromMs) * perMs)), 0, width - 1);
    };
    double peakMs = 0;
    for (auto it = series->seconds.crbegin(); it != series->seconds.crend(); ++it) {
        const qint64 startMs = it->second * 1000;
        if (startMs + 1000 <= fromMs)
            break;
        if (startMs > toMs)
            continue;
        // A second wider than a pixel covers every column it overlaps, so short windows
        // show a continuous line instead of dots.
        const int first = columnAt(startMs);
        const int last = std::max(first, columnAt(startMs + 1000) - 1);
        const bool sent = it->latencyCount > 0;
        for (int c = first; c <= last; ++c) {
            PixelColumn &column = columns[std::size_t(c)];
            if (sent)
                column.peakMs = std::max(column.peakMs, it->latencyMaxMs);
            column.rateLimited = column.rateLimited || it->rateLimited > 0;
            column.failed = column.failed || it->errors() > 0;
        }
        if (sent)
            peakMs = std::max(peakMs, it->latencyMaxMs);
    }

    Colours colours;
    for (const BreakerState state :
         {BreakerState::Closed, BreakerState::HalfOpen, BreakerState::Open}) {
        colours.breaker[breakerSlot(state)] = toneColour(breakerTone(state), opt.palette);
    }
    // A selected row keeps the highlight the style painted behind it, in the colour group
    // the style used.
    if (opt.state.testFlag(QStyle::State_Selected)) {
        const QPalette::ColorGroup group
            = !opt.state.testFlag(QStyle::State_Enabled) ? QPalette::Disabled
              : opt.state.testFlag(QStyle::State_Active) ? QPalette::Active
                                                         : QPalette::Inactive;
        colours.halo = opt.palette.color(group, QPalette::HighlightedText);
        colours.latency = readableOn(colours.latency, opt.palette.color(group, QPalette::Highlight),
                                     colours.halo);
    }

    painter->save();
    paintBand(painter, *series, fromMs, toMs, layout, colours);
    paintTicks(painter, columns, width,
               QRect(layout.area.left(), layout.area.top(), width, tickHeight),
               colours.rateLimited, colours.halo,
               [](const PixelColumn &c) { return c.rateLimited; });
    paintTicks(painter, columns, width,
               QRect(layout.area.left(), layout.errorTop, width, tickHeight), colours.failed,
               colours.halo, [](const PixelColumn &c) { return c.failed; });
    painter->setRenderHint(QPainter::Antialiasing, true);
    // A one-pixel pen takes the raster engine's cosmetic stroker, several times cheaper than
    // stroking a wider outline and filling it, which dominated the table's repaint.
    painter->setPen(QPen(colours.latency, 1));
    const int bridgedColumns = std::max(1, int(std::ceil(bridgedGapMs * perMs)));
    paintLine(painter, columns, width, layout, std::max(peakMs * 1.1, minimumTopMs),
              bridgedColumns);
    painter->restore();
}

QSize SparklineDelegate::sizeHint(const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    const QSize text = QStyledItemDelegate::sizeHint(option, index);
    return QSize(maxWidth + 2 * horizontalMargin,
                 std::max(text.height(), 2 * tickHeight + bandHeight + 16));
}

} // namespace bw
