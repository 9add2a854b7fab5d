// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace bw::bench {

/// True when the program was started with --quick: CI runs every benchmark that way, briefly,
/// to prove it still works. Figures from a quick run are not to be quoted.
bool quickMode(int argc, char **argv);
/// The whole number after `name` ("--endpoints 24"), at least `minimum`; `fallback` when the
/// program was started without it.
int intOption(int argc, char **argv, const char *name, int fallback, int minimum = 1);
/// What a report title ends with: a warning in quick mode, nothing otherwise.
QString quickTitleSuffix(bool quick);

/// CPU seconds (user + system) used so far by this whole process, every thread included.
double processCpuSeconds();
/// Wall-clock and process CPU seconds (as processCpuSeconds()) since it was made.
class Stopwatch
{
public:
    Stopwatch();
    double wallSeconds() const;
    double cpuSeconds() const;

private:
    QElapsedTimer m_wall;
    double m_cpuAtStart = 0;
};
/// CPU seconds used so far by the calling thread only.
double threadCpuSeconds();
/// CPU seconds used so far by this process's live threads of that name (as set with
/// QThread::setObjectName, which Linux truncates to 15 bytes); 0 when none runs.
double namedThreadCpuSeconds(const QString &name);
/// Resident set size of this process now, and its peak so far, in MiB (from /proc/self/status).
double residentMiB();
double peakResidentMiB();
/// The 1, 5 and 15 minute load averages as "0.52 0.61 0.70": the machine is shared, so every
/// figure is printed with the load it was measured under.
QString loadAverage();
/// The value at quantile q (0..1) by nearest rank; NaN when `values` is empty. Reorders.
double quantile(std::vector<double> &values, double q);

/// One measured figure. `baseline` is the same measure of the reference run in the same
/// process (a bare QNetworkAccessManager loop, curl, ...), when the benchmark has one.
struct Figure
{
    QString name;
    double value = 0;
    QString unit;
    std::optional<double> baseline;
    QString target; ///< As the issue states it, e.g. ">= 90% of baseline"; empty when none.
    std::optional<bool> met; ///< Whether the target holds; empty when it cannot be judged.
};

/// Collects figures and prints them as a Markdown table on standard output, the form
/// docs/PERFORMANCE.md quotes.
class Report
{
public:
    explicit Report(QString title) : m_title(std::move(title)) {}
    void add(Figure figure) { m_figures.append(std::move(figure)); }
    void note(const QString &line) { m_notes.append(line); }
    void print() const;

private:
    QString m_title;
    QList<Figure> m_figures;
    QStringList m_notes;
};

} // namespace bw::bench
