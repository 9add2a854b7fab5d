// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeclock.h"
#include "policy/serverhints.h"

#include <QTest>

using namespace bw;
using namespace std::chrono;

namespace {

// FakeClock's start, 2026-08-20T09:00:00Z, is when every response here arrives unless a test
// says otherwise.
constexpr qint64 t0 = 1787216400;
const QByteArray dateAtT0 = "Date: Thu, 20 Aug 2026 09:00:00 GMT";

constexpr qint64 unchecked = -2; ///< the row does not look at this count
constexpr qint64 none = -1;      ///< no wait, or no count

/// What a row expects. Designated initialisers keep the rows short.
struct Expect
{
    bool throttled = false;
    bool quota = false;
    bool retry = false;
    qint64 waitMs = none;
    QString source{}; ///< empty: no source
    bool capped = false;
    qint64 limit = unchecked;
    qint64 remaining = unchecked;
    QString scope{}; ///< checked only when set
};

QByteArray epoch(qint64 offsetSeconds)
{
    return QByteArray::number(t0 + offsetSeconds);
}

QList<std::pair<QByteArray, QByteArray>> toHeaders(const QByteArrayList &lines)
{
    QList<std::pair<QByteArray, QByteArray>> headers;
    for (const QByteArray &line : lines) {
        const qsizetype colon = line.indexOf(':');
        headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    return headers;
}

WallTime wallAt(qint64 epochSeconds)
{
    return WallTime{} + seconds{epochSeconds};
}

ServerHints read(int status, const QByteArrayList &lines, const QByteArray &body = {},
                 const HintSettings &settings = {}, WallTime receivedAt = FakeClock().wallNow())
{
    return readServerHints(status, toHeaders(lines), body, receivedAt, settings);
}

qint64 waitMs(const ServerHints &hints)
{
    return hints.wait ? hints.wait->count() : none;
}

} // namespace

Q_DECLARE_METATYPE(Expect)
Q_DECLARE_METATYPE(bw::ResetFormat)

class tst_ServerHints : public QObject
{
    Q_OBJECT

private slots:
    void vendorConventions_data();
    void vendorConventions();
    void resetFormatsAutoAndFixed_data();
    void resetFormatsAutoAndFixed();
    void decadesAreRefused_data();
    void decadesAreRefused();
    void refusedReadingFallsThroughToTheNextSource();
    void responseDateCancelsClockSkew_data();
    void responseDateCancelsClockSkew();
    void precedence_data();
    void precedence();
    void githubLaterOfRetryAfterAndResetWins_data();
    void githubLaterOfRetryAfterAndResetWins();
    void pacingWhenRemainingIsLow_data();
    void pacingWhenRemainingIsLow();
    void waitBeyondCeilingIsCappedNeverShortened_data();
    void waitBeyondCeilingIsCappedNeverShortened();
    void quotaExhaustedIsReportedNotRetried_data();
    void quotaExhaustedIsReportedNotRetried();
    void garbageHeaderValuesGiveNoWait_data();
    void garbageHeaderValuesGiveNoWait();
    void garbageBodiesAreHarmless_data();
    void garbageBodiesAreHarmless();
    void onlyTheFirst64KiBOfTheBodyIsRead();
    void headerNamesAreCaseInsensitive();
    void resetFormatNamesRoundTrip();
    void absurdDatesAndDurationsStayInRange();
};

void tst_ServerHints::vendorConventions_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArrayList>("headers");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Expect>("expect");

