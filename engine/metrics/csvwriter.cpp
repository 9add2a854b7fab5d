// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvwriter.h"

#include "csv.h"

namespace bw {

AttemptCsvWriter::~AttemptCsvWriter()
{
    close();
}

Result<void> AttemptCsvWriter::open(const QString &path)
{
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Unexpected(
            QStringLiteral("%1: cannot be written: %2").arg(path, m_file.errorString()));
    m_file.write(attemptCsvHeader());
    m_file.flush();
    m_rows = 0;
    return {};
}

void AttemptCsvWriter::write(const EngineUpdate &update)
{
    if (!m_file.isOpen() || update.records.isEmpty())
        return;
    for (const AttemptRecord &record : update.records)
        m_file.write(attemptCsvRow(record));
    m_rows += update.records.size();
    m_file.flush();
}

qint64 AttemptCsvWriter::close()
{
    if (m_file.isOpen()) {
        m_file.flush();
        m_file.close();
    }
    return m_rows;
}

} // namespace bw
