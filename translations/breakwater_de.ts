<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Breakwater</name>
    <message>
        <source>Endpoint configuration (JSON) to monitor.</source>
        <translation>Zu überwachende Endpunkt-Konfiguration (JSON).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Run without a window: print a status table every few seconds.</source>
        <translation>Ohne Fenster laufen: alle paar Sekunden eine Statustabelle ausgeben.</translation>
    </message>
    <message>
        <source>Stop after this many seconds (default: run until interrupted).</source>
        <translation>Nach so vielen Sekunden beenden (Standard: bis zur Unterbrechung laufen).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>Write one CSV row per attempt to this file, streamed as the run goes.</source>
        <translation>Eine CSV-Zeile pro Versuch in diese Datei schreiben, fortlaufend während des Laufs.</translation>
    </message>
    <message>
        <source>Seconds between status tables in headless mode (default 5, 0 for none).</source>
        <translation>Sekunden zwischen zwei Statustabellen im Betrieb ohne Fenster (Standard 5, 0 für keine).</translation>
    </message>
    <message>
        <source>breakwater: --duration: expected a positive number of seconds, got &quot;%1&quot;</source>
        <translation>breakwater: --duration: positive Anzahl Sekunden erwartet, erhalten: „%1“</translation>
    </message>
    <message>
        <source>breakwater: --status-interval: expected seconds, got &quot;%1&quot;</source>
        <translation>breakwater: --status-interval: Sekunden erwartet, erhalten: „%1“</translation>
    </message>
    <message>
        <source>breakwater: no display available (DISPLAY and WAYLAND_DISPLAY are not set); running the headless monitor instead.</source>
        <translation>breakwater: keine Anzeige verfügbar (DISPLAY und WAYLAND_DISPLAY sind nicht gesetzt); die Überwachung läuft stattdessen ohne Fenster.</translation>
    </message>
    <message>
        <source>breakwater: the configuration was refused:</source>
        <translation>breakwater: die Konfiguration wurde abgelehnt:</translation>
    </message>
    <message>
        <source>breakwater: warning: %1: %2</source>
        <translation>breakwater: Warnung: %1: %2</translation>
    </message>
    <message>
        <source>breakwater: the embedded demo could not start: %1</source>
        <translation>breakwater: die eingebaute Demo konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>embedded demo on 127.0.0.1:%1</source>
        <translation>eingebaute Demo auf 127.0.0.1:%1</translation>
    </message>
    <message>
        <source>breakwater: no --config given, monitoring the %1</source>
        <translation>breakwater: kein --config angegeben, überwacht wird die %1</translation>
    </message>
    <message>
        <source>breakwater: wrote %1 attempt rows to %2</source>
        <translation>breakwater: %1 Versuchszeilen nach %2 geschrieben</translation>
    </message>
    <message>
        <source>breakwater: --lang: no translation for &quot;%1&quot;; the interface stays in English.</source>
        <translation>breakwater: --lang: keine Übersetzung für „%1“; die Oberfläche bleibt englisch.</translation>
    </message>
    <message>
        <source>Language of the interface, such as de or fr (default: the system&apos;s).</source>
        <translation>Sprache der Oberfläche, etwa de oder fr (Standard: die des Systems).</translation>
    </message>
    <message>
        <source>language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Last 1 min</source>
        <translation>Letzte Minute</translation>
    </message>
    <message>
        <source>Last 5 min</source>
        <translation>Letzte 5 min</translation>
    </message>
    <message>
        <source>Last 15 min</source>
        <translation>Letzte 15 min</translation>
    </message>
    <message>
        <source>Last 60 min</source>
        <translation>Letzte 60 min</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>Gesund</translation>
    </message>
    <message>
        <source>Throttled</source>
        <translation>Gedrosselt</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Instabil</translation>
    </message>
    <message>
        <source>Failing</source>
        <translation>Gestört</translation>
    </message>
    <message>
        <source>Breaker open</source>
        <translation>Breaker offen</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Zu</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Half-open</source>
        <translation>Halb offen</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>%1 s ago</source>
        <translation>vor %1 s</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>vor %1 min</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>vor %1 h</translation>
    </message>
    <message>
        <source>%1 d ago</source>
        <translation>vor %1 d</translation>
    </message>
    <message>
        <source>Slow</source>
        <translation>Langsam</translation>
    </message>
    <message>
        <source>Record attempts and rollups in this SQLite file (default: %1).</source>
        <translation>Versuche und Verdichtungen in dieser SQLite-Datei aufzeichnen (Standard: %1).</translation>
    </message>
    <message>
        <source>Serve Prometheus metrics at http://ADDR:PORT/metrics; loopback unless another address is given explicitly.</source>
        <translation>Prometheus-Metriken unter http://ADRESSE:PORT/metrics bereitstellen; nur Loopback, sofern nicht ausdrücklich eine andere Adresse angegeben wird.</translation>
    </message>
    <message>
        <source>addr:port</source>
        <translation>adresse:port</translation>
    </message>
    <message>
        <source>breakwater: running without history</source>
        <translation>breakwater: läuft ohne Verlauf</translation>
    </message>
    <message>
        <source>breakwater: warning: --metrics-listen %1 is not a loopback address; whoever reaches it can read the endpoint ids and their statistics</source>
        <translation>breakwater: Warnung: --metrics-listen %1 ist keine Loopback-Adresse; wer sie erreicht, kann die Endpunkt-IDs und ihre Statistiken lesen</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>Connection closed by the server</source>
        <translation>Verbindung vom Server geschlossen</translation>
    </message>
    <message>
        <source>Host not found</source>
        <translation>Host nicht gefunden</translation>
    </message>
    <message>
        <source>Transfer stalled</source>
        <translation>Übertragung stockt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>TLS handshake failed</source>
        <translation>TLS-Handshake fehlgeschlagen</translation>
    </message>
    <message>
        <source>Temporary network failure</source>
        <translation>Vorübergehender Netzwerkfehler</translation>
    </message>
    <message>
        <source>Proxy refused the connection</source>
        <translation>Proxy hat die Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>Too many redirects</source>
        <translation>Zu viele Weiterleitungen</translation>
    </message>
    <message>
        <source>Malformed HTTP response</source>
        <translation>Fehlerhafte HTTP-Antwort</translation>
    </message>
    <message>
        <source>Network error (%1)</source>
        <translation>Netzwerkfehler (%1)</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>No complete answer within %1 ms</source>
        <translation>Keine vollständige Antwort innerhalb von %1 ms</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>The %1 ms deadline passed before the request could be sent</source>
        <translation>Die Frist von %1 ms lief ab, bevor die Anfrage gesendet werden konnte</translation>
    </message>
    <message>
        <source>Response too large, aborted</source>
        <translation>Antwort zu groß, abgebrochen</translation>
    </message>
    <message>
        <source>Response cut short by the server</source>
        <translation>Antwort vom Server vorzeitig beendet</translation>
    </message>
    <message>
        <source>Breaker open: no request sent</source>
        <translation>Breaker offen: keine Anfrage gesendet</translation>
    </message>
    <message>
        <source>Rejected locally by adaptive throttling</source>
        <translation>Lokal durch adaptive Drosselung abgelehnt</translation>
    </message>
    <message>
        <source>no retry: the deadline would pass first (next try not before %1)</source>
        <translation>keine Wiederholung: die Frist liefe vorher ab (nächster Versuch nicht vor %1)</translation>
    </message>
    <message>
        <source>no retry: retry budget spent</source>
        <translation>keine Wiederholung: Wiederholungsbudget aufgebraucht</translation>
    </message>
    <message>
        <source>no retry: the server asks to wait until %1, beyond the ceiling</source>
        <translation>keine Wiederholung: der Server verlangt Warten bis %1, über der Obergrenze</translation>
    </message>
    <message>
        <source>no retry: quota exhausted</source>
        <translation>keine Wiederholung: Kontingent erschöpft</translation>
    </message>
    <message>
        <source>no retry: the server says not to</source>
        <translation>keine Wiederholung: der Server lehnt sie ab</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>raw attempts</source>
        <translation>Rohdaten der Versuche</translation>
    </message>
    <message>
        <source>1-minute rollups</source>
        <translation>1-Minuten-Aggregate</translation>
    </message>
    <message>
        <source>1-hour rollups</source>
        <translation>1-Stunden-Aggregate</translation>
    </message>
    <message>
        <source>Breaker %1 → %2</source>
        <translation>Breaker %1 → %2</translation>
    </message>
    <message>
        <source>Server asked for a pause of %1 s</source>
        <translation>Server verlangte eine Pause von %1 s</translation>
    </message>
    <message>
        <source>Configuration: %1</source>
        <translation>Konfiguration: %1</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Last 24 h</source>
        <translation>Letzte 24 h</translation>
    </message>
    <message>
        <source>Breaker open: %1</source>
        <translation>Breaker offen: %1</translation>
    </message>
    <message>
        <source>Requests to %1 fail fast until a probe succeeds.</source>
        <translation>Anfragen an %1 scheitern sofort, bis eine Probe gelingt.</translation>
    </message>
    <message numerus="yes">
        <source>%n breakers opened</source>
        <translation>
            <numerusform>%n Breaker geöffnet</numerusform>
            <numerusform>%n Breaker geöffnet</numerusform>
        </translation>
    </message>
    <message>
        <source>Queue growing: %1</source>
        <translation>Warteschlange wächst: %1</translation>
    </message>
    <message>
        <source>%1 has %2 pieces of work waiting (threshold %3).</source>
        <translation>%1 hat %2 wartende Aufträge (Schwelle %3).</translation>
    </message>
    <message>
        <source>Breakwater watches HTTP APIs through a resilient engine (retry with backoff, Retry-After pauses, adaptive rate limiting, circuit breakers) and charts latency, 429s, breaker state and queue depth per endpoint.