    QTest::newRow("GitHub REST primary, 403 with remaining 0")
        << 403
        << QByteArrayList{dateAtT0,
                          "x-ratelimit-limit: 5000",
                          "x-ratelimit-remaining: 0",
                          "x-ratelimit-used: 5000",
                          "x-ratelimit-reset: " + epoch(47),
                          "x-ratelimit-resource: core",
                          "x-github-request-id: 0F1E:2D3C:4B5A"}
        << QByteArray(R"({"message":"API rate limit exceeded for 198.51.100.7.",)"
                      R"("documentation_url":"https://docs.github.com/rest/rate-limit"})")
        << Expect{.throttled = true,
                  .retry = true,
                  .waitMs = 47000,
                  .source = "X-RateLimit-Reset",
                  .limit = 5000,
                  .remaining = 0,
                  .scope = "github:core"};
    QTest::newRow("GitHub REST primary, 429")
        << 429
        << QByteArrayList{dateAtT0, "x-ratelimit-limit: 60", "x-ratelimit-remaining: 0",
                          "x-ratelimit-reset: " + epoch(13), "x-ratelimit-resource: search"}
        << QByteArray()
        << Expect{.throttled = true,
                  .retry = true,
                  .waitMs = 13000,
                  .source = "X-RateLimit-Reset",
                  .limit = 60,
                  .remaining = 0,
                  .scope = "github:search"};
    QTest::newRow("GitHub REST secondary, 403 with retry-after")
        << 403
        << QByteArrayList{"retry-after: 75", "x-ratelimit-remaining: 4100",
                          "x-ratelimit-limit: 5000", "x-github-request-id: 1:2:3"}
        << QByteArray(R"({"message":"You have exceeded a secondary rate limit. Slow down."})")
        << Expect{.throttled = true, .retry = true, .waitMs = 75000, .source = "Retry-After"};
    QTest::newRow("GitHub REST secondary, nothing but the message")
        << 403
        << QByteArrayList{"x-ratelimit-remaining: 4321", "x-ratelimit-reset: " + epoch(1800),
                          "x-ratelimit-resource: core"}
        << QByteArray(R"({"message":"You have exceeded a secondary rate limit",)"
                      R"("documentation_url":"https://docs.github.com/x"})")
        << Expect{.throttled = true,
                  .retry = true,
                  .waitMs = 60000,
                  .source = "rule:github-secondary"};
    QTest::newRow("GitHub REST, a plain 403 is no throttle")
        << 403 << QByteArrayList{"x-ratelimit-remaining: 4999", "x-github-request-id: 9"}
        << QByteArray(R"({"message":"Resource not accessible by integration"})")
        << Expect{.throttled = false, .retry = false};
    QTest::newRow("GitHub GraphQL, 200 with RATE_LIMITED")
        << 200
        << QByteArrayList{dateAtT0, "x-ratelimit-limit: 5000", "x-ratelimit-remaining: 0",
                          "x-ratelimit-reset: " + epoch(38), "x-ratelimit-resource: graphql"}
        << QByteArray(R"({"errors":[{"type":"RATE_LIMITED","message":"API rate limit )"
                      R"(exceeded for user ID 77."}]})")
        << Expect{.throttled = true,
                  .retry = true,
                  .waitMs = 38000,
                  .source = "X-RateLimit-Reset",
                  .scope = "github:graphql"};
    QTest::newRow("Stripe, Should-Retry false")
        << 429
        << QByteArrayList{"Stripe-Should-Retry: false",
                          "Stripe-Rate-Limited-Reason: global-concurrency"}
        << QByteArray(R"({"error":{"type":"invalid_request_error","code":"rate_limit"}})")
        << Expect{.throttled = true, .retry = false, .source = "Stripe-Should-Retry"};
    QTest::newRow("Stripe, Should-Retry true on a 409")
        << 409 << QByteArrayList{"Stripe-Should-Retry: true"} << QByteArray()
        << Expect{.throttled = false, .retry = true, .source = "Stripe-Should-Retry"};
    QTest::newRow("Stripe, lock_timeout is retryable")
        << 429 << QByteArrayList{}
        << QByteArray(R"({"error":{"code":"lock_timeout","type":"invalid_request_error"}})")
        << Expect{.throttled = true, .retry = true};
    QTest::newRow("Shopify REST, decimal Retry-After")
        << 429 << QByteArrayList{"Retry-After: 2.0", "X-Shopify-Shop-Api-Call-Limit: 40/40"}
        << QByteArray()
        << Expect{.throttled = true,
                  .retry = true,
                  .waitMs = 2000,
                  .source = "Retry-After",
                  .limit = 40,
                  .remaining = 0};
    QTest::newRow("Shopify REST, fractional Retry-After rounds up")
        << 429 << QByteArrayList{"Retry-After: 1.25"} << QByteArray()
        << Expect{.throttled = true, .retry = true, .waitMs = 2000, .source = "Retry-After"};
    QTest::newRow("Shopify GraphQL, 200 THROTTLED")
        << 200 << QByteArrayList{}
        << QByteArray(R"({"errors":[{"message":"Throttled","extensions":{"code":"THROTTLED"}}],)"
                      R"("extensions":{"cost":{"requestedQueryCost":252,"actualQueryCost":null,)"
                      R"("throttleStatus":{"maximumAvailable":1000.0,"currentlyAvailable":12,)"
                      R"("restoreRate":50.0}}}})")
        << Expect{.throttled = true,
                  .retry = true,
                  .waitMs = 4800,
                  .source = "body:throttleStatus",
                  .limit = 1000,
                  .remaining = 12};
    QTest::newRow("X, x-rate-limit with the extra hyphen")
        << 429
        << QByteArrayList{dateAtT0, "x-rate-limit-limit: 900", "x-rate-limit-remaining: 0",
                          "x-rate-limit-reset: " + epoch(95)}
        << QByteArray()
        << Expect{.throttled = true,
                  .retry = true,
                  .waitMs = 95000,
                  .source = "X-Rate-Limit-Reset",
                  .limit = 900,
                  .remaining = 0};
    QTest::newRow("X, the 24-hour user family is the exhausted one")
        << 429
        << QByteArrayList{dateAtT0,
                          "x-rate-limit-limit: 900",
                          "x-rate-limit-remaining: 55",
                          "x-rate-limit-reset: " + epoch(95),
                          "x-user-limit-24hour-limit: 17",
                          "x-user-limit-24hour-remaining: 0",
                          "x-user-limit-24hour-reset: " + epoch(50000)}
        << QByteArray()
        << Expect{.throttled = true,
                  .quota = true,
                  .retry = false,
                  .waitMs = 50000000,
                  .source = "x-user-limit-24hour-reset",
                  .capped = true,
                  .limit = 17,
                  .remaining = 0};
    QTest::newRow("Discord, integer Retry-After wins over the float body")
        << 429
        << QByteArrayList{dateAtT0,
                          "Retry-After: 3",
                          "X-RateLimit-Limit: 5",
                          "X-RateLimit-Remaining: 0",
                          "X-RateLimit-Reset: 1787216402.375",
                          "X-RateLimit-Reset-After: 2.375",
                          "X-RateLimit-Bucket: b7e2f0c1",
                          "X-RateLimit-Scope: user"}
        << QByteArray(R"({"message":"You are being rate limited.","retry_after":2.375,)"
                      R"("global":false})")
        << Expect{.throttled = true,
                  .retry = true,
                  .waitMs = 3000,
                  .source = "Retry-After",
                  .scope = "discord:bucket:b7e2f0c1"};
    QTest::newRow("Discord, Reset-After in float seconds")
        << 429
        << QByteArrayList{"X-RateLimit-Limit: 5", "X-RateLimit-Remaining: 0",
                          "X-RateLimit-Reset: 1787216402.375", "X-RateLimit-Reset-After: 2.375"}
        << QByteArray()
        << Expect{.throttled = true,
                  .retry = true,
                  .waitMs = 2375,
                  .source = "X-RateLimit-Reset-After",
                  .limit = 5,
                  .remaining = 0};
    QTest::newRow("Discord, fractional epoch reset")
        << 429
        << QByteArrayList{dateAtT0, "X-RateLimit-Remaining: 0", "X-RateLimit-Reset: 1787216401.250"}
        << QByteArray()
        << Expect{.throttled = true, .retry = true, .waitMs = 1250, .source = "X-RateLimit-Reset"};
    QTest::newRow("Discord, global limit from the body")
        << 429 << QByteArrayList{"X-RateLimit-Global: true", "X-RateLimit-Scope: global"}
        << QByteArray(R"({"message":"You are being rate limited.","retry_after":0.815,)"
                      R"("global":true})")
        << Expect{.throttled = true,
                  .retry = true,
                  .waitMs = 815,
                  .source = "body:retry_after",
                  .scope = "discord:global"};
    QTest::newRow("Reddit, float remaining and delta reset")
        << 429
        << QByteArrayList{"X-Ratelimit-Used: 600", "X-Ratelimit-Remaining: 0.0",
                          "X-Ratelimit-Reset: 84"}
        << QByteArray()
        << Expect{.throttled = true,
                  .retry = true,
                  .waitMs = 84000,
                  .source = "X-RateLimit-Reset",
                  .limit = 600,
                  .remaining = 0};
    QTest::newRow("Slack, Retry-After")
        << 429 << QByteArrayList{"Retry-After: 17"}
        << QByteArray(R"({"ok":false,"error":"ratelimited"})")
        << Expect{.throttled = true, .retry = true, .waitMs = 17000, .source = "Retry-After"};
    QTest::newRow("Salesforce, 403 REQUEST_LIMIT_EXCEEDED")
        << 403 << QByteArrayList{"Sforce-Limit-Info: api-usage=15000/15000"}
        << QByteArray(R"([{"message":"TotalRequests Limit exceeded.",)"
                      R"("errorCode":"REQUEST_LIMIT_EXCEEDED"}])")
        << Expect{.throttled = true,
                  .quota = true,
                  .retry = false,
                  .source = "body:REQUEST_LIMIT_EXCEEDED",
                  .limit = 15000,
                  .remaining = 0};
    QTest::newRow("Salesforce, concurrent limit is only a throttle")
        << 403 << QByteArrayList{"Sforce-Limit-Info: api-usage=312/15000"}
        << QByteArray(R"([{"message":"ConcurrentPerOrgLongTxn Limit exceeded.",)"
                      R"("errorCode":"REQUEST_LIMIT_EXCEEDED"}])")
        << Expect{.throttled = true,
                  .quota = false,
                  .retry = true,
                  .limit = 15000,
                  .remaining = 14688};
    QTest::newRow("Salesforce, XML body")
        << 403 << QByteArrayList{}
        << QByteArray("<?xml version=\"1.0\"?><Errors><Error><errorCode>REQUEST_LIMIT_EXCEEDED"
                      "</errorCode><message>TotalRequests Limit exceeded.</message></Error>"
                      "</Errors>")
        << Expect{.throttled = true,
                  .quota = true,
                  .retry = false,
                  .source = "body:REQUEST_LIMIT_EXCEEDED"};
    QTest::newRow("HubSpot, ten-secondly interval exhausted")
        << 429
        << QByteArrayList{"X-HubSpot-RateLimit-Max: 190", "X-HubSpot-RateLimit-Remaining: 0",
                          "X-HubSpot-RateLimit-Interval-Milliseconds: 10000",
                          "X-HubSpot-RateLimit-Daily: 1000000",
                          "X-HubSpot-RateLimit-Daily-Remaining: 812345"}
        << QByteArray(R"({"status":"error","message":"You have reached your ten_secondly_)"
                      R"(rolling limit.","errorType":"RATE_LIMIT",)"
                      R"("policyName":"TEN_SECONDLY_ROLLING"})")
        << Expect{.throttled = true,
                  .retry = true,
                  .waitMs = 10000,
                  .source = "X-HubSpot-RateLimit-Interval-Milliseconds",
                  .limit = 190,
                  .remaining = 0};
    QTest::newRow("HubSpot, daily exhausted")
        << 429
        << QByteArrayList{"X-HubSpot-RateLimit-Daily: 250000",
                          "X-HubSpot-RateLimit-Daily-Remaining: 0"}
        << QByteArray(R"({"status":"error","errorType":"RATE_LIMIT","policyName":"DAILY"})")
        << Expect{.throttled = true,
                  .quota = true,
                  .retry = false,
                  .source = "body:policyName",
                  .limit = 250000,
                  .remaining = 0};
    QTest::newRow("Jira Cloud, Retry-After preferred over the ISO reset")
        << 429
        << QByteArrayList{"Retry-After: 7", "X-RateLimit-Reset: 2026-08-20T09:02Z",
                          "X-RateLimit-Limit: 350", "X-RateLimit-Remaining: 0",
                          "RateLimit-Reason: jira-quota-tenant-based"}
        << QByteArray()
        << Expect{.throttled = true,
                  .retry = true,
                  .waitMs = 7000,
                  .source = "Retry-After",
                  .scope = "jira:jira-quota-tenant-based"};
    QTest::newRow("Jira Cloud, ISO reset to the minute")
        << 429
        << QByteArrayList{dateAtT0, "X-RateLimit-Reset: 2026-08-20T09:01Z",
                          "X-RateLimit-Remaining: 0"}
        << QByteArray()
        << Expect{.throttled = true, .retry = true, .waitMs = 60000, .source = "X-RateLimit-Reset"};
    QTest::newRow("Jira Cloud, transient 503 with Retry-After")
        << 503 << QByteArrayList{"Retry-After: 4"} << QByteArray()
        << Expect{.throttled = false, .retry = true, .waitMs = 4000, .source = "Retry-After"};
    QTest::newRow("Jira Cloud, beta SF header")
        << 429 << QByteArrayList{"Beta-RateLimit: \"global-burst\";r=0;t=3"} << QByteArray()
        << Expect{.throttled = true, .retry = true, .waitMs = 3000, .source = "Beta-RateLimit"};
    QTest::newRow("Confluence DC, retry-after 0 on success means nothing")
        << 200
        << QByteArrayList{"retry-after: 0", "X-RateLimit-Limit: 20", "X-RateLimit-Remaining: 19",
                          "X-RateLimit-Interval-Seconds: 1", "X-RateLimit-FillRate: 2"}
        << QByteArray() << Expect{.throttled = false, .retry = false, .limit = 20, .remaining = 19};
    QTest::newRow("Confluence DC, 429 with retry-after")
        << 429
        << QByteArrayList{"retry-after: 1", "X-RateLimit-Limit: 20", "X-RateLimit-Remaining: 0",
                          "X-RateLimit-Interval-Seconds: 1", "X-RateLimit-FillRate: 2"}
        << QByteArray()
        << Expect{.throttled = true,
                  .retry = true,
                  .waitMs = 1000,
                  .source = "Retry-After",
                  .limit = 20,
                  .remaining = 0};
    QTest::newRow("Zendesk, Retry-After")
        << 429
        << QByteArrayList{"Retry-After: 21", "X-Rate-Limit: 700", "X-Rate-Limit-Remaining: 0"}
        << QByteArray()
        << Expect{.throttled = true,
                  .retry = true,
                  .waitMs = 21000,
                  .source = "Retry-After",
                  .limit = 700,
                  .remaining = 0};
    QTest::newRow("Zendesk, endpoint header with resets=")
        << 429
        << QByteArrayList{"zendesk-ratelimit-tickets-index: total=100; remaining=0; resets=33"}
        << QByteArray()
        << Expect{.throttled = true,
                  .retry = true,
                  .waitMs = 33000,
                  .source = "zendesk-ratelimit-tickets-index",
                  .limit = 100,
                  .remaining = 0,
                  .scope = "zendesk:tickets-index"};
    QTest::newRow("Zendesk, ratelimit-reset is delta seconds")
        << 429
        << QByteArrayList{"ratelimit-limit: 700", "ratelimit-remaining: 0", "ratelimit-reset: 26"}
        << QByteArray()
        << Expect{.throttled = true,
                  .retry = true,
                  .waitMs = 26000,
                  .source = "RateLimit-Reset",
                  .limit = 700,
                  .remaining = 0};
    QTest::newRow("Twilio, 20429 without Retry-After")
        << 429 << QByteArrayList{}
        << QByteArray(R"({"code":20429,"message":"Too Many Requests",)"
                      R"("more_info":"https://www.twilio.com/docs/errors/20429","status":429})")
        << Expect{.throttled = true, .retry = true};
    QTest::newRow("OpenAI, requests exhausted, Go duration")
        << 429 << QByteArrayList{"x-ratelimit-limit-requests: 500",
                                 "x-ratelimit-remaining-requests: 0",
                                 "x-ratelimit-reset-requests: 1m30s",
                                 "x-ratelimit-limit-tokens: 30000",
                                 "x-ratelimit-remaining-tokens: 14000",
                                 "x-ratelimit-reset-tokens: 250ms"}
        << QByteArray(R"({"error":{"message":"Rate limit reached","type":"requests",)"
                      R"("code":"rate_limit_exceeded"}})")
        << Expect{.throttled = true,
                  .retry = true,
                  .waitMs = 90000,
                  .source = "x-ratelimit-reset-requests",
                  .limit = 500,
                  .remaining = 0};
    QTest::newRow("OpenAI, retry-after-ms wins")
        << 429
        << QByteArrayList{"retry-after-ms: 1250", "retry-after: 2",
                          "x-ratelimit-remaining-tokens: 0", "x-ratelimit-reset-tokens: 6m0s"}
        << QByteArray()
        << Expect{.throttled = true, .retry = true, .waitMs = 1250, .source = "retry-after-ms"};
    QTest::newRow("OpenAI, insufficient_quota")
        << 429 << QByteArrayList{"retry-after: 1"}
        << QByteArray(R"({"error":{"message":"You exceeded your current quota.",)"
                      R"("type":"insufficient_quota","param":null,"code":"insufficient_quota"}})")
        << Expect{.throttled = true,
                  .quota = true,
                  .retry = false,
                  .waitMs = 1000,
                  .source = "Retry-After"};
    QTest::newRow("Azure OpenAI, retry-after-ms and retry-after")
        << 429 << QByteArrayList{"retry-after: 3", "retry-after-ms: 2750"} << QByteArray()
        << Expect{.throttled = true, .retry = true, .waitMs = 2750, .source = "retry-after-ms"};
    QTest::newRow("Groq, retry-after wins over per-day requests")
        << 429
        << QByteArrayList{"retry-after: 8", "x-ratelimit-limit-requests: 14400",
                          "x-ratelimit-remaining-requests: 0",
                          "x-ratelimit-reset-requests: 2m59.56s"}
        << QByteArray()
        << Expect{.throttled = true, .retry = true, .waitMs = 8000, .source = "Retry-After"};
    QTest::newRow("Groq, fractional token duration")
        << 429
        << QByteArrayList{"x-ratelimit-limit-tokens: 6000", "x-ratelimit-remaining-tokens: 0",
                          "x-ratelimit-reset-tokens: 7.66s"}
        << QByteArray()
        << Expect{.throttled = true,
                  .retry = true,
                  .waitMs = 7660,
                  .source = "x-ratelimit-reset-tokens",
                  .limit = 6000,
                  .remaining = 0};
    QTest::newRow("Anthropic, retry-after wins")
        << 429
        << QByteArrayList{dateAtT0, "retry-after: 16",
                          "anthropic-ratelimit-input-tokens-limit: 200000",
                          "anthropic-ratelimit-input-tokens-remaining: 0",
                          "anthropic-ratelimit-input-tokens-reset: 2026-08-20T09:00:48Z"}
        << QByteArray()
        << Expect{.throttled = true, .retry = true, .waitMs = 16000, .source = "Retry-After"};
    QTest::newRow("Anthropic, RFC 3339 reset of the exhausted dimension")
        << 429
        << QByteArrayList{dateAtT0,
                          "anthropic-ratelimit-requests-limit: 4000",
                          "anthropic-ratelimit-requests-remaining: 3999",
                          "anthropic-ratelimit-requests-reset: 2026-08-20T09:00:01Z",
                          "anthropic-ratelimit-output-tokens-limit: 80000",
                          "anthropic-ratelimit-output-tokens-remaining: 0",
                          "anthropic-ratelimit-output-tokens-reset: 2026-08-20T09:00:48.5Z"}
        << QByteArray(R"({"type":"error","error":{"type":"rate_limit_error","message":"x"}})")
        << Expect{.throttled = true,
                  .retry = true,
                  .waitMs = 48500,
                  .source = "anthropic-ratelimit-output-tokens-reset",
                  .limit = 80000,
                  .remaining = 0};
    QTest::newRow("Anthropic, 529 overloaded")
        << 529 << QByteArrayList{}
        << QByteArray(
               R"({"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}})")
        << Expect{.throttled = true, .retry = true};
    QTest::newRow("Anthropic, spend limit")
        << 429 << QByteArrayList{"retry-after: 40000", "x-should-retry: false"}
        << QByteArray(R"({"type":"error","error":{"type":"rate_limit_error","message":"This )"
                      R"(request would exceed your organization's monthly spend limit.",)"
                      R"("details":{"error_code":"enforced_spend_limit_reached"}}})")
        << Expect{.throttled = true,
                  .quota = true,
                  .retry = false,
                  .waitMs = 40000000,
                  .source = "Retry-After",
                  .capped = true};
    QTest::newRow("Anthropic, x-should-retry false alone")
        << 500 << QByteArrayList{"x-should-retry: false"} << QByteArray()
        << Expect{.throttled = false, .retry = false, .source = "x-should-retry"};
    QTest::newRow("Cloudflare, retry-after with the SF fields")
        << 429
        << QByteArrayList{"retry-after: 45", "Ratelimit: \"default\";r=0;t=45",
                          "Ratelimit-Policy: \"default\";q=1200;w=300"}
        << QByteArray()
        << Expect{.throttled = true,
                  .retry = true,
                  .waitMs = 45000,
                  .source = "Retry-After",
                  .limit = 1200,
                  .remaining = 0};
    QTest::newRow("Cloudflare, SF fields alone")
        << 429
        << QByteArrayList{"Ratelimit: \"default\";r=0;t=44",
                          "Ratelimit-Policy: \"default\";q=1200;w=300"}
        << QByteArray()
        << Expect{.throttled = true,
                  .retry = true,
                  .waitMs = 44000,
                  .source = "RateLimit",
                  .limit = 1200,
                  .remaining = 0};
    QTest::newRow("IETF draft-10, split over two lines")
        << 429
        << QByteArrayList{"RateLimit: \"burst\";r=0;t=4", "RateLimit: \"daily\";r=4999;t=40000",
                          "RateLimit-Policy: \"burst\";q=10;w=1",
                          "RateLimit-Policy: \"daily\";q=5000;w=86400"}
        << QByteArray()
        << Expect{.throttled = true,
                  .retry = true,
                  .waitMs = 4000,
                  .source = "RateLimit",
                  .limit = 10,
                  .remaining = 0};
    QTest::newRow("IETF draft-10, on a 200 with r=0")
        << 200 << QByteArrayList{"RateLimit: \"hour\";r=0;t=15"} << QByteArray()
        << Expect{.throttled = false, .retry = false, .waitMs = 15000, .source = "RateLimit"};
    QTest::newRow("IETF old draft, RateLimit-Reset delta")
        << 429
        << QByteArrayList{"RateLimit-Limit: 100, 100;w=60", "RateLimit-Remaining: 0",
                          "RateLimit-Reset: 25"}
        << QByteArray()
        << Expect{.throttled = true,
                  .retry = true,
                  .waitMs = 25000,
                  .source = "RateLimit-Reset",
                  .limit = 100,
                  .remaining = 0};
    QTest::newRow("GitLab, Retry-After first")
        << 429
        << QByteArrayList{dateAtT0,
                          "RateLimit-Limit: 600",
                          "RateLimit-Remaining: 0",
                          "RateLimit-Reset: " + epoch(72),
                          "RateLimit-ResetTime: Thu, 20 Aug 2026 09:01:12 GMT",
                          "Retry-After: 72"}
        << QByteArray()
        << Expect{.throttled = true,
                  .retry = true,
                  .waitMs = 72000,
                  .source = "Retry-After",
                  .limit = 600,
                  .remaining = 0};
    QTest::newRow("GitLab, RateLimit-Reset is an epoch")
        << 429
        << QByteArrayList{dateAtT0, "RateLimit-Limit: 600", "RateLimit-Remaining: 0",
                          "RateLimit-Reset: " + epoch(66)}
        << QByteArray()
        << Expect{.throttled = true, .retry = true, .waitMs = 66000, .source = "RateLimit-Reset"};
    QTest::newRow("GitLab, only RateLimit-ResetTime")
        << 429
        << QByteArrayList{dateAtT0, "RateLimit-Remaining: 0",
                          "RateLimit-ResetTime: Thu, 20 Aug 2026 09:00:51 GMT"}
        << QByteArray()
        << Expect{
               .throttled = true, .retry = true, .waitMs = 51000, .source = "RateLimit-ResetTime"};
    QTest::newRow("Okta, epoch reset judged against Date")
        << 429
        << QByteArrayList{dateAtT0, "X-Rate-Limit-Limit: 600", "X-Rate-Limit-Remaining: 0",
                          "X-Rate-Limit-Reset: " + epoch(42)}
        << QByteArray()
        << Expect{
               .throttled = true, .retry = true, .waitMs = 42000, .source = "X-Rate-Limit-Reset"};
    QTest::newRow("Azure Resource Manager, Retry-After and counts")
        << 429
        << QByteArrayList{"Retry-After: 19", "x-ms-ratelimit-remaining-subscription-reads: 0",
                          "x-ms-ratelimit-remaining-tenant-writes: 1180"}
        << QByteArray()
        << Expect{.throttled = true,
                  .retry = true,
                  .waitMs = 19000,
                  .source = "Retry-After",
                  .remaining = 0};
    QTest::newRow("Azure Resource Manager, resource policies on success")
        << 200
        << QByteArrayList{"x-ms-ratelimit-remaining-resource: Microsoft.Compute/HighCostGet3Min;"
                          "107,Microsoft.Compute/HighCostGet30Min;586"}
        << QByteArray() << Expect{.throttled = false, .retry = false, .remaining = 107};
    QTest::newRow("Microsoft Graph, 503 with Retry-After")
        << 503 << QByteArrayList{"Retry-After: 11"} << QByteArray()
        << Expect{.throttled = false, .retry = true, .waitMs = 11000, .source = "Retry-After"};
    QTest::newRow("Microsoft Graph, 504 without a header")
        << 504 << QByteArrayList{} << QByteArray() << Expect{.throttled = false, .retry = true};
    QTest::newRow("Google, RESOURCE_EXHAUSTED with RetryInfo")
        << 429 << QByteArrayList{}
        << QByteArray(R"({"error":{"code":429,"message":"Quota exceeded.","status":)"
                      R"("RESOURCE_EXHAUSTED","details":[{"@type":"type.googleapis.com/)"
                      R"(google.rpc.RetryInfo","retryDelay":"12.5s"}]}})")
        << Expect{.throttled = true, .retry = true, .waitMs = 12500, .source = "body:RetryInfo"};
    QTest::newRow("Google Drive, 403 userRateLimitExceeded")
        << 403 << QByteArrayList{}
        << QByteArray(R"({"error":{"errors":[{"domain":"usageLimits","reason":)"
                      R"("userRateLimitExceeded","message":"User Rate Limit Exceeded"}],)"
                      R"("code":403,"message":"User Rate Limit Exceeded"}})")
        << Expect{
               .throttled = true, .retry = true, .waitMs = 30000, .source = "rule:google-minimum"};
    QTest::newRow("Google, 403 rateLimitExceeded")
        << 403 << QByteArrayList{}
        << QByteArray(R"({"error":{"errors":[{"reason":"rateLimitExceeded"}],"code":403}})")
        << Expect{
               .throttled = true, .retry = true, .waitMs = 30000, .source = "rule:google-minimum"};
    QTest::newRow("AWS, 400 ThrottlingException in x-amzn-ErrorType")
        << 400
        << QByteArrayList{"x-amzn-ErrorType: ThrottlingException:http://internal.amazon.com/"
                          "coral/com.amazon.coral.availability/"}
        << QByteArray(R"({"message":"Rate exceeded"})") << Expect{.throttled = true, .retry = true};
    QTest::newRow("AWS, 400 __type in the JSON body")
        << 400 << QByteArrayList{}
        << QByteArray(R"({"__type":"com.amazonaws.dynamodb.v20120810#)"
                      R"(ProvisionedThroughputExceededException","message":"slow"})")
        << Expect{.throttled = true, .retry = true};
    QTest::newRow("AWS, 400 ValidationException is no throttle")
        << 400 << QByteArrayList{"x-amzn-ErrorType: ValidationException"}
        << QByteArray(R"({"__type":"ValidationException"})")
        << Expect{.throttled = false, .retry = false};
    QTest::newRow("AWS S3, 503 SlowDown with x-amz-retry-after in ms")
        << 503 << QByteArrayList{"x-amz-retry-after: 1500"}
        << QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>SlowDown</Code>"
                      "<Message>Please reduce your request rate.</Message></Error>")
        << Expect{.throttled = true, .retry = true, .waitMs = 1500, .source = "x-amz-retry-after"};
    QTest::newRow("nginx limit_req, default 503")
        << 503 << QByteArrayList{"Content-Type: text/html"}
        << QByteArray("<html><head><title>503 Service Temporarily Unavailable</title></head>"
                      "<body><center><h1>503</h1></center></body></html>")
        << Expect{.throttled = false, .retry = true};
    QTest::newRow("nginx limit_req, status 429")
        << 429 << QByteArrayList{"Content-Type: text/html"}
        << QByteArray("<html><body><h1>429 Too Many Requests</h1></body></html>")
        << Expect{.throttled = true, .retry = true};
    QTest::newRow("RFC 9110, Retry-After IMF-fixdate")
        << 503 << QByteArrayList{dateAtT0, "Retry-After: Thu, 20 Aug 2026 09:01:30 GMT"}
        << QByteArray()
        << Expect{.throttled = false, .retry = true, .waitMs = 90000, .source = "Retry-After"};
    QTest::newRow("RFC 9110, Retry-After RFC 850")
        << 503 << QByteArrayList{dateAtT0, "Retry-After: Thursday, 20-Aug-26 09:01:30 GMT"}
        << QByteArray()
        << Expect{.throttled = false, .retry = true, .waitMs = 90000, .source = "Retry-After"};
    QTest::newRow("RFC 9110, Retry-After asctime")
        << 503 << QByteArrayList{dateAtT0, "Retry-After: Thu Aug 20 09:01:30 2026"} << QByteArray()
        << Expect{.throttled = false, .retry = true, .waitMs = 90000, .source = "Retry-After"};
    QTest::newRow("RFC 9110, Retry-After date in the past")
        << 429 << QByteArrayList{dateAtT0, "Retry-After: Wed, 19 Aug 2026 09:00:00 GMT"}
        << QByteArray()
        << Expect{.throttled = true, .retry = true, .waitMs = 0, .source = "Retry-After"};
    QTest::newRow("Odd formats, Vimeo HTTP-date reset")
        << 429
        << QByteArrayList{dateAtT0, "X-RateLimit-Remaining: 0",
                          "X-RateLimit-Reset: Thu, 20 Aug 2026 09:00:40 GMT"}
        << QByteArray()
        << Expect{.throttled = true, .retry = true, .waitMs = 40000, .source = "X-RateLimit-Reset"};
    QTest::newRow("Odd formats, Linear 400 RATELIMITED with epoch ms")
        << 400
        << QByteArrayList{dateAtT0, "x-ratelimit-requests-limit: 1500",
                          "x-ratelimit-requests-remaining: 0",
                          "x-ratelimit-requests-reset: " + epoch(33) + "500"}
        << QByteArray(R"({"errors":[{"message":"Rate limit exceeded",)"
                      R"("extensions":{"code":"RATELIMITED"}}]})")
        << Expect{.throttled = true,
                  .retry = true,
                  .waitMs = 33500,
                  .source = "x-ratelimit-requests-reset",
                  .limit = 1500,
                  .remaining = 0};
}

