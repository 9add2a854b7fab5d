// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPalette>

class QChart;

namespace bw {

/// True when the palette draws light text on a dark base.
bool isDarkPalette(const QPalette &palette);

/// The colours every chart takes from the widget's palette, so that charts follow the light
/// or dark palette the rest of the window uses. Series colours come from SeriesColour (see
/// displaytext.h), in the shade that reads on this base.
struct ChartColours
{
    QColor background;    ///< the plot's and the chart's background: the palette's Base
    QColor text;          ///< titles
    QColor secondaryText; ///< axis labels, legends
    QColor grid;          ///< grid lines, faint
    QColor axisLine;      ///< axis lines
    QColor primary;       ///< the main series: blue on light, sky blue on dark
    QColor primaryBand;   ///< a translucent fill of the primary colour, for ranges
    QColor accent;        ///< a second series: vermillion on light, orange on dark
};

ChartColours chartColours(const QPalette &palette);

/// Gives a chart (and its axes) the background, label and grid colours of `palette`.
void applyChartPalette(QChart *chart, const QPalette &palette);

/// The application's colour scheme. System keeps the platform's palette (a desktop in dark
/// mode gives a dark one); Light and Dark set a Fusion palette of that kind.
enum class Theme { System, Light, Dark };

/// Applies `theme` to the running application; widgets get a PaletteChange event.
void applyTheme(Theme theme);

} // namespace bw
