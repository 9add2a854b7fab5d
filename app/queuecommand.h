// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace bw {

/// `breakwater enqueue ...`: adds one delivery per line of a JSONL file to an endpoint's
/// durable queue, all of them in one transaction or none, and prints how many were accepted.
/// argv[1] is "enqueue". Creates its own QCoreApplication. Returns 0; 2 with a message on
/// stderr for wrong arguments, an unknown endpoint, an unreadable file or bad lines (each
/// named by its number; nothing is enqueued then); 1 when the queue is full or the queue file
/// fails.
int runEnqueueCommand(int argc, char **argv);

/// `breakwater deadletters list|requeue|purge ...`: argv[1] is "deadletters", argv[2] the
/// action. Same exit statuses as enqueue.
int runDeadLettersCommand(int argc, char **argv);

} // namespace bw