void tst_ServerHints::vendorConventions()
{
    QFETCH(int, status);
    QFETCH(QByteArrayList, headers);
    QFETCH(QByteArray, body);
    QFETCH(Expect, expect);

    const ServerHints hints = read(status, headers, body);
    QVERIFY2(!hints.reason.isEmpty(), "every result explains itself");
    const QByteArray context = hints.reason.toUtf8();
    QVERIFY2(hints.throttled == expect.throttled, context);
    QVERIFY2(hints.quotaExhausted == expect.quota, context);
    QVERIFY2(hints.retry == expect.retry, context);
    QCOMPARE(waitMs(hints), expect.waitMs);
    QCOMPARE(hints.source, expect.source);
    QCOMPARE(hints.capped, expect.capped);
    if (hints.wait)
        QVERIFY(hints.notBefore == FakeClock().wallNow() + *hints.wait);
    else
        QVERIFY(!hints.notBefore);
    if (expect.limit != unchecked)
        QCOMPARE(hints.limit.value_or(none), expect.limit);
    if (expect.remaining != unchecked)
        QCOMPARE(hints.remaining.value_or(none), expect.remaining);
    if (!expect.scope.isEmpty())
        QCOMPARE(hints.scope, expect.scope);
}

void tst_ServerHints::resetFormatsAutoAndFixed_data()
{
    QTest::addColumn<ResetFormat>("format");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<qint64>("expectedMs");

    const QByteArray httpDate = "Thu, 20 Aug 2026 09:01:00 GMT";
    QTest::newRow("auto, epoch seconds") << ResetFormat::Auto << epoch(30) << qint64(30000);
    QTest::newRow("auto, fractional epoch seconds")
        << ResetFormat::Auto << epoch(30) + ".25" << qint64(30250);
    QTest::newRow("auto, epoch milliseconds")
        << ResetFormat::Auto << epoch(30) + "500" << qint64(30500);
    QTest::newRow("auto, delta seconds") << ResetFormat::Auto << QByteArray("45") << qint64(45000);
    QTest::newRow("auto, fractional delta")
        << ResetFormat::Auto << QByteArray("7.5") << qint64(7500);
    QTest::newRow("auto, zero") << ResetFormat::Auto << QByteArray("0") << qint64(0);
    QTest::newRow("auto, the 1e9 boundary is a delta")
        << ResetFormat::Auto << QByteArray("1000000000") << none;
    QTest::newRow("auto, HTTP-date") << ResetFormat::Auto << httpDate << qint64(60000);
    QTest::newRow("auto, ISO with seconds")
        << ResetFormat::Auto << QByteArray("2026-08-20T09:00:20Z") << qint64(20000);
    QTest::newRow("auto, ISO to the minute")
        << ResetFormat::Auto << QByteArray("2026-08-20T09:02Z") << qint64(120000);
    QTest::newRow("auto, ISO with an offset")
        << ResetFormat::Auto << QByteArray("2026-08-20T11:00:20+02:00") << qint64(20000);
    QTest::newRow("auto, ISO with a fraction")
        << ResetFormat::Auto << QByteArray("2026-08-20T09:00:20.2501Z") << qint64(20251);
    QTest::newRow("auto, Go duration") << ResetFormat::Auto << QByteArray("1m30s") << qint64(90000);
    QTest::newRow("auto, Go milliseconds")
        << ResetFormat::Auto << QByteArray("250ms") << qint64(250);
    QTest::newRow("auto, Go hours")
        << ResetFormat::Auto << QByteArray("1h0m0.5s") << qint64(3600500);
    QTest::newRow("auto, Go microseconds")
        << ResetFormat::Auto << QByteArray("1500us") << qint64(2);
    QTest::newRow("auto, ISO duration")
        << ResetFormat::Auto << QByteArray("PT1M5S") << qint64(65000);
    QTest::newRow("auto, reset already passed") << ResetFormat::Auto << epoch(-20) << qint64(0);

    QTest::newRow("epoch-s") << ResetFormat::EpochSeconds << epoch(30) << qint64(30000);
    QTest::newRow("epoch-s with a fraction")
        << ResetFormat::EpochSeconds << epoch(30) + ".5" << qint64(30500);
    QTest::newRow("epoch-s refuses a delta-sized value")
        << ResetFormat::EpochSeconds << QByteArray("45") << none;
    QTest::newRow("epoch-ms") << ResetFormat::EpochMillis << epoch(30) + "500" << qint64(30500);
    QTest::newRow("epoch-ms refuses seconds") << ResetFormat::EpochMillis << epoch(30) << none;
    QTest::newRow("delta-s") << ResetFormat::DeltaSeconds << QByteArray("45") << qint64(45000);
    QTest::newRow("delta-s with a fraction")
        << ResetFormat::DeltaSeconds << QByteArray("0.125") << qint64(125);
    QTest::newRow("delta-s refuses an epoch") << ResetFormat::DeltaSeconds << epoch(30) << none;
    QTest::newRow("http-date") << ResetFormat::HttpDate << httpDate << qint64(60000);
    QTest::newRow("http-date refuses a number")
        << ResetFormat::HttpDate << QByteArray("45") << none;
    QTest::newRow("iso") << ResetFormat::Iso8601 << QByteArray("2026-08-20T09:00:20Z")
                         << qint64(20000);
    QTest::newRow("iso refuses a number") << ResetFormat::Iso8601 << epoch(30) << none;
    QTest::newRow("iso refuses a time without zone")
        << ResetFormat::Iso8601 << QByteArray("2026-08-20T09:00:20") << none;
    QTest::newRow("duration") << ResetFormat::Duration << QByteArray("1m30s") << qint64(90000);
    QTest::newRow("duration, protobuf seconds")
        << ResetFormat::Duration << QByteArray("12.5s") << qint64(12500);
    QTest::newRow("duration refuses a bare number")
        << ResetFormat::Duration << QByteArray("45") << none;
}

