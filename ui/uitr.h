// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace bw {

/// Translation context for UI code that is not a QObject, so every such string shares one
/// stable context ("Breakwater") in the .ts files.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Breakwater)
};

} // namespace bw
