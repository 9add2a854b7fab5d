// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeserieschart.h"

#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QGraphicsEllipseItem>
#include <QGraphicsLayout>
#include <QGraphicsLineItem>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QLegend>
#include <QMouseEvent>
#include <QPainter>
#include <QValueAxis>
#include <QWheelEvent>

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>

namespace bw {

namespace {

constexpr int fallbackColumns = 600;

// The smallest of 1, 2, 2.5 and 5 times a power of ten that is at least `raw`, so that
// axis labels are round numbers; with `wholeSteps`, only whole numbers qualify.
double niceStep(double raw, bool wholeSteps)
{
    if (raw <= 0 || (wholeSteps && raw <= 1))
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double factor : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        const double step = factor * magnitude;
        if (wholeSteps && step != std::floor(step))
            continue;
        if (step >= raw)
            return step;
    }
    return 10 * magnitude;
}

// The fewest decimals that print every multiple of `step` exactly ("%.1f" for 2.5).
QString labelFormat(double step)
{
    int decimals = 0;
    double scaled = step;
    while (decimals < 3 && std::abs(scaled - std::round(scaled)) > 1e-9) {
        scaled *= 10;
        ++decimals;
    }
    return QStringLiteral("%.%1f").arg(decimals);
}

bool lessX(const QPointF &a, const QPointF &b)
{
    return a.x() < b.x();
}

} // namespace

/// Paints a chart's series over its plot area, in the order they were added, each run as
/// one polyline (markers for a scatter, a filled polygon for a band). Points stay in data
/// coordinates and are mapped to pixels at paint time with the chart's current window and
/// value range, so moving the window costs no more than the repaint. Nothing is stroked for
/// hit-testing: the chart's mouse handling works on times, not on items.
class PlotItem final : public QGraphicsItem
{
public:
    PlotItem(const TimeSeriesChart *owner, QGraphicsItem *parent)
        : QGraphicsItem(parent)
        , m_owner(owner)
    {
        // Above the chart's background, below the marker lines (z 100) and the cursor.
        setZValue(50);
        setAcceptedMouseButtons(Qt::NoButton);
        setAcceptHoverEvents(false);
    }

    /// `plot` is where series are drawn (clipped), `bounds` the whole chart, where the
    /// axes and their labels go.
    void setRects(const QRectF &plot, const QRectF &bounds)
    {
        if (bounds != m_bounds)
            prepareGeometryChange();
        m_rect = plot;
        m_bounds = bounds;
        update();
    }

    QRectF boundingRect() const override { return m_bounds; }

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override;

private:
    void paintPolylines(QPainter *painter, const QList<QPointF> &run, const QRectF &clip,
                        qreal stepWidth);
    void fillSteps(QPainter *painter, qreal width);

    const TimeSeriesChart *m_owner;
    QRectF m_rect;
    QRectF m_bounds;
    QList<QPointF> m_mapped; ///< reused between paints
    QList<QPointF> m_piece;
    QList<QRectF> m_rects;
};

namespace {

// Liang–Barsky: cuts the segment a–b to `r`; false when none of it is inside.
bool clipSegment(QPointF &a, QPointF &b, const QRectF &r)
{
    const double dx = b.x() - a.x();
    const double dy = b.y() - a.y();
    const std::array<double, 4> p{-dx, dx, -dy, dy};
    const std::array<double, 4> q{a.x() - r.left(), r.right() - a.x(), a.y() - r.top(),
                                  r.bottom() - a.y()};
    double t0 = 0;
    double t1 = 1;
    for (std::size_t i = 0; i < 4; ++i) {
        if (p[i] == 0) {
            if (q[i] < 0)
                return false;
            continue;
        }
        const double t = q[i] / p[i];
        if (p[i] < 0) {
            if (t > t1)
                return false;
            t0 = std::max(t0, t);
        } else {
            if (t < t0)
                return false;
            t1 = std::min(t1, t);
        }
    }
    const QPointF start = a;
    a = QPointF(start.x() + t0 * dx, start.y() + t0 * dy);
    b = QPointF(start.x() + t1 * dx, start.y() + t1 * dy);
    return true;
}

} // namespace

