<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Breakwater</name>
    <message>
        <source>Endpoint configuration (JSON) to monitor.</source>
        <translation>Configuration des points de terminaison à surveiller (JSON).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Run without a window: print a status table every few seconds.</source>
        <translation>Fonctionner sans fenêtre&#xa0;: afficher un tableau d&apos;état à intervalles de quelques secondes.</translation>
    </message>
    <message>
        <source>Stop after this many seconds (default: run until interrupted).</source>
        <translation>S&apos;arrêter après ce nombre de secondes (par défaut&#xa0;: jusqu&apos;à interruption).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>Write one CSV row per attempt to this file, streamed as the run goes.</source>
        <translation>Écrire une ligne CSV par tentative dans ce fichier, au fil de l&apos;exécution.</translation>
    </message>
    <message>
        <source>Seconds between status tables in headless mode (default 5, 0 for none).</source>
        <translation>Secondes entre deux tableaux d&apos;état en mode sans fenêtre (5 par défaut, 0 pour aucun).</translation>
    </message>
    <message>
        <source>breakwater: --duration: expected a positive number of seconds, got &quot;%1&quot;</source>
        <translation>breakwater&#xa0;: --duration&#xa0;: nombre de secondes positif attendu, reçu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>breakwater: --status-interval: expected seconds, got &quot;%1&quot;</source>
        <translation>breakwater&#xa0;: --status-interval&#xa0;: secondes attendues, reçu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>breakwater: no display available (DISPLAY and WAYLAND_DISPLAY are not set); running the headless monitor instead.</source>
        <translation>breakwater&#xa0;: aucun affichage disponible (DISPLAY et WAYLAND_DISPLAY ne sont pas définies)&#xa0;; la surveillance s&apos;exécute donc sans fenêtre.</translation>
    </message>
    <message>
        <source>breakwater: the configuration was refused:</source>
        <translation>breakwater&#xa0;: la configuration a été refusée&#xa0;:</translation>
    </message>
    <message>
        <source>breakwater: warning: %1: %2</source>
        <translation>breakwater&#xa0;: avertissement&#xa0;: %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>breakwater: the embedded demo could not start: %1</source>
        <translation>breakwater&#xa0;: la démo intégrée n&apos;a pas pu démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>embedded demo on 127.0.0.1:%1</source>
        <translation>démo intégrée sur 127.0.0.1:%1</translation>
    </message>
    <message>
        <source>breakwater: no --config given, monitoring the %1</source>
        <translation>breakwater&#xa0;: pas de --config, surveillance de la %1</translation>
    </message>
    <message>
        <source>breakwater: wrote %1 attempt rows to %2</source>
        <translation>breakwater&#xa0;: %1 lignes de tentatives écrites dans %2</translation>
    </message>
    <message>
        <source>breakwater: --lang: no translation for &quot;%1&quot;; the interface stays in English.</source>
        <translation>breakwater&#xa0;: --lang&#xa0;: aucune traduction pour «&#xa0;%1&#xa0;»&#xa0;; l&apos;interface reste en anglais.</translation>
    </message>
    <message>
        <source>Language of the interface, such as de or fr (default: the system&apos;s).</source>
        <translation>Langue de l&apos;interface, par exemple de ou fr (par défaut&#xa0;: celle du système).</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>Last 1 min</source>
        <translation>Dernière minute</translation>
    </message>
    <message>
        <source>Last 5 min</source>
        <translation>5 dernières min</translation>
    </message>
    <message>
        <source>Last 15 min</source>
        <translation>15 dernières min</translation>
    </message>
    <message>
        <source>Last 60 min</source>
        <translation>60 dernières min</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Sans mesure</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>Sain</translation>
    </message>
    <message>
        <source>Throttled</source>
        <translation>Bridé</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Dégradé</translation>
    </message>
    <message>
        <source>Failing</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>Breaker open</source>
        <translation>Disj. ouvert</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Half-open</source>
        <translation>Mi-ouvert</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message>
        <source>%1 s ago</source>
        <translation>il y a %1 s</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>il y a %1 min</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>il y a %1 h</translation>
    </message>
    <message>
        <source>%1 d ago</source>
        <translation>il y a %1 j</translation>
    </message>
    <message>
        <source>Slow</source>
        <translation>Lent</translation>
    </message>
    <message>
        <source>Breakwater watches HTTP APIs through a resilient engine (retry with backoff, Retry-After pauses, adaptive rate limiting, circuit breakers) and charts latency, 429s, breaker state and queue depth per endpoint.

Without --config it starts an embedded demo upstream on 127.0.0.1.

Subcommands (each has its own --help):
  breakwater hints ...   explain what a response&apos;s rate-limit headers mean
  breakwater export ...  write history for a time range as CSV</source>
        <translation>Breakwater surveille des API HTTP à travers un moteur résilient (nouvelles tentatives avec attente exponentielle, pauses Retry-After, limitation de débit adaptative, disjoncteurs) et trace par point d&apos;accès la latence, les réponses 429, l&apos;état du disjoncteur et la longueur de la file.

Sans --config, il démarre un serveur de démonstration intégré sur 127.0.0.1.

Sous-commandes (chacune avec son propre --help) :
  breakwater hints ...   explique ce que signifient les en-têtes de limitation d&apos;une réponse
  breakwater export ...  écrit l&apos;historique d&apos;une période au format CSV</translation>
    </message>
    <message>
        <source>Record attempts and rollups in this SQLite file (default: %1).</source>
        <translation>Enregistrer les tentatives et les agrégats dans ce fichier SQLite (par défaut : %1).</translation>
    </message>
    <message>
        <source>Serve Prometheus metrics at http://ADDR:PORT/metrics; loopback unless another address is given explicitly.</source>
        <translation>Publier les métriques Prometheus sur http://ADRESSE:PORT/metrics ; boucle locale uniquement, sauf si une autre adresse est donnée explicitement.</translation>
    </message>
    <message>
        <source>addr:port</source>
        <translation>adresse:port</translation>
    </message>
    <message>
        <source>breakwater: running without history</source>
        <translation>breakwater : exécution sans historique</translation>
    </message>
    <message>
        <source>breakwater: warning: --metrics-listen %1 is not a loopback address; whoever reaches it can read the endpoint ids and their statistics</source>
        <translation>breakwater : avertissement : --metrics-listen %1 n&apos;est pas une adresse de boucle locale ; quiconque l&apos;atteint peut lire les identifiants des points d&apos;accès et leurs statistiques</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Connexion refusée</translation>
    </message>
    <message>
        <source>Connection closed by the server</source>
        <translation>Connexion fermée par le serveur</translation>
    </message>
    <message>
        <source>Host not found</source>
        <translation>Hôte introuvable</translation>
    </message>
    <message>
        <source>Transfer stalled</source>
        <translation>Transfert bloqué</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>TLS handshake failed</source>
        <translation>Échec de la négociation TLS</translation>
    </message>
    <message>
        <source>Temporary network failure</source>
        <translation>Panne réseau temporaire</translation>
    </message>
    <message>
        <source>Proxy refused the connection</source>
        <translation>Le proxy a refusé la connexion</translation>
    </message>
    <message>
        <source>Too many redirects</source>
        <translation>Trop de redirections</translation>
    </message>
    <message>
        <source>Malformed HTTP response</source>
        <translation>Réponse HTTP mal formée</translation>
    </message>
    <message>
        <source>Network error (%1)</source>
        <translation>Erreur réseau (%1)</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>No complete answer within %1 ms</source>
        <translation>Pas de réponse complète en %1 ms</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Délai dépassé</translation>
    </message>
    <message>
        <source>The %1 ms deadline passed before the request could be sent</source>
        <translation>Le délai de %1 ms a expiré avant l&apos;envoi de la requête</translation>
    </message>
    <message>
        <source>Response too large, aborted</source>
        <translation>Réponse trop volumineuse, interrompue</translation>
    </message>
    <message>
        <source>Response cut short by the server</source>
        <translation>Réponse tronquée par le serveur</translation>
    </message>
    <message>
        <source>Breaker open: no request sent</source>
        <translation>Disjoncteur ouvert&#xa0;: aucune requête envoyée</translation>
    </message>
    <message>
        <source>Rejected locally by adaptive throttling</source>
        <translation>Refusé localement par la limitation adaptative</translation>
    </message>
    <message>
        <source>no retry: the deadline would pass first (next try not before %1)</source>
        <translation>pas de relance&#xa0;: le délai serait dépassé avant (prochain essai pas avant %1)</translation>
    </message>
    <message>
        <source>no retry: retry budget spent</source>
        <translation>pas de relance&#xa0;: budget de relances épuisé</translation>
    </message>
    <message>
        <source>no retry: the server asks to wait until %1, beyond the ceiling</source>
        <translation>pas de relance&#xa0;: le serveur demande d&apos;attendre jusqu&apos;à %1, au-delà du plafond</translation>
    </message>
    <message>
        <source>no retry: quota exhausted</source>
        <translation>pas de relance&#xa0;: quota épuisé</translation>
    </message>
    <message>
        <source>no retry: the server says not to</source>
        <translation>pas de relance&#xa0;: le serveur s&apos;y oppose</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1&#xa0;; %2</translation>
    </message>
    <message>
        <source>TLS certificate not trusted (trust it per endpoint with a CA file or a pin)</source>
        <translation>Certificat TLS non approuvé (l’approuver par point de terminaison avec un fichier d’AC ou une empreinte épinglée)</translation>
    </message>
    <message>
        <source>TLS certificate does not match the endpoint&apos;s pin</source>
        <translation>Le certificat TLS ne correspond pas à l’empreinte épinglée du point de terminaison</translation>
    </message>
</context>
<context>
    <name>BreakwaterExport</name>
    <message>
        <source>Writes attempts or rollups recorded in the history file as CSV (RFC 4180, UTC times with milliseconds). The range is [--from, --to).</source>
        <translation>Écrit en CSV (RFC 4180, heures UTC avec millisecondes) les tentatives ou les agrégats enregistrés dans le fichier d&apos;historique. La plage est [--from, --to).</translation>
    </message>
    <message>
        <source>History file (default: %1).</source>
        <translation>Fichier d&apos;historique (par défaut&#xa0;: %1).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>First instant, ISO 8601 (inclusive).</source>
        <translation>Premier instant, ISO 8601 (inclus).</translation>
    </message>
    <message>
        <source>time</source>
        <translation>heure</translation>
    </message>
    <message>
        <source>Last instant, ISO 8601 (exclusive).</source>
        <translation>Dernier instant, ISO 8601 (exclu).</translation>
    </message>
    <message>
        <source>Only this endpoint id; repeat for several (default: all).</source>
        <translation>Seulement cet identifiant de point de terminaison&#xa0;; à répéter pour plusieurs (par défaut&#xa0;: tous).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>raw (one row per attempt, default), 1m or 1h (rollups).</source>
        <translation>raw (une ligne par tentative, par défaut), 1m ou 1h (agrégats).</translation>
    </message>
    <message>
        <source>level</source>
        <translation>niveau</translation>
    </message>
    <message>
        <source>CSV file to write (replaced if present).</source>
        <translation>Fichier CSV à écrire (remplacé s&apos;il existe).</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 est obligatoire</translation>
    </message>
    <message>
        <source>--to must be later than --from</source>
        <translation>--to doit être postérieur à --from</translation>
    </message>
    <message>
        <source>--endpoint: expected an endpoint id</source>
        <translation>--endpoint&#xa0;: identifiant de point de terminaison attendu</translation>
    </message>
    <message>
        <source>--level: expected raw, 1m or 1h, got &quot;%1&quot;</source>
        <translation>--level&#xa0;: raw, 1m ou 1h attendu, reçu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--out: expected a file name</source>
        <translation>--out&#xa0;: nom de fichier attendu</translation>
    </message>
    <message>
        <source>expected an ISO 8601 time such as 2026-12-04T15:30:00Z, got &quot;%1&quot;</source>
        <translation>heure ISO 8601 attendue, par exemple 2026-12-04T15:30:00Z, reçu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 rows written to %2</source>
        <translation>%1 lignes écrites dans %2</translation>
    </message>
</context>
<context>
    <name>BreakwaterHints</name>
    <message>
        <source>--header: expected &quot;Name: value&quot;, got &quot;%1&quot;</source>
        <translation>--header&#xa0;: «&#xa0;Nom: valeur&#xa0;» attendu, reçu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--status is required</source>
        <translation>--status est obligatoire</translation>
    </message>
    <message>
        <source>--status: expected an HTTP status from 100 to 599, got &quot;%1&quot;</source>
        <translation>--status&#xa0;: statut HTTP de 100 à 599 attendu, reçu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--now: expected epoch seconds, got &quot;%1&quot;</source>
        <translation>--now&#xa0;: secondes depuis l&apos;époque Unix attendues, reçu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--reset-format: expected auto, epoch-s, epoch-ms, delta-s, http-date, iso or duration, got &quot;%1&quot;</source>
        <translation>--reset-format&#xa0;: auto, epoch-s, epoch-ms, delta-s, http-date, iso ou duration attendu, reçu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--max-server-delay-ms: expected milliseconds from 0 to %1, got &quot;%2&quot;</source>
        <translation>--max-server-delay-ms&#xa0;: millisecondes de 0 à %1 attendues, reçu «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Reads one HTTP response the way the engine does and prints, as one JSON object, whether to retry, how long the server asked to wait and why.</source>
        <translation>Lit une réponse HTTP comme le fait le moteur et affiche, sous forme d&apos;un objet JSON, s&apos;il faut relancer, combien de temps le serveur a demandé d&apos;attendre et pourquoi.</translation>
    </message>
    <message>
        <source>The response&apos;s HTTP status.</source>
        <translation>Le statut HTTP de la réponse.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>A response header, &quot;Name: value&quot; (repeatable).</source>
        <translation>Un en-tête de la réponse, «&#xa0;Nom: valeur&#xa0;» (répétable).</translation>
    </message>
    <message>
        <source>header</source>
        <translation>en-tête</translation>
    </message>
    <message>
        <source>The response body.</source>
        <translation>Le corps de la réponse.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>When the response arrived, in epoch seconds (default: now).</source>
        <translation>Moment d&apos;arrivée de la réponse, en secondes depuis l&apos;époque Unix (par défaut&#xa0;: maintenant).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>How to read X-RateLimit-Reset and similar headers: auto, epoch-s, epoch-ms, delta-s, http-date, iso or duration (default auto).</source>
        <translation>Comment lire X-RateLimit-Reset et les en-têtes semblables&#xa0;: auto, epoch-s, epoch-ms, delta-s, http-date, iso ou duration (auto par défaut).</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>The longest server wait honoured in-line (default %1).</source>
        <translation>L&apos;attente la plus longue demandée par le serveur qui est observée sur place (%1 par défaut).</translation>
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
        <translation>Latence (ms)</translation>
    </message>
    <message>
        <source>429s, errors and retries per second</source>
        <translation>429, erreurs et relances par seconde</translation>
    </message>
    <message>
        <source>Breaker</source>
        <translation>Disjoncteur</translation>
    </message>
    <message>
        <source>Queue depth</source>
        <translation>Profondeur de file</translation>
    </message>
    <message>
        <source>attempts</source>
        <translation>tentatives</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échouées</translation>
    </message>
    <message>
        <source>p95 (10 s)</source>
        <translation>p95 (10 s)</translation>
    </message>
    <message>
        <source>429s</source>
        <translation>429</translation>
    </message>
    <message>
        <source>errors</source>
        <translation>erreurs</translation>
    </message>
    <message>
        <source>retries</source>
        <translation>relances</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>fermé</translation>
    </message>
    <message>
        <source>half-open</source>
        <translation>mi-ouvert</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>No endpoint selected</source>
        <translation>Aucun point de terminaison sélectionné</translation>
    </message>
    <message>
        <source>Select an endpoint in the table to see its charts.</source>
        <translation>Sélectionnez un point de terminaison dans le tableau pour voir ses graphiques.</translation>
    </message>
    <message>
        <source>Breaker: %1</source>
        <translation>Disjoncteur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Limiter: %1 req/s</source>
        <translation>Limiteur&#xa0;: %1 req./s</translation>
    </message>
    <message>
        <source>Limiter: off</source>
        <translation>Limiteur&#xa0;: désactivé</translation>
    </message>
    <message>
        <source>Paused until %1</source>
        <translation>En pause jusqu&apos;à %1</translation>
    </message>
    <message>
        <source>In flight: %1</source>
        <translation>En cours&#xa0;: %1</translation>
    </message>
    <message>
        <source>Queue: %1</source>
        <translation>File&#xa0;: %1</translation>
    </message>
    <message>
        <source>p95: %1 ms</source>
        <translation>p95&#xa0;: %1 ms</translation>
    </message>
    <message>
        <source>Time span of the charts; they follow the newest data. While the data is younger, they show just the data, at least a minute.</source>
        <translation>Période couverte par les graphiques, qui suivent les données les plus récentes. Tant que les données sont plus récentes que cette période, ils n&apos;affichent qu&apos;elles, sur une minute au moins.</translation>
    </message>
</context>
<context>
    <name>bw::EndpointTableModel</name>
    <message>
        <source>Short-circuiting</source>
        <translation>Court-circuité</translation>
    </message>
    <message>
        <source>The breaker is open: calls fail at once, no request is sent.</source>
        <translation>Le disjoncteur est ouvert&#xa0;: les appels échouent immédiatement, aucune requête n&apos;est envoyée.</translation>
    </message>
    <message>
        <source>Paused until %1</source>
        <translation>Reprise à %1</translation>
    </message>
    <message>
        <source>The server asked for a pause; all work on this endpoint waits.</source>
        <translation>Le serveur a demandé une pause&#xa0;; tout le travail sur ce point de terminaison attend.</translation>
    </message>
    <message>
        <source>Probing</source>
        <translation>En test</translation>
    </message>
    <message>
        <source>The breaker is half-open: trial calls decide whether it closes.</source>
        <translation>Le disjoncteur est mi-ouvert&#xa0;: des appels d&apos;essai décident s&apos;il se referme.</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>No attempt has finished yet.</source>
        <translation>Aucune tentative n&apos;est encore terminée.</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Relance</translation>
    </message>
    <message>
        <source>Attempt %1 failed; the next try follows in %2 ms.</source>
        <translation>La tentative %1 a échoué&#xa0;; la suivante a lieu dans %2 ms.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation>Débit limité</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>The last attempt failed and was not retried.</source>
        <translation>La dernière tentative a échoué et n&apos;a pas été relancée.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Id: %1</source>
        <translation>Identifiant&#xa0;: %1</translation>
    </message>
    <message>
        <source>Id: %1
URL: %2</source>
        <translation>Identifiant&#xa0;: %1
URL&#xa0;: %2</translation>
    </message>
    <message>
        <source>Calls short-circuited since start: %1.</source>
        <translation>Appels court-circuités depuis le démarrage&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Attempts sent per second over the last 10 seconds.</source>
        <translation>Tentatives envoyées par seconde au cours des 10 dernières secondes.</translation>
    </message>
    <message>
        <source>Share of the attempts sent in the last minute that failed (5xx, 4xx other than 429, network errors, timeouts).</source>
        <translation>Part des tentatives envoyées au cours de la dernière minute qui ont échoué (5xx, 4xx autres que 429, erreurs réseau, délais dépassés).</translation>
    </message>
    <message>
        <source>Latency of the most recent attempt that was sent.</source>
        <translation>Latence de la dernière tentative envoyée.</translation>
    </message>
    <message>
        <source>No attempt was sent in the last 5 minutes.</source>
        <translation>Aucune tentative n&apos;a été envoyée au cours des 5 dernières minutes.</translation>
    </message>
    <message>
        <source>Attempt latency over the last 5 minutes: p50 %1 ms, p95 %2 ms, p99 %3 ms.</source>
        <translation>Latence des tentatives sur les 5 dernières minutes&#xa0;: p50 %1 ms, p95 %2 ms, p99 %3 ms.</translation>
    </message>
    <message>
        <source>429 responses in the last minute; %1 since start.</source>
        <translation>Réponses 429 au cours de la dernière minute&#xa0;; %1 depuis le démarrage.</translation>
    </message>
    <message>
        <source>%1 waiting (for a token, a pause, a slot or a retry), %2 in flight.</source>
        <translation>%1 en attente (d&apos;un jeton, d&apos;une pause, d&apos;un emplacement libre ou d&apos;une relance), %2 en cours.</translation>
    </message>
    <message>
        <source>No error since start.</source>
        <translation>Aucune erreur depuis le démarrage.</translation>
    </message>
    <message>
        <source>%1
at %2</source>
        <translation>%1
à %2</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Point de terminaison</translation>
    </message>
    <message>
        <source>Error share in the last minute, breaker state and server pauses</source>
        <translation>Part d&apos;erreurs de la dernière minute, état du disjoncteur et pauses du serveur</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Circuit breaker state</source>
        <translation>État du disjoncteur</translation>
    </message>
    <message>
        <source>Breaker</source>
        <translation>Disjoncteur</translation>
    </message>
    <message numerus="yes">
        <source>Last %n min</source>
        <translation>
            <numerusform>%n dernière min</numerusform>
            <numerusform>%n dernières min</numerusform>
        </translation>
    </message>
    <message>
        <source>Attempts sent per second, last 10 seconds</source>
        <translation>Tentatives envoyées par seconde, 10 dernières secondes</translation>
    </message>
    <message>
        <source>Req/s</source>
        <translation>Req./s</translation>
    </message>
    <message>
        <source>Failed share of attempts sent, last minute</source>
        <translation>Part des tentatives envoyées en échec, dernière minute</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>Latency of the last attempt sent, in milliseconds</source>
        <translation>Latence de la dernière tentative envoyée, en millisecondes</translation>
    </message>
    <message>
        <source>Last ms</source>
        <translation>Dern. ms</translation>
    </message>
    <message>
        <source>95th percentile latency over 5 minutes, in milliseconds</source>
        <translation>95e centile de la latence sur 5 minutes, en millisecondes</translation>
    </message>
    <message>
        <source>p95 ms</source>
        <translation>p95 ms</translation>
    </message>
    <message>
        <source>429 responses in the last minute</source>
        <translation>Réponses 429 au cours de la dernière minute</translation>
    </message>
    <message>
        <source>429s</source>
        <translation>429</translation>
    </message>
    <message>
        <source>Retries (attempts after the first) in the last minute</source>
        <translation>Relances (tentatives après la première) au cours de la dernière minute</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Relances</translation>
    </message>
    <message>
        <source>Work waiting on this endpoint</source>
        <translation>Travail en attente sur ce point de terminaison</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
    <message>
        <source>Nothing was sent in the last minute.</source>
        <translation>Rien n&apos;a été envoyé au cours de la dernière minute.</translation>
    </message>
    <message>
        <source>%1 % of the attempts sent in the last minute failed.</source>
        <translation>%1&#xa0;% des tentatives envoyées au cours de la dernière minute ont échoué.</translation>
    </message>
    <message>
        <source>The breaker is open: calls fail at once without being sent.</source>
        <translation>Le disjoncteur est ouvert&#xa0;: les appels échouent immédiatement sans être envoyés.</translation>
    </message>
    <message>
        <source>429 responses in the last minute: %1. The server asks for less traffic, and the engine slows down.</source>
        <translation>Réponses 429 au cours de la dernière minute&#xa0;: %1. Le serveur demande moins de trafic et le moteur ralentit.</translation>
    </message>
    <message>
        <source>nothing sent</source>
        <translation>aucun envoi</translation>
    </message>
    <message>
        <source>peak latency %1 ms</source>
        <translation>latence maximale %1 ms</translation>
    </message>
    <message>
        <source>Attempts in the last minute that were not the first of their request; %1 since start.</source>
        <translation>Tentatives de la dernière minute qui n&apos;étaient pas la première de leur requête&#xa0;; %1 depuis le démarrage.</translation>
    </message>
    <message>
        <source>Per second over the span: 429s (purple ticks, top), peak attempt latency (blue line), errors (orange ticks) and the breaker (band: green closed, amber half-open, red open). The same span for every row.</source>
        <translation>Par seconde sur la période&#xa0;: 429 (traits violets, en haut), latence maximale des tentatives (ligne bleue), erreurs (traits orange) et disjoncteur (bande&#xa0;: vert fermé, ambre mi-ouvert, rouge ouvert). La même période pour chaque ligne.</translation>
    </message>
    <message>
        <source>Half or more of the last minute&apos;s attempts were slow calls, which the breaker counts toward opening.</source>
        <translation>La moitié au moins des tentatives de la dernière minute étaient des appels lents, que le disjoncteur compte pour décider de s&apos;ouvrir.</translation>
    </message>
    <message>
        <source>%1: %2; 429s: %3, errors: %4, retries: %5, breaker openings: %6.</source>
        <translation>%1&#xa0;: %2&#xa0;; 429&#xa0;: %3, erreurs&#xa0;: %4, relances&#xa0;: %5, ouvertures du disjoncteur&#xa0;: %6.</translation>
    </message>
    <message>
        <source>Last %1 s</source>
        <translation>%1 dernières s</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>Depuis %1</translation>
    </message>
</context>
<context>
    <name>bw::HeadlessMonitor</name>
    <message>
        <source>paused to %1</source>
        <translation>en pause jusqu&apos;à %1</translation>
    </message>
    <message>
        <source>failing fast</source>
        <translation>échec immédiat</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>retrying</source>
        <translation>relance</translation>
    </message>
    <message>
        <source>failing</source>
        <translation>en échec</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>fermé</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <source>half-open</source>
        <translation>mi-ouvert</translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint</source>
        <translation>
            <numerusform>%n point de terminaison</numerusform>
            <numerusform>%n points de terminaison</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n endpoints</source>
        <translation>
            <numerusform>%n point de terminaison</numerusform>
            <numerusform>%n points de terminaison</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breaker open</source>
        <translation>
            <numerusform>%n disjoncteur ouvert</numerusform>
            <numerusform>%n disjoncteurs ouverts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breakers open</source>
        <translation>
            <numerusform>%n disjoncteur ouvert</numerusform>
            <numerusform>%n disjoncteurs ouverts</numerusform>
        </translation>
    </message>
    <message>
        <source>[%1] Breakwater: %2, %3, running %4 s</source>
        <translation>[%1] Breakwater&#xa0;: %2, %3, en marche depuis %4&#xa0;s</translation>
    </message>
    <message>
        <source>ENDPOINT</source>
        <translation>POINT_DE_TERMINAISON</translation>
    </message>
    <message>
        <source>BREAKER</source>
        <translation>DISJONCTEUR</translation>
    </message>
    <message>
        <source>ATTEMPTS</source>
        <translation>TENTATIVES</translation>
    </message>
    <message>
        <source>RETRIES</source>
        <translation>RELANCES</translation>
    </message>
    <message>
        <source>LAST_MS</source>
        <translation>DERNIER_MS</translation>
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
        <translation>FILE</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <source>LAST_ERROR</source>
        <translation>DERNIÈRE_ERREUR</translation>
    </message>
    <message numerus="yes">
        <source>... %n more endpoints not shown (the most troubled are listed first)</source>
        <translation>
            <numerusform>... %n autre point de terminaison non affiché (les plus en difficulté sont en tête)</numerusform>
            <numerusform>... %n autres points de terminaison non affichés (les plus en difficulté sont en tête)</numerusform>
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
        <translation>Filtrer par nom ou identifiant</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Filter Endpoints</source>
        <translation>&amp;Filtrer les points de terminaison</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Breakwater</source>
        <translation>À &amp;propos de Breakwater</translation>
    </message>
    <message>
        <source>Endpoints configured</source>
        <translation>Points de terminaison configurés</translation>
    </message>
    <message>
        <source>Requests sent and not yet answered, all endpoints</source>
        <translation>Requêtes envoyées et encore sans réponse, tous points de terminaison confondus</translation>
    </message>
    <message>
        <source>Attempts per second over the last 10 seconds, all endpoints</source>
        <translation>Tentatives par seconde au cours des 10 dernières secondes, tous points de terminaison confondus</translation>
    </message>
    <message>
        <source>Endpoints whose circuit breaker is open</source>
        <translation>Points de terminaison dont le disjoncteur est ouvert</translation>
    </message>
    <message>
        <source>Where the monitored data comes from</source>
        <translation>Provenance des données surveillées</translation>
    </message>
    <message>
        <source>Endpoints: %1</source>
        <translation>Points de terminaison&#xa0;: %1</translation>
    </message>
    <message>
        <source>In flight: %1</source>
        <translation>En cours&#xa0;: %1</translation>
    </message>
    <message>
        <source>Attempts/s: %1</source>
        <translation>Tentatives/s&#xa0;: %1</translation>
    </message>
    <message>
        <source>Breakers open: %1</source>
        <translation>Disjoncteurs ouverts&#xa0;: %1</translation>
    </message>
    <message>
        <source>Waiting for data</source>
        <translation>En attente de données</translation>
    </message>
    <message>
        <source>No update for %1 s</source>
        <translation>Aucune mise à jour depuis %1 s</translation>
    </message>
    <message>
        <source>About Breakwater</source>
        <translation>À propos de Breakwater</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Breakwater %1&lt;/h3&gt;&lt;p&gt;A desktop monitor for the HTTP APIs an organisation depends on: latency, rate limits, circuit breakers and queues, live.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later (GPL-3.0-or-later).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Breakwater %1&lt;/h3&gt;&lt;p&gt;Un moniteur de bureau pour les API HTTP dont dépend une organisation&#xa0;: latence, limites de débit, disjoncteurs et files d&apos;attente, en direct.&lt;/p&gt;&lt;p&gt;Distribué sous la licence publique générale GNU, version 3 ou ultérieure (GPL-3.0-or-later).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The new language applies the next time Breakwater starts.</source>
        <translation>La nouvelle langue s&apos;appliquera au prochain démarrage de Breakwater.</translation>
    </message>
</context>
</TS>
