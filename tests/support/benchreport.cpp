// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchreport.h"

#include <QDateTime>
#include <QSysInfo>
#include <QTextStream>
#include <QThread>

#include <cstring>

namespace bw::bench {

bool quickMode(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--quick") == 0)
            return true;
    }
    return false;
}

namespace {

QString number(double value)
{
    if (value >= 100)
        return QString::number(value, 'f', 0);
    if (value >= 10)
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
        << " cores.\n\n"
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