// A staircase of opaque colour is only horizontal and vertical segments: filled as one
// rectangle per segment, each reaching half the width past its joins (which is what a square
// miter join draws), it costs a fraction of stroking the outline.
void PlotItem::fillSteps(QPainter *painter, qreal width)
{
    const qreal half = width / 2;
    m_rects.clear();
    const qsizetype last = m_piece.size() - 1;
    for (qsizetype i = 0; i < last; ++i) {
        const QPointF a = m_piece.at(i);
        const QPointF b = m_piece.at(i + 1);
        const qreal before = i > 0 ? half : 0;
        const qreal after = i + 1 < last ? half : 0;
        if (a.y() == b.y()) {
            const bool forward = a.x() <= b.x();
            const qreal left = forward ? a.x() - before : b.x() - after;
            const qreal right = forward ? b.x() + after : a.x() + before;
            m_rects.append(QRectF(left, a.y() - half, right - left, width));
        } else {
            const bool down = a.y() <= b.y();
            const qreal top = down ? a.y() - before : b.y() - after;
            const qreal bottom = down ? b.y() + after : a.y() + before;
            m_rects.append(QRectF(a.x() - half, top, width, bottom - top));
        }
    }
    painter->drawRects(m_rects.constData(), int(m_rects.size()));
}

void PlotItem::paintPolylines(QPainter *painter, const QList<QPointF> &run, const QRectF &clip,
                              qreal stepWidth)
{
    // Points far outside the plot (the edge points kept for lines running to the border, or
    // values above a clamped axis) are cut to a rectangle a little larger than the plot, so
    // the rasteriser never sees coordinates millions of pixels away and slopes stay exact.
    m_mapped.resize(run.size());
    for (qsizetype i = 0; i < run.size(); ++i)
        m_mapped[i] = m_owner->mapToPlot(run.at(i));
    m_piece.clear();
    const auto flush = [&] {
        if (m_piece.size() > 1 && stepWidth > 0)
            fillSteps(painter, stepWidth);
        else if (m_piece.size() > 1)
            painter->drawPolyline(m_piece.constData(), int(m_piece.size()));
        m_piece.clear();
    };
    for (qsizetype i = 0; i + 1 < m_mapped.size(); ++i) {
        QPointF a = m_mapped.at(i);
        QPointF b = m_mapped.at(i + 1);
        const bool aInside = clip.contains(a);
        const bool bInside = clip.contains(b);
        if (!(aInside && bInside) && !clipSegment(a, b, clip)) {
            flush();
            continue;
        }
        if (m_piece.isEmpty() || m_piece.last() != a) {
            flush();
            m_piece.append(a);
        }
        m_piece.append(b);
        if (!bInside)
            flush();
    }
    flush();
}

void PlotItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->save();
    m_owner->paintAxes(painter);
    painter->setClipRect(m_rect, Qt::IntersectClip);
    for (const TimeSeriesChart::Entry &entry : std::as_const(m_owner->m_entries)) {
        const QRectF clip
            = m_rect.adjusted(-entry.lineWidth - 8, -entry.lineWidth - 8, entry.lineWidth + 8,
                              entry.lineWidth + 8);
        switch (entry.kind) {
        case TimeSeriesChart::Kind::Line:
        case TimeSeriesChart::Kind::Step: {
            // Steps are only straight across and up or down, so they can be filled as
            // rectangles, unless a translucent colour would show where those overlap.
            const bool filled
                = entry.kind == TimeSeriesChart::Kind::Step && entry.colour.alpha() == 255;
            if (filled) {
                painter->setPen(Qt::NoPen);
                painter->setBrush(entry.colour);
            } else {
                painter->setPen(QPen(entry.colour, entry.lineWidth, Qt::SolidLine, Qt::FlatCap,
                                     Qt::MiterJoin));
                painter->setBrush(Qt::NoBrush);
            }
            for (const QList<QPointF> &run : entry.runs)
                paintPolylines(painter, run, clip, filled ? entry.lineWidth : 0);
            break;
        }
        case TimeSeriesChart::Kind::Scatter:
            painter->setPen(Qt::NoPen);
            painter->setBrush(entry.colour);
            for (const QList<QPointF> &run : entry.runs) {
                for (const QPointF &point : run) {
                    const QPointF at = m_owner->mapToPlot(point);
                    if (clip.contains(at))
                        painter->drawEllipse(at, 3.0, 3.0);
                }
            }
            break;
        case TimeSeriesChart::Kind::Band:
            // The points outline 0/1 spells already clipped to the window: filled as one
            // polygon, the stretches along 0 between spells enclose nothing.
            painter->setPen(Qt::NoPen);
            painter->setBrush(entry.colour);
            for (const QList<QPointF> &run : entry.runs) {
                m_mapped.resize(run.size());
                for (qsizetype i = 0; i < run.size(); ++i)
                    m_mapped[i] = m_owner->mapToPlot(run.at(i));
                painter->drawPolygon(m_mapped.constData(), int(m_mapped.size()));
            }
            break;
        }
    }
    painter->restore();
}

