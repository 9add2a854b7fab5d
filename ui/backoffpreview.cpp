// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backoffpreview.h"

#include "palette.h"

#include <QAreaSeries>
#include <QChart>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

#include <cmath>

namespace bw {

QList<BackoffStep> backoffSchedule(const RetrySettings &settings)
{
    QList<BackoffStep> steps;
    RetrySettings unjittered = settings;
    unjittered.jitter = Jitter::None;
    Millis previous{0};
    for (int retry = 1; retry < settings.maxAttempts && retry <= 100; ++retry) {
        const auto [low, high] = backoffRange(settings, retry, previous);
        steps.append({retry + 1, low, high, backoffRange(unjittered, retry, previous).first});
        previous = high;
    }
    return steps;
}

BackoffPreview::BackoffPreview(QWidget *parent)
    : QChartView(parent)
    , m_low(new QLineSeries(this))
    , m_high(new QLineSeries(this))
    , m_band(new QAreaSeries(m_high, m_low))
    , m_ceiling(new QLineSeries(this))
    , m_points(new QScatterSeries(this))
    , m_attemptAxis(new QValueAxis(this))
    , m_delayAxis(new QValueAxis(this))
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(170);
    auto *c = new QChart();
    c->setAnimationOptions(QChart::NoAnimation);
    c->legend()->hide();
    c->setMargins(QMargins(2, 2, 2, 2));
    c->addSeries(m_band);
    c->addSeries(m_ceiling);
    c->addSeries(m_points);
    m_attemptAxis->setLabelFormat(QStringLiteral("%d"));
    m_attemptAxis->setTitleText(tr("attempt"));
    m_delayAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_delayAxis->setTitleText(tr("wait (ms)"));
    c->addAxis(m_attemptAxis, Qt::AlignBottom);
    c->addAxis(m_delayAxis, Qt::AlignLeft);
    for (QAbstractSeries *series : {static_cast<QAbstractSeries *>(m_band),
                                    static_cast<QAbstractSeries *>(m_ceiling),
                                    static_cast<QAbstractSeries *>(m_points)}) {
        series->attachAxis(m_attemptAxis);
        series->attachAxis(m_delayAxis);
    }
    m_band->setName(tr("jitter range"));
    m_ceiling->setName(tr("without jitter"));
    setChart(c);
    applyColours();
    setSettings(RetrySettings());
}

void BackoffPreview::setSettings(const RetrySettings &settings)
{
    m_schedule = backoffSchedule(settings);
    QList<QPointF> low;
    QList<QPointF> high;
    QList<QPointF> ceiling;
    double top = 0;
    for (const BackoffStep &step : std::as_const(m_schedule)) {
        low.append({double(step.attempt), double(step.low.count())});
        high.append({double(step.attempt), double(step.high.count())});
        ceiling.append({double(step.attempt), double(step.ceiling.count())});
        top = std::max(top, double(step.high.count()));
    }
    m_low->replace(low);
    m_high->replace(high);
    m_ceiling->replace(ceiling);
    m_points->replace(ceiling);

    const int last = m_schedule.isEmpty() ? 2 : m_schedule.last().attempt;
    m_attemptAxis->setRange(1.5, last + 0.5);
    m_attemptAxis->setTickType(QValueAxis::TicksDynamic);
    m_attemptAxis->setTickAnchor(2);
    m_attemptAxis->setTickInterval(std::max(1.0, std::ceil((last - 1) / 10.0)));
    // A round top a little above the longest wait, so the band never touches the frame.
    const double magnitude = std::pow(10.0, std::floor(std::log10(std::max(top, 10.0))));
    const double roundedTop = std::ceil(top * 1.1 / magnitude) * magnitude;
    m_delayAxis->setRange(0, std::max(roundedTop, 10.0));
    m_delayAxis->applyNiceNumbers();
}

void BackoffPreview::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyColours();
}

void BackoffPreview::applyColours()
{
    const QPalette pal = palette();
    const ChartColours colours = chartColours(pal);
    applyChartPalette(chart(), pal);
    m_band->setBrush(colours.primaryBand);
    m_band->setPen(QPen(colours.primary, 1));
    QPen line(colours.primary, 2);
    line.setStyle(Qt::DashLine);
    m_ceiling->setPen(line);
    m_points->setColor(colours.primary);
    m_points->setBorderColor(colours.background);
    m_points->setMarkerSize(7);
    setBackgroundBrush(colours.background);
}

} // namespace bw
