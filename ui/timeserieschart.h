// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChartView>
#include <QList>
#include <QPointF>
#include <QStaticText>

#include <vector>

class QDateTimeAxis;
class QAbstractGraphicsShapeItem;
class QGraphicsLineItem;
class QGraphicsRectItem;
class QGraphicsSimpleTextItem;
class QPainter;
class QValueAxis;

namespace bw {

class PlotItem;

/// A live chart over wall-clock time: x in epoch milliseconds shown as local "HH:mm:ss",
/// y from 0 with headroom.
///
/// Built for redraws a few times a second: no animations, no antialiasing, axis ranges set
/// explicitly, and at most about two points per pixel column. QChart provides the scene, the
/// background and the plot area; the series, gridlines, axis lines and labels are painted by
/// one QPainter item of our own (PlotItem, in the .cpp). A QLineSeries strokes its whole path
/// for hit-testing (QPainterPathStroker) each time its points or the axis range change, and
/// Qt Charts lays out every axis label as rich text whenever the range moves: together that
/// cost more than everything else in a redraw. timeAxis() and valueAxis() still hold the
/// window, tick count, format and value range, but are not attached to the chart. The plot
/// area is placed by hand with a fixed left gutter and right margin, so charts stacked in one
/// column share the same horizontal geometry and their time axes line up exactly.
///
/// The chart never changes its own time window on input: the mouse wheel, a drag, a rubber
/// band (right button, or Shift with the left) and a double click are reported as signals,
/// and the owner applies the new window to every chart of a stack, which keeps them aligned.
class TimeSeriesChart final : public QChartView
{
    Q_OBJECT

public:
    enum class Kind {
        Line,    ///< straight segments between points
        Step,    ///< each value holds until the next point's time
        Scatter, ///< markers only
        Band,    ///< a filled area under points given in final shape (0/1 steps); no decimation
    };

    explicit TimeSeriesChart(const QString &title, QWidget *parent = nullptr);
    ~TimeSeriesChart() override;

    /// Adds a series and returns its index. Colours come from SeriesColour so they mean the
    /// same in every chart. The legend shows once there is more than one series.
    int addSeries(const QString &name, Kind kind, const QColor &colour);
    /// Recolours a series and its legend swatch, for colours that follow the palette.
    void setSeriesColour(int index, const QColor &colour);
    /// The pen width of a line or step series. Where series of one chart overlap, a wider
    /// one added earlier still shows around a thinner one drawn over it.
    void setLineWidth(int index, qreal width);
    /// Replaces the points of one series; x is epoch ms. A point with a NaN y marks a gap:
    /// lines are not drawn across it (each gap-free run is drawn as its own polyline).
    /// Within a run points may be in any order. Call setTimeWindow first in a redraw, since
    /// decimation works on the window's columns; the points are mapped to pixels when painted,
    /// so a later setTimeWindow moves them without another setSeriesPoints.
    void setSeriesPoints(int index, const QList<QPointF> &points);
    /// The visible time span, in epoch ms. Set explicitly on every redraw.
    void setTimeWindow(qint64 fromMs, qint64 toMs);
    /// Thin vertical lines across the plot at these instants (epoch ms), such as state
    /// transitions. Instants outside the window are not drawn, and of several falling on one
    /// pixel column only one is.
    void setMarkerTimes(const QList<qint64> &timesMs);
    /// A wider, highlighted vertical line at `atMs` (e.g. a selected event); negative for none.
    void setHighlightTime(qint64 atMs);
    qint64 highlightTime() const { return m_highlightMs; }
    /// A thin line following the mouse, shared by a stack; negative for none.
    void setCursorTime(qint64 atMs);
    /// With q in (0, 1), the value axis ends a little above the q-quantile of the visible
    /// values instead of their maximum, so one outlier does not flatten the rest; values
    /// above are cut off and a note says so. 0 turns it off.
    void setClampQuantile(double q);
    bool isClipping() const { return m_clipping; }

    /// The instant (epoch ms) under a position in view coordinates.
    qint64 timeAt(const QPointF &viewPos) const;
    qint64 windowFrom() const { return m_fromMs; }
    qint64 windowTo() const { return m_toMs; }

    void setTimeLabelsVisible(bool visible);
    /// Hides the value axis and fixes the range to [min, max], for bands.
    void setFixedValueRange(double min, double max);
    /// The smallest top of the auto range, so that an idle chart still shows a sensible scale.
    void setMinimumValueTop(double top) { m_minimumTop = top; }
    /// For counts: gridlines fall on whole numbers only, so no label reads "2.5 errors".
    void setWholeNumbers(bool whole) { m_wholeNumbers = whole; }