TimeSeriesChart::TimeSeriesChart(const QString &title, QWidget *parent)
    : QChartView(new QChart, parent)
    , m_timeAxis(new QDateTimeAxis)
    , m_valueAxis(new QValueAxis)
    , m_plot(new PlotItem(this, chart()))
    , m_title(new QGraphicsSimpleTextItem(title))
{
    QChart *c = chart();
    c->setAnimationOptions(QChart::NoAnimation);
    c->setBackgroundRoundness(0);
    c->setMargins(QMargins());
    c->layout()->setContentsMargins(0, 0, 0, 0);
    c->setDropShadowEnabled(false);
    c->legend()->setVisible(false);
    m_title->setParentItem(c);
    m_highlight = new QGraphicsLineItem(c);
    m_highlight->setZValue(101);
    m_highlight->setVisible(false);
    m_cursor = new QGraphicsLineItem(c);
    m_cursor->setZValue(102);
    m_cursor->setVisible(false);
    m_band = new QGraphicsRectItem(c);
    m_band->setZValue(103);
    m_band->setVisible(false);
    m_clipNote = new QGraphicsSimpleTextItem(c);
    m_clipNote->setVisible(false);
    setMouseTracking(true);
    setRubberBand(QChartView::NoRubberBand);

    m_timeAxis->setFormat(QStringLiteral("HH:mm:ss"));
    m_valueAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_valueAxis->setTickType(QValueAxis::TicksDynamic);
    m_valueAxis->setTickAnchor(0);
    m_valueAxis->setMinorTickCount(0);

    setRenderHint(QPainter::Antialiasing, false);
    setFrameShape(QFrame::NoFrame);
    setMinimumHeight(60);
    applyPalette();
    setTimeWindow(0, 60'000);
    updateValueRange();
}

TimeSeriesChart::~TimeSeriesChart() = default;

QString TimeSeriesChart::title() const
{
    return m_title->text();
}

int TimeSeriesChart::addSeries(const QString &name, Kind kind, const QColor &colour)
{
    Entry entry;
    entry.name = name;
    entry.kind = kind;
    entry.colour = colour;

    // The legend is drawn by hand in the strip above the plot: QLegend, detached or not,
    // either takes plot space or wraps its entries into a column.
    entry.legendText = new QGraphicsSimpleTextItem(name, chart());
    if (kind == Kind::Scatter) {
        auto *dot = new QGraphicsEllipseItem(0, 0, 7, 7, chart());
        dot->setBrush(colour);
        dot->setPen(Qt::NoPen);
        entry.legendSwatch = dot;
    } else {
        const bool band = kind == Kind::Band;
        auto *swatch = new QGraphicsRectItem(0, 0, band ? 10 : 14, band ? 10 : 2, chart());
        swatch->setBrush(colour);
        swatch->setPen(Qt::NoPen);
        entry.legendSwatch = swatch;
    }
    m_entries.append(entry);
    applyPalette();
    return int(m_entries.size()) - 1;
}

void TimeSeriesChart::setSeriesColour(int index, const QColor &colour)
{
    Entry &entry = m_entries[index];
    entry.colour = colour;
    entry.legendSwatch->setBrush(colour);
    m_plot->update();
}

void TimeSeriesChart::setLineWidth(int index, qreal width)
{
    Entry &entry = m_entries[index];
    if (entry.kind != Kind::Line && entry.kind != Kind::Step)
        return;
    entry.lineWidth = width;
    m_plot->update();
}

QString TimeSeriesChart::seriesName(int index) const
{
    return m_entries.at(index).name;
}

QColor TimeSeriesChart::seriesColour(int index) const
{
    return m_entries.at(index).colour;
}

QList<QPointF> TimeSeriesChart::drawnPoints(int index) const
{
    QList<QPointF> points;
    for (const QList<QPointF> &run : m_entries.at(index).runs)
        points += run;
    return points;
}

int TimeSeriesChart::pointCount(int index) const
{
    int count = 0;
    for (const QList<QPointF> &run : m_entries.at(index).runs)
        count += int(run.size());
    return count;
}

int TimeSeriesChart::runCount(int index) const
{
    return int(m_entries.at(index).runs.size());
}

QPointF TimeSeriesChart::mapToPlot(const QPointF &point) const
{
    const QRectF plot = chart()->plotArea();
    const double xScale = plot.width() / double(m_toMs - m_fromMs);
    const double yScale = plot.height() / std::max(m_valueMax - m_valueMin, 1e-12);
    return QPointF(plot.left() + (point.x() - double(m_fromMs)) * xScale,
                   plot.bottom() - (point.y() - m_valueMin) * yScale);
}

void TimeSeriesChart::setSeriesPoints(int index, const QList<QPointF> &points)
{
    // Runs past this many (a long flapping history) are joined, oldest first, which bounds
    // the work per paint whatever the data.
    constexpr qsizetype maxRuns = 48;

    Entry &entry = m_entries[index];
    entry.maxY = 0;
    entry.shownYs.clear();
    entry.runs.clear();
    m_plot->update();
    if (entry.kind == Kind::Band) {
        if (!points.isEmpty())
            entry.runs.append(points);
        entry.maxY = 1;
        updateValueRange();
        return;
    }

    QList<QList<QPointF>> runs(1);
    for (const QPointF &p : points) {
        if (!std::isnan(p.y()))
            runs.last().append(p);
        else if (entry.kind != Kind::Scatter && !runs.last().isEmpty())
            runs.append(QList<QPointF>());
    }
    if (runs.last().isEmpty())
        runs.removeLast();
    while (runs.size() > maxRuns) {
        runs[1] = runs.at(0) + runs.at(1);
        runs.removeFirst();
    }

    const int columns = plotColumns();
    const double columnMs = double(m_toMs - m_fromMs) / columns;
    for (const QList<QPointF> &run : std::as_const(runs)) {
        const auto [low, high] = std::minmax_element(run.cbegin(), run.cend(), lessX);
        if (high->x() < double(m_fromMs) || low->x() > double(m_toMs))
            continue;
        QList<QPointF> shaped
            = decimate(run, double(m_fromMs), double(m_toMs), columns, entry.kind != Kind::Scatter);
        if (entry.kind == Kind::Step)
            shaped = toSteps(shaped);
        else if (entry.kind == Kind::Line && shaped.size() == 1)
            shaped.append(QPointF(shaped.first().x() + columnMs, shaped.first().y()));
        for (const QPointF &p : std::as_const(shaped)) {
            entry.maxY = std::max(entry.maxY, p.y());
            if (p.x() >= double(m_fromMs) && p.x() <= double(m_toMs))
                entry.shownYs.push_back(p.y());
        }
        entry.runs.append(std::move(shaped));
    }
    updateValueRange();
}

void TimeSeriesChart::setTimeWindow(qint64 fromMs, qint64 toMs)
{
    m_fromMs = fromMs;
    m_toMs = std::max(toMs, fromMs + 1);
    m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(m_fromMs),
                         QDateTime::fromMSecsSinceEpoch(m_toMs));
    updateTimeTicks();
    layoutMarkers();
    m_plot->update();
}

