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
        <source>raw attempts</source>
        <translation>tentatives brutes</translation>
    </message>
    <message>
        <source>1-minute rollups</source>
        <translation>agrégats par minute</translation>
    </message>
    <message>
        <source>1-hour rollups</source>
        <translation>agrégats par heure</translation>
    </message>
    <message>
        <source>Breaker %1 → %2</source>
        <translation>Disjoncteur %1 → %2</translation>
    </message>
    <message>
        <source>Server asked for a pause of %1 s</source>
        <translation>Le serveur a demandé une pause de %1 s</translation>
    </message>
    <message>
        <source>Configuration: %1</source>
        <translation>Configuration : %1</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Last 24 h</source>
        <translation>Dernières 24 h</translation>
    </message>
    <message>
        <source>Breaker open: %1</source>
        <translation>Disjoncteur ouvert&#xa0;: %1</translation>
    </message>
    <message>
        <source>Requests to %1 fail fast until a probe succeeds.</source>
        <translation>Les requêtes vers %1 échouent immédiatement jusqu&apos;à ce qu&apos;un essai réussisse.</translation>
    </message>
    <message numerus="yes">
        <source>%n breakers opened</source>
        <translation>
            <numerusform>%n disjoncteur ouvert</numerusform>
            <numerusform>%n disjoncteurs ouverts</numerusform>
        </translation>
    </message>
    <message>
        <source>Queue growing: %1</source>
        <translation>File qui grandit&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 has %2 pieces of work waiting (threshold %3).</source>
        <translation>%1 a %2 tâches en attente (seuil %3).</translation>
    </message>
    <message>
        <source>Breakwater watches HTTP APIs through a resilient engine (retry with backoff, Retry-After pauses, adaptive rate limiting, circuit breakers) and charts latency, 429s, breaker state and queue depth per endpoint.

Without --config it starts an embedded demo upstream on 127.0.0.1.

Subcommands (each has its own --help):
  breakwater hints ...   explain what a response&apos;s rate-limit headers mean
  breakwater export ...  write history for a time range as CSV
  breakwater enqueue ... add deliveries to an endpoint&apos;s durable queue
  breakwater deadletters list|requeue|purge ...  manage dead letters</source>
        <translation>Breakwater surveille des API HTTP à travers un moteur résilient (nouvelles tentatives avec attente exponentielle, pauses Retry-After, limitation de débit adaptative, disjoncteurs) et trace par point d&apos;accès la latence, les réponses 429, l&apos;état du disjoncteur et la longueur de la file.

Sans --config, il démarre un serveur de démonstration intégré sur 127.0.0.1.