Without --config it starts an embedded demo upstream on 127.0.0.1.

Subcommands (each has its own --help):
  breakwater hints ...   explain what a response&apos;s rate-limit headers mean
  breakwater export ...  write history for a time range as CSV
  breakwater enqueue ... add deliveries to an endpoint&apos;s durable queue
  breakwater deadletters list|requeue|purge ...  manage dead letters</source>
        <translation>Breakwater überwacht HTTP-APIs mit einer robusten Engine (Wiederholung mit Backoff, Pausen nach Retry-After, adaptive Ratenbegrenzung, Circuit Breaker) und zeigt je Endpunkt Latenz, 429-Antworten, Breaker-Zustand und Warteschlangenlänge als Diagramme.

Ohne --config startet sie einen eingebauten Demo-Server auf 127.0.0.1.

Unterbefehle (jeweils mit eigenem --help):
  breakwater hints ...   erklärt, was die Rate-Limit-Header einer Antwort bedeuten
  breakwater export ...  schreibt den Verlauf eines Zeitraums als CSV
  breakwater enqueue ... reiht Zustellungen in die dauerhafte Warteschlange eines Endpunkts ein
  breakwater deadletters list|requeue|purge ...  verwaltet unzustellbare Zustellungen</translation>
    </message>
    <message>
        <source>Delivery queue file drained by deliver-mode endpoints (default: %1).</source>
        <translation>Warteschlangendatei, die Endpunkte im Zustellmodus abarbeiten (Standard: %1).</translation>
    </message>
    <message>
        <source>Accept deliveries at http://ADDR:PORT/v1/endpoints/ID/deliveries; loopback only unless --intake-allow-remote is given.</source>
        <translation>Zustellungen unter http://ADRESSE:PORT/v1/endpoints/ID/deliveries annehmen; nur Loopback, sofern nicht --intake-allow-remote angegeben ist.</translation>
    </message>
    <message>
        <source>Let --intake-listen bind an address other than loopback (anyone who reaches it can queue requests to your endpoints).</source>
        <translation>--intake-listen eine andere Adresse als Loopback erlauben (wer sie erreicht, kann Anfragen an Ihre Endpunkte einreihen).</translation>
    </message>
    <message>
        <source>breakwater: the demo&apos;s delivery feed could not start: %1</source>
        <translation>breakwater: die Zustellungsquelle der Demo konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>breakwater: --intake-listen %1 is not a loopback address; add --intake-allow-remote to expose the intake</source>
        <translation>breakwater: --intake-listen %1 ist keine Loopback-Adresse; mit --intake-allow-remote wird die Annahme trotzdem geöffnet</translation>
    </message>
    <message>
        <source>breakwater: --intake-listen: no endpoint is in deliver mode</source>
        <translation>breakwater: --intake-listen: kein Endpunkt ist im Zustellmodus</translation>
    </message>
    <message>
        <source>TLS certificate not trusted (trust it per endpoint with a CA file or a pin)</source>
        <translation>TLS-Zertifikat nicht vertrauenswürdig (pro Endpunkt mit einer CA-Datei oder einem Pin vertrauen)</translation>
    </message>
    <message>
        <source>TLS certificate does not match the endpoint&apos;s pin</source>
        <translation>TLS-Zertifikat passt nicht zum Pin des Endpunkts</translation>
    </message>
    <message>
        <source>The queue of %1 is full; nothing was enqueued (%2).</source>
        <translation>Die Warteschlange von %1 ist voll; nichts wurde eingereiht (%2).</translation>
    </message>
    <message>
        <source>Nothing was enqueued: %1</source>
        <translation>Nichts wurde eingereiht: %1</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>More bad lines not listed: %1.</source>
        <translation>Weitere, nicht aufgeführte fehlerhafte Zeilen: %1.</translation>
    </message>
    <message>
        <source>Bad lines: %1; nothing was enqueued.</source>
        <translation>Fehlerhafte Zeilen: %1; nichts wurde eingereiht.</translation>
    </message>
    <message>
        <source>Deliveries accepted for %1: %2.</source>
        <translation>Angenommene Zustellungen für %1: %2.</translation>
    </message>
    <message>
        <source>Redirect to a less secure scheme refused</source>
        <translation>Weiterleitung auf ein weniger sicheres Schema abgelehnt</translation>
    </message>
</context>
<context>
    <name>BreakwaterExport</name>
    <message>
        <source>Writes attempts or rollups recorded in the history file as CSV (RFC 4180, UTC times with milliseconds). The range is [--from, --to).</source>
        <translation>Schreibt die in der Verlaufsdatei aufgezeichneten Versuche oder Zusammenfassungen als CSV (RFC 4180, UTC-Zeiten mit Millisekunden). Der Bereich ist [--from, --to).</translation>
    </message>
    <message>
        <source>History file (default: %1).</source>
        <translation>Verlaufsdatei (Standard: %1).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>First instant, ISO 8601 (inclusive).</source>
        <translation>Erster Zeitpunkt, ISO 8601 (einschließlich).</translation>
    </message>
    <message>
        <source>time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Last instant, ISO 8601 (exclusive).</source>
        <translation>Letzter Zeitpunkt, ISO 8601 (ausschließlich).</translation>
    </message>
    <message>
        <source>Only this endpoint id; repeat for several (default: all).</source>
        <translation>Nur diese Endpunkt-ID; für mehrere wiederholen (Standard: alle).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>raw (one row per attempt, default), 1m or 1h (rollups).</source>
        <translation>raw (eine Zeile pro Versuch, Standard), 1m oder 1h (Zusammenfassungen).</translation>
    </message>
    <message>
        <source>level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>CSV file to write (replaced if present).</source>
        <translation>Zu schreibende CSV-Datei (wird ersetzt, falls vorhanden).</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 ist erforderlich</translation>
    </message>
    <message>
        <source>--to must be later than --from</source>
        <translation>--to muss später als --from sein</translation>
    </message>
    <message>
        <source>--endpoint: expected an endpoint id</source>
        <translation>--endpoint: Endpunkt-ID erwartet</translation>
    </message>
    <message>
        <source>--level: expected raw, 1m or 1h, got &quot;%1&quot;</source>
        <translation>--level: raw, 1m oder 1h erwartet, erhalten: „%1“</translation>
    </message>
    <message>
        <source>--out: expected a file name</source>
        <translation>--out: Dateiname erwartet</translation>
    </message>
    <message>
        <source>expected an ISO 8601 time such as 2026-12-04T15:30:00Z, got &quot;%1&quot;</source>
        <translation>ISO-8601-Zeit wie 2026-12-04T15:30:00Z erwartet, erhalten: „%1“</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>%1 rows written to %2</source>
        <translation>%1 Zeilen nach %2 geschrieben</translation>
    </message>
</context>
<context>
    <name>BreakwaterHints</name>
    <message>
        <source>--header: expected &quot;Name: value&quot;, got &quot;%1&quot;</source>
        <translation>--header: „Name: Wert“ erwartet, erhalten: „%1“</translation>
    </message>
    <message>
        <source>--status is required</source>
        <translation>--status ist erforderlich</translation>
    </message>
    <message>
        <source>--status: expected an HTTP status from 100 to 599, got &quot;%1&quot;</source>
        <translation>--status: HTTP-Status von 100 bis 599 erwartet, erhalten: „%1“</translation>
    </message>
    <message>
        <source>--now: expected epoch seconds, got &quot;%1&quot;</source>
        <translation>--now: Unix-Zeit in Sekunden erwartet, erhalten: „%1“</translation>
    </message>
    <message>
        <source>--reset-format: expected auto, epoch-s, epoch-ms, delta-s, http-date, iso or duration, got &quot;%1&quot;</source>
        <translation>--reset-format: auto, epoch-s, epoch-ms, delta-s, http-date, iso oder duration erwartet, erhalten: „%1“</translation>
    </message>
    <message>
        <source>--max-server-delay-ms: expected milliseconds from 0 to %1, got &quot;%2&quot;</source>
        <translation>--max-server-delay-ms: Millisekunden von 0 bis %1 erwartet, erhalten: „%2“</translation>
    </message>
    <message>
        <source>Reads one HTTP response the way the engine does and prints, as one JSON object, whether to retry, how long the server asked to wait and why.</source>
        <translation>Liest eine HTTP-Antwort so, wie die Engine es tut, und gibt als ein JSON-Objekt aus, ob wiederholt wird, wie lange der Server zu warten verlangt hat und warum.</translation>
    </message>
    <message>
        <source>The response&apos;s HTTP status.</source>
        <translation>Der HTTP-Status der Antwort.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>A response header, &quot;Name: value&quot; (repeatable).</source>
        <translation>Ein Header der Antwort, „Name: Wert“ (wiederholbar).</translation>
    </message>
    <message>
        <source>header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>The response body.</source>
        <translation>Der Rumpf der Antwort.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>When the response arrived, in epoch seconds (default: now).</source>
        <translation>Wann die Antwort eintraf, als Unix-Zeit in Sekunden (Standard: jetzt).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>How to read X-RateLimit-Reset and similar headers: auto, epoch-s, epoch-ms, delta-s, http-date, iso or duration (default auto).</source>
        <translation>Wie X-RateLimit-Reset und ähnliche Header zu lesen sind: auto, epoch-s, epoch-ms, delta-s, http-date, iso oder duration (Standard auto).</translation>
    </message>
    <message>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>The longest server wait honoured in-line (default %1).</source>
        <translation>Die längste vom Server verlangte Wartezeit, die direkt abgewartet wird (Standard %1).</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