void TimeSeriesChart::updateTimeLabels()
{
    // Evenly spaced over the window, ends included, as QDateTimeAxis spaces them; labels
    // only where they are shown (formatting a date costs more than drawing it).
    QList<std::pair<double, QString>> wanted;
    const int count = m_timeAxis->tickCount();
    const QString format = m_timeAxis->format();
    for (int i = 0; i < count; ++i) {
        const qint64 atMs = m_fromMs + (m_toMs - m_fromMs) * i / std::max(count - 1, 1);
        wanted.append({double(atMs), m_timeLabels
                                         ? QDateTime::fromMSecsSinceEpoch(atMs).toString(format)
                                         : QString()});
    }
    setTicks(m_timeTicks, wanted);
}

void TimeSeriesChart::setTicks(QList<Tick> &ticks,
                               const QList<std::pair<double, QString>> &wanted)
{
    ticks.resize(wanted.size());
    for (qsizetype i = 0; i < wanted.size(); ++i) {
        Tick &tick = ticks[i];
        tick.at = wanted.at(i).first;
        if (tick.label.text() != wanted.at(i).second) {
            tick.label.setText(wanted.at(i).second);
            tick.label.setTextFormat(Qt::PlainText);
            tick.label.prepare(QTransform(), m_labelFont);
        }
    }
    m_plot->update();
}

void TimeSeriesChart::paintAxes(QPainter *painter) const
{
    // Lines are filled as one-pixel rectangles of opaque colour (the translucent grid and
    // axis colours already blended over the background, which is all they are drawn on).
    // The raster engine fills those directly; a translucent line taller than about 95 px is
    // blended on Qt's GUI thread pool instead, one round trip per line, which made the UI
    // thread wait some 36 times per redraw.
    constexpr int tickLength = 4;
    const QRectF area = chart()->plotArea();
    const QRect plot(int(area.left()), int(area.top()), int(area.width()), int(area.height()));
    painter->setFont(m_labelFont);
    painter->setBrush(Qt::NoBrush);
    const QPen label(m_labelColour);

    const double xScale = area.width() / double(m_toMs - m_fromMs);
    for (const Tick &tick : m_timeTicks) {
        const int x = int(std::round(area.left() + (tick.at - double(m_fromMs)) * xScale));
        painter->fillRect(QRect(x, plot.top(), 1, plot.height()), m_gridColour);
        painter->fillRect(QRect(x, plot.bottom() + 1, 1, tickLength), m_axisColour);
        if (!tick.label.text().isEmpty()) {
            painter->setPen(label);
            painter->drawStaticText(
                QPointF(x - tick.label.size().width() / 2, area.bottom() + tickLength + 2),
                tick.label);
        }
    }
    if (!m_fixedRange) {
        const double yScale = area.height() / std::max(m_valueMax - m_valueMin, 1e-12);
        for (const Tick &tick : m_valueTicks) {
            const int y = int(std::round(area.bottom() - (tick.at - m_valueMin) * yScale));
            painter->fillRect(QRect(plot.left(), y, plot.width(), 1), m_gridColour);
            painter->fillRect(QRect(plot.left() - tickLength, y, tickLength, 1), m_axisColour);
            const QSizeF size = tick.label.size();
            painter->setPen(label);
            painter->drawStaticText(
                QPointF(area.left() - tickLength - 3 - size.width(), y - size.height() / 2),
                tick.label);
        }
        painter->fillRect(QRect(plot.left(), plot.top(), 1, plot.height() + 1), m_axisColour);
    }
    painter->fillRect(QRect(plot.left(), plot.bottom() + 1, plot.width() + 1, 1), m_axisColour);
}