void tst_ServerHints::resetFormatsAutoAndFixed()
{
    QFETCH(ResetFormat, format);
    QFETCH(QByteArray, value);
    QFETCH(qint64, expectedMs);

    HintSettings settings;
    settings.resetFormat = format;
    settings.maxServerDelay = 2h;
    const ServerHints hints = read(
        429, {dateAtT0, "X-RateLimit-Remaining: 0", "X-RateLimit-Reset: " + value}, {}, settings);
    QCOMPARE(waitMs(hints), expectedMs);
    if (expectedMs == none) {
        QVERIFY2(hints.reason.contains(QLatin1String("ignored")), qPrintable(hints.reason));
        QVERIFY(hints.source.isEmpty());
    } else {
        QCOMPARE(hints.source, QStringLiteral("X-RateLimit-Reset"));
    }
}

void tst_ServerHints::decadesAreRefused_data()
{
    QTest::addColumn<QByteArrayList>("headers");
    QTest::addColumn<ResetFormat>("format");
    QTest::addColumn<qint64>("expectedMs");

    const QByteArray exhausted = "X-RateLimit-Remaining: 0";
    QTest::newRow("Retry-After 9999999999")
        << QByteArrayList{"Retry-After: 9999999999"} << ResetFormat::Auto << none;
    QTest::newRow("retry-after-ms of a century")
        << QByteArrayList{"retry-after-ms: 3155760000000"} << ResetFormat::Auto << none;
    QTest::newRow("epoch seconds in the year 5138")
        << QByteArrayList{exhausted, "X-RateLimit-Reset: 99999999999"} << ResetFormat::Auto << none;
    QTest::newRow("epoch milliseconds in the year 5138")
        << QByteArrayList{exhausted, "X-RateLimit-Reset: 99999999999999"} << ResetFormat::Auto
        << none;
    QTest::newRow("twenty-digit number")
        << QByteArrayList{exhausted, "X-RateLimit-Reset: 99999999999999999999"} << ResetFormat::Auto
        << none;
    QTest::newRow("a delta of 400 days")
        << QByteArrayList{exhausted, "X-RateLimit-Reset: 34560000"} << ResetFormat::Auto << none;
    QTest::newRow("a delta of exactly 365 days is still believed")
        << QByteArrayList{exhausted, "X-RateLimit-Reset: 31536000"} << ResetFormat::Auto
        << qint64(31536000000);
    QTest::newRow("one second more is not")
        << QByteArrayList{exhausted, "X-RateLimit-Reset: 31536001"} << ResetFormat::Auto << none;
    QTest::newRow("a duration of a thousand years")
        << QByteArrayList{exhausted, "X-RateLimit-Reset: 8766000h"} << ResetFormat::Auto << none;
    QTest::newRow("an ISO time in 2090")
        << QByteArrayList{exhausted, "X-RateLimit-Reset: 2090-01-01T00:00:00Z"} << ResetFormat::Auto
        << none;
    QTest::newRow("an HTTP-date in 2061")
        << QByteArrayList{"Retry-After: Fri, 01 Jul 2061 00:00:00 GMT"} << ResetFormat::Auto
        << none;
    QTest::newRow("epoch-ms forced on seconds lands in 1970")
        << QByteArrayList{exhausted, "X-RateLimit-Reset: 45"} << ResetFormat::EpochMillis << none;
    QTest::newRow("the IETF t of decades")
        << QByteArrayList{"RateLimit: \"a\";r=0;t=999999999999"} << ResetFormat::Auto << none;
    QTest::newRow("the body's retry_after of decades")
        << QByteArrayList{} << ResetFormat::Auto << none;
}