Sous-commandes (chacune avec son propre --help) :
  breakwater hints ...   explique ce que signifient les en-têtes de limitation d&apos;une réponse
  breakwater export ...  écrit l&apos;historique d&apos;une période au format CSV
  breakwater enqueue ... ajoute des livraisons à la file durable d&apos;un point d&apos;accès
  breakwater deadletters list|requeue|purge ...  gère les lettres mortes</translation>
    </message>
    <message>
        <source>Delivery queue file drained by deliver-mode endpoints (default: %1).</source>
        <translation>Fichier de file d&apos;attente vidé par les points d&apos;accès en mode livraison (par défaut : %1).</translation>
    </message>
    <message>
        <source>Accept deliveries at http://ADDR:PORT/v1/endpoints/ID/deliveries; loopback only unless --intake-allow-remote is given.</source>
        <translation>Accepter des livraisons sur http://ADRESSE:PORT/v1/endpoints/ID/deliveries ; boucle locale uniquement, sauf avec --intake-allow-remote.</translation>
    </message>
    <message>
        <source>Let --intake-listen bind an address other than loopback (anyone who reaches it can queue requests to your endpoints).</source>
        <translation>Permettre à --intake-listen d&apos;écouter sur une autre adresse que la boucle locale (quiconque l&apos;atteint peut mettre en file des requêtes vers vos points d&apos;accès).</translation>
    </message>
    <message>
        <source>breakwater: the demo&apos;s delivery feed could not start: %1</source>
        <translation>breakwater : l&apos;alimentation en livraisons de la démo n&apos;a pas pu démarrer : %1</translation>
    </message>
    <message>
        <source>breakwater: --intake-listen %1 is not a loopback address; add --intake-allow-remote to expose the intake</source>
        <translation>breakwater : --intake-listen %1 n&apos;est pas une adresse de boucle locale ; ajoutez --intake-allow-remote pour exposer la réception</translation>
    </message>
    <message>
        <source>breakwater: --intake-listen: no endpoint is in deliver mode</source>
        <translation>breakwater : --intake-listen : aucun point d&apos;accès n&apos;est en mode livraison</translation>
    </message>
    <message>
        <source>TLS certificate not trusted (trust it per endpoint with a CA file or a pin)</source>
        <translation>Certificat TLS non approuvé (l’approuver par point de terminaison avec un fichier d’AC ou une empreinte épinglée)</translation>
    </message>
    <message>
        <source>TLS certificate does not match the endpoint&apos;s pin</source>
        <translation>Le certificat TLS ne correspond pas à l’empreinte épinglée du point de terminaison</translation>
    </message>
    <message>
        <source>The queue of %1 is full; nothing was enqueued (%2).</source>
        <translation>La file de %1 est pleine ; rien n&apos;a été mis en file (%2).</translation>
    </message>
    <message>
        <source>Nothing was enqueued: %1</source>
        <translation>Rien n&apos;a été mis en file : %1</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message>
        <source>More bad lines not listed: %1.</source>
        <translation>Autres lignes erronées non listées : %1.</translation>
    </message>
    <message>
        <source>Bad lines: %1; nothing was enqueued.</source>
        <translation>Lignes erronées : %1 ; rien n&apos;a été mis en file.</translation>
    </message>
    <message>
        <source>Deliveries accepted for %1: %2.</source>
        <translation>Livraisons acceptées pour %1 : %2.</translation>
    </message>
    <message>
        <source>Redirect to a less secure scheme refused</source>
        <translation>Redirection vers un schéma moins sûr refusée</translation>
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
    <name>BreakwaterQueue</name>
    <message>
        <source>Delivery queue file (default: %1).</source>
        <translation>Fichier de file d&apos;attente (par défaut : %1).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>the configuration %1 was refused: %2</source>
        <translation>la configuration %1 a été refusée : %2</translation>
    </message>
    <message>
        <source>endpoint &quot;%1&quot; is not in deliver mode</source>
        <translation>le point d&apos;accès « %1 » n&apos;est pas en mode livraison</translation>
    </message>
    <message>
        <source>no endpoint &quot;%1&quot; in %2</source>
        <translation>aucun point d&apos;accès « %1 » dans %2</translation>
    </message>
    <message>
        <source>--endpoint and --file are required</source>
        <translation>--endpoint et --file sont obligatoires</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2 : %3</translation>
    </message>
    <message>
        <source>... and %1 more bad lines</source>
        <translation>... et %1 autres lignes incorrectes</translation>
    </message>
    <message>
        <source>bad lines: %1; nothing was enqueued</source>
        <translation>lignes incorrectes : %1 ; rien n&apos;a été mis en file</translation>
    </message>
    <message>
        <source>the queue is full; nothing was enqueued (%1)</source>
        <translation>la file est pleine ; rien n&apos;a été mis en file (%1)</translation>
    </message>
    <message>
        <source>deliveries accepted for %1: %2</source>
        <translation>livraisons acceptées pour %1 : %2</translation>
    </message>
    <message>
        <source>--endpoint is required</source>
        <translation>--endpoint est obligatoire</translation>
    </message>
    <message>
        <source>give either --id (repeatable) or --all</source>
        <translation>indiquez soit --id (répétable), soit --all</translation>
    </message>
    <message>
        <source>%1: no such queue file</source>
        <translation>%1 : fichier de file d&apos;attente introuvable</translation>
    </message>
    <message>
        <source>dead letters: %1</source>
        <translation>lettres mortes : %1</translation>
    </message>
    <message>
        <source>dead letters requeued: %1</source>
        <translation>lettres mortes remises en file : %1</translation>
    </message>
    <message>
        <source>dead letters purged: %1</source>
        <translation>lettres mortes supprimées : %1</translation>
    </message>
    <message>
        <source>Adds one delivery per line of a JSONL file to an endpoint&apos;s durable queue, whether or not Breakwater is running. A line is a JSON body, or an object with method, path or url, headers, body and idempotencyKey. A bad line refuses the whole file.</source>
        <translation>Ajoute une livraison par ligne d&apos;un fichier JSONL à la file durable d&apos;un point d&apos;accès, que Breakwater tourne ou non. Une ligne est un corps JSON, ou un objet avec method, path ou url, headers, body et idempotencyKey. Une ligne incorrecte fait refuser tout le fichier.</translation>
    </message>
    <message>
        <source>Configuration naming the endpoint; its queue limits apply and targets are checked against its url.</source>
        <translation>Configuration qui nomme le point d&apos;accès ; ses limites de file s&apos;appliquent et les cibles sont vérifiées par rapport à son URL.</translation>
    </message>
    <message>
        <source>Endpoint id.</source>
        <translation>Identifiant du point d&apos;accès.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>JSONL file, or - for standard input.</source>
        <translation>Fichier JSONL, ou - pour l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>expected list, requeue or purge, got &quot;%1&quot;</source>
        <translation>list, requeue ou purge attendu, reçu « %1 »</translation>
    </message>
    <message>
        <source>Lists dead letters (one JSON object per line), requeues them at the tail of their queue, or purges them. Actions: list, requeue, purge.</source>
        <translation>Liste les lettres mortes (un objet JSON par ligne), les remet en fin de file ou les supprime. Actions : list, requeue, purge.</translation>
    </message>
    <message>
        <source>requeue, purge: this delivery; repeatable.</source>
        <translation>requeue, purge : cette livraison ; répétable.</translation>
    </message>
    <message>
        <source>requeue, purge: every dead letter of the endpoint.</source>
        <translation>requeue, purge : toutes les lettres mortes du point d&apos;accès.</translation>
    </message>
</context>
<context>
    <name>bw::BackoffPreview</name>
    <message>
        <source>attempt</source>
        <translation>tentative</translation>
    </message>
    <message>
        <source>wait (ms)</source>
        <translation>attente (ms)</translation>
    </message>
    <message>
        <source>jitter range</source>
        <translation>plage de gigue</translation>
    </message>
    <message>
        <source>without jitter</source>
        <translation>sans gigue</translation>
    </message>
</context>
<context>
    <name>bw::DeadLetterModel</name>
    <message>
        <source>(endpoint URL)</source>
        <translation>(URL du point de terminaison)</translation>
    </message>
    <message>
        <source>Enqueued %1, dead since %2</source>
        <translation>Mise en file %1, lettre morte depuis %2</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Enqueued</source>
        <translation>Mise en file</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Corps</translation>
    </message>