</context>
<context>
    <name>BreakwaterQueue</name>
    <message>
        <source>Delivery queue file (default: %1).</source>
        <translation>Warteschlangendatei (Standard: %1).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>the configuration %1 was refused: %2</source>
        <translation>die Konfiguration %1 wurde abgelehnt: %2</translation>
    </message>
    <message>
        <source>endpoint &quot;%1&quot; is not in deliver mode</source>
        <translation>Endpunkt „%1“ ist nicht im Zustellmodus</translation>
    </message>
    <message>
        <source>no endpoint &quot;%1&quot; in %2</source>
        <translation>kein Endpunkt „%1“ in %2</translation>
    </message>
    <message>
        <source>--endpoint and --file are required</source>
        <translation>--endpoint und --file sind erforderlich</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>... and %1 more bad lines</source>
        <translation>... und %1 weitere fehlerhafte Zeilen</translation>
    </message>
    <message>
        <source>bad lines: %1; nothing was enqueued</source>
        <translation>fehlerhafte Zeilen: %1; nichts wurde eingereiht</translation>
    </message>
    <message>
        <source>the queue is full; nothing was enqueued (%1)</source>
        <translation>die Warteschlange ist voll; nichts wurde eingereiht (%1)</translation>
    </message>
    <message>
        <source>deliveries accepted for %1: %2</source>
        <translation>angenommene Zustellungen für %1: %2</translation>
    </message>
    <message>
        <source>--endpoint is required</source>
        <translation>--endpoint ist erforderlich</translation>
    </message>
    <message>
        <source>give either --id (repeatable) or --all</source>
        <translation>entweder --id (wiederholbar) oder --all angeben</translation>
    </message>
    <message>
        <source>%1: no such queue file</source>
        <translation>%1: keine solche Warteschlangendatei</translation>
    </message>
    <message>
        <source>dead letters: %1</source>
        <translation>unzustellbare Zustellungen: %1</translation>
    </message>
    <message>
        <source>dead letters requeued: %1</source>
        <translation>erneut eingereihte unzustellbare Zustellungen: %1</translation>
    </message>
    <message>
        <source>dead letters purged: %1</source>
        <translation>gelöschte unzustellbare Zustellungen: %1</translation>
    </message>
    <message>
        <source>Adds one delivery per line of a JSONL file to an endpoint&apos;s durable queue, whether or not Breakwater is running. A line is a JSON body, or an object with method, path or url, headers, body and idempotencyKey. A bad line refuses the whole file.</source>
        <translation>Reiht je Zeile einer JSONL-Datei eine Zustellung in die dauerhafte Warteschlange eines Endpunkts ein, ob Breakwater läuft oder nicht. Eine Zeile ist ein JSON-Rumpf oder ein Objekt mit method, path oder url, headers, body und idempotencyKey. Eine fehlerhafte Zeile weist die ganze Datei ab.</translation>
    </message>
    <message>
        <source>Configuration naming the endpoint; its queue limits apply and targets are checked against its url.</source>
        <translation>Konfiguration mit dem Endpunkt; ihre Warteschlangengrenzen gelten und Ziele werden gegen ihre URL geprüft.</translation>
    </message>
    <message>
        <source>Endpoint id.</source>
        <translation>Endpunkt-ID.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>JSONL file, or - for standard input.</source>
        <translation>JSONL-Datei oder - für die Standardeingabe.</translation>
    </message>
    <message>
        <source>expected list, requeue or purge, got &quot;%1&quot;</source>
        <translation>list, requeue oder purge erwartet, erhalten: „%1“</translation>
    </message>
    <message>
        <source>Lists dead letters (one JSON object per line), requeues them at the tail of their queue, or purges them. Actions: list, requeue, purge.</source>
        <translation>Listet unzustellbare Zustellungen auf (ein JSON-Objekt pro Zeile), reiht sie am Ende ihrer Warteschlange erneut ein oder löscht sie. Aktionen: list, requeue, purge.</translation>
    </message>
    <message>
        <source>requeue, purge: this delivery; repeatable.</source>
        <translation>requeue, purge: diese Zustellung; wiederholbar.</translation>
    </message>
    <message>
        <source>requeue, purge: every dead letter of the endpoint.</source>
        <translation>requeue, purge: alle unzustellbaren Zustellungen des Endpunkts.</translation>
    </message>
</context>
<context>
    <name>bw::BackoffPreview</name>
    <message>
        <source>attempt</source>
        <translation>Versuch</translation>
    </message>
    <message>
        <source>wait (ms)</source>
        <translation>Wartezeit (ms)</translation>
    </message>
    <message>
        <source>jitter range</source>
        <translation>Jitter-Bereich</translation>
    </message>
    <message>
        <source>without jitter</source>
        <translation>ohne Jitter</translation>
    </message>
</context>
<context>
    <name>bw::DeadLetterModel</name>
    <message>
        <source>(endpoint URL)</source>
        <translation>(URL des Endpunkts)</translation>
    </message>
    <message>
        <source>Enqueued %1, dead since %2</source>
        <translation>Eingereiht %1, unzustellbar seit %2</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Enqueued</source>
        <translation>Eingereiht</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Inhalt</translation>
    </message>