void tst_ServerHints::decadesAreRefused()
{
    QFETCH(QByteArrayList, headers);
    QFETCH(ResetFormat, format);
    QFETCH(qint64, expectedMs);

    HintSettings settings;
    settings.resetFormat = format;
    const QByteArray body
        = headers.isEmpty() ? QByteArray(R"({"retry_after": 4e9})") : QByteArray();
    const ServerHints hints = read(429, QByteArrayList{dateAtT0} + headers, body, settings);
    QCOMPARE(waitMs(hints), expectedMs);
    if (expectedMs == none) {
        QVERIFY2(hints.reason.contains(QLatin1String("ignored")), qPrintable(hints.reason));
        QVERIFY(!hints.capped);
        QVERIFY(hints.retry); // a plain 429 now: backoff, not a decade's pause
    }
}

void tst_ServerHints::refusedReadingFallsThroughToTheNextSource()
{
    const ServerHints hints
        = read(429, {dateAtT0, "Retry-After: 9999999999", "X-RateLimit-Remaining: 0",
                     "X-RateLimit-Reset: " + epoch(20)});
    QCOMPARE(waitMs(hints), qint64(20000));
    QCOMPARE(hints.source, QStringLiteral("X-RateLimit-Reset"));
    QVERIFY(hints.reason.contains(QLatin1String("Retry-After \"9999999999\" ignored")));
}