</context>
<context>
    <name>bw::DeadLettersDialog</name>
    <message>
        <source>&amp;Requeue Selected</source>
        <translation>&amp;Remettre la sélection en file</translation>
    </message>
    <message>
        <source>Requeue &amp;All</source>
        <translation>Tout remettre en &amp;file</translation>
    </message>
    <message>
        <source>&amp;Purge Selected…</source>
        <translation>&amp;Supprimer la sélection…</translation>
    </message>
    <message>
        <source>P&amp;urge All…</source>
        <translation>Tout s&amp;upprimer…</translation>
    </message>
    <message>
        <source>Purge Dead Letters</source>
        <translation>Supprimer les lettres mortes</translation>
    </message>
    <message>
        <source>Dead Letters — %1</source>
        <translation>Lettres mortes — %1</translation>
    </message>
    <message>
        <source>Move the selected dead letters to the tail of the queue with their attempts reset; they keep their id and idempotency key.</source>
        <translation>Remet les lettres mortes sélectionnées en fin de file, tentatives remises à zéro ; elles gardent leur id et leur clé d&apos;idempotence.</translation>
    </message>
    <message>
        <source>Move every dead letter of this endpoint back to the queue.</source>
        <translation>Remet toutes les lettres mortes de ce point de terminaison dans la file.</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Actualis&amp;er</translation>
    </message>
    <message>
        <source>The queue file could not be opened: %1</source>
        <translation>Le fichier de file n&apos;a pas pu être ouvert : %1</translation>
    </message>
    <message>
        <source>The dead letters could not be read: %1</source>
        <translation>Les lettres mortes n&apos;ont pas pu être lues : %1</translation>
    </message>
    <message>
        <source>%1 dead letters; the oldest %2 are listed. Requeue All and Purge All act on every one.</source>
        <translation>%1 lettres mortes ; les %2 plus anciennes sont listées. « Tout remettre en file » et « Tout supprimer » agissent sur toutes.</translation>
    </message>
    <message>
        <source>Dead letters: %1. They are not sent again unless requeued. Header values are not shown.</source>
        <translation>Lettres mortes : %1. Elles ne sont renvoyées que si elles sont remises en file. Les valeurs des en-têtes ne sont pas affichées.</translation>
    </message>
    <message>
        <source>Delete the selected dead letters (%1)? They cannot be recovered.</source>
        <translation>Supprimer les lettres mortes sélectionnées (%1) ? Elles ne pourront pas être récupérées.</translation>
    </message>
    <message>
        <source>Delete every dead letter of this endpoint (%1)? They cannot be recovered.</source>
        <translation>Supprimer toutes les lettres mortes de ce point de terminaison (%1) ? Elles ne pourront pas être récupérées.</translation>
    </message>
    <message>
        <source>Requeueing…</source>
        <translation>Remise en file…</translation>
    </message>
    <message>
        <source>Purging…</source>
        <translation>Suppression…</translation>
    </message>
    <message>
        <source>Dead letters requeued: %1.</source>
        <translation>Lettres mortes remises en file : %1.</translation>
    </message>
    <message>
        <source>Requeue failed: %1</source>
        <translation>La remise en file a échoué : %1</translation>
    </message>
    <message>
        <source>Dead letters purged: %1.</source>
        <translation>Lettres mortes supprimées : %1.</translation>
    </message>
    <message>
        <source>Purge failed: %1</source>
        <translation>La suppression a échoué : %1</translation>
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
        <source>failed</source>
        <translation>échouées</translation>
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
        <source>Live</source>
        <translation>En direct</translation>
    </message>
    <message>
        <source>Clamp outliers</source>
        <translation>Écrêter les valeurs extrêmes</translation>
    </message>
    <message>
        <source>Custom range…</source>
        <translation>Plage personnalisée…</translation>
    </message>
    <message>
        <source>Time span of the charts; they follow the newest data. Without a history file, while the data is younger they show just the data, at least a minute.</source>
        <translation>Durée couverte par les graphiques ; ils suivent les données les plus récentes. Sans fichier d’historique, tant que les données sont plus récentes, ils ne montrent que les données, au moins une minute.</translation>
    </message>
    <message>
        <source>Follow the newest data again over the chosen range (also: double-click a chart). Wheel zooms, dragging pans, dragging with the right button (or Shift) zooms into a span.</source>
        <translation>Suivre à nouveau les données les plus récentes sur la plage choisie (aussi : double-clic sur un graphique). La molette zoome, glisser déplace, glisser avec le bouton droit (ou Maj) zoome sur un intervalle.</translation>
    </message>
    <message>
        <source>Scale each chart to the 95th percentile of the visible values instead of the maximum, so one outlier does not flatten it.</source>
        <translation>Mettre chaque graphique à l’échelle du 95e centile des valeurs visibles au lieu du maximum, pour qu’une valeur extrême ne l’écrase pas.</translation>
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
        <translation>Heure</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Breaker transitions, server-requested pauses and configuration changes; select one to mark it on the charts.</source>
        <translation>Changements d’état du disjoncteur, pauses demandées par le serveur et changements de configuration ; sélectionnez-en un pour le marquer sur les graphiques.</translation>
    </message>
    <message>
        <source>Custom Range</source>
        <translation>Plage personnalisée</translation>
    </message>
    <message>
        <source>From (local time):</source>
        <translation>De (heure locale) :</translation>
    </message>
    <message>
        <source>To (local time):</source>
        <translation>À (heure locale) :</translation>
    </message>
    <message>
        <source>Bucket of %1 s from %2</source>
        <translation>Intervalle de %1 s à partir de %2</translation>
    </message>
    <message>
        <source>Latency p50 %1, p95 %2, p99 %3, max %4</source>
        <translation>Latence p50 %1, p95 %2, p99 %3, max %4</translation>
    </message>
    <message>
        <source>Attempts %1; per second: 429s %2, errors %3, retries %4</source>
        <translation>Tentatives %1 ; par seconde : 429 %2, erreurs %3, nouvelles tentatives %4</translation>
    </message>
    <message>
        <source>Queue depth (max): %1</source>
        <translation>File d’attente (max.) : %1</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Aucune donnée</translation>
    </message>
    <message>
        <source>Back to Live</source>
        <translation>Revenir au direct</translation>
    </message>
    <message>
        <source>Copy Visible Data as CSV</source>
        <translation>Copier les données visibles en CSV</translation>
    </message>
    <message>
        <source>Save This Chart as PNG…</source>
        <translation>Enregistrer ce graphique en PNG…</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>Enregistrer le graphique</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Save All Charts as PNG…</source>
        <translation>Enregistrer tous les graphiques en PNG…</translation>
    </message>
    <message>
        <source>Save Charts</source>
        <translation>Enregistrer les graphiques</translation>
    </message>
    <message>
        <source>Fixed view</source>
        <translation>Vue fixe</translation>
    </message>
    <message>
        <source>all from memory</source>
        <translation>tout depuis la mémoire</translation>
    </message>
    <message>
        <source>history before %1 from %2</source>
        <translation>historique avant %1 depuis les %2</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>chargement…</translation>
    </message>
    <message>
        <source>history unavailable: %1</source>
        <translation>historique indisponible : %1</translation>
    </message>
    <message>
        <source>read in %1 ms</source>
        <translation>lu en %1 ms</translation>
    </message>
    <message>
        <source>drained/s</source>
        <translation>livrées/s</translation>
    </message>
    <message>
        <source>dead letters</source>
        <translation>lettres mortes</translation>
    </message>
    <message>
        <source>Drained: %1/s</source>
        <translation>Livrées : %1/s</translation>
    </message>
    <message>
        <source>Dead letters: %1</source>
        <translation>Lettres mortes : %1</translation>
    </message>