void TimeSeriesChart::setHighlightTime(qint64 atMs)
{
    m_highlightMs = atMs;
    layoutHighlight();
}

void TimeSeriesChart::setCursorTime(qint64 atMs)
{
    m_cursorMs = atMs;
    layoutHighlight();
}

void TimeSeriesChart::setClampQuantile(double q)
{
    m_clampQuantile = q;
    updateValueRange();
}

qint64 TimeSeriesChart::timeAt(const QPointF &viewPos) const
{
    const QRectF plot = chart()->plotArea();
    const QPointF scenePos = mapToScene(viewPos.toPoint());
    const QPointF chartPos = chart()->mapFromScene(scenePos);
    const double fraction = (chartPos.x() - plot.left()) / std::max(plot.width(), 1.0);
    return m_fromMs + qint64(std::llround(fraction * double(m_toMs - m_fromMs)));
}

void TimeSeriesChart::layoutHighlight()
{
    const QRectF plot = chart()->plotArea();
    const double scale = plot.width() / double(m_toMs - m_fromMs);
    const auto place = [&](QGraphicsLineItem *line, qint64 atMs, const QPen &pen) {
        const bool shown = atMs >= m_fromMs && atMs <= m_toMs;
        line->setVisible(shown);
        if (!shown)
            return;
        const double x = plot.left() + std::floor(double(atMs - m_fromMs) * scale) + 0.5;
        line->setPen(pen);
        line->setLine(x, plot.top(), x, plot.bottom());
    };
    QColor highlight = palette().color(QPalette::Highlight);
    place(m_highlight, m_highlightMs, QPen(highlight, 2));
    QColor cursor = palette().color(QPalette::Text);
    cursor.setAlphaF(0.45f);
    place(m_cursor, m_cursorMs, QPen(cursor, 1, Qt::DashLine));
}

void TimeSeriesChart::wheelEvent(QWheelEvent *event)
{
    const int steps = event->angleDelta().y() / 120;
    if (steps == 0) {
        event->ignore();
        return;
    }
    emit zoomRequested(timeAt(event->position()), std::pow(0.8, steps));
    event->accept();
}

void TimeSeriesChart::mousePressEvent(QMouseEvent *event)
{
    m_pressPos = m_lastPos = event->position();
    if (event->button() == Qt::RightButton
        || (event->button() == Qt::LeftButton && event->modifiers() & Qt::ShiftModifier))
        m_drag = Drag::Band;
    else if (event->button() == Qt::LeftButton)
        m_drag = Drag::Pan;
    else
        m_drag = Drag::None;
    event->accept();
}

void TimeSeriesChart::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF pos = event->position();
    const QRectF plot = chart()->plotArea();
    if (m_drag == Drag::Pan) {
        const double dx = pos.x() - m_lastPos.x();
        const auto delta
            = qint64(std::llround(-dx / std::max(plot.width(), 1.0) * double(m_toMs - m_fromMs)));
        if (delta != 0)
            emit panRequested(delta);
        m_lastPos = pos;
    } else if (m_drag == Drag::Band) {
        const QPointF a = chart()->mapFromScene(mapToScene(m_pressPos.toPoint()));
        const QPointF b = chart()->mapFromScene(mapToScene(pos.toPoint()));
        const double left = std::clamp(std::min(a.x(), b.x()), plot.left(), plot.right());
        const double right = std::clamp(std::max(a.x(), b.x()), plot.left(), plot.right());
        QColor fill = palette().color(QPalette::Highlight);
        fill.setAlphaF(0.25f);
        m_band->setBrush(fill);
        m_band->setPen(QPen(palette().color(QPalette::Highlight), 1));
        m_band->setRect(QRectF(left, plot.top(), right - left, plot.height()));
        m_band->setVisible(true);
    }
    const QPointF chartPos = chart()->mapFromScene(mapToScene(pos.toPoint()));
    if (plot.contains(chartPos))
        emit hovered(timeAt(pos), event->globalPosition().toPoint());
    else
        emit hoverLeft();
    event->accept();
}