void tst_ServerHints::responseDateCancelsClockSkew_data()
{
    QTest::addColumn<qint64>("localOffsetSeconds");
    QTest::addColumn<QByteArray>("date");
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<qint64>("expectedMs");

    const QByteArray reset = "X-Rate-Limit-Reset: " + epoch(30);
    QTest::newRow("local clock an hour ahead")
        << qint64(3600) << dateAtT0 << reset << qint64(30000);
    QTest::newRow("local clock ten minutes behind")
        << qint64(-600) << dateAtT0 << reset << qint64(30000);
    QTest::newRow("clocks agree") << qint64(0) << dateAtT0 << reset << qint64(30000);
    QTest::newRow("invalid Date: judged at receipt")
        << qint64(10) << QByteArray("Date: soon") << reset << qint64(20000);
    QTest::newRow("no Date: judged at receipt")
        << qint64(10) << QByteArray() << reset << qint64(20000);
    QTest::newRow("HTTP-date Retry-After, clock ahead")
        << qint64(300) << dateAtT0 << QByteArray("Retry-After: Thu, 20 Aug 2026 09:00:45 GMT")
        << qint64(45000);
    QTest::newRow("ISO reset, clock behind")
        << qint64(-120) << dateAtT0 << QByteArray("X-RateLimit-Reset: 2026-08-20T09:01Z")
        << qint64(60000);
}

void tst_ServerHints::responseDateCancelsClockSkew()
{
    QFETCH(qint64, localOffsetSeconds);
    QFETCH(QByteArray, date);
    QFETCH(QByteArray, header);
    QFETCH(qint64, expectedMs);

    QByteArrayList headers{"X-Rate-Limit-Remaining: 0", "X-RateLimit-Remaining: 0", header};
    if (!date.isEmpty())
        headers.prepend(date);
    const WallTime receivedAt = wallAt(t0 + localOffsetSeconds);
    const ServerHints hints = read(429, headers, {}, {}, receivedAt);
    QCOMPARE(waitMs(hints), expectedMs);
    QVERIFY(hints.notBefore == receivedAt + Millis(expectedMs));
}

void tst_ServerHints::precedence_data()
{
    QTest::addColumn<QByteArrayList>("headers");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<qint64>("expectedMs");
    QTest::addColumn<QString>("expectedSource");

    QTest::newRow("Retry-After beats RateLimit t")
        << QByteArrayList{"Retry-After: 5", "RateLimit: \"q\";r=0;t=50"} << QByteArray()
        << qint64(5000) << QStringLiteral("Retry-After");
    QTest::newRow("RateLimit t beats X-RateLimit-Reset")
        << QByteArrayList{"RateLimit: \"q\";r=0;t=12", "X-RateLimit-Remaining: 0",
                          "X-RateLimit-Reset: 40"}
        << QByteArray() << qint64(12000) << QStringLiteral("RateLimit");
    QTest::newRow("the largest t of the exhausted policies")
        << QByteArrayList{"RateLimit: \"a\";r=0;t=12, \"b\";r=0;t=31, \"c\";r=3;t=99"}
        << QByteArray() << qint64(31000) << QStringLiteral("RateLimit");
    QTest::newRow("RateLimit with r above 0 gives no wait")
        << QByteArrayList{"RateLimit: \"q\";r=7;t=12", "X-RateLimit-Remaining: 0",
                          "X-RateLimit-Reset: 40"}
        << QByteArray() << qint64(40000) << QStringLiteral("X-RateLimit-Reset");
    QTest::newRow("malformed RateLimit is ignored")
        << QByteArrayList{"RateLimit: \"q\";r=0;t=12,", "X-RateLimit-Remaining: 0",
                          "X-RateLimit-Reset: 40"}
        << QByteArray() << qint64(40000) << QStringLiteral("X-RateLimit-Reset");
    QTest::newRow("RateLimit without r is malformed")
        << QByteArrayList{"RateLimit: \"q\";t=12"} << QByteArray() << none << QString();
    QTest::newRow("RateLimit with a negative t is malformed")
        << QByteArrayList{"RateLimit: \"q\";r=0;t=-3"} << QByteArray() << none << QString();
    QTest::newRow("headers beat the body")
        << QByteArrayList{"X-RateLimit-Remaining: 0", "X-RateLimit-Reset-After: 6"}
        << QByteArray(R"({"retry_after": 2.5})") << qint64(6000)
        << QStringLiteral("X-RateLimit-Reset-After");
    QTest::newRow("the body when headers say nothing")
        << QByteArrayList{} << QByteArray(R"({"retry_after": 2.5})") << qint64(2500)
        << QStringLiteral("body:retry_after");
    QTest::newRow("an exhausted counter beats the body")
        << QByteArrayList{"x-ratelimit-remaining-tokens: 0", "x-ratelimit-reset-tokens: 3s"}
        << QByteArray(R"({"error":{"details":[{"@type":"type.googleapis.com/google.rpc.)"
                      R"(RetryInfo","retryDelay":"9s"}]}})")
        << qint64(3000) << QStringLiteral("x-ratelimit-reset-tokens");
    QTest::newRow("the body beats the reset of a counter that is not empty")
        << QByteArrayList{"x-ratelimit-remaining-tokens: 900", "x-ratelimit-reset-tokens: 50s"}
        << QByteArray(R"({"retry_after": 1})") << qint64(1000)
        << QStringLiteral("body:retry_after");
    QTest::newRow("a counter that is not empty bounds the wait from above")
        << QByteArrayList{"x-ratelimit-remaining-tokens: 900", "x-ratelimit-reset-tokens: 50s",
                          "x-ratelimit-remaining-requests: 12", "x-ratelimit-reset-requests: 2s"}
        << QByteArray() << qint64(50000) << QStringLiteral("x-ratelimit-reset-tokens");
    QTest::newRow("retry-after-ms beats Retry-After")
        << QByteArrayList{"Retry-After: 9", "retry-after-ms: 400"} << QByteArray() << qint64(400)
        << QStringLiteral("retry-after-ms");
    QTest::newRow("x-ms-retry-after-ms beats Retry-After")
        << QByteArrayList{"Retry-After: 9", "x-ms-retry-after-ms: 1200.5"} << QByteArray()
        << qint64(1201) << QStringLiteral("x-ms-retry-after-ms");
    QTest::newRow("a garbage retry-after-ms falls back to Retry-After")
        << QByteArrayList{"Retry-After: 9", "retry-after-ms: soon"} << QByteArray() << qint64(9000)
        << QStringLiteral("Retry-After");
    QTest::newRow("an invalid Retry-After falls through")
        << QByteArrayList{"Retry-After: -1", "X-RateLimit-Remaining: 0", "X-RateLimit-Reset: 8"}
        << QByteArray() << qint64(8000) << QStringLiteral("X-RateLimit-Reset");
    QTest::newRow("the latest of several exhausted counters")
        << QByteArrayList{"x-ratelimit-remaining-requests: 0", "x-ratelimit-reset-requests: 4s",
                          "x-ratelimit-remaining-tokens: 0", "x-ratelimit-reset-tokens: 11s"}
        << QByteArray() << qint64(11000) << QStringLiteral("x-ratelimit-reset-tokens");
}

void tst_ServerHints::precedence()
{
    QFETCH(QByteArrayList, headers);
    QFETCH(QByteArray, body);
    QFETCH(qint64, expectedMs);
    QFETCH(QString, expectedSource);

    const ServerHints hints = read(429, headers, body);
    QCOMPARE(waitMs(hints), expectedMs);
    QCOMPARE(hints.source, expectedSource);
}

