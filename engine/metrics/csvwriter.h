// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "attemptrecord.h"
#include "result.h"

#include <QFile>

namespace bw {

/// Streams one CSV row per attempt to a file as updates arrive, flushed after every update,
/// so a crash loses at most the last quarter second and a long run needs no memory for it.
/// Rows come in completion order: a slow attempt's row follows faster ones that started
/// later, so timestamp_utc is not monotonic.
class AttemptCsvWriter final
{
public:
    AttemptCsvWriter() = default;
    ~AttemptCsvWriter();
    AttemptCsvWriter(const AttemptCsvWriter &) = delete;
    AttemptCsvWriter &operator=(const AttemptCsvWriter &) = delete;

    /// Creates or truncates `path` and writes the header row.
    Result<void> open(const QString &path);
    void write(const EngineUpdate &update);
    /// Flushes and closes; returns the number of data rows written.
    qint64 close();
    bool isOpen() const { return m_file.isOpen(); }

private:
    QFile m_file;
    qint64 m_rows = 0;
};

} // namespace bw
