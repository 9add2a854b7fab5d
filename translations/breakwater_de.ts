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
        <source>Breakwater watches HTTP APIs through a resilient engine (retry with backoff, Retry-After pauses, adaptive rate limiting, circuit breakers) and charts latency, 429s, breaker state and queue depth per endpoint.

Without --config it starts an embedded demo upstream on 127.0.0.1.

Subcommands (each has its own --help):
  breakwater hints ...   explain what a response&apos;s rate-limit headers mean
  breakwater export ...  write history for a time range as CSV</source>
        <translation>Breakwater überwacht HTTP-APIs mit einer robusten Engine (Wiederholung mit Backoff, Pausen nach Retry-After, adaptive Ratenbegrenzung, Circuit Breaker) und zeigt je Endpunkt Latenz, 429-Antworten, Breaker-Zustand und Warteschlangenlänge als Diagramme.

Ohne --config startet sie einen eingebauten Demo-Server auf 127.0.0.1.

Unterbefehle (jeweils mit eigenem --help):
  breakwater hints ...   erklärt, was die Rate-Limit-Header einer Antwort bedeuten
  breakwater export ...  schreibt den Verlauf eines Zeitraums als CSV</translation>
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
        <source>TLS certificate not trusted (trust it per endpoint with a CA file or a pin)</source>
        <translation>TLS-Zertifikat nicht vertrauenswürdig (pro Endpunkt mit einer CA-Datei oder einem Pin vertrauen)</translation>
    </message>
    <message>
        <source>TLS certificate does not match the endpoint&apos;s pin</source>
        <translation>TLS-Zertifikat passt nicht zum Pin des Endpunkts</translation>
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
        <source>attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>p95 (10 s)</source>
        <translation>p95 (10 s)</translation>
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
        <source>Time span of the charts; they follow the newest data. While the data is younger, they show just the data, at least a minute.</source>
        <translation>Zeitspanne der Diagramme; sie folgen den neuesten Daten. Solange die Daten jünger sind, zeigen sie nur diese, mindestens aber eine Minute.</translation>
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
</context>
</TS>