</context>
<context>
    <name>bw::DeadLettersDialog</name>
    <message>
        <source>&amp;Requeue Selected</source>
        <translation>Auswahl erneut &amp;einreihen</translation>
    </message>
    <message>
        <source>Requeue &amp;All</source>
        <translation>&amp;Alle erneut einreihen</translation>
    </message>
    <message>
        <source>&amp;Purge Selected…</source>
        <translation>Auswahl &amp;löschen…</translation>
    </message>
    <message>
        <source>P&amp;urge All…</source>
        <translation>Alle l&amp;öschen…</translation>
    </message>
    <message>
        <source>Purge Dead Letters</source>
        <translation>Unzustellbare löschen</translation>
    </message>
    <message>
        <source>Dead Letters — %1</source>
        <translation>Unzustellbare — %1</translation>
    </message>
    <message>
        <source>Move the selected dead letters to the tail of the queue with their attempts reset; they keep their id and idempotency key.</source>
        <translation>Die ausgewählten unzustellbaren Zustellungen mit zurückgesetzten Versuchen ans Ende der Warteschlange stellen; Id und Idempotenzschlüssel bleiben erhalten.</translation>
    </message>
    <message>
        <source>Move every dead letter of this endpoint back to the queue.</source>
        <translation>Alle unzustellbaren Zustellungen dieses Endpunkts zurück in die Warteschlange stellen.</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>The queue file could not be opened: %1</source>
        <translation>Die Warteschlangendatei konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The dead letters could not be read: %1</source>
        <translation>Die unzustellbaren Zustellungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 dead letters; the oldest %2 are listed. Requeue All and Purge All act on every one.</source>
        <translation>%1 unzustellbare Zustellungen; die ältesten %2 werden angezeigt. „Alle erneut einreihen“ und „Alle löschen“ betreffen jede davon.</translation>
    </message>
    <message>
        <source>Dead letters: %1. They are not sent again unless requeued. Header values are not shown.</source>
        <translation>Unzustellbare Zustellungen: %1. Sie werden nur nach erneutem Einreihen wieder gesendet. Header-Werte werden nicht angezeigt.</translation>
    </message>
    <message>
        <source>Delete the selected dead letters (%1)? They cannot be recovered.</source>
        <translation>Die ausgewählten unzustellbaren Zustellungen (%1) löschen? Sie können nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>Delete every dead letter of this endpoint (%1)? They cannot be recovered.</source>
        <translation>Alle unzustellbaren Zustellungen dieses Endpunkts (%1) löschen? Sie können nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>Requeueing…</source>
        <translation>Wird erneut eingereiht…</translation>
    </message>
    <message>
        <source>Purging…</source>
        <translation>Wird gelöscht…</translation>
    </message>
    <message>
        <source>Dead letters requeued: %1.</source>
        <translation>Erneut eingereihte unzustellbare Zustellungen: %1.</translation>
    </message>
    <message>
        <source>Requeue failed: %1</source>
        <translation>Erneutes Einreihen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Dead letters purged: %1.</source>
        <translation>Gelöschte unzustellbare Zustellungen: %1.</translation>
    </message>
    <message>
        <source>Purge failed: %1</source>
        <translation>Löschen fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>bw::DetailPanel</name>
    <message>
        <source>Latency (ms)</source>
        <translation>Latenz (ms)</translation>
    </message>
    <message>
        <source>429s, errors and retries per second</source>
        <translation>429er, Fehler und Wiederholungen pro Sekunde</translation>
    </message>
    <message>
        <source>Breaker</source>
        <translation>Circuit Breaker</translation>
    </message>
    <message>
        <source>Queue depth</source>
        <translation>Warteschlangenlänge</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>429s</source>
        <translation>429er</translation>
    </message>
    <message>
        <source>errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>retries</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>zu</translation>
    </message>
    <message>
        <source>half-open</source>
        <translation>halb offen</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartend</translation>
    </message>
    <message>
        <source>No endpoint selected</source>
        <translation>Kein Endpunkt ausgewählt</translation>
    </message>
    <message>
        <source>Select an endpoint in the table to see its charts.</source>
        <translation>Wählen Sie in der Tabelle einen Endpunkt, um seine Diagramme zu sehen.</translation>
    </message>
    <message>
        <source>Breaker: %1</source>
        <translation>Breaker: %1</translation>
    </message>
    <message>
        <source>Limiter: %1 req/s</source>
        <translation>Ratenbegrenzer: %1 Anfr./s</translation>
    </message>
    <message>
        <source>Limiter: off</source>
        <translation>Ratenbegrenzer: aus</translation>
    </message>
    <message>
        <source>Paused until %1</source>
        <translation>Pausiert bis %1</translation>
    </message>
    <message>
        <source>In flight: %1</source>
        <translation>Ausstehend: %1</translation>
    </message>
    <message>
        <source>Queue: %1</source>
        <translation>Warteschlange: %1</translation>
    </message>
    <message>
        <source>p95: %1 ms</source>
        <translation>p95: %1 ms</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Clamp outliers</source>
        <translation>Ausreißer kappen</translation>
    </message>
    <message>
        <source>Custom range…</source>
        <translation>Eigener Zeitraum…</translation>
    </message>
    <message>
        <source>Time span of the charts; they follow the newest data. Without a history file, while the data is younger they show just the data, at least a minute.</source>
        <translation>Zeitspanne der Diagramme; sie folgen den neuesten Daten. Ohne Verlaufsdatei zeigen sie, solange die Daten jünger sind, nur die Daten, mindestens eine Minute.</translation>
    </message>
    <message>
        <source>Follow the newest data again over the chosen range (also: double-click a chart). Wheel zooms, dragging pans, dragging with the right button (or Shift) zooms into a span.</source>
        <translation>Wieder den neuesten Daten über den gewählten Zeitraum folgen (auch: Doppelklick auf ein Diagramm). Das Mausrad zoomt, Ziehen verschiebt, Ziehen mit der rechten Taste (oder Umschalt) zoomt in einen Abschnitt.</translation>
    </message>
    <message>
        <source>Scale each chart to the 95th percentile of the visible values instead of the maximum, so one outlier does not flatten it.</source>
        <translation>Jedes Diagramm auf das 95. Perzentil der sichtbaren Werte statt auf das Maximum skalieren, damit ein Ausreißer es nicht plattdrückt.</translation>
    </message>
    <message>
        <source>max</source>
        <translation>max</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Breaker transitions, server-requested pauses and configuration changes; select one to mark it on the charts.</source>
        <translation>Breaker-Wechsel, vom Server verlangte Pausen und Konfigurationsänderungen; einen Eintrag auswählen, um ihn in den Diagrammen zu markieren.</translation>
    </message>
    <message>
        <source>Custom Range</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <source>From (local time):</source>
        <translation>Von (Ortszeit):</translation>
    </message>
    <message>
        <source>To (local time):</source>
        <translation>Bis (Ortszeit):</translation>
    </message>
    <message>
        <source>Bucket of %1 s from %2</source>
        <translation>Intervall von %1 s ab %2</translation>
    </message>
    <message>
        <source>Latency p50 %1, p95 %2, p99 %3, max %4</source>
        <translation>Latenz p50 %1, p95 %2, p99 %3, max %4</translation>
    </message>
    <message>
        <source>Attempts %1; per second: 429s %2, errors %3, retries %4</source>
        <translation>Versuche %1; pro Sekunde: 429er %2, Fehler %3, Wiederholungen %4</translation>
    </message>
    <message>
        <source>Queue depth (max): %1</source>
        <translation>Warteschlange (max.): %1</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
    <message>
        <source>Back to Live</source>
        <translation>Zurück zu Live</translation>
    </message>
    <message>
        <source>Copy Visible Data as CSV</source>
        <translation>Sichtbare Daten als CSV kopieren</translation>
    </message>
    <message>
        <source>Save This Chart as PNG…</source>
        <translation>Dieses Diagramm als PNG speichern…</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Save All Charts as PNG…</source>
        <translation>Alle Diagramme als PNG speichern…</translation>
    </message>
    <message>
        <source>Save Charts</source>
        <translation>Diagramme speichern</translation>
    </message>
    <message>
        <source>Fixed view</source>
        <translation>Feste Ansicht</translation>
    </message>
    <message>
        <source>all from memory</source>
        <translation>alles aus dem Speicher</translation>
    </message>
    <message>
        <source>history before %1 from %2</source>
        <translation>Verlauf vor %1 aus %2</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>wird geladen…</translation>
    </message>
    <message>
        <source>history unavailable: %1</source>
        <translation>Verlauf nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>read in %1 ms</source>
        <translation>gelesen in %1 ms</translation>
    </message>
    <message>
        <source>drained/s</source>
        <translation>zugestellt/s</translation>
    </message>
    <message>
        <source>dead letters</source>
        <translation>unzustellbar</translation>
    </message>
    <message>
        <source>Drained: %1/s</source>
        <translation>Zugestellt: %1/s</translation>
    </message>
    <message>
        <source>Dead letters: %1</source>
        <translation>Unzustellbar: %1</translation>
    </message>
</context>
<context>
    <name>bw::EndpointGroupModel</name>
    <message numerus="yes">
        <source>Sum over the group&apos;s %n endpoint(s)</source>
        <translation>
            <numerusform>Summe über %n Endpunkt der Gruppe</numerusform>
            <numerusform>Summe über die %n Endpunkte der Gruppe</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The most recent error in the group, from %1:
%2</source>
        <translation>Der jüngste Fehler der Gruppe, von %1:
%2</translation>
    </message>
    <message>
        <source>Highest in the group: %1</source>
        <translation>Höchster Wert der Gruppe: %1</translation>
    </message>
    <message>
        <source>Ungrouped</source>
        <translation>Ohne Gruppe</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s) without a group</source>
        <translation>
            <numerusform>%n Endpunkt ohne Gruppe</numerusform>
            <numerusform>%n Endpunkte ohne Gruppe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s) of group %1</source>
        <translation>
            <numerusform>%n Endpunkt der Gruppe %1</numerusform>
            <numerusform>%n Endpunkte der Gruppe %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The worst in the group, %1:
%2</source>
        <translation>Der schlechteste der Gruppe, %1:
%2</translation>
    </message>
    <message>
        <source>No trouble</source>
        <translation>Keine Probleme</translation>
    </message>
    <message numerus="yes">
        <source>%n in trouble</source>
        <translation>
            <numerusform>%n mit Problemen</numerusform>
            <numerusform>%n mit Problemen</numerusform>
        </translation>
    </message>
    <message>
        <source>Endpoints of the group whose health is degraded, failing or whose breaker is open: %1 of %2.</source>
        <translation>Endpunkte der Gruppe, die beeinträchtigt sind, ausfallen oder deren Breaker offen ist: %1 von %2.</translation>
    </message>
    <message>
        <source>%1 open</source>
        <translation>%1 offen</translation>
    </message>
    <message>
        <source>%1 half-open</source>
        <translation>%1 halboffen</translation>
    </message>
    <message>
        <source>All closed</source>
        <translation>Alle geschlossen</translation>
    </message>
    <message>
        <source>Breakers of the group: %1 open, %2 half-open, %3 closed.</source>
        <translation>Breaker der Gruppe: %1 offen, %2 halboffen, %3 geschlossen.</translation>
    </message>
</context>
<context>
    <name>bw::EndpointTableModel</name>
    <message>
        <source>Short-circuiting</source>
        <translation>Sofort abgelehnt</translation>
    </message>
    <message>
        <source>The breaker is open: calls fail at once, no request is sent.</source>
        <translation>Der Circuit Breaker ist offen: Aufrufe scheitern sofort, es wird keine Anfrage gesendet.</translation>
    </message>
    <message>
        <source>Paused until %1</source>
        <translation>Pausiert bis %1</translation>
    </message>
    <message>
        <source>The server asked for a pause; all work on this endpoint waits.</source>
        <translation>Der Server hat um eine Pause gebeten; alle Arbeit für diesen Endpunkt wartet.</translation>
    </message>
    <message>
        <source>Probing</source>
        <translation>Testet</translation>
    </message>
    <message>
        <source>The breaker is half-open: trial calls decide whether it closes.</source>
        <translation>Der Circuit Breaker ist halb offen: Probeaufrufe entscheiden, ob er schließt.</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>No attempt has finished yet.</source>
        <translation>Noch kein Versuch ist abgeschlossen.</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Wiederholt</translation>
    </message>
    <message>
        <source>Attempt %1 failed; the next try follows in %2 ms.</source>
        <translation>Versuch %1 ist fehlgeschlagen; der nächste folgt in %2 ms.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation>Ratenbegrenzt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>The last attempt failed and was not retried.</source>
        <translation>Der letzte Versuch ist fehlgeschlagen und wurde nicht wiederholt.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Id: %1</source>
        <translation>ID: %1</translation>
    </message>
    <message>
        <source>Id: %1
URL: %2</source>
        <translation>ID: %1
URL: %2</translation>
    </message>
    <message>
        <source>Calls short-circuited since start: %1.</source>
        <translation>Seit dem Start sofort abgelehnte Aufrufe: %1.</translation>
    </message>
    <message>
        <source>Attempts sent per second over the last 10 seconds.</source>
        <translation>Gesendete Versuche pro Sekunde in den letzten 10 Sekunden.</translation>
    </message>
    <message>
        <source>Share of the attempts sent in the last minute that failed (5xx, 4xx other than 429, network errors, timeouts).</source>
        <translation>Anteil der in der letzten Minute gesendeten Versuche, die fehlschlugen (5xx, 4xx außer 429, Netzwerkfehler, Zeitüberschreitungen).</translation>
    </message>
    <message>
        <source>Latency of the most recent attempt that was sent.</source>
        <translation>Latenz des zuletzt gesendeten Versuchs.</translation>
    </message>
    <message>
        <source>No attempt was sent in the last 5 minutes.</source>
        <translation>In den letzten 5 Minuten wurde kein Versuch gesendet.</translation>
    </message>
    <message>
        <source>Attempt latency over the last 5 minutes: p50 %1 ms, p95 %2 ms, p99 %3 ms.</source>
        <translation>Latenz der Versuche in den letzten 5 Minuten: p50 %1 ms, p95 %2 ms, p99 %3 ms.</translation>
    </message>
    <message>
        <source>429 responses in the last minute; %1 since start.</source>
        <translation>429-Antworten in der letzten Minute; %1 seit dem Start.</translation>
    </message>
    <message>
        <source>%1 waiting (for a token, a pause, a slot or a retry), %2 in flight.</source>
        <translation>%1 wartend (auf ein Token, eine Pause, einen freien Platz oder eine Wiederholung), %2 ausstehend.</translation>
    </message>
    <message>
        <source>No error since start.</source>
        <translation>Kein Fehler seit dem Start.</translation>
    </message>
    <message>
        <source>%1