    int seriesCount() const { return int(m_entries.size()); }
    QString seriesName(int index) const;
    QColor seriesColour(int index) const;
    /// Points currently drawn for a series over all its runs, after decimation and step
    /// shaping, in data coordinates (x epoch ms), in drawing order.
    QList<QPointF> drawnPoints(int index) const;
    /// Points currently held by a series over all its runs (for a band, its outline).
    int pointCount(int index) const;
    /// How many separate runs (gap-free pieces) a series is drawn as.
    int runCount(int index) const;
    /// How many marker lines are drawn.
    int markerCount() const { return m_markersShown; }
    QDateTimeAxis *timeAxis() const { return m_timeAxis; }
    QValueAxis *valueAxis() const { return m_valueAxis; }
    QString title() const;
    /// Where a data point (x epoch ms) is drawn, in chart coordinates, with the current
    /// window and value range; the plot item paints with the same mapping.
    QPointF mapToPlot(const QPointF &point) const;

    /// Keeps at most two points per column across [fromX, toX): the lowest and the highest,
    /// in time order, so spikes survive. The last point before the window and the first one
    /// after it are kept when `keepEdges` is set, so lines run to the plot edges. Output is
    /// sorted by x.
    static QList<QPointF> decimate(const QList<QPointF> &points, double fromX, double toX,
                                   int columns, bool keepEdges);
    /// Turns samples into a staircase: each value is held until the next sample's x.
    static QList<QPointF> toSteps(const QList<QPointF> &points);

signals:
    /// The mouse is over the plot at `atMs`; `globalPos` is where to show a tooltip.
    void hovered(qint64 atMs, const QPoint &globalPos);
    void hoverLeft();
    /// Zoom by `factor` (below 1 zooms in) around `centreMs`.
    void zoomRequested(qint64 centreMs, double factor);
    /// Move the window by `deltaMs` (positive moves it later).
    void panRequested(qint64 deltaMs);
    /// A rubber band was drawn over [fromMs, toMs).
    void rangeSelected(qint64 fromMs, qint64 toMs);
    void resetRequested();
    void contextMenuRequested(const QPoint &globalPos);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    friend class PlotItem;

    struct Entry
    {
        QString name;
        Kind kind = Kind::Line;
        QColor colour;
        qreal lineWidth = 1;
        QList<QList<QPointF>> runs; ///< gap-free pieces as drawn, data coordinates
        double maxY = 0;
        std::vector<double> shownYs; ///< y of the drawn points, for the clamp
        QGraphicsSimpleTextItem *legendText = nullptr;
        QAbstractGraphicsShapeItem *legendSwatch = nullptr;
    };

    void layoutChart();
    void updateTimeLabels();
    void paintAxes(QPainter *painter) const;
    void layoutLegend(const QRectF &plot, qreal stripHeight);
    void applyPalette();
    void updateValueRange();
    void updateTimeTicks();
    void layoutMarkers();
    void layoutHighlight();
    int plotColumns() const;

    QList<Entry> m_entries;
    QDateTimeAxis *m_timeAxis;
    QValueAxis *m_valueAxis;
    PlotItem *m_plot;
    double m_valueMin = 0;
    double m_valueMax = 1;
    /// A gridline and its label: at epoch ms on the time axis, at a value on the other. The
    /// label is laid out once, when it changes, not at every paint.
    struct Tick
    {
        double at = 0;
        QStaticText label;
    };
    void setTicks(QList<Tick> &ticks, const QList<std::pair<double, QString>> &wanted);
    QList<Tick> m_timeTicks;
    QList<Tick> m_valueTicks;
    QColor m_gridColour;
    QColor m_axisColour;
    QColor m_labelColour;
    QFont m_labelFont;
    QGraphicsSimpleTextItem *m_title;
    QList<qint64> m_markerTimes;
    QList<QGraphicsLineItem *> m_markers; ///< reused between redraws; extras are hidden
    int m_markersShown = 0;
    QGraphicsLineItem *m_highlight = nullptr;
    QGraphicsLineItem *m_cursor = nullptr;
    QGraphicsRectItem *m_band = nullptr;
    QGraphicsSimpleTextItem *m_clipNote = nullptr;
    qint64 m_highlightMs = -1;
    qint64 m_cursorMs = -1;
    double m_clampQuantile = 0;
    bool m_clipping = false;
    enum class Drag { None, Pan, Band };
    Drag m_drag = Drag::None;
    QPointF m_pressPos;
    QPointF m_lastPos;
    qint64 m_fromMs = 0;
    qint64 m_toMs = 1;
    double m_minimumTop = 1;
    bool m_fixedRange = false;
    bool m_wholeNumbers = false;
    bool m_timeLabels = true;
};

} // namespace bw
