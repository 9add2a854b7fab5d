// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "palette.h"

#include "displaytext.h"

#include <QAbstractAxis>
#include <QApplication>
#include <QChart>
#include <QStyle>
#include <QStyleFactory>

namespace bw {

namespace {

QColor withAlpha(QColor colour, float alpha)
{
    colour.setAlphaF(alpha);
    return colour;
}

QPalette darkPalette()
{
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor base(0x1f, 0x21, 0x23);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabled(0x80, 0x80, 0x80);
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x27, 0x29, 0x2c));
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3b));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x45, 0x47, 0x4b));
    p.setColor(QPalette::Midlight, QColor(0x3b, 0x3d, 0x41));
    p.setColor(QPalette::Mid, QColor(0x25, 0x27, 0x2a));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xb3));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x56, 0xb4, 0xe9));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

} // namespace

bool isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

ChartColours chartColours(const QPalette &palette)
{
    const bool dark = isDarkPalette(palette);
    const QColor text = palette.color(QPalette::Text);
    ChartColours c;
    c.background = palette.color(QPalette::Base);
    c.text = text;
    c.secondaryText = withAlpha(text, 0.75f);
    c.grid = withAlpha(text, 0.12f);
    c.axisLine = withAlpha(text, 0.35f);
    c.primary = dark ? SeriesColour::sky : SeriesColour::blue;
    c.primaryBand = withAlpha(c.primary, dark ? 0.35f : 0.25f);
    c.accent = dark ? SeriesColour::orange : SeriesColour::vermillion;
    return c;
}

void applyChartPalette(QChart *chart, const QPalette &palette)
{
    const ChartColours c = chartColours(palette);
    chart->setBackgroundBrush(c.background);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(c.text);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsBrush(c.secondaryText);
        axis->setTitleBrush(c.secondaryText);
        axis->setGridLineColor(c.grid);
        axis->setLinePenColor(c.axisLine);
    }
}

void applyTheme(Theme theme)
{
    auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
    if (!app)
        return;
    // The platform's own style and palette, as they were before any theme was chosen.
    static const QString systemStyle = app->style()->name();
    static const QPalette systemPalette = QApplication::palette();
    switch (theme) {
    case Theme::System:
        QApplication::setStyle(QStyleFactory::create(systemStyle));
        QApplication::setPalette(systemPalette);
        return;
    case Theme::Light:
        // Fusion draws every control from the palette, so the choice shows everywhere.
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(QApplication::style()->standardPalette());
        return;
    case Theme::Dark:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
        return;
    }
}

} // namespace bw
