// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <expected>

#ifndef __cpp_lib_expected
#include <optional>
#include <type_traits>
#include <utility>
#include <variant>
#endif

namespace bw {

#ifdef __cpp_lib_expected

/// Fallible engine functions return a value or an English message meant for logs and for
/// the command line. The UI turns codes into translated sentences where it needs to.
template<typename T>
using Result = std::expected<T, QString>;

using Unexpected = std::unexpected<QString>;

/// For the few functions whose callers branch on a structured error rather than a message.
template<typename T, typename E>
using Expected = std::expected<T, E>;

template<typename E>
std::unexpected<E> unexpectedOf(E error)
{
    return std::unexpected<E>(std::move(error));
}

#else

// Known limitation: libstdc++ 12 hides std::expected from clang up to 18 (it waits for
// __cpp_concepts 202002L), and the libFuzzer build (scripts/fuzz.sh) needs clang. This stand-in
// has only the members the code base uses; remove it once the fuzz build's clang is 19 or newer.
namespace detail {

template<typename E>
class UnexpectedOf
{
public:
    explicit UnexpectedOf(E error) : m_error(std::move(error)) {}
    const E &error() const { return m_error; }

private:
    E m_error;
};

template<typename T, typename E = QString>
class Expected
{
public:
    Expected() : m_value(std::in_place_index<0>) {}
    template<typename U = T>
        requires(std::is_constructible_v<T, U &&>
                 && !std::is_same_v<std::remove_cvref_t<U>, UnexpectedOf<E>>
                 && !std::is_same_v<std::remove_cvref_t<U>, Expected>)
    Expected(U &&value) : m_value(std::in_place_index<0>, std::forward<U>(value))
    {}
    Expected(const UnexpectedOf<E> &error) : m_value(std::in_place_index<1>, error.error()) {}

    bool has_value() const { return m_value.index() == 0; }
    explicit operator bool() const { return has_value(); }
    T &operator*() & { return std::get<0>(m_value); }
    const T &operator*() const & { return std::get<0>(m_value); }
    T &&operator*() && { return std::get<0>(std::move(m_value)); }
    T *operator->() { return &std::get<0>(m_value); }
    const T *operator->() const { return &std::get<0>(m_value); }
    T &value() & { return std::get<0>(m_value); }
    const T &value() const & { return std::get<0>(m_value); }
    const E &error() const { return std::get<1>(m_value); }

private:
    std::variant<T, E> m_value;
};

template<typename E>
class Expected<void, E>
{
public:
    Expected() = default;
    Expected(const UnexpectedOf<E> &error) : m_error(error.error()) {}

    bool has_value() const { return !m_error; }
    explicit operator bool() const { return has_value(); }
    void operator*() const {}
    void value() const {}
    const E &error() const { return *m_error; }

private:
    std::optional<E> m_error;
};

} // namespace detail

template<typename T>
using Result = detail::Expected<T>;

using Unexpected = detail::UnexpectedOf<QString>;

template<typename T, typename E>
using Expected = detail::Expected<T, E>;

template<typename E>
detail::UnexpectedOf<E> unexpectedOf(E error)
{
    return detail::UnexpectedOf<E>(std::move(error));
}

#endif

} // namespace bw