</context>
<context>
    <name>bw::EndpointGroupModel</name>
    <message numerus="yes">
        <source>Sum over the group&apos;s %n endpoint(s)</source>
        <translation>
            <numerusform>Somme sur %n point de terminaison du groupe</numerusform>
            <numerusform>Somme sur les %n points de terminaison du groupe</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>The most recent error in the group, from %1:
%2</source>
        <translation>L&apos;erreur la plus récente du groupe, de %1 :
%2</translation>
    </message>
    <message>
        <source>Highest in the group: %1</source>
        <translation>Valeur la plus haute du groupe : %1</translation>
    </message>
    <message>
        <source>Ungrouped</source>
        <translation>Sans groupe</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s) without a group</source>
        <translation>
            <numerusform>%n point de terminaison sans groupe</numerusform>
            <numerusform>%n points de terminaison sans groupe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s) of group %1</source>
        <translation>
            <numerusform>%n point de terminaison du groupe %1</numerusform>
            <numerusform>%n points de terminaison du groupe %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The worst in the group, %1:
%2</source>
        <translation>Le pire du groupe, %1 :
%2</translation>
    </message>
    <message>
        <source>No trouble</source>
        <translation>Aucun problème</translation>
    </message>
    <message numerus="yes">
        <source>%n in trouble</source>
        <translation>
            <numerusform>%n en difficulté</numerusform>
            <numerusform>%n en difficulté</numerusform>
        </translation>
    </message>
    <message>
        <source>Endpoints of the group whose health is degraded, failing or whose breaker is open: %1 of %2.</source>
        <translation>Points de terminaison du groupe dégradés, en échec ou dont le disjoncteur est ouvert : %1 sur %2.</translation>
    </message>
    <message>
        <source>%1 open</source>
        <translation>%1 ouvert(s)</translation>
    </message>
    <message>
        <source>%1 half-open</source>
        <translation>%1 semi-ouvert(s)</translation>
    </message>
    <message>
        <source>All closed</source>
        <translation>Tous fermés</translation>
    </message>
    <message>
        <source>Breakers of the group: %1 open, %2 half-open, %3 closed.</source>
        <translation>Disjoncteurs du groupe : %1 ouvert(s), %2 semi-ouvert(s), %3 fermé(s).</translation>
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
    <message>
        <source>%1 deliveries pending (%2 in flight), the oldest for %3; %4 delivered per second over the last 10 s; %5 dead letters.</source>
        <translation>%1 livraisons en attente (%2 en cours), la plus ancienne depuis %3 ; %4 livrées par seconde sur les 10 dernières s ; %5 lettres mortes.</translation>
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
        <translation>Seuls les points de terminaison en mode livraison ont une file de livraison.</translation>
    </message>
    <message>
        <source>The delivery queue is empty.</source>
        <translation>La file de livraison est vide.</translation>
    </message>
    <message>
        <source>The oldest pending delivery was enqueued %1 ago.</source>
        <translation>La plus ancienne livraison en attente a été mise en file il y a %1.</translation>
    </message>
    <message>
        <source>Deliveries delivered per second over the last 10 seconds.</source>
        <translation>Livraisons livrées par seconde sur les 10 dernières secondes.</translation>
    </message>
    <message>
        <source>Deliveries that will not be sent again unless requeued (Endpoint → Dead Letters…).</source>
        <translation>Livraisons qui ne seront renvoyées que si elles sont remises en file (Point de terminaison → Lettres mortes…).</translation>
    </message>
    <message>
        <source>Age of the oldest pending delivery (deliver mode)</source>
        <translation>Âge de la plus ancienne livraison en attente (mode livraison)</translation>
    </message>
    <message>
        <source>Oldest</source>
        <translation>Plus ancienne</translation>
    </message>
    <message>
        <source>Deliveries delivered per second, last 10 seconds (deliver mode)</source>
        <translation>Livraisons livrées par seconde, 10 dernières secondes (mode livraison)</translation>
    </message>
    <message>
        <source>Drain/s</source>
        <translation>Débit/s</translation>
    </message>
    <message>
        <source>Dead letters of the delivery queue (deliver mode)</source>
        <translation>Lettres mortes de la file de livraison (mode livraison)</translation>
    </message>
    <message>
        <source>Dead</source>
        <translation>Mortes</translation>
    </message>
    <message>
        <source>Median (50th percentile) latency over 5 minutes, in milliseconds</source>
        <translation>Latence médiane (50e centile) sur 5 minutes, en millisecondes</translation>
    </message>
    <message>
        <source>p50 ms</source>
        <translation>p50 ms</translation>
    </message>
    <message>
        <source>99th percentile latency over 5 minutes, in milliseconds</source>
        <translation>99e centile de la latence sur 5 minutes, en millisecondes</translation>
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
        <translation>Plage visible</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Use the time range visible in the charts</source>
        <translation>Utiliser la plage visible dans les graphiques</translation>
    </message>
    <message>
        <source>Raw attempts</source>
        <translation>Tentatives brutes</translation>
    </message>
    <message>
        <source>1-minute rollups</source>
        <translation>agrégats par minute</translation>
    </message>
    <message>
        <source>1-hour rollups</source>
        <translation>agrégats par heure</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Fichier à écrire</translation>
    </message>
    <message>
        <source>No history file is open; nothing to export.</source>
        <translation>Aucun fichier d’historique ouvert ; rien à exporter.</translation>
    </message>
    <message>
        <source>History file: %1</source>
        <translation>Fichier d’historique : %1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Endpoints:</source>
        <translation>Points de terminaison :</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>Plage :</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Niveau :</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <source>Choose at least one endpoint.</source>
        <translation>Choisissez au moins un point de terminaison.</translation>
    </message>
    <message>
        <source>The end of the range must be after its start.</source>
        <translation>La fin de la plage doit être après son début.</translation>
    </message>
    <message>
        <source>Choose a file to write.</source>
        <translation>Choisissez un fichier à écrire.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Exporting… %1 rows</source>
        <translation>Export en cours… %1 lignes</translation>
    </message>
    <message>
        <source>%1 rows written to %2</source>
        <translation>%1 lignes écrites dans %2</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export annulé ; aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Échec de l’export : %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>bw::HeaderListModel</name>
    <message>
        <source>Taken from the environment or a file when the configuration is loaded; hidden. Type a new value to replace it.</source>
        <translation>Lue dans l&apos;environnement ou dans un fichier au chargement de la configuration&#xa0;; masquée. Saisissez une nouvelle valeur pour la remplacer.</translation>
    </message>
    <message>
        <source>A secret: hidden. Type a new value to replace it.</source>
        <translation>Un secret&#xa0;: masqué. Saisissez une nouvelle valeur pour le remplacer.</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
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
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>&amp;Copy Visible Data as CSV</source>
        <translation>&amp;Copier les données visibles en CSV</translation>
    </message>
    <message>
        <source>&amp;Save Charts as PNG…</source>
        <translation>&amp;Enregistrer les graphiques en PNG…</translation>
    </message>
    <message>
        <source>Save Charts</source>
        <translation>Enregistrer les graphiques</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>loaded</source>
        <translation>chargée</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifiée</translation>
    </message>
    <message>
        <source>Endpoint Settings</source>
        <translation>Réglages du point de terminaison</translation>
    </message>
    <message>
        <source>&amp;Save Configuration</source>
        <translation>&amp;Enregistrer la configuration</translation>
    </message>
    <message>
        <source>Save Configuration &amp;As…</source>
        <translation>Enregistrer la configuration &amp;sous…</translation>
    </message>
    <message>
        <source>&amp;Revert to Saved</source>
        <translation>&amp;Revenir à l&apos;enregistré</translation>
    </message>
    <message>
        <source>&amp;Endpoint Settings</source>
        <translation>&amp;Réglages du point de terminaison</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Apparence</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>&amp;Notifications</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;Endpoint</source>
        <translation>&amp;Point de terminaison</translation>
    </message>
    <message>
        <source>&amp;New Endpoint</source>
        <translation>&amp;Nouveau point de terminaison</translation>
    </message>
    <message>
        <source>&amp;Duplicate Endpoint</source>
        <translation>D&amp;upliquer le point de terminaison</translation>
    </message>
    <message>
        <source>&amp;Remove Endpoint</source>
        <translation>&amp;Supprimer le point de terminaison</translation>
    </message>
    <message>
        <source>&amp;Apply Settings</source>
        <translation>&amp;Appliquer les réglages</translation>
    </message>
    <message>
        <source>Apply to &amp;Group</source>
        <translation>Appliquer au &amp;groupe</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>Suivre le &amp;système</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <source>When a &amp;Breaker Opens</source>
        <translation>Quand un &amp;disjoncteur s&apos;ouvre</translation>
    </message>
    <message>
        <source>When a &amp;Queue Passes %1</source>
        <translation>Quand une &amp;file dépasse %1</translation>
    </message>
    <message>
        <source>Queue &amp;Threshold…</source>
        <translation>S&amp;euil de file…</translation>
    </message>
    <message>
        <source>Queue Threshold</source>
        <translation>Seuil de file</translation>
    </message>
    <message>
        <source>Notify when an endpoint has more than this many pieces of work waiting:</source>
        <translation>Notifier quand un point de terminaison a plus de tâches en attente que&#xa0;:</translation>
    </message>
    <message>
        <source>Desktop notifications, off until you turn them on</source>
        <translation>Notifications du bureau, désactivées jusqu&apos;à ce que vous les activiez</translation>
    </message>
    <message>
        <source>Connection slots in use, all hosts, and the busiest host; the engine uses at most %1 per host:port</source>
        <translation>Emplacements de connexion utilisés, tous hôtes confondus, et l&apos;hôte le plus chargé&#xa0;; le moteur en utilise au plus %1 par hôte:port</translation>
    </message>
    <message>
        <source>Work waiting for a token, a pause, a slot or a retry, all endpoints</source>
        <translation>Tâches en attente d&apos;un jeton, d&apos;une pause, d&apos;un emplacement ou d&apos;une relance, tous points de terminaison confondus</translation>
    </message>
    <message>
        <source>%1 — Breakwater</source>
        <translation>%1 — Breakwater</translation>
    </message>
    <message>
        <source>Queued: %1</source>
        <translation>En file&#xa0;: %1</translation>
    </message>
    <message>
        <source>Connections: %1 (busiest %2: %3/%4)</source>
        <translation>Connexions&#xa0;: %1 (le plus chargé %2&#xa0;: %3/%4)</translation>
    </message>
    <message>
        <source>Connections: %1</source>
        <translation>Connexions&#xa0;: %1</translation>
    </message>
    <message>
        <source>Show Breakwater</source>
        <translation>Afficher Breakwater</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message numerus="yes">
        <source>Breakwater: %n endpoint(s), none failing</source>
        <translation>
            <numerusform>Breakwater&#xa0;: %n point de terminaison, aucun en échec</numerusform>
            <numerusform>Breakwater&#xa0;: %n points de terminaison, aucun en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Breakwater: %n endpoint(s) failing or open</source>
        <translation>
            <numerusform>Breakwater&#xa0;: %n point de terminaison en échec ou ouvert</numerusform>
            <numerusform>Breakwater&#xa0;: %n points de terminaison en échec ou ouverts</numerusform>
        </translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>In tables and editors, the usual keys of your desktop apply as well.</source>
        <translation>Dans les tableaux et les champs, les touches habituelles de votre bureau fonctionnent aussi.</translation>
    </message>
    <message>
        <source>Unsaved Settings</source>
        <translation>Réglages non enregistrés</translation>
    </message>
    <message>
        <source>The endpoint settings were changed but not saved. Save them before quitting?</source>
        <translation>Les réglages des points de terminaison ont été modifiés sans être enregistrés. Les enregistrer avant de quitter&#xa0;?</translation>
    </message>
    <message>
        <source>Dead &amp;Letters…</source>
        <translation>&amp;Lettres mortes…</translation>
    </message>
    <message>
        <source>En&amp;queue from File…</source>
        <translation>&amp;Mettre en file depuis un fichier…</translation>
    </message>
    <message>
        <source>Enqueue Deliveries</source>
        <translation>Mettre des livraisons en file</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl *.ndjson *.json);;All files (*)</source>
        <translation>JSON Lines (*.jsonl *.ndjson *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Only deliver-mode endpoints have a delivery queue.</source>
        <translation>Seuls les points de terminaison en mode livraison ont une file de livraison.</translation>
    </message>
    <message>
        <source>Enqueueing %1…</source>
        <translation>Mise en file de %1…</translation>
    </message>
    <message>
        <source>Enqueue from File</source>
        <translation>Mettre en file depuis un fichier</translation>
    </message>
    <message>
        <source>&amp;Group by Group</source>
        <translation>&amp;Grouper par groupe</translation>
    </message>
    <message>
        <source>Show one collapsible row per endpoint group, with the group&apos;s figures</source>
        <translation>Afficher une ligne repliable par groupe de points de terminaison, avec les chiffres du groupe</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendance</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Colonnes</translation>
    </message>
</context>
<context>
    <name>bw::TimeSeriesChart</name>
    <message>
        <source>▲ values above %1 cut off</source>
        <translation>▲ valeurs au-dessus de %1 coupées</translation>
    </message>
</context>
<context>
    <name>bw::TuningPanel</name>
    <message>
        <source>Apply while editing</source>
        <translation>Appliquer pendant la saisie</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>Apply to &amp;Group</source>
        <translation>Appliquer au &amp;groupe</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save Configuration</source>
        <translation>Enregistrer la configuration</translation>
    </message>
    <message>
        <source>Configuration (*.json)</source>
        <translation>Configuration (*.json)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Add an endpoint (disabled until you enable it)</source>
        <translation>Ajouter un point de terminaison (désactivé jusqu&apos;à ce que vous l&apos;activiez)</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Copy this endpoint under a new id</source>
        <translation>Copier ce point de terminaison sous un nouvel identifiant</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove this endpoint (Revert brings it back until you save)</source>
        <translation>Supprimer ce point de terminaison (Rétablir le ramène tant que vous n&apos;avez pas enregistré)</translation>
    </message>
    <message>
        <source>Valid changes reach the running engine a moment after you stop typing</source>
        <translation>Les modifications valides atteignent le moteur en marche un instant après la fin de la saisie</translation>
    </message>
    <message>
        <source>Apply this endpoint&apos;s settings to the running engine (Ctrl+Return)</source>
        <translation>Appliquer les réglages de ce point de terminaison au moteur en marche (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Give every endpoint of this group the same retry, rate limit, breaker, timeout and concurrency settings</source>
        <translation>Donner à tous les points de terminaison de ce groupe les mêmes réglages de relance, de limite de débit, de disjoncteur, de délai et de concurrence</translation>
    </message>
    <message>
        <source>Return every endpoint to the configuration as loaded or last saved</source>
        <translation>Ramener chaque point de terminaison à la configuration chargée ou enregistrée en dernier</translation>
    </message>
    <message>
        <source>Write the configuration file (Ctrl+S)</source>
        <translation>Écrire le fichier de configuration (Ctrl+S)</translation>
    </message>
    <message>
        <source>Retry and backoff</source>
        <translation>Relance et temporisation</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Attempts including the first; 1 never retries</source>
        <translation>Tentatives, la première comprise&#xa0;; 1 ne relance jamais</translation>
    </message>
    <message>
        <source>Backoff</source>
        <translation>Temporisation</translation>
    </message>
    <message>
        <source>exponential</source>
        <translation>exponentielle</translation>
    </message>
    <message>
        <source>linear</source>
        <translation>linéaire</translation>
    </message>
    <message>
        <source>constant</source>
        <translation>constante</translation>
    </message>
    <message>
        <source>Multiplier</source>
        <translation>Multiplicateur</translation>
    </message>
    <message>
        <source>Growth per retry, for exponential backoff</source>
        <translation>Croissance à chaque relance, pour la temporisation exponentielle</translation>
    </message>
    <message>
        <source>Base delay</source>
        <translation>Délai de base</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Maximum delay</source>
        <translation>Délai maximal</translation>
    </message>
    <message>
        <source>Cap on the wait, applied before jitter</source>
        <translation>Plafond de l&apos;attente, appliqué avant la gigue</translation>
    </message>
    <message>
        <source>Minimum delay</source>
        <translation>Délai minimal</translation>
    </message>
    <message>
        <source>Jitter</source>
        <translation>Gigue</translation>
    </message>
    <message>
        <source>full</source>
        <translation>complète</translation>
    </message>
    <message>
        <source>equal</source>
        <translation>égale</translation>
    </message>
    <message>
        <source>decorrelated</source>
        <translation>décorrélée</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Longest server wait</source>
        <translation>Attente serveur la plus longue</translation>
    </message>
    <message>
        <source>A Retry-After longer than this is not waited for in-line</source>
        <translation>Un Retry-After plus long n&apos;est pas attendu pendant la tentative</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>Limite de débit</translation>
    </message>
    <message>
        <source>Requests per second</source>
        <translation>Requêtes par seconde</translation>
    </message>
    <message>
        <source>0 means unlimited</source>
        <translation>0 signifie illimité</translation>
    </message>
    <message>
        <source>Burst</source>
        <translation>Rafale</translation>
    </message>
    <message>
        <source>Bucket size</source>
        <translation>Taille du seau</translation>
    </message>
    <message>
        <source>Adaptive</source>
        <translation>Adaptative</translation>
    </message>
    <message>
        <source>Circuit breaker</source>
        <translation>Disjoncteur</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatique</translation>
    </message>
    <message>
        <source>held open</source>
        <translation>maintenu ouvert</translation>
    </message>
    <message>
        <source>held closed</source>
        <translation>maintenu fermé</translation>
    </message>
    <message>
        <source>metrics only</source>
        <translation>mesures seulement</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>Failure rate to open</source>
        <translation>Taux d&apos;échec pour ouvrir</translation>
    </message>
    <message>
        <source>Minimum calls</source>
        <translation>Nombre minimal d&apos;appels</translation>
    </message>
    <message>
        <source>No verdict before this many calls in the window</source>
        <translation>Aucun verdict avant ce nombre d&apos;appels dans la fenêtre</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Open for</source>
        <translation>Ouvert pendant</translation>
    </message>
    <message>
        <source>Time open before half-open</source>
        <translation>Durée ouverte avant mi-ouvert</translation>
    </message>
    <message>
        <source>Half-open probes</source>
        <translation>Essais en mi-ouvert</translation>
    </message>
    <message>
        <source>Slow call</source>
        <translation>Appel lent</translation>
    </message>
    <message>
        <source>Slow rate to open</source>
        <translation>Taux d&apos;appels lents pour ouvrir</translation>
    </message>
    <message>
        <source>Timeouts and concurrency</source>
        <translation>Délais et concurrence</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Délai d&apos;expiration</translation>
    </message>
    <message>
        <source>Per-attempt deadline</source>
        <translation>Échéance par tentative</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>For the whole piece of work, retries included; 0 for none</source>
        <translation>Pour toute la tâche, relances comprises&#xa0;; 0 pour aucune</translation>
    </message>
    <message>
        <source>In flight at most</source>
        <translation>En cours au plus</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Point de terminaison</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Unique; used in CSV, logs and metrics</source>
        <translation>Unique&#xa0;; utilisé dans les CSV, les journaux et les métriques</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Endpoints of one group can be tuned together</source>
        <translation>Les points de terminaison d&apos;un groupe peuvent être réglés ensemble</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Intervalle</translation>
    </message>
    <message>
        <source>One poll per interval</source>
        <translation>Une interrogation par intervalle</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>Poll it</source>
        <translation>L&apos;interroger</translation>
    </message>
    <message>
        <source>Add Header</source>
        <translation>Ajouter un en-tête</translation>
    </message>
    <message>
        <source>Remove Header</source>
        <translation>Supprimer l&apos;en-tête</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>En-têtes</translation>
    </message>
    <message>
        <source>Secret values and ${env:...} / ${file:...} references are hidden</source>
        <translation>Les valeurs secrètes et les références ${env:...} / ${file:...} sont masquées</translation>
    </message>
    <message>
        <source>Not saved to a file yet: Save asks where.</source>
        <translation>Pas encore enregistré dans un fichier&#xa0;: Enregistrer demande où.</translation>
    </message>
    <message>
        <source>Loaded from %1.</source>
        <translation>Chargé depuis %1.</translation>
    </message>
    <message>
        <source>Edits of %1 were not valid and were dropped.</source>
        <translation>Les modifications de %1 n&apos;étaient pas valides et ont été abandonnées.</translation>
    </message>
    <message>
        <source>No endpoint selected</source>
        <translation>Aucun point de terminaison sélectionné</translation>
    </message>
    <message numerus="yes">
        <source>Not applied: %n field(s) need attention.</source>
        <translation>
            <numerusform>Non appliqué&#xa0;: %n champ à corriger.</numerusform>
            <numerusform>Non appliqué&#xa0;: %n champs à corriger.</numerusform>
        </translation>
    </message>
    <message>
        <source>Id, URL, method or headers changed: press Apply to use them.</source>
        <translation>Identifiant, URL, méthode ou en-têtes modifiés&#xa0;: appuyez sur Appliquer pour les utiliser.</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Application…</translation>
    </message>
    <message>
        <source>Edited; Apply sends it to the engine.</source>
        <translation>Modifié&#xa0;; Appliquer l&apos;envoie au moteur.</translation>
    </message>
    <message>
        <source>One attempt: no retries, no waits.</source>
        <translation>Une tentative&#xa0;: ni relance ni attente.</translation>
    </message>
    <message numerus="yes">
        <source>Wait before each retry: the band is the jitter range, the dashed line the wait without jitter. %n retries; waits add up to at most %1 s before the last attempt.</source>
        <translation>
            <numerusform>Attente avant chaque relance&#xa0;: la bande est la plage de gigue, la ligne pointillée l&apos;attente sans gigue. %n relance&#xa0;; au plus %1 s d&apos;attente avant la dernière tentative.</numerusform>
            <numerusform>Attente avant chaque relance&#xa0;: la bande est la plage de gigue, la ligne pointillée l&apos;attente sans gigue. %n relances&#xa0;; au plus %1 s d&apos;attente en tout avant la dernière tentative.</numerusform>
        </translation>
    </message>
    <message>
        <source>No change to apply.</source>
        <translation>Aucune modification à appliquer.</translation>
    </message>
    <message>
        <source>Applied %1 at %2; not saved yet.</source>
        <translation>%1 appliqué à %2&#xa0;; pas encore enregistré.</translation>
    </message>
    <message>
        <source>%1 belongs to no group; set one under Endpoint.</source>
        <translation>%1 n&apos;appartient à aucun groupe&#xa0;; définissez-en un sous Point de terminaison.</translation>
    </message>
    <message numerus="yes">
        <source>Applied to %n other endpoint(s) of group %1.</source>
        <translation>
            <numerusform>Appliqué à %n autre point de terminaison du groupe %1.</numerusform>
            <numerusform>Appliqué à %n autres points de terminaison du groupe %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reverted to the configuration as last loaded or saved.</source>
        <translation>Revenu à la configuration chargée ou enregistrée en dernier.</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n field(s) need attention.</source>
        <translation>
            <numerusform>Non enregistré&#xa0;: %n champ à corriger.</numerusform>
            <numerusform>Non enregistré&#xa0;: %n champs à corriger.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved to %1: %2. The file on disk is unchanged.</source>
        <translation>Non enregistré dans %1&#xa0;: %2. Le fichier sur le disque n&apos;a pas changé.</translation>
    </message>
    <message>
        <source>Saved to %1 (readable by you only).</source>
        <translation>Enregistré dans %1 (lisible par vous seul).</translation>
    </message>
    <message>
        <source>Added %1, disabled: check its URL, tick Enabled, and it starts.</source>
        <translation>%1 ajouté, désactivé&#xa0;: vérifiez son URL, cochez Activé, et il démarre.</translation>
    </message>
    <message>
        <source>New endpoint</source>
        <translation>Nouveau point de terminaison</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>Removed %1; Revert brings it back until you save.</source>
        <translation>%1 supprimé&#xa0;; Rétablir le ramène tant que vous n&apos;avez pas enregistré.</translation>
    </message>
    <message>
        <source>Waiting for the engine to confirm…</source>
        <translation>En attente de la confirmation du moteur…</translation>
    </message>
    <message>
        <source>The engine runs the settings last applied, not these edits.</source>
        <translation>Le moteur tourne avec les derniers réglages appliqués, pas avec ces modifications.</translation>
    </message>
    <message>
        <source>The engine runs these settings.</source>
        <translation>Le moteur tourne avec ces réglages.</translation>
    </message>
    <message>
        <source>The engine has not taken these settings yet.</source>
        <translation>Le moteur n&apos;a pas encore pris ces réglages.</translation>
    </message>
    <message>
        <source>never retry</source>
        <translation>ne jamais réessayer</translation>
    </message>
    <message>
        <source>Retry on</source>
        <translation>Réessayer sur</translation>
    </message>
    <message>
        <source>Comma-separated: network_error, timeout, rate_limited, server_error (500, 502, 503, 504), 5xx, or HTTP status numbers</source>
        <translation>Séparés par des virgules : network_error, timeout, rate_limited, server_error (500, 502, 503, 504), 5xx ou codes d&apos;état HTTP</translation>
    </message>
    <message>
        <source>Retry budget</source>
        <translation>Budget de réessais</translation>
    </message>
    <message>
        <source>Cap retries at a share of first attempts</source>
        <translation>Limiter les réessais à une part des premières tentatives</translation>
    </message>
    <message>
        <source>Budget ratio</source>
        <translation>Part du budget</translation>
    </message>
    <message>
        <source>Retries allowed per first attempt in the window</source>
        <translation>Réessais permis par première tentative dans la fenêtre</translation>
    </message>
    <message>
        <source>Budget window</source>
        <translation>Fenêtre du budget</translation>
    </message>
    <message>
        <source>Budget floor</source>
        <translation>Plancher du budget</translation>
    </message>
    <message>
        <source> /s</source>
        <translation> /s</translation>
    </message>
    <message>
        <source>Retries allowed per second however few first attempts there were</source>
        <translation>Réessais permis par seconde, si peu de premières tentatives qu&apos;il y ait eu</translation>
    </message>
    <message>
        <source>Slow down on each 429</source>
        <translation>Ralentir à chaque 429</translation>
    </message>
    <message>
        <source>Decrease factor</source>
        <translation>Facteur de baisse</translation>
    </message>
    <message>
        <source>Each 429 multiplies the rate by this</source>
        <translation>Chaque 429 multiplie le débit par ce facteur</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Reprise</translation>
    </message>
    <message>
        <source> /s per s</source>
        <translation> /s par s</translation>
    </message>
    <message>
        <source>Requests/s regained per second of success; 0 for 5% of the rate at the last 429</source>
        <translation>Requêtes/s regagnées par seconde de succès ; 0 pour 5 % du débit au dernier 429</translation>
    </message>
    <message>
        <source>Reset header format</source>
        <translation>Format de l&apos;en-tête de réinitialisation</translation>
    </message>
    <message>
        <source>detect</source>
        <translation>détecter</translation>
    </message>
    <message>
        <source>epoch seconds</source>
        <translation>secondes epoch</translation>
    </message>
    <message>
        <source>epoch milliseconds</source>
        <translation>millisecondes epoch</translation>
    </message>
    <message>
        <source>seconds from now</source>
        <translation>secondes à partir de maintenant</translation>
    </message>
    <message>
        <source>HTTP date</source>
        <translation>date HTTP</translation>
    </message>
    <message>
        <source>ISO 8601 time</source>
        <translation>heure ISO 8601</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>durée</translation>
    </message>
    <message>
        <source>How this API writes X-RateLimit-Reset style headers</source>
        <translation>Comment cette API écrit les en-têtes du type X-RateLimit-Reset</translation>
    </message>
    <message>
        <source>Client throttling</source>
        <translation>Limitation côté client</translation>
    </message>
    <message>
        <source>Drop attempts locally while the server rejects many</source>
        <translation>Abandonner des tentatives localement tant que le serveur en rejette beaucoup</translation>
    </message>
    <message>
        <source>Throttle k</source>
        <translation>Limitation k</translation>
    </message>
    <message>
        <source>Accepts needed per request before nothing is dropped; 2 tolerates half failing</source>
        <translation>Acceptations nécessaires par requête avant que rien ne soit abandonné ; 2 tolère la moitié en échec</translation>
    </message>
    <message>
        <source>Throttle window</source>
        <translation>Fenêtre de limitation</translation>
    </message>
    <message>
        <source>Keep it longer than the longest timeout</source>
        <translation>Le garder plus long que le plus long délai d&apos;expiration</translation>
    </message>
    <message>
        <source>Window kind</source>
        <translation>Type de fenêtre</translation>
    </message>
    <message>
        <source>time</source>
        <translation>temps</translation>
    </message>
    <message>
        <source>count</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>The calls of the last Window seconds, or the last Window size calls</source>
        <translation>Les appels des dernières secondes de la fenêtre, ou les derniers appels selon la taille de fenêtre</translation>
    </message>
    <message>
        <source>Window size</source>
        <translation>Taille de fenêtre</translation>
    </message>
    <message>
        <source> calls</source>
        <translation> appels</translation>
    </message>
    <message>
        <source>For a count window</source>
        <translation>Pour une fenêtre par nombre</translation>
    </message>
    <message>
        <source>Open backoff</source>
        <translation>Backoff d&apos;ouverture</translation>
    </message>
    <message>
        <source>Each re-open from half-open multiplies the open time by this</source>
        <translation>Chaque réouverture depuis semi-ouvert multiplie la durée d&apos;ouverture par ce facteur</translation>
    </message>
    <message>
        <source>Longest open</source>
        <translation>Ouverture la plus longue</translation>
    </message>
    <message>
        <source>Ceiling for the grown open time</source>
        <translation>Plafond de la durée d&apos;ouverture accrue</translation>
    </message>
</context>
</TS>