void tst_ServerHints::githubLaterOfRetryAfterAndResetWins_data()
{
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<qint64>("resetOffset");
    QTest::addColumn<qint64>("expectedMs");
    QTest::addColumn<QString>("expectedSource");

    QTest::newRow("reset later") << QByteArray("30") << qint64(90) << qint64(90000)
                                 << QStringLiteral("X-RateLimit-Reset");
    QTest::newRow("Retry-After later")
        << QByteArray("100") << qint64(20) << qint64(100000) << QStringLiteral("Retry-After");
}

void tst_ServerHints::githubLaterOfRetryAfterAndResetWins()
{
    QFETCH(QByteArray, retryAfter);
    QFETCH(qint64, resetOffset);
    QFETCH(qint64, expectedMs);
    QFETCH(QString, expectedSource);

    const QByteArrayList headers{dateAtT0, "retry-after: " + retryAfter, "x-ratelimit-remaining: 0",
                                 "x-ratelimit-reset: " + epoch(resetOffset),
                                 "x-ratelimit-resource: core"};
    const ServerHints github = read(403, headers);
    QCOMPARE(waitMs(github), expectedMs);
    QCOMPARE(github.source, expectedSource);

    // Elsewhere Retry-After simply wins, as the IETF draft asks.
    QByteArrayList elsewhere = headers;
    elsewhere.removeLast();
    const ServerHints other = read(429, elsewhere);
    QCOMPARE(waitMs(other), retryAfter.toLongLong() * 1000);
    QCOMPARE(other.source, QStringLiteral("Retry-After"));
}

void tst_ServerHints::pacingWhenRemainingIsLow_data()
{
    QTest::addColumn<QByteArrayList>("headers");
    QTest::addColumn<qint64>("expectedPaceMs");

    QTest::newRow("3 of 100 left, 40 s to reset")
        << QByteArrayList{"X-RateLimit-Limit: 100", "X-RateLimit-Remaining: 3",
                          "X-RateLimit-Reset: 40"}
        << qint64(10000);
    QTest::newRow("half left: no pacing")
        << QByteArrayList{"X-RateLimit-Limit: 100", "X-RateLimit-Remaining: 50",
                          "X-RateLimit-Reset: 40"}
        << none;
    QTest::newRow("none left: a wait, not a pace")
        << QByteArrayList{"X-RateLimit-Limit: 100", "X-RateLimit-Remaining: 0",
                          "X-RateLimit-Reset: 40"}
        << none;
    QTest::newRow("no reset known: no pacing")
        << QByteArrayList{"X-RateLimit-Limit: 100", "X-RateLimit-Remaining: 1"} << none;
    QTest::newRow("IETF r=2 of q=100")
        << QByteArrayList{"RateLimit: \"m\";r=2;t=30", "RateLimit-Policy: \"m\";q=100;w=60"}
        << qint64(10000);
    QTest::newRow("limit unknown, 9 left")
        << QByteArrayList{"X-RateLimit-Remaining: 9", "X-RateLimit-Reset: 20"} << qint64(2000);
    QTest::newRow("limit unknown, 11 left: not low")
        << QByteArrayList{"X-RateLimit-Remaining: 11", "X-RateLimit-Reset: 20"} << none;
    QTest::newRow("Reddit, limit from used + remaining")
        << QByteArrayList{"X-Ratelimit-Used: 588", "X-Ratelimit-Remaining: 12.0",
                          "X-Ratelimit-Reset: 240"}
        << qint64(18462);
    QTest::newRow("Jira NearLimit marks a counter low")
        << QByteArrayList{dateAtT0, "X-RateLimit-Limit: 350", "X-RateLimit-Remaining: 100",
                          "X-RateLimit-Reset: 2026-08-20T09:01Z", "X-RateLimit-NearLimit: true"}
        << qint64(595);
    QTest::newRow("HubSpot rolling interval")
        << QByteArrayList{"X-HubSpot-RateLimit-Max: 100", "X-HubSpot-RateLimit-Remaining: 5",
                          "X-HubSpot-RateLimit-Interval-Milliseconds: 10000"}
        << qint64(1667);
    QTest::newRow("the slowest of two low counters")
        << QByteArrayList{"x-ratelimit-limit-requests: 100", "x-ratelimit-remaining-requests: 1",
                          "x-ratelimit-reset-requests: 10s", "x-ratelimit-limit-tokens: 1000",
                          "x-ratelimit-remaining-tokens: 4", "x-ratelimit-reset-tokens: 50s"}
        << qint64(10000);
}

void tst_ServerHints::pacingWhenRemainingIsLow()
{
    QFETCH(QByteArrayList, headers);
    QFETCH(qint64, expectedPaceMs);

    const ServerHints hints = read(200, headers);
    QCOMPARE(hints.pace ? hints.pace->count() : none, expectedPaceMs);
    QVERIFY(!hints.retry);
    QVERIFY(!hints.throttled);
}

void tst_ServerHints::waitBeyondCeilingIsCappedNeverShortened_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArrayList>("headers");
    QTest::addColumn<qint64>("ceilingMs");
    QTest::addColumn<qint64>("expectedMs");
    QTest::addColumn<bool>("capped");
    QTest::addColumn<bool>("quota");

    QTest::newRow("Retry-After an hour, ceiling 120 s")
        << 503 << QByteArrayList{"Retry-After: 3600"} << qint64(120000) << qint64(3600000) << true
        << false;
    QTest::newRow("Retry-After at the ceiling is not capped")
        << 429 << QByteArrayList{"Retry-After: 120"} << qint64(120000) << qint64(120000) << false
        << false;
    QTest::newRow("one second over the ceiling")
        << 429 << QByteArrayList{"Retry-After: 121"} << qint64(120000) << qint64(121000) << true
        << false;
    QTest::newRow("a reset beyond the ceiling is a quota")
        << 429 << QByteArrayList{"X-RateLimit-Remaining: 0", "X-RateLimit-Reset: 7200"}
        << qint64(120000) << qint64(7200000) << true << true;
    QTest::newRow("an IETF t beyond the ceiling is a quota")
        << 429 << QByteArrayList{"RateLimit: \"day\";r=0;t=50000"} << qint64(120000)
        << qint64(50000000) << true << true;
    QTest::newRow("ceiling 0 caps any real wait")
        << 429 << QByteArrayList{"Retry-After: 1"} << qint64(0) << qint64(1000) << true << false;
    QTest::newRow("ceiling 0 lets a zero wait through")
        << 429 << QByteArrayList{"Retry-After: 0"} << qint64(0) << qint64(0) << false << false;
    QTest::newRow("a raised ceiling lets the hour through")
        << 503 << QByteArrayList{"Retry-After: 3600"} << qint64(3600000) << qint64(3600000) << false
        << false;
}

void tst_ServerHints::waitBeyondCeilingIsCappedNeverShortened()
{
    QFETCH(int, status);
    QFETCH(QByteArrayList, headers);
    QFETCH(qint64, ceilingMs);
    QFETCH(qint64, expectedMs);
    QFETCH(bool, capped);
    QFETCH(bool, quota);

    HintSettings settings;
    settings.maxServerDelay = Millis(ceilingMs);
    const ServerHints hints = read(status, headers, {}, settings);
    QCOMPARE(waitMs(hints), expectedMs);
    QVERIFY(hints.notBefore == FakeClock().wallNow() + Millis(expectedMs));
    QCOMPARE(hints.capped, capped);
    QCOMPARE(hints.quotaExhausted, quota);
    QCOMPARE(hints.retry, !capped);
    if (capped)
        QVERIFY2(hints.reason.contains(QLatin1String("ceiling")), qPrintable(hints.reason));
}

void tst_ServerHints::quotaExhaustedIsReportedNotRetried_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArrayList>("headers");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expectedSource");

    QTest::newRow("OpenAI insufficient_quota")
        << 429 << QByteArrayList{}
        << QByteArray(R"({"error":{"type":"insufficient_quota","code":"insufficient_quota"}})")
        << QStringLiteral("body:insufficient_quota");
    QTest::newRow("Anthropic enforced spend limit")
        << 429 << QByteArrayList{}
        << QByteArray(R"({"type":"error","error":{"type":"rate_limit_error","message":"m",)"
                      R"("details":{"error_code":"enforced_spend_limit_reached"}}})")
        << QStringLiteral("body:enforced_spend_limit_reached");
    QTest::newRow("Anthropic workspace spend limit, a 400")
        << 400 << QByteArrayList{}
        << QByteArray(R"({"type":"error","error":{"type":"invalid_request_error","message":)"
                      R"("You have reached your workspace spend limit."}})")
        << QStringLiteral("body:spend limit");
    QTest::newRow("Salesforce daily cap")
        << 403 << QByteArrayList{}
        << QByteArray(R"([{"errorCode":"REQUEST_LIMIT_EXCEEDED","message":"TotalRequests"}])")
        << QStringLiteral("body:REQUEST_LIMIT_EXCEEDED");
    QTest::newRow("Salesforce usage at the cap on a success")
        << 200 << QByteArrayList{"Sforce-Limit-Info: api-usage=5000/5000"} << QByteArray()
        << QStringLiteral("Sforce-Limit-Info");
    QTest::newRow("HubSpot daily remaining 0")
        << 429
        << QByteArrayList{"X-HubSpot-RateLimit-Daily: 500000",
                          "X-HubSpot-RateLimit-Daily-Remaining: 0"}
        << QByteArray() << QStringLiteral("X-HubSpot-RateLimit-Daily-Remaining");
}