at %2</source>
        <translation>%1
um %2</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Error share in the last minute, breaker state and server pauses</source>
        <translation>Fehleranteil der letzten Minute, Zustand des Circuit Breakers und Serverpausen</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Circuit breaker state</source>
        <translation>Zustand des Circuit Breakers</translation>
    </message>
    <message>
        <source>Breaker</source>
        <translation>Breaker</translation>
    </message>
    <message numerus="yes">
        <source>Last %n min</source>
        <translation>
            <numerusform>Letzte %n min</numerusform>
            <numerusform>Letzte %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Attempts sent per second, last 10 seconds</source>
        <translation>Gesendete Versuche pro Sekunde, letzte 10 Sekunden</translation>
    </message>
    <message>
        <source>Req/s</source>
        <translation>Anfr./s</translation>
    </message>
    <message>
        <source>Failed share of attempts sent, last minute</source>
        <translation>Anteil fehlgeschlagener gesendeter Versuche, letzte Minute</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Latency of the last attempt sent, in milliseconds</source>
        <translation>Latenz des zuletzt gesendeten Versuchs, in Millisekunden</translation>
    </message>
    <message>
        <source>Last ms</source>
        <translation>Letzte ms</translation>
    </message>
    <message>
        <source>95th percentile latency over 5 minutes, in milliseconds</source>
        <translation>95. Perzentil der Latenz über 5 Minuten, in Millisekunden</translation>
    </message>
    <message>
        <source>p95 ms</source>
        <translation>p95 ms</translation>
    </message>
    <message>
        <source>429 responses in the last minute</source>
        <translation>429-Antworten in der letzten Minute</translation>
    </message>
    <message>
        <source>429s</source>
        <translation>429er</translation>
    </message>
    <message>
        <source>Retries (attempts after the first) in the last minute</source>
        <translation>Wiederholungen (Versuche nach dem ersten) in der letzten Minute</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Wiederh.</translation>
    </message>
    <message>
        <source>Work waiting on this endpoint</source>
        <translation>Für diesen Endpunkt wartende Arbeit</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>Nothing was sent in the last minute.</source>
        <translation>In der letzten Minute wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>%1 % of the attempts sent in the last minute failed.</source>
        <translation>%1 % der in der letzten Minute gesendeten Versuche sind fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The breaker is open: calls fail at once without being sent.</source>
        <translation>Der Circuit Breaker ist offen: Aufrufe scheitern sofort, ohne gesendet zu werden.</translation>
    </message>
    <message>
        <source>429 responses in the last minute: %1. The server asks for less traffic, and the engine slows down.</source>
        <translation>429-Antworten in der letzten Minute: %1. Der Server verlangt weniger Verkehr, und die Engine bremst.</translation>
    </message>
    <message>
        <source>nothing sent</source>
        <translation>nichts gesendet</translation>
    </message>
    <message>
        <source>peak latency %1 ms</source>
        <translation>Spitzenlatenz %1 ms</translation>
    </message>
    <message>
        <source>Attempts in the last minute that were not the first of their request; %1 since start.</source>
        <translation>Versuche der letzten Minute, die nicht der erste ihrer Anfrage waren; %1 seit dem Start.</translation>
    </message>
    <message>
        <source>Per second over the span: 429s (purple ticks, top), peak attempt latency (blue line), errors (orange ticks) and the breaker (band: green closed, amber half-open, red open). The same span for every row.</source>
        <translation>Pro Sekunde über die Zeitspanne: 429er (violette Striche, oben), Spitzenlatenz der Versuche (blaue Linie), Fehler (orange Striche) und der Circuit Breaker (Band: grün zu, bernsteinfarben halb offen, rot offen). Dieselbe Zeitspanne für jede Zeile.</translation>
    </message>
    <message>
        <source>Half or more of the last minute&apos;s attempts were slow calls, which the breaker counts toward opening.</source>
        <translation>Mindestens die Hälfte der Versuche der letzten Minute waren langsame Aufrufe, die der Circuit Breaker beim Öffnen mitzählt.</translation>
    </message>
    <message>
        <source>%1: %2; 429s: %3, errors: %4, retries: %5, breaker openings: %6.</source>
        <translation>%1: %2; 429er: %3, Fehler: %4, Wiederholungen: %5, Breaker-Öffnungen: %6.</translation>
    </message>
    <message>
        <source>Last %1 s</source>
        <translation>Letzte %1 s</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>Seit %1</translation>
    </message>
    <message>
        <source>%1 deliveries pending (%2 in flight), the oldest for %3; %4 delivered per second over the last 10 s; %5 dead letters.</source>
        <translation>%1 Zustellungen ausstehend (%2 unterwegs), die älteste seit %3; %4 zugestellt pro Sekunde in den letzten 10 s; %5 unzustellbar.</translation>
    </message>
    <message>
        <source>&lt;1 s</source>
        <translation>&lt;1 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Only deliver-mode endpoints have a delivery queue.</source>
        <translation>Nur Endpunkte im Zustellmodus haben eine Zustellwarteschlange.</translation>
    </message>
    <message>
        <source>The delivery queue is empty.</source>
        <translation>Die Zustellwarteschlange ist leer.</translation>
    </message>
    <message>
        <source>The oldest pending delivery was enqueued %1 ago.</source>
        <translation>Die älteste ausstehende Zustellung wurde vor %1 eingereiht.</translation>
    </message>
    <message>
        <source>Deliveries delivered per second over the last 10 seconds.</source>
        <translation>Zugestellte Zustellungen pro Sekunde in den letzten 10 Sekunden.</translation>
    </message>
    <message>
        <source>Deliveries that will not be sent again unless requeued (Endpoint → Dead Letters…).</source>
        <translation>Zustellungen, die nur nach erneutem Einreihen wieder gesendet werden (Endpunkt → Unzustellbare…).</translation>
    </message>
    <message>
        <source>Age of the oldest pending delivery (deliver mode)</source>
        <translation>Alter der ältesten ausstehenden Zustellung (Zustellmodus)</translation>
    </message>
    <message>
        <source>Oldest</source>
        <translation>Älteste</translation>
    </message>
    <message>
        <source>Deliveries delivered per second, last 10 seconds (deliver mode)</source>
        <translation>Zugestellte Zustellungen pro Sekunde, letzte 10 Sekunden (Zustellmodus)</translation>
    </message>
    <message>
        <source>Drain/s</source>
        <translation>Abfluss/s</translation>
    </message>
    <message>
        <source>Dead letters of the delivery queue (deliver mode)</source>
        <translation>Unzustellbare Zustellungen der Warteschlange (Zustellmodus)</translation>
    </message>
    <message>
        <source>Dead</source>
        <translation>Unzust.</translation>
    </message>
    <message>
        <source>Median (50th percentile) latency over 5 minutes, in milliseconds</source>
        <translation>Median (50. Perzentil) der Latenz über 5 Minuten, in Millisekunden</translation>
    </message>
    <message>
        <source>p50 ms</source>
        <translation>p50 ms</translation>
    </message>
    <message>
        <source>99th percentile latency over 5 minutes, in milliseconds</source>
        <translation>99. Perzentil der Latenz über 5 Minuten, in Millisekunden</translation>
    </message>
    <message>
        <source>p99 ms</source>
        <translation>p99 ms</translation>
    </message>