void TimeSeriesChart::mouseReleaseEvent(QMouseEvent *event)
{
    const Drag drag = m_drag;
    m_drag = Drag::None;
    m_band->setVisible(false);
    if (drag == Drag::Band) {
        const QPointF pos = event->position();
        if (std::abs(pos.x() - m_pressPos.x()) >= 4) {
            const qint64 a = std::clamp(timeAt(m_pressPos), m_fromMs, m_toMs);
            const qint64 b = std::clamp(timeAt(pos), m_fromMs, m_toMs);
            if (a != b)
                emit rangeSelected(std::min(a, b), std::max(a, b));
        } else if (event->button() == Qt::RightButton) {
            emit contextMenuRequested(event->globalPosition().toPoint());
        }
    }
    event->accept();
}

void TimeSeriesChart::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        emit resetRequested();
    event->accept();
}

void TimeSeriesChart::leaveEvent(QEvent *event)
{
    QChartView::leaveEvent(event);
    emit hoverLeft();
}

void TimeSeriesChart::setMarkerTimes(const QList<qint64> &timesMs)
{
    m_markerTimes = timesMs;
    layoutMarkers();
}

void TimeSeriesChart::layoutMarkers()
{
    const QRectF plot = chart()->plotArea();
    QColor colour = palette().color(QPalette::Text);
    colour.setAlphaF(0.6f);
    const QPen pen(colour, 1);
    const double scale = plot.width() / double(m_toMs - m_fromMs);
    int shown = 0;
    int lastColumn = -1;
    for (const qint64 atMs : std::as_const(m_markerTimes)) {
        if (atMs < m_fromMs || atMs > m_toMs)
            continue;
        const int column = int((atMs - m_fromMs) * scale);
        if (column == lastColumn)
            continue;
        lastColumn = column;
        if (shown == m_markers.size()) {
            auto *line = new QGraphicsLineItem(chart());
            // Above the series, which Qt Charts stacks below its legend and axis labels.
            line->setZValue(100);
            m_markers.append(line);
        }
        QGraphicsLineItem *line = m_markers.at(shown++);
        const double x = plot.left() + column + 0.5;
        line->setPen(pen);
        line->setLine(x, plot.top(), x, plot.bottom());
        line->setVisible(true);
    }
    for (int i = shown; i < m_markers.size(); ++i)
        m_markers.at(i)->setVisible(false);
    m_markersShown = shown;
    layoutHighlight();
}

void TimeSeriesChart::setTimeLabelsVisible(bool visible)
{
    m_timeLabels = visible;
    m_timeAxis->setLabelsVisible(visible);
    layoutChart();
    updateTimeLabels();
}

void TimeSeriesChart::setFixedValueRange(double min, double max)
{
    m_fixedRange = true;
    m_valueAxis->setTickType(QValueAxis::TicksFixed);
    m_valueAxis->setRange(min, max);
    m_valueMin = min;
    m_valueMax = max;
    m_valueTicks.clear();
    m_plot->update();
    m_valueAxis->setLabelsVisible(false);
    m_valueAxis->setGridLineVisible(false);
    m_valueAxis->setLineVisible(false);
}

void TimeSeriesChart::updateValueRange()
{
    if (m_fixedRange)
        return;
    double top = m_minimumTop;
    double highest = 0;
    for (const Entry &entry : std::as_const(m_entries))
        highest = std::max(highest, entry.maxY);
    m_clipping = false;
    if (m_clampQuantile > 0 && m_clampQuantile < 1) {
        std::vector<double> values;
        for (const Entry &entry : std::as_const(m_entries))
            values.insert(values.end(), entry.shownYs.cbegin(), entry.shownYs.cend());
        const auto rank = std::size_t(std::ceil(m_clampQuantile * double(values.size())));
        if (rank > 0 && rank <= values.size()) {
            std::nth_element(values.begin(), values.begin() + std::ptrdiff_t(rank - 1),
                             values.end());
            const double clampAt = values[rank - 1] * 1.25;
            if (clampAt < highest) {
                highest = clampAt;
                m_clipping = true;
            }
        }
    }
    top = std::max(top, highest * 1.1);

    // Fewer gridlines on short charts: one per 28 px or so keeps labels from touching.
    const double plotHeight = chart()->plotArea().height();
    const int lines = std::clamp(int(plotHeight / 28), 2, 5);
    const double step = niceStep(top / lines, m_wholeNumbers);
    top = std::ceil(top / step - 1e-9) * step;
    m_valueAxis->setTickInterval(step);
    m_valueAxis->setLabelFormat(labelFormat(step));
    m_valueAxis->setRange(0, top);
    m_valueMin = 0;
    m_valueMax = top;
    QList<std::pair<double, QString>> ticks;
    const QByteArray format = labelFormat(step).toLatin1();
    for (int i = 0; i * step <= top * (1 + 1e-9); ++i)
        ticks.append({i * step, QString::asprintf(format.constData(), i * step)});
    setTicks(m_valueTicks, ticks);
    // The note sits in the title strip, right after the title.
    m_clipNote->setVisible(m_clipping);
    if (m_clipping) {
        m_clipNote->setText(tr("▲ values above %1 cut off").arg(top));
        m_clipNote->setPos(m_title->pos().x() + m_title->boundingRect().width() + 12,
                           m_title->pos().y() + 1);
    }
}