void tst_ServerHints::quotaExhaustedIsReportedNotRetried()
{
    QFETCH(int, status);
    QFETCH(QByteArrayList, headers);
    QFETCH(QByteArray, body);
    QFETCH(QString, expectedSource);

    // Even a server that says "retry" does not override an exhausted quota.
    const ServerHints hints = read(status, headers + QByteArrayList{"x-should-retry: true"}, body);
    QVERIFY(hints.quotaExhausted);
    QVERIFY(!hints.retry);
    QCOMPARE(hints.source, expectedSource);
    QVERIFY2(hints.reason.contains(QLatin1String("quota exhausted")), qPrintable(hints.reason));
}

void tst_ServerHints::garbageHeaderValuesGiveNoWait_data()
{
    QTest::addColumn<QByteArray>("value");

    const QByteArray values[] = {
        "",
        " ",
        "-1",
        "-0.5",
        "abc",
        "1e9",
        "NaN",
        "inf",
        "0x10",
        "+5",
        "5 5",
        "1,5",
        "\xef\xbc\x91\xef\xbc\x92",
        "\xff\xfe\x00\x01",
        "99999999999999999999999999999999",
        "1.2.3",
        ".5",
        "5.",
        "Thu, 32 Aug 2026 09:00:00 GMT",
        "thu, 20 aug 2026 09:00:00 gmt",
        "2026-13-01T00:00:00Z",
        "2026-02-30T00:00:00Z",
        "2026-08-20T25:00:00Z",
        "6m0",
        "m",
        "1x",
        "PT",
        "P1Y",
        "PTS",
        "\"30\"",
        ";r=0;t=5",
        "(1 2)",
        "?1",
    };
    for (const QByteArray &value : values)
        QTest::newRow(value.toPercentEncoding().left(60).constData()) << value;
}

void tst_ServerHints::garbageHeaderValuesGiveNoWait()
{
    QFETCH(QByteArray, value);

    // Every header a wait can come from, one at a time, on a 200 (so no rule or body applies)
    // with its counter exhausted.
    const QByteArray names[] = {
        "Retry-After",
        "retry-after-ms",
        "x-ms-retry-after-ms",
        "x-amz-retry-after",
        "RateLimit",
        "X-RateLimit-Reset",
        "X-RateLimit-Reset-After",
        "X-Rate-Limit-Reset",
        "RateLimit-Reset",
        "RateLimit-ResetTime",
        "x-ratelimit-reset-requests",
        "x-ratelimit-requests-reset",
        "anthropic-ratelimit-tokens-reset",
        "x-user-limit-24hour-reset",
        "X-HubSpot-RateLimit-Interval-Milliseconds",
        "zendesk-ratelimit-search",
        "Date",
    };
    const QByteArrayList exhausted{"X-RateLimit-Remaining: 0",
                                   "X-Rate-Limit-Remaining: 0",
                                   "RateLimit-Remaining: 0",
                                   "x-ratelimit-remaining-requests: 0",
                                   "x-ratelimit-requests-remaining: 0",
                                   "anthropic-ratelimit-tokens-remaining: 0",
                                   "x-user-limit-24hour-remaining: 0",
                                   "X-HubSpot-RateLimit-Remaining: 0"};
    for (const QByteArray &name : names) {
        const QByteArray field
            = name == "zendesk-ratelimit-search" ? "remaining=0; resets=" + value : value;
        for (int status : {200, 429, 503}) {
            const ServerHints hints = read(status, exhausted + QByteArrayList{name + ": " + field});
            QVERIFY2(!hints.wait, qPrintable(name + ": " + value + " -> " + hints.reason.toUtf8()));
            QVERIFY(!hints.reason.isEmpty());
            QVERIFY(!hints.capped);
        }
    }
}

void tst_ServerHints::garbageBodiesAreHarmless_data()
{
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("empty") << QByteArray();
    QTest::newRow("unterminated object") << QByteArray("{\"retry_after\": 3");
    QTest::newRow("null") << QByteArray("null");
    QTest::newRow("a bare number") << QByteArray("42");
    QTest::newRow("binary") << QByteArray("\x00\xff\x10\x80{}[]", 9);
    QTest::newRow("deep nesting") << QByteArray(20000, '[') + QByteArray(20000, ']');
    QTest::newRow("deep objects") << QByteArray("{\"error\":").repeated(3000) + "1"
                                         + QByteArray("}").repeated(3000);
    QTest::newRow("negative retry_after") << QByteArray(R"({"retry_after": -5})");
    QTest::newRow("string retry_after") << QByteArray(R"({"retry_after": "5"})");
    QTest::newRow("huge retry_after") << QByteArray(R"({"retry_after": 1e308})");
    QTest::newRow("error is an array") << QByteArray(R"({"error": [1, "x", null, {}]})");
    QTest::newRow("errors is a string") << QByteArray(R"({"errors": "RATE_LIMITED"})");
    QTest::newRow("retryDelay garbage")
        << QByteArray(R"({"error":{"details":[{"@type":"type.googleapis.com/google.rpc.)"
                      R"(RetryInfo","retryDelay":"soon"}]}})");
    QTest::newRow("throttleStatus with zero rate")
        << QByteArray(R"({"extensions":{"cost":{"requestedQueryCost":50,"throttleStatus":)"
                      R"({"currentlyAvailable":0,"restoreRate":0}}}})");
    QTest::newRow("unclosed XML code") << QByteArray("<Error><Code>SlowDown");
    QTest::newRow("XML code far too long")
        << QByteArray("<Code>") + QByteArray(5000, 'A') + QByteArray("</Code>");
}

void tst_ServerHints::garbageBodiesAreHarmless()
{
    QFETCH(QByteArray, body);

    for (int status : {200, 400, 403, 429, 503}) {
        const ServerHints hints = read(status, {}, body);
        QVERIFY2(!hints.wait, qPrintable(hints.reason));
        QVERIFY(!hints.quotaExhausted);
        QCOMPARE(hints.throttled, status == 429);
    }
}

void tst_ServerHints::onlyTheFirst64KiBOfTheBodyIsRead()
{
    const QByteArray small = R"({"retry_after": 3, "pad": "x"})";
    QCOMPARE(waitMs(read(429, {}, small)), qint64(3000));

    // The same document padded past the bound is cut off mid-string, so it is not JSON any more
    // and gives nothing, rather than costing a parse of the whole body.
    const QByteArray padded
        = R"({"retry_after": 3, "pad": ")" + QByteArray(maxHintBodyBytes, 'x') + R"("})";
    QCOMPARE(waitMs(read(429, {}, padded)), none);
}

void tst_ServerHints::headerNamesAreCaseInsensitive()
{
    for (const QByteArray name : {"RETRY-AFTER", "retry-after", "Retry-After", "rEtRy-AfTeR"}) {
        const ServerHints hints = read(429, {name + ":  12  "});
        QCOMPARE(waitMs(hints), qint64(12000));
    }
}

void tst_ServerHints::resetFormatNamesRoundTrip()
{
    for (const ResetFormat format :
         {ResetFormat::Auto, ResetFormat::EpochSeconds, ResetFormat::EpochMillis,
          ResetFormat::DeltaSeconds, ResetFormat::HttpDate, ResetFormat::Iso8601,
          ResetFormat::Duration}) {
        QVERIFY(resetFormatFromName(resetFormatName(format)) == format);
    }
    QVERIFY(!resetFormatFromName(u"epoch"));
    QVERIFY(!resetFormatFromName(u"AUTO"));
}

QTEST_GUILESS_MAIN(tst_ServerHints)
#include "tst_serverhints.moc"

void tst_ServerHints::absurdDatesAndDurationsStayInRange()
{
    // Both found by fuzz_serverhints (tests/fuzz/corpus/serverhints/regression-*); under the
    // sanitizer build each was a signed overflow in std::chrono arithmetic.
    // A Date in the year 226 pinned the reference instant to WallTime's lower end, and the
    // reset instant measured from it overflowed. Such a Date is now ignored, with a note.
    const ServerHints farDate = read(403, {"Date: Thu, 20 Aug 0226 08:59:50 GMT",
                                           "x-ratelimit-limit: 5000", "x-ratelimit-remaining: 0",
                                           "x-ratelimit-reset: " + epoch(45)});
    QVERIFY(!farDate.wait || *farDate.wait >= Millis(0));
    QVERIFY2(farDate.reason.contains(QStringLiteral("more than a day")),
             qPrintable(farDate.reason));
    // Two duration parts each near the 200-year ceiling were added before being clamped.
    const QByteArray huge = "1787216000000000000000000004455555500000m";
    const ServerHints longSum = read(429, {"x-ratelimit-remaining: 0",
                                           "x-ratelimit-reset: " + huge + huge});
    QVERIFY(!longSum.wait || *longSum.wait >= Millis(0));
}