</context>
<context>
    <name>bw::ExportDialog</name>
    <message>
        <source>Visible Range</source>
        <translation>Sichtbarer Zeitraum</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Use the time range visible in the charts</source>
        <translation>Den in den Diagrammen sichtbaren Zeitraum verwenden</translation>
    </message>
    <message>
        <source>Raw attempts</source>
        <translation>Rohdaten der Versuche</translation>
    </message>
    <message>
        <source>1-minute rollups</source>
        <translation>1-Minuten-Aggregate</translation>
    </message>
    <message>
        <source>1-hour rollups</source>
        <translation>1-Stunden-Aggregate</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Zieldatei</translation>
    </message>
    <message>
        <source>No history file is open; nothing to export.</source>
        <translation>Keine Verlaufsdatei geöffnet; nichts zu exportieren.</translation>
    </message>
    <message>
        <source>History file: %1</source>
        <translation>Verlaufsdatei: %1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Endpoints:</source>
        <translation>Endpunkte:</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Stufe:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Choose at least one endpoint.</source>
        <translation>Mindestens einen Endpunkt auswählen.</translation>
    </message>
    <message>
        <source>The end of the range must be after its start.</source>
        <translation>Das Ende des Zeitraums muss nach seinem Beginn liegen.</translation>
    </message>
    <message>
        <source>Choose a file to write.</source>
        <translation>Eine Zieldatei auswählen.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export läuft…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Exporting… %1 rows</source>
        <translation>Export läuft… %1 Zeilen</translation>
    </message>
    <message>
        <source>%1 rows written to %2</source>
        <translation>%1 Zeilen nach %2 geschrieben</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>bw::HeaderListModel</name>
    <message>
        <source>Taken from the environment or a file when the configuration is loaded; hidden. Type a new value to replace it.</source>
        <translation>Wird beim Laden der Konfiguration aus der Umgebung oder einer Datei gelesen; verborgen. Geben Sie einen neuen Wert ein, um ihn zu ersetzen.</translation>
    </message>
    <message>
        <source>A secret: hidden. Type a new value to replace it.</source>
        <translation>Ein Geheimnis: verborgen. Geben Sie einen neuen Wert ein, um ihn zu ersetzen.</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>bw::HeadlessMonitor</name>
    <message>
        <source>paused to %1</source>
        <translation>pausiert bis %1</translation>
    </message>
    <message>
        <source>failing fast</source>
        <translation>schnell abgelehnt</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartend</translation>
    </message>
    <message>
        <source>retrying</source>
        <translation>wiederholt</translation>
    </message>
    <message>
        <source>failing</source>
        <translation>fehlerhaft</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>zu</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>half-open</source>
        <translation>halb offen</translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint</source>
        <translation>
            <numerusform>%n Endpunkt</numerusform>
            <numerusform>%n Endpunkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n endpoints</source>
        <translation>
            <numerusform>%n Endpunkt</numerusform>
            <numerusform>%n Endpunkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breaker open</source>
        <translation>
            <numerusform>%n Breaker offen</numerusform>
            <numerusform>%n Breaker offen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breakers open</source>
        <translation>
            <numerusform>%n Breaker offen</numerusform>
            <numerusform>%n Breaker offen</numerusform>
        </translation>
    </message>
    <message>
        <source>[%1] Breakwater: %2, %3, running %4 s</source>
        <translation>[%1] Breakwater: %2, %3, läuft seit %4 s</translation>
    </message>
    <message>
        <source>ENDPOINT</source>
        <translation>ENDPUNKT</translation>
    </message>
    <message>
        <source>BREAKER</source>
        <translation>BREAKER</translation>
    </message>
    <message>
        <source>ATTEMPTS</source>
        <translation>VERSUCHE</translation>
    </message>
    <message>
        <source>RETRIES</source>
        <translation>WIEDERH.</translation>
    </message>
    <message>
        <source>LAST_MS</source>
        <translation>LETZTE_MS</translation>
    </message>
    <message>
        <source>P95_MS</source>
        <translation>P95_MS</translation>
    </message>
    <message>
        <source>429/MIN</source>
        <translation>429/MIN</translation>
    </message>
    <message>
        <source>QUEUE</source>
        <translation>WARTEND</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ZUSTAND</translation>
    </message>
    <message>
        <source>LAST_ERROR</source>
        <translation>LETZTER_FEHLER</translation>
    </message>
    <message numerus="yes">
        <source>... %n more endpoints not shown (the most troubled are listed first)</source>
        <translation>
            <numerusform>... %n weiterer Endpunkt nicht angezeigt (die problematischsten stehen oben)</numerusform>
            <numerusform>... %n weitere Endpunkte nicht angezeigt (die problematischsten stehen oben)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bw::MainWindow</name>
    <message>
        <source>Breakwater</source>
        <translation>Breakwater</translation>
    </message>
    <message>
        <source>Filter by name or id</source>
        <translation>Nach Name oder ID filtern</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Filter Endpoints</source>
        <translation>Endpunkte &amp;filtern</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Breakwater</source>
        <translation>&amp;Über Breakwater</translation>
    </message>
    <message>
        <source>Endpoints configured</source>
        <translation>Konfigurierte Endpunkte</translation>
    </message>
    <message>
        <source>Requests sent and not yet answered, all endpoints</source>
        <translation>Gesendete, noch nicht beantwortete Anfragen, alle Endpunkte</translation>
    </message>
    <message>
        <source>Attempts per second over the last 10 seconds, all endpoints</source>
        <translation>Versuche pro Sekunde in den letzten 10 Sekunden, alle Endpunkte</translation>
    </message>
    <message>
        <source>Endpoints whose circuit breaker is open</source>
        <translation>Endpunkte, deren Circuit Breaker offen ist</translation>
    </message>
    <message>
        <source>Where the monitored data comes from</source>
        <translation>Woher die überwachten Daten stammen</translation>
    </message>
    <message>
        <source>Endpoints: %1</source>
        <translation>Endpunkte: %1</translation>
    </message>
    <message>
        <source>In flight: %1</source>
        <translation>Ausstehend: %1</translation>
    </message>
    <message>
        <source>Attempts/s: %1</source>
        <translation>Versuche/s: %1</translation>
    </message>
    <message>
        <source>Breakers open: %1</source>
        <translation>Offene Breaker: %1</translation>
    </message>
    <message>
        <source>Waiting for data</source>
        <translation>Warte auf Daten</translation>
    </message>
    <message>
        <source>No update for %1 s</source>
        <translation>Seit %1 s keine Aktualisierung</translation>
    </message>
    <message>
        <source>About Breakwater</source>
        <translation>Über Breakwater</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Breakwater %1&lt;/h3&gt;&lt;p&gt;A desktop monitor for the HTTP APIs an organisation depends on: latency, rate limits, circuit breakers and queues, live.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later (GPL-3.0-or-later).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Breakwater %1&lt;/h3&gt;&lt;p&gt;Ein Desktop-Monitor für die HTTP-APIs, auf die eine Organisation angewiesen ist: Latenz, Ratenbegrenzungen, Circuit Breaker und Warteschlangen, live.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU General Public License, Version 3 oder später (GPL-3.0-or-later).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The new language applies the next time Breakwater starts.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von Breakwater.</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Copy Visible Data as CSV</source>
        <translation>Sichtbare Daten als CSV &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Save Charts as PNG…</source>
        <translation>Diagramme als PNG &amp;speichern…</translation>
    </message>
    <message>
        <source>Save Charts</source>
        <translation>Diagramme speichern</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>loaded</source>
        <translation>geladen</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>Endpoint Settings</source>
        <translation>Endpunkt-Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Save Configuration</source>
        <translation>Konfiguration &amp;speichern</translation>
    </message>
    <message>
        <source>Save Configuration &amp;As…</source>
        <translation>Konfiguration speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Revert to Saved</source>
        <translation>Auf Gespeichertes &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Endpoint Settings</source>
        <translation>&amp;Endpunkt-Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Darstellung</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>&amp;Benachrichtigungen</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Endpoint</source>
        <translation>E&amp;ndpunkt</translation>
    </message>
    <message>
        <source>&amp;New Endpoint</source>
        <translation>&amp;Neuer Endpunkt</translation>
    </message>
    <message>
        <source>&amp;Duplicate Endpoint</source>
        <translation>Endpunkt &amp;duplizieren</translation>
    </message>
    <message>
        <source>&amp;Remove Endpoint</source>
        <translation>Endpunkt &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;Apply Settings</source>
        <translation>Einstellungen &amp;anwenden</translation>
    </message>
    <message>
        <source>Apply to &amp;Group</source>
        <translation>Auf &amp;Gruppe anwenden</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>Dem &amp;System folgen</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>When a &amp;Breaker Opens</source>
        <translation>Wenn ein &amp;Breaker öffnet</translation>
    </message>
    <message>
        <source>When a &amp;Queue Passes %1</source>
        <translation>Wenn eine &amp;Warteschlange %1 übersteigt</translation>
    </message>
    <message>
        <source>Queue &amp;Threshold…</source>
        <translation>&amp;Schwelle der Warteschlange…</translation>
    </message>
    <message>
        <source>Queue Threshold</source>
        <translation>Schwelle der Warteschlange</translation>
    </message>
    <message>
        <source>Notify when an endpoint has more than this many pieces of work waiting:</source>
        <translation>Benachrichtigen, wenn bei einem Endpunkt mehr als so viele Aufträge warten:</translation>
    </message>
    <message>
        <source>Desktop notifications, off until you turn them on</source>
        <translation>Desktop-Benachrichtigungen, aus, bis Sie sie einschalten</translation>
    </message>
    <message>
        <source>Connection slots in use, all hosts, and the busiest host; the engine uses at most %1 per host:port</source>
        <translation>Belegte Verbindungsplätze, alle Hosts, und der meistbelegte Host; die Engine nutzt höchstens %1 je Host:Port</translation>
    </message>
    <message>
        <source>Work waiting for a token, a pause, a slot or a retry, all endpoints</source>
        <translation>Aufträge, die auf ein Token, eine Pause, einen Platz oder eine Wiederholung warten, alle Endpunkte</translation>
    </message>
    <message>
        <source>%1 — Breakwater</source>
        <translation>%1 — Breakwater</translation>
    </message>
    <message>
        <source>Queued: %1</source>
        <translation>Wartend: %1</translation>
    </message>
    <message>
        <source>Connections: %1 (busiest %2: %3/%4)</source>
        <translation>Verbindungen: %1 (meistbelegt %2: %3/%4)</translation>
    </message>
    <message>
        <source>Connections: %1</source>
        <translation>Verbindungen: %1</translation>
    </message>
    <message>
        <source>Show Breakwater</source>
        <translation>Breakwater zeigen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message numerus="yes">
        <source>Breakwater: %n endpoint(s), none failing</source>
        <translation>
            <numerusform>Breakwater: %n Endpunkt, keiner gestört</numerusform>
            <numerusform>Breakwater: %n Endpunkte, keiner gestört</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Breakwater: %n endpoint(s) failing or open</source>
        <translation>
            <numerusform>Breakwater: %n Endpunkt gestört oder offen</numerusform>
            <numerusform>Breakwater: %n Endpunkte gestört oder offen</numerusform>
        </translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>In tables and editors, the usual keys of your desktop apply as well.</source>
        <translation>In Tabellen und Eingabefeldern gelten außerdem die üblichen Tasten Ihres Desktops.</translation>
    </message>
    <message>
        <source>Unsaved Settings</source>
        <translation>Ungespeicherte Einstellungen</translation>
    </message>
    <message>
        <source>The endpoint settings were changed but not saved. Save them before quitting?</source>
        <translation>Die Endpunkt-Einstellungen wurden geändert, aber nicht gespeichert. Vor dem Beenden speichern?</translation>
    </message>
    <message>
        <source>Dead &amp;Letters…</source>
        <translation>&amp;Unzustellbare…</translation>
    </message>
    <message>
        <source>En&amp;queue from File…</source>
        <translation>Aus &amp;Datei einreihen…</translation>
    </message>
    <message>
        <source>Enqueue Deliveries</source>
        <translation>Zustellungen einreihen</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl *.ndjson *.json);;All files (*)</source>
        <translation>JSON Lines (*.jsonl *.ndjson *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Only deliver-mode endpoints have a delivery queue.</source>
        <translation>Nur Endpunkte im Zustellmodus haben eine Zustellwarteschlange.</translation>
    </message>
    <message>
        <source>Enqueueing %1…</source>
        <translation>%1 wird eingereiht…</translation>
    </message>
    <message>
        <source>Enqueue from File</source>
        <translation>Aus Datei einreihen</translation>
    </message>
    <message>
        <source>&amp;Group by Group</source>
        <translation>Nach &amp;Gruppe gruppieren</translation>
    </message>
    <message>
        <source>Show one collapsible row per endpoint group, with the group&apos;s figures</source>
        <translation>Eine einklappbare Zeile je Endpunktgruppe zeigen, mit den Zahlen der Gruppe</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Spalten</translation>
    </message>
</context>
<context>
    <name>bw::TimeSeriesChart</name>
    <message>
        <source>▲ values above %1 cut off</source>
        <translation>▲ Werte über %1 abgeschnitten</translation>
    </message>
</context>
<context>
    <name>bw::TuningPanel</name>
    <message>
        <source>Apply while editing</source>
        <translation>Beim Bearbeiten anwenden</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>Apply to &amp;Group</source>
        <translation>Auf &amp;Gruppe anwenden</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save Configuration</source>
        <translation>Konfiguration speichern</translation>
    </message>
    <message>
        <source>Configuration (*.json)</source>
        <translation>Konfiguration (*.json)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Add an endpoint (disabled until you enable it)</source>
        <translation>Einen Endpunkt hinzufügen (deaktiviert, bis Sie ihn aktivieren)</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Copy this endpoint under a new id</source>
        <translation>Diesen Endpunkt unter einer neuen ID kopieren</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove this endpoint (Revert brings it back until you save)</source>
        <translation>Diesen Endpunkt entfernen (Zurücksetzen holt ihn zurück, bis Sie speichern)</translation>
    </message>
    <message>
        <source>Valid changes reach the running engine a moment after you stop typing</source>
        <translation>Gültige Änderungen erreichen die laufende Engine kurz nach Ihrer letzten Eingabe</translation>
    </message>
    <message>
        <source>Apply this endpoint&apos;s settings to the running engine (Ctrl+Return)</source>
        <translation>Die Einstellungen dieses Endpunkts auf die laufende Engine anwenden (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Give every endpoint of this group the same retry, rate limit, breaker, timeout and concurrency settings</source>
        <translation>Allen Endpunkten dieser Gruppe dieselben Einstellungen für Wiederholung, Ratenbegrenzung, Breaker, Timeout und Parallelität geben</translation>
    </message>
    <message>
        <source>Return every endpoint to the configuration as loaded or last saved</source>
        <translation>Alle Endpunkte auf die geladene oder zuletzt gespeicherte Konfiguration zurücksetzen</translation>
    </message>
    <message>
        <source>Write the configuration file (Ctrl+S)</source>
        <translation>Die Konfigurationsdatei schreiben (Strg+S)</translation>
    </message>
    <message>
        <source>Retry and backoff</source>
        <translation>Wiederholung und Backoff</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Attempts including the first; 1 never retries</source>
        <translation>Versuche einschließlich des ersten; 1 wiederholt nie</translation>
    </message>
    <message>
        <source>Backoff</source>
        <translation>Backoff</translation>
    </message>
    <message>
        <source>exponential</source>
        <translation>exponentiell</translation>
    </message>
    <message>
        <source>linear</source>
        <translation>linear</translation>
    </message>
    <message>
        <source>constant</source>
        <translation>konstant</translation>
    </message>
    <message>
        <source>Multiplier</source>
        <translation>Faktor</translation>
    </message>
    <message>
        <source>Growth per retry, for exponential backoff</source>
        <translation>Wachstum je Wiederholung, bei exponentiellem Backoff</translation>
    </message>
    <message>
        <source>Base delay</source>
        <translation>Grundwartezeit</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Maximum delay</source>
        <translation>Höchste Wartezeit</translation>
    </message>
    <message>
        <source>Cap on the wait, applied before jitter</source>
        <translation>Obergrenze der Wartezeit, vor dem Jitter angewandt</translation>
    </message>
    <message>
        <source>Minimum delay</source>
        <translation>Mindestwartezeit</translation>
    </message>
    <message>
        <source>Jitter</source>
        <translation>Jitter</translation>
    </message>
    <message>
        <source>full</source>
        <translation>voll</translation>
    </message>
    <message>
        <source>equal</source>
        <translation>halb</translation>
    </message>
    <message>
        <source>decorrelated</source>
        <translation>dekorreliert</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Longest server wait</source>
        <translation>Längste Server-Wartezeit</translation>
    </message>
    <message>
        <source>A Retry-After longer than this is not waited for in-line</source>
        <translation>Auf ein längeres Retry-After wird nicht innerhalb des Versuchs gewartet</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>Ratenbegrenzung</translation>
    </message>
    <message>
        <source>Requests per second</source>
        <translation>Anfragen pro Sekunde</translation>
    </message>
    <message>
        <source>0 means unlimited</source>
        <translation>0 bedeutet unbegrenzt</translation>
    </message>
    <message>
        <source>Burst</source>
        <translation>Burst</translation>
    </message>
    <message>
        <source>Bucket size</source>
        <translation>Größe des Token-Eimers</translation>
    </message>
    <message>
        <source>Adaptive</source>
        <translation>Adaptiv</translation>
    </message>
    <message>
        <source>Circuit breaker</source>
        <translation>Circuit Breaker</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <source>held open</source>
        <translation>offen gehalten</translation>
    </message>
    <message>
        <source>held closed</source>
        <translation>geschlossen gehalten</translation>
    </message>
    <message>
        <source>metrics only</source>
        <translation>nur Messwerte</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>Failure rate to open</source>
        <translation>Fehlerquote zum Öffnen</translation>
    </message>
    <message>
        <source>Minimum calls</source>
        <translation>Mindestzahl Aufrufe</translation>
    </message>
    <message>
        <source>No verdict before this many calls in the window</source>
        <translation>Kein Urteil vor so vielen Aufrufen im Fenster</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Open for</source>
        <translation>Offen für</translation>
    </message>
    <message>
        <source>Time open before half-open</source>
        <translation>Zeit offen vor halb offen</translation>
    </message>
    <message>
        <source>Half-open probes</source>
        <translation>Proben halb offen</translation>
    </message>
    <message>
        <source>Slow call</source>
        <translation>Langsamer Aufruf</translation>
    </message>
    <message>
        <source>Slow rate to open</source>
        <translation>Anteil langsamer zum Öffnen</translation>
    </message>
    <message>
        <source>Timeouts and concurrency</source>
        <translation>Timeouts und Parallelität</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Timeout</translation>
    </message>
    <message>
        <source>Per-attempt deadline</source>
        <translation>Frist je Versuch</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>For the whole piece of work, retries included; 0 for none</source>
        <translation>Für den ganzen Auftrag, Wiederholungen eingeschlossen; 0 für keine</translation>
    </message>
    <message>
        <source>In flight at most</source>
        <translation>Höchstens ausstehend</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Unique; used in CSV, logs and metrics</source>
        <translation>Eindeutig; erscheint in CSV, Logs und Metriken</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Endpoints of one group can be tuned together</source>
        <translation>Endpunkte einer Gruppe lassen sich gemeinsam einstellen</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Intervall</translation>
    </message>
    <message>
        <source>One poll per interval</source>
        <translation>Eine Abfrage je Intervall</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Poll it</source>
        <translation>Abfragen</translation>
    </message>
    <message>
        <source>Add Header</source>
        <translation>Header hinzufügen</translation>
    </message>
    <message>
        <source>Remove Header</source>
        <translation>Header entfernen</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Secret values and ${env:...} / ${file:...} references are hidden</source>
        <translation>Geheime Werte und Verweise ${env:...} / ${file:...} sind verborgen</translation>
    </message>
    <message>
        <source>Not saved to a file yet: Save asks where.</source>
        <translation>Noch in keiner Datei gespeichert: Speichern fragt, wohin.</translation>
    </message>
    <message>
        <source>Loaded from %1.</source>
        <translation>Geladen aus %1.</translation>
    </message>
    <message>
        <source>Edits of %1 were not valid and were dropped.</source>
        <translation>Die Änderungen an %1 waren ungültig und wurden verworfen.</translation>
    </message>
    <message>
        <source>No endpoint selected</source>
        <translation>Kein Endpunkt ausgewählt</translation>
    </message>
    <message numerus="yes">
        <source>Not applied: %n field(s) need attention.</source>
        <translation>
            <numerusform>Nicht angewandt: %n Feld ist zu prüfen.</numerusform>
            <numerusform>Nicht angewandt: %n Felder sind zu prüfen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Id, URL, method or headers changed: press Apply to use them.</source>
        <translation>ID, URL, Methode oder Header geändert: Anwenden drücken, um sie zu verwenden.</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Wird angewandt…</translation>
    </message>
    <message>
        <source>Edited; Apply sends it to the engine.</source>
        <translation>Geändert; Anwenden schickt es an die Engine.</translation>
    </message>
    <message>
        <source>One attempt: no retries, no waits.</source>
        <translation>Ein Versuch: keine Wiederholungen, keine Wartezeiten.</translation>
    </message>
    <message numerus="yes">
        <source>Wait before each retry: the band is the jitter range, the dashed line the wait without jitter. %n retries; waits add up to at most %1 s before the last attempt.</source>
        <translation>
            <numerusform>Wartezeit vor jeder Wiederholung: das Band ist der Jitter-Bereich, die gestrichelte Linie die Wartezeit ohne Jitter. %n Wiederholung; vor dem letzten Versuch höchstens %1 s Wartezeit.</numerusform>
            <numerusform>Wartezeit vor jeder Wiederholung: das Band ist der Jitter-Bereich, die gestrichelte Linie die Wartezeit ohne Jitter. %n Wiederholungen; vor dem letzten Versuch zusammen höchstens %1 s Wartezeit.</numerusform>
        </translation>
    </message>
    <message>
        <source>No change to apply.</source>
        <translation>Keine Änderung anzuwenden.</translation>
    </message>
    <message>
        <source>Applied %1 at %2; not saved yet.</source>
        <translation>%1 um %2 angewandt; noch nicht gespeichert.</translation>
    </message>
    <message>
        <source>%1 belongs to no group; set one under Endpoint.</source>
        <translation>%1 gehört zu keiner Gruppe; legen Sie eine unter Endpunkt fest.</translation>
    </message>
    <message numerus="yes">
        <source>Applied to %n other endpoint(s) of group %1.</source>
        <translation>
            <numerusform>Auf %n weiteren Endpunkt der Gruppe %1 angewandt.</numerusform>
            <numerusform>Auf %n weitere Endpunkte der Gruppe %1 angewandt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reverted to the configuration as last loaded or saved.</source>
        <translation>Auf die zuletzt geladene oder gespeicherte Konfiguration zurückgesetzt.</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n field(s) need attention.</source>
        <translation>
            <numerusform>Nicht gespeichert: %n Feld ist zu prüfen.</numerusform>
            <numerusform>Nicht gespeichert: %n Felder sind zu prüfen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved to %1: %2. The file on disk is unchanged.</source>
        <translation>Nicht in %1 gespeichert: %2. Die Datei auf der Platte ist unverändert.</translation>
    </message>
    <message>
        <source>Saved to %1 (readable by you only).</source>
        <translation>In %1 gespeichert (nur für Sie lesbar).</translation>
    </message>
    <message>
        <source>Added %1, disabled: check its URL, tick Enabled, and it starts.</source>
        <translation>%1 hinzugefügt, deaktiviert: URL prüfen, Aktiviert ankreuzen, dann startet er.</translation>
    </message>
    <message>
        <source>New endpoint</source>
        <translation>Neuer Endpunkt</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>Removed %1; Revert brings it back until you save.</source>
        <translation>%1 entfernt; Zurücksetzen holt ihn zurück, bis Sie speichern.</translation>
    </message>
    <message>
        <source>Waiting for the engine to confirm…</source>
        <translation>Warte auf die Bestätigung der Engine…</translation>
    </message>
    <message>
        <source>The engine runs the settings last applied, not these edits.</source>
        <translation>Die Engine läuft mit den zuletzt angewandten Einstellungen, nicht mit diesen Änderungen.</translation>
    </message>
    <message>
        <source>The engine runs these settings.</source>
        <translation>Die Engine läuft mit diesen Einstellungen.</translation>
    </message>
    <message>
        <source>The engine has not taken these settings yet.</source>
        <translation>Die Engine hat diese Einstellungen noch nicht übernommen.</translation>
    </message>
    <message>
        <source>never retry</source>
        <translation>nie wiederholen</translation>
    </message>
    <message>
        <source>Retry on</source>
        <translation>Wiederholen bei</translation>
    </message>
    <message>
        <source>Comma-separated: network_error, timeout, rate_limited, server_error (500, 502, 503, 504), 5xx, or HTTP status numbers</source>
        <translation>Durch Kommas getrennt: network_error, timeout, rate_limited, server_error (500, 502, 503, 504), 5xx oder HTTP-Statuscodes</translation>
    </message>
    <message>
        <source>Retry budget</source>
        <translation>Wiederholungsbudget</translation>
    </message>
    <message>
        <source>Cap retries at a share of first attempts</source>
        <translation>Wiederholungen auf einen Anteil der ersten Versuche begrenzen</translation>
    </message>
    <message>
        <source>Budget ratio</source>
        <translation>Budgetanteil</translation>
    </message>
    <message>
        <source>Retries allowed per first attempt in the window</source>
        <translation>Erlaubte Wiederholungen je erstem Versuch im Fenster</translation>
    </message>
    <message>
        <source>Budget window</source>
        <translation>Budgetfenster</translation>
    </message>
    <message>
        <source>Budget floor</source>
        <translation>Budgetuntergrenze</translation>
    </message>
    <message>
        <source> /s</source>
        <translation> /s</translation>
    </message>
    <message>
        <source>Retries allowed per second however few first attempts there were</source>
        <translation>Erlaubte Wiederholungen je Sekunde, wie wenige erste Versuche es auch gab</translation>
    </message>
    <message>
        <source>Slow down on each 429</source>
        <translation>Bei jedem 429 langsamer werden</translation>
    </message>
    <message>
        <source>Decrease factor</source>
        <translation>Senkungsfaktor</translation>
    </message>
    <message>
        <source>Each 429 multiplies the rate by this</source>
        <translation>Jedes 429 multipliziert die Rate damit</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Erholung</translation>
    </message>
    <message>
        <source> /s per s</source>
        <translation> /s je s</translation>
    </message>
    <message>
        <source>Requests/s regained per second of success; 0 for 5% of the rate at the last 429</source>
        <translation>Je Sekunde Erfolg zurückgewonnene Anfragen/s; 0 für 5 % der Rate beim letzten 429</translation>
    </message>
    <message>
        <source>Reset header format</source>
        <translation>Format des Reset-Headers</translation>
    </message>
    <message>
        <source>detect</source>
        <translation>erkennen</translation>
    </message>
    <message>
        <source>epoch seconds</source>
        <translation>Epoch-Sekunden</translation>
    </message>
    <message>
        <source>epoch milliseconds</source>
        <translation>Epoch-Millisekunden</translation>
    </message>
    <message>
        <source>seconds from now</source>
        <translation>Sekunden ab jetzt</translation>
    </message>
    <message>
        <source>HTTP date</source>
        <translation>HTTP-Datum</translation>
    </message>
    <message>
        <source>ISO 8601 time</source>
        <translation>ISO-8601-Zeit</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>How this API writes X-RateLimit-Reset style headers</source>
        <translation>Wie diese API Header wie X-RateLimit-Reset schreibt</translation>
    </message>
    <message>
        <source>Client throttling</source>
        <translation>Client-Drosselung</translation>
    </message>
    <message>
        <source>Drop attempts locally while the server rejects many</source>
        <translation>Versuche lokal verwerfen, solange der Server viele ablehnt</translation>
    </message>
    <message>
        <source>Throttle k</source>
        <translation>Drosselung k</translation>
    </message>
    <message>
        <source>Accepts needed per request before nothing is dropped; 2 tolerates half failing</source>
        <translation>Nötige Annahmen je Anfrage, bevor nichts verworfen wird; 2 duldet, dass die Hälfte scheitert</translation>
    </message>
    <message>
        <source>Throttle window</source>
        <translation>Drosselungsfenster</translation>
    </message>
    <message>
        <source>Keep it longer than the longest timeout</source>
        <translation>Länger als das längste Timeout halten</translation>
    </message>
    <message>
        <source>Window kind</source>
        <translation>Fensterart</translation>
    </message>
    <message>
        <source>time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>The calls of the last Window seconds, or the last Window size calls</source>
        <translation>Die Aufrufe der letzten Fenster-Sekunden oder die letzten Fenstergröße-Aufrufe</translation>
    </message>
    <message>
        <source>Window size</source>
        <translation>Fenstergröße</translation>
    </message>
    <message>
        <source> calls</source>
        <translation> Aufrufe</translation>
    </message>
    <message>
        <source>For a count window</source>
        <translation>Für ein Anzahlfenster</translation>
    </message>
    <message>
        <source>Open backoff</source>
        <translation>Öffnungs-Backoff</translation>
    </message>
    <message>
        <source>Each re-open from half-open multiplies the open time by this</source>
        <translation>Jedes erneute Öffnen aus halboffen multipliziert die Offenzeit damit</translation>
    </message>
    <message>
        <source>Longest open</source>
        <translation>Längste Offenzeit</translation>
    </message>
    <message>
        <source>Ceiling for the grown open time</source>
        <translation>Obergrenze für die gewachsene Offenzeit</translation>
    </message>
</context>
</TS>
