// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchreport.h"

#include <QDateTime>
#include <QSysInfo>
#include <QTextStream>
#include <QThread>

#include <QDir>
#include <QFile>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <ctime>
#include <limits>

#include <sys/resource.h>
#include <unistd.h>

namespace bw::bench {

bool quickMode(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--quick") == 0)
            return true;
    }
    return false;
}

int intOption(int argc, char **argv, const char *name, int fallback, int minimum)
{
    int value = fallback;
    for (int i = 1; i + 1 < argc; ++i) {
        if (std::strcmp(argv[i], name) == 0)
            value = std::max(minimum, QByteArray(argv[i + 1]).toInt());
    }
    return value;
}

QString quickTitleSuffix(bool quick)
{
    return quick ? QStringLiteral(" (quick run, not a figure)") : QString();
}

double processCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto seconds
        = [](const timeval &t) { return double(t.tv_sec) + double(t.tv_usec) / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

Stopwatch::Stopwatch()
    : m_cpuAtStart(processCpuSeconds())
{
    m_wall.start();
}

double Stopwatch::wallSeconds() const
{
    return double(m_wall.nsecsElapsed()) / 1e9;
}

double Stopwatch::cpuSeconds() const
{
    return processCpuSeconds() - m_cpuAtStart;
}

double threadCpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

double namedThreadCpuSeconds(const QString &name)
{
    const QByteArray wanted = name.toUtf8().left(15);
    const double ticks = double(sysconf(_SC_CLK_TCK));
    double seconds = 0;
    const QStringList tasks
        = QDir(QStringLiteral("/proc/self/task")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &task : tasks) {
        QFile comm(QStringLiteral("/proc/self/task/%1/comm").arg(task));
        if (!comm.open(QIODevice::ReadOnly) || comm.readAll().trimmed() != wanted)
            continue;
        QFile stat(QStringLiteral("/proc/self/task/%1/stat").arg(task));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        // Fields after the parenthesised name: state is field 3, utime 14 and stime 15.
        const QByteArray line = stat.readAll();
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 12)
            seconds += (fields[11].toDouble() + fields[12].toDouble()) / ticks;
    }
    return seconds;
}

namespace {

double statusKiB(const char *field)
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray key = QByteArray(field) + ':';
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').value(0).toDouble();
    }
    return 0;
}

} // namespace

double residentMiB()
{
    return statusKiB("VmRSS") / 1024.0;
}

double peakResidentMiB()
{
    return statusKiB("VmHWM") / 1024.0;
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("unknown");
    const QList<QByteArray> parts = file.readAll().split(' ');
    return QString::fromLatin1(parts.mid(0, 3).join(' '));
}

double quantile(std::vector<double> &values, double q)
{
    if (values.empty())
        return std::numeric_limits<double>::quiet_NaN();
    const auto rank = static_cast<std::size_t>(std::clamp(
        std::ceil(q * double(values.size())), 1.0, double(values.size())));
    auto nth = values.begin() + std::ptrdiff_t(rank - 1);
    std::nth_element(values.begin(), nth, values.end());
    return *nth;
}

namespace {

QString number(double value)
{
    if (std::isnan(value))
        return QStringLiteral("n/a");
    if (std::abs(value) >= 100)
        return QString::number(value, 'f', 0);
    if (std::abs(value) >= 10)
        return QString::number(value, 'f', 1);
    return QString::number(value, 'f', 2);
}

} // namespace

void Report::print() const
{
    QTextStream out(stdout);
    out << "## " << m_title << "\n\n"
        << "Measured " << QDateTime::currentDateTimeUtc().toString(Qt::ISODate) << " on "
        << QSysInfo::prettyProductName() << ", " << QThread::idealThreadCount()
        << " cores, load average " << loadAverage() << " at the end of the run.\n\n"
        << "| figure | value | baseline | ratio | target | met |\n"
        << "|---|---|---|---|---|---|\n";
    for (const Figure &figure : m_figures) {
        const QString value = number(figure.value) + u' ' + figure.unit;
        const QString baseline =
            figure.baseline ? number(*figure.baseline) + u' ' + figure.unit : QStringLiteral("—");
        const QString ratio = figure.baseline && *figure.baseline != 0
            ? QString::number(figure.value / *figure.baseline * 100, 'f', 1) + u'%'
            : QStringLiteral("—");
        const QString met = !figure.met ? QStringLiteral("—")
            : *figure.met                 ? QStringLiteral("yes")
                                          : QStringLiteral("NO");
        out << "| " << figure.name << " | " << value << " | " << baseline << " | " << ratio
            << " | " << (figure.target.isEmpty() ? QStringLiteral("—") : figure.target) << " | "
            << met << " |\n";
    }
    for (const QString &line : m_notes)
        out << "\n" << line << "\n";
    out << "\n";
    out.flush();
}

} // namespace bw::bench