void TimeSeriesChart::updateTimeTicks()
{
    // QDateTimeAxis spaces ticks evenly over the range; choose a count that makes the step
    // a round duration for the preset spans and leaves room for each "HH:mm:ss" label.
    static constexpr std::array<qint64, 17> steps{
        1'000,     2'000,     5'000,      10'000,     15'000,     30'000,
        60'000,    120'000,   300'000,    600'000,    900'000,    1'800'000,
        3'600'000, 7'200'000, 10'800'000, 21'600'000, 43'200'000};
    const double width = chart()->plotArea().width() > 0 ? chart()->plotArea().width() : 600;
    const double labelWidth = fontMetrics().horizontalAdvance(QStringLiteral("00:00:00")) + 24;
    const int maxTicks = std::max(2, int(width / labelWidth));
    const qint64 span = m_toMs - m_fromMs;
    // Over a day, labels need the date; under a minute they stay in seconds anyway.
    m_timeAxis->setFormat(span > 24 * 3'600'000LL ? QStringLiteral("MM-dd HH:mm")
                                                  : QStringLiteral("HH:mm:ss"));
    qint64 step = steps.back();
    for (const qint64 candidate : steps) {
        if (span / candidate <= maxTicks) {
            step = candidate;
            break;
        }
    }
    m_timeAxis->setTickCount(int(std::clamp<qint64>(span / step, 1, maxTicks)) + 1);
    updateTimeLabels();
}

int TimeSeriesChart::plotColumns() const
{
    const int width = int(chart()->plotArea().width());
    return width > 10 ? width : fallbackColumns;
}

QList<QPointF> TimeSeriesChart::decimate(const QList<QPointF> &points, double fromX, double toX,
                                         int columns, bool keepEdges)
{
    std::optional<QPointF> before;
    std::optional<QPointF> after;
    QList<QPointF> inside;
    inside.reserve(points.size());
    for (const QPointF &p : points) {
        if (p.x() < fromX) {
            if (!before || p.x() >= before->x())
                before = p;
        } else if (p.x() > toX) {
            if (!after || p.x() < after->x())
                after = p;
        } else {
            inside.append(p);
        }
    }

    QList<QPointF> result;
    if (inside.size() <= 2 * qsizetype(columns)) {
        result = std::move(inside);
        if (!std::is_sorted(result.cbegin(), result.cend(), lessX))
            std::stable_sort(result.begin(), result.end(), lessX);
    } else {
        // Per column, the indices of the lowest and highest point.
        QList<std::pair<qsizetype, qsizetype>> extremes(columns, {-1, -1});
        const double scale = columns / std::max(toX - fromX, 1.0);
        for (qsizetype i = 0; i < inside.size(); ++i) {
            const QPointF &p = inside.at(i);
            const int column = std::clamp(int((p.x() - fromX) * scale), 0, columns - 1);
            auto &[low, high] = extremes[column];
            if (low < 0 || p.y() < inside.at(low).y())
                low = i;
            if (high < 0 || p.y() > inside.at(high).y())
                high = i;
        }
        result.reserve(2 * columns + 2);
        for (const auto &[low, high] : std::as_const(extremes)) {
            if (low < 0)
                continue;
            QPointF first = inside.at(low);
            QPointF second = inside.at(high);
            if (second.x() < first.x())
                std::swap(first, second);
            result.append(first);
            if (low != high)
                result.append(second);
        }
    }

    if (keepEdges && before)
        result.prepend(*before);
    if (keepEdges && after)
        result.append(*after);
    return result;
}

QList<QPointF> TimeSeriesChart::toSteps(const QList<QPointF> &points)
{
    // Repeated values add no corner and no point (except the last, which ends the line):
    // zero-length segments leave one-pixel marks on the line.
    QList<QPointF> steps;
    steps.reserve(points.size() * 2);
    for (qsizetype i = 0; i < points.size(); ++i) {
        const QPointF &p = points.at(i);
        if (i > 0 && p.y() == points.at(i - 1).y()) {
            if (i == points.size() - 1)
                steps.append(p);
            continue;
        }
        if (i > 0)
            steps.append(QPointF(p.x(), points.at(i - 1).y()));
        steps.append(p);
    }
    return steps;
}

void TimeSeriesChart::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    layoutChart();
}

void TimeSeriesChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        applyPalette();
}

void TimeSeriesChart::layoutChart()
{
    const QFontMetrics labels(m_valueAxis->labelsFont());
    const QFontMetrics titleMetrics(m_title->font());
    // The left gutter fits five digits whatever a chart shows, which is what keeps stacked
    // charts aligned; the right margin lets the last time label, centred on the plot's
    // right edge, show in full.
    const qreal left = labels.horizontalAdvance(QStringLiteral("00000")) + 12;
    const qreal right = labels.horizontalAdvance(QStringLiteral("00:00:00")) / 2.0 + 6;
    const qreal top = titleMetrics.height() + 8;
    // Without time labels, still leave room for the lower half of the value label at 0.
    const qreal bottom = m_timeLabels ? labels.height() + 10 : labels.height() / 2.0 + 3;
    const QSizeF size = chart()->size();
    const QRectF plot(left, top, std::max<qreal>(size.width() - left - right, 10),
                      std::max<qreal>(size.height() - top - bottom, 10));
    chart()->setPlotArea(plot);
    m_plot->setRects(plot, QRectF(QPointF(0, 0), size));
    m_title->setPos(left, 3);

    layoutLegend(plot, top);
    updateTimeTicks();
    updateValueRange();
    layoutMarkers();
}

void TimeSeriesChart::layoutLegend(const QRectF &plot, qreal stripHeight)
{
    // Entries run right to left from the plot's right edge, each a swatch and its name.
    const bool visible = m_entries.size() > 1;
    qreal x = plot.right();
    for (auto it = m_entries.crbegin(); it != m_entries.crend(); ++it) {
        it->legendText->setVisible(visible);
        it->legendSwatch->setVisible(visible);
        if (!visible)
            continue;
        const QRectF text = it->legendText->boundingRect();
        const QRectF swatch = it->legendSwatch->boundingRect();
        x -= text.width();
        it->legendText->setPos(x, (stripHeight - text.height()) / 2);
        x -= swatch.width() + 4;
        it->legendSwatch->setPos(x, (stripHeight - swatch.height()) / 2);
        x -= 14;
    }
}

void TimeSeriesChart::applyPalette()
{
    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::Text);
    QColor grid = text;
    grid.setAlphaF(0.12f);
    QColor axisLine = text;
    axisLine.setAlphaF(0.35f);
    QColor secondary = text;
    secondary.setAlphaF(0.75f);

    QFont labelFont = font();
    labelFont.setPointSizeF(std::max(7.0, labelFont.pointSizeF() * 0.9));
    QFont titleFont = font();
    titleFont.setBold(true);

    QChart *c = chart();
    c->setBackgroundBrush(pal.brush(QPalette::Base));
    c->setBackgroundPen(Qt::NoPen);
    c->setPlotAreaBackgroundVisible(false);
    m_title->setBrush(text);
    m_title->setFont(titleFont);
    m_clipNote->setBrush(secondary);
    m_clipNote->setFont(labelFont);
    for (QAbstractAxis *axis :
         {static_cast<QAbstractAxis *>(m_timeAxis), static_cast<QAbstractAxis *>(m_valueAxis)}) {
        axis->setLabelsBrush(secondary);
        axis->setLabelsFont(labelFont);
        axis->setGridLineColor(grid);
        axis->setLinePenColor(axisLine);
        axis->setTitleVisible(false);
    }
    m_valueAxis->setGridLinePen(QPen(grid, 1));
    // Opaque equivalents, drawn only on the background (see paintAxes).
    const QColor base = pal.color(QPalette::Base);
    const auto over = [&base](const QColor &colour) {
        const float a = colour.alphaF();
        return QColor::fromRgbF(colour.redF() * a + base.redF() * (1 - a),
                                colour.greenF() * a + base.greenF() * (1 - a),
                                colour.blueF() * a + base.blueF() * (1 - a));
    };
    m_gridColour = over(grid);
    m_axisColour = over(axisLine);
    m_labelColour = secondary;
    m_labelFont = labelFont;
    // Laid out again in the new font by layoutChart below.
    m_timeTicks.clear();
    m_valueTicks.clear();
    for (const Entry &entry : std::as_const(m_entries)) {
        entry.legendText->setBrush(secondary);
        entry.legendText->setFont(labelFont);
    }
    layoutChart();
}

} // namespace bw
