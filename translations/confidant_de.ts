<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccessCommands</name>
    <message>
        <source>subject access needs --out DIR: the folder to write the package into.</source>
        <translation>subject access benötigt --out DIR: den Ordner, in den das Paket geschrieben wird.</translation>
    </message>
    <message>
        <source>--format takes json, csv and pdf, separated by commas.</source>
        <translation>--format akzeptiert json, csv und pdf, durch Kommas getrennt.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the access package (%n file(s)).</source>
        <translation>
            <numerusform>Auskunftspaket geschrieben (%n Datei).</numerusform>
            <numerusform>Auskunftspaket geschrieben (%n Dateien).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccessDialog</name>
    <message>
        <source>Contact details</source>
        <translation>Kontaktdaten</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Firmen</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <source>Activities and notes</source>
        <translation>Aktivitäten und Notizen</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Consent history</source>
        <translation>Einwilligungsverlauf</translation>
    </message>
    <message>
        <source>Privacy notices acknowledged</source>
        <translation>Bestätigte Datenschutzhinweise</translation>
    </message>
    <message>
        <source>Purposes and lawful bases</source>
        <translation>Zwecke und Rechtsgrundlagen</translation>
    </message>
    <message>
        <source>Recipients and processors</source>
        <translation>Empfänger und Auftragsverarbeiter</translation>
    </message>
    <message>
        <source>Retention periods</source>
        <translation>Aufbewahrungsfristen</translation>
    </message>
    <message>
        <source>Where the data came from</source>
        <translation>Herkunft der Daten</translation>
    </message>
    <message>
        <source>Requests they made</source>
        <translation>Gestellte Anfragen</translation>
    </message>
    <message>
        <source>Corrections (field history)</source>
        <translation>Berichtigungen (Feldverlauf)</translation>
    </message>
    <message>
        <source>Restriction and objection</source>
        <translation>Einschränkung und Widerspruch</translation>
    </message>
    <message>
        <source>Mentions in other records</source>
        <translation>Erwähnungen in anderen Datensätzen</translation>
    </message>
</context>
<context>
    <name>AccessPackage</name>
    <message>
        <source>The access package could not include the field &quot;%1&quot;; nothing was written. Report this as a bug.</source>
        <translation>Das Auskunftspaket konnte das Feld „%1“ nicht aufnehmen; es wurde nichts geschrieben. Melden Sie dies als Fehler.</translation>
    </message>
    <message>
        <source>Your contact record</source>
        <translation>Ihr Kontaktdatensatz</translation>
    </message>
    <message>
        <source>Companies you are linked to</source>
        <translation>Firmen, mit denen Sie verknüpft sind</translation>
    </message>
    <message>
        <source>Deals you are linked to</source>
        <translation>Deals, mit denen Sie verknüpft sind</translation>
    </message>
    <message>
        <source>Activities and notes</source>
        <translation>Aktivitäten und Notizen</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Consent history</source>
        <translation>Einwilligungsverlauf</translation>
    </message>
    <message>
        <source>Privacy notices you acknowledged</source>
        <translation>Von Ihnen bestätigte Datenschutzhinweise</translation>
    </message>
    <message>
        <source>Purposes and lawful bases</source>
        <translation>Zwecke und Rechtsgrundlagen</translation>
    </message>
    <message>
        <source>Recipients and processors</source>
        <translation>Empfänger und Auftragsverarbeiter</translation>
    </message>
    <message>
        <source>How long the data is kept</source>
        <translation>Wie lange die Daten aufbewahrt werden</translation>
    </message>
    <message>
        <source>Where the data came from</source>
        <translation>Herkunft der Daten</translation>
    </message>
    <message>
        <source>Requests you made</source>
        <translation>Ihre Anfragen</translation>
    </message>
    <message>
        <source>Corrections made to your data</source>
        <translation>Berichtigungen Ihrer Daten</translation>
    </message>
    <message>
        <source>Restriction and objection</source>
        <translation>Einschränkung und Widerspruch</translation>
    </message>
    <message>
        <source>Mentions in other records</source>
        <translation>Erwähnungen in anderen Datensätzen</translation>
    </message>
    <message>
        <source>The access package was cancelled; nothing was written.</source>
        <translation>Das Auskunftspaket wurde abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>No contact has this uid; check it with contact list or search.</source>
        <translation>Kein Kontakt hat diese UID; prüfen Sie sie mit contact list oder search.</translation>
    </message>
    <message>
        <source>No request has this reference; check it with request list.</source>
        <translation>Keine Anfrage hat diese Referenz; prüfen Sie sie mit request list.</translation>
    </message>
    <message>
        <source>The access package would miss fields of the registry; nothing was written. Report this as a bug.</source>
        <translation>Dem Auskunftspaket würden Felder des Verzeichnisses fehlen; es wurde nichts geschrieben. Melden Sie dies als Fehler.</translation>
    </message>
    <message>
        <source>Your personal data: %1</source>
        <translation>Ihre personenbezogenen Daten: %1</translation>
    </message>
    <message>
        <source>This report lists everything this organisation&apos;s Confidant vault holds about you, generated on %1. The same data is in access.json (machine-readable) and in the CSV files.</source>
        <translation>Dieser Bericht listet alles auf, was der Confidant-Tresor dieser Organisation über Sie speichert, erstellt am %1. Dieselben Daten stehen in access.json (maschinenlesbar) und in den CSV-Dateien.</translation>
    </message>
    <message>
        <source>In answer to request %1.</source>
        <translation>In Beantwortung der Anfrage %1.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <source>Choose at least one format: json, csv or pdf.</source>
        <translation>Wählen Sie mindestens ein Format: json, csv oder pdf.</translation>
    </message>
    <message>
        <source>PDF cannot be written here; choose json or csv.</source>
        <translation>PDF kann hier nicht geschrieben werden; wählen Sie json oder csv.</translation>
    </message>
    <message>
        <source>Cannot create the folder for the access package; check the path and its permissions.</source>
        <translation>Der Ordner für das Auskunftspaket kann nicht erstellt werden; prüfen Sie den Pfad und seine Berechtigungen.</translation>
    </message>
    <message>
        <source>The output path is a file, not a folder; choose a folder for the access package.</source>
        <translation>Der Ausgabepfad ist eine Datei, kein Ordner; wählen Sie einen Ordner für das Auskunftspaket.</translation>
    </message>
    <message>
        <source>The folder already holds an access package; choose an empty folder or replace it with --force.</source>
        <translation>Der Ordner enthält bereits ein Auskunftspaket; wählen Sie einen leeren Ordner oder ersetzen Sie es mit --force.</translation>
    </message>
    <message>
        <source>Personal data access report</source>
        <translation>Bericht zur Auskunft über personenbezogene Daten</translation>
    </message>
    <message>
        <source>The access package was cancelled; nothing was left.</source>
        <translation>Das Auskunftspaket wurde abgebrochen; es ist nichts zurückgeblieben.</translation>
    </message>
    <message>
        <source>Cannot write into the folder for the access package; check that it is writable. Nothing was left.</source>
        <translation>In den Ordner für das Auskunftspaket kann nicht geschrieben werden; prüfen Sie, ob er beschreibbar ist. Es ist nichts zurückgeblieben.</translation>
    </message>
    <message>
        <source>The disk is full; the access package was not written. Nothing was left.</source>
        <translation>Der Datenträger ist voll; das Auskunftspaket wurde nicht geschrieben. Es ist nichts zurückgeblieben.</translation>
    </message>
    <message>
        <source>The access package could not be written; nothing was left.</source>
        <translation>Das Auskunftspaket konnte nicht geschrieben werden; es ist nichts zurückgeblieben.</translation>
    </message>
    <message>
        <source>The access package could not be put in place; nothing was left.</source>
        <translation>Das Auskunftspaket konnte nicht an seinen Platz gebracht werden; es ist nichts zurückgeblieben.</translation>
    </message>
</context>
<context>
    <name>ActivityCommands</name>
    <message>
        <source>--%1 takes a uid (8-4-4-4-12 hex digits), as printed by %1 list.</source>
        <translation>--%1 erwartet eine UID (8-4-4-4-12 Hexadezimalziffern), wie sie %1 list ausgibt.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>UID</source>
        <translation>UID</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>DUE</source>
        <translation>FÄLLIG</translation>
    </message>
    <message>
        <source>SUBJECT</source>
        <translation>BETREFF</translation>
    </message>
    <message>
        <source>LINKED TO</source>
        <translation>VERKNÜPFT MIT</translation>
    </message>
    <message>
        <source>AT</source>
        <translation>ZEITPUNKT</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>activity add needs --kind call, meeting, email or note (tasks: task add).</source>
        <translation>activity add benötigt --kind call, meeting, email oder note (Aufgaben: task add).</translation>
    </message>
    <message>
        <source>activity add needs --subject or --body; see confidant-cli activity add --help.</source>
        <translation>activity add benötigt --subject oder --body; siehe confidant-cli activity add --help.</translation>
    </message>
    <message>
        <source>activity list shows one timeline: give one of --contact, --company or --deal.</source>
        <translation>activity list zeigt einen einzelnen Verlauf: Geben Sie --contact, --company oder --deal an.</translation>
    </message>
    <message>
        <source>--after takes the cursor printed by the previous activity list of the same record.</source>
        <translation>--after erwartet den Cursor, den der vorherige Aufruf von activity list für denselben Datensatz ausgegeben hat.</translation>
    </message>
    <message>
        <source>No activities.</source>
        <translation>Keine Aktivitäten.</translation>
    </message>
    <message>
        <source>Next page: --after %1</source>
        <translation>Nächste Seite: --after %1</translation>
    </message>
    <message>
        <source>task add needs --subject (or --body); see confidant-cli task add --help.</source>
        <translation>task add benötigt --subject (oder --body); siehe confidant-cli task add --help.</translation>
    </message>
    <message>
        <source>task add needs --due DATE, e.g. --due 2026-03-01 or --due 2026-03-01T14:30.</source>
        <translation>task add benötigt --due DATUM, z. B. --due 2026-03-01 oder --due 2026-03-01T14:30.</translation>
    </message>
    <message>
        <source>--done lists done tasks and --all every task; give one of them.</source>
        <translation>--done listet erledigte Aufgaben auf und --all alle Aufgaben; geben Sie nur eine dieser Optionen an.</translation>
    </message>
    <message>
        <source>No tasks.</source>
        <translation>Keine Aufgaben.</translation>
    </message>
    <message>
        <source>Marked the task %1 done.</source>
        <translation>Aufgabe %1 als erledigt markiert.</translation>
    </message>
</context>
<context>
    <name>ActivityService</name>
    <message>
        <source>Enter a subject or some text; nothing was saved.</source>
        <translation>Geben Sie einen Betreff oder einen Text ein; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The subject must be one line of at most %1 characters; shorten it.</source>
        <translation>Der Betreff muss aus einer Zeile mit höchstens %1 Zeichen bestehen; kürzen Sie ihn.</translation>
    </message>
    <message>
        <source>The text is longer than %1 characters; shorten it or split it up.</source>
        <translation>Der Text ist länger als %1 Zeichen; kürzen oder teilen Sie ihn.</translation>
    </message>
    <message>
        <source>A task needs a due date; add one.</source>
        <translation>Eine Aufgabe benötigt ein Fälligkeitsdatum; geben Sie eines an.</translation>
    </message>
    <message>
        <source>The reminder comes after the due time; set it to the due time or earlier.</source>
        <translation>Die Erinnerung liegt nach dem Fälligkeitszeitpunkt; legen Sie sie auf den Fälligkeitszeitpunkt oder früher.</translation>
    </message>
    <message>
        <source>No contact has that id; check it with the contact list command.</source>
        <translation>Kein Kontakt hat diese ID; prüfen Sie sie mit dem Befehl contact list.</translation>
    </message>
    <message>
        <source>No company has that id; check it with the company list command.</source>
        <translation>Keine Firma hat diese ID; prüfen Sie sie mit dem Befehl company list.</translation>
    </message>
    <message>
        <source>No deal has that id; check it with the deal list command.</source>
        <translation>Kein Deal hat diese ID; prüfen Sie sie mit dem Befehl deal list.</translation>
    </message>
    <message>
        <source>No such activity; it may have been deleted.</source>
        <translation>Diese Aktivität gibt es nicht; vielleicht wurde sie gelöscht.</translation>
    </message>
    <message>
        <source>No activity or task has that id; check it with the list command.</source>
        <translation>Keine Aktivität oder Aufgabe hat diese ID; prüfen Sie sie mit dem Befehl list.</translation>
    </message>
    <message>
        <source>Only a task can be marked done.</source>
        <translation>Nur eine Aufgabe kann als erledigt markiert werden.</translation>
    </message>
    <message>
        <source>Only a task can be reopened.</source>
        <translation>Nur eine Aufgabe kann wieder geöffnet werden.</translation>
    </message>
    <message>
        <source>That paging cursor belongs to another timeline; start again without it.</source>
        <translation>Dieser Seiten-Cursor gehört zu einem anderen Verlauf; beginnen Sie erneut ohne ihn.</translation>
    </message>
    <message>
        <source>That paging cursor belongs to another list; start again without it.</source>
        <translation>Dieser Seiten-Cursor gehört zu einer anderen Liste; beginnen Sie erneut ohne ihn.</translation>
    </message>
</context>
<context>
    <name>ArgParser</name>
    <message>
        <source>Unknown option %1; see %2 --help.</source>
        <translation>Unbekannte Option %1; siehe %2 --help.</translation>
    </message>
    <message>
        <source>Unknown option --%1; see %2 --help.</source>
        <translation>Unbekannte Option --%1; siehe %2 --help.</translation>
    </message>
    <message>
        <source>The option --%1 takes no value.</source>
        <translation>Die Option --%1 erwartet keinen Wert.</translation>
    </message>
    <message>
        <source>The option --%1 needs a value (%2).</source>
        <translation>Die Option --%1 benötigt einen Wert (%2).</translation>
    </message>
    <message>
        <source>The option --vault is given more than once.</source>
        <translation>Die Option --vault wurde mehrfach angegeben.</translation>
    </message>
    <message>
        <source>The option --vault needs a folder.</source>
        <translation>Die Option --vault benötigt einen Ordner.</translation>
    </message>
    <message>
        <source>The option --profile is given more than once.</source>
        <translation>Die Option --profile wurde mehrfach angegeben.</translation>
    </message>
    <message>
        <source>The option --%1 is given more than once.</source>
        <translation>Die Option --%1 wurde mehrfach angegeben.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not available in this version yet.</source>
        <translation>&apos;%1&apos; ist in dieser Version noch nicht verfügbar.</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;; see confidant-cli --help.</source>
        <translation>Unbekannter Befehl &apos;%1&apos;; siehe confidant-cli --help.</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1 %2&apos;; choose one of: %3.</source>
        <translation>Unbekannter Befehl &apos;%1 %2&apos;; möglich sind: %3.</translation>
    </message>
    <message>
        <source>No command given; see confidant-cli --help.</source>
        <translation>Kein Befehl angegeben; siehe confidant-cli --help.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs one of: %2; see confidant-cli %1 --help.</source>
        <translation>&apos;%1&apos; benötigt einen dieser Unterbefehle: %2; siehe confidant-cli %1 --help.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs %2; see confidant-cli %1 --help.</source>
        <translation>&apos;%1&apos; benötigt %2; siehe confidant-cli %1 --help.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no arguments besides its options; quote values that contain spaces.</source>
        <translation>&apos;%1&apos; erwartet außer seinen Optionen keine Argumente; setzen Sie Werte mit Leerzeichen in Anführungszeichen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes only %2; quote values that contain spaces.</source>
        <translation>&apos;%1&apos; erwartet nur %2; setzen Sie Werte mit Leerzeichen in Anführungszeichen.</translation>
    </message>
</context>
<context>
    <name>AuditCommands</name>
    <message>
        <source>--since must be earlier than --until.</source>
        <translation>--since muss vor --until liegen.</translation>
    </message>
    <message>
        <source>--entity must be a uid (8-4-4-4-12 hex digits), as printed by add, list and search.</source>
        <translation>--entity muss eine UID sein (8-4-4-4-12 Hexadezimalziffern), wie sie add, list und search ausgeben.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries, chain intact</source>
        <translation>
            <numerusform>%n Eintrag, Kette intakt</numerusform>
            <numerusform>%n Einträge, Kette intakt</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail is broken at entry %1: %2</source>
        <translation>Das Prüfprotokoll ist bei Eintrag %1 unterbrochen: %2</translation>
    </message>
    <message>
        <source>No audit entries.</source>
        <translation>Keine Protokolleinträge.</translation>
    </message>
    <message>
        <source>SEQ</source>
        <translation>SEQ</translation>
    </message>
    <message>
        <source>TIME (UTC)</source>
        <translation>ZEITPUNKT (UTC)</translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation>PROFIL</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>AKTION</translation>
    </message>
    <message>
        <source>ENTITY</source>
        <translation>DATENSATZ</translation>
    </message>
    <message>
        <source>SUMMARY</source>
        <translation>ZUSAMMENFASSUNG</translation>
    </message>
    <message>
        <source>Older entries: --before %1</source>
        <translation>Ältere Einträge: --before %1</translation>
    </message>
    <message>
        <source>audit export needs --out FILE; see confidant-cli audit export --help.</source>
        <translation>audit export benötigt --out FILE; siehe confidant-cli audit export --help.</translation>
    </message>
    <message>
        <source>--out names a folder; give a file name.</source>
        <translation>--out bezeichnet einen Ordner; geben Sie einen Dateinamen an.</translation>
    </message>
    <message>
        <source>The file given with --out exists already; nothing was written. Add --force to replace it.</source>
        <translation>Die mit --out angegebene Datei existiert bereits; es wurde nichts geschrieben. Fügen Sie --force hinzu, um sie zu ersetzen.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n audit entries to %1.</source>
        <translation>
            <numerusform>%n Protokolleintrag in %1 geschrieben.</numerusform>
            <numerusform>%n Protokolleinträge in %1 geschrieben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Audit entry %1 is missing (deleted).</source>
        <translation>Protokolleintrag %1 fehlt (gelöscht).</translation>
    </message>
    <message>
        <source>Audit entry %1 is out of order or duplicated.</source>
        <translation>Protokolleintrag %1 steht an falscher Stelle oder ist doppelt vorhanden.</translation>
    </message>
    <message>
        <source>Audit entry %1 does not follow entry %2 (inserted, reordered or changed).</source>
        <translation>Protokolleintrag %1 schließt nicht an Eintrag %2 an (eingefügt, umsortiert oder geändert).</translation>
    </message>
    <message>
        <source>Audit entry %1 was changed after it was written.</source>
        <translation>Protokolleintrag %1 wurde nach dem Schreiben geändert.</translation>
    </message>
    <message>
        <source>Entry %1 records that the audit trail did not match its sealed head when Confidant next wrote (%2): entries were cut or added outside Confidant.</source>
        <translation>Eintrag %1 vermerkt, dass das Prüfprotokoll beim nächsten Schreibvorgang von Confidant (%2) nicht zu seinem versiegelten Kettenkopf passte: Außerhalb von Confidant wurden Einträge abgeschnitten oder hinzugefügt.</translation>
    </message>
    <message>
        <source>The sealed chain head (audit-head.json) is missing, so a cut tail after entry %1 cannot be ruled out.</source>
        <translation>Der versiegelte Kettenkopf (audit-head.json) fehlt, daher lässt sich nicht ausschließen, dass nach Eintrag %1 Einträge abgeschnitten wurden.</translation>
    </message>
    <message>
        <source>The audit trail ends at entry %1, but entries up to %2 were sealed: the tail was cut.</source>
        <translation>Das Prüfprotokoll endet bei Eintrag %1, aber Einträge bis %2 waren versiegelt: Das Ende wurde abgeschnitten.</translation>
    </message>
    <message>
        <source>Audit entry %1 differs from the sealed chain head (the chain was rewritten).</source>
        <translation>Protokolleintrag %1 weicht vom versiegelten Kettenkopf ab (die Kette wurde neu geschrieben).</translation>
    </message>
    <message>
        <source>Audit entries %1 to %2 were added after the last sealed entry, outside Confidant.</source>
        <translation>Die Protokolleinträge %1 bis %2 wurden nach dem letzten versiegelten Eintrag außerhalb von Confidant hinzugefügt.</translation>
    </message>
    <message>
        <source>The vault&apos;s audit seal key is missing; the vault is damaged. Restore it from a backup.</source>
        <translation>Der Siegelschlüssel des Prüfprotokolls fehlt im Tresor; der Tresor ist beschädigt. Stellen Sie ihn aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>Cannot read %1; check its permissions.</source>
        <translation>%1 kann nicht gelesen werden; prüfen Sie die Berechtigungen.</translation>
    </message>
    <message>
        <source>The sealed audit chain head (%1) was altered or damaged.</source>
        <translation>Der versiegelte Kettenkopf des Prüfprotokolls (%1) wurde verändert oder beschädigt.</translation>
    </message>
    <message>
        <source>Cannot write %1 in the vault folder; check its permissions.</source>
        <translation>%1 kann im Tresorordner nicht geschrieben werden; prüfen Sie dessen Berechtigungen.</translation>
    </message>
    <message>
        <source>Cannot write %1 in the vault folder; check free space and permissions.</source>
        <translation>%1 kann im Tresorordner nicht geschrieben werden; prüfen Sie freien Speicherplatz und Berechtigungen.</translation>
    </message>
</context>
<context>
    <name>AuditService</name>
    <message>
        <source>The audit export could not be written; check free space.</source>
        <translation>Der Export des Prüfprotokolls konnte nicht geschrieben werden; prüfen Sie den freien Speicherplatz.</translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <source>The vault&apos;s audit seal key is missing; the vault is damaged. Restore it from a backup.</source>
        <translation>Der Siegelschlüssel des Prüfprotokolls fehlt im Tresor; der Tresor ist beschädigt. Stellen Sie ihn aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>This profile has a PIN; enter it before doing anything else.</source>
        <translation>Dieses Profil hat eine PIN; geben Sie sie ein, bevor Sie etwas anderes tun.</translation>
    </message>
    <message>
        <source>A profile with the role %1 may not do this (it needs &quot;%2&quot;); ask the vault&apos;s owner or an administrator. The attempt was recorded in the audit trail.</source>
        <translation>Ein Profil mit der Rolle %1 darf dies nicht tun (dafür ist &quot;%2&quot; nötig); wenden Sie sich an den Eigentümer des Tresors oder an einen Administrator. Der Versuch wurde im Prüfprotokoll vermerkt.</translation>
    </message>
    <message>
        <source>This cannot be recorded in the audit trail, so Confidant did not do it.</source>
        <translation>Dies kann nicht im Prüfprotokoll vermerkt werden, daher hat Confidant es nicht ausgeführt.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>The output could not be written completely; check free space or the pipe.</source>
        <translation>Die Ausgabe konnte nicht vollständig geschrieben werden; prüfen Sie den freien Speicherplatz oder die Pipe.</translation>
    </message>
    <message>
        <source>Usage: confidant-cli [global options] COMMAND [options] [arguments]</source>
        <translation>Aufruf: confidant-cli [globale Optionen] COMMAND [Optionen] [Argumente]</translation>
    </message>
    <message>
        <source>Confidant keeps contacts and companies in an encrypted vault on this computer.</source>
        <translation>Confidant speichert Kontakte und Firmen in einem verschlüsselten Tresor auf diesem Computer.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Not available in this version yet: %1.</source>
        <translation>In dieser Version noch nicht verfügbar: %1.</translation>
    </message>
    <message>
        <source>Global options (before or after the command):</source>
        <translation>Globale Optionen (vor oder nach dem Befehl):</translation>
    </message>
    <message>
        <source>See confidant-cli COMMAND --help for the options of a command.</source>
        <translation>Die Optionen eines Befehls zeigt confidant-cli COMMAND --help.</translation>
    </message>
    <message>
        <source>Usage: confidant-cli %1 %2 [options]</source>
        <translation>Aufruf: confidant-cli %1 %2 [Optionen]</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Globale Optionen:</translation>
    </message>
    <message>
        <source>See confidant-cli %1 SUB-COMMAND --help for its options.</source>
        <translation>Die Optionen eines Unterbefehls zeigt confidant-cli %1 SUB-COMMAND --help.</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[Optionen]</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>Standard input: with --passphrase-stdin, line 1 is the passphrase or recovery code and line 2 the profile&apos;s PIN; without it, the PIN is line 1. A PIN line is read only when the profile (or the owner, without --profile) has a PIN. A new PIN (profile add --pin-stdin, profile pin) comes on the next unread line.</source>
        <translation>Standardeingabe: Mit --passphrase-stdin ist Zeile 1 die Passphrase oder der Wiederherstellungscode und Zeile 2 die PIN des Profils; ohne diese Option ist die PIN Zeile 1. Eine PIN-Zeile wird nur gelesen, wenn das Profil (oder ohne --profile der Eigentümer) eine PIN hat. Eine neue PIN (profile add --pin-stdin, profile pin) folgt in der nächsten ungelesenen Zeile.</translation>
    </message>
    <message>
        <source>Dates and times: YYYY-MM-DD is that day where you are (from its start; --until takes in the whole day); YYYY-MM-DD HH:MM or YYYY-MM-DDTHH:MM[:SS] is local time; with Z or an offset (+02:00) it is taken as given.</source>
        <translation>Datum und Uhrzeit: YYYY-MM-DD ist dieser Tag in Ihrer Zeitzone (ab seinem Beginn; --until schließt den ganzen Tag ein); YYYY-MM-DD HH:MM oder YYYY-MM-DDTHH:MM[:SS] ist Ortszeit; mit Z oder einem Offset (+02:00) wird die Angabe unverändert übernommen.</translation>
    </message>
    <message>
        <source>Argument %1 is not valid UTF-8 text; nothing was done. Give every argument in UTF-8 (check the encoding of the terminal or the script).</source>
        <translation>Argument %1 ist kein gültiger UTF-8-Text; es wurde nichts ausgeführt. Geben Sie alle Argumente in UTF-8 an (prüfen Sie die Kodierung des Terminals oder des Skripts).</translation>
    </message>
    <message>
        <source>The vault is read-only here, so its audit trail could not record this.</source>
        <translation>Der Tresor ist hier schreibgeschützt, daher konnte sein Prüfprotokoll dies nicht festhalten.</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 other failure, 2 usage error, 3 cannot unlock (also a wrong or missing PIN, or a profile that must wait after wrong PINs), 4 vault damaged, not a vault, written by a newer Confidant, or audit trail broken, 5 not found, 6 permission denied (the denial is audited), 7 invalid input (nothing was written), 8 vault busy (another Confidant is writing to it; try again).</source>
        <translation>Exit-Codes: 0 Erfolg, 1 sonstiger Fehler, 2 Aufruffehler, 3 Entsperren nicht möglich (auch bei falscher oder fehlender PIN oder wenn ein Profil nach falschen PINs warten muss), 4 Tresor beschädigt, kein Tresor, von einer neueren Confidant-Version geschrieben oder Prüfprotokoll unterbrochen, 5 nicht gefunden, 6 Zugriff verweigert (die Verweigerung wird protokolliert), 7 ungültige Eingabe (es wurde nichts geschrieben), 8 Tresor belegt (eine andere Confidant-Instanz schreibt gerade in den Tresor; versuchen Sie es erneut).</translation>
    </message>
</context>
<context>
    <name>CommandContext</name>
    <message>
        <source>The first line of standard input is longer than %1 bytes; give only the passphrase or recovery code there.</source>
        <translation>Die erste Zeile der Standardeingabe ist länger als %1 Byte; geben Sie dort nur die Passphrase oder den Wiederherstellungscode an.</translation>
    </message>
    <message>
        <source>Recovery code: </source>
        <translation>Wiederherstellungscode: </translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Passphrase: </translation>
    </message>
    <message>
        <source>Standard input held no recovery code; give it on the first line.</source>
        <translation>Die Standardeingabe enthielt keinen Wiederherstellungscode; geben Sie ihn in der ersten Zeile an.</translation>
    </message>
    <message>
        <source>Standard input held no passphrase; give it on the first line.</source>
        <translation>Die Standardeingabe enthielt keine Passphrase; geben Sie sie in der ersten Zeile an.</translation>
    </message>
    <message>
        <source>The vault key is stored in the system keychain again; next time no recovery code is needed.</source>
        <translation>Der Tresorschlüssel ist wieder im Schlüsselbund des Systems gespeichert; beim nächsten Mal ist kein Wiederherstellungscode nötig.</translation>
    </message>
    <message>
        <source>The vault is open, but its key could not be stored in the keychain; keep the recovery code at hand.</source>
        <translation>Der Tresor ist geöffnet, aber sein Schlüssel konnte nicht im Schlüsselbund gespeichert werden; halten Sie den Wiederherstellungscode bereit.</translation>
    </message>
    <message>
        <source>Give it on line 1 of standard input with --passphrase-stdin.</source>
        <translation>Geben Sie sie mit --passphrase-stdin in Zeile 1 der Standardeingabe an.</translation>
    </message>
    <message>
        <source>Or give the recovery code on line 1 of standard input with --passphrase-stdin.</source>
        <translation>Oder geben Sie den Wiederherstellungscode mit --passphrase-stdin in Zeile 1 der Standardeingabe an.</translation>
    </message>
    <message>
        <source>--%1 needs a whole number from %2 to %3.</source>
        <translation>--%1 benötigt eine ganze Zahl von %2 bis %3.</translation>
    </message>
    <message>
        <source>The PIN line of standard input is longer than %1 bytes; give only the PIN there.</source>
        <translation>Die PIN-Zeile der Standardeingabe ist länger als %1 Byte; geben Sie dort nur die PIN an.</translation>
    </message>
    <message>
        <source>Profile PIN: </source>
        <translation>Profil-PIN: </translation>
    </message>
    <message>
        <source>This profile has a PIN; give it on line 2 of standard input, after the passphrase or recovery code.</source>
        <translation>Dieses Profil hat eine PIN; geben Sie sie in Zeile 2 der Standardeingabe an, nach der Passphrase oder dem Wiederherstellungscode.</translation>
    </message>
    <message>
        <source>This profile has a PIN; give it on line 1 of standard input.</source>
        <translation>Dieses Profil hat eine PIN; geben Sie sie in Zeile 1 der Standardeingabe an.</translation>
    </message>
    <message>
        <source>--%1 takes a date (2026-03-01) or a date and time (2026-03-01 14:30, 2026-03-01T14:30:00Z); without Z or an offset it is local time.</source>
        <translation>--%1 erwartet ein Datum (2026-03-01) oder Datum und Uhrzeit (2026-03-01 14:30, 2026-03-01T14:30:00Z); ohne Z oder Offset gilt die Ortszeit.</translation>
    </message>
    <message>
        <source>--%1 takes a calendar day as YYYY-MM-DD, e.g. 2026-03-01.</source>
        <translation>--%1 erwartet einen Kalendertag im Format YYYY-MM-DD, z. B. 2026-03-01.</translation>
    </message>
</context>
<context>
    <name>CommandHelp</name>
    <message>
        <source>the vault folder (default: the GUI&apos;s vault)</source>
        <translation>Tresorordner (Standard: der Tresor der grafischen Oberfläche)</translation>
    </message>
    <message>
        <source>print one JSON document on stdout</source>
        <translation>ein JSON-Dokument auf stdout ausgeben</translation>
    </message>
    <message>
        <source>print the version and exit</source>
        <translation>Version ausgeben und beenden</translation>
    </message>
    <message>
        <source>print this help and exit</source>
        <translation>diese Hilfe ausgeben und beenden</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>tag; repeat for several</source>
        <translation>Tag; für mehrere wiederholen</translation>
    </message>
    <message>
        <source>street and number</source>
        <translation>Straße und Hausnummer</translation>
    </message>
    <message>
        <source>postcode</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>city</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>region or state</source>
        <translation>Region oder Bundesland</translation>
    </message>
    <message>
        <source>country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>remove all emails</source>
        <translation>alle E-Mail-Adressen entfernen</translation>
    </message>
    <message>
        <source>remove all phones</source>
        <translation>alle Telefonnummern entfernen</translation>
    </message>
    <message>
        <source>remove all tags</source>
        <translation>alle Tags entfernen</translation>
    </message>
    <message>
        <source>the company&apos;s name</source>
        <translation>Name der Firma</translation>
    </message>
    <message>
        <source>web domain, e.g. example.com</source>
        <translation>Webdomain, z. B. example.com</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>at most N rows (1 to 10000, default 100)</source>
        <translation>höchstens N Zeilen (1 bis 10000, Standard 100)</translation>
    </message>
    <message>
        <source>continue after the previous page</source>
        <translation>nach der vorherigen Seite fortsetzen</translation>
    </message>
    <message>
        <source>only rows matching TEXT (prefix search)</source>
        <translation>nur Zeilen, die zu TEXT passen (Präfixsuche)</translation>
    </message>
    <message>
        <source>create a vault: with --passphrase-stdin protected by a passphrase, otherwise with a key in the system keychain and a recovery code printed once</source>
        <translation>Tresor anlegen: mit --passphrase-stdin durch eine Passphrase geschützt, sonst mit einem Schlüssel im Schlüsselbund des Systems und einem einmalig ausgegebenen Wiederherstellungscode</translation>
    </message>
    <message>
        <source>show the vault&apos;s uid, folder, key source, schema and cipher versions and counts</source>
        <translation>UID, Ordner, Schlüsselquelle, Schema- und Verschlüsselungsversion sowie Anzahlen des Tresors anzeigen</translation>
    </message>
    <message>
        <source>add deterministic, realistic sample contacts and companies</source>
        <translation>deterministische, realistische Beispielkontakte und -firmen hinzufügen</translation>
    </message>
    <message>
        <source>how many contacts (0 to 10000000)</source>
        <translation>wie viele Kontakte (0 bis 10000000)</translation>
    </message>
    <message>
        <source>seed; the same seed gives the same data (default 1)</source>
        <translation>Startwert; derselbe Startwert ergibt dieselben Daten (Standard 1)</translation>
    </message>
    <message>
        <source>prefix search over names, emails, phones, companies and notes</source>
        <translation>Präfixsuche in Namen, E-Mail-Adressen, Telefonnummern, Firmen und Notizen</translation>
    </message>
    <message>
        <source>at most N hits (1 to 10000, default 50)</source>
        <translation>höchstens N Treffer (1 bis 10000, Standard 50)</translation>
    </message>
    <message>
        <source>add a contact and print its uid</source>
        <translation>Kontakt hinzufügen und seine UID ausgeben</translation>
    </message>
    <message>
        <source>show everything stored about a contact</source>
        <translation>alle zu einem Kontakt gespeicherten Daten anzeigen</translation>
    </message>
    <message>
        <source>list contacts, a page at a time; prints the cursor of the next page</source>
        <translation>Kontakte seitenweise auflisten; gibt den Cursor der nächsten Seite aus</translation>
    </message>
    <message>
        <source>family (default), given or updated</source>
        <translation>family (Standard), given oder updated</translation>
    </message>
    <message>
        <source>change the fields given; --email, --phone and --tag replace the whole list</source>
        <translation>die angegebenen Felder ändern; --email, --phone und --tag ersetzen die gesamte Liste</translation>
    </message>
    <message>
        <source>add a company and print its uid</source>
        <translation>Firma hinzufügen und ihre UID ausgeben</translation>
    </message>
    <message>
        <source>show a company</source>
        <translation>Firma anzeigen</translation>
    </message>
    <message>
        <source>list companies, a page at a time; prints the cursor of the next page</source>
        <translation>Firmen seitenweise auflisten; gibt den Cursor der nächsten Seite aus</translation>
    </message>
    <message>
        <source>name (default) or updated</source>
        <translation>name (Standard) oder updated</translation>
    </message>
    <message>
        <source>change the fields given</source>
        <translation>die angegebenen Felder ändern</translation>
    </message>
    <message>
        <source>delete a company; its contacts stay, without a company</source>
        <translation>Firma löschen; ihre Kontakte bleiben erhalten, ohne Firma</translation>
    </message>
    <message>
        <source>read the passphrase or recovery code from line 1 of standard input, and the profile&apos;s PIN (when it has one) from line 2</source>
        <translation>Passphrase oder Wiederherstellungscode aus Zeile 1 der Standardeingabe lesen und die PIN des Profils (falls vorhanden) aus Zeile 2</translation>
    </message>
    <message>
        <source>act as this operator profile (default: the owner); its PIN, when it has one, comes on the next line of standard input</source>
        <translation>als dieses Bedienerprofil handeln (Standard: der Eigentümer); seine PIN, falls vorhanden, folgt in der nächsten Zeile der Standardeingabe</translation>
    </message>
    <message>
        <source>only entries before TIME; a date alone includes that whole day</source>
        <translation>nur Einträge vor TIME; ein Datum allein schließt den ganzen Tag ein</translation>
    </message>
    <message>
        <source>only entries about the entity with this uid</source>
        <translation>nur Einträge zu dem Datensatz mit dieser UID</translation>
    </message>
    <message>
        <source>only this action (access.denied), or every action starting with A when A ends in &apos;.&apos; (contact.)</source>
        <translation>nur diese Aktion (access.denied) oder jede Aktion, die mit A beginnt, wenn A auf &apos;.&apos; endet (contact.)</translation>
    </message>
    <message>
        <source>only entries by this profile</source>
        <translation>nur Einträge dieses Profils</translation>
    </message>
    <message>
        <source>at most N entries (1 to 10000, default 100)</source>
        <translation>höchstens N Einträge (1 bis 10000, Standard 100)</translation>
    </message>
    <message>
        <source>only entries older than sequence number SEQ (the next page)</source>
        <translation>nur Einträge, die älter sind als die laufende Nummer SEQ (die nächste Seite)</translation>
    </message>
    <message>
        <source>the CSV file to write</source>
        <translation>die zu schreibende CSV-Datei</translation>
    </message>
    <message>
        <source>replace FILE if it exists</source>
        <translation>FILE ersetzen, falls vorhanden</translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation>die zu schreibende Datei</translation>
    </message>
    <message>
        <source>only contacts with this tag</source>
        <translation>nur Kontakte mit diesem Tag</translation>
    </message>
    <message>
        <source>replace FILE when it exists</source>
        <translation>FILE ersetzen, falls vorhanden</translation>
    </message>
    <message>
        <source>add an operator profile with a role and, optionally, a PIN of its own</source>
        <translation>Bedienerprofil mit einer Rolle und optional einer eigenen PIN hinzufügen</translation>
    </message>
    <message>
        <source>owner, admin, privacy-officer, sales-rep or read-only</source>
        <translation>owner, admin, privacy-officer, sales-rep oder read-only</translation>
    </message>
    <message>
        <source>remove an operator profile; the vault keeps at least one owner</source>
        <translation>Bedienerprofil entfernen; der Tresor behält mindestens einen Eigentümer</translation>
    </message>
    <message>
        <source>give a profile another role: owner, admin, privacy-officer, sales-rep or read-only</source>
        <translation>einem Profil eine andere Rolle geben: owner, admin, privacy-officer, sales-rep oder read-only</translation>
    </message>
    <message>
        <source>set a profile&apos;s PIN from the next unread line of standard input, or remove it with --clear</source>
        <translation>die PIN eines Profils aus der nächsten ungelesenen Zeile der Standardeingabe setzen oder sie mit --clear entfernen</translation>
    </message>
    <message>
        <source>remove the PIN instead of setting one</source>
        <translation>die PIN entfernen, statt eine zu setzen</translation>
    </message>
    <message>
        <source>check the whole hash chain of the audit trail against its sealed head; exit 4 naming the first broken entry</source>
        <translation>die gesamte Hash-Kette des Prüfprotokolls mit ihrem versiegelten Kettenkopf abgleichen; Exit-Code 4 mit Angabe des ersten fehlerhaften Eintrags</translation>
    </message>
    <message>
        <source>list audit entries, newest first; prints the option for the next page</source>
        <translation>Protokolleinträge auflisten, neueste zuerst; gibt die Option für die nächste Seite aus</translation>
    </message>
    <message>
        <source>write the audit entries (oldest first) to a CSV file; the export itself is audited</source>
        <translation>die Protokolleinträge (älteste zuerst) in eine CSV-Datei schreiben; der Export selbst wird protokolliert</translation>
    </message>
    <message>
        <source>write an encrypted, verified backup that the recovery code or passphrase opens anywhere</source>
        <translation>eine verschlüsselte, geprüfte Sicherung schreiben, die sich überall mit dem Wiederherstellungscode oder der Passphrase öffnen lässt</translation>
    </message>
    <message>
        <source>where to write it (default: a new file in the vault&apos;s backups folder)</source>
        <translation>wohin sie geschrieben wird (Standard: eine neue Datei im Sicherungsordner des Tresors)</translation>
    </message>
    <message>
        <source>only when the vault&apos;s backup schedule says one is due; keeps the newest scheduled ones (for cron or a systemd timer)</source>
        <translation>nur, wenn laut Sicherungszeitplan des Tresors eine Sicherung fällig ist; behält die neuesten geplanten Sicherungen (für cron oder einen systemd-Timer)</translation>
    </message>
    <message>
        <source>restore a backup into the --vault folder (line 1 of standard input: the backup&apos;s recovery code or passphrase); re-applies erasures made since</source>
        <translation>eine Sicherung in den mit --vault angegebenen Ordner wiederherstellen (Zeile 1 der Standardeingabe: Wiederherstellungscode oder Passphrase der Sicherung); wendet seitdem vorgenommene Löschungen erneut an</translation>
    </message>
    <message>
        <source>replace an existing vault (it is kept under backups/replaced-TIME/)</source>
        <translation>einen vorhandenen Tresor ersetzen (er wird unter backups/replaced-TIME/ aufbewahrt)</translation>
    </message>
    <message>
        <source>also re-apply the erasures recorded in the vault in DIR</source>
        <translation>auch die im Tresor in DIR vermerkten Löschungen erneut anwenden</translation>
    </message>
    <message>
        <source>change the vault key, crash-safe: keychain mode prints the new recovery code; passphrase mode reads the new passphrase from the next line of standard input</source>
        <translation>den Tresorschlüssel absturzsicher wechseln: Im Schlüsselbund-Modus wird der neue Wiederherstellungscode ausgegeben; im Passphrase-Modus wird die neue Passphrase aus der nächsten Zeile der Standardeingabe gelesen</translation>
    </message>
    <message>
        <source>check integrity, cipher integrity and the audit chain; one line per check, exit 4 when one fails</source>
        <translation>Integrität, Verschlüsselungsintegrität und die Kette des Prüfprotokolls prüfen; eine Zeile pro Prüfung, Exit-Code 4, wenn eine fehlschlägt</translation>
    </message>
    <message>
        <source>GUI only: lock the Confidant window with Ctrl+L (each command unlocks on its own)</source>
        <translation>nur GUI: das Confidant-Fenster mit Strg+L sperren (jeder Befehl entsperrt selbst)</translation>
    </message>
    <message>
        <source>tag; repeat for several (replaces the list)</source>
        <translation>Tag; für mehrere wiederholen (ersetzt die Liste)</translation>
    </message>
    <message>
        <source>only companies with this tag</source>
        <translation>nur Firmen mit diesem Tag</translation>
    </message>
    <message>
        <source>contact (default); company and deal later</source>
        <translation>contact (Standard); company und deal folgen später</translation>
    </message>
    <message>
        <source>search text (prefix search)</source>
        <translation>Suchtext (Präfixsuche)</translation>
    </message>
    <message>
        <source>a tag the contacts must have; repeat for all of several</source>
        <translation>ein Tag, den die Kontakte haben müssen; für mehrere wiederholen (alle müssen zutreffen)</translation>
    </message>
    <message>
        <source>csv (default) or vcard (vCard 4.0)</source>
        <translation>csv (Standard) oder vcard (vCard 4.0)</translation>
    </message>
    <message>
        <source>only contacts the saved filter NAME matches</source>
        <translation>nur Kontakte, auf die der gespeicherte Filter NAME zutrifft</translation>
    </message>
    <message>
        <source>write the given contacts (or all, or those with --tag or --filter) to a CSV or vCard file; needs the export permission and is audited</source>
        <translation>die angegebenen Kontakte (oder alle oder die mit --tag bzw. --filter ausgewählten) in eine CSV- oder vCard-Datei schreiben; erfordert die Exportberechtigung und wird protokolliert</translation>
    </message>
    <message>
        <source>log a call, meeting, email (logged, not sent) or note and print its uid</source>
        <translation>einen Anruf, eine Besprechung, eine E-Mail (nur erfasst, nicht gesendet) oder eine Notiz erfassen und die UID ausgeben</translation>
    </message>
    <message>
        <source>call, meeting, email or note</source>
        <translation>call, meeting, email oder note</translation>
    </message>
    <message>
        <source>one-line subject</source>
        <translation>einzeiliger Betreff</translation>
    </message>
    <message>
        <source>what was said or written</source>
        <translation>was gesagt oder geschrieben wurde</translation>
    </message>
    <message>
        <source>when it happened: &quot;YYYY-MM-DD HH:MM&quot; local time, or ISO 8601 with Z or an offset (default: now)</source>
        <translation>wann es stattfand: &quot;YYYY-MM-DD HH:MM&quot; in Ortszeit oder ISO 8601 mit Z oder einem Offset (Standard: jetzt)</translation>
    </message>
    <message>
        <source>link to this contact; repeatable</source>
        <translation>mit diesem Kontakt verknüpfen; wiederholbar</translation>
    </message>
    <message>
        <source>link to this company; repeatable</source>
        <translation>mit dieser Firma verknüpfen; wiederholbar</translation>
    </message>
    <message>
        <source>link to this deal; repeatable</source>
        <translation>mit diesem Deal verknüpfen; wiederholbar</translation>
    </message>
    <message>
        <source>a record&apos;s timeline, newest first (without --contact, --company or --deal: your own recent activities); prints the cursor of the next page</source>
        <translation>der Verlauf eines Datensatzes, neueste zuerst (ohne --contact, --company oder --deal: Ihre eigenen letzten Aktivitäten); gibt den Cursor der nächsten Seite aus</translation>
    </message>
    <message>
        <source>the timeline of this contact</source>
        <translation>der Verlauf dieses Kontakts</translation>
    </message>
    <message>
        <source>the timeline of this company</source>
        <translation>der Verlauf dieser Firma</translation>
    </message>
    <message>
        <source>the timeline of this deal</source>
        <translation>der Verlauf dieses Deals</translation>
    </message>
    <message>
        <source>add a task for yourself and print its uid</source>
        <translation>eine Aufgabe für sich selbst hinzufügen und ihre UID ausgeben</translation>
    </message>
    <message>
        <source>what is to be done</source>
        <translation>was zu erledigen ist</translation>
    </message>
    <message>
        <source>details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>due date YYYY-MM-DD (by the end of that day) or date and time, local unless it carries Z or an offset</source>
        <translation>Fälligkeitsdatum YYYY-MM-DD (bis zum Ende dieses Tages) oder Datum und Uhrzeit, in Ortszeit, sofern nicht Z oder ein Offset angegeben ist</translation>
    </message>
    <message>
        <source>remind at this time (a date alone: 09:00); not after --due</source>
        <translation>zu diesem Zeitpunkt erinnern (nur ein Datum: 09:00); nicht nach --due</translation>
    </message>
    <message>
        <source>list open tasks, earliest due first</source>
        <translation>offene Aufgaben auflisten, früheste Fälligkeit zuerst</translation>
    </message>
    <message>
        <source>only your own tasks</source>
        <translation>nur Ihre eigenen Aufgaben</translation>
    </message>
    <message>
        <source>only tasks due before today</source>
        <translation>nur Aufgaben, die vor heute fällig waren</translation>
    </message>
    <message>
        <source>only tasks due today (with --overdue: both, as in My day)</source>
        <translation>nur heute fällige Aufgaben (mit --overdue: beides, wie in Mein Tag)</translation>
    </message>
    <message>
        <source>done tasks instead of open ones</source>
        <translation>erledigte statt offener Aufgaben</translation>
    </message>
    <message>
        <source>open and done tasks</source>
        <translation>offene und erledigte Aufgaben</translation>
    </message>
    <message>
        <source>mark a task done</source>
        <translation>eine Aufgabe als erledigt markieren</translation>
    </message>
    <message>
        <source>preview a CSV or vCard file (new rows, matches, problems with their lines) and import it in one transaction; exit 7 when a row has a problem, unless --skip-invalid</source>
        <translation>eine CSV- oder vCard-Datei in der Vorschau anzeigen (neue Zeilen, Übereinstimmungen, Probleme mit ihren Zeilen) und in einer Transaktion importieren; Exit-Code 7, wenn eine Zeile ein Problem hat, außer mit --skip-invalid</translation>
    </message>
    <message>
        <source>csv or vcard (default: detected)</source>
        <translation>csv oder vcard (Standard: automatisch erkannt)</translation>
    </message>
    <message>
        <source>column mapping, {&quot;Column&quot;: &quot;field&quot;}; fields: given, family, email, phone, company, title, notes, tag, street, city, postcode, region, country, birthday, website, skip</source>
        <translation>Spaltenzuordnung, {&quot;Column&quot;: &quot;field&quot;}; Felder: given, family, email, phone, company, title, notes, tag, street, city, postcode, region, country, birthday, website, skip</translation>
    </message>
    <message>
        <source>only print the preview; write nothing</source>
        <translation>nur die Vorschau ausgeben; nichts schreiben</translation>
    </message>
    <message>
        <source>import the other rows and leave out the rows with problems</source>
        <translation>die übrigen Zeilen importieren und die Zeilen mit Problemen auslassen</translation>
    </message>
    <message>
        <source>skip (default) or merge: fill the matched contact&apos;s empty fields, add its missing emails, phones and tags</source>
        <translation>skip (Standard) oder merge: leere Felder des gefundenen Kontakts füllen und fehlende E-Mail-Adressen, Telefonnummern und Tags hinzufügen</translation>
    </message>
    <message>
        <source>utf-8, utf-16le or utf-16be (default: detected)</source>
        <translation>utf-8, utf-16le oder utf-16be (Standard: automatisch erkannt)</translation>
    </message>
    <message>
        <source>comma, semicolon or tab (default: detected)</source>
        <translation>comma, semicolon oder tab (Standard: automatisch erkannt)</translation>
    </message>
    <message>
        <source>write contacts to a file (CSV or vCard); needs the export permission and is audited</source>
        <translation>Kontakte in eine Datei schreiben (CSV oder vCard); erfordert die Exportberechtigung und wird protokolliert</translation>
    </message>
    <message>
        <source>list the saved filters</source>
        <translation>die gespeicherten Filter auflisten</translation>
    </message>
    <message>
        <source>only filters for contact, company or deal</source>
        <translation>nur Filter für contact, company oder deal</translation>
    </message>
    <message>
        <source>save a contact filter under NAME (for export --filter and the Contacts page)</source>
        <translation>einen Kontaktfilter unter NAME speichern (für export --filter und die Seite Kontakte)</translation>
    </message>
    <message>
        <source>delete the saved filter NAME</source>
        <translation>den gespeicherten Filter NAME löschen</translation>
    </message>
    <message>
        <source>contact (default), company or deal</source>
        <translation>contact (Standard), company oder deal</translation>
    </message>
    <message>
        <source>the deal&apos;s title</source>
        <translation>der Titel des Deals</translation>
    </message>
    <message>
        <source>value with a decimal point and the currency&apos;s decimals, e.g. 1234.50</source>
        <translation>Wert mit Dezimalpunkt und den Nachkommastellen der Währung, z. B. 1234.50</translation>
    </message>
    <message>
        <source>ISO-4217 code (default EUR)</source>
        <translation>ISO-4217-Code (Standard: EUR)</translation>
    </message>
    <message>
        <source>expected close date</source>
        <translation>voraussichtliches Abschlussdatum</translation>
    </message>
    <message>
        <source>the company, by name or uid</source>
        <translation>die Firma, per Name oder UID</translation>
    </message>
    <message>
        <source>a linked contact&apos;s uid; repeat for several</source>
        <translation>die UID eines verknüpften Kontakts; für mehrere wiederholen</translation>
    </message>
    <message>
        <source>owner profile (default: the acting one)</source>
        <translation>Eigentümerprofil (Standard: das handelnde Profil)</translation>
    </message>
    <message>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>pipeline (default: the first)</source>
        <translation>Pipeline (Standard: die erste)</translation>
    </message>
    <message>
        <source>stage (default: the first open stage)</source>
        <translation>Phase (Standard: die erste offene Phase)</translation>
    </message>
    <message>
        <source>the stage&apos;s (new) name</source>
        <translation>der (neue) Name der Phase</translation>
    </message>
    <message>
        <source>chance of winning, in per cent</source>
        <translation>Abschlusswahrscheinlichkeit in Prozent</translation>
    </message>
    <message>
        <source>open, won or lost</source>
        <translation>open, won oder lost</translation>
    </message>
    <message>
        <source>place in the pipeline, 1 for the first</source>
        <translation>Position in der Pipeline, 1 für die erste</translation>
    </message>
    <message>
        <source>add a deal and print its uid</source>
        <translation>einen Deal hinzufügen und seine UID ausgeben</translation>
    </message>
    <message>
        <source>show a deal</source>
        <translation>einen Deal anzeigen</translation>
    </message>
    <message>
        <source>list deals, a page at a time; prints the cursor of the next page</source>
        <translation>Deals seitenweise auflisten; gibt den Cursor der nächsten Seite aus</translation>
    </message>
    <message>
        <source>only deals of this pipeline</source>
        <translation>nur Deals dieser Pipeline</translation>
    </message>
    <message>
        <source>only deals in this stage</source>
        <translation>nur Deals in dieser Phase</translation>
    </message>
    <message>
        <source>only deals this profile owns</source>
        <translation>nur Deals, deren Eigentümer dieses Profil ist</translation>
    </message>
    <message>
        <source>only deals with this tag</source>
        <translation>nur Deals mit diesem Tag</translation>
    </message>
    <message>
        <source>only deals of this company</source>
        <translation>nur Deals dieser Firma</translation>
    </message>
    <message>
        <source>only deals linked to this contact</source>
        <translation>nur Deals, die mit diesem Kontakt verknüpft sind</translation>
    </message>
    <message>
        <source>only deals whose title contains TEXT</source>
        <translation>nur Deals, deren Titel TEXT enthält</translation>
    </message>
    <message>
        <source>updated (default), title, value or close</source>
        <translation>updated (Standard), title, value oder close</translation>
    </message>
    <message>
        <source>change the fields given; --contact and --tag replace the whole list</source>
        <translation>die angegebenen Felder ändern; --contact und --tag ersetzen die gesamte Liste</translation>
    </message>
    <message>
        <source>move a deal to another stage (name or uid); a won or lost stage closes it, an open one reopens it</source>
        <translation>einen Deal in eine andere Phase verschieben (Name oder UID); eine Gewonnen- oder Verloren-Phase schließt ihn ab, eine offene Phase öffnet ihn wieder</translation>
    </message>
    <message>
        <source>why, when the stage is a lost or won one</source>
        <translation>Begründung, wenn es sich um eine Verloren- oder Gewonnen-Phase handelt</translation>
    </message>
    <message>
        <source>mark a deal as won (moves it to the won stage)</source>
        <translation>einen Deal als gewonnen markieren (verschiebt ihn in die Gewonnen-Phase)</translation>
    </message>
    <message>
        <source>why it was won (optional)</source>
        <translation>warum er gewonnen wurde (optional)</translation>
    </message>
    <message>
        <source>mark a deal as lost (moves it to the lost stage)</source>
        <translation>einen Deal als verloren markieren (verschiebt ihn in die Verloren-Phase)</translation>
    </message>
    <message>
        <source>why it was lost (required)</source>
        <translation>warum er verloren wurde (erforderlich)</translation>
    </message>
    <message>
        <source>delete a deal</source>
        <translation>einen Deal löschen</translation>
    </message>
    <message>
        <source>the stages a deal went through: from, to, when, by whom</source>
        <translation>die Phasen, die ein Deal durchlaufen hat: von, nach, wann, durch wen</translation>
    </message>
    <message>
        <source>list the pipelines and their stages</source>
        <translation>die Pipelines und ihre Phasen auflisten</translation>
    </message>
    <message>
        <source>add a pipeline with the default stages (needs &quot;configure pipelines&quot;)</source>
        <translation>eine Pipeline mit den Standardphasen hinzufügen (erfordert &quot;Pipelines konfigurieren&quot;)</translation>
    </message>
    <message>
        <source>add a stage to a pipeline (needs &quot;configure pipelines&quot;)</source>
        <translation>einer Pipeline eine Phase hinzufügen (erfordert &quot;Pipelines konfigurieren&quot;)</translation>
    </message>
    <message>
        <source>rename a stage, change its probability, kind or position (needs &quot;configure pipelines&quot;)</source>
        <translation>eine Phase umbenennen oder ihre Wahrscheinlichkeit, Art oder Position ändern (erfordert &quot;Pipelines konfigurieren&quot;)</translation>
    </message>
    <message>
        <source>remove a stage that holds no deals (needs &quot;configure pipelines&quot;)</source>
        <translation>eine Phase entfernen, die keine Deals enthält (erfordert &quot;Pipelines konfigurieren&quot;)</translation>
    </message>
    <message>
        <source>only contacts with a valid basis for this purpose (name or uid); says how many were left out and why</source>
        <translation>nur Kontakte mit gültiger Grundlage für diesen Zweck (Name oder UID); nennt, wie viele ausgelassen wurden und warum</translation>
    </message>
    <message>
        <source>the notice&apos;s title</source>
        <translation>der Titel des Hinweises</translation>
    </message>
    <message>
        <source>read the text from this UTF-8 file</source>
        <translation>den Text aus dieser UTF-8-Datei lesen</translation>
    </message>
    <message>
        <source>the text itself (instead of --file)</source>
        <translation>der Text selbst (statt --file)</translation>
    </message>
    <message>
        <source>markdown (default) or html</source>
        <translation>markdown (Standard) oder html</translation>
    </message>
    <message>
        <source>the language of a bare VERSION (needed when several have it)</source>
        <translation>die Sprache einer bloßen VERSION (nötig, wenn mehrere sie haben)</translation>
    </message>
    <message>
        <source>language code: en, de, de-AT</source>
        <translation>Sprachcode: en, de, de-AT</translation>
    </message>
    <message>
        <source>a small change (typos): earlier acknowledgements stay current</source>
        <translation>eine kleine Änderung (Tippfehler): frühere Kenntnisnahmen bleiben aktuell</translation>
    </message>
    <message>
        <source>whether the change is material</source>
        <translation>ob die Änderung wesentlich ist</translation>
    </message>
    <message>
        <source>list the privacy-notice versions, by language and version</source>
        <translation>die Versionen der Datenschutzhinweise auflisten, nach Sprache und Version</translation>
    </message>
    <message>
        <source>only this language</source>
        <translation>nur diese Sprache</translation>
    </message>
    <message>
        <source>add a draft notice as the next version of its language and print its uid (needs &quot;manage purposes&quot;)</source>
        <translation>einen Hinweis-Entwurf als nächste Version seiner Sprache hinzufügen und seine UID ausgeben (erfordert „Zwecke verwalten“)</translation>
    </message>
    <message>
        <source>change a draft; a published version cannot be changed (exit 7): add a new version</source>
        <translation>einen Entwurf ändern; eine veröffentlichte Version kann nicht geändert werden (Exit 7): fügen Sie eine neue Version hinzu</translation>
    </message>
    <message>
        <source>publish a draft: it is hashed (SHA-256), dated and frozen</source>
        <translation>einen Entwurf veröffentlichen: er wird gehasht (SHA-256), datiert und eingefroren</translation>
    </message>
    <message>
        <source>show a notice and its text; NOTICE is a uid, VERSION, LANG:VERSION or current</source>
        <translation>einen Hinweis und seinen Text anzeigen; NOTICE ist eine UID, VERSION, LANG:VERSION oder current</translation>
    </message>
    <message>
        <source>delete a draft; a published version is kept (exit 7)</source>
        <translation>einen Entwurf löschen; eine veröffentlichte Version bleibt erhalten (Exit 7)</translation>
    </message>
    <message>
        <source>record that a contact was shown a published notice (needs &quot;add and edit contacts&quot;)</source>
        <translation>erfassen, dass einem Kontakt ein veröffentlichter Hinweis gezeigt wurde (erfordert „Kontakte hinzufügen und bearbeiten“)</translation>
    </message>
    <message>
        <source>in-person, phone, email, web, paper or other</source>
        <translation>in-person, phone, email, web, paper oder other</translation>
    </message>
    <message>
        <source>when: &quot;YYYY-MM-DD HH:MM&quot; local time, or ISO 8601 with Z or an offset (default: now)</source>
        <translation>wann: &quot;YYYY-MM-DD HH:MM&quot; Ortszeit, oder ISO 8601 mit Z oder einem Versatz (Standard: jetzt)</translation>
    </message>
    <message>
        <source>the notices a contact acknowledged, newest first</source>
        <translation>die Hinweise, deren Kenntnisnahme ein Kontakt bestätigt hat, neueste zuerst</translation>
    </message>
    <message>
        <source>contacts whose acknowledged version is older than the current one after a material change</source>
        <translation>Kontakte, deren bestätigte Version nach einer wesentlichen Änderung älter als die aktuelle ist</translation>
    </message>
    <message>
        <source>the language (default en)</source>
        <translation>die Sprache (Standard en)</translation>
    </message>
    <message>
        <source>write to FILE (mode 0600) instead of stdout</source>
        <translation>in DATEI (Modus 0600) statt auf stdout schreiben</translation>
    </message>
    <message>
        <source>md (default) or pdf</source>
        <translation>md (Standard) oder pdf</translation>
    </message>
    <message>
        <source>the notice language the policy belongs to (default en)</source>
        <translation>die Sprache des Hinweises, zu dem die Datenschutzerklärung gehört (Standard en)</translation>
    </message>
    <message>
        <source>a privacy-policy draft built from the vault&apos;s configuration, listing what is missing at the top; Markdown on stdout, or a file (PDF needs --out)</source>
        <translation>ein Entwurf der Datenschutzerklärung aus der Konfiguration des Tresors, mit der Liste des Fehlenden am Anfang; Markdown auf stdout oder eine Datei (PDF erfordert --out)</translation>
    </message>
    <message>
        <source>the records of processing activities (Art. 30 GDPR), one per purpose; Markdown or CSV on stdout, or a file (PDF needs --out)</source>
        <translation>das Verzeichnis von Verarbeitungstätigkeiten (Art. 30 DSGVO), ein Eintrag je Zweck; Markdown oder CSV auf stdout oder eine Datei (PDF erfordert --out)</translation>
    </message>
    <message>
        <source>md (default), csv or pdf</source>
        <translation>md (Standard), csv oder pdf</translation>
    </message>
    <message>
        <source>the purpose&apos;s (new) name</source>
        <translation>der (neue) Name des Zwecks</translation>
    </message>
    <message>
        <source>lawful basis: consent, contract, legal-obligation, vital-interests, public-task or legitimate-interests</source>
        <translation>Rechtsgrundlage: consent, contract, legal-obligation, vital-interests, public-task oder legitimate-interests</translation>
    </message>
    <message>
        <source>what the data is used for</source>
        <translation>wofür die Daten verwendet werden</translation>
    </message>
    <message>
        <source>the legitimate interest, written out (needed for legitimate-interests)</source>
        <translation>das berechtigte Interesse, ausformuliert (nötig für legitimate-interests)</translation>
    </message>
    <message>
        <source>how many days data is needed for it (on edit, empty: no period)</source>
        <translation>wie viele Tage die Daten dafür benötigt werden (beim Bearbeiten, leer: keine Frist)</translation>
    </message>
    <message>
        <source>a field it uses, such as contact.email; repeat for several</source>
        <translation>ein Feld, das er verwendet, etwa contact.email; für mehrere wiederholen</translation>
    </message>
    <message>
        <source>it is direct marketing: contacts who object are left out</source>
        <translation>es ist Direktwerbung: Kontakte, die widersprechen, werden ausgelassen</translation>
    </message>
    <message>
        <source>needs a consent per contact even on another basis (always for consent)</source>
        <translation>erfordert eine Einwilligung je Kontakt, auch bei anderer Grundlage (bei consent immer)</translation>
    </message>
    <message>
        <source>it is not direct marketing</source>
        <translation>es ist keine Direktwerbung</translation>
    </message>
    <message>
        <source>needs no consent (not for the consent basis)</source>
        <translation>erfordert keine Einwilligung (nicht für die Grundlage consent)</translation>
    </message>
    <message>
        <source>empty the list of fields (--field replaces it)</source>
        <translation>die Liste der Felder leeren (--field ersetzt sie)</translation>
    </message>
    <message>
        <source>web-form, paper, verbal, email, import or other (default other)</source>
        <translation>web-form, paper, verbal, email, import oder other (Standard other)</translation>
    </message>
    <message>
        <source>where the proof is: a form&apos;s id, where the paper is filed, who heard it</source>
        <translation>wo der Nachweis liegt: die ID eines Formulars, wo das Papier abgelegt ist, wer es gehört hat</translation>
    </message>
    <message>
        <source>when it happened (default now; not in the future)</source>
        <translation>wann es geschah (Standard jetzt; nicht in der Zukunft)</translation>
    </message>
    <message>
        <source>the published notice shown: uid, VERSION or LANG:VERSION</source>
        <translation>der gezeigte veröffentlichte Hinweis: UID, VERSION oder LANG:VERSION</translation>
    </message>
    <message>
        <source>when the consent is to be asked again (not for a withdrawal)</source>
        <translation>wann die Einwilligung erneut einzuholen ist (nicht bei einem Widerruf)</translation>
    </message>
    <message>
        <source>list the purposes with their lawful basis</source>
        <translation>die Zwecke mit ihrer Rechtsgrundlage auflisten</translation>
    </message>
    <message>
        <source>archived purposes too</source>
        <translation>auch archivierte Zwecke</translation>
    </message>
    <message>
        <source>show a purpose (by name or uid)</source>
        <translation>einen Zweck anzeigen (nach Name oder UID)</translation>
    </message>
    <message>
        <source>add a purpose and print its uid (needs &quot;manage purposes&quot;)</source>
        <translation>einen Zweck hinzufügen und seine UID ausgeben (erfordert „Zwecke verwalten“)</translation>
    </message>
    <message>
        <source>change what is given; --field replaces the list (needs &quot;manage purposes&quot;)</source>
        <translation>das Angegebene ändern; --field ersetzt die Liste (erfordert „Zwecke verwalten“)</translation>
    </message>
    <message>
        <source>archive a purpose: kept in the records, no longer used (needs &quot;manage purposes&quot;)</source>
        <translation>einen Zweck archivieren: bleibt in den Aufzeichnungen, wird nicht mehr verwendet (erfordert „Zwecke verwalten“)</translation>
    </message>
    <message>
        <source>use an archived purpose again (needs &quot;manage purposes&quot;)</source>
        <translation>einen archivierten Zweck wieder verwenden (erfordert „Zwecke verwalten“)</translation>
    </message>
    <message>
        <source>record that a contact gave consent for a purpose</source>
        <translation>erfassen, dass ein Kontakt seine Einwilligung für einen Zweck erteilt hat</translation>
    </message>
    <message>
        <source>record that a contact withdrew consent for a purpose</source>
        <translation>erfassen, dass ein Kontakt seine Einwilligung für einen Zweck widerrufen hat</translation>
    </message>
    <message>
        <source>record that a contact confirmed a given consent again</source>
        <translation>erfassen, dass ein Kontakt eine erteilte Einwilligung erneut bestätigt hat</translation>
    </message>
    <message>
        <source>a contact&apos;s consent events, newest first</source>
        <translation>die Einwilligungsereignisse eines Kontakts, neueste zuerst</translation>
    </message>
    <message>
        <source>a contact&apos;s consent per purpose now</source>
        <translation>die aktuelle Einwilligung eines Kontakts je Zweck</translation>
    </message>
    <message>
        <source>consents to refresh: expired, or expiring within N days</source>
        <translation>zu erneuernde Einwilligungen: abgelaufen oder innerhalb von N Tagen ablaufend</translation>
    </message>
    <message>
        <source>days ahead (0 to 3650, default 30)</source>
        <translation>Tage im Voraus (0 bis 3650, Standard 30)</translation>
    </message>
    <message>
        <source>the party&apos;s (new) name</source>
        <translation>der (neue) Name der Stelle</translation>
    </message>
    <message>
        <source>processor, sub-processor, joint-controller, recipient or third-party</source>
        <translation>processor, sub-processor, joint-controller, recipient oder third-party</translation>
    </message>
    <message>
        <source>ISO 3166-1 alpha-2 code, e.g. DE or US</source>
        <translation>ISO-3166-1-alpha-2-Code, z. B. DE oder US</translation>
    </message>
    <message>
        <source>transfer safeguard: none, adequacy, sccs, bcrs or other</source>
        <translation>Garantie für die Übermittlung: none, adequacy, sccs, bcrs oder other</translation>
    </message>
    <message>
        <source>what the safeguard is, in words</source>
        <translation>worin die Garantie besteht, in Worten</translation>
    </message>
    <message>
        <source>when the data-processing agreement was signed</source>
        <translation>wann der Auftragsverarbeitungsvertrag unterzeichnet wurde</translation>
    </message>
    <message>
        <source>where the agreement is kept</source>
        <translation>wo der Vertrag aufbewahrt wird</translation>
    </message>
    <message>
        <source>how to reach them</source>
        <translation>wie sie zu erreichen sind</translation>
    </message>
    <message>
        <source>a purpose they serve (name or uid); repeat for several</source>
        <translation>ein Zweck, dem sie dienen (Name oder UID); für mehrere wiederholen</translation>
    </message>
    <message>
        <source>they serve no purpose</source>
        <translation>sie dienen keinem Zweck</translation>
    </message>
    <message>
        <source>list the processors and other recipients, by name</source>
        <translation>die Auftragsverarbeiter und anderen Empfänger auflisten, nach Name</translation>
    </message>
    <message>
        <source>archived ones too</source>
        <translation>auch archivierte</translation>
    </message>
    <message>
        <source>show an entry of the register (name or uid)</source>
        <translation>einen Eintrag des Verzeichnisses anzeigen (Name oder UID)</translation>
    </message>
    <message>
        <source>add a processor or other recipient and print its uid (needs &quot;manage purposes&quot;)</source>
        <translation>einen Auftragsverarbeiter oder anderen Empfänger hinzufügen und seine UID ausgeben (erfordert „Zwecke verwalten“)</translation>
    </message>
    <message>
        <source>change the fields given; --purpose replaces the list; an empty value clears a text</source>
        <translation>die angegebenen Felder ändern; --purpose ersetzt die Liste; ein leerer Wert löscht einen Text</translation>
    </message>
    <message>
        <source>archive an entry: it leaves the policy and the record, but stays in the vault</source>
        <translation>einen Eintrag archivieren: er verschwindet aus der Datenschutzerklärung und dem Verzeichnis, bleibt aber im Tresor</translation>
    </message>
    <message>
        <source>bring an archived entry back</source>
        <translation>einen archivierten Eintrag zurückholen</translation>
    </message>
    <message>
        <source>show the controller, DPO and supervisory authority details</source>
        <translation>die Angaben zu Verantwortlichem, Datenschutzbeauftragtem und Aufsichtsbehörde anzeigen</translation>
    </message>
    <message>
        <source>change the details given; an empty value clears one (needs &quot;manage purposes&quot;)</source>
        <translation>die angegebenen Angaben ändern; ein leerer Wert löscht eine Angabe (erfordert „Zwecke verwalten“)</translation>
    </message>
    <message>
        <source>the business&apos;s name</source>
        <translation>der Name des Unternehmens</translation>
    </message>
    <message>
        <source>postal address; \n separates lines</source>
        <translation>Postanschrift; \n trennt Zeilen</translation>
    </message>
    <message>
        <source>where people exercise their rights</source>
        <translation>wo Betroffene ihre Rechte ausüben</translation>
    </message>
    <message>
        <source>data protection officer&apos;s name</source>
        <translation>Name des Datenschutzbeauftragten</translation>
    </message>
    <message>
        <source>data protection officer&apos;s email</source>
        <translation>E-Mail-Adresse des Datenschutzbeauftragten</translation>
    </message>
    <message>
        <source>state that no data protection officer is appointed</source>
        <translation>angeben, dass kein Datenschutzbeauftragter benannt ist</translation>
    </message>
    <message>
        <source>the supervisory authority</source>
        <translation>die Aufsichtsbehörde</translation>
    </message>
    <message>
        <source>how policy updates are announced</source>
        <translation>wie Aktualisierungen der Datenschutzerklärung bekannt gegeben werden</translation>
    </message>
    <message>
        <source>list the registry&apos;s fields: category, on or off, special category, purposes using them</source>
        <translation>die Felder des Registers auflisten: Kategorie, an oder aus, besondere Kategorie, Zwecke, die sie verwenden</translation>
    </message>
    <message>
        <source>only contact or company fields</source>
        <translation>nur Kontakt- oder Firmenfelder</translation>
    </message>
    <message>
        <source>switch an optional field off or on, or mark it as special-category data; KEY like contact.birthday (needs &quot;manage purposes&quot;)</source>
        <translation>ein optionales Feld aus- oder einschalten oder als Daten besonderer Kategorie kennzeichnen; KEY etwa contact.birthday (erfordert „Zwecke verwalten“)</translation>
    </message>
    <message>
        <source>whether the field is used</source>
        <translation>ob das Feld verwendet wird</translation>
    </message>
    <message>
        <source>special-category data (Art. 9)</source>
        <translation>Daten besonderer Kategorie (Art. 9)</translation>
    </message>
    <message>
        <source>write everything the vault holds about a contact into DIR: access.json, one CSV per section and access-report.pdf (docs/ACCESS-PACKAGE.md)</source>
        <translation>alles, was der Tresor über einen Kontakt speichert, nach DIR schreiben: access.json, eine CSV-Datei je Abschnitt und access-report.pdf (docs/ACCESS-PACKAGE.md)</translation>
    </message>
    <message>
        <source>the folder to write into (created if missing)</source>
        <translation>der Zielordner (wird bei Bedarf erstellt)</translation>
    </message>
    <message>
        <source>comma-separated json, csv, pdf (default: all three)</source>
        <translation>durch Kommas getrennt json, csv, pdf (Standard: alle drei)</translation>
    </message>
    <message>
        <source>the request this answers: named in the package, files recorded on it</source>
        <translation>die Anfrage, die damit beantwortet wird: im Paket genannt, Dateien dort vermerkt</translation>
    </message>
    <message>
        <source>include mentions of the person in other records&apos; free text</source>
        <translation>Erwähnungen der Person im Freitext anderer Datensätze einschließen</translation>
    </message>
    <message>
        <source>replace an access package already in DIR</source>
        <translation>ein bereits in DIR vorhandenes Auskunftspaket ersetzen</translation>
    </message>
    <message>
        <source>add even when the email or phone is on the suppression list (the person asked to be erased); the audit trail records the override</source>
        <translation>auch hinzufügen, wenn die E-Mail-Adresse oder Telefonnummer auf der Sperrliste steht (die Person hat ihre Löschung verlangt); das Audit-Protokoll vermerkt die Übersteuerung</translation>
    </message>
    <message>
        <source>erase a person from every table and the search index (needs &quot;erase&quot;); without --confirm it shows what would go and exits 2</source>
        <translation>eine Person aus allen Tabellen und dem Suchindex löschen (benötigt „erase“); ohne --confirm wird angezeigt, was entfernt würde, und mit Code 2 beendet</translation>
    </message>
    <message>
        <source>the contact&apos;s given and family name, as the preview shows it (case and extra spaces do not matter)</source>
        <translation>Vor- und Nachname des Kontakts, wie die Vorschau sie anzeigt (Groß-/Kleinschreibung und zusätzliche Leerzeichen spielen keine Rolle)</translation>
    </message>
    <message>
        <source>rewrite the vault file now (VACUUM); slow on a large vault</source>
        <translation>die Tresordatei sofort neu schreiben (VACUUM); bei einem großen Tresor langsam</translation>
    </message>
    <message>
        <source>the data-subject request this answers (reference or uid)</source>
        <translation>die Betroffenenanfrage, die damit beantwortet wird (Referenz oder UID)</translation>
    </message>
    <message>
        <source>only show what would go; exit 0</source>
        <translation>nur anzeigen, was entfernt würde; Exit-Code 0</translation>
    </message>
    <message>
        <source>exit 0 when the email or phone is not on the suppression list, 1 (with the date) when an erased person had it</source>
        <translation>Exit-Code 0, wenn die E-Mail-Adresse oder Telefonnummer nicht auf der Sperrliste steht, 1 (mit Datum), wenn eine gelöschte Person sie hatte</translation>
    </message>
    <message>
        <source>why it must be kept (required)</source>
        <translation>warum der Datensatz aufbewahrt werden muss (erforderlich)</translation>
    </message>
    <message>
        <source>the last day of the hold; without it, until released</source>
        <translation>der letzte Tag der Aufbewahrungssperre; ohne Angabe bis zur Freigabe</translation>
    </message>
    <message>
        <source>list the active legal holds</source>
        <translation>die aktiven Aufbewahrungssperren auflisten</translation>
    </message>
    <message>
        <source>also released and lapsed holds</source>
        <translation>auch freigegebene und abgelaufene Sperren</translation>
    </message>
    <message>
        <source>release a legal hold by its uid</source>
        <translation>eine Aufbewahrungssperre anhand ihrer UID freigeben</translation>
    </message>
    <message>
        <source>register a data-subject request; prints its reference and due date</source>
        <translation>eine Betroffenenanfrage erfassen; gibt ihre Referenz und ihr Fälligkeitsdatum aus</translation>
    </message>
    <message>
        <source>access, rectification, erasure, restriction, objection, portability or do-not-sell</source>
        <translation>access, rectification, erasure, restriction, objection, portability oder do-not-sell</translation>
    </message>
    <message>
        <source>gdpr, uk-gdpr, ccpa, pipeda, lgpd or other: sets the deadline</source>
        <translation>gdpr, uk-gdpr, ccpa, pipeda, lgpd oder other: legt die Frist fest</translation>
    </message>
    <message>
        <source>email (default), web, phone, letter, in-person or other</source>
        <translation>email (Standard), web, phone, letter, in-person oder other</translation>
    </message>
    <message>
        <source>who asked and how to reach them</source>
        <translation>wer angefragt hat und wie die Person erreichbar ist</translation>
    </message>
    <message>
        <source>what was asked</source>
        <translation>was angefragt wurde</translation>
    </message>
    <message>
        <source>a contact it is about, by uid; repeatable</source>
        <translation>ein betroffener Kontakt, per UID; wiederholbar</translation>
    </message>
    <message>
        <source>requests by due date: open ones (default), overdue, due soon or all</source>
        <translation>Anfragen nach Fälligkeit: offene (Standard), überfällige, bald fällige oder alle</translation>
    </message>
    <message>
        <source>requests not closed (default)</source>
        <translation>nicht abgeschlossene Anfragen (Standard)</translation>
    </message>
    <message>
        <source>open requests past their due date</source>
        <translation>offene Anfragen nach ihrem Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>open requests due within N days (0 to 3650), overdue ones included</source>
        <translation>offene Anfragen, die innerhalb von N Tagen fällig sind (0 bis 3650), einschließlich überfälliger</translation>
    </message>
    <message>
        <source>closed requests too</source>
        <translation>auch abgeschlossene Anfragen</translation>
    </message>
    <message>
        <source>a request with its contacts, artefacts and what is due next</source>
        <translation>eine Anfrage mit ihren Kontakten, Artefakten und dem, was als Nächstes fällig ist</translation>
    </message>
    <message>
        <source>record how the requester&apos;s identity was verified (as this profile)</source>
        <translation>festhalten, wie die Identität der anfragenden Person geprüft wurde (als dieses Profil)</translation>
    </message>
    <message>
        <source>how the identity was checked</source>
        <translation>wie die Identität geprüft wurde</translation>
    </message>
    <message>
        <source>extend the deadline once, as the jurisdiction allows, with the reason</source>
        <translation>die Frist einmalig verlängern, soweit die Rechtsordnung es erlaubt, mit Begründung</translation>
    </message>
    <message>
        <source>why more time is needed</source>
        <translation>warum mehr Zeit benötigt wird</translation>
    </message>
    <message>
        <source>record that the receipt was confirmed or the requester told of the extension</source>
        <translation>festhalten, dass der Eingang bestätigt oder die anfragende Person über die Fristverlängerung informiert wurde</translation>
    </message>
    <message>
        <source>the receipt was confirmed to the requester</source>
        <translation>der Eingang wurde der anfragenden Person bestätigt</translation>
    </message>
    <message>
        <source>the requester was told of the extension and its reason</source>
        <translation>die anfragende Person wurde über die Fristverlängerung und ihren Grund informiert</translation>
    </message>
    <message>
        <source>close a request: completed (identity verified first), refused or withdrawn</source>
        <translation>eine Anfrage abschließen: completed (Identität zuvor geprüft), refused oder withdrawn</translation>
    </message>
    <message>
        <source>completed, refused or withdrawn</source>
        <translation>completed, refused oder withdrawn</translation>
    </message>
    <message>
        <source>closing note (needed for a refusal)</source>
        <translation>Abschlussnotiz (bei einer Ablehnung erforderlich)</translation>
    </message>
    <message>
        <source>restrict processing of a contact (Art. 18): it becomes read-only and leaves every export</source>
        <translation>die Verarbeitung eines Kontakts einschränken (Art. 18): er wird schreibgeschützt und aus jedem Export ausgenommen</translation>
    </message>
    <message>
        <source>why (e.g. accuracy contested); kept with the contact, never audited</source>
        <translation>Grund (z. B. Richtigkeit bestritten); wird beim Kontakt gespeichert, nie protokolliert</translation>
    </message>
    <message>
        <source>lift the restriction of a contact</source>
        <translation>die Einschränkung eines Kontakts aufheben</translation>
    </message>
    <message>
        <source>record an objection to direct marketing (Art. 21(2)); withdraws marketing consents</source>
        <translation>einen Widerspruch gegen Direktwerbung erfassen (Art. 21 Abs. 2); widerruft Marketing-Einwilligungen</translation>
    </message>
    <message>
        <source>field changes of a contact (Art. 16) and the recipients to tell of them (Art. 19)</source>
        <translation>Feldänderungen eines Kontakts (Art. 16) und die darüber zu informierenden Empfänger (Art. 19)</translation>
    </message>
    <message>
        <source>delete a contact: an erasure, as subject erase does (suppression list, erasure ledger, receipt; legal holds keep what they hold); needs the erase permission; without --yes it shows what would go and exits 2</source>
        <translation>Kontakt löschen: eine Löschung wie bei subject erase (Sperrliste, Löschregister, Löschbeleg; Aufbewahrungssperren bewahren, was sie erfassen); erfordert die Löschberechtigung; ohne --yes wird angezeigt, was entfernt würde, und mit Code 2 beendet</translation>
    </message>
    <message>
        <source>confirm: erase the contact and keep its emails and phones on the suppression list</source>
        <translation>bestätigen: den Kontakt löschen und seine E-Mail-Adressen und Telefonnummern auf der Sperrliste behalten</translation>
    </message>
    <message>
        <source>list the records legal holds keep back from an erasure: each is erased when its hold is released or lapses</source>
        <translation>die Datensätze auflisten, die Aufbewahrungssperren von einer Löschung zurückhalten: Jeder wird gelöscht, sobald seine Sperre freigegeben wird oder abläuft</translation>
    </message>
    <message>
        <source>also the queued erasures that have run</source>
        <translation>auch die zurückgestellten Löschungen, die bereits ausgeführt wurden</translation>
    </message>
    <message>
        <source>keep a contact, company, deal or activity from erasure: it stays unchanged and restricted, and its erasure waits until the hold is released or lapses; needs &quot;erase&quot;</source>
        <translation>einen Kontakt, eine Firma, einen Deal oder eine Aktivität vor der Löschung bewahren: Der Datensatz bleibt unverändert und eingeschränkt, und seine Löschung wartet, bis die Sperre freigegeben wird oder abläuft; benötigt „erase“</translation>
    </message>
    <message>
        <source>updated at or after TIME (a date alone: from its start, local time)</source>
        <translation>geändert zum Zeitpunkt TIME oder danach (ein Datum allein: ab Beginn dieses Tages, Ortszeit)</translation>
    </message>
    <message>
        <source>updated before TIME (a date alone: before that day begins, local time)</source>
        <translation>geändert vor dem Zeitpunkt TIME (ein Datum allein: vor Beginn dieses Tages, Ortszeit)</translation>
    </message>
    <message>
        <source>only entries at or after TIME (a date alone: from its start, local time)</source>
        <translation>nur Einträge ab TIME (ein Datum allein: ab Beginn dieses Tages, Ortszeit)</translation>
    </message>
    <message>
        <source>also re-apply the erasures in this erasure ledger file (a vault&apos;s backups/erasure-ledger.cfl); the one beside the backup is read anyway</source>
        <translation>auch die Löschungen aus dieser Löschregisterdatei erneut anwenden (backups/erasure-ledger.cfl eines Tresors); das Löschregister neben der Sicherung wird ohnehin gelesen</translation>
    </message>
    <message>
        <source>restore even when no erasure ledger newer than the backup is found (people erased since may come back; recorded in the restored vault&apos;s audit trail)</source>
        <translation>auch dann wiederherstellen, wenn kein Löschregister gefunden wird, das neuer als die Sicherung ist (seitdem gelöschte Personen können zurückkehren; wird im Prüfprotokoll des wiederhergestellten Tresors vermerkt)</translation>
    </message>
    <message>
        <source>when it arrived: YYYY-MM-DD (that day of the register; today: now) or a time (default now)</source>
        <translation>Eingang: YYYY-MM-DD (dieser Tag im Verzeichnis der Anfragen; heute: jetzt) oder Datum mit Uhrzeit (Standard: jetzt)</translation>
    </message>
    <message>
        <source>when it happened: YYYY-MM-DD or a time (default now)</source>
        <translation>wann es stattfand: YYYY-MM-DD oder Datum mit Uhrzeit (Standard: jetzt)</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>repeat for several</source>
        <translation>für mehrere wiederholen</translation>
    </message>
    <message>
        <source>e.g. https://example.com</source>
        <translation>z. B. https://example.com</translation>
    </message>
    <message>
        <source>by name; created when there is none of that name yet</source>
        <translation>nach Name; wird angelegt, falls es noch keine mit diesem Namen gibt</translation>
    </message>
    <message>
        <source>read the new profile&apos;s PIN (at least 6 characters, no repeated group or straight run such as 121212 or 123456) from the next unread line of standard input</source>
        <translation>die PIN des neuen Profils (mindestens 6 Zeichen, keine wiederholte Gruppe und keine fortlaufende Folge wie 121212 oder 123456) aus der nächsten ungelesenen Zeile der Standardeingabe lesen</translation>
    </message>
    <message>
        <source>list the operator profiles: name, role, whether it has a PIN, wrong PINs since its last right one and until when it must wait, created</source>
        <translation>Bedienerprofile auflisten: Name, Rolle, ob eine PIN gesetzt ist, falsche PINs seit der letzten richtigen und bis wann das Profil warten muss, Erstellungsdatum</translation>
    </message>
    <message>
        <source>line 1 of standard input opens the vault being replaced (or DIR), line 2 the backup: for a vault whose passphrase or key changed since the backup was taken</source>
        <translation>Zeile 1 der Standardeingabe öffnet den zu ersetzenden Tresor (oder DIR), Zeile 2 die Sicherung: für einen Tresor, dessen Passphrase oder Schlüssel sich seit dem Erstellen der Sicherung geändert hat</translation>
    </message>
    <message>
        <source>replace the person&apos;s name, emails and phones in a mention the erasure preview lists (type, uid and field as it shows them) with a marker, keeping no old value in the change history; needs &quot;erase&quot;</source>
        <translation>Namen, E-Mail-Adressen und Telefonnummern der Person in einer Erwähnung, die die Löschvorschau aufführt (Typ, UID und Feld, wie sie dort angezeigt werden), durch eine Markierung ersetzen, ohne einen alten Wert im Änderungsverlauf zu behalten; benötigt „erase“</translation>
    </message>
</context>
<context>
    <name>CompanyCommands</name>
    <message>
        <source>company add needs --name; see confidant-cli company add --help.</source>
        <translation>company add benötigt --name; siehe confidant-cli company add --help.</translation>
    </message>
    <message>
        <source>Uid:</source>
        <translation>UID:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Domain:</source>
        <translation>Domain:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>Street:</source>
        <translation>Straße:</translation>
    </message>
    <message>
        <source>Postcode:</source>
        <translation>PLZ:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Ort:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Land:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notizen:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Herkunft:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Geändert:</translation>
    </message>
    <message>
        <source>--sort takes name or updated.</source>
        <translation>--sort erwartet name oder updated.</translation>
    </message>
    <message>
        <source>--after takes the cursor printed by the previous company list with the same --sort and --search.</source>
        <translation>--after erwartet den Cursor, den der vorherige Aufruf von company list mit denselben Werten für --sort und --search ausgegeben hat.</translation>
    </message>
    <message>
        <source>No companies.</source>
        <translation>Keine Firmen.</translation>
    </message>
    <message>
        <source>UID</source>
        <translation>UID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>DOMAIN</source>
        <translation>DOMAIN</translation>
    </message>
    <message>
        <source>PHONE</source>
        <translation>TELEFON</translation>
    </message>
    <message>
        <source>CITY</source>
        <translation>ORT</translation>
    </message>
    <message>
        <source>CONTACTS</source>
        <translation>KONTAKTE</translation>
    </message>
    <message>
        <source>Next page: --after %1</source>
        <translation>Nächste Seite: --after %1</translation>
    </message>
    <message>
        <source>company edit needs at least one option to change; see confidant-cli company edit --help.</source>
        <translation>company edit benötigt mindestens eine Option mit einer Änderung; siehe confidant-cli company edit --help.</translation>
    </message>
    <message>
        <source>Updated the company %1.</source>
        <translation>Firma %1 aktualisiert.</translation>
    </message>
    <message>
        <source>Deleted the company %1; its contacts were kept, without a company.</source>
        <translation>Firma %1 gelöscht; ihre Kontakte bleiben erhalten, jetzt ohne Firma.</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Tags:</translation>
    </message>
</context>
<context>
    <name>CompanyService</name>
    <message>
        <source>No such company; it may have been deleted.</source>
        <translation>Diese Firma gibt es nicht; vielleicht wurde sie gelöscht.</translation>
    </message>
    <message>
        <source>No company has that id; check it with the list command.</source>
        <translation>Keine Firma hat diese ID; prüfen Sie sie mit dem Befehl list.</translation>
    </message>
    <message>
        <source>That paging cursor belongs to another list or sort order; start again without it.</source>
        <translation>Dieser Seiten-Cursor gehört zu einer anderen Liste oder Sortierung; beginnen Sie ohne ihn neu.</translation>
    </message>
</context>
<context>
    <name>ConsentService</name>
    <message>
        <source>No such contact; it may have been deleted.</source>
        <translation>Kontakt nicht gefunden; er wurde möglicherweise gelöscht.</translation>
    </message>
    <message>
        <source>Name the notice by its uid, its version (3) or its language and version (en:3).</source>
        <translation>Nennen Sie den Hinweis mit seiner UID, seiner Version (3) oder seiner Sprache und Version (en:3).</translation>
    </message>
    <message>
        <source>No privacy notice has that uid or version.</source>
        <translation>Kein Datenschutzhinweis hat diese UID oder Version.</translation>
    </message>
    <message>
        <source>Notices in several languages have that version; name one as LANG:VERSION (en:3) or by its uid.</source>
        <translation>Hinweise in mehreren Sprachen haben diese Version; nennen Sie einen als LANG:VERSION (en:3) oder mit seiner UID.</translation>
    </message>
    <message>
        <source>That notice is a draft; only a published notice can have been shown.</source>
        <translation>Dieser Hinweis ist ein Entwurf; nur ein veröffentlichter Hinweis kann gezeigt worden sein.</translation>
    </message>
    <message>
        <source>No such purpose; it may have been removed.</source>
        <translation>Zweck nicht gefunden; er wurde möglicherweise entfernt.</translation>
    </message>
    <message>
        <source>The purpose &quot;%1&quot; is archived; consent for it can only be withdrawn.</source>
        <translation>Der Zweck „%1“ ist archiviert; eine Einwilligung dafür kann nur widerrufen werden.</translation>
    </message>
    <message>
        <source>The purpose &quot;%1&quot; rests on %2 (%3) and needs no consent.</source>
        <translation>Der Zweck „%1“ beruht auf %2 (%3) und erfordert keine Einwilligung.</translation>
    </message>
    <message>
        <source>The time of a consent event cannot be in the future.</source>
        <translation>Der Zeitpunkt eines Einwilligungsereignisses kann nicht in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>The evidence is limited to %1 characters.</source>
        <translation>Der Nachweis ist auf %1 Zeichen begrenzt.</translation>
    </message>
    <message>
        <source>A withdrawal has no expiry.</source>
        <translation>Ein Widerruf hat kein Ablaufdatum.</translation>
    </message>
    <message>
        <source>The expiry has to come after the time the consent was given.</source>
        <translation>Das Ablaufdatum muss nach dem Zeitpunkt der Einwilligung liegen.</translation>
    </message>
    <message>
        <source>A later event is recorded for this purpose already; an event cannot be dated before it.</source>
        <translation>Für diesen Zweck ist bereits ein späteres Ereignis erfasst; ein Ereignis kann nicht davor datiert werden.</translation>
    </message>
    <message>
        <source>There is no consent to withdraw: none is recorded for this purpose, or it was withdrawn already.</source>
        <translation>Es gibt keine Einwilligung zu widerrufen: Für diesen Zweck ist keine erfasst, oder sie wurde bereits widerrufen.</translation>
    </message>
    <message>
        <source>There is no consent to refresh for this purpose; record a grant instead.</source>
        <translation>Für diesen Zweck gibt es keine Einwilligung zu erneuern; erfassen Sie stattdessen eine Erteilung.</translation>
    </message>
    <message>
        <source>The consent event could not be read back.</source>
        <translation>Das Einwilligungsereignis konnte nicht zurückgelesen werden.</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Erteilt</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Refreshed</source>
        <translation>Erneuert</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Webformular</translation>
    </message>
    <message>
        <source>Paper form</source>
        <translation>Papierformular</translation>
    </message>
    <message>
        <source>Verbal</source>
        <translation>Mündlich</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Nicht erteilt</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Erteilt</translation>
    </message>
    <message>
        <source>Expired, refresh due</source>
        <translation>Abgelaufen, Erneuerung fällig</translation>
    </message>
    <message>
        <source>The number of days ahead cannot be negative.</source>
        <translation>Die Anzahl der Tage im Voraus kann nicht negativ sein.</translation>
    </message>
</context>
<context>
    <name>ContactCommands</name>
    <message>
        <source>--%1 already replaces the list; leave out --%2.</source>
        <translation>--%1 ersetzt die Liste bereits; lassen Sie --%2 weg.</translation>
    </message>
    <message>
        <source>contact add needs --given or --family (or both); see confidant-cli contact add --help.</source>
        <translation>contact add benötigt --given oder --family (oder beides); siehe confidant-cli contact add --help.</translation>
    </message>
    <message>
        <source>Uid:</source>
        <translation>UID:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Firma:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Position:</translation>
    </message>
    <message>
        <source>Street:</source>
        <translation>Straße:</translation>
    </message>
    <message>
        <source>Postcode:</source>
        <translation>PLZ:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Ort:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Land:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Tags:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notizen:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Herkunft:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Geändert:</translation>
    </message>
    <message>
        <source>--sort takes family, given or updated.</source>
        <translation>--sort erwartet family, given oder updated.</translation>
    </message>
    <message>
        <source>--after takes the cursor printed by the previous contact list with the same --sort and --search.</source>
        <translation>--after erwartet den Cursor, den der vorherige Aufruf von contact list mit denselben Werten für --sort und --search ausgegeben hat.</translation>
    </message>
    <message>
        <source>No contacts.</source>
        <translation>Keine Kontakte.</translation>
    </message>
    <message>
        <source>UID</source>
        <translation>UID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>E-MAIL</translation>
    </message>
    <message>
        <source>PHONE</source>
        <translation>TELEFON</translation>
    </message>
    <message>
        <source>COMPANY</source>
        <translation>FIRMA</translation>
    </message>
    <message>
        <source>CITY</source>
        <translation>ORT</translation>
    </message>
    <message>
        <source>Next page: --after %1</source>
        <translation>Nächste Seite: --after %1</translation>
    </message>
    <message>
        <source>contact edit needs at least one option to change; see confidant-cli contact edit --help.</source>
        <translation>contact edit benötigt mindestens eine Option mit einer Änderung; siehe confidant-cli contact edit --help.</translation>
    </message>
    <message>
        <source>Updated the contact %1.</source>
        <translation>Kontakt %1 aktualisiert.</translation>
    </message>
    <message>
        <source>Birthday:</source>
        <translation>Geburtstag:</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation>Website:</translation>
    </message>
    <message>
        <source>Imported:</source>
        <translation>Importiert:</translation>
    </message>
    <message>
        <source>from %1 on %2 by %3</source>
        <translation>aus %1 am %2 durch %3</translation>
    </message>
    <message>
        <source>Processing:</source>
        <translation>Verarbeitung:</translation>
    </message>
    <message>
        <source>Restricted since %1 (Art. 18): read-only until the restriction is lifted</source>
        <translation>Eingeschränkt seit %1 (Art. 18): schreibgeschützt, bis die Einschränkung aufgehoben wird</translation>
    </message>
    <message>
        <source>Marketing:</source>
        <translation>Marketing:</translation>
    </message>
    <message>
        <source>Objected to direct marketing on %1</source>
        <translation>Widerspruch gegen Direktwerbung am %1</translation>
    </message>
    <message>
        <source>%1 (not shown: needs the permission &quot;%2&quot;)</source>
        <translation>%1 (nicht angezeigt: erfordert die Berechtigung „%2“)</translation>
    </message>
    <message>
        <source>Withheld:</source>
        <translation>Zurückgehalten:</translation>
    </message>
</context>
<context>
    <name>ContactMapping</name>
    <message>
        <source>The column mapping is not a JSON object; write it as {&quot;Column&quot;: &quot;field&quot;, …}.</source>
        <translation>Die Spaltenzuordnung ist kein JSON-Objekt; schreiben Sie sie als {&quot;Column&quot;: &quot;field&quot;, …}.</translation>
    </message>
    <message>
        <source>The column mapping names the unknown field &quot;%1&quot;; use one of: %2.</source>
        <translation>Die Spaltenzuordnung nennt das unbekannte Feld &quot;%1&quot;; verwenden Sie eines von: %2.</translation>
    </message>
    <message>
        <source>The column mapping names the column &quot;%1&quot;, which the file does not have; check the spelling of the column.</source>
        <translation>Die Spaltenzuordnung nennt die Spalte &quot;%1&quot;, die es in der Datei nicht gibt; prüfen Sie die Schreibweise der Spalte.</translation>
    </message>
    <message>
        <source>Line %1: the birthday is not a full date (YYYY-MM-DD) and was left out.</source>
        <translation>Zeile %1: Der Geburtstag ist kein vollständiges Datum (YYYY-MM-DD) und wurde ausgelassen.</translation>
    </message>
    <message>
        <source>The row has more values than the header has columns; the extra values were ignored.</source>
        <translation>Die Zeile hat mehr Werte, als die Kopfzeile Spalten hat; die zusätzlichen Werte wurden ignoriert.</translation>
    </message>
    <message>
        <source>The full name was split into given and family name.</source>
        <translation>Der vollständige Name wurde in Vor- und Nachname aufgeteilt.</translation>
    </message>
    <message>
        <source>Line %1 has no name, email or phone; the row was skipped. Fill in at least one of them.</source>
        <translation>Zeile %1 hat weder Name noch E-Mail noch Telefonnummer; die Zeile wurde übersprungen. Füllen Sie mindestens eines davon aus.</translation>
    </message>
</context>
<context>
    <name>ContactService</name>
    <message>
        <source>Cancelled; nothing was added.</source>
        <translation>Abgebrochen; es wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <source>No such contact; it may have been deleted.</source>
        <translation>Diesen Kontakt gibt es nicht; vielleicht wurde er gelöscht.</translation>
    </message>
    <message>
        <source>No contact has that id; check it with the list command.</source>
        <translation>Kein Kontakt hat diese ID; prüfen Sie sie mit dem Befehl list.</translation>
    </message>
    <message>
        <source>That paging cursor belongs to another list or sort order; start again without it.</source>
        <translation>Dieser Seiten-Cursor gehört zu einer anderen Liste oder Sortierung; beginnen Sie ohne ihn neu.</translation>
    </message>
    <message>
        <source>A tag could not be saved; nothing was written.</source>
        <translation>Ein Schlagwort konnte nicht gespeichert werden; es wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>ControllerService</name>
    <message>
        <source>The controller&apos;s email address is not valid.</source>
        <translation>Die E-Mail-Adresse des Verantwortlichen ist ungültig.</translation>
    </message>
    <message>
        <source>The data protection officer&apos;s email address is not valid.</source>
        <translation>Die E-Mail-Adresse des Datenschutzbeauftragten ist ungültig.</translation>
    </message>
    <message>
        <source>The controller&apos;s phone number is not valid.</source>
        <translation>Die Telefonnummer des Verantwortlichen ist ungültig.</translation>
    </message>
    <message>
        <source>Each controller detail may have at most %1 characters; only the address, authority and update note may have several lines.</source>
        <translation>Jede Angabe zum Verantwortlichen darf höchstens %1 Zeichen haben; nur Anschrift, Aufsichtsbehörde und Hinweis zu Aktualisierungen dürfen mehrere Zeilen haben.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file could not be read; check that it still exists and that you may open it.</source>
        <translation>Die Datei konnte nicht gelesen werden; prüfen Sie, ob sie noch existiert und ob Sie sie öffnen dürfen.</translation>
    </message>
    <message>
        <source>The file is empty; choose a CSV file with a header row and at least one contact.</source>
        <translation>Die Datei ist leer; wählen Sie eine CSV-Datei mit einer Kopfzeile und mindestens einem Kontakt.</translation>
    </message>
    <message>
        <source>The file does not look like a CSV file; export the contacts as CSV (comma-separated values) and choose that file.</source>
        <translation>Die Datei sieht nicht wie eine CSV-Datei aus; exportieren Sie die Kontakte als CSV (durch Kommas getrennte Werte) und wählen Sie diese Datei.</translation>
    </message>
    <message>
        <source>Line %1 is not valid UTF-8 text; save the file as &quot;CSV UTF-8&quot; and import it again.</source>
        <translation>Zeile %1 ist kein gültiger UTF-8-Text; speichern Sie die Datei als &quot;CSV UTF-8&quot; und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>Line %1 is not valid UTF-16 text; save the file as &quot;CSV UTF-8&quot; and import it again.</source>
        <translation>Zeile %1 ist kein gültiger UTF-16-Text; speichern Sie die Datei als &quot;CSV UTF-8&quot; und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>Line %1 contains NUL characters, so the file is damaged or not plain text; export it again as CSV and retry.</source>
        <translation>Zeile %1 enthält NUL-Zeichen, daher ist die Datei beschädigt oder kein reiner Text; exportieren Sie sie erneut als CSV und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>A quoted field starting on line %1 is never closed; check the quotes in that row (a quote inside a field must be doubled) and import again.</source>
        <translation>Ein in Anführungszeichen gesetztes Feld, das in Zeile %1 beginnt, wird nie geschlossen; prüfen Sie die Anführungszeichen in dieser Zeile (ein Anführungszeichen innerhalb eines Feldes muss verdoppelt werden) und importieren Sie erneut.</translation>
    </message>
    <message>
        <source>Line %1 has a field longer than %2 characters; the row was skipped. Shorten that field and import the row again.</source>
        <translation>Zeile %1 enthält ein Feld mit mehr als %2 Zeichen; die Zeile wurde übersprungen. Kürzen Sie dieses Feld und importieren Sie die Zeile erneut.</translation>
    </message>
    <message>
        <source>Line %1 has more than %2 columns; the row was skipped. Check the delimiter or remove the extra columns.</source>
        <translation>Zeile %1 hat mehr als %2 Spalten; die Zeile wurde übersprungen. Prüfen Sie das Trennzeichen oder entfernen Sie die überzähligen Spalten.</translation>
    </message>
</context>
<context>
    <name>DashboardService</name>
    <message>
        <source>No such pipeline; it may have been deleted.</source>
        <translation>Diese Pipeline gibt es nicht; vielleicht wurde sie gelöscht.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot open the vault file; check that the folder exists and is writable.</source>
        <translation>Die Tresordatei kann nicht geöffnet werden; prüfen Sie, ob der Ordner existiert und beschreibbar ist.</translation>
    </message>
    <message>
        <source>Cannot apply the vault key.</source>
        <translation>Der Tresorschlüssel kann nicht angewendet werden.</translation>
    </message>
    <message>
        <source>A vault operation failed.</source>
        <translation>Ein Tresorvorgang ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>A vault query failed.</source>
        <translation>Eine Tresorabfrage ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>A vault query returned nothing.</source>
        <translation>Eine Tresorabfrage hat kein Ergebnis geliefert.</translation>
    </message>
    <message>
        <source>The disk is full; free some space and try again. Nothing was changed.</source>
        <translation>Der Datenträger ist voll; geben Sie Speicherplatz frei und versuchen Sie es erneut. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Cannot open the vault file; check that it exists and can be read.</source>
        <translation>Die Tresordatei kann nicht geöffnet werden; prüfen Sie, ob sie existiert und lesbar ist.</translation>
    </message>
    <message>
        <source>The vault file is damaged; it was left as it is. Run confidant-cli check to see which pages, then restore the newest good backup; an export may still save the contacts that read.</source>
        <translation>Die Tresordatei ist beschädigt; sie wurde nicht verändert. Führen Sie confidant-cli check aus, um die betroffenen Seiten zu sehen, und stellen Sie dann die neueste intakte Sicherung wieder her; ein Export kann die noch lesbaren Kontakte möglicherweise noch retten.</translation>
    </message>
    <message numerus="yes">
        <source>Another Confidant is writing to the vault and did not finish within %n second(s); nothing was changed. Try again in a moment.</source>
        <translation>
            <numerusform>Eine andere Confidant-Instanz schreibt gerade in den Tresor und ist nicht innerhalb von %n Sekunde fertig geworden; es wurde nichts geändert. Versuchen Sie es gleich noch einmal.</numerusform>
            <numerusform>Eine andere Confidant-Instanz schreibt gerade in den Tresor und ist nicht innerhalb von %n Sekunden fertig geworden; es wurde nichts geändert. Versuchen Sie es gleich noch einmal.</numerusform>
        </translation>
    </message>
    <message>
        <source>The vault file was replaced (by a restore or a key change) while this command ran; nothing was changed. Run it again.</source>
        <translation>Die Tresordatei wurde während der Ausführung dieses Befehls ersetzt (durch eine Wiederherstellung oder einen Schlüsselwechsel); es wurde nichts geändert. Führen Sie ihn erneut aus.</translation>
    </message>
    <message>
        <source>The vault is read-only here (its folder is on a read-only disk or mount, or you may not write to it): it can be read and exported, but nothing was changed. Copy the vault folder to a writable place to change it.</source>
        <translation>Der Tresor ist hier schreibgeschützt (sein Ordner liegt auf einem schreibgeschützten Datenträger oder Einhängepunkt, oder Sie dürfen nicht hineinschreiben): Er kann gelesen und exportiert werden, aber es wurde nichts geändert. Kopieren Sie den Tresorordner an einen beschreibbaren Ort, um ihn zu ändern.</translation>
    </message>
</context>
<context>
    <name>DealCommands</name>
    <message>
        <source>--currency takes an ISO-4217 code in capitals, such as EUR or USD.</source>
        <translation>--currency erwartet einen ISO-4217-Code in Großbuchstaben, etwa EUR oder USD.</translation>
    </message>
    <message>
        <source>The value has more decimals than the new currency allows; give --value as well.</source>
        <translation>Der Wert hat mehr Nachkommastellen, als die neue Währung erlaubt; geben Sie auch --value an.</translation>
    </message>
    <message numerus="yes">
        <source>--value takes a positive amount with a decimal point and at most %n decimal(s) for this currency, e.g. 1234.50.</source>
        <translation>
            <numerusform>--value erwartet einen positiven Betrag mit Dezimalpunkt und höchstens %n Nachkommastelle für diese Währung, z. B. 1234.50.</numerusform>
            <numerusform>--value erwartet einen positiven Betrag mit Dezimalpunkt und höchstens %n Nachkommastellen für diese Währung, z. B. 1234.50.</numerusform>
        </translation>
    </message>
    <message>
        <source>No company has that name; add it first with: company add.</source>
        <translation>Keine Firma hat diesen Namen; legen Sie sie zuerst an mit: company add.</translation>
    </message>
    <message>
        <source>--contact takes a contact&apos;s uid, as printed by contact add and list.</source>
        <translation>--contact erwartet die UID eines Kontakts, wie sie contact add und list ausgeben.</translation>
    </message>
    <message>
        <source>Marked the deal %1 as won.</source>
        <translation>Deal %1 als gewonnen markiert.</translation>
    </message>
    <message>
        <source>Marked the deal %1 as lost.</source>
        <translation>Deal %1 als verloren markiert.</translation>
    </message>
    <message>
        <source>--kind takes open, won or lost.</source>
        <translation>--kind erwartet open, won oder lost.</translation>
    </message>
    <message>
        <source>deal add needs --title; see confidant-cli deal add --help.</source>
        <translation>deal add benötigt --title; siehe confidant-cli deal add --help.</translation>
    </message>
    <message>
        <source>Uid:</source>
        <translation>UID:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Wert:</translation>
    </message>
    <message>
        <source>Pipeline:</source>
        <translation>Pipeline:</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Phase:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Grund:</translation>
    </message>
    <message>
        <source>Closed:</source>
        <translation>Abgeschlossen:</translation>
    </message>
    <message>
        <source>Expected close:</source>
        <translation>Voraussichtlicher Abschluss:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Eigentümer:</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Firma:</translation>
    </message>
    <message>
        <source>Contacts:</source>
        <translation>Kontakte:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Tags:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Herkunft:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Geändert:</translation>
    </message>
    <message>
        <source>--sort takes updated, title, value or close.</source>
        <translation>--sort erwartet updated, title, value oder close.</translation>
    </message>
    <message>
        <source>--status takes open, won or lost.</source>
        <translation>--status erwartet open, won oder lost.</translation>
    </message>
    <message>
        <source>--after takes the cursor printed by the previous deal list with the same filters and --sort.</source>
        <translation>--after erwartet den Cursor, den der vorherige Aufruf von deal list mit denselben Filtern und demselben Wert für --sort ausgegeben hat.</translation>
    </message>
    <message>
        <source>No deals.</source>
        <translation>Keine Deals.</translation>
    </message>
    <message>
        <source>UID</source>
        <translation>UID</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITEL</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>WERT</translation>
    </message>
    <message>
        <source>STAGE</source>
        <translation>PHASE</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>CLOSE</source>
        <translation>ABSCHLUSS</translation>
    </message>
    <message>
        <source>COMPANY</source>
        <translation>FIRMA</translation>
    </message>
    <message>
        <source>OWNER</source>
        <translation>EIGENTÜMER</translation>
    </message>
    <message>
        <source>Next page: --after %1</source>
        <translation>Nächste Seite: --after %1</translation>
    </message>
    <message>
        <source>deal edit needs at least one option to change; see confidant-cli deal edit --help.</source>
        <translation>deal edit benötigt mindestens eine Option mit einer Änderung; siehe confidant-cli deal edit --help.</translation>
    </message>
    <message>
        <source>Updated the deal %1.</source>
        <translation>Deal %1 aktualisiert.</translation>
    </message>
    <message>
        <source>Moved the deal %1 to the stage %2.</source>
        <translation>Deal %1 in die Phase %2 verschoben.</translation>
    </message>
    <message>
        <source>deal lost needs --reason R: say why the deal was lost.</source>
        <translation>deal lost benötigt --reason R: Geben Sie an, warum der Deal verloren wurde.</translation>
    </message>
    <message>
        <source>Deleted the deal %1.</source>
        <translation>Deal %1 gelöscht.</translation>
    </message>
    <message>
        <source>AT</source>
        <translation>ZEITPUNKT</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>VON</translation>
    </message>
    <message>
        <source>TO</source>
        <translation>NACH</translation>
    </message>
    <message>
        <source>BY</source>
        <translation>DURCH</translation>
    </message>
    <message>
        <source>pipeline stage-add needs --name; see confidant-cli pipeline stage-add --help.</source>
        <translation>pipeline stage-add benötigt --name; siehe confidant-cli pipeline stage-add --help.</translation>
    </message>
    <message>
        <source>Updated the stage %1.</source>
        <translation>Phase %1 aktualisiert.</translation>
    </message>
    <message>
        <source>Removed the stage %1.</source>
        <translation>Phase %1 entfernt.</translation>
    </message>
</context>
<context>
    <name>DealService</name>
    <message>
        <source>The owner is not a profile of this vault; see: profile list.</source>
        <translation>Der Eigentümer ist kein Profil dieses Tresors; siehe: profile list.</translation>
    </message>
    <message>
        <source>A deal needs a title.</source>
        <translation>Ein Deal benötigt einen Titel.</translation>
    </message>
    <message>
        <source>A deal&apos;s title has at most 200 characters and no control characters.</source>
        <translation>Der Titel eines Deals hat höchstens 200 Zeichen und keine Steuerzeichen.</translation>
    </message>
    <message>
        <source>The currency is not an ISO-4217 code; use three capital letters such as EUR or USD.</source>
        <translation>Die Währung ist kein ISO-4217-Code; verwenden Sie drei Großbuchstaben wie EUR oder USD.</translation>
    </message>
    <message>
        <source>A deal&apos;s value cannot be negative or larger than 10^18 minor units.</source>
        <translation>Der Wert eines Deals darf weder negativ noch größer als 10^18 kleinste Währungseinheiten sein.</translation>
    </message>
    <message>
        <source>The description or reason holds control characters or is longer than 100,000 characters.</source>
        <translation>Die Beschreibung oder der Grund enthält Steuerzeichen oder ist länger als 100.000 Zeichen.</translation>
    </message>
    <message>
        <source>A tag has at most 60 characters and no control characters.</source>
        <translation>Ein Tag hat höchstens 60 Zeichen und keine Steuerzeichen.</translation>
    </message>
    <message>
        <source>The stage belongs to another pipeline; choose one of this pipeline.</source>
        <translation>Die Phase gehört zu einer anderen Pipeline; wählen Sie eine Phase dieser Pipeline.</translation>
    </message>
    <message>
        <source>A lost deal needs a reason; give one.</source>
        <translation>Ein verlorener Deal benötigt einen Grund; geben Sie einen an.</translation>
    </message>
    <message>
        <source>No such company; it may have been deleted.</source>
        <translation>Diese Firma gibt es nicht; vielleicht wurde sie gelöscht.</translation>
    </message>
    <message>
        <source>A linked contact does not exist; it may have been deleted.</source>
        <translation>Ein verknüpfter Kontakt existiert nicht; vielleicht wurde er gelöscht.</translation>
    </message>
    <message>
        <source>No such deal; it may have been deleted.</source>
        <translation>Diesen Deal gibt es nicht; vielleicht wurde er gelöscht.</translation>
    </message>
    <message>
        <source>No deal has that id; check it with: deal list.</source>
        <translation>Kein Deal hat diese ID; prüfen Sie sie mit: deal list.</translation>
    </message>
    <message>
        <source>The company or a linked contact no longer exists; reload and try again.</source>
        <translation>Die Firma oder ein verknüpfter Kontakt existiert nicht mehr; laden Sie neu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The deal&apos;s pipeline has no won stage; add one in its settings.</source>
        <translation>Die Pipeline des Deals hat keine Gewonnen-Phase; fügen Sie in ihren Einstellungen eine hinzu.</translation>
    </message>
    <message>
        <source>The deal&apos;s pipeline has no lost stage; add one in its settings.</source>
        <translation>Die Pipeline des Deals hat keine Verloren-Phase; fügen Sie in ihren Einstellungen eine hinzu.</translation>
    </message>
    <message>
        <source>Say why the deal was lost: a reason is required.</source>
        <translation>Geben Sie an, warum der Deal verloren wurde: Ein Grund ist erforderlich.</translation>
    </message>
    <message>
        <source>The reason has at most 1,000 characters and no control characters.</source>
        <translation>Der Grund hat höchstens 1.000 Zeichen und keine Steuerzeichen.</translation>
    </message>
    <message>
        <source>That paging cursor belongs to another list, filter or sort order; start again without it.</source>
        <translation>Dieser Seiten-Cursor gehört zu einer anderen Liste, einem anderen Filter oder einer anderen Sortierung; beginnen Sie erneut ohne ihn.</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Contact record</source>
        <translation>Kontaktdatensatz</translation>
    </message>
    <message>
        <source>Tags on the contact</source>
        <translation>Tags am Kontakt</translation>
    </message>
    <message>
        <source>Consent history</source>
        <translation>Einwilligungsverlauf</translation>
    </message>
    <message>
        <source>Privacy notices acknowledged</source>
        <translation>Bestätigte Datenschutzhinweise</translation>
    </message>
    <message>
        <source>Links to deals</source>
        <translation>Verknüpfungen mit Deals</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <source>Activities and notes</source>
        <translation>Aktivitäten und Notizen</translation>
    </message>
    <message>
        <source>Links to activities</source>
        <translation>Verknüpfungen mit Aktivitäten</translation>
    </message>
    <message>
        <source>Change history</source>
        <translation>Änderungsverlauf</translation>
    </message>
    <message>
        <source>Search index</source>
        <translation>Suchindex</translation>
    </message>
    <message>
        <source>Tags on deals</source>
        <translation>Tags an Deals</translation>
    </message>
    <message>
        <source>Deal stage history</source>
        <translation>Phasenverlauf der Deals</translation>
    </message>
    <message>
        <source>Saved filters</source>
        <translation>Gespeicherte Filter</translation>
    </message>
</context>
<context>
    <name>ErasureCommands</name>
    <message>
        <source>Erasing %1 (%2) would remove, per table:</source>
        <translation>Die Löschung von %1 (%2) würde je Tabelle entfernen:</translation>
    </message>
    <message>
        <source>Kept but anonymised (personal texts blanked; amounts, dates and stages kept):</source>
        <translation>Aufbewahrt, aber anonymisiert (persönliche Texte geleert; Beträge, Daten und Phasen bleiben erhalten):</translation>
    </message>
    <message>
        <source>, until %1</source>
        <translation>, bis %1</translation>
    </message>
    <message>
        <source>%1 activities are linked to other records too: only their link to this person goes, their text stays.</source>
        <translation>%1 Aktivitäten sind auch mit anderen Datensätzen verknüpft: nur ihre Verknüpfung mit dieser Person wird entfernt, ihr Text bleibt.</translation>
    </message>
    <message>
        <source>%1 deals have other contacts too: only the link to this person goes.</source>
        <translation>%1 Deals haben auch andere Kontakte: nur die Verknüpfung mit dieser Person wird entfernt.</translation>
    </message>
    <message>
        <source>Emails and phones that go on the suppression list: %1.</source>
        <translation>E-Mail-Adressen und Telefonnummern, die auf die Sperrliste kommen: %1.</translation>
    </message>
    <message>
        <source>No mentions of this person in other records.</source>
        <translation>Keine Erwähnungen dieser Person in anderen Datensätzen.</translation>
    </message>
    <message>
        <source>--preview only shows what would go; leave out --confirm, or --preview to erase.</source>
        <translation>--preview zeigt nur, was entfernt würde; lassen Sie --confirm weg oder, um zu löschen, --preview.</translation>
    </message>
    <message>
        <source>--request needs the request&apos;s reference or uid.</source>
        <translation>--request benötigt die Referenz oder UID der Anfrage.</translation>
    </message>
    <message>
        <source>Nothing was erased. To erase, repeat with --confirm &quot;GIVEN FAMILY&quot; (the name shown above).</source>
        <translation>Es wurde nichts gelöscht. Wiederholen Sie zum Löschen mit --confirm &quot;VORNAME NACHNAME&quot; (der oben angezeigte Name).</translation>
    </message>
    <message>
        <source>Erased. Receipt %1 (SHA-256 %2).</source>
        <translation>Gelöscht. Löschbeleg %1 (SHA-256 %2).</translation>
    </message>
    <message>
        <source>Removed, per table:</source>
        <translation>Entfernt, je Tabelle:</translation>
    </message>
    <message>
        <source>Anonymised, per table:</source>
        <translation>Anonymisiert, je Tabelle:</translation>
    </message>
    <message>
        <source>Emails and phones now on the suppression list: %1.</source>
        <translation>E-Mail-Adressen und Telefonnummern jetzt auf der Sperrliste: %1.</translation>
    </message>
    <message>
        <source>The vault file was rewritten (VACUUM).</source>
        <translation>Die Tresordatei wurde neu geschrieben (VACUUM).</translation>
    </message>
    <message>
        <source>Not on the suppression list.</source>
        <translation>Nicht auf der Sperrliste.</translation>
    </message>
    <message>
        <source>On the suppression list since %1: the person with it asked to be erased; do not add them again without an explicit override.</source>
        <translation>Seit %1 auf der Sperrliste: Die zugehörige Person hat ihre Löschung verlangt; fügen Sie sie nicht ohne ausdrückliche Übersteuerung erneut hinzu.</translation>
    </message>
    <message>
        <source>hold add needs --reason TEXT: why the record must be kept.</source>
        <translation>hold add benötigt --reason TEXT: warum der Datensatz aufbewahrt werden muss.</translation>
    </message>
    <message>
        <source>No legal holds.</source>
        <translation>Keine Aufbewahrungssperren.</translation>
    </message>
    <message>
        <source>UID</source>
        <translation>UID</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
    <message>
        <source>RECORD</source>
        <translation>DATENSATZ</translation>
    </message>
    <message>
        <source>UNTIL</source>
        <translation>BIS</translation>
    </message>
    <message>
        <source>RELEASED</source>
        <translation>FREIGEGEBEN</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>GRUND</translation>
    </message>
    <message>
        <source>Released the legal hold %1.</source>
        <translation>Aufbewahrungssperre %1 freigegeben.</translation>
    </message>
    <message>
        <source>Kept unchanged and restricted under a legal hold, erased when it ends:</source>
        <translation>Unter einer Aufbewahrungssperre unverändert und eingeschränkt aufbewahrt, gelöscht, wenn sie endet:</translation>
    </message>
    <message>
        <source>Under a legal hold, kept unchanged and restricted: %1 %2 (reason: %3%4)</source>
        <translation>Unter Aufbewahrungssperre, unverändert und eingeschränkt aufbewahrt: %1 %2 (Grund: %3%4)</translation>
    </message>
    <message>
        <source>Kept unchanged and restricted under a legal hold, per table:</source>
        <translation>Unter einer Aufbewahrungssperre unverändert und eingeschränkt aufbewahrt, je Tabelle:</translation>
    </message>
    <message>
        <source>Queued until the hold is released or lapses: %1 (see: subject erase-queue).</source>
        <translation>Zurückgestellt, bis die Sperre freigegeben wird oder abläuft: %1 (siehe: subject erase-queue).</translation>
    </message>
    <message>
        <source>Nothing was deleted. Deleting a contact erases it: its emails and phones stay on the suppression list and the erasure is recorded. To delete, repeat with --yes.</source>
        <translation>Es wurde nichts gelöscht. Einen Kontakt zu löschen bedeutet, ihn endgültig zu löschen: Seine E-Mail-Adressen und Telefonnummern bleiben auf der Sperrliste, und die Löschung wird vermerkt. Wiederholen Sie zum Löschen mit --yes.</translation>
    </message>
    <message>
        <source>A legal hold keeps the contact %1: it stays unchanged and restricted, and its erasure is queued until the hold ends (see: subject erase-queue). Receipt %2.</source>
        <translation>Eine Aufbewahrungssperre bewahrt den Kontakt %1: Er bleibt unverändert und eingeschränkt, und seine Löschung wird zurückgestellt, bis die Sperre endet (siehe: subject erase-queue). Löschbeleg %2.</translation>
    </message>
    <message>
        <source>Deleted the contact %1: erased, receipt %2; its emails and phones are on the suppression list (%3).</source>
        <translation>Kontakt %1 gelöscht: endgültig gelöscht, Löschbeleg %2; seine E-Mail-Adressen und Telefonnummern stehen auf der Sperrliste (%3).</translation>
    </message>
    <message>
        <source>No erasure is waiting for a legal hold.</source>
        <translation>Keine Löschung wartet auf das Ende einer Aufbewahrungssperre.</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation>erledigt am %1</translation>
    </message>
    <message>
        <source>due</source>
        <translation>fällig</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>PERSON</source>
        <translation>PERSON</translation>
    </message>
    <message>
        <source>HOLD</source>
        <translation>SPERRE</translation>
    </message>
    <message>
        <source>QUEUED</source>
        <translation>ZURÜCKGESTELLT</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>Mentions in other records (change history, shared activities and saved filters are redacted by the erasure; redact the others with: subject redact-mention CONTACT TYPE UID FIELD):</source>
        <translation>Erwähnungen in anderen Datensätzen (Änderungsverlauf, geteilte Aktivitäten und gespeicherte Filter werden bei der Löschung geschwärzt; schwärzen Sie die übrigen mit: subject redact-mention CONTACT TYPE UID FIELD):</translation>
    </message>
    <message>
        <source>Redacted %1 occurrences of the person in %2 %3, %4; the change history keeps no old value.</source>
        <translation>%1 Vorkommen der Person in %2 %3, %4 geschwärzt; der Änderungsverlauf behält keinen alten Wert.</translation>
    </message>
</context>
<context>
    <name>ErasureLedger</name>
    <message>
        <source>The erasure ledger names a kind of record this version cannot erase; update Confidant and restore again.</source>
        <translation>Das Löschregister nennt eine Art von Datensatz, die diese Version nicht löschen kann; aktualisieren Sie Confidant und stellen Sie erneut wieder her.</translation>
    </message>
</context>
<context>
    <name>ErasureLedgerFile</name>
    <message>
        <source>Cannot create the folder %1; check its permissions.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden; prüfen Sie die Berechtigungen.</translation>
    </message>
    <message>
        <source>Cannot write in %1; check its permissions.</source>
        <translation>In %1 kann nicht geschrieben werden; prüfen Sie die Berechtigungen.</translation>
    </message>
    <message>
        <source>Cannot write %1; check free space and permissions.</source>
        <translation>%1 kann nicht geschrieben werden; prüfen Sie freien Speicherplatz und Berechtigungen.</translation>
    </message>
    <message>
        <source>%1 is not an erasure ledger of this vault (or of its backups), or it is damaged.</source>
        <translation>%1 ist kein Löschregister dieses Tresors (oder seiner Sicherungen) oder ist beschädigt.</translation>
    </message>
    <message>
        <source>There is no erasure ledger %1.</source>
        <translation>Das Löschregister %1 gibt es nicht.</translation>
    </message>
    <message>
        <source>Cannot read %1; check its permissions.</source>
        <translation>%1 kann nicht gelesen werden; prüfen Sie die Berechtigungen.</translation>
    </message>
    <message>
        <source>The erasure ledger %1 was written by a newer version of Confidant; update Confidant and try again.</source>
        <translation>Das Löschregister %1 wurde von einer neueren Confidant-Version geschrieben; aktualisieren Sie Confidant und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Waiting for another program writing the erasure ledger %1 was cancelled; nothing was written to it.</source>
        <translation>Das Warten auf ein anderes Programm, das das Löschregister %1 schreibt, wurde abgebrochen; es wurde nichts hineingeschrieben.</translation>
    </message>
</context>
<context>
    <name>ErasureService</name>
    <message>
        <source>The field &quot;%1&quot; is stored where erasure cannot blank it; nothing was erased. Update Confidant.</source>
        <translation>Das Feld „%1“ ist an einer Stelle gespeichert, die die Löschung nicht leeren kann; es wurde nichts gelöscht. Aktualisieren Sie Confidant.</translation>
    </message>
    <message>
        <source>There is no request with that reference or uid; list them with: request list. Nothing was erased.</source>
        <translation>Es gibt keine Anfrage mit dieser Referenz oder UID; listen Sie sie auf mit: request list. Es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>There is no contact with that uid; check it with: contact list.</source>
        <translation>Es gibt keinen Kontakt mit dieser UID; prüfen Sie sie mit: contact list.</translation>
    </message>
    <message>
        <source>There is no contact with that uid; check it with: contact list. Nothing was erased.</source>
        <translation>Es gibt keinen Kontakt mit dieser UID; prüfen Sie sie mit: contact list. Es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>The confirmation does not match the contact&apos;s given and family name; type the name as the preview shows it. Nothing was erased.</source>
        <translation>Die Bestätigung stimmt nicht mit Vor- und Nachnamen des Kontakts überein; geben Sie den Namen so ein, wie die Vorschau ihn anzeigt. Es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>The search index could not be compacted: %1</source>
        <translation>Der Suchindex konnte nicht komprimiert werden: %1</translation>
    </message>
    <message>
        <source>VACUUM failed: %1</source>
        <translation>VACUUM fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The WAL could not be truncated: %1</source>
        <translation>Das WAL konnte nicht gekürzt werden: %1</translation>
    </message>
    <message>
        <source>Another program had the vault open, so its WAL could not be truncated yet; it is when that closes.</source>
        <translation>Ein anderes Programm hatte den Tresor geöffnet, daher konnte sein WAL noch nicht gekürzt werden; dies geschieht, sobald es ihn schließt.</translation>
    </message>
    <message>
        <source>Kept under a legal hold; its erasure is queued until the hold ends (Art. 17(3)(e), 18(1)(c)).</source>
        <translation>Unter einer Aufbewahrungssperre aufbewahrt; die Löschung ist zurückgestellt, bis die Sperre endet (Art. 17(3)(e), 18(1)(c)).</translation>
    </message>
    <message>
        <source>A legal hold keeps contact %1 and its erasure is queued already; it runs when the hold is released or lapses (see: subject erase-queue). Nothing was changed.</source>
        <translation>Eine Aufbewahrungssperre bewahrt Kontakt %1, und seine Löschung ist bereits zurückgestellt; sie wird ausgeführt, sobald die Sperre freigegeben wird oder abläuft (siehe: subject erase-queue). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Contact %1 is restricted (Art. 18) since %2: lift the restriction first. Nothing was changed; to erase the person anyway, use the deliberate erasure (subject erase).</source>
        <translation>Kontakt %1 ist seit %2 eingeschränkt (Art. 18): Heben Sie zuerst die Einschränkung auf. Es wurde nichts geändert; um die Person trotzdem zu löschen, verwenden Sie die ausdrückliche Löschung (subject erase).</translation>
    </message>
    <message>
        <source>The erasure ledger beside the backups could not be updated: %1 Take a backup (it writes the ledger again); until then a restore of an older backup into another folder does not know of this erasure.</source>
        <translation>Das Löschregister neben den Sicherungen konnte nicht aktualisiert werden: %1 Erstellen Sie eine Sicherung (dabei wird das Löschregister neu geschrieben); bis dahin kennt eine Wiederherstellung einer älteren Sicherung in einem anderen Ordner diese Löschung nicht.</translation>
    </message>
    <message>
        <source>That field no longer names the person (their full name, an email or a phone); nothing was changed. Show the mentions again with: subject erase CONTACT --preview.</source>
        <translation>Dieses Feld nennt die Person nicht mehr (ihren vollständigen Namen, eine E-Mail-Adresse oder eine Telefonnummer); es wurde nichts geändert. Zeigen Sie die Erwähnungen erneut an mit: subject erase CONTACT --preview.</translation>
    </message>
    <message>
        <source>A mention is named by its record type (contact, company, deal, activity, saved_filter) and field as the erasure preview lists them; nothing was changed.</source>
        <translation>Eine Erwähnung wird über ihren Datensatztyp (contact, company, deal, activity, saved_filter) und ihr Feld angegeben, wie die Löschvorschau sie aufführt; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>There is no contact with that uid; check it with: contact list. Nothing was changed.</source>
        <translation>Es gibt keinen Kontakt mit dieser UID; prüfen Sie sie mit: contact list. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>A legal hold keeps %1 %2 unchanged; its mention is redacted when the hold ends. Nothing was changed.</source>
        <translation>Eine Aufbewahrungssperre hält %1 %2 unverändert; die Erwähnung darin wird geschwärzt, wenn die Sperre endet. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>There is no %1 with that uid; nothing was changed.</source>
        <translation>Es gibt kein(e) %1 mit dieser UID; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>A legal hold keeps what is recorded about this person; mentions of them are redacted when the hold ends. Nothing was changed.</source>
        <translation>Eine Aufbewahrungssperre bewahrt, was über diese Person erfasst ist; Erwähnungen von ihr werden geschwärzt, wenn die Sperre endet. Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>ExportService</name>
    <message>
        <source>The export does not know how to write the field &quot;%1&quot;; nothing was exported.</source>
        <translation>Der Export kann das Feld &quot;%1&quot; nicht schreiben; es wurde nichts exportiert.</translation>
    </message>
    <message>
        <source>The export could not be written; check free space.</source>
        <translation>Der Export konnte nicht geschrieben werden; prüfen Sie den freien Speicherplatz.</translation>
    </message>
    <message>
        <source>Some of the contacts to export do not exist; nothing was exported.</source>
        <translation>Einige der zu exportierenden Kontakte existieren nicht; es wurde nichts exportiert.</translation>
    </message>
    <message>
        <source>Export cancelled; the file was not written.</source>
        <translation>Export abgebrochen; die Datei wurde nicht geschrieben.</translation>
    </message>
    <message>
        <source>A gated export is not available here; nothing was exported.</source>
        <translation>Ein geprüfter Export ist hier nicht verfügbar; es wurde nichts exportiert.</translation>
    </message>
</context>
<context>
    <name>FieldRegistry</name>
    <message>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Email addresses</source>
        <translation>E-Mail-Adressen</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Telefonnummern</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Source of the data</source>
        <translation>Herkunft der Daten</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Firmenname</translation>
    </message>
    <message>
        <source>Web domain</source>
        <translation>Webdomain</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Kontaktdaten</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Beruflich</translation>
    </message>
    <message>
        <source>Financial</source>
        <translation>Finanziell</translation>
    </message>
    <message>
        <source>Behavioural</source>
        <translation>Verhalten</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Special category (Art. 9)</source>
        <translation>Besondere Kategorie (Art. 9 DSGVO)</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Deal title</source>
        <translation>Deal-Titel</translation>
    </message>
    <message>
        <source>Deal value</source>
        <translation>Deal-Wert</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Deal status</source>
        <translation>Deal-Status</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Voraussichtlicher Abschluss</translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation>Abgeschlossen am</translation>
    </message>
    <message>
        <source>Close reason</source>
        <translation>Abschlussgrund</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Activity type</source>
        <translation>Aktivitätsart</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Erinnerung</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Consent event</source>
        <translation>Einwilligungsereignis</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>Privacy notice shown</source>
        <translation>Gezeigter Datenschutzhinweis</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Request type</source>
        <translation>Art der Anfrage</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Rechtsordnung</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Anfragende Person</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Identity verified</source>
        <translation>Identität geprüft</translation>
    </message>
    <message>
        <source>Verification method</source>
        <translation>Prüfmethode</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>Verlängert</translation>
    </message>
    <message>
        <source>Reason for the extension</source>
        <translation>Grund der Fristverlängerung</translation>
    </message>
    <message>
        <source>Requester told of the extension</source>
        <translation>Anfragende Person über Fristverlängerung informiert</translation>
    </message>
    <message>
        <source>Receipt due</source>
        <translation>Eingangsbestätigung fällig</translation>
    </message>
    <message>
        <source>Receipt confirmed</source>
        <translation>Eingang bestätigt</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Closing note</source>
        <translation>Abschlussnotiz</translation>
    </message>
</context>
<context>
    <name>FieldSettingsService</name>
    <message>
        <source>No field has that key; keys look like contact.birthday (see: field list).</source>
        <translation>Kein Feld hat diesen Schlüssel; Schlüssel sehen aus wie contact.birthday (siehe: field list).</translation>
    </message>
    <message>
        <source>No field has that key; keys look like contact.birthday.</source>
        <translation>Kein Feld hat diesen Schlüssel; Schlüssel sehen aus wie contact.birthday.</translation>
    </message>
    <message>
        <source>This field is needed by Confidant and cannot be switched off; only optional fields can.</source>
        <translation>Dieses Feld wird von Confidant benötigt und kann nicht ausgeschaltet werden; das geht nur bei optionalen Feldern.</translation>
    </message>
    <message>
        <source>This field holds special-category data by definition; it stays marked.</source>
        <translation>Dieses Feld enthält per Definition Daten besonderer Kategorie; es bleibt gekennzeichnet.</translation>
    </message>
</context>
<context>
    <name>FilterCommands</name>
    <message>
        <source>--entity takes contact, company or deal.</source>
        <translation>--entity erwartet contact, company oder deal.</translation>
    </message>
    <message>
        <source>No saved filters yet; add one with filter add NAME.</source>
        <translation>Noch keine gespeicherten Filter; fügen Sie einen mit filter add NAME hinzu.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>Filters for companies and deals are saved from the GUI; filter add makes contact filters.</source>
        <translation>Filter für Firmen und Deals werden in der grafischen Oberfläche gespeichert; filter add legt Kontaktfilter an.</translation>
    </message>
    <message>
        <source>Filter deleted.</source>
        <translation>Filter gelöscht.</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>%1 must be a uid (8-4-4-4-12 hex digits), as printed by add, list and search.</source>
        <translation>%1 muss eine UID sein (8-4-4-4-12 Hexadezimalziffern), wie sie add, list und search ausgeben.</translation>
    </message>
</context>
<context>
    <name>GateReport</name>
    <message numerus="yes">
        <source>%n restricted</source>
        <translation>
            <numerusform>%n eingeschränkt</numerusform>
            <numerusform>%n eingeschränkt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n objected to marketing</source>
        <translation>
            <numerusform>%n hat der Werbung widersprochen</numerusform>
            <numerusform>%n haben der Werbung widersprochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without consent</source>
        <translation>
            <numerusform>%n ohne Einwilligung</numerusform>
            <numerusform>%n ohne Einwilligung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n withdrew consent</source>
        <translation>
            <numerusform>%n hat die Einwilligung widerrufen</numerusform>
            <numerusform>%n haben die Einwilligung widerrufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with expired consent</source>
        <translation>
            <numerusform>%n mit abgelaufener Einwilligung</numerusform>
            <numerusform>%n mit abgelaufener Einwilligung</numerusform>
        </translation>
    </message>
    <message>
        <source>left out: %1</source>
        <translation>ausgelassen: %1</translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <source>Confidant, a local-first CRM that keeps customer data encrypted.</source>
        <translation>Confidant, ein CRM, das Kundendaten lokal und verschlüsselt speichert.</translation>
    </message>
    <message>
        <source>The vault folder (default: %1).</source>
        <translation>Der Tresorordner (Standard: %1).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Once the main window shows its first page, save it to FILE as PNG and quit.</source>
        <translation>Sobald das Hauptfenster seine erste Seite zeigt, diese als PNG in FILE speichern und beenden.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Read the passphrase or recovery code from line 1 of standard input instead of asking.</source>
        <translation>Passphrase oder Wiederherstellungscode aus Zeile 1 der Standardeingabe lesen, statt danach zu fragen.</translation>
    </message>
    <message>
        <source>There is no vault in %1; start Confidant without --passphrase-stdin to create one.</source>
        <translation>In %1 gibt es keinen Tresor; starten Sie Confidant ohne --passphrase-stdin, um einen anzulegen.</translation>
    </message>
    <message>
        <source>Cannot open the vault</source>
        <translation>Tresor kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot write the screenshot to %1.</source>
        <translation>Das Bildschirmfoto kann nicht in %1 gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>GuiThreadKeys</name>
    <message>
        <source>The keychain could not be reached during the restore.</source>
        <translation>Der Schlüsselbund war während der Wiederherstellung nicht erreichbar.</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>That path is a folder, a pipe or a device, not a file; give a CSV or vCard file to import.</source>
        <translation>Dieser Pfad ist ein Ordner, eine Pipe oder ein Gerät, keine Datei; geben Sie eine CSV- oder vCard-Datei zum Importieren an.</translation>
    </message>
    <message>
        <source>File: %1 (CSV, %2, %3; column names: %4)</source>
        <translation>Datei: %1 (CSV, %2, %3; Spaltennamen: %4)</translation>
    </message>
    <message>
        <source>Columns not imported (map them with --mapping): %1</source>
        <translation>Nicht importierte Spalten (ordnen Sie sie mit --mapping zu): %1</translation>
    </message>
    <message>
        <source>File: %1 (vCard)</source>
        <translation>Datei: %1 (vCard)</translation>
    </message>
    <message>
        <source>Rows: %1</source>
        <translation>Zeilen: %1</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>Neu: %1</translation>
    </message>
    <message>
        <source>Matched: %1</source>
        <translation>Übereinstimmungen: %1</translation>
    </message>
    <message>
        <source>  line %1</source>
        <translation>  Zeile %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>erkannt an: %1</translation>
    </message>
    <message>
        <source>merge</source>
        <translation>zusammenführen</translation>
    </message>
    <message>
        <source>skip</source>
        <translation>überspringen</translation>
    </message>
    <message>
        <source>  … and %1 more</source>
        <translation>  … und %1 weitere</translation>
    </message>
    <message>
        <source>Problems: %1</source>
        <translation>Probleme: %1</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Hinweise: %1</translation>
    </message>
    <message>
        <source>Suppressed (on the suppression list, never imported): %1, lines %2</source>
        <translation>Unterdrückt (auf der Sperrliste, werden nie importiert): %1, Zeilen %2</translation>
    </message>
    <message>
        <source>--format takes csv or vcard.</source>
        <translation>--format erwartet csv oder vcard.</translation>
    </message>
    <message>
        <source>--encoding takes utf-8, utf-16le or utf-16be.</source>
        <translation>--encoding erwartet utf-8, utf-16le oder utf-16be.</translation>
    </message>
    <message>
        <source>--delimiter takes comma, semicolon or tab.</source>
        <translation>--delimiter erwartet comma, semicolon oder tab.</translation>
    </message>
    <message>
        <source>--on-match takes skip or merge.</source>
        <translation>--on-match erwartet skip oder merge.</translation>
    </message>
    <message>
        <source>The mapping file cannot be read; check its path.</source>
        <translation>Die Zuordnungsdatei kann nicht gelesen werden; prüfen Sie ihren Pfad.</translation>
    </message>
    <message>
        <source>There is no file to import at that path; check it.</source>
        <translation>Unter diesem Pfad gibt es keine zu importierende Datei; prüfen Sie ihn.</translation>
    </message>
    <message>
        <source>%1: %2%</source>
        <translation>%1: %2 %</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Probelauf: Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Rows with problems: %1; nothing was imported. Fix them, or leave them out with --skip-invalid.</source>
        <translation>Zeilen mit Problemen: %1; es wurde nichts importiert. Beheben Sie die Probleme oder lassen Sie die Zeilen mit --skip-invalid aus.</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Import cancelled; the vault is as it was before.</source>
        <translation>Import abgebrochen; der Tresor ist unverändert.</translation>
    </message>
    <message>
        <source>Imported: %1 created, %2 merged, %3 skipped (import %4).</source>
        <translation>Importiert: %1 angelegt, %2 zusammengeführt, %3 übersprungen (Import %4).</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
</context>
<context>
    <name>ImportService</name>
    <message>
        <source>Full name (split)</source>
        <translation>Vollständiger Name (aufgeteilt)</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Zweiter Vorname</translation>
    </message>
    <message>
        <source>Email label</source>
        <translation>E-Mail-Bezeichnung</translation>
    </message>
    <message>
        <source>Phone label</source>
        <translation>Telefonbezeichnung</translation>
    </message>
    <message>
        <source>Confidant uid (matching only)</source>
        <translation>Confidant-UID (nur zum Abgleich)</translation>
    </message>
    <message>
        <source>Skip this column</source>
        <translation>Diese Spalte überspringen</translation>
    </message>
    <message>
        <source>The column mapping is not a JSON object; write it as {&quot;Column&quot;: &quot;field&quot;, …}.</source>
        <translation>Die Spaltenzuordnung ist kein JSON-Objekt; schreiben Sie sie als {&quot;Column&quot;: &quot;field&quot;, …}.</translation>
    </message>
    <message>
        <source>The column mapping gives the column &quot;%1&quot; something that is not a field name; use one of: %2.</source>
        <translation>Die Spaltenzuordnung weist der Spalte &quot;%1&quot; etwas zu, das kein Feldname ist; verwenden Sie eines von: %2.</translation>
    </message>
    <message>
        <source>The column mapping names the unknown field &quot;%1&quot;; use one of: %2.</source>
        <translation>Die Spaltenzuordnung nennt das unbekannte Feld &quot;%1&quot;; verwenden Sie eines von: %2.</translation>
    </message>
    <message>
        <source>The column mapping names the column &quot;%1&quot;, which the file does not have; check the spelling of the column.</source>
        <translation>Die Spaltenzuordnung nennt die Spalte &quot;%1&quot;, die es in der Datei nicht gibt; prüfen Sie die Schreibweise der Spalte.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Line %1 repeats the contact of line %2 (the same email, or the same name and phone); only line %2 is imported.</source>
        <translation>Zeile %1 wiederholt den Kontakt aus Zeile %2 (dieselbe E-Mail-Adresse oder derselbe Name und dieselbe Telefonnummer); nur Zeile %2 wird importiert.</translation>
    </message>
    <message>
        <source>The file holds no rows; there is nothing to import.</source>
        <translation>Die Datei enthält keine Zeilen; es gibt nichts zu importieren.</translation>
    </message>
    <message>
        <source>The header row (line %1) cannot be read: %2 Nothing was imported.</source>
        <translation>Die Kopfzeile (Zeile %1) kann nicht gelesen werden: %2 Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <translation>Import abgebrochen; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(nicht importiert)</translation>
    </message>
    <message>
        <source>The file cannot be read; check its permissions.</source>
        <translation>Die Datei kann nicht gelesen werden; prüfen Sie ihre Berechtigungen.</translation>
    </message>
    <message>
        <source>There is no such file; check the path.</source>
        <translation>Diese Datei gibt es nicht; prüfen Sie den Pfad.</translation>
    </message>
    <message>
        <source>The file to import cannot be read again; check that it is still there.</source>
        <translation>Die zu importierende Datei kann nicht erneut gelesen werden; prüfen Sie, ob sie noch vorhanden ist.</translation>
    </message>
    <message>
        <source>Rows of the file with problems: %1; nothing was imported. Fix them, or leave them out.</source>
        <translation>Zeilen der Datei mit Problemen: %1; es wurde nichts importiert. Beheben Sie die Probleme oder lassen Sie die Zeilen aus.</translation>
    </message>
    <message>
        <source>Import cancelled; the vault is as it was before.</source>
        <translation>Import abgebrochen; der Tresor ist unverändert.</translation>
    </message>
    <message>
        <source>Line %1: merging it would make the existing contact invalid (%2); nothing was imported. Skip that match.</source>
        <translation>Zeile %1: Das Zusammenführen würde den vorhandenen Kontakt ungültig machen (%2); es wurde nichts importiert. Überspringen Sie diese Übereinstimmung.</translation>
    </message>
    <message>
        <source>The file or the contacts changed since the preview; nothing was imported. Preview the file again.</source>
        <translation>Die Datei oder die Kontakte haben sich seit der Vorschau geändert; es wurde nichts importiert. Zeigen Sie die Vorschau der Datei erneut an.</translation>
    </message>
    <message>
        <source>No import has that id.</source>
        <translation>Kein Import hat diese ID.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; is not imported: the field &quot;%2&quot; is switched off (data minimisation).</source>
        <translation>Die Spalte „%1“ wird nicht importiert: Das Feld „%2“ ist ausgeschaltet (Datenminimierung).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not imported from this file: the field is switched off (data minimisation).</source>
        <translation>„%1“ wird aus dieser Datei nicht importiert: Das Feld ist ausgeschaltet (Datenminimierung).</translation>
    </message>
    <message>
        <source>Fields were switched off since the preview; nothing was imported. Preview the file again.</source>
        <translation>Seit der Vorschau wurden Felder ausgeschaltet; es wurde nichts importiert. Zeigen Sie die Vorschau der Datei erneut an.</translation>
    </message>
    <message>
        <source>Line %1 names a contact whose processing is restricted (Art. 18): it cannot be changed until the restriction is lifted, so the line is not imported.</source>
        <translation>Zeile %1 nennt einen Kontakt, dessen Verarbeitung eingeschränkt ist (Art. 18 DSGVO): Er kann erst nach Aufhebung der Einschränkung geändert werden, daher wird die Zeile nicht importiert.</translation>
    </message>
</context>
<context>
    <name>KeyStore</name>
    <message>
        <source>The keychain did not keep the key written to it (reading it back gave another key); check the system keychain.</source>
        <translation>Der Schlüsselbund hat den hineingeschriebenen Schlüssel nicht behalten (beim Zurücklesen kam ein anderer Schlüssel zurück); prüfen Sie den Schlüsselbund des Systems.</translation>
    </message>
</context>
<context>
    <name>LegalHoldService</name>
    <message>
        <source>A legal hold is for a contact, company, deal or activity; &quot;%1&quot; is none of them.</source>
        <translation>Eine Aufbewahrungssperre gilt für einen Kontakt, eine Firma, einen Deal oder eine Aktivität; „%1“ ist nichts davon.</translation>
    </message>
    <message>
        <source>A legal hold needs a reason (for example &quot;tax records, 10 years&quot;); give one.</source>
        <translation>Eine Aufbewahrungssperre benötigt einen Grund (zum Beispiel „Steuerunterlagen, 10 Jahre“); geben Sie einen an.</translation>
    </message>
    <message>
        <source>The reason is longer than %1 characters; shorten it.</source>
        <translation>Der Grund ist länger als %1 Zeichen; kürzen Sie ihn.</translation>
    </message>
    <message>
        <source>The hold&apos;s end date lies in the past; give today or a later day.</source>
        <translation>Das Enddatum der Sperre liegt in der Vergangenheit; geben Sie heute oder einen späteren Tag an.</translation>
    </message>
    <message>
        <source>There is no %1 with that uid; check it and try again.</source>
        <translation>Es gibt kein(e) %1 mit dieser UID; prüfen Sie sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>There is no legal hold with that uid; list them with: hold list.</source>
        <translation>Es gibt keine Aufbewahrungssperre mit dieser UID; listen Sie sie auf mit: hold list.</translation>
    </message>
    <message>
        <source>That legal hold was released already; nothing was changed.</source>
        <translation>Diese Aufbewahrungssperre wurde bereits freigegeben; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The legal hold %1 was released, but the erasure it kept back could not run yet: %2 It runs again when the vault is next opened.</source>
        <translation>Die Aufbewahrungssperre %1 wurde freigegeben, aber die von ihr zurückgehaltene Löschung konnte noch nicht ausgeführt werden: %2 Sie wird beim nächsten Öffnen des Tresors erneut versucht.</translation>
    </message>
    <message>
        <source>Confidant cannot tell whether a legal hold keeps this record; nothing was deleted. Update Confidant.</source>
        <translation>Confidant kann nicht feststellen, ob eine Aufbewahrungssperre diesen Datensatz hält; es wurde nichts gelöscht. Aktualisieren Sie Confidant.</translation>
    </message>
    <message>
        <source>Deal %1 is kept under the legal hold %2 and cannot be deleted; release the hold first (hold release). Nothing was deleted.</source>
        <translation>Deal %1 wird unter der Aufbewahrungssperre %2 aufbewahrt und kann nicht gelöscht werden; geben Sie zuerst die Sperre frei (hold release). Es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>Company %1 is kept under the legal hold %2 and cannot be deleted; release the hold first (hold release). Nothing was deleted.</source>
        <translation>Firma %1 wird unter der Aufbewahrungssperre %2 aufbewahrt und kann nicht gelöscht werden; geben Sie zuerst die Sperre frei (hold release). Es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>Activity %1 is kept under the legal hold %2 and cannot be deleted; release the hold first (hold release). Nothing was deleted.</source>
        <translation>Aktivität %1 wird unter der Aufbewahrungssperre %2 aufbewahrt und kann nicht gelöscht werden; geben Sie zuerst die Sperre frei (hold release). Es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>Deal %1 cannot be deleted: the legal hold %2 keeps the linked record %3 with its links; release the hold first (hold release). Nothing was deleted.</source>
        <translation>Deal %1 kann nicht gelöscht werden: Die Aufbewahrungssperre %2 hält den verknüpften Datensatz %3 samt seinen Verknüpfungen; geben Sie zuerst die Sperre frei (hold release). Es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>Company %1 cannot be deleted: the legal hold %2 keeps the linked record %3 with its links; release the hold first (hold release). Nothing was deleted.</source>
        <translation>Firma %1 kann nicht gelöscht werden: Die Aufbewahrungssperre %2 hält den verknüpften Datensatz %3 samt seinen Verknüpfungen; geben Sie zuerst die Sperre frei (hold release). Es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>Activity %1 cannot be deleted: the legal hold %2 keeps the linked record %3 with its links; release the hold first (hold release). Nothing was deleted.</source>
        <translation>Aktivität %1 kann nicht gelöscht werden: Die Aufbewahrungssperre %2 hält den verknüpften Datensatz %3 samt seinen Verknüpfungen; geben Sie zuerst die Sperre frei (hold release). Es wurde nichts gelöscht.</translation>
    </message>
</context>
<context>
    <name>MaintenanceCommands</name>
    <message>
        <source>%1 exists already; nothing was written. Choose another file, or add --force to replace it.</source>
        <translation>%1 existiert bereits; es wurde nichts geschrieben. Wählen Sie eine andere Datei oder fügen Sie --force hinzu, um sie zu ersetzen.</translation>
    </message>
    <message>
        <source>The vault in %1 could not be opened to read its erasures (%2); without them a restore could bring erased people back, so nothing was restored.</source>
        <translation>Der Tresor in %1 konnte nicht geöffnet werden, um seine Löschungen zu lesen (%2); ohne sie könnte eine Wiederherstellung gelöschte Personen zurückbringen, daher wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <source>--if-due writes into the vault&apos;s backup folder; leave out --out.</source>
        <translation>--if-due schreibt in den Sicherungsordner des Tresors; lassen Sie --out weg.</translation>
    </message>
    <message>
        <source>No backup is due yet (or scheduled backups are off).</source>
        <translation>Es ist noch keine Sicherung fällig (oder geplante Sicherungen sind ausgeschaltet).</translation>
    </message>
    <message>
        <source>Backup written and verified: %1 (%2 bytes).</source>
        <translation>Sicherung geschrieben und geprüft: %1 (%2 Byte).</translation>
    </message>
    <message>
        <source>It is encrypted; on another computer it opens with this vault&apos;s recovery code.</source>
        <translation>Sie ist verschlüsselt; auf einem anderen Computer lässt sie sich mit dem Wiederherstellungscode dieses Tresors öffnen.</translation>
    </message>
    <message>
        <source>It is encrypted; it opens with this vault&apos;s passphrase.</source>
        <translation>Sie ist verschlüsselt; sie lässt sich mit der Passphrase dieses Tresors öffnen.</translation>
    </message>
    <message>
        <source>A vault already exists in %1; nothing was changed. Restore into a new folder with --vault, or add --force to replace it (it is kept under backups/).</source>
        <translation>In %1 gibt es bereits einen Tresor; es wurde nichts geändert. Stellen Sie mit --vault in einem neuen Ordner wieder her oder fügen Sie --force hinzu, um ihn zu ersetzen (er wird unter backups/ aufbewahrt).</translation>
    </message>
    <message>
        <source>There is no backup file %1.</source>
        <translation>Die Sicherungsdatei %1 gibt es nicht.</translation>
    </message>
    <message>
        <source>Recovery code or passphrase of the backup: </source>
        <translation>Wiederherstellungscode oder Passphrase der Sicherung: </translation>
    </message>
    <message>
        <source>Standard input held no recovery code or passphrase; give it on the first line.</source>
        <translation>Die Standardeingabe enthielt weder Wiederherstellungscode noch Passphrase; geben Sie eines davon in der ersten Zeile an.</translation>
    </message>
    <message>
        <source>Restored the backup of %1 into %2.</source>
        <translation>Sicherung vom %1 in %2 wiederhergestellt.</translation>
    </message>
    <message>
        <source>Erasures made after the backup and applied again: %1.</source>
        <translation>Nach der Sicherung vorgenommene und erneut angewendete Löschungen: %1.</translation>
    </message>
    <message>
        <source>The replaced vault is kept in %1.</source>
        <translation>Der ersetzte Tresor wird in %1 aufbewahrt.</translation>
    </message>
    <message>
        <source>Its key is in the system keychain; it opens without the recovery code.</source>
        <translation>Sein Schlüssel liegt im Schlüsselbund des Systems; er öffnet sich ohne Wiederherstellungscode.</translation>
    </message>
    <message>
        <source>Its key could not be stored in the keychain; unlock it with the recovery code.</source>
        <translation>Sein Schlüssel konnte nicht im Schlüsselbund gespeichert werden; entsperren Sie ihn mit dem Wiederherstellungscode.</translation>
    </message>
    <message>
        <source>New passphrase (at least %1 characters): </source>
        <translation>Neue Passphrase (mindestens %1 Zeichen): </translation>
    </message>
    <message>
        <source>Repeat the new passphrase: </source>
        <translation>Neue Passphrase wiederholen: </translation>
    </message>
    <message>
        <source>The two passphrases differ; the key was not changed. Try again.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein; der Schlüssel wurde nicht gewechselt. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The vault has a new key, stored in the system keychain. Its new recovery code (the old one no longer works; backups made before now still open with the old one):</source>
        <translation>Der Tresor hat einen neuen Schlüssel, der im Schlüsselbund des Systems gespeichert ist. Sein neuer Wiederherstellungscode (der alte funktioniert nicht mehr; bisher erstellte Sicherungen lassen sich weiterhin mit dem alten öffnen):</translation>
    </message>
    <message>
        <source>The vault&apos;s passphrase was changed. Backups made before now still open with the old passphrase.</source>
        <translation>Die Passphrase des Tresors wurde geändert. Bisher erstellte Sicherungen lassen sich weiterhin mit der alten Passphrase öffnen.</translation>
    </message>
    <message>
        <source>The vault failed a check; see the lines above. Restore from a backup if it is damaged.</source>
        <translation>Der Tresor hat eine Prüfung nicht bestanden; siehe die Zeilen oben. Stellen Sie ihn aus einer Sicherung wieder her, falls er beschädigt ist.</translation>
    </message>
    <message>
        <source>--format takes csv or vcard.</source>
        <translation>--format erwartet csv oder vcard.</translation>
    </message>
    <message>
        <source>Name the file to write with --out FILE.</source>
        <translation>Geben Sie die zu schreibende Datei mit --out FILE an.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n contact(s) to %1. The file is not encrypted; keep it safe and delete it when done.</source>
        <translation>
            <numerusform>%n Kontakt nach %1 exportiert. Die Datei ist nicht verschlüsselt; bewahren Sie sie sicher auf und löschen Sie sie, wenn Sie sie nicht mehr benötigen.</numerusform>
            <numerusform>%n Kontakte nach %1 exportiert. Die Datei ist nicht verschlüsselt; bewahren Sie sie sicher auf und löschen Sie sie, wenn Sie sie nicht mehr benötigen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Locking is for the Confidant window (Ctrl+L, or File &gt; Lock); a command unlocks the vault only while it runs and holds nothing to lock.</source>
        <translation>Sperren gilt für das Confidant-Fenster (Strg+L oder Datei &gt; Sperren); ein Befehl entsperrt den Tresor nur, solange er läuft, und hält nichts, was gesperrt werden könnte.</translation>
    </message>
    <message>
        <source>Name the saved filter with --filter NAME.</source>
        <translation>Geben Sie den gespeicherten Filter mit --filter NAME an.</translation>
    </message>
    <message>
        <source>Name the purpose with --purpose PURPOSE.</source>
        <translation>Nennen Sie den Zweck mit --purpose PURPOSE.</translation>
    </message>
    <message>
        <source>nobody was left out</source>
        <translation>niemand wurde ausgelassen</translation>
    </message>
    <message numerus="yes">
        <source>Purpose &quot;%1&quot;: %n contact(s) kept; %2.</source>
        <translation>
            <numerusform>Zweck „%1“: %n Kontakt behalten; %2.</numerusform>
            <numerusform>Zweck „%1“: %n Kontakte behalten; %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not exported (Art. 18): %1.</source>
        <translation>Nicht exportiert (Art. 18): %1.</translation>
    </message>
    <message>
        <source>The vault has a new key, but the system keychain did not store it. Confidant tries again at the next unlock; should that fail too, only this new recovery code opens the vault, so write it down now (the old one no longer works; backups made before now still open with the old one):</source>
        <translation>Der Tresor hat einen neuen Schlüssel, aber der Schlüsselbund des Systems hat ihn nicht gespeichert. Confidant versucht es beim nächsten Entsperren erneut; schlägt auch das fehl, öffnet nur dieser neue Wiederherstellungscode den Tresor, notieren Sie ihn also jetzt (der alte funktioniert nicht mehr; bisher erstellte Sicherungen lassen sich weiterhin mit dem alten öffnen):</translation>
    </message>
    <message>
        <source>Erasure ledger read: the vault in %1 (%2 entries).</source>
        <translation>Löschregister gelesen: der Tresor in %1 (%2 Einträge).</translation>
    </message>
    <message>
        <source>Erasure ledger read: %1 (written %2, %3 entries).</source>
        <translation>Löschregister gelesen: %1 (geschrieben am %2, %3 Einträge).</translation>
    </message>
    <message>
        <source>Every erasure recorded up to %1 is applied.</source>
        <translation>Alle bis %1 erfassten Löschungen sind angewendet.</translation>
    </message>
    <message>
        <source>The vault file is damaged at page %1 and was left as it is. Save what still reads first (confidant-cli export --out FILE), then restore the newest backup that passes check (confidant-cli restore FILE, into a new folder or with --force).</source>
        <translation>Die Tresordatei ist auf Seite %1 beschädigt und wurde nicht verändert. Retten Sie zuerst, was sich noch lesen lässt (confidant-cli export --out FILE), und stellen Sie dann die neueste Sicherung wieder her, bei der check keinen Fehler meldet (confidant-cli restore FILE, in einen neuen Ordner oder mit --force).</translation>
    </message>
    <message>
        <source>The passphrase or recovery code on line 1 of standard input does not open the vault in %1, whose erasures the restore must read; nothing was changed.</source>
        <translation>Die Passphrase oder der Wiederherstellungscode in Zeile 1 der Standardeingabe öffnet den Tresor in %1 nicht, dessen Löschungen die Wiederherstellung lesen muss; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The recovery code or passphrase on line 1 of standard input opens the backup but not the vault in %1, whose key has changed since; nothing was changed. Give the vault&apos;s current one on line 1 and the backup&apos;s on line 2 with --backup-secret-stdin.</source>
        <translation>Der Wiederherstellungscode oder die Passphrase in Zeile 1 der Standardeingabe öffnet die Sicherung, aber nicht den Tresor in %1, dessen Schlüssel sich seitdem geändert hat; es wurde nichts geändert. Geben Sie mit --backup-secret-stdin in Zeile 1 den aktuellen Wiederherstellungscode oder die aktuelle Passphrase des Tresors an und in Zeile 2 den bzw. die der Sicherung.</translation>
    </message>
    <message>
        <source>--backup-secret-stdin reads the secret of the vault being replaced (or of --erasures-from) on line 1 and the backup&apos;s on line 2; with neither, give the backup&apos;s recovery code or passphrase on line 1 alone.</source>
        <translation>--backup-secret-stdin liest Passphrase oder Wiederherstellungscode des zu ersetzenden Tresors (oder des mit --erasures-from angegebenen) aus Zeile 1 und die der Sicherung aus Zeile 2; ohne einen solchen Tresor geben Sie nur den Wiederherstellungscode oder die Passphrase der Sicherung in Zeile 1 an.</translation>
    </message>
    <message>
        <source>Passphrase or recovery code of the current vault: </source>
        <translation>Passphrase oder Wiederherstellungscode des aktuellen Tresors: </translation>
    </message>
    <message>
        <source>Line 2 of standard input held no recovery code or passphrase of the backup; give it there.</source>
        <translation>Zeile 2 der Standardeingabe enthielt weder Wiederherstellungscode noch Passphrase der Sicherung; geben Sie eines davon dort an.</translation>
    </message>
    <message>
        <source>The recovery code or passphrase on line 2 of standard input does not open the backup %1; nothing was changed. A backup opens with the code or passphrase its vault had when the backup was taken.</source>
        <translation>Der Wiederherstellungscode oder die Passphrase in Zeile 2 der Standardeingabe öffnet die Sicherung %1 nicht; es wurde nichts geändert. Eine Sicherung lässt sich mit dem Code oder der Passphrase öffnen, die ihr Tresor zum Zeitpunkt der Sicherung hatte.</translation>
    </message>
    <message>
        <source>The recovery code or passphrase on line 1 of standard input does not open the backup %1; nothing was changed. If the vault&apos;s passphrase has changed since the backup was taken, give the current one on line 1 and the backup&apos;s on line 2 with --backup-secret-stdin.</source>
        <translation>Der Wiederherstellungscode oder die Passphrase in Zeile 1 der Standardeingabe öffnet die Sicherung %1 nicht; es wurde nichts geändert. Wenn sich die Passphrase des Tresors seit dem Erstellen der Sicherung geändert hat, geben Sie mit --backup-secret-stdin die aktuelle in Zeile 1 und die der Sicherung in Zeile 2 an.</translation>
    </message>
    <message>
        <source>PIN of profile %1: </source>
        <translation>PIN des Profils %1: </translation>
    </message>
    <message>
        <source>Profile %1 has a PIN; give it on line %2 of standard input, after the recovery code or passphrase. Nothing was changed.</source>
        <translation>Das Profil %1 hat eine PIN; geben Sie sie in Zeile %2 der Standardeingabe an, nach dem Wiederherstellungscode oder der Passphrase. Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>MarkdownPdf</name>
    <message>
        <source>PDF output is not available in this program.</source>
        <translation>PDF-Ausgabe ist in diesem Programm nicht verfügbar.</translation>
    </message>
    <message>
        <source>The PDF could not be written.</source>
        <translation>Das PDF konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Erstellt %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>MentionSearch</name>
    <message>
        <source>That contact no longer exists.</source>
        <translation>Dieser Kontakt existiert nicht mehr.</translation>
    </message>
    <message>
        <source>[redacted]</source>
        <translation>[geschwärzt]</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>In person</source>
        <translation>Persönlich</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
</context>
<context>
    <name>NoticeCommands</name>
    <message>
        <source>Give the text with --file or with --body, not both.</source>
        <translation>Geben Sie den Text mit --file oder mit --body an, nicht mit beiden.</translation>
    </message>
    <message>
        <source>notice add needs the text: --file BODY.md or --body TEXT.</source>
        <translation>notice add benötigt den Text: --file BODY.md oder --body TEXT.</translation>
    </message>
    <message>
        <source>The file given with --file cannot be read; check its name and permissions.</source>
        <translation>Die mit --file angegebene Datei kann nicht gelesen werden; prüfen Sie ihren Namen und ihre Berechtigungen.</translation>
    </message>
    <message>
        <source>The file given with --file is too large for a notice.</source>
        <translation>Die mit --file angegebene Datei ist für einen Hinweis zu groß.</translation>
    </message>
    <message>
        <source>The file given with --file is not UTF-8 text.</source>
        <translation>Die mit --file angegebene Datei ist kein UTF-8-Text.</translation>
    </message>
    <message>
        <source>--format takes markdown or html.</source>
        <translation>--format akzeptiert markdown oder html.</translation>
    </message>
    <message>
        <source>No such privacy notice; list them with: notice list.</source>
        <translation>Datenschutzhinweis nicht gefunden; listen Sie sie auf mit: notice list.</translation>
    </message>
    <message>
        <source>Several languages have that notice; add --language LANG or write LANG:VERSION.</source>
        <translation>Mehrere Sprachen haben diesen Hinweis; ergänzen Sie --language LANG oder schreiben Sie LANG:VERSION.</translation>
    </message>
    <message>
        <source>No notice of that language is published yet.</source>
        <translation>In dieser Sprache ist noch kein Hinweis veröffentlicht.</translation>
    </message>
    <message>
        <source>NOTICE is a notice&apos;s uid, VERSION, LANG:VERSION or current.</source>
        <translation>NOTICE ist die UID eines Hinweises, VERSION, LANG:VERSION oder current.</translation>
    </message>
    <message>
        <source>No privacy notices yet; add one with: notice add.</source>
        <translation>Noch keine Datenschutzhinweise; fügen Sie einen hinzu mit: notice add.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>SPRACHE</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>MATERIAL</source>
        <translation>WESENTLICH</translation>
    </message>
    <message>
        <source>PUBLISHED</source>
        <translation>VERÖFFENTLICHT</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITEL</translation>
    </message>
    <message>
        <source>UID</source>
        <translation>UID</translation>
    </message>
    <message>
        <source>notice add needs --language and --title; see confidant-cli notice add --help.</source>
        <translation>notice add benötigt --language und --title; siehe confidant-cli notice add --help.</translation>
    </message>
    <message>
        <source>notice edit needs at least one of --title, --file, --body, --format, --material.</source>
        <translation>notice edit benötigt mindestens eine der Optionen --title, --file, --body, --format, --material.</translation>
    </message>
    <message>
        <source>--material takes yes or no.</source>
        <translation>--material akzeptiert yes oder no.</translation>
    </message>
    <message>
        <source>Updated the draft %1, version %2 (%3).</source>
        <translation>Entwurf %1 aktualisiert, Version %2 (%3).</translation>
    </message>
    <message>
        <source>Published version %1 (%2); SHA-256 %3.</source>
        <translation>Version %1 (%2) veröffentlicht; SHA-256 %3.</translation>
    </message>
    <message>
        <source>Uid:</source>
        <translation>UID:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Material:</source>
        <translation>Wesentlich:</translation>
    </message>
    <message>
        <source>Published:</source>
        <translation>Veröffentlicht:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>(matches the text)</source>
        <translation>(stimmt mit dem Text überein)</translation>
    </message>
    <message>
        <source>(DOES NOT MATCH the text)</source>
        <translation>(stimmt NICHT mit dem Text überein)</translation>
    </message>
    <message>
        <source>Deleted the draft %1.</source>
        <translation>Entwurf %1 gelöscht.</translation>
    </message>
    <message>
        <source>notice ack needs --channel: in-person, phone, email, web, paper or other.</source>
        <translation>notice ack benötigt --channel: in-person, phone, email, web, paper oder other.</translation>
    </message>
    <message>
        <source>--channel takes in-person, phone, email, web, paper or other.</source>
        <translation>--channel akzeptiert in-person, phone, email, web, paper oder other.</translation>
    </message>
    <message>
        <source>This contact has acknowledged no notice.</source>
        <translation>Dieser Kontakt hat keine Kenntnisnahme eines Hinweises bestätigt.</translation>
    </message>
    <message>
        <source>AT</source>
        <translation>ZEITPUNKT</translation>
    </message>
    <message>
        <source>CHANNEL</source>
        <translation>KANAL</translation>
    </message>
    <message>
        <source>Nobody needs to see a newer notice.</source>
        <translation>Niemand muss einen neueren Hinweis sehen.</translation>
    </message>
    <message>
        <source>CONTACT</source>
        <translation>KONTAKT</translation>
    </message>
    <message>
        <source>ACKNOWLEDGED</source>
        <translation>BESTÄTIGT</translation>
    </message>
    <message>
        <source>CURRENT</source>
        <translation>AKTUELL</translation>
    </message>
</context>
<context>
    <name>NoticeService</name>
    <message>
        <source>No such privacy notice; list them with: notice list.</source>
        <translation>Datenschutzhinweis nicht gefunden; listen Sie sie auf mit: notice list.</translation>
    </message>
    <message>
        <source>A language is a code such as en, de or de-AT.</source>
        <translation>Eine Sprache ist ein Code wie en, de oder de-AT.</translation>
    </message>
    <message>
        <source>A notice needs a language code such as en, de or de-AT.</source>
        <translation>Ein Hinweis benötigt einen Sprachcode wie en, de oder de-AT.</translation>
    </message>
    <message>
        <source>A notice needs a title of 1 to %1 characters on one line.</source>
        <translation>Ein Hinweis benötigt einen Titel von 1 bis %1 Zeichen in einer Zeile.</translation>
    </message>
    <message>
        <source>A notice needs a text; it is empty.</source>
        <translation>Ein Hinweis benötigt einen Text; er ist leer.</translation>
    </message>
    <message>
        <source>A notice text may have at most %1 characters; shorten it.</source>
        <translation>Ein Hinweistext darf höchstens %1 Zeichen haben; kürzen Sie ihn.</translation>
    </message>
    <message>
        <source>Version %1 of this notice is published and can no longer be changed; add a new version instead.</source>
        <translation>Version %1 dieses Hinweises ist veröffentlicht und kann nicht mehr geändert werden; fügen Sie stattdessen eine neue Version hinzu.</translation>
    </message>
    <message>
        <source>This notice version is published and can no longer be changed.</source>
        <translation>Diese Version des Hinweises ist veröffentlicht und kann nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>Version %1 of this notice is published already; a published version is never published again or changed.</source>
        <translation>Version %1 dieses Hinweises ist bereits veröffentlicht; eine veröffentlichte Version wird nie erneut veröffentlicht oder geändert.</translation>
    </message>
    <message>
        <source>A later version of this language is published already, so this draft would not become the current notice; add a new version instead.</source>
        <translation>In dieser Sprache ist bereits eine spätere Version veröffentlicht, daher würde dieser Entwurf nicht zum aktuellen Hinweis; fügen Sie stattdessen eine neue Version hinzu.</translation>
    </message>
    <message>
        <source>This notice version is published already.</source>
        <translation>Diese Version des Hinweises ist bereits veröffentlicht.</translation>
    </message>
    <message>
        <source>Version %1 of this notice is published and is kept as evidence; it cannot be deleted.</source>
        <translation>Version %1 dieses Hinweises ist veröffentlicht und wird als Nachweis aufbewahrt; sie kann nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>This notice version is published and cannot be deleted.</source>
        <translation>Diese Version des Hinweises ist veröffentlicht und kann nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>Only a published notice can be acknowledged; publish this version first.</source>
        <translation>Nur die Kenntnisnahme eines veröffentlichten Hinweises kann bestätigt werden; veröffentlichen Sie diese Version zuerst.</translation>
    </message>
    <message>
        <source>No such contact; it may have been deleted.</source>
        <translation>Kontakt nicht gefunden; er wurde möglicherweise gelöscht.</translation>
    </message>
    <message>
        <source>An acknowledgement cannot lie in the future.</source>
        <translation>Eine Kenntnisnahme kann nicht in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>An acknowledgement cannot be dated before the notice version was published.</source>
        <translation>Eine Kenntnisnahme kann nicht vor der Veröffentlichung der Hinweisversion datiert sein.</translation>
    </message>
</context>
<context>
    <name>PinPolicy</name>
    <message numerus="yes">
        <source>A PIN needs at least %n characters, not one character or a short group repeated (111111, 121212) and not a straight run (123456, 654321, abcdef).</source>
        <translation>
            <numerusform>Eine PIN muss mindestens %n Zeichen lang sein und darf weder aus einem wiederholten Zeichen oder einer wiederholten kurzen Gruppe (111111, 121212) noch aus einer fortlaufenden Folge (123456, 654321, abcdef) bestehen.</numerusform>
            <numerusform>Eine PIN muss mindestens %n Zeichen lang sein und darf weder aus einem wiederholten Zeichen oder einer wiederholten kurzen Gruppe (111111, 121212) noch aus einer fortlaufenden Folge (123456, 654321, abcdef) bestehen.</numerusform>
        </translation>
    </message>
    <message>
        <source>This PIN is too short; nothing was changed. %1</source>
        <translation>Diese PIN ist zu kurz; es wurde nichts geändert. %1</translation>
    </message>
    <message>
        <source>This PIN is a pattern that is easy to guess; nothing was changed. %1</source>
        <translation>Diese PIN ist ein leicht zu erratendes Muster; es wurde nichts geändert. %1</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 Sekunde</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 Sekunden</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 Minuten</translation>
    </message>
</context>
<context>
    <name>PipelineService</name>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Qualifiziert</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>Verhandlung</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Vertrieb</translation>
    </message>
    <message>
        <source>No such pipeline; it may have been deleted.</source>
        <translation>Diese Pipeline gibt es nicht; vielleicht wurde sie gelöscht.</translation>
    </message>
    <message>
        <source>No pipeline has that name or id; list them with: pipeline list.</source>
        <translation>Keine Pipeline hat diesen Namen oder diese ID; listen Sie sie auf mit: pipeline list.</translation>
    </message>
    <message>
        <source>The pipeline has no stage of that name or id; list them with: pipeline list.</source>
        <translation>Die Pipeline hat keine Phase mit diesem Namen oder dieser ID; listen Sie sie auf mit: pipeline list.</translation>
    </message>
    <message>
        <source>No such stage; it may have been deleted.</source>
        <translation>Diese Phase gibt es nicht; vielleicht wurde sie gelöscht.</translation>
    </message>
    <message>
        <source>A stage needs a name of 1 to 60 characters.</source>
        <translation>Eine Phase benötigt einen Namen mit 1 bis 60 Zeichen.</translation>
    </message>
    <message>
        <source>A stage&apos;s probability is a whole number from 0 to 100.</source>
        <translation>Die Wahrscheinlichkeit einer Phase ist eine ganze Zahl von 0 bis 100.</translation>
    </message>
    <message>
        <source>A pipeline needs a name of 1 to 60 characters.</source>
        <translation>Eine Pipeline benötigt einen Namen mit 1 bis 60 Zeichen.</translation>
    </message>
    <message>
        <source>A pipeline needs at least one stage.</source>
        <translation>Eine Pipeline benötigt mindestens eine Phase.</translation>
    </message>
    <message>
        <source>A pipeline of that name exists already; choose another name.</source>
        <translation>Es gibt bereits eine Pipeline mit diesem Namen; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Two stages of a pipeline cannot have the same name.</source>
        <translation>Zwei Phasen einer Pipeline dürfen nicht denselben Namen haben.</translation>
    </message>
    <message>
        <source>The last pipeline cannot be deleted; rename it instead.</source>
        <translation>Die letzte Pipeline kann nicht gelöscht werden; benennen Sie sie stattdessen um.</translation>
    </message>
    <message numerus="yes">
        <source>The pipeline still holds %n deal(s); move or delete them first.</source>
        <translation>
            <numerusform>Die Pipeline enthält noch %n Deal; verschieben oder löschen Sie ihn zuerst.</numerusform>
            <numerusform>Die Pipeline enthält noch %n Deals; verschieben oder löschen Sie sie zuerst.</numerusform>
        </translation>
    </message>
    <message>
        <source>The pipeline has a stage of that name already; choose another.</source>
        <translation>Die Pipeline hat bereits eine Phase mit diesem Namen; wählen Sie einen anderen.</translation>
    </message>
    <message numerus="yes">
        <source>The stage still holds %n deal(s); move them to another stage first.</source>
        <translation>
            <numerusform>Die Phase enthält noch %n Deal; verschieben Sie ihn zuerst in eine andere Phase.</numerusform>
            <numerusform>Die Phase enthält noch %n Deals; verschieben Sie sie zuerst in eine andere Phase.</numerusform>
        </translation>
    </message>
    <message>
        <source>A pipeline keeps at least one stage; add another first.</source>
        <translation>Eine Pipeline behält mindestens eine Phase; fügen Sie zuerst eine weitere hinzu.</translation>
    </message>
</context>
<context>
    <name>PolicyCommands</name>
    <message>
        <source>--format takes %1.</source>
        <translation>--format akzeptiert %1.</translation>
    </message>
    <message>
        <source>--out names a folder; give a file name.</source>
        <translation>--out nennt einen Ordner; geben Sie einen Dateinamen an.</translation>
    </message>
    <message>
        <source>The file given with --out exists already; nothing was written. Add --force to replace it.</source>
        <translation>Die mit --out angegebene Datei existiert bereits; es wurde nichts geschrieben. Ergänzen Sie --force, um sie zu ersetzen.</translation>
    </message>
    <message>
        <source>--format %1 needs --out FILE.</source>
        <translation>--format %1 benötigt --out FILE.</translation>
    </message>
    <message>
        <source>Privacy policy</source>
        <translation>Datenschutzerklärung</translation>
    </message>
    <message>
        <source>Wrote the privacy-policy draft to %1.</source>
        <translation>Entwurf der Datenschutzerklärung nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>Missing from the configuration: %1; see the list at the top of the draft.</source>
        <translation>In der Konfiguration fehlt: %1; siehe die Liste am Anfang des Entwurfs.</translation>
    </message>
    <message>
        <source>Records of processing activities</source>
        <translation>Verzeichnis von Verarbeitungstätigkeiten</translation>
    </message>
    <message>
        <source>Wrote the records of processing (%1 purposes) to %2.</source>
        <translation>Verzeichnis von Verarbeitungstätigkeiten (%1 Zwecke) nach %2 geschrieben.</translation>
    </message>
</context>
<context>
    <name>PolicyGenerator</name>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>No controller name set.</source>
        <translation>Kein Name des Verantwortlichen festgelegt.</translation>
    </message>
    <message>
        <source>No controller address set.</source>
        <translation>Keine Anschrift des Verantwortlichen festgelegt.</translation>
    </message>
    <message>
        <source>No controller email set: people need it to exercise their rights.</source>
        <translation>Keine E-Mail-Adresse des Verantwortlichen festgelegt: Betroffene benötigen sie, um ihre Rechte auszuüben.</translation>
    </message>
    <message>
        <source>No DPO contact set (or state that no data protection officer is appointed).</source>
        <translation>Kein Kontakt zum Datenschutzbeauftragten festgelegt (oder angeben, dass kein Datenschutzbeauftragter benannt ist).</translation>
    </message>
    <message>
        <source>No supervisory authority set.</source>
        <translation>Keine Aufsichtsbehörde festgelegt.</translation>
    </message>
    <message>
        <source>Not set how updates of this policy are announced.</source>
        <translation>Nicht festgelegt, wie Aktualisierungen dieser Datenschutzerklärung bekannt gegeben werden.</translation>
    </message>
    <message>
        <source>No purposes configured.</source>
        <translation>Keine Zwecke konfiguriert.</translation>
    </message>
    <message>
        <source>Purpose %1 has no retention period.</source>
        <translation>Zweck %1 hat keine Aufbewahrungsfrist.</translation>
    </message>
    <message>
        <source>Purpose %1 names no personal data it uses.</source>
        <translation>Zweck %1 nennt keine personenbezogenen Daten, die er verwendet.</translation>
    </message>
    <message>
        <source>Purpose %1 rests on legitimate interests but does not say which.</source>
        <translation>Zweck %1 beruht auf berechtigten Interessen, sagt aber nicht, auf welchen.</translation>
    </message>
    <message>
        <source>Processor %1 has no country set.</source>
        <translation>Für Auftragsverarbeiter %1 ist kein Land festgelegt.</translation>
    </message>
    <message>
        <source>Processor %1 outside the EEA has no safeguard for the transfer.</source>
        <translation>Auftragsverarbeiter %1 außerhalb des EWR hat keine Garantie für die Übermittlung.</translation>
    </message>
    <message>
        <source>Processor %1 has no data-processing agreement (Art. 28 GDPR) recorded.</source>
        <translation>Für Auftragsverarbeiter %1 ist kein Auftragsverarbeitungsvertrag (Art. 28 DSGVO) erfasst.</translation>
    </message>
    <message>
        <source>Processor %1 serves no purpose.</source>
        <translation>Auftragsverarbeiter %1 dient keinem Zweck.</translation>
    </message>
    <message>
        <source>No privacy notice is published in the language %1.</source>
        <translation>In der Sprache %1 ist kein Datenschutzhinweis veröffentlicht.</translation>
    </message>
    <message>
        <source>[controller name]</source>
        <translation>[Name des Verantwortlichen]</translation>
    </message>
    <message>
        <source># Privacy policy of %1</source>
        <translation># Datenschutzerklärung von %1</translation>
    </message>
    <message>
        <source>&gt; **Draft** generated by Confidant from this vault&apos;s configuration. Check and complete it, and have it reviewed, before you publish it.</source>
        <translation>&gt; **Entwurf**, von Confidant aus der Konfiguration dieses Tresors erstellt. Prüfen und vervollständigen Sie ihn und lassen Sie ihn überprüfen, bevor Sie ihn veröffentlichen.</translation>
    </message>
    <message>
        <source>Missing information: complete these before publishing:</source>
        <translation>Fehlende Angaben: Vervollständigen Sie diese vor der Veröffentlichung:</translation>
    </message>
    <message>
        <source>## 1. Who is responsible for your data</source>
        <translation>## 1. Wer für Ihre Daten verantwortlich ist</translation>
    </message>
    <message>
        <source>The controller responsible for processing your personal data is:</source>
        <translation>Verantwortlicher für die Verarbeitung Ihrer personenbezogenen Daten ist:</translation>
    </message>
    <message>
        <source>Email: %1</source>
        <translation>E-Mail: %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Telefon: %1</translation>
    </message>
    <message>
        <source>## 2. Data protection officer</source>
        <translation>## 2. Datenschutzbeauftragter</translation>
    </message>
    <message>
        <source>You can reach our data protection officer at:</source>
        <translation>Sie erreichen unseren Datenschutzbeauftragten unter:</translation>
    </message>
    <message>
        <source>We have not appointed a data protection officer, as the law does not require us to (Art. 37 GDPR). Please contact us as shown above with any question about your data.</source>
        <translation>Wir haben keinen Datenschutzbeauftragten benannt, da das Gesetz dies von uns nicht verlangt (Art. 37 DSGVO). Bitte wenden Sie sich bei Fragen zu Ihren Daten wie oben angegeben an uns.</translation>
    </message>
    <message>
        <source>[No DPO contact set: name the data protection officer, or state that none is appointed.]</source>
        <translation>[Kein Kontakt zum Datenschutzbeauftragten festgelegt: Nennen Sie den Datenschutzbeauftragten oder geben Sie an, dass keiner benannt ist.]</translation>
    </message>
    <message>
        <source>## 3. What we process, why, and on what legal basis</source>
        <translation>## 3. Was wir verarbeiten, warum und auf welcher Rechtsgrundlage</translation>
    </message>
    <message>
        <source>[No purposes configured.]</source>
        <translation>[Keine Zwecke konfiguriert.]</translation>
    </message>
    <message>
        <source>Legal basis:</source>
        <translation>Rechtsgrundlage:</translation>
    </message>
    <message>
        <source>You may withdraw your consent at any time, as easily as you gave it; this does not affect the lawfulness of processing before the withdrawal (Art. 7(3) GDPR).</source>
        <translation>Sie können Ihre Einwilligung jederzeit so einfach widerrufen, wie Sie sie erteilt haben; die Rechtmäßigkeit der bis zum Widerruf erfolgten Verarbeitung bleibt davon unberührt (Art. 7 Abs. 3 DSGVO).</translation>
    </message>
    <message>
        <source>Our legitimate interest:</source>
        <translation>Unser berechtigtes Interesse:</translation>
    </message>
    <message>
        <source>[not stated]</source>
        <translation>[nicht angegeben]</translation>
    </message>
    <message>
        <source>We need this data to enter into or perform a contract with you; without it we cannot do so.</source>
        <translation>Wir benötigen diese Daten, um einen Vertrag mit Ihnen abzuschließen oder zu erfüllen; ohne sie ist uns das nicht möglich.</translation>
    </message>
    <message>
        <source>Personal data:</source>
        <translation>Personenbezogene Daten:</translation>
    </message>
    <message>
        <source>[none named]</source>
        <translation>[keine benannt]</translation>
    </message>
    <message>
        <source>Special categories of personal data (Art. 9 GDPR):</source>
        <translation>Besondere Kategorien personenbezogener Daten (Art. 9 DSGVO):</translation>
    </message>
    <message>
        <source>This is direct marketing: you may object to it at any time, and we will then stop (Art. 21(2) and (3) GDPR).</source>
        <translation>Dies ist Direktwerbung: Sie können ihr jederzeit widersprechen, und wir stellen sie dann ein (Art. 21 Abs. 2 und 3 DSGVO).</translation>
    </message>
    <message>
        <source>Recipients:</source>
        <translation>Empfänger:</translation>
    </message>
    <message>
        <source>Retention:</source>
        <translation>Aufbewahrung:</translation>
    </message>
    <message>
        <source>## 4. Recipients and processors</source>
        <translation>## 4. Empfänger und Auftragsverarbeiter</translation>
    </message>
    <message>
        <source>We do not pass your personal data to processors or other recipients.</source>
        <translation>Wir geben Ihre personenbezogenen Daten nicht an Auftragsverarbeiter oder andere Empfänger weiter.</translation>
    </message>
    <message>
        <source>We use the following processors and pass personal data to these recipients:</source>
        <translation>Wir setzen die folgenden Auftragsverarbeiter ein und geben personenbezogene Daten an diese Empfänger weiter:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Zwecke</translation>
    </message>
    <message>
        <source>## 5. Transfers outside the European Economic Area</source>
        <translation>## 5. Übermittlungen außerhalb des Europäischen Wirtschaftsraums</translation>
    </message>
    <message>
        <source>We do not transfer your personal data to countries outside the European Economic Area.</source>
        <translation>Wir übermitteln Ihre personenbezogenen Daten nicht in Länder außerhalb des Europäischen Wirtschaftsraums.</translation>
    </message>
    <message>
        <source>Some recipients are outside the European Economic Area (EEA). These transfers rest on:</source>
        <translation>Einige Empfänger befinden sich außerhalb des Europäischen Wirtschaftsraums (EWR). Diese Übermittlungen stützen sich auf:</translation>
    </message>
    <message>
        <source>[no safeguard recorded]</source>
        <translation>[keine Garantie erfasst]</translation>
    </message>
    <message>
        <source>You can ask us for a copy of these safeguards using the contact details above.</source>
        <translation>Sie können über die oben genannten Kontaktdaten eine Kopie dieser Garantien bei uns anfordern.</translation>
    </message>
    <message>
        <source>## 6. How long we keep your data</source>
        <translation>## 6. Wie lange wir Ihre Daten aufbewahren</translation>
    </message>
    <message>
        <source>After that we delete your data, or anonymise it where the law requires us to keep records.</source>
        <translation>Danach löschen wir Ihre Daten oder anonymisieren sie, soweit das Gesetz uns zur Aufbewahrung von Unterlagen verpflichtet.</translation>
    </message>
    <message>
        <source>## 7. Your rights</source>
        <translation>## 7. Ihre Rechte</translation>
    </message>
    <message>
        <source>Under the General Data Protection Regulation you have the right to:</source>
        <translation>Nach der Datenschutz-Grundverordnung haben Sie das Recht,</translation>
    </message>
    <message>
        <source>access the personal data we hold about you (Art. 15 GDPR);</source>
        <translation>Auskunft über die personenbezogenen Daten zu erhalten, die wir über Sie gespeichert haben (Art. 15 DSGVO);</translation>
    </message>
    <message>
        <source>have inaccurate data rectified (Art. 16 GDPR);</source>
        <translation>unrichtige Daten berichtigen zu lassen (Art. 16 DSGVO);</translation>
    </message>
    <message>
        <source>have your data erased (Art. 17 GDPR);</source>
        <translation>Ihre Daten löschen zu lassen (Art. 17 DSGVO);</translation>
    </message>
    <message>
        <source>have processing restricted (Art. 18 GDPR);</source>
        <translation>die Verarbeitung einschränken zu lassen (Art. 18 DSGVO);</translation>
    </message>
    <message>
        <source>receive your data in a portable format (Art. 20 GDPR);</source>
        <translation>Ihre Daten in einem übertragbaren Format zu erhalten (Art. 20 DSGVO);</translation>
    </message>
    <message>
        <source>object to processing based on legitimate interests, and at any time to direct marketing (Art. 21 GDPR);</source>
        <translation>der Verarbeitung auf Grundlage berechtigter Interessen und jederzeit der Direktwerbung zu widersprechen (Art. 21 DSGVO);</translation>
    </message>
    <message>
        <source>withdraw your consent at any time, with effect for the future (Art. 7(3) GDPR);</source>
        <translation>Ihre Einwilligung jederzeit mit Wirkung für die Zukunft zu widerrufen (Art. 7 Abs. 3 DSGVO);</translation>
    </message>
    <message>
        <source>lodge a complaint with a supervisory authority (Art. 77 GDPR).</source>
        <translation>sich bei einer Aufsichtsbehörde zu beschweren (Art. 77 DSGVO).</translation>
    </message>
    <message>
        <source>email us at %1</source>
        <translation>schreiben Sie uns eine E-Mail an %1</translation>
    </message>
    <message>
        <source>call us at %1</source>
        <translation>rufen Sie uns unter %1 an</translation>
    </message>
    <message>
        <source>write to us at the address above</source>
        <translation>schreiben Sie uns an die oben genannte Anschrift</translation>
    </message>
    <message>
        <source>email our data protection officer at %1</source>
        <translation>schreiben Sie unserem Datenschutzbeauftragten eine E-Mail an %1</translation>
    </message>
    <message>
        <source>To exercise your rights, contact us [no controller contact set].</source>
        <translation>Um Ihre Rechte auszuüben, wenden Sie sich an uns [keine Kontaktdaten des Verantwortlichen festgelegt].</translation>
    </message>
    <message>
        <source>To exercise your rights, %1. We answer within one month (Art. 12(3) GDPR).</source>
        <translation>Um Ihre Rechte auszuüben, %1. Wir antworten innerhalb eines Monats (Art. 12 Abs. 3 DSGVO).</translation>
    </message>
    <message>
        <source>, or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>You may complain to the supervisory authority of your habitual residence, place of work or of the alleged infringement. [No supervisory authority set.]</source>
        <translation>Sie können sich bei der Aufsichtsbehörde Ihres gewöhnlichen Aufenthaltsorts, Ihres Arbeitsplatzes oder des Orts des mutmaßlichen Verstoßes beschweren. [Keine Aufsichtsbehörde festgelegt.]</translation>
    </message>
    <message>
        <source>You may complain to any supervisory authority, in particular to the one responsible for us:</source>
        <translation>Sie können sich bei jeder Aufsichtsbehörde beschweren, insbesondere bei der für uns zuständigen:</translation>
    </message>
    <message>
        <source>## 8. Changes to this policy</source>
        <translation>## 8. Änderungen dieser Erklärung</translation>
    </message>
    <message>
        <source>[Not set how updates of this policy are announced.]</source>
        <translation>[Nicht festgelegt, wie Aktualisierungen dieser Erklärung bekannt gegeben werden.]</translation>
    </message>
    <message>
        <source>We announce changes to this policy as follows:</source>
        <translation>Änderungen dieser Erklärung geben wir wie folgt bekannt:</translation>
    </message>
    <message>
        <source>## 9. Version</source>
        <translation>## 9. Version</translation>
    </message>
    <message>
        <source>This policy accompanies our privacy notice %1, version %2 (language %3), published on %4; SHA-256 of the notice text: `%5`.</source>
        <translation>Diese Erklärung gehört zu unserem Datenschutzhinweis %1, Version %2 (Sprache %3), veröffentlicht am %4; SHA-256 des Hinweistextes: `%5`.</translation>
    </message>
    <message>
        <source>[No privacy notice is published in the language %1 yet.]</source>
        <translation>[In der Sprache %1 ist noch kein Datenschutzhinweis veröffentlicht.]</translation>
    </message>
</context>
<context>
    <name>PrivacyCommands</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <source>--basis takes consent, contract, legal-obligation, vital-interests, public-task or legitimate-interests.</source>
        <translation>--basis akzeptiert consent, contract, legal-obligation, vital-interests, public-task oder legitimate-interests.</translation>
    </message>
    <message>
        <source>--retention-days takes a whole number of days above 0.</source>
        <translation>--retention-days erwartet eine ganze Zahl von Tagen größer als 0.</translation>
    </message>
    <message>
        <source>Give --marketing or --no-marketing, not both.</source>
        <translation>Geben Sie --marketing oder --no-marketing an, nicht beides.</translation>
    </message>
    <message>
        <source>Give --requires-consent or --no-requires-consent, not both.</source>
        <translation>Geben Sie --requires-consent oder --no-requires-consent an, nicht beides.</translation>
    </message>
    <message>
        <source>A purpose resting on consent always requires consent.</source>
        <translation>Ein Zweck, der auf Einwilligung beruht, erfordert immer eine Einwilligung.</translation>
    </message>
    <message>
        <source>Archived the purpose %1.</source>
        <translation>Zweck %1 archiviert.</translation>
    </message>
    <message>
        <source>The purpose %1 is in use again.</source>
        <translation>Der Zweck %1 wird wieder verwendet.</translation>
    </message>
    <message>
        <source>--method takes web-form, paper, verbal, email, import or other.</source>
        <translation>--method akzeptiert web-form, paper, verbal, email, import oder other.</translation>
    </message>
    <message>
        <source>Recorded the consent for &quot;%1&quot; (event %2).</source>
        <translation>Einwilligung für „%1“ erfasst (Ereignis %2).</translation>
    </message>
    <message>
        <source>Recorded the withdrawal of the consent for &quot;%1&quot; (event %2).</source>
        <translation>Widerruf der Einwilligung für „%1“ erfasst (Ereignis %2).</translation>
    </message>
    <message>
        <source>Recorded the refreshed consent for &quot;%1&quot; (event %2).</source>
        <translation>Erneuerte Einwilligung für „%1“ erfasst (Ereignis %2).</translation>
    </message>
    <message>
        <source>Refresh due: %1.</source>
        <translation>Erneuerung fällig: %1.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>BASIS</source>
        <translation>GRUNDLAGE</translation>
    </message>
    <message>
        <source>CONSENT</source>
        <translation>EINWILLIGUNG</translation>
    </message>
    <message>
        <source>MARKETING</source>
        <translation>MARKETING</translation>
    </message>
    <message>
        <source>RETENTION</source>
        <translation>AUFBEWAHRUNG</translation>
    </message>
    <message>
        <source>ARCHIVED</source>
        <translation>ARCHIVIERT</translation>
    </message>
    <message>
        <source>UID</source>
        <translation>UID</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Name: %1</translation>
    </message>
    <message>
        <source>Uid: %1</source>
        <translation>Uid: %1</translation>
    </message>
    <message>
        <source>Lawful basis: %1 (%2)</source>
        <translation>Rechtsgrundlage: %1 (%2)</translation>
    </message>
    <message>
        <source>Legitimate interest: %1</source>
        <translation>Berechtigtes Interesse: %1</translation>
    </message>
    <message>
        <source>Requires consent: %1</source>
        <translation>Erfordert Einwilligung: %1</translation>
    </message>
    <message>
        <source>Direct marketing: %1</source>
        <translation>Direktwerbung: %1</translation>
    </message>
    <message>
        <source>Fields: %1</source>
        <translation>Felder: %1</translation>
    </message>
    <message>
        <source>Retention: %1</source>
        <translation>Aufbewahrung: %1</translation>
    </message>
    <message>
        <source>Archived: %1</source>
        <translation>Archiviert: %1</translation>
    </message>
    <message>
        <source>Description: %1</source>
        <translation>Beschreibung: %1</translation>
    </message>
    <message>
        <source>purpose add needs --name and --basis; see confidant-cli purpose add --help.</source>
        <translation>purpose add benötigt --name und --basis; siehe confidant-cli purpose add --help.</translation>
    </message>
    <message>
        <source>Saved the purpose %1.</source>
        <translation>Zweck %1 gespeichert.</translation>
    </message>
    <message>
        <source>AT</source>
        <translation>ZEIT</translation>
    </message>
    <message>
        <source>PURPOSE</source>
        <translation>ZWECK</translation>
    </message>
    <message>
        <source>EVENT</source>
        <translation>EREIGNIS</translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation>METHODE</translation>
    </message>
    <message>
        <source>NOTICE</source>
        <translation>HINWEIS</translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation>LÄUFT AB</translation>
    </message>
    <message>
        <source>BY</source>
        <translation>VON</translation>
    </message>
    <message>
        <source>EVIDENCE</source>
        <translation>NACHWEIS</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>nicht erforderlich</translation>
    </message>
    <message>
        <source>SINCE</source>
        <translation>SEIT</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>due</source>
        <translation>fällig</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>CONTACT</source>
        <translation>KONTAKT</translation>
    </message>
</context>
<context>
    <name>PrivacyConfiguration</name>
    <message>
        <source>A language is a code such as en, de or de-AT.</source>
        <translation>Eine Sprache ist ein Code wie en, de oder de-AT.</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>365 days (1 year)</source>
        <translation>365 Tage (1 Jahr)</translation>
    </message>
    <message>
        <source>%1 days (%2 years)</source>
        <translation>%1 Tage (%2 Jahre)</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>%1 (%2 GDPR)</source>
        <translation>%1 (%2 DSGVO)</translation>
    </message>
    <message>
        <source>country not set</source>
        <translation>Land nicht festgelegt</translation>
    </message>
</context>
<context>
    <name>ProcessHardening</name>
    <message>
        <source>Crash dumps could not be switched off (%1); a crash could leave decrypted data on disk.</source>
        <translation>Absturzabbilder konnten nicht abgeschaltet werden (%1); ein Absturz könnte entschlüsselte Daten auf der Festplatte hinterlassen.</translation>
    </message>
</context>
<context>
    <name>Processor</name>
    <message>
        <source>Processor</source>
        <translation>Auftragsverarbeiter</translation>
    </message>
    <message>
        <source>Sub-processor</source>
        <translation>Unterauftragsverarbeiter</translation>
    </message>
    <message>
        <source>Joint controller</source>
        <translation>Gemeinsam Verantwortlicher</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Third party</source>
        <translation>Dritter</translation>
    </message>
    <message>
        <source>No safeguard</source>
        <translation>Keine Garantie</translation>
    </message>
    <message>
        <source>Adequacy decision (Art. 45 GDPR)</source>
        <translation>Angemessenheitsbeschluss (Art. 45 DSGVO)</translation>
    </message>
    <message>
        <source>Standard contractual clauses (Art. 46(2)(c) GDPR)</source>
        <translation>Standardvertragsklauseln (Art. 46 Abs. 2 lit. c DSGVO)</translation>
    </message>
    <message>
        <source>Binding corporate rules (Art. 47 GDPR)</source>
        <translation>Verbindliche interne Datenschutzvorschriften (Art. 47 DSGVO)</translation>
    </message>
    <message>
        <source>Other safeguard (Art. 46 or 49 GDPR)</source>
        <translation>Andere Garantie (Art. 46 oder 49 DSGVO)</translation>
    </message>
</context>
<context>
    <name>ProcessorService</name>
    <message>
        <source>No such purpose; list them with: purpose list.</source>
        <translation>Diesen Zweck gibt es nicht; Zwecke auflisten mit: purpose list.</translation>
    </message>
    <message>
        <source>A processor needs a name of 1 to %1 characters on one line.</source>
        <translation>Ein Auftragsverarbeiter benötigt einen Namen mit 1 bis %1 Zeichen in einer Zeile.</translation>
    </message>
    <message>
        <source>The country is a two-letter ISO 3166-1 code such as DE, FR or US.</source>
        <translation>Das Land ist ein zweistelliger ISO-3166-1-Code wie DE, FR oder US.</translation>
    </message>
    <message>
        <source>An &quot;other&quot; transfer safeguard needs a note saying what it is.</source>
        <translation>Eine Übermittlungsgarantie vom Typ „other“ benötigt eine Notiz, die sie beschreibt.</translation>
    </message>
    <message>
        <source>The date the data-processing agreement was signed is not a valid date.</source>
        <translation>Das Datum der Unterzeichnung des Auftragsverarbeitungsvertrags ist kein gültiges Datum.</translation>
    </message>
    <message>
        <source>Notes, references and contacts may have at most %1 characters.</source>
        <translation>Notizen, Referenzen und Kontakte dürfen höchstens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>No such processor; list them with: processor list.</source>
        <translation>Diesen Auftragsverarbeiter gibt es nicht; Auftragsverarbeiter auflisten mit: processor list.</translation>
    </message>
    <message>
        <source>No processor has that name or id; list them with: processor list.</source>
        <translation>Kein Auftragsverarbeiter hat diesen Namen oder diese ID; Auftragsverarbeiter auflisten mit: processor list.</translation>
    </message>
    <message>
        <source>A processor of that name is in the register already (perhaps archived).</source>
        <translation>Ein Auftragsverarbeiter mit diesem Namen ist bereits im Verzeichnis (eventuell archiviert).</translation>
    </message>
</context>
<context>
    <name>ProfileCommands</name>
    <message>
        <source>The role must be one of: %1.</source>
        <translation>Die Rolle muss eine der folgenden sein: %1.</translation>
    </message>
    <message>
        <source>Standard input held no PIN on its next line; nothing was changed. Give the PIN there, after the passphrase and any PIN of the acting profile.</source>
        <translation>Die Standardeingabe enthielt in ihrer nächsten Zeile keine PIN; es wurde nichts geändert. Geben Sie die PIN dort an, nach der Passphrase und einer etwaigen PIN des handelnden Profils.</translation>
    </message>
    <message>
        <source>Repeat the new PIN: </source>
        <translation>Neue PIN wiederholen: </translation>
    </message>
    <message>
        <source>The two PINs differ; nothing was changed. Try again.</source>
        <translation>Die beiden PINs stimmen nicht überein; es wurde nichts geändert. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>profile add needs --role ROLE; see confidant-cli profile add --help.</source>
        <translation>profile add benötigt --role ROLE; siehe confidant-cli profile add --help.</translation>
    </message>
    <message>
        <source>Added the profile %1 with the role %2 and a PIN.</source>
        <translation>Profil %1 mit der Rolle %2 und einer PIN hinzugefügt.</translation>
    </message>
    <message>
        <source>Added the profile %1 with the role %2.</source>
        <translation>Profil %1 mit der Rolle %2 hinzugefügt.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLLE</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>ERSTELLT</translation>
    </message>
    <message>
        <source>* the profile acting now</source>
        <translation>* das gerade handelnde Profil</translation>
    </message>
    <message>
        <source>Removed the profile %1.</source>
        <translation>Profil %1 entfernt.</translation>
    </message>
    <message>
        <source>The profile %1 now has the role %2.</source>
        <translation>Das Profil %1 hat jetzt die Rolle %2.</translation>
    </message>
    <message>
        <source>Removed the PIN of the profile %1.</source>
        <translation>PIN des Profils %1 entfernt.</translation>
    </message>
    <message>
        <source>Set a new PIN for the profile %1.</source>
        <translation>Neue PIN für das Profil %1 festgelegt.</translation>
    </message>
    <message>
        <source>New PIN (at least %1 characters, no pattern such as 123456): </source>
        <translation>Neue PIN (mindestens %1 Zeichen, kein Muster wie 123456): </translation>
    </message>
    <message>
        <source>WRONG PINS</source>
        <translation>FALSCHE PINS</translation>
    </message>
    <message>
        <source>LOCKED UNTIL</source>
        <translation>GESPERRT BIS</translation>
    </message>
</context>
<context>
    <name>ProfileService</name>
    <message>
        <source>There is no profile of that name; see the list of profiles (confidant-cli profile list).</source>
        <translation>Es gibt kein Profil mit diesem Namen; siehe die Liste der Profile (confidant-cli profile list).</translation>
    </message>
    <message>
        <source>The vault has no owner profile; it is damaged. Restore it from a backup.</source>
        <translation>Der Tresor hat kein Eigentümerprofil; er ist beschädigt. Stellen Sie ihn aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>This profile has a PIN; enter it to continue.</source>
        <translation>Dieses Profil hat eine PIN; geben Sie sie ein, um fortzufahren.</translation>
    </message>
    <message>
        <source>Wrong PIN for this profile; try again.</source>
        <translation>Falsche PIN für dieses Profil; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Only an owner can make, change or remove an owner profile. The attempt was recorded in the audit trail.</source>
        <translation>Nur ein Eigentümer kann ein Eigentümerprofil anlegen, ändern oder entfernen. Der Versuch wurde im Prüfprotokoll vermerkt.</translation>
    </message>
    <message>
        <source>A profile name needs 1 to %1 characters.</source>
        <translation>Ein Profilname muss 1 bis %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>A profile name may hold letters, digits, spaces, &apos;-&apos;, &apos;_&apos; and &apos;.&apos; only.</source>
        <translation>Ein Profilname darf nur Buchstaben, Ziffern, Leerzeichen, &apos;-&apos;, &apos;_&apos; und &apos;.&apos; enthalten.</translation>
    </message>
    <message>
        <source>This is the vault&apos;s only owner profile; make another profile an owner first.</source>
        <translation>Dies ist das einzige Eigentümerprofil des Tresors; machen Sie zuerst ein anderes Profil zum Eigentümer.</translation>
    </message>
    <message>
        <source>A profile of that name exists already; choose another name.</source>
        <translation>Es gibt bereits ein Profil mit diesem Namen; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>The system&apos;s random number generator failed; nothing was changed.</source>
        <translation>Der Zufallszahlengenerator des Systems ist fehlgeschlagen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>A profile cannot remove itself; switch to another profile first.</source>
        <translation>Ein Profil kann sich nicht selbst entfernen; wechseln Sie zuerst zu einem anderen Profil.</translation>
    </message>
    <message>
        <source>The PIN was not checked, because the attempt could not be written to the vault: %1</source>
        <translation>Die PIN wurde nicht geprüft, weil der Versuch nicht im Tresor gespeichert werden konnte: %1</translation>
    </message>
    <message>
        <source>This profile must wait after %1 wrong PINs in a row: try again in %2. This PIN was not checked.</source>
        <translation>Dieses Profil muss nach %1 falschen PINs in Folge warten: Versuchen Sie es in %2 erneut. Diese PIN wurde nicht geprüft.</translation>
    </message>
    <message>
        <source>Wrong PIN for this profile. After %1 wrong PINs in a row the next attempt must wait %2.</source>
        <translation>Falsche PIN für dieses Profil. Nach %1 falschen PINs in Folge muss der nächste Versuch %2 warten.</translation>
    </message>
</context>
<context>
    <name>Purpose</name>
    <message>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Vertrag</translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <translation>Rechtliche Verpflichtung</translation>
    </message>
    <message>
        <source>Vital interests</source>
        <translation>Lebenswichtige Interessen</translation>
    </message>
    <message>
        <source>Public task</source>
        <translation>Öffentliche Aufgabe</translation>
    </message>
    <message>
        <source>Legitimate interests</source>
        <translation>Berechtigte Interessen</translation>
    </message>
</context>
<context>
    <name>PurposeGate</name>
    <message>
        <source>No purpose has that name or id; list them with: purpose list.</source>
        <translation>Kein Zweck hat diesen Namen oder diese ID; Zwecke auflisten mit: purpose list.</translation>
    </message>
    <message>
        <source>The purpose &quot;%1&quot; is archived; contacts cannot be used for it.</source>
        <translation>Der Zweck „%1“ ist archiviert; Kontakte können dafür nicht verwendet werden.</translation>
    </message>
    <message>
        <source>No such purpose; it may have been removed.</source>
        <translation>Diesen Zweck gibt es nicht; er wurde möglicherweise entfernt.</translation>
    </message>
</context>
<context>
    <name>PurposeService</name>
    <message>
        <source>A purpose of that name exists already; choose another name.</source>
        <translation>Ein Zweck mit diesem Namen existiert bereits; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Newsletter</source>
        <translation>Newsletter</translation>
    </message>
    <message>
        <source>Sending our newsletter by email to people who asked for it.</source>
        <translation>Versand unseres Newsletters per E-Mail an Personen, die ihn angefordert haben.</translation>
    </message>
    <message>
        <source>Sales follow-up</source>
        <translation>Vertriebliche Nachverfolgung</translation>
    </message>
    <message>
        <source>Following up on enquiries and offers with prospects and customers.</source>
        <translation>Nachverfolgung von Anfragen und Angeboten bei Interessenten und Kunden.</translation>
    </message>
    <message>
        <source>Answering enquiries and following up on offers with people who have been in touch with us, as they can reasonably expect.</source>
        <translation>Beantwortung von Anfragen und Nachverfolgung von Angeboten bei Personen, die mit uns in Kontakt standen, wie sie es vernünftigerweise erwarten können.</translation>
    </message>
    <message>
        <source>Invoicing</source>
        <translation>Rechnungsstellung</translation>
    </message>
    <message>
        <source>Invoicing customers and keeping the records of what we sold. Besides the contract, tax and commercial law oblige us to keep invoices (a legal obligation, Art. 6(1)(c)).</source>
        <translation>Rechnungsstellung an Kunden und Aufbewahrung der Unterlagen über unsere Verkäufe. Neben dem Vertrag verpflichten uns Steuer- und Handelsrecht zur Aufbewahrung von Rechnungen (eine rechtliche Verpflichtung, Art. 6 Abs. 1 lit. c).</translation>
    </message>
    <message>
        <source>No such purpose; it may have been removed.</source>
        <translation>Diesen Zweck gibt es nicht; er wurde möglicherweise entfernt.</translation>
    </message>
    <message>
        <source>No purpose has that name or id; list them with: purpose list.</source>
        <translation>Kein Zweck hat diesen Namen oder diese ID; Zwecke auflisten mit: purpose list.</translation>
    </message>
    <message>
        <source>A purpose needs a name of 1 to %1 characters.</source>
        <translation>Ein Zweck benötigt einen Namen mit 1 bis %1 Zeichen.</translation>
    </message>
    <message>
        <source>The description is limited to %1 characters of text.</source>
        <translation>Die Beschreibung ist auf %1 Zeichen Text begrenzt.</translation>
    </message>
    <message>
        <source>Legitimate interests as the basis needs the interest written out: what it is and why it is not overridden by the person&apos;s rights.</source>
        <translation>Berechtigte Interessen als Rechtsgrundlage erfordern eine Darlegung des Interesses: worin es besteht und warum die Rechte der Person nicht überwiegen.</translation>
    </message>
    <message>
        <source>The legitimate interest is limited to %1 characters of text.</source>
        <translation>Das berechtigte Interesse ist auf %1 Zeichen Text begrenzt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known field; fields are named like contact.email.</source>
        <translation>„%1“ ist kein bekanntes Feld; Felder heißen z. B. contact.email.</translation>
    </message>
    <message>
        <source>The retention period is a number of days from 1 to %1.</source>
        <translation>Die Aufbewahrungsfrist ist eine Anzahl von Tagen von 1 bis %1.</translation>
    </message>
</context>
<context>
    <name>QtKeychainStore</name>
    <message>
        <source>The keychain did not answer; unlock it, or use a passphrase instead.</source>
        <translation>Der Schlüsselbund hat nicht geantwortet; entsperren Sie ihn oder verwenden Sie stattdessen eine Passphrase.</translation>
    </message>
    <message>
        <source>The keychain holds no key for this vault.</source>
        <translation>Der Schlüsselbund enthält keinen Schlüssel für diesen Tresor.</translation>
    </message>
    <message>
        <source>The keychain refused access; unlock your keyring, or use the recovery code.</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert; entsperren Sie Ihren Schlüsselbund oder verwenden Sie den Wiederherstellungscode.</translation>
    </message>
    <message>
        <source>No keychain is available on this system; use a passphrase instead.</source>
        <translation>Auf diesem System ist kein Schlüsselbund verfügbar; verwenden Sie stattdessen eine Passphrase.</translation>
    </message>
    <message>
        <source>The keychain could not be used; unlock it, or use a passphrase instead.</source>
        <translation>Der Schlüsselbund konnte nicht verwendet werden; entsperren Sie ihn oder verwenden Sie stattdessen eine Passphrase.</translation>
    </message>
</context>
<context>
    <name>RecordInfo</name>
    <message>
        <source>Entered in the Confidant app</source>
        <translation>In der Confidant-App erfasst</translation>
    </message>
    <message>
        <source>Entered with confidant-cli</source>
        <translation>Mit confidant-cli erfasst</translation>
    </message>
    <message>
        <source>Generated sample data</source>
        <translation>Erzeugte Beispieldaten</translation>
    </message>
    <message>
        <source>Imported (%1)</source>
        <translation>Importiert (%1)</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Nicht erfasst</translation>
    </message>
    <message>
        <source>Imported from %1 on %2 by %3</source>
        <translation>Importiert aus %1 am %2 durch %3</translation>
    </message>
</context>
<context>
    <name>RecoveryCode</name>
    <message>
        <source>That is not a recovery code: it may only hold the letters and digits printed on it.</source>
        <translation>Das ist kein Wiederherstellungscode: Er darf nur die darauf gedruckten Buchstaben und Ziffern enthalten.</translation>
    </message>
    <message>
        <source>That recovery code has %1 characters; it should have %2. Check for a missing group.</source>
        <translation>Dieser Wiederherstellungscode hat %1 Zeichen; er sollte %2 haben. Prüfen Sie, ob eine Gruppe fehlt.</translation>
    </message>
    <message>
        <source>That recovery code has a typo: check each group against the printed code.</source>
        <translation>Dieser Wiederherstellungscode enthält einen Tippfehler: Vergleichen Sie jede Gruppe mit dem gedruckten Code.</translation>
    </message>
</context>
<context>
    <name>RegisterCommands</name>
    <message>
        <source>--role takes processor, sub-processor, joint-controller, recipient or third-party.</source>
        <translation>--role akzeptiert processor, sub-processor, joint-controller, recipient oder third-party.</translation>
    </message>
    <message>
        <source>--safeguard takes none, adequacy, sccs, bcrs or other.</source>
        <translation>--safeguard akzeptiert none, adequacy, sccs, bcrs oder other.</translation>
    </message>
    <message>
        <source>The register is empty; add an entry with: processor add.</source>
        <translation>Das Verzeichnis ist leer; fügen Sie einen Eintrag hinzu mit: processor add.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLLE</translation>
    </message>
    <message>
        <source>COUNTRY</source>
        <translation>LAND</translation>
    </message>
    <message>
        <source>TRANSFER</source>
        <translation>ÜBERMITTLUNG</translation>
    </message>
    <message>
        <source>DPA SIGNED</source>
        <translation>AVV UNTERZEICHNET</translation>
    </message>
    <message>
        <source>PURPOSES</source>
        <translation>ZWECKE</translation>
    </message>
    <message>
        <source>UID</source>
        <translation>UID</translation>
    </message>
    <message>
        <source>Uid:</source>
        <translation>Uid:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rolle:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Land:</translation>
    </message>
    <message>
        <source>Transfer:</source>
        <translation>Übermittlung:</translation>
    </message>
    <message>
        <source>yes, outside the EEA</source>
        <translation>ja, außerhalb des EWR</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Safeguard:</source>
        <translation>Garantie:</translation>
    </message>
    <message>
        <source>Safeguard note:</source>
        <translation>Hinweis zur Garantie:</translation>
    </message>
    <message>
        <source>DPA signed:</source>
        <translation>AVV unterzeichnet:</translation>
    </message>
    <message>
        <source>DPA reference:</source>
        <translation>AVV-Referenz:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Kontakt:</translation>
    </message>
    <message>
        <source>Purposes:</source>
        <translation>Zwecke:</translation>
    </message>
    <message>
        <source>Archived:</source>
        <translation>Archiviert:</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>processor add needs --name and --role; see confidant-cli processor add --help.</source>
        <translation>processor add benötigt --name und --role; siehe confidant-cli processor add --help.</translation>
    </message>
    <message>
        <source>processor edit needs at least one option to change; see confidant-cli processor edit --help.</source>
        <translation>processor edit benötigt mindestens eine zu ändernde Option; siehe confidant-cli processor edit --help.</translation>
    </message>
    <message>
        <source>Updated the register entry %1.</source>
        <translation>Verzeichniseintrag %1 aktualisiert.</translation>
    </message>
    <message>
        <source>Archived the register entry %1.</source>
        <translation>Verzeichniseintrag %1 archiviert.</translation>
    </message>
    <message>
        <source>Restored the register entry %1.</source>
        <translation>Verzeichniseintrag %1 wiederhergestellt.</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Anschrift:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>DPO name:</source>
        <translation>Name des DSB:</translation>
    </message>
    <message>
        <source>none appointed</source>
        <translation>keiner benannt</translation>
    </message>
    <message>
        <source>DPO email:</source>
        <translation>E-Mail des DSB:</translation>
    </message>
    <message>
        <source>Authority:</source>
        <translation>Behörde:</translation>
    </message>
    <message>
        <source>Updates:</source>
        <translation>Aktualisierungen:</translation>
    </message>
    <message>
        <source>controller set needs at least one option; see confidant-cli controller set --help.</source>
        <translation>controller set benötigt mindestens eine Option; siehe confidant-cli controller set --help.</translation>
    </message>
    <message>
        <source>--no-dpo cannot go with --dpo-name or --dpo-email.</source>
        <translation>--no-dpo kann nicht zusammen mit --dpo-name oder --dpo-email verwendet werden.</translation>
    </message>
    <message>
        <source>Saved the controller details.</source>
        <translation>Angaben zum Verantwortlichen gespeichert.</translation>
    </message>
    <message>
        <source>--entity takes contact or company.</source>
        <translation>--entity akzeptiert contact oder company.</translation>
    </message>
    <message>
        <source>on</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>off</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>SCHLÜSSEL</translation>
    </message>
    <message>
        <source>LABEL</source>
        <translation>BEZEICHNUNG</translation>
    </message>
    <message>
        <source>CATEGORY</source>
        <translation>KATEGORIE</translation>
    </message>
    <message>
        <source>USED</source>
        <translation>VERWENDET</translation>
    </message>
    <message>
        <source>OPTIONAL</source>
        <translation>OPTIONAL</translation>
    </message>
    <message>
        <source>SPECIAL</source>
        <translation>BESONDERS</translation>
    </message>
    <message>
        <source>field set needs --enabled yes|no or --special yes|no.</source>
        <translation>field set benötigt --enabled yes|no oder --special yes|no.</translation>
    </message>
    <message>
        <source>--enabled and --special take yes or no.</source>
        <translation>--enabled und --special akzeptieren yes oder no.</translation>
    </message>
    <message>
        <source>%1 is now %2%3.</source>
        <translation>%1 ist jetzt %2%3.</translation>
    </message>
    <message>
        <source>, special-category data</source>
        <translation>, Daten besonderer Kategorien</translation>
    </message>
</context>
<context>
    <name>ReportFile</name>
    <message>
        <source>Cannot create the output file; check that its folder exists and is writable.</source>
        <translation>Die Ausgabedatei kann nicht erstellt werden; prüfen Sie, ob ihr Ordner existiert und beschreibbar ist.</translation>
    </message>
    <message>
        <source>The output file could not be written completely; check free space. Nothing was left behind.</source>
        <translation>Die Ausgabedatei konnte nicht vollständig geschrieben werden; prüfen Sie den freien Speicherplatz. Es wurde nichts zurückgelassen.</translation>
    </message>
    <message>
        <source>The output file could not be written.</source>
        <translation>Die Ausgabedatei konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>This report cannot be saved as CSV.</source>
        <translation>Dieser Bericht kann nicht als CSV gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>Request</name>
    <message>
        <source>due today</source>
        <translation>heute fällig</translation>
    </message>
    <message>
        <source>1 day left</source>
        <translation>noch 1 Tag</translation>
    </message>
    <message>
        <source>%1 days left</source>
        <translation>noch %1 Tage</translation>
    </message>
    <message>
        <source>1 day overdue</source>
        <translation>1 Tag überfällig</translation>
    </message>
    <message>
        <source>%1 days overdue</source>
        <translation>%1 Tage überfällig</translation>
    </message>
    <message>
        <source>Closed on %1: %2.</source>
        <translation>Abgeschlossen am %1: %2.</translation>
    </message>
    <message>
        <source>due %1 (%2)</source>
        <translation>fällig am %1 (%2)</translation>
    </message>
    <message>
        <source>Open, identity not verified yet; %1.</source>
        <translation>Offen, Identität noch nicht geprüft; %1.</translation>
    </message>
    <message>
        <source>Open, identity verified; %1.</source>
        <translation>Offen, Identität geprüft; %1.</translation>
    </message>
    <message>
        <source>Extended on %1 from %2.</source>
        <translation>Verlängert am %1 ab %2.</translation>
    </message>
    <message>
        <source>Tell the requester about the extension and its reason by %1.</source>
        <translation>Informieren Sie die anfragende Person bis %1 über die Fristverlängerung und ihren Grund.</translation>
    </message>
    <message>
        <source>Confirm receipt to the requester by %1.</source>
        <translation>Bestätigen Sie der anfragenden Person den Eingang bis %1.</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Auskunft</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>Berichtigung</translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation>Löschung</translation>
    </message>
    <message>
        <source>Restriction of processing</source>
        <translation>Einschränkung der Verarbeitung</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>Widerspruch</translation>
    </message>
    <message>
        <source>Data portability</source>
        <translation>Datenübertragbarkeit</translation>
    </message>
    <message>
        <source>Do not sell or share</source>
        <translation>„Nicht verkaufen/teilen“</translation>
    </message>
    <message>
        <source>GDPR</source>
        <translation>DSGVO</translation>
    </message>
    <message>
        <source>UK GDPR</source>
        <translation>UK-DSGVO</translation>
    </message>
    <message>
        <source>CCPA/CPRA</source>
        <translation>CCPA/CPRA</translation>
    </message>
    <message>
        <source>PIPEDA</source>
        <translation>PIPEDA</translation>
    </message>
    <message>
        <source>LGPD</source>
        <translation>LGPD</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Webformular</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Persönlich</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <source>Identity verified</source>
        <translation>Identität geprüft</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>zurückgezogen</translation>
    </message>
</context>
<context>
    <name>RequestCommands</name>
    <message>
        <source>Reference:</source>
        <translation>Referenz:</translation>
    </message>
    <message>
        <source>Uid:</source>
        <translation>UID:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>Jurisdiction:</source>
        <translation>Rechtsordnung:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Kanal:</translation>
    </message>
    <message>
        <source>Requester:</source>
        <translation>Anfragende Person:</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Eingegangen:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Fällig:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Verified:</source>
        <translation>Geprüft:</translation>
    </message>
    <message>
        <source>%1 by %2: %3</source>
        <translation>%1 von %2: %3</translation>
    </message>
    <message>
        <source>Extended:</source>
        <translation>Verlängert:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Receipt confirmed:</source>
        <translation>Eingang bestätigt:</translation>
    </message>
    <message>
        <source>Requester told:</source>
        <translation>Anfragende Person informiert:</translation>
    </message>
    <message>
        <source>Closed:</source>
        <translation>Abgeschlossen:</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Kontakt:</translation>
    </message>
    <message>
        <source>%1 (no longer in the vault)</source>
        <translation>%1 (nicht mehr im Tresor)</translation>
    </message>
    <message>
        <source>Artefact:</source>
        <translation>Artefakt:</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>Details:</translation>
    </message>
    <message>
        <source>request add needs --kind and --jurisdiction; see confidant-cli request add --help.</source>
        <translation>request add benötigt --kind und --jurisdiction; siehe confidant-cli request add --help.</translation>
    </message>
    <message>
        <source>--kind takes %1.</source>
        <translation>--kind akzeptiert %1.</translation>
    </message>
    <message>
        <source>--jurisdiction takes %1.</source>
        <translation>--jurisdiction akzeptiert %1.</translation>
    </message>
    <message>
        <source>--channel takes %1.</source>
        <translation>--channel akzeptiert %1.</translation>
    </message>
    <message>
        <source>%1 due %2 (%3)</source>
        <translation>%1 fällig am %2 (%3)</translation>
    </message>
    <message>
        <source>request list takes one of --open, --overdue, --due-within N and --all.</source>
        <translation>request list akzeptiert genau eine der Optionen --open, --overdue, --due-within N und --all.</translation>
    </message>
    <message>
        <source>REFERENCE</source>
        <translation>REFERENZ</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>LAW</source>
        <translation>RECHT</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>RECEIVED</source>
        <translation>EINGANG</translation>
    </message>
    <message>
        <source>DUE</source>
        <translation>FÄLLIG</translation>
    </message>
    <message>
        <source>LEFT</source>
        <translation>VERBLEIBEND</translation>
    </message>
    <message>
        <source>REQUESTER</source>
        <translation>ANTRAGSTELLER</translation>
    </message>
    <message>
        <source>request verify needs --method TEXT: how the identity was checked.</source>
        <translation>request verify benötigt --method TEXT: wie die Identität geprüft wurde.</translation>
    </message>
    <message>
        <source>request extend needs --reason TEXT: why more time is needed.</source>
        <translation>request extend benötigt --reason TEXT: warum mehr Zeit nötig ist.</translation>
    </message>
    <message>
        <source>request update needs --receipt-confirmed, --told or both.</source>
        <translation>request update benötigt --receipt-confirmed, --told oder beides.</translation>
    </message>
    <message>
        <source>request close needs --outcome completed, refused or withdrawn.</source>
        <translation>request close benötigt --outcome completed, refused oder withdrawn.</translation>
    </message>
    <message>
        <source>--outcome takes completed, refused or withdrawn.</source>
        <translation>--outcome erwartet completed, refused oder withdrawn.</translation>
    </message>
</context>
<context>
    <name>RequestService</name>
    <message>
        <source>No request has that reference or id; list them with: request list --all.</source>
        <translation>Keine Anfrage hat diese Referenz oder ID; auflisten mit: request list --all.</translation>
    </message>
    <message>
        <source>Request %1 is closed; a closed request cannot be changed.</source>
        <translation>Anfrage %1 ist abgeschlossen; eine abgeschlossene Anfrage kann nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>The date of receipt cannot be in the future.</source>
        <translation>Das Eingangsdatum darf nicht in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>The requester is one line of at most %1 characters.</source>
        <translation>Die Angabe zum Antragsteller ist eine Zeile mit höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>The details may have at most %1 characters.</source>
        <translation>Die Details dürfen höchstens %1 Zeichen haben.</translation>
    </message>
    <message>
        <source>A linked contact is named by its uid (8-4-4-4-12 hex digits), as contact list prints it.</source>
        <translation>Ein verknüpfter Kontakt wird über seine UID angegeben (8-4-4-4-12 Hexadezimalziffern), wie contact list sie ausgibt.</translation>
    </message>
    <message>
        <source>No contact has the uid %1; list them with: contact list.</source>
        <translation>Kein Kontakt hat die UID %1; auflisten mit: contact list.</translation>
    </message>
    <message>
        <source>Request %1 was verified on %2 already.</source>
        <translation>Anfrage %1 wurde bereits am %2 verifiziert.</translation>
    </message>
    <message>
        <source>Say how the identity was verified (for example: &quot;called back on the number on file&quot;), in at most %1 characters.</source>
        <translation>Geben Sie an, wie die Identität geprüft wurde (zum Beispiel: „unter der hinterlegten Nummer zurückgerufen“), mit höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>Request %1 was extended on %2 already; a request can be extended only once.</source>
        <translation>Anfrage %1 wurde bereits am %2 verlängert; eine Anfrage kann nur einmal verlängert werden.</translation>
    </message>
    <message>
        <source>%1 allows no extension: request %2 must be answered by %3.</source>
        <translation>%1 erlaubt keine Fristverlängerung: Anfrage %2 muss bis %3 beantwortet werden.</translation>
    </message>
    <message>
        <source>Request %1 can no longer be extended: an extension must be decided by its original due date, %2.</source>
        <translation>Anfrage %1 kann nicht mehr verlängert werden: Über eine Fristverlängerung muss bis zur ursprünglichen Frist, %2, entschieden werden.</translation>
    </message>
    <message>
        <source>An extension needs its reason (for example: &quot;complex request, several systems&quot;), in at most %1 characters.</source>
        <translation>Eine Fristverlängerung braucht eine Begründung (zum Beispiel: „komplexe Anfrage, mehrere Systeme“), mit höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>Say what to record: the receipt confirmed, the requester told of the extension, or both.</source>
        <translation>Geben Sie an, was festgehalten werden soll: der bestätigte Eingang, die Benachrichtigung des Antragstellers über die Fristverlängerung oder beides.</translation>
    </message>
    <message>
        <source>The time recorded cannot be in the future.</source>
        <translation>Der erfasste Zeitpunkt darf nicht in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>The time recorded cannot be before the request was received (%1).</source>
        <translation>Der erfasste Zeitpunkt darf nicht vor dem Eingang der Anfrage liegen (%1).</translation>
    </message>
    <message>
        <source>The receipt of request %1 was confirmed on %2 already.</source>
        <translation>Der Eingang von Anfrage %1 wurde bereits am %2 bestätigt.</translation>
    </message>
    <message>
        <source>Telling the requester about request %1 was recorded on %2 already.</source>
        <translation>Die Benachrichtigung des Antragstellers zu Anfrage %1 wurde bereits am %2 erfasst.</translation>
    </message>
    <message>
        <source>Request %1 was closed on %2 already.</source>
        <translation>Anfrage %1 wurde bereits am %2 abgeschlossen.</translation>
    </message>
    <message>
        <source>Request %1 cannot be completed before the requester&apos;s identity is verified; record how with: request verify %1 --method TEXT.</source>
        <translation>Anfrage %1 kann nicht erledigt werden, bevor die Identität des Antragstellers geprüft ist; erfassen Sie die Prüfung mit: request verify %1 --method TEXT.</translation>
    </message>
    <message>
        <source>A refusal needs a note with its reasons (Art. 12(4) GDPR: the requester is told why).</source>
        <translation>Eine Ablehnung braucht eine Notiz mit den Gründen (Art. 12(4) DSGVO: Dem Antragsteller werden die Gründe mitgeteilt).</translation>
    </message>
    <message>
        <source>The note may have at most %1 characters.</source>
        <translation>Die Notiz darf höchstens %1 Zeichen haben.</translation>
    </message>
    <message>
        <source>An artefact kind is 1 to 40 lower-case letters, digits and dashes, such as access-package.</source>
        <translation>Eine Artefaktart besteht aus 1 bis 40 Kleinbuchstaben, Ziffern und Bindestrichen, etwa access-package.</translation>
    </message>
    <message>
        <source>An artefact&apos;s file name has 1 to %1 characters and no folder.</source>
        <translation>Der Dateiname eines Artefakts hat 1 bis %1 Zeichen und keinen Ordner.</translation>
    </message>
    <message>
        <source>An artefact&apos;s SHA-256 is 64 hexadecimal digits.</source>
        <translation>Der SHA-256-Wert eines Artefakts besteht aus 64 Hexadezimalziffern.</translation>
    </message>
    <message>
        <source>The date of receipt cannot be before %1; check the year.</source>
        <translation>Das Eingangsdatum darf nicht vor %1 liegen; prüfen Sie das Jahr.</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Privacy officer</source>
        <translation>Datenschutzbeauftragter</translation>
    </message>
    <message>
        <source>Sales rep</source>
        <translation>Vertrieb</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Nur lesen</translation>
    </message>
    <message>
        <source>View contacts and companies</source>
        <translation>Kontakte und Firmen anzeigen</translation>
    </message>
    <message>
        <source>Add and edit contacts and companies</source>
        <translation>Kontakte und Firmen hinzufügen und bearbeiten</translation>
    </message>
    <message>
        <source>View sensitive fields</source>
        <translation>Sensible Felder anzeigen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Manage purposes and notices</source>
        <translation>Zwecke und Datenschutzhinweise verwalten</translation>
    </message>
    <message>
        <source>Handle data-subject requests</source>
        <translation>Anfragen betroffener Personen bearbeiten</translation>
    </message>
    <message>
        <source>Delete and erase personal data</source>
        <translation>Personenbezogene Daten löschen und tilgen</translation>
    </message>
    <message>
        <source>Manage retention rules</source>
        <translation>Aufbewahrungsregeln verwalten</translation>
    </message>
    <message>
        <source>Manage profiles</source>
        <translation>Profile verwalten</translation>
    </message>
    <message>
        <source>View the audit trail</source>
        <translation>Prüfprotokoll einsehen</translation>
    </message>
    <message>
        <source>Back up and restore</source>
        <translation>Sichern und wiederherstellen</translation>
    </message>
    <message>
        <source>Change the vault key</source>
        <translation>Tresorschlüssel wechseln</translation>
    </message>
    <message>
        <source>Configure pipelines</source>
        <translation>Pipelines konfigurieren</translation>
    </message>
</context>
<context>
    <name>RopaReport</name>
    <message>
        <source>[controller name not set]</source>
        <translation>[Name des Verantwortlichen nicht festgelegt]</translation>
    </message>
    <message>
        <source>none appointed (not required, Art. 37)</source>
        <translation>keiner benannt (nicht erforderlich, Art. 37)</translation>
    </message>
    <message>
        <source>[not set]</source>
        <translation>[nicht festgelegt]</translation>
    </message>
    <message>
        <source>Vault database and its journal encrypted at rest with SQLCipher (AES-256)</source>
        <translation>Tresor-Datenbank und ihr Journal im Ruhezustand mit SQLCipher (AES-256) verschlüsselt</translation>
    </message>
    <message>
        <source>Vault key kept in the operating system&apos;s keychain, or derived from a passphrase; a recovery code shown once</source>
        <translation>Tresorschlüssel im Schlüsselbund des Betriebssystems aufbewahrt oder aus einer Passphrase abgeleitet; ein einmalig angezeigter Wiederherstellungscode</translation>
    </message>
    <message>
        <source>Append-only audit trail of every change and denied attempt, hash-chained (SHA-256) and verifiable</source>
        <translation>Nur erweiterbares Prüfprotokoll jeder Änderung und jedes abgewiesenen Versuchs, per Hash verkettet (SHA-256) und überprüfbar</translation>
    </message>
    <message>
        <source>Operator profiles with roles; permissions are checked by the core services, not only by the user interface</source>
        <translation>Bedienerprofile mit Rollen; Berechtigungen werden von den Kerndiensten geprüft, nicht nur von der Benutzeroberfläche</translation>
    </message>
    <message>
        <source>Encrypted backups, verified after writing</source>
        <translation>Verschlüsselte Sicherungen, nach dem Schreiben überprüft</translation>
    </message>
    <message>
        <source>[not stated]</source>
        <translation>[nicht angegeben]</translation>
    </message>
    <message>
        <source>Customers, prospects and business contacts (people in the contact register)</source>
        <translation>Kunden, Interessenten und Geschäftskontakte (Personen im Kontaktverzeichnis)</translation>
    </message>
    <message>
        <source>[none named]</source>
        <translation>[keine benannt]</translation>
    </message>
    <message>
        <source>[no safeguard recorded]</source>
        <translation>[keine Garantie erfasst]</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source># Records of processing activities (Art. 30 GDPR)</source>
        <translation># Verzeichnis von Verarbeitungstätigkeiten (Art. 30 DSGVO)</translation>
    </message>
    <message>
        <source>**Controller:** %1</source>
        <translation>**Verantwortlicher:** %1</translation>
    </message>
    <message>
        <source>**Data protection officer:** %1</source>
        <translation>**Datenschutzbeauftragter:** %1</translation>
    </message>
    <message>
        <source>[No purposes configured.]</source>
        <translation>[Keine Zwecke konfiguriert.]</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <source>Lawful basis:</source>
        <translation>Rechtsgrundlage:</translation>
    </message>
    <message>
        <source>Legitimate interest:</source>
        <translation>Berechtigtes Interesse:</translation>
    </message>
    <message>
        <source>Categories of data subjects:</source>
        <translation>Kategorien betroffener Personen:</translation>
    </message>
    <message>
        <source>Categories of personal data:</source>
        <translation>Kategorien personenbezogener Daten:</translation>
    </message>
    <message>
        <source>Special categories (Art. 9):</source>
        <translation>Besondere Kategorien (Art. 9):</translation>
    </message>
    <message>
        <source>Recipients:</source>
        <translation>Empfänger:</translation>
    </message>
    <message>
        <source>Transfers to third countries and safeguards:</source>
        <translation>Übermittlungen in Drittländer und Garantien:</translation>
    </message>
    <message>
        <source>Time limits for erasure:</source>
        <translation>Fristen für die Löschung:</translation>
    </message>
    <message>
        <source>## Technical and organisational security measures (Art. 32)</source>
        <translation>## Technische und organisatorische Sicherheitsmaßnahmen (Art. 32)</translation>
    </message>
</context>
<context>
    <name>SafeFile</name>
    <message>
        <source>Cannot write %1: %2 is in the way. Move it away and try again.</source>
        <translation>%1 kann nicht geschrieben werden: %2 steht im Weg. Verschieben Sie es an einen anderen Ort und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cannot write %1: the disk is full.</source>
        <translation>%1 kann nicht geschrieben werden: Der Datenträger ist voll.</translation>
    </message>
    <message>
        <source>Cannot write %1; check that its folder exists and that you may write there.</source>
        <translation>%1 kann nicht geschrieben werden; prüfen Sie, ob der Ordner existiert und ob Sie dort schreiben dürfen.</translation>
    </message>
    <message>
        <source>%1 exists already; nothing was written.</source>
        <translation>%1 existiert bereits; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Cannot write %1: the disk is full. Nothing was left behind.</source>
        <translation>%1 kann nicht geschrieben werden: Der Datenträger ist voll. Es wurde nichts zurückgelassen.</translation>
    </message>
    <message>
        <source>Cannot write %1; check free space and permissions. Nothing was left behind.</source>
        <translation>%1 kann nicht geschrieben werden; prüfen Sie freien Speicherplatz und Berechtigungen. Es wurde nichts zurückgelassen.</translation>
    </message>
</context>
<context>
    <name>SampleData</name>
    <message>
        <source>Choose between 0 and 10,000,000 sample contacts.</source>
        <translation>Wählen Sie zwischen 0 und 10.000.000 Beispielkontakten.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Cancelled after %1 contacts and %2 companies were added; the batch in progress was rolled back.</source>
        <translation>Abgebrochen, nachdem %1 Kontakte und %2 Firmen angelegt wurden; der laufende Stapel wurde zurückgenommen.</translation>
    </message>
</context>
<context>
    <name>SavedFilterService</name>
    <message>
        <source>A contact filter cannot use &quot;%1&quot;; use search, tags, company, city, country, updated_since or updated_before.</source>
        <translation>Ein Kontaktfilter kann &quot;%1&quot; nicht verwenden; verwenden Sie search, tags, company, city, country, updated_since oder updated_before.</translation>
    </message>
    <message>
        <source>The tags of a filter must be a list.</source>
        <translation>Die Tags eines Filters müssen eine Liste sein.</translation>
    </message>
    <message>
        <source>Give the filter a name of 1 to %1 characters.</source>
        <translation>Geben Sie dem Filter einen Namen mit 1 bis %1 Zeichen.</translation>
    </message>
    <message>
        <source>A filter is for contacts, companies or deals.</source>
        <translation>Ein Filter gilt für Kontakte, Firmen oder Deals.</translation>
    </message>
    <message>
        <source>A filter of that name exists already; choose another name or delete it first.</source>
        <translation>Es gibt bereits einen Filter mit diesem Namen; wählen Sie einen anderen Namen oder löschen Sie ihn zuerst.</translation>
    </message>
    <message>
        <source>No saved filter has that name; see the list of saved filters.</source>
        <translation>Kein gespeicherter Filter hat diesen Namen; sehen Sie in der Liste der gespeicherten Filter nach.</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>Upgrading the vault to schema version %1 failed; the vault was left unchanged.</source>
        <translation>Die Aktualisierung des Tresors auf Schemaversion %1 ist fehlgeschlagen; der Tresor blieb unverändert.</translation>
    </message>
</context>
<context>
    <name>SearchCommand</name>
    <message>
        <source>search needs a QUERY; see confidant-cli search --help.</source>
        <translation>search benötigt QUERY (einen Suchbegriff); siehe confidant-cli search --help.</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Nichts gefunden.</translation>
    </message>
</context>
<context>
    <name>SettingsService</name>
    <message>
        <source>The idle time before locking must be 0 (never) to %1 minutes.</source>
        <translation>Die Leerlaufzeit bis zur Sperre muss zwischen 0 (nie) und %1 Minuten liegen.</translation>
    </message>
    <message>
        <source>Backups can run every 1 to %1 hours.</source>
        <translation>Sicherungen können alle 1 bis %1 Stunden laufen.</translation>
    </message>
    <message>
        <source>Keep 1 to 1000 scheduled backups.</source>
        <translation>Behalten Sie 1 bis 1000 geplante Sicherungen.</translation>
    </message>
</context>
<context>
    <name>Statement</name>
    <message>
        <source>A vault query failed.</source>
        <translation>Eine Tresorabfrage ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>A vault operation failed.</source>
        <translation>Ein Tresorvorgang ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>SubjectCommands</name>
    <message>
        <source>Processing of contact %1 is restricted (Art. 18).</source>
        <translation>Die Verarbeitung von Kontakt %1 ist eingeschränkt (Art. 18).</translation>
    </message>
    <message>
        <source>The restriction of contact %1 is lifted.</source>
        <translation>Die Einschränkung von Kontakt %1 ist aufgehoben.</translation>
    </message>
    <message>
        <source>Contact %1 objected to direct marketing; their marketing consents are withdrawn.</source>
        <translation>Kontakt %1 hat der Direktwerbung widersprochen; die Marketing-Einwilligungen des Kontakts sind widerrufen.</translation>
    </message>
    <message>
        <source>No field changes recorded.</source>
        <translation>Keine Feldänderungen erfasst.</translation>
    </message>
    <message>
        <source>Changed at</source>
        <translation>Geändert am</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Alter Wert</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>No recipients to tell (Art. 19): no processor serves a purpose of this contact.</source>
        <translation>Keine zu benachrichtigenden Empfänger (Art. 19): Kein Auftragsverarbeiter dient einem Zweck dieses Kontakts.</translation>
    </message>
    <message>
        <source>Recipients to tell of a change (Art. 19):</source>
        <translation>Über eine Änderung zu benachrichtigende Empfänger (Art. 19):</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Zwecke</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
</context>
<context>
    <name>SubjectRightsService</name>
    <message>
        <source>Contact %1 is restricted (Art. 18) since %2: lift the restriction first. Nothing was changed.</source>
        <translation>Kontakt %1 ist seit %2 eingeschränkt (Art. 18): Heben Sie zuerst die Einschränkung auf. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 contacts this would change are restricted (Art. 18), contact %2 since %3: lift the restrictions first. Nothing was changed.</source>
        <translation>%1 Kontakte, die hiervon geändert würden, sind eingeschränkt (Art. 18), Kontakt %2 seit %3: Heben Sie zuerst die Einschränkungen auf. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>No contact with uid %1; nothing was changed. Check the uid with `contact list`.</source>
        <translation>Kein Kontakt mit der UID %1; es wurde nichts geändert. Prüfen Sie die UID mit `contact list`.</translation>
    </message>
    <message>
        <source>The contact no longer exists.</source>
        <translation>Der Kontakt existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Contact %1 is already restricted (since %2); nothing was changed.</source>
        <translation>Kontakt %1 ist bereits eingeschränkt (seit %2); es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Contact %1 is not restricted; nothing was changed.</source>
        <translation>Kontakt %1 ist nicht eingeschränkt; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Contact %1 already objected to direct marketing (on %2); nothing was changed.</source>
        <translation>Kontakt %1 hat der Direktwerbung bereits widersprochen (am %2); es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Objection to direct marketing (Art. 21(2))</source>
        <translation>Widerspruch gegen Direktwerbung (Art. 21(2))</translation>
    </message>
    <message>
        <source>Deal %1 is kept unchanged under a legal hold and restricted (Art. 18(1)(c)) until its queued erasure runs; release the hold first. Nothing was changed.</source>
        <translation>Deal %1 wird unter einer Aufbewahrungssperre unverändert aufbewahrt und ist eingeschränkt (Art. 18(1)(c)), bis seine zurückgestellte Löschung ausgeführt wird; geben Sie zuerst die Sperre frei. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Activity %1 is kept unchanged under a legal hold and restricted (Art. 18(1)(c)) until its queued erasure runs; release the hold first. Nothing was changed.</source>
        <translation>Aktivität %1 wird unter einer Aufbewahrungssperre unverändert aufbewahrt und ist eingeschränkt (Art. 18(1)(c)), bis ihre zurückgestellte Löschung ausgeführt wird; geben Sie zuerst die Sperre frei. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>A legal hold keeps contact %1 and its erasure is queued: it stays restricted until the hold is released or lapses. Nothing was changed.</source>
        <translation>Eine Aufbewahrungssperre bewahrt Kontakt %1, und seine Löschung ist zurückgestellt: Er bleibt eingeschränkt, bis die Sperre freigegeben wird oder abläuft. Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>Suppression</name>
    <message>
        <source>Give an email address or a phone number (at least %1 digits) to check.</source>
        <translation>Geben Sie zur Prüfung eine E-Mail-Adresse oder eine Telefonnummer (mindestens %1 Ziffern) an.</translation>
    </message>
    <message>
        <source>The vault has no suppression salt; run confidant-cli check and restore a backup.</source>
        <translation>Der Tresor hat kein Salt für die Sperrliste; führen Sie confidant-cli check aus und stellen Sie eine Sicherung wieder her.</translation>
    </message>
    <message>
        <source>This person asked to be erased on %1 (their email or phone is on the suppression list); nothing was added. Add them anyway only on purpose, with an explicit override (confidant-cli contact add --force), which the audit trail records.</source>
        <translation>Diese Person hat am %1 ihre Löschung verlangt (ihre E-Mail-Adresse oder Telefonnummer steht auf der Sperrliste); es wurde nichts hinzugefügt. Fügen Sie sie nur bewusst trotzdem hinzu, mit einer ausdrücklichen Übersteuerung (confidant-cli contact add --force), die im Prüfprotokoll vermerkt wird.</translation>
    </message>
</context>
<context>
    <name>TextRules</name>
    <message>
        <source>%1: remove the control character %2 (such as an escape code or a line break).</source>
        <translation>%1: Entfernen Sie das Steuerzeichen %2 (etwa eine Escape-Sequenz oder einen Zeilenumbruch).</translation>
    </message>
    <message>
        <source>%1: remove the joiner %2; it is kept only between letters of a script that uses it (such as Persian or Hindi) and inside emoji.</source>
        <translation>%1: Entfernen Sie das Verbindungszeichen %2; es bleibt nur zwischen Buchstaben einer Schrift, die es verwendet (etwa für Persisch oder Hindi), und innerhalb von Emojis erhalten.</translation>
    </message>
    <message>
        <source>%1: remove %2, an invisible character or one that changes the direction of the text; it can make one name look like another.</source>
        <translation>%1: Entfernen Sie %2, ein unsichtbares Zeichen oder eines, das die Schreibrichtung des Textes ändert; es kann einen Namen wie einen anderen aussehen lassen.</translation>
    </message>
</context>
<context>
    <name>VCardReader</name>
    <message>
        <source>The file could not be read; check that it still exists and that you may open it.</source>
        <translation>Die Datei konnte nicht gelesen werden; prüfen Sie, ob sie noch existiert und ob Sie sie öffnen dürfen.</translation>
    </message>
    <message>
        <source>The file is empty; choose a vCard (.vcf) file that contains at least one contact.</source>
        <translation>Die Datei ist leer; wählen Sie eine vCard-Datei (.vcf), die mindestens einen Kontakt enthält.</translation>
    </message>
    <message>
        <source>The file does not look like a vCard file; export the contacts as vCard (.vcf) and choose that file.</source>
        <translation>Die Datei sieht nicht wie eine vCard-Datei aus; exportieren Sie die Kontakte als vCard (.vcf) und wählen Sie diese Datei.</translation>
    </message>
    <message>
        <source>The file contains no vCard (no BEGIN:VCARD line); choose a .vcf file exported from an address book.</source>
        <translation>Die Datei enthält keine vCard (keine Zeile BEGIN:VCARD); wählen Sie eine .vcf-Datei, die aus einem Adressbuch exportiert wurde.</translation>
    </message>
    <message>
        <source>Line %1 contains NUL characters, so the file is damaged or not plain text; export it again as vCard and retry.</source>
        <translation>Zeile %1 enthält NUL-Zeichen, daher ist die Datei beschädigt oder kein reiner Text; exportieren Sie sie erneut als vCard und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>Line %1 is not valid UTF-8 text; export the contacts again as vCard with UTF-8 encoding.</source>
        <translation>Zeile %1 ist kein gültiger UTF-8-Text; exportieren Sie die Kontakte erneut als vCard mit UTF-8-Kodierung.</translation>
    </message>
    <message>
        <source>The birthday has no year or is not a date and was left out.</source>
        <translation>Der Geburtstag hat keine Jahresangabe oder ist kein Datum und wurde ausgelassen.</translation>
    </message>
    <message>
        <source>The photo was skipped; Confidant does not store photos.</source>
        <translation>Das Foto wurde übersprungen; Confidant speichert keine Fotos.</translation>
    </message>
    <message>
        <source>The contact starting on line %1 has no END:VCARD line; it was skipped. Check that the file is complete.</source>
        <translation>Dem Kontakt, der in Zeile %1 beginnt, fehlt die Zeile END:VCARD; er wurde übersprungen. Prüfen Sie, ob die Datei vollständig ist.</translation>
    </message>
    <message>
        <source>The contact starting on line %1 has no name, email or phone; it was skipped.</source>
        <translation>Der Kontakt, der in Zeile %1 beginnt, hat weder Name noch E-Mail noch Telefonnummer; er wurde übersprungen.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Enter a given name or a family name.</source>
        <translation>Geben Sie einen Vor- oder Nachnamen ein.</translation>
    </message>
    <message>
        <source>The given name is longer than %1 characters.</source>
        <translation>Der Vorname ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>The family name is longer than %1 characters.</source>
        <translation>Der Nachname ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>The email address is not valid; it should look like name@example.com.</source>
        <translation>Die E-Mail-Adresse ist ungültig; sie sollte wie name@example.com aussehen.</translation>
    </message>
    <message>
        <source>Email address %1 is not valid; it should look like name@example.com.</source>
        <translation>Die E-Mail-Adresse %1 ist ungültig; sie sollte wie name@example.com aussehen.</translation>
    </message>
    <message>
        <source>The phone number is not valid; use digits, spaces and + - ( ), e.g. +44 20 7946 0958.</source>
        <translation>Die Telefonnummer ist ungültig; verwenden Sie Ziffern, Leerzeichen und + - ( ), z. B. +49 30 23125 000.</translation>
    </message>
    <message>
        <source>Phone number %1 is not valid; use digits, spaces and + - ( ), e.g. +44 20 7946 0958.</source>
        <translation>Die Telefonnummer %1 ist ungültig; verwenden Sie Ziffern, Leerzeichen und + - ( ), z. B. +49 30 23125 000.</translation>
    </message>
    <message>
        <source>This field is longer than %1 characters.</source>
        <translation>Dieses Feld ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>The notes are longer than %1 characters.</source>
        <translation>Die Notizen sind länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>Tags must be between 1 and 100 characters.</source>
        <translation>Tags müssen zwischen 1 und 100 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>Enter the company&apos;s name.</source>
        <translation>Geben Sie den Namen der Firma ein.</translation>
    </message>
    <message>
        <source>The company name is longer than %1 characters.</source>
        <translation>Der Firmenname ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>The web domain is not valid; it should look like example.com.</source>
        <translation>Die Webdomain ist ungültig; sie sollte wie example.com aussehen.</translation>
    </message>
    <message>
        <source>The birthday must be a date between 1900 and today.</source>
        <translation>Der Geburtstag muss ein Datum zwischen 1900 und heute sein.</translation>
    </message>
    <message>
        <source>The website is not valid; it should look like https://example.com or example.com.</source>
        <translation>Die Website ist ungültig; sie sollte wie https://example.com oder example.com aussehen.</translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <source>%1 is a file, not a vault folder; give the folder that holds the vault.</source>
        <translation>%1 ist eine Datei, kein Tresorordner; geben Sie den Ordner an, der den Tresor enthält.</translation>
    </message>
    <message>
        <source>Cannot write vault.json in %1; check the folder&apos;s permissions.</source>
        <translation>vault.json in %1 kann nicht geschrieben werden; prüfen Sie die Berechtigungen des Ordners.</translation>
    </message>
    <message>
        <source>Cannot write vault.json in %1; check free space and permissions.</source>
        <translation>vault.json in %1 kann nicht geschrieben werden; prüfen Sie freien Speicherplatz und Berechtigungen.</translation>
    </message>
    <message>
        <source>%1 has a database but no vault.json, so it is not a usable Confidant vault; restore vault.json from a backup.</source>
        <translation>%1 enthält eine Datenbank, aber keine vault.json, und ist daher kein nutzbarer Confidant-Tresor; stellen Sie vault.json aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>There is no vault in %1; create one first (confidant-cli init).</source>
        <translation>In %1 gibt es keinen Tresor; legen Sie zuerst einen an (confidant-cli init).</translation>
    </message>
    <message>
        <source>Cannot read %1; check its permissions.</source>
        <translation>%1 kann nicht gelesen werden; prüfen Sie die Berechtigungen.</translation>
    </message>
    <message>
        <source>vault.json in %1 is damaged; restore it from a backup.</source>
        <translation>vault.json in %1 ist beschädigt; stellen Sie die Datei aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>This vault was written by a newer version of Confidant; update Confidant to open it.</source>
        <translation>Dieser Tresor wurde von einer neueren Confidant-Version geschrieben; aktualisieren Sie Confidant, um ihn zu öffnen.</translation>
    </message>
    <message>
        <source>This SQLite library has no encryption (no SQLCipher codec); Confidant will not store data with it. Rebuild Confidant with its bundled SQLCipher.</source>
        <translation>Diese SQLite-Bibliothek bietet keine Verschlüsselung (kein SQLCipher-Codec); Confidant speichert damit keine Daten. Erstellen Sie Confidant mit dem mitgelieferten SQLCipher neu.</translation>
    </message>
    <message>
        <source>The vault file is damaged; it was left untouched. Restore it from a backup.</source>
        <translation>Die Tresordatei ist beschädigt; sie wurde nicht verändert. Stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>Wrong passphrase; the vault was left untouched. Try again.</source>
        <translation>Falsche Passphrase; der Tresor wurde nicht verändert. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The key does not open this vault; the vault was left untouched. Check the recovery code.</source>
        <translation>Der Schlüssel öffnet diesen Tresor nicht; der Tresor wurde nicht verändert. Prüfen Sie den Wiederherstellungscode.</translation>
    </message>
    <message>
        <source>This vault was written by a newer version of Confidant (schema %1, this program knows %2); update Confidant to open it.</source>
        <translation>Dieser Tresor wurde von einer neueren Confidant-Version geschrieben (Schema %1, dieses Programm kennt %2); aktualisieren Sie Confidant, um ihn zu öffnen.</translation>
    </message>
    <message>
        <source>A vault already exists in %1; open it, or choose another folder.</source>
        <translation>In %1 gibt es bereits einen Tresor; öffnen Sie ihn oder wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1; check its permissions.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden; prüfen Sie die Berechtigungen.</translation>
    </message>
    <message>
        <source>The system&apos;s random number generator failed; the vault was not created.</source>
        <translation>Der Zufallszahlengenerator des Systems ist fehlgeschlagen; der Tresor wurde nicht angelegt.</translation>
    </message>
    <message>
        <source>This SQLite library has no encryption (no SQLCipher codec); Confidant will not store data with it.</source>
        <translation>Diese SQLite-Bibliothek bietet keine Verschlüsselung (kein SQLCipher-Codec); Confidant speichert damit keine Daten.</translation>
    </message>
    <message>
        <source>The passphrase is too short: use at least %1 characters.</source>
        <translation>Die Passphrase ist zu kurz: Verwenden Sie mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <source>The vault file confidant.db is missing from %1; restore it from a backup.</source>
        <translation>Die Tresordatei confidant.db fehlt in %1; stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>Cannot read the vault file; check its permissions.</source>
        <translation>Die Tresordatei kann nicht gelesen werden; prüfen Sie ihre Berechtigungen.</translation>
    </message>
    <message>
        <source>confidant.db is an unencrypted SQLite database, not a Confidant vault; it was left untouched.</source>
        <translation>confidant.db ist eine unverschlüsselte SQLite-Datenbank, kein Confidant-Tresor; sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The vault file is damaged (truncated); it was left untouched. Restore it from a backup.</source>
        <translation>Die Tresordatei ist beschädigt (abgeschnitten); sie wurde nicht verändert. Stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>This vault is protected by a passphrase; enter it to unlock.</source>
        <translation>Dieser Tresor ist durch eine Passphrase geschützt; geben Sie sie zum Entsperren ein.</translation>
    </message>
    <message>
        <source>No keychain to read the key from; unlock with the recovery code.</source>
        <translation>Es gibt keinen Schlüsselbund, aus dem der Schlüssel gelesen werden kann; entsperren Sie mit dem Wiederherstellungscode.</translation>
    </message>
    <message>
        <source>The key for this vault is not in the keychain (new computer or wiped keyring?); unlock with the recovery code.</source>
        <translation>Der Schlüssel für diesen Tresor ist nicht im Schlüsselbund (neuer Computer oder gelöschter Schlüsselbund?); entsperren Sie mit dem Wiederherstellungscode.</translation>
    </message>
    <message>
        <source>The keychain is not available, so the vault&apos;s key cannot be read; unlock with the recovery code.</source>
        <translation>Der Schlüsselbund ist nicht verfügbar, daher kann der Tresorschlüssel nicht gelesen werden; entsperren Sie mit dem Wiederherstellungscode.</translation>
    </message>
    <message>
        <source>The keychain entry for this vault is not a valid key; unlock with the recovery code.</source>
        <translation>Der Schlüsselbundeintrag für diesen Tresor ist kein gültiger Schlüssel; entsperren Sie mit dem Wiederherstellungscode.</translation>
    </message>
    <message>
        <source>confidant.db holds no Confidant data; it is not a vault. It was left untouched.</source>
        <translation>confidant.db enthält keine Confidant-Daten und ist kein Tresor. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another backup file.</source>
        <translation>%1 existiert bereits; wählen Sie eine andere Sicherungsdatei.</translation>
    </message>
    <message>
        <source>The backup could not be started.</source>
        <translation>Die Sicherung konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>The backup could not be written; check free space.</source>
        <translation>Die Sicherung konnte nicht geschrieben werden; prüfen Sie den freien Speicherplatz.</translation>
    </message>
    <message>
        <source>The passphrase change did not finish, so the old passphrase still applies; unlock with it and change it again.</source>
        <translation>Der Wechsel der Passphrase wurde nicht abgeschlossen, daher gilt weiterhin die alte Passphrase; entsperren Sie damit und ändern Sie sie erneut.</translation>
    </message>
    <message>
        <source>The key change did not finish, so the old recovery code still applies; unlock with it.</source>
        <translation>Der Schlüsselwechsel wurde nicht abgeschlossen, daher gilt weiterhin der alte Wiederherstellungscode; entsperren Sie damit.</translation>
    </message>
    <message>
        <source>The vault&apos;s passphrase was being changed when Confidant stopped; unlock with the new passphrase.</source>
        <translation>Die Passphrase des Tresors wurde gerade geändert, als Confidant beendet wurde; entsperren Sie mit der neuen Passphrase.</translation>
    </message>
    <message>
        <source>The vault&apos;s key was being changed when Confidant stopped; unlock with the new recovery code.</source>
        <translation>Der Schlüssel des Tresors wurde gerade gewechselt, als Confidant beendet wurde; entsperren Sie mit dem neuen Wiederherstellungscode.</translation>
    </message>
    <message>
        <source>Cannot create the lock file in the vault folder; check its permissions.</source>
        <translation>Die Sperrdatei kann im Tresorordner nicht angelegt werden; prüfen Sie dessen Berechtigungen.</translation>
    </message>
    <message>
        <source>The vault is open in another Confidant window or command; close it first.</source>
        <translation>Der Tresor ist in einem anderen Confidant-Fenster oder -Befehl geöffnet; schließen Sie ihn dort zuerst.</translation>
    </message>
    <message>
        <source>The vault&apos;s key is being changed by another Confidant; try again when it has finished.</source>
        <translation>Der Schlüssel des Tresors wird gerade von einer anderen Confidant-Instanz gewechselt; versuchen Sie es erneut, wenn dies abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Changing the key needs the system keychain, which is not available.</source>
        <translation>Zum Wechseln des Schlüssels wird der Schlüsselbund des Systems benötigt, der nicht verfügbar ist.</translation>
    </message>
    <message>
        <source>The system&apos;s random number generator failed; the key was not changed.</source>
        <translation>Der Zufallszahlengenerator des Systems ist fehlgeschlagen; der Schlüssel wurde nicht gewechselt.</translation>
    </message>
    <message>
        <source>The new passphrase is too short: use at least %1 characters.</source>
        <translation>Die neue Passphrase ist zu kurz: Verwenden Sie mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <source>Cannot write in the vault folder; check its permissions.</source>
        <translation>Im Tresorordner kann nicht geschrieben werden; prüfen Sie dessen Berechtigungen.</translation>
    </message>
    <message>
        <source>The vault could not be re-encrypted (check free space); the old key still applies.</source>
        <translation>Der Tresor konnte nicht neu verschlüsselt werden (prüfen Sie den freien Speicherplatz); der alte Schlüssel gilt weiterhin.</translation>
    </message>
    <message>
        <source>The re-encrypted copy failed its integrity check; the old key still applies.</source>
        <translation>Die neu verschlüsselte Kopie hat die Integritätsprüfung nicht bestanden; der alte Schlüssel gilt weiterhin.</translation>
    </message>
    <message>
        <source>The re-encrypted copy is incomplete; the old key still applies.</source>
        <translation>Die neu verschlüsselte Kopie ist unvollständig; der alte Schlüssel gilt weiterhin.</translation>
    </message>
    <message>
        <source>The vault is still in use by another connection; close other windows and try again.</source>
        <translation>Der Tresor wird noch von einer anderen Verbindung verwendet; schließen Sie andere Fenster und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The re-encrypted vault could not replace the old one; the old key still applies.</source>
        <translation>Der neu verschlüsselte Tresor konnte den alten nicht ersetzen; der alte Schlüssel gilt weiterhin.</translation>
    </message>
    <message>
        <source>Backup cancelled; no file was written.</source>
        <translation>Sicherung abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>The backup copy failed its integrity check, so it was not kept. Run confidant-cli check on the vault.</source>
        <translation>Die Sicherungskopie hat die Integritätsprüfung nicht bestanden und wurde daher nicht behalten. Führen Sie confidant-cli check für den Tresor aus.</translation>
    </message>
    <message>
        <source>Cannot write %1; check the folder&apos;s permissions.</source>
        <translation>%1 kann nicht geschrieben werden; prüfen Sie die Berechtigungen des Ordners.</translation>
    </message>
    <message>
        <source>There is no backup file %1.</source>
        <translation>Die Sicherungsdatei %1 gibt es nicht.</translation>
    </message>
    <message>
        <source>%1 is not a Confidant backup, or it is damaged.</source>
        <translation>%1 ist keine Confidant-Sicherung oder ist beschädigt.</translation>
    </message>
    <message>
        <source>A backup opens with the vault&apos;s recovery code or passphrase; give it to restore.</source>
        <translation>Eine Sicherung lässt sich mit dem Wiederherstellungscode oder der Passphrase des Tresors öffnen; geben Sie eines davon an, um sie wiederherzustellen.</translation>
    </message>
    <message>
        <source>The backup %1 is damaged; it cannot be restored. Use another backup.</source>
        <translation>Die Sicherung %1 ist beschädigt und kann nicht wiederhergestellt werden. Verwenden Sie eine andere Sicherung.</translation>
    </message>
    <message>
        <source>%1 opens, but it is not a Confidant backup (no backup details inside).</source>
        <translation>%1 lässt sich öffnen, ist aber keine Confidant-Sicherung (enthält keine Sicherungsangaben).</translation>
    </message>
    <message>
        <source>This backup was written by a newer version of Confidant; update Confidant to restore it.</source>
        <translation>Diese Sicherung wurde von einer neueren Confidant-Version geschrieben; aktualisieren Sie Confidant, um sie wiederherzustellen.</translation>
    </message>
    <message>
        <source>The backup %1 is damaged (%2 problems found); it cannot be restored.</source>
        <translation>Die Sicherung %1 ist beschädigt (%2 Probleme gefunden); sie kann nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>The recovery code or passphrase does not open this backup; check it (a backup opens with the code or passphrase the vault had when the backup was taken).</source>
        <translation>Der Wiederherstellungscode oder die Passphrase öffnet diese Sicherung nicht; prüfen Sie die Eingabe (eine Sicherung lässt sich mit dem Code oder der Passphrase öffnen, die der Tresor zum Zeitpunkt der Sicherung hatte).</translation>
    </message>
    <message>
        <source>The backup could not be copied into %1; check free space.</source>
        <translation>Die Sicherung konnte nicht nach %1 kopiert werden; prüfen Sie den freien Speicherplatz.</translation>
    </message>
    <message>
        <source>The system&apos;s random number generator failed; nothing was restored.</source>
        <translation>Der Zufallszahlengenerator des Systems ist fehlgeschlagen; es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <source>The vault&apos;s key was changed, but the keychain does not hold the new key; unlock with the new recovery code.</source>
        <translation>Der Schlüssel des Tresors wurde gewechselt, aber der Schlüsselbund enthält den neuen Schlüssel nicht; entsperren Sie mit dem neuen Wiederherstellungscode.</translation>
    </message>
    <message>
        <source>The keychain does not hold the vault&apos;s current key yet (the last key change could not store it), so the key was not changed again: %1</source>
        <translation>Der Schlüsselbund enthält den aktuellen Schlüssel des Tresors noch nicht (der letzte Schlüsselwechsel konnte ihn nicht speichern), daher wurde der Schlüssel nicht erneut gewechselt: %1</translation>
    </message>
    <message>
        <source>Key change cancelled; the old key still applies.</source>
        <translation>Schlüsselwechsel abgebrochen; der alte Schlüssel gilt weiterhin.</translation>
    </message>
    <message>
        <source>The vault&apos;s folder is read-only, and changes not yet moved into confidant.db wait in confidant.db-wal, which cannot be read here without confidant.db-shm. Copy the vault folder to a writable place and open the copy.</source>
        <translation>Der Ordner des Tresors ist schreibgeschützt, und Änderungen, die noch nicht in confidant.db übernommen wurden, liegen in confidant.db-wal, die sich hier ohne confidant.db-shm nicht lesen lässt. Kopieren Sie den Tresorordner an einen beschreibbaren Ort und öffnen Sie die Kopie.</translation>
    </message>
    <message>
        <source>The vault file is damaged: page %1 fails its check (SQLCipher&apos;s HMAC), and Confidant cannot read the vault without it. It was left untouched; restore the newest good backup.</source>
        <translation>Die Tresordatei ist beschädigt: Seite %1 besteht ihre Prüfung nicht (HMAC von SQLCipher), und ohne sie kann Confidant den Tresor nicht lesen. Die Datei wurde nicht verändert; stellen Sie die neueste intakte Sicherung wieder her.</translation>
    </message>
    <message>
        <source>This vault was written by an older Confidant and must be updated before this version can use it, which needs a writable folder. Copy the vault folder to a writable place and open the copy.</source>
        <translation>Dieser Tresor wurde von einer älteren Confidant-Version geschrieben und muss aktualisiert werden, bevor diese Version ihn verwenden kann, wofür ein beschreibbarer Ordner nötig ist. Kopieren Sie den Tresorordner an einen beschreibbaren Ort und öffnen Sie die Kopie.</translation>
    </message>
    <message>
        <source>integrity_check stopped at a damaged page (%1).</source>
        <translation>integrity_check wurde an einer beschädigten Seite abgebrochen (%1).</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weitere</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>The vault is damaged (a page fails its check), so no backup was written and the vault was left as it is. Run confidant-cli check to see which pages, then restore the newest good backup; an export may still save the contacts that read.</source>
        <translation>Der Tresor ist beschädigt (eine Seite besteht ihre Prüfung nicht), daher wurde keine Sicherung geschrieben und der Tresor nicht verändert. Führen Sie confidant-cli check aus, um die betroffenen Seiten zu sehen, und stellen Sie dann die neueste intakte Sicherung wieder her; ein Export kann die noch lesbaren Kontakte möglicherweise noch retten.</translation>
    </message>
</context>
<context>
    <name>VaultAdmin</name>
    <message>
        <source>An old scheduled backup could not be removed; check the backup folder&apos;s permissions.</source>
        <translation>Eine alte geplante Sicherung konnte nicht entfernt werden; prüfen Sie die Berechtigungen des Sicherungsordners.</translation>
    </message>
    <message>
        <source>Every page decrypts and its HMAC holds.</source>
        <translation>Jede Seite lässt sich entschlüsseln und ihr HMAC ist gültig.</translation>
    </message>
    <message>
        <source>The database structure is intact.</source>
        <translation>Die Datenbankstruktur ist intakt.</translation>
    </message>
    <message>
        <source>The database structure has %1 problems (%2). Restore from a backup.</source>
        <translation>Die Datenbankstruktur weist %1 Probleme auf (%2). Stellen Sie den Tresor aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The audit trail&apos;s %1 entries are intact.</source>
        <translation>Die %1 Einträge des Prüfprotokolls sind intakt.</translation>
    </message>
    <message>
        <source>The audit trail is broken at entry %1: %2</source>
        <translation>Das Prüfprotokoll ist bei Eintrag %1 unterbrochen: %2</translation>
    </message>
    <message>
        <source>A backup opens with the vault&apos;s recovery code or passphrase; give it to restore.</source>
        <translation>Eine Sicherung lässt sich mit dem Wiederherstellungscode oder der Passphrase des Tresors öffnen; geben Sie eines davon an, um sie wiederherzustellen.</translation>
    </message>
    <message>
        <source>A vault already exists in %1; restore into a new folder, or replace it explicitly (confidant-cli restore --force; the replaced vault is kept under backups/).</source>
        <translation>In %1 gibt es bereits einen Tresor; stellen Sie in einem neuen Ordner wieder her oder ersetzen Sie ihn ausdrücklich (confidant-cli restore --force; der ersetzte Tresor wird unter backups/ aufbewahrt).</translation>
    </message>
    <message>
        <source>Cannot create the folder %1; check its permissions.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden; prüfen Sie die Berechtigungen.</translation>
    </message>
    <message>
        <source>Cannot keep a copy of the replaced vault; nothing was restored.</source>
        <translation>Vom ersetzten Tresor kann keine Kopie aufbewahrt werden; es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <source>The vault in %1 could not be moved aside; nothing was restored.</source>
        <translation>Der Tresor in %1 konnte nicht beiseitegeschoben werden; es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <source>The restored vault could not be moved into %1; it is complete in %2.</source>
        <translation>Der wiederhergestellte Tresor konnte nicht nach %1 verschoben werden; er liegt vollständig in %2.</translation>
    </message>
    <message>
        <source>The vault in %1 is open in Confidant or another command; close it and restore again. Nothing was changed.</source>
        <translation>Der Tresor in %1 ist in Confidant oder einem anderen Befehl geöffnet; schließen Sie ihn und stellen Sie erneut wieder her. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The erasure ledger beside the backups could not be updated: %1 A restore of this backup into another folder will ask for a ledger.</source>
        <translation>Das Löschregister neben den Sicherungen konnte nicht aktualisiert werden: %1 Eine Wiederherstellung dieser Sicherung in einem anderen Ordner wird nach einem Löschregister fragen.</translation>
    </message>
    <message>
        <source>Restore cancelled; nothing was restored.</source>
        <translation>Wiederherstellung abgebrochen; es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <source>%1 Nothing was restored.</source>
        <translation>%1 Es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <source>The erasure ledger beside the backup was left out: %1</source>
        <translation>Das Löschregister neben der Sicherung wurde nicht berücksichtigt: %1</translation>
    </message>
    <message>
        <source>Give the vault&apos;s backups/erasure-ledger.cfl with --ledger FILE, or restore anyway with --accept-unverified-erasures (recorded in the restored vault&apos;s audit trail).</source>
        <translation>Geben Sie die Datei backups/erasure-ledger.cfl des Tresors mit --ledger FILE an oder stellen Sie trotzdem mit --accept-unverified-erasures wieder her (wird im Prüfprotokoll des wiederhergestellten Tresors vermerkt).</translation>
    </message>
    <message>
        <source>The newest erasure ledger found (written %1) is older than this backup (taken %2), so Confidant cannot show that everyone erased since then stays erased; nothing was restored. %3</source>
        <translation>Das neueste gefundene Löschregister (geschrieben am %1) ist älter als diese Sicherung (erstellt am %2), daher kann Confidant nicht nachweisen, dass alle seitdem gelöschten Personen gelöscht bleiben; es wurde nichts wiederhergestellt. %3</translation>
    </message>
    <message>
        <source>%1 No other erasure ledger newer than this backup (taken %2) was found, so Confidant cannot show that everyone erased since then stays erased; nothing was restored. %3</source>
        <translation>%1 Es wurde kein anderes Löschregister gefunden, das neuer als diese Sicherung (erstellt am %2) ist, daher kann Confidant nicht nachweisen, dass alle seitdem gelöschten Personen gelöscht bleiben; es wurde nichts wiederhergestellt. %3</translation>
    </message>
    <message>
        <source>No erasure ledger newer than this backup (taken %1) was found, so Confidant cannot show that everyone erased since then stays erased; nothing was restored. %2</source>
        <translation>Es wurde kein Löschregister gefunden, das neuer als diese Sicherung (erstellt am %1) ist, daher kann Confidant nicht nachweisen, dass alle seitdem gelöschten Personen gelöscht bleiben; es wurde nichts wiederhergestellt. %2</translation>
    </message>
    <message>
        <source>No erasure ledger newer than the backup was found: people erased after %1 may be back in the restored vault. Erase them again.</source>
        <translation>Es wurde kein Löschregister gefunden, das neuer als die Sicherung ist: Nach %1 gelöschte Personen können wieder im wiederhergestellten Tresor sein. Löschen Sie sie erneut.</translation>
    </message>
    <message>
        <source>The restored vault&apos;s erasure ledger file could not be written: %1</source>
        <translation>Die Löschregisterdatei des wiederhergestellten Tresors konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The restored vault&apos;s erasure ledger file could not be moved into %1; it is written again with the next erasure or backup.</source>
        <translation>Die Löschregisterdatei des wiederhergestellten Tresors konnte nicht nach %1 verschoben werden; sie wird bei der nächsten Löschung oder Sicherung neu geschrieben.</translation>
    </message>
    <message>
        <source>The erasure ledger beside the backups (%1) cannot be replaced, so nothing was erased; check the folder&apos;s permissions and try again.</source>
        <translation>Das Löschregister neben den Sicherungen (%1) lässt sich nicht ersetzen, daher wurde nichts gelöscht; prüfen Sie die Berechtigungen des Ordners und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The vault is read-only here, so the erasure ledger beside its backups was not updated. A restore of this backup into another folder will ask for a ledger.</source>
        <translation>Der Tresor ist hier schreibgeschützt, daher wurde das Löschregister neben seinen Sicherungen nicht aktualisiert. Eine Wiederherstellung dieser Sicherung in einem anderen Ordner wird nach einem Löschregister fragen.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) fail their HMAC check (page %1): the file was damaged or altered there, and those pages cannot be read. Restore the newest backup that passes check; first, an export may still save the contacts that read.</source>
        <translation>
            <numerusform>%n Seite besteht die HMAC-Prüfung nicht (Seite %1): Die Datei wurde dort beschädigt oder verändert, und diese Seite kann nicht gelesen werden. Stellen Sie die neueste Sicherung wieder her, bei der check keinen Fehler meldet; zuvor kann ein Export die noch lesbaren Kontakte möglicherweise noch retten.</numerusform>
            <numerusform>%n Seiten bestehen die HMAC-Prüfung nicht (Seiten %1): Die Datei wurde dort beschädigt oder verändert, und diese Seiten können nicht gelesen werden. Stellen Sie die neueste Sicherung wieder her, bei der check keinen Fehler meldet; zuvor kann ein Export die noch lesbaren Kontakte möglicherweise noch retten.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file fails SQLCipher&apos;s check (%1). Restore the newest backup that passes check.</source>
        <translation>Die Datei besteht die Prüfung von SQLCipher nicht (%1). Stellen Sie die neueste Sicherung wieder her, bei der check keinen Fehler meldet.</translation>
    </message>
    <message>
        <source>The audit trail cannot be read to its end: %1</source>
        <translation>Das Prüfprotokoll kann nicht bis zum Ende gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 The vault in %2 must open, and its profile be signed in, before a restore replaces it; nothing was changed.</source>
        <translation>%1 Der Tresor in %2 muss sich öffnen lassen und sein Profil angemeldet sein, bevor eine Wiederherstellung ihn ersetzt; es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>VaultCommands</name>
    <message>
        <source>A vault already exists in %1; nothing was changed. Open it, or choose another folder with --vault.</source>
        <translation>In %1 gibt es bereits einen Tresor; es wurde nichts geändert. Öffnen Sie ihn oder wählen Sie mit --vault einen anderen Ordner.</translation>
    </message>
    <message>
        <source>New passphrase (at least %1 characters): </source>
        <translation>Neue Passphrase (mindestens %1 Zeichen): </translation>
    </message>
    <message>
        <source>Repeat the passphrase: </source>
        <translation>Passphrase wiederholen: </translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was created. Try again.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein; es wurde nichts angelegt. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Created the vault %1 in %2, protected by your passphrase.</source>
        <translation>Tresor %1 in %2 angelegt, geschützt durch Ihre Passphrase.</translation>
    </message>
    <message>
        <source>The passphrase is the only way in: without it nobody, not even you, can open the vault. Keep it somewhere safe.</source>
        <translation>Die Passphrase ist der einzige Zugang: Ohne sie kann niemand, auch Sie nicht, den Tresor öffnen. Bewahren Sie sie sicher auf.</translation>
    </message>
    <message>
        <source>To create a vault without a keychain, give a passphrase on standard input: confidant-cli init --passphrase-stdin.</source>
        <translation>Um einen Tresor ohne Schlüsselbund anzulegen, geben Sie eine Passphrase über die Standardeingabe an: confidant-cli init --passphrase-stdin.</translation>
    </message>
    <message>
        <source>Created the vault %1 in %2; its key is in the system keychain.</source>
        <translation>Tresor %1 in %2 angelegt; sein Schlüssel liegt im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>Write down this recovery code and keep it somewhere safe. It is shown only this once, and it is the only way in when the keychain entry is lost (new computer, wiped keyring):</source>
        <translation>Notieren Sie diesen Wiederherstellungscode und bewahren Sie ihn sicher auf. Er wird nur dieses eine Mal angezeigt und ist der einzige Zugang, wenn der Schlüsselbundeintrag verloren geht (neuer Computer, gelöschter Schlüsselbund):</translation>
    </message>
    <message>
        <source>Vault:</source>
        <translation>Tresor:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <source>Key source:</source>
        <translation>Schlüsselquelle:</translation>
    </message>
    <message>
        <source>system keychain (recovery code as backup)</source>
        <translation>Schlüsselbund des Systems (Wiederherstellungscode als Reserve)</translation>
    </message>
    <message>
        <source>passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>Schemaversion:</translation>
    </message>
    <message>
        <source>Cipher version:</source>
        <translation>Verschlüsselungsversion:</translation>
    </message>
    <message>
        <source>Contacts:</source>
        <translation>Kontakte:</translation>
    </message>
    <message>
        <source>Companies:</source>
        <translation>Firmen:</translation>
    </message>
    <message>
        <source>sample-data needs --contacts N; see confidant-cli sample-data --help.</source>
        <translation>sample-data benötigt --contacts N; siehe confidant-cli sample-data --help.</translation>
    </message>
    <message>
        <source>Adding sample contacts: %1 of %2</source>
        <translation>Beispielkontakte werden hinzugefügt: %1 von %2</translation>
    </message>
    <message>
        <source>Added %1 sample contacts and %2 companies.</source>
        <translation>%1 Beispielkontakte und %2 Firmen hinzugefügt.</translation>
    </message>
    <message>
        <source>Acting as:</source>
        <translation>Aktives Profil:</translation>
    </message>
</context>
<context>
    <name>confidant::ui::AccessDialog</name>
    <message>
        <source>Access package</source>
        <translation>Auskunftspaket</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>Enthalten</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Include mentions of them in other records (check each one: they may name other people)</source>
        <translation>Erwähnungen der Person in anderen Datensätzen einbeziehen (jede einzeln prüfen: sie können andere Personen nennen)</translation>
    </message>
    <message>
        <source>JSON (machine-readable, for portability)</source>
        <translation>JSON (maschinenlesbar, für die Datenübertragbarkeit)</translation>
    </message>
    <message>
        <source>CSV (one file per section)</source>
        <translation>CSV (eine Datei pro Abschnitt)</translation>
    </message>
    <message>
        <source>PDF report (to read)</source>
        <translation>PDF-Bericht (zum Lesen)</translation>
    </message>
    <message>
        <source>Access package %1</source>
        <translation>Auskunftspaket %1</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Formats:</source>
        <translation>Formate:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>Create package</source>
        <translation>Paket erstellen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Folder for the access package</source>
        <translation>Ordner für das Auskunftspaket</translation>
    </message>
    <message>
        <source>Everything Confidant holds about this person (%1 entries), with the purposes, recipients, retention periods and where the data came from. The files are not encrypted: hand them over securely and delete your copy when done.</source>
        <translation>Alles, was Confidant über diese Person gespeichert hat (%1 Einträge), mit den Zwecken, Empfängern, Aufbewahrungsfristen und der Herkunft der Daten. Die Dateien sind nicht verschlüsselt: Übergeben Sie sie sicher und löschen Sie danach Ihre Kopie.</translation>
    </message>
    <message>
        <source>Choose the folder for the package.</source>
        <translation>Wählen Sie den Ordner für das Paket.</translation>
    </message>
    <message>
        <source>%1  SHA-256 %2</source>
        <translation>%1  SHA-256 %2</translation>
    </message>
    <message>
        <source>%1 files written to %2. They are not encrypted: hand them over securely.</source>
        <translation>%1 Dateien nach %2 geschrieben. Die Dateien sind nicht verschlüsselt: Übergeben Sie sie sicher.</translation>
    </message>
    <message>
        <source>The hashes are recorded with request %1.</source>
        <translation>Die Hashwerte sind bei Anfrage %1 vermerkt.</translation>
    </message>
</context>
<context>
    <name>confidant::ui::ActivityEditorDialog</name>
    <message>
        <source>&amp;Remind me at</source>
        <translation>&amp;Erinnern um</translation>
    </message>
    <message>
        <source>(deleted record)</source>
        <translation>(gelöschter Datensatz)</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Zeitpunkt:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Fällig:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>Linked to:</source>
        <translation>Verknüpft mit:</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Neue Aufgabe</translation>
    </message>
    <message>
        <source>Log %1</source>
        <translation>%1 erfassen</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete this entry from every timeline it is on?</source>
        <translation>Diesen Eintrag aus allen Verläufen löschen, in denen er erscheint?</translation>
    </message>
</context>
<context>
    <name>confidant::ui::AddProfileDialog</name>
    <message>
        <source>Add profile</source>
        <translation>Profil hinzufügen</translation>
    </message>
    <message>
        <source>e.g. Sam or Front desk</source>
        <translation>z. B. Sam oder Empfang</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN:</translation>
    </message>
    <message>
        <source>R&amp;epeat PIN:</source>
        <translation>PIN &amp;wiederholen:</translation>
    </message>
    <message>
        <source>&amp;Add profile</source>
        <translation>Profil &amp;hinzufügen</translation>
    </message>
    <message>
        <source>The two PINs differ; type the PIN twice, or leave both fields empty.</source>
        <translation>Die beiden PINs stimmen nicht überein; geben Sie die PIN zweimal ein oder lassen Sie beide Felder leer.</translation>
    </message>
    <message>
        <source>Without a PIN, anyone at this computer can choose the profile. %1</source>
        <translation>Ohne PIN kann jeder an diesem Computer das Profil auswählen. %1</translation>
    </message>
</context>
<context>
    <name>confidant::ui::AuditPage</name>
    <message>
        <source>any record</source>
        <translation>alle Datensätze</translation>
    </message>
    <message>
        <source>Only entries about the record with this UID (as shown in the Entity UID column).</source>
        <translation>Nur Einträge zu dem Datensatz mit dieser UID (wie in der Spalte „Datensatz-UID“ angezeigt).</translation>
    </message>
    <message>
        <source>Any profile</source>
        <translation>Alle Profile</translation>
    </message>
    <message>
        <source>An action such as contact.update, or a family ending in a dot, such as contact.</source>
        <translation>Eine Aktion wie contact.update oder eine Gruppe, die auf einen Punkt endet, wie contact.</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Alle Aktionen</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Verify &amp;chain</source>
        <translation>&amp;Kette prüfen</translation>
    </message>
    <message>
        <source>Recompute the hash chain of the whole audit trail and check it against its sealed head.</source>
        <translation>Die Hash-Kette des gesamten Prüfprotokolls neu berechnen und mit ihrem versiegelten Kettenkopf abgleichen.</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>Save the entries that match the filters as a CSV file (Ctrl+E). The export is itself recorded in the audit trail.</source>
        <translation>Die zu den Filtern passenden Einträge als CSV-Datei speichern (Strg+E). Der Export wird selbst im Prüfprotokoll vermerkt.</translation>
    </message>
    <message>
        <source>Entity &amp;UID:</source>
        <translation>Datensatz-&amp;UID:</translation>
    </message>
    <message>
        <source>Pr&amp;ofile:</source>
        <translation>Pro&amp;fil:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>Ak&amp;tion:</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtern</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>The “from” date is after the “to” date; no entry can match.</source>
        <translation>Das „Von“-Datum liegt nach dem „Bis“-Datum; kein Eintrag kann passen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln+ entries</source>
        <translation>
            <numerusform>%Ln+ Einträge</numerusform>
            <numerusform>%Ln+ Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>1 Eintrag</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln Eintrag</numerusform>
            <numerusform>%Ln Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is intact: %Ln entries checked, every link matches.</source>
        <translation>
            <numerusform>Das Prüfprotokoll ist intakt: %Ln Eintrag geprüft, jede Verknüpfung stimmt.</numerusform>
            <numerusform>Das Prüfprotokoll ist intakt: %Ln Einträge geprüft, jede Verknüpfung stimmt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail is broken at entry No. %1: %2</source>
        <translation>Das Prüfprotokoll ist bei Eintrag Nr. %1 unterbrochen: %2</translation>
    </message>
    <message>
        <source>confidant-audit-%1.csv</source>
        <translation>confidant-audit-%1.csv</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Prüfprotokoll exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln audit entries to %1.</source>
        <translation>
            <numerusform>%Ln Protokolleintrag nach %1 exportiert.</numerusform>
            <numerusform>%Ln Protokolleinträge nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1; choose a folder you may write to.</source>
        <translation>%1 kann nicht geschrieben werden; wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>The audit export could not be written; check free space.</source>
        <translation>Der Export des Prüfprotokolls konnte nicht geschrieben werden; prüfen Sie den freien Speicherplatz.</translation>
    </message>
    <message>
        <source>Cannot save the export as %1; choose another name or folder.</source>
        <translation>Der Export kann nicht als %1 gespeichert werden; wählen Sie einen anderen Namen oder Ordner.</translation>
    </message>
</context>
<context>
    <name>confidant::ui::AuditTableModel</name>
    <message>
        <source>%1
%2 UTC</source>
        <translation>%1
%2 UTC</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Entity UID</source>
        <translation>Datensatz-UID</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>confidant::ui::BackupDialog</name>
    <message>
        <source>Back up now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <source>Confidant copies the whole vault into one encrypted file, then reads the copy back to check it. You can keep working while it runs.</source>
        <translation>Confidant kopiert den gesamten Tresor in eine verschlüsselte Datei und liest die Kopie anschließend zur Prüfung zurück. Sie können währenddessen weiterarbeiten.</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Wählen…</translation>
    </message>
    <message>
        <source>Save the backup to another file or folder, e.g. on an external disk</source>
        <translation>Die Sicherung in einer anderen Datei oder einem anderen Ordner speichern, z.&#xa0;B. auf einer externen Festplatte</translation>
    </message>
    <message>
        <source>Back up &amp;to:</source>
        <translation>Sichern &amp;nach:</translation>
    </message>
    <message>
        <source>The backup is encrypted with this vault&apos;s key: on any computer it opens with the vault&apos;s recovery code. Keep it on another disk.</source>
        <translation>Die Sicherung ist mit dem Schlüssel dieses Tresors verschlüsselt: Auf jedem Computer lässt sie sich mit dem Wiederherstellungscode des Tresors öffnen. Bewahren Sie sie auf einem anderen Datenträger auf.</translation>
    </message>
    <message>
        <source>The backup is encrypted with this vault&apos;s key: on any computer it opens with the vault&apos;s passphrase. Keep it on another disk.</source>
        <translation>Die Sicherung ist mit dem Schlüssel dieses Tresors verschlüsselt: Auf jedem Computer lässt sie sich mit der Passphrase des Tresors öffnen. Bewahren Sie sie auf einem anderen Datenträger auf.</translation>
    </message>
    <message>
        <source>&amp;Back up</source>
        <translation>&amp;Sichern</translation>
    </message>
    <message>
        <source>Stop the backup; nothing is left behind</source>
        <translation>Die Sicherung abbrechen; es bleibt nichts zurück</translation>
    </message>
    <message>
        <source>Backup written and verified: %1 (%2). It opens with this vault&apos;s recovery code.</source>
        <translation>Sicherung geschrieben und geprüft: %1 (%2). Sie lässt sich mit dem Wiederherstellungscode dieses Tresors öffnen.</translation>
    </message>
    <message>
        <source>Backup written and verified: %1 (%2). It opens with this vault&apos;s passphrase.</source>
        <translation>Sicherung geschrieben und geprüft: %1 (%2). Sie lässt sich mit der Passphrase dieses Tresors öffnen.</translation>
    </message>
    <message>
        <source>Back up to</source>
        <translation>Sichern nach</translation>
    </message>
    <message>
        <source>Confidant backups (*.backup)</source>
        <translation>Confidant-Sicherungen (*.backup)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation>Sicherung wird geschrieben…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Copying the vault…</source>
        <translation>Tresor wird kopiert…</translation>
    </message>
    <message>
        <source>Checking that the copy reads back correctly…</source>
        <translation>Es wird geprüft, ob sich die Kopie korrekt zurücklesen lässt…</translation>
    </message>
    <message>
        <source>The backup file is complete, but it could not be recorded in the vault: %1</source>
        <translation>Die Sicherungsdatei ist vollständig, konnte aber nicht im Tresor vermerkt werden: %1</translation>
    </message>
    <message>
        <source>Backup written: %1 (%2).</source>
        <translation>Sicherung geschrieben: %1 (%2).</translation>
    </message>
</context>
<context>
    <name>confidant::ui::BackupScheduler</name>
    <message>
        <source>Writing a scheduled backup…</source>
        <translation>Geplante Sicherung wird geschrieben…</translation>
    </message>
    <message>
        <source>The scheduled backup %1 was written, but it could not be recorded in the vault: %2</source>
        <translation>Die geplante Sicherung %1 wurde geschrieben, konnte aber nicht im Tresor vermerkt werden: %2</translation>
    </message>
    <message>
        <source>Scheduled backup written: %1 (%2).</source>
        <translation>Geplante Sicherung geschrieben: %1 (%2).</translation>
    </message>
</context>
<context>
    <name>confidant::ui::ChangeKeyDialog</name>
    <message>
        <source>Change the vault key</source>
        <translation>Tresorschlüssel wechseln</translation>
    </message>
    <message>
        <source>A new key for the vault</source>
        <translation>Ein neuer Schlüssel für den Tresor</translation>
    </message>
    <message>
        <source>Confidant makes a new random key, keeps it in this computer&apos;s keychain and re-encrypts the whole vault with it. On a large vault this takes a few seconds.</source>
        <translation>Confidant erzeugt einen neuen Zufallsschlüssel, legt ihn im Schlüsselbund dieses Computers ab und verschlüsselt den gesamten Tresor damit neu. Bei einem großen Tresor dauert das einige Sekunden.</translation>
    </message>
    <message>
        <source>Then you get a new recovery code, shown only once: have paper and a pen ready. The old recovery code no longer opens the vault. Keep it only as long as you keep backups made before now: they still open with it.</source>
        <translation>Danach erhalten Sie einen neuen Wiederherstellungscode, der nur einmal angezeigt wird: Halten Sie Papier und Stift bereit. Der alte Wiederherstellungscode öffnet den Tresor nicht mehr. Bewahren Sie ihn nur so lange auf wie die bisher erstellten Sicherungen: Diese lassen sich weiterhin damit öffnen.</translation>
    </message>
    <message>
        <source>A new passphrase for the vault</source>
        <translation>Eine neue Passphrase für den Tresor</translation>
    </message>
    <message>
        <source>Confidant re-encrypts the whole vault with the new passphrase. On a large vault this takes a few seconds. From then on only the new passphrase opens the vault.</source>
        <translation>Confidant verschlüsselt den gesamten Tresor mit der neuen Passphrase neu. Bei einem großen Tresor dauert das einige Sekunden. Danach öffnet nur noch die neue Passphrase den Tresor.</translation>
    </message>
    <message>
        <source>Backups made before now still open only with the old passphrase: keep it as long as you keep them.</source>
        <translation>Bisher erstellte Sicherungen lassen sich weiterhin nur mit der alten Passphrase öffnen: Bewahren Sie sie so lange auf wie diese Sicherungen.</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Neue Passphrase:</translation>
    </message>
    <message>
        <source>C&amp;onfirm new passphrase:</source>
        <translation>Neue Passphrase &amp;bestätigen:</translation>
    </message>
    <message>
        <source>at least %1 characters</source>
        <translation>mindestens %1 Zeichen</translation>
    </message>
    <message>
        <source>Close every other Confidant window and confidant-cli command that uses this vault first.</source>
        <translation>Schließen Sie zuerst alle anderen Confidant-Fenster und confidant-cli-Befehle, die diesen Tresor verwenden.</translation>
    </message>
    <message>
        <source>Changing the key…</source>
        <translation>Schlüssel wird gewechselt…</translation>
    </message>
    <message>
        <source>Re-encrypting the vault and checking the copy. Please wait; this can take a few seconds on a large vault.</source>
        <translation>Der Tresor wird neu verschlüsselt und die Kopie geprüft. Bitte warten Sie; bei einem großen Tresor kann das einige Sekunden dauern.</translation>
    </message>
    <message>
        <source>Write down your new recovery code</source>
        <translation>Notieren Sie Ihren neuen Wiederherstellungscode</translation>
    </message>
    <message>
        <source>The key was changed. If this computer&apos;s keychain is ever lost, this code is the only way to open the vault. It is shown only now. The old code opens only backups made before now.</source>
        <translation>Der Schlüssel wurde gewechselt. Falls der Schlüsselbund dieses Computers jemals verloren geht, ist dieser Code die einzige Möglichkeit, den Tresor zu öffnen. Er wird nur jetzt angezeigt. Der alte Code öffnet nur noch bisher erstellte Sicherungen.</translation>
    </message>
    <message>
        <source>The key was changed</source>
        <translation>Der Schlüssel wurde gewechselt</translation>
    </message>
    <message>
        <source>From now on, unlock the vault with the new passphrase. Backups made before now still open only with the old one.</source>
        <translation>Entsperren Sie den Tresor ab jetzt mit der neuen Passphrase. Bisher erstellte Sicherungen lassen sich weiterhin nur mit der alten öffnen.</translation>
    </message>
    <message>
        <source>&amp;Change key</source>
        <translation>Schlüssel &amp;wechseln</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <source>The key was changed, but the vault could not be reopened.</source>
        <translation>Der Schlüssel wurde gewechselt, aber der Tresor konnte nicht wieder geöffnet werden.</translation>
    </message>
    <message>
        <source>The key was not changed. %1</source>
        <translation>Der Schlüssel wurde nicht gewechselt. %1</translation>
    </message>
    <message>
        <source>The key was changed, but it could not be recorded in the audit trail: %1</source>
        <translation>Der Schlüssel wurde gewechselt, aber dies konnte nicht im Prüfprotokoll vermerkt werden: %1</translation>
    </message>
    <message>
        <source>Recovery code not confirmed</source>
        <translation>Wiederherstellungscode nicht bestätigt</translation>
    </message>
    <message>
        <source>The key was changed, but you have not confirmed that you wrote down the new recovery code. It is shown only now; without it you cannot get back in if this computer&apos;s keychain is lost.

Close anyway?</source>
        <translation>Der Schlüssel wurde gewechselt, aber Sie haben nicht bestätigt, dass Sie den neuen Wiederherstellungscode notiert haben. Er wird nur jetzt angezeigt; ohne ihn haben Sie keinen Zugang mehr, wenn der Schlüsselbund dieses Computers verloren geht.

Trotzdem schließen?</translation>
    </message>
    <message>
        <source>The system keychain did not store the new key (%1). Confidant tries again at the next unlock; should that fail too, only the new recovery code opens the vault.</source>
        <translation>Der Schlüsselbund des Systems hat den neuen Schlüssel nicht gespeichert (%1). Confidant versucht es beim nächsten Entsperren erneut; schlägt auch das fehl, öffnet nur der neue Wiederherstellungscode den Tresor.</translation>
    </message>
</context>
<context>
    <name>confidant::ui::CompaniesPage</name>
    <message>
        <source>Search companies by name, domain or city (Ctrl+F)</source>
        <translation>Firmen nach Name, Domain oder Ort durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>&amp;New company…</source>
        <translation>&amp;Neue Firma…</translation>
    </message>
    <message>
        <source>Add a company (Ctrl+N)</source>
        <translation>Firma hinzufügen (Strg+N)</translation>
    </message>
    <message>
        <source>No companies yet. Press Ctrl+N to add one, or type a company name on a contact.</source>
        <translation>Noch keine Firmen. Drücken Sie Strg+N, um eine hinzuzufügen, oder tragen Sie bei einem Kontakt einen Firmennamen ein.</translation>
    </message>
    <message>
        <source>No company matches “%1”.</source>
        <translation>Keine Firma passt zu „%1“.</translation>
    </message>
    <message>
        <source>Company added.</source>
        <translation>Firma hinzugefügt.</translation>
    </message>
    <message>
        <source>Company saved.</source>
        <translation>Firma gespeichert.</translation>
    </message>
    <message>
        <source>Delete the company “%1”? Its contacts are kept, without a company. This cannot be undone.</source>
        <translation>Firma „%1“ löschen? Ihre Kontakte bleiben erhalten, jedoch ohne Firma. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Company deleted.</source>
        <translation>Firma gelöscht.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln+ matching companies</source>
        <translation>
            <numerusform>%Ln+ passende Firmen</numerusform>
            <numerusform>%Ln+ passende Firmen</numerusform>
        </translation>
    </message>
    <message>
        <source>1 matching company</source>
        <translation>1 passende Firma</translation>
    </message>
    <message numerus="yes">
        <source>%Ln matching companies</source>
        <translation>
            <numerusform>%Ln passende Firma</numerusform>
            <numerusform>%Ln passende Firmen</numerusform>
        </translation>
    </message>
    <message>
        <source>1 company</source>
        <translation>1 Firma</translation>
    </message>
    <message numerus="yes">
        <source>%Ln companies</source>
        <translation>
            <numerusform>%Ln Firma</numerusform>
            <numerusform>%Ln Firmen</numerusform>
        </translation>
    </message>
    <message>
        <source>No companies yet.</source>
        <translation>Noch keine Firmen.</translation>
    </message>
</context>
<context>
    <name>confidant::ui::CompanyEditorDialog</name>
    <message>
        <source>New company</source>
        <translation>Neue Firma</translation>
    </message>
    <message>
        <source>Edit company — %1</source>
        <translation>Firma bearbeiten — %1</translation>
    </message>
    <message>
        <source>example.com</source>
        <translation>example.com</translation>
    </message>
    <message>
        <source>+44 20 7946 0958</source>
        <translation>+49 30 23125 000</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Web domain:</source>
        <translation>&amp;Webdomain:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Te&amp;lefon:</translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation>&amp;Straße:</translation>
    </message>
    <message>
        <source>Post&amp;code:</source>
        <translation>PL&amp;Z:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>Cou&amp;ntry:</source>
        <translation>Lan&amp;d:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>Not&amp;izen:</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Herkunft:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Geändert:</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>Company — %1</source>
        <translation>Firma — %1</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>Det&amp;ails</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>Verla&amp;uf</translation>
    </message>
    <message>
        <source>e.g. supplier, key account</source>
        <translation>z. B. Lieferant, Schlüsselkunde</translation>
    </message>
    <message>
        <source>Separate tags with commas.</source>
        <translation>Tags durch Kommas trennen.</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Tags:</translation>
    </message>
</context>
<context>
    <name>confidant::ui::CompanyTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
</context>
<context>
    <name>confidant::ui::ConsentCaptureWidget</name>
    <message>
        <source>Tick what the person agreed to now. Each purpose is recorded as a separate consent they can withdraw on its own.</source>
        <translation>Kreuzen Sie an, wozu die Person jetzt eingewilligt hat. Jeder Zweck wird als eigene Einwilligung erfasst, die sie einzeln widerrufen kann.</translation>
    </message>
    <message>
        <source>No purpose needs consent: nothing to record here.</source>
        <translation>Kein Zweck erfordert eine Einwilligung: Hier ist nichts zu erfassen.</translation>
    </message>
</context>
<context>
    <name>confidant::ui::ConsentPanel</name>
    <message>
        <source>&lt;b&gt;Consent per purpose&lt;/b&gt;</source>
        <translation>&lt;b&gt;Einwilligung je Zweck&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation>Rechtsgrundlage</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Ask again</source>
        <translation>Erneut fragen</translation>
    </message>
    <message>
        <source>&lt;b&gt;History&lt;/b&gt;</source>
        <translation>&lt;b&gt;Verlauf&lt;/b&gt;</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Erfasst von</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>Show privacy &amp;notice…</source>
        <translation>Datenschutz&amp;hinweis anzeigen…</translation>
    </message>
    <message>
        <source>Show the current privacy notice to read out or show, and record that the person has seen it</source>
        <translation>Den aktuellen Datenschutzhinweis zum Vorlesen oder Zeigen anzeigen und erfassen, dass die Person ihn gesehen hat</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Nicht erforderlich</translation>
    </message>
    <message>
        <source>Grant…</source>
        <translation>Erteilen…</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Widerrufen…</translation>
    </message>
    <message>
        <source>Renew…</source>
        <translation>Erneuern…</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 version %2</source>
        <translation>%1 Version %2</translation>
    </message>
    <message>
        <source>a removed profile</source>
        <translation>ein entferntes Profil</translation>
    </message>
    <message>
        <source>Privacy notice: not recorded as shown to this person.</source>
        <translation>Datenschutzhinweis: nicht als dieser Person gezeigt erfasst.</translation>
    </message>
    <message>
        <source>Privacy notice: %1 version %2 shown on %3 (%4).</source>
        <translation>Datenschutzhinweis: %1 Version %2 gezeigt am %3 (%4).</translation>
    </message>
    <message>
        <source>Out of date: version %1 changed it materially; show them the current notice.</source>
        <translation>Veraltet: Version %1 hat ihn wesentlich geändert; zeigen Sie der Person den aktuellen Hinweis.</translation>
    </message>
    <message>
        <source>Processing is restricted: nothing new can be recorded for this person.</source>
        <translation>Die Verarbeitung ist eingeschränkt: Für diese Person kann nichts Neues erfasst werden.</translation>
    </message>
</context>
<context>
    <name>confidant::ui::ConsentRecordDialog</name>
    <message>
        <source>Record consent — %1</source>
        <translation>Einwilligung erfassen — %1</translation>
    </message>
    <message>
        <source>Record that the person agreed to “%1”: how they said so and where the proof is.</source>
        <translation>Erfassen Sie, dass die Person in „%1“ eingewilligt hat: wie sie es erklärt hat und wo der Nachweis liegt.</translation>
    </message>
    <message>
        <source>Record &amp;consent</source>
        <translation>&amp;Einwilligung erfassen</translation>
    </message>
    <message>
        <source>Withdraw consent — %1</source>
        <translation>Einwilligung widerrufen — %1</translation>
    </message>
    <message>
        <source>Record that the person withdrew their consent to “%1”. From now on they are left out of everything done for this purpose.</source>
        <translation>Erfassen Sie, dass die Person ihre Einwilligung in „%1“ widerrufen hat. Ab jetzt wird sie bei allem, was für diesen Zweck getan wird, ausgelassen.</translation>
    </message>
    <message>
        <source>Record &amp;withdrawal</source>
        <translation>&amp;Widerruf erfassen</translation>
    </message>
    <message>
        <source>Renew consent — %1</source>
        <translation>Einwilligung erneuern — %1</translation>
    </message>
    <message>
        <source>Record that the person confirmed their consent to “%1” again.</source>
        <translation>Erfassen Sie, dass die Person ihre Einwilligung in „%1“ erneut bestätigt hat.</translation>
    </message>
    <message>
        <source>Record &amp;renewal</source>
        <translation>&amp;Erneuerung erfassen</translation>
    </message>
</context>
<context>
    <name>confidant::ui::ConsentRecordForm</name>
    <message>
        <source>e.g. signed form filed under 2026/14, web form submission 5521</source>
        <translation>z. B. unterschriebenes Formular abgelegt unter 2026/14, Webformular-Übermittlung 5521</translation>
    </message>
    <message>
        <source>Where the proof is: it is shown with the consent, never written to the audit trail.</source>
        <translation>Wo der Nachweis liegt: Er wird bei der Einwilligung angezeigt, aber nie in das Prüfprotokoll geschrieben.</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>&amp;Wie:</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>&amp;Nachweis:</translation>
    </message>
    <message>
        <source>Privacy &amp;notice shown:</source>
        <translation>Datenschutz&amp;hinweis gezeigt:</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>After 6 months</source>
        <translation>Nach 6 Monaten</translation>
    </message>
    <message>
        <source>After a year</source>
        <translation>Nach einem Jahr</translation>
    </message>
    <message>
        <source>After 2 years</source>
        <translation>Nach 2 Jahren</translation>
    </message>
    <message>
        <source>After 3 years</source>
        <translation>Nach 3 Jahren</translation>
    </message>
    <message>
        <source>When the consent should be asked for again; the dashboard lists it when due.</source>
        <translation>Wann die Einwilligung erneut erfragt werden soll; das Dashboard listet sie bei Fälligkeit auf.</translation>
    </message>
    <message>
        <source>&amp;Ask again:</source>
        <translation>&amp;Erneut fragen:</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>Nichts erfasst</translation>
    </message>
    <message>
        <source>%1 version %2 — %3</source>
        <translation>%1 Version %2 — %3</translation>
    </message>
</context>
<context>
    <name>confidant::ui::ContactChangesPanel</name>
    <message>
        <source>&lt;b&gt;Changes to the contact&apos;s data (Art. 16)&lt;/b&gt;</source>
        <translation>&lt;b&gt;Änderungen an den Daten des Kontakts (Art. 16)&lt;/b&gt;</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value before the change</source>
        <translation>Wert vor der Änderung</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Geändert von</translation>
    </message>
    <message>
        <source>No field of this contact has been changed since it was entered.</source>
        <translation>Kein Feld dieses Kontakts wurde seit der Erfassung geändert.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recipients to tell (Art. 19)&lt;/b&gt;</source>
        <translation>&lt;b&gt;Zu benachrichtigende Empfänger (Art. 19)&lt;/b&gt;</translation>
    </message>
    <message>
        <source>After a correction, an erasure or a restriction, tell each of these, unless that is impossible or takes a disproportionate effort. They serve a purpose this contact&apos;s data is used for.</source>
        <translation>Benachrichtigen Sie nach einer Berichtigung, Löschung oder Einschränkung jeden dieser Empfänger, sofern das nicht unmöglich ist oder einen unverhältnismäßigen Aufwand erfordert. Jeder davon dient einem Zweck, für den die Daten dieses Kontakts verwendet werden.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Through purposes</source>
        <translation>Über Zwecke</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>No processor or recipient receives this contact&apos;s data.</source>
        <translation>Kein Auftragsverarbeiter oder Empfänger erhält die Daten dieses Kontakts.</translation>
    </message>
    <message>
        <source>a removed profile</source>
        <translation>ein entferntes Profil</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>The field was empty before.</source>
        <translation>Das Feld war vorher leer.</translation>
    </message>
    <message>
        <source>%1 (no longer used)</source>
        <translation>%1 (nicht mehr verwendet)</translation>
    </message>
</context>
<context>
    <name>confidant::ui::ContactEditorDialog</name>
    <message>
        <source>New contact</source>
        <translation>Neuer Kontakt</translation>
    </message>
    <message>
        <source>Edit contact — %1</source>
        <translation>Kontakt bearbeiten — %1</translation>
    </message>
    <message>
        <source>Pick one or type a new name</source>
        <translation>Auswählen oder neuen Namen eingeben</translation>
    </message>
    <message>
        <source>e.g. customer, newsletter</source>
        <translation>z. B. Kunde, Newsletter</translation>
    </message>
    <message>
        <source>Separate tags with commas.</source>
        <translation>Trennen Sie Tags durch Kommas.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Nachname:</translation>
    </message>
    <message>
        <source>C&amp;ompany:</source>
        <translation>&amp;Firma:</translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation>&amp;Position:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Tags:</translation>
    </message>
    <message>
        <source>Email and phone</source>
        <translation>E-Mail und Telefon</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Te&amp;lefon:</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation>&amp;Straße:</translation>
    </message>
    <message>
        <source>Post&amp;code:</source>
        <translation>PL&amp;Z:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>Cou&amp;ntry:</source>
        <translation>Lan&amp;d:</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>Not&amp;izen</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Herkunft:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Geändert:</translation>
    </message>
    <message>
        <source>A new company “%1” will be created.</source>
        <translation>Eine neue Firma „%1“ wird angelegt.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>Contact — %1</source>
        <translation>Kontakt — %1</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>e.g. https://example.com</source>
        <translation>z. B. https://example.com</translation>
    </message>
    <message>
        <source>&amp;Birthday:</source>
        <translation>&amp;Geburtstag:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>Det&amp;ails</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>Verla&amp;uf</translation>
    </message>
    <message>
        <source>Consent &amp;&amp; &amp;privacy</source>
        <translation>Einwilligung &amp;&amp; &amp;Datenschutz</translation>
    </message>
    <message>
        <source>&amp;Consent</source>
        <translation>&amp;Einwilligung</translation>
    </message>
    <message>
        <source>Processing restricted since %1 (Art. 18): this contact is read-only. Only lifting the restriction or erasure is possible.</source>
        <translation>Verarbeitung seit %1 eingeschränkt (Art. 18): Dieser Kontakt ist schreibgeschützt. Möglich sind nur die Aufhebung der Einschränkung oder die Löschung.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>C&amp;hanges</source>
        <translation>Ä&amp;nderungen</translation>
    </message>
    <message>
        <source>Not shown: viewing this field needs the permission &quot;%1&quot;.</source>
        <translation>Nicht angezeigt: Dieses Feld zu sehen erfordert die Berechtigung „%1“.</translation>
    </message>
    <message>
        <source>(withheld)</source>
        <translation>(zurückgehalten)</translation>
    </message>
</context>
<context>
    <name>confidant::ui::ContactTableModel</name>
    <message>
        <source>%1 %2</source>
        <comment>given name, family name</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>family name, given name</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Name (given, family)</source>
        <translation>Name (Vor-, Nachname)</translation>
    </message>
    <message>
        <source>Name (family, given)</source>
        <translation>Name (Nach-, Vorname)</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
</context>
<context>
    <name>confidant::ui::ContactsPage</name>
    <message>
        <source>Search contacts by name, email, phone, company or notes (Ctrl+F)</source>
        <translation>Kontakte nach Name, E-Mail, Telefon, Firma oder Notizen durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>&amp;New contact…</source>
        <translation>&amp;Neuer Kontakt…</translation>
    </message>
    <message>
        <source>Add a contact (Ctrl+N)</source>
        <translation>Kontakt hinzufügen (Strg+N)</translation>
    </message>
    <message>
        <source>No contacts yet. Press Ctrl+N to add the first one.</source>
        <translation>Noch keine Kontakte. Drücken Sie Strg+N, um den ersten hinzuzufügen.</translation>
    </message>
    <message>
        <source>No contact matches “%1”.</source>
        <translation>Kein Kontakt passt zu „%1“.</translation>
    </message>
    <message>
        <source>Contact added.</source>
        <translation>Kontakt hinzugefügt.</translation>
    </message>
    <message>
        <source>Contact saved.</source>
        <translation>Kontakt gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln+ matching contacts</source>
        <translation>
            <numerusform>%Ln+ passende Kontakte</numerusform>
            <numerusform>%Ln+ passende Kontakte</numerusform>
        </translation>
    </message>
    <message>
        <source>1 matching contact</source>
        <translation>1 passender Kontakt</translation>
    </message>
    <message numerus="yes">
        <source>%Ln matching contacts</source>
        <translation>
            <numerusform>%Ln passender Kontakt</numerusform>
            <numerusform>%Ln passende Kontakte</numerusform>
        </translation>
    </message>
    <message>
        <source>1 contact</source>
        <translation>1 Kontakt</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts</source>
        <translation>
            <numerusform>%Ln Kontakt</numerusform>
            <numerusform>%Ln Kontakte</numerusform>
        </translation>
    </message>
    <message>
        <source>No contacts yet.</source>
        <translation>Noch keine Kontakte.</translation>
    </message>
    <message>
        <source>Show the contacts of a saved filter</source>
        <translation>Die Kontakte eines gespeicherten Filters anzeigen</translation>
    </message>
    <message>
        <source>&amp;New filter…</source>
        <translation>&amp;Neuer Filter…</translation>
    </message>
    <message>
        <source>&amp;Edit this filter…</source>
        <translation>Diesen Filter &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete this filter…</source>
        <translation>Diesen Filter &amp;löschen…</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Save, change or delete filters</source>
        <translation>Filter speichern, ändern oder löschen</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export the selected contacts, a filter, a tag or all as CSV or vCard</source>
        <translation>Die ausgewählten Kontakte, einen Filter, einen Tag oder alle als CSV oder vCard exportieren</translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation>Alle Kontakte</translation>
    </message>
    <message>
        <source>Filter saved.</source>
        <translation>Filter gespeichert.</translation>
    </message>
    <message>
        <source>Delete filter</source>
        <translation>Filter löschen</translation>
    </message>
    <message>
        <source>Delete the filter “%1”? The contacts stay as they are.</source>
        <translation>Den Filter „%1“ löschen? Die Kontakte bleiben unverändert.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Filter deleted.</source>
        <translation>Filter gelöscht.</translation>
    </message>
    <message>
        <source>Contacts exported.</source>
        <translation>Kontakte exportiert.</translation>
    </message>
    <message>
        <source>No contact matches the filter “%1”.</source>
        <translation>Kein Kontakt entspricht dem Filter „%1“.</translation>
    </message>
    <message>
        <source>Consent withdrawn.</source>
        <translation>Einwilligung widerrufen.</translation>
    </message>
    <message>
        <source>Consent recorded.</source>
        <translation>Einwilligung erfasst.</translation>
    </message>
    <message>
        <source>Processing restricted.</source>
        <translation>Verarbeitung eingeschränkt.</translation>
    </message>
    <message>
        <source>Restriction lifted.</source>
        <translation>Einschränkung aufgehoben.</translation>
    </message>
    <message>
        <source>Objection to direct marketing recorded.</source>
        <translation>Widerspruch gegen Direktwerbung erfasst.</translation>
    </message>
    <message>
        <source>Delete “%1”? This erases the person and what only they are linked to. Their emails and phones stay on the suppression list (as hashes), so that they are not added again by mistake. What a legal hold keeps stays until the hold ends. This cannot be undone.</source>
        <translation>„%1“ löschen? Dadurch werden die Person und alles, was nur mit ihr verknüpft ist, endgültig gelöscht. Ihre E-Mail-Adressen und Telefonnummern bleiben (als Hashwerte) auf der Sperrliste, damit sie nicht versehentlich erneut hinzugefügt werden. Was eine Aufbewahrungssperre bewahrt, bleibt bis zum Ende der Sperre erhalten. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>A legal hold keeps this contact: it stays unchanged and restricted until the hold ends, then it is erased.</source>
        <translation>Eine Aufbewahrungssperre bewahrt diesen Kontakt: Er bleibt unverändert und eingeschränkt, bis die Sperre endet, und wird dann gelöscht.</translation>
    </message>
    <message>
        <source>Contact deleted and erased; their emails and phones are on the suppression list.</source>
        <translation>Kontakt endgültig gelöscht; die E-Mail-Adressen und Telefonnummern der Person stehen auf der Sperrliste.</translation>
    </message>
</context>
<context>
    <name>confidant::ui::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>&amp;Pipeline:</source>
        <translation>Pipe&amp;line:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <source>The dashboard shows one currency at a time; amounts are not converted</source>
        <translation>Das Dashboard zeigt jeweils eine Währung an; Beträge werden nicht umgerechnet</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No deals yet — add one on the Deals page&lt;/h3&gt;&lt;p&gt;Once there are deals, this page shows the open value of each pipeline stage and the deals won and lost this quarter.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Noch keine Deals — fügen Sie auf der Seite Deals einen hinzu&lt;/h3&gt;&lt;p&gt;Sobald es Deals gibt, zeigt diese Seite den offenen Wert jeder Pipeline-Phase sowie die in diesem Quartal gewonnenen und verlorenen Deals.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open pipeline value by stage</source>
        <translation>Offener Pipeline-Wert nach Phase</translation>
    </message>
    <message>
        <source>Won and lost, this quarter and the last</source>
        <translation>Gewonnen und verloren, dieses und letztes Quartal</translation>
    </message>
    <message>
        <source>Tasks due</source>
        <translation>Fällige Aufgaben</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>heute fällig</translation>
    </message>
    <message>
        <source>Recently touched contacts</source>
        <translation>Zuletzt bearbeitete Kontakte</translation>
    </message>
    <message>
        <source>Double-click a contact to open it</source>
        <translation>Doppelklicken Sie auf einen Kontakt, um ihn zu öffnen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>This pipeline has no stages.</source>
        <translation>Diese Pipeline hat keine Phasen.</translation>
    </message>
    <message>
        <source>Open value</source>
        <translation>Offener Wert</translation>
    </message>
    <message>
        <source>Weighted by stage probability</source>
        <translation>Gewichtet nach Phasenwahrscheinlichkeit</translation>
    </message>
    <message>
        <source>%1: %2 open (%3 weighted at %4 %), 1 deal</source>
        <translation>%1: %2 offen (%3 gewichtet mit %4 %), 1 Deal</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 open (%3 weighted at %4 %), %Ln deals</source>
        <translation>
            <numerusform>%1: %2 offen (%3 gewichtet mit %4 %), %Ln Deal</numerusform>
            <numerusform>%1: %2 offen (%3 gewichtet mit %4 %), %Ln Deals</numerusform>
        </translation>
    </message>
    <message>
        <source>No open deals in %1 in this pipeline.</source>
        <translation>Keine offenen Deals in %1 in dieser Pipeline.</translation>
    </message>
    <message>
        <source>%1 open in 1 deal; %2 weighted by stage probability.</source>
        <translation>%1 offen in 1 Deal; %2 gewichtet nach Phasenwahrscheinlichkeit.</translation>
    </message>
    <message numerus="yes">
        <source>%1 open in %Ln deals; %2 weighted by stage probability.</source>
        <translation>
            <numerusform>%1 offen in %Ln Deal; %2 gewichtet nach Phasenwahrscheinlichkeit.</numerusform>
            <numerusform>%1 offen in %Ln Deals; %2 gewichtet nach Phasenwahrscheinlichkeit.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 more open deal in other currencies.</source>
        <translation>1 weiterer offener Deal in anderen Währungen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more open deals in other currencies.</source>
        <translation>
            <numerusform>%Ln weiterer offener Deal in anderen Währungen.</numerusform>
            <numerusform>%Ln weitere offene Deals in anderen Währungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>Q%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln won (%1)</source>
        <translation>
            <numerusform>%Ln gewonnen (%1)</numerusform>
            <numerusform>%Ln gewonnen (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lost (%1)</source>
        <translation>
            <numerusform>%Ln verloren (%1)</numerusform>
            <numerusform>%Ln verloren (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>last quarter %1 won, %2 lost</source>
        <translation>letztes Quartal %1 gewonnen, %2 verloren</translation>
    </message>
    <message>
        <source>This quarter so far: %1, %2; %3.</source>
        <translation>Dieses Quartal bisher: %1, %2; %3.</translation>
    </message>
    <message>
        <source>Click a number to open My day</source>
        <translation>Klicken Sie auf eine Zahl, um Mein Tag zu öffnen</translation>
    </message>
    <message>
        <source>Your open tasks. Everyone&apos;s: %1 overdue, %2 due today.</source>
        <translation>Ihre offenen Aufgaben. Alle zusammen: %1 überfällig, %2 heute fällig.</translation>
    </message>
    <message>
        <source>No contacts yet.</source>
        <translation>Noch keine Kontakte.</translation>
    </message>
    <message>
        <source>activity %1</source>
        <translation>Aktivität am %1</translation>
    </message>
    <message>
        <source>edited %1</source>
        <translation>bearbeitet am %1</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Consents to renew</source>
        <translation>Zu erneuernde Einwilligungen</translation>
    </message>
    <message>
        <source>Consents that expire within %1 days or have expired. Double-click to open the contact and renew or withdraw it.</source>
        <translation>Einwilligungen, die innerhalb von %1 Tagen ablaufen oder abgelaufen sind. Doppelklicken Sie, um den Kontakt zu öffnen und die Einwilligung zu erneuern oder zu widerrufen.</translation>
    </message>
    <message>
        <source>No consent needs renewing in the next %1 days.</source>
        <translation>Keine Einwilligung muss in den nächsten %1 Tagen erneuert werden.</translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>abgelaufen %1</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>läuft ab %1</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>Requests due</source>
        <translation>Fällige Anfragen</translation>
    </message>
    <message>
        <source>Data-subject requests that are overdue or due within %1 days; overdue ones in bold. See them with: confidant-cli request show REFERENCE.</source>
        <translation>Betroffenenanfragen, die überfällig oder innerhalb von %1 Tagen fällig sind; überfällige in Fettschrift. Anzeigen mit: confidant-cli request show REFERENCE.</translation>
    </message>
    <message>
        <source>No request is due in the next %1 days.</source>
        <translation>In den nächsten %1 Tagen ist keine Anfrage fällig.</translation>
    </message>
    <message>
        <source>%1 — %2, due %3 (%4)</source>
        <translation>%1 — %2, fällig %3 (%4)</translation>
    </message>
</context>
<context>
    <name>confidant::ui::DealBoardView</name>
    <message>
        <source>Show more</source>
        <translation>Mehr anzeigen</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No deals</source>
        <translation>Keine Deals</translation>
    </message>
    <message>
        <source>%1% probability</source>
        <translation>%1 % Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>Deal lost</source>
        <translation>Deal verloren</translation>
    </message>
    <message>
        <source>Why was the deal lost?</source>
        <translation>Warum wurde der Deal verloren?</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Verschieben nach</translation>
    </message>
</context>
<context>
    <name>confidant::ui::DealEditorDialog</name>
    <message>
        <source>Deal (read only)</source>
        <translation>Deal (schreibgeschützt)</translation>
    </message>
    <message>
        <source>Edit deal</source>
        <translation>Deal bearbeiten</translation>
    </message>
    <message>
        <source>New deal</source>
        <translation>Neuer Deal</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Wert:</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Voraussichtlich</translation>
    </message>
    <message>
        <source>Close date:</source>
        <translation>Abschlussdatum:</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Phase:</translation>
    </message>
    <message>
        <source>Why it was won or lost</source>
        <translation>Warum er gewonnen oder verloren wurde</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Eigentümer:</translation>
    </message>
    <message>
        <source>C&amp;ompany:</source>
        <translation>&amp;Firma:</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Verknüpfen</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Verknüpfung lösen</translation>
    </message>
    <message>
        <source>Contacts:</source>
        <translation>Kontakte:</translation>
    </message>
    <message>
        <source>Comma-separated</source>
        <translation>Durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>T&amp;ags:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>%1: %2 → %3 (%4)</source>
        <translation>%1: %2 → %3 (%4)</translation>
    </message>
    <message>
        <source>%1: created in %2 (%3)</source>
        <translation>%1: angelegt in %2 (%3)</translation>
    </message>
    <message>
        <source>Stage history:</source>
        <translation>Phasenverlauf:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>The value is not an amount in %1; write it like %2.</source>
        <translation>Der Wert ist kein Betrag in %1; schreiben Sie ihn wie %2.</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>Det&amp;ails</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>Verla&amp;uf</translation>
    </message>
</context>
<context>
    <name>confidant::ui::DealTableModel</name>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Voraussichtlicher Abschluss</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
</context>
<context>
    <name>confidant::ui::DealsPage</name>
    <message>
        <source>&amp;Board</source>
        <translation>&amp;Board</translation>
    </message>
    <message>
        <source>T&amp;able</source>
        <translation>Tab&amp;elle</translation>
    </message>
    <message>
        <source>&amp;New deal</source>
        <translation>&amp;Neuer Deal</translation>
    </message>
    <message>
        <source>Add a deal (Ctrl+Shift+N)</source>
        <translation>Deal hinzufügen (Strg+Umschalt+N)</translation>
    </message>
    <message>
        <source>&amp;Stages…</source>
        <translation>Pha&amp;sen…</translation>
    </message>
    <message>
        <source>Pipeline:</source>
        <translation>Pipeline:</translation>
    </message>
    <message>
        <source>Filter by title</source>
        <translation>Nach Titel filtern</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>Jeder Eigentümer</translation>
    </message>
    <message>
        <source>Any stage</source>
        <translation>Jede Phase</translation>
    </message>
</context>
<context>
    <name>confidant::ui::EraseDialog</name>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Erase contact</source>
        <translation>Kontakt löschen</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>How many / where</source>
        <translation>Wie viele / wo</translation>
    </message>
    <message>
        <source>Also compact the vault file now (VACUUM: slower on a large vault; the freed space is overwritten either way)</source>
        <translation>Die Tresordatei jetzt auch komprimieren (VACUUM: langsamer bei einem großen Tresor; der freigegebene Speicher wird in jedem Fall überschrieben)</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Endgültig löschen</translation>
    </message>
    <message>
        <source>Everything Confidant holds about %1 will be removed in one step, including the search index. This cannot be undone, and restoring an older backup erases them again.</source>
        <translation>Alles, was Confidant über %1 gespeichert hat, wird in einem Schritt entfernt, einschließlich des Suchindex. Dies kann nicht rückgängig gemacht werden, und beim Wiederherstellen einer älteren Sicherung werden die Daten erneut gelöscht.</translation>
    </message>
    <message>
        <source>The receipt is recorded with request %1.</source>
        <translation>Der Löschbeleg ist bei Anfrage %1 vermerkt.</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Activities shared with other records: only the link goes</source>
        <translation>Mit anderen Datensätzen geteilte Aktivitäten: nur die Verknüpfung wird entfernt</translation>
    </message>
    <message>
        <source>Deals shared with other contacts: only the link goes</source>
        <translation>Mit anderen Kontakten geteilte Deals: nur die Verknüpfung wird entfernt</translation>
    </message>
    <message>
        <source>Emails and phones kept only as hashes on the suppression list</source>
        <translation>E-Mail-Adressen und Telefonnummern, nur als Hashwerte auf der Sperrliste behalten</translation>
    </message>
    <message>
        <source> (until %1)</source>
        <translation> (bis %1)</translation>
    </message>
    <message>
        <source>Hold: %1</source>
        <translation>Aufbewahrungssperre: %1</translation>
    </message>
    <message>
        <source>No mentions found</source>
        <translation>Keine Erwähnungen gefunden</translation>
    </message>
    <message>
        <source>%1 “%2”, %3</source>
        <translation>%1 „%2“, %3</translation>
    </message>
    <message>
        <source>To confirm, type the name &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>Geben Sie zur Bestätigung den Namen &lt;b&gt;%1&lt;/b&gt; ein:</translation>
    </message>
    <message>
        <source>Erased. Receipt %1: %2 rows removed, at %3.</source>
        <translation>Gelöscht. Beleg %1: %2 Zeilen entfernt, am %3.</translation>
    </message>
    <message>
        <source>Receipt SHA-256: %1</source>
        <translation>SHA-256 des Belegs: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>A legal hold keeps part of it: that stays unchanged and restricted, and its erasure is queued until the hold is released or lapses.</source>
        <translation>Eine Aufbewahrungssperre bewahrt einen Teil davon: Dieser bleibt unverändert und eingeschränkt, und seine Löschung wird zurückgestellt, bis die Sperre freigegeben wird oder abläuft.</translation>
    </message>
    <message>
        <source>Kept with their personal texts blanked</source>
        <translation>Aufbewahrt, mit geleerten persönlichen Texten</translation>
    </message>
    <message>
        <source>Kept unchanged and restricted under a legal hold, erased when it ends</source>
        <translation>Unter einer Aufbewahrungssperre unverändert und eingeschränkt aufbewahrt, gelöscht, wenn sie endet</translation>
    </message>
    <message>
        <source>Kept under a legal hold and queued for erasure until it ends: %1.</source>
        <translation>Unter einer Aufbewahrungssperre aufbewahrt und bis zu ihrem Ende zur Löschung zurückgestellt: %1.</translation>
    </message>
    <message>
        <source>Saved filter</source>
        <translation>Gespeicherter Filter</translation>
    </message>
    <message>
        <source>Mentioned in other records (redact them here)</source>
        <translation>In anderen Datensätzen erwähnt (schwärzen Sie diese hier)</translation>
    </message>
    <message>
        <source>Redact</source>
        <translation>Schwärzen</translation>
    </message>
    <message>
        <source>Replace the person&apos;s name, emails and phones here with “%1”, keeping no copy in the change history</source>
        <translation>Namen, E-Mail-Adressen und Telefonnummern der Person hier durch „%1“ ersetzen, ohne eine Kopie im Änderungsverlauf zu behalten</translation>
    </message>
</context>
<context>
    <name>confidant::ui::ExportDialog</name>
    <message>
        <source>Export contacts</source>
        <translation>Kontakte exportieren</translation>
    </message>
    <message>
        <source>CSV (spreadsheets)</source>
        <translation>CSV (Tabellenkalkulation)</translation>
    </message>
    <message>
        <source>vCard 4.0 (address books)</source>
        <translation>vCard 4.0 (Adressbücher)</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected contact(s)</source>
        <translation>
            <numerusform>Der %n ausgewählte Kontakt</numerusform>
            <numerusform>Die %n ausgewählten Kontakte</numerusform>
        </translation>
    </message>
    <message>
        <source>The current filter (none applied)</source>
        <translation>Der aktuelle Filter (keiner angewendet)</translation>
    </message>
    <message>
        <source>The contacts of the filter “%1”</source>
        <translation>Die Kontakte des Filters „%1“</translation>
    </message>
    <message>
        <source>Contacts with the tag</source>
        <translation>Kontakte mit dem Tag</translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation>Alle Kontakte</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Contacts:</source>
        <translation>Kontakte:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Type or pick a tag.</source>
        <translation>Geben Sie ein Tag ein oder wählen Sie eines aus.</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) will be exported.</source>
        <translation>
            <numerusform>%n Kontakt wird exportiert.</numerusform>
            <numerusform>%n Kontakte werden exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation>vCard-Dateien (*.vcf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write that file; check the folder and its permissions.</source>
        <translation>Diese Datei kann nicht geschrieben werden; prüfen Sie den Ordner und seine Berechtigungen.</translation>
    </message>
    <message>
        <source>The export could not be written; check free space.</source>
        <translation>Der Export konnte nicht geschrieben werden; prüfen Sie den freien Speicherplatz.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n contact(s). The file is not encrypted; keep it safe and delete it when done.</source>
        <translation>
            <numerusform>%n Kontakt exportiert. Die Datei ist nicht verschlüsselt; bewahren Sie sie sicher auf und löschen Sie sie, wenn Sie sie nicht mehr benötigen.</numerusform>
            <numerusform>%n Kontakte exportiert. Die Datei ist nicht verschlüsselt; bewahren Sie sie sicher auf und löschen Sie sie, wenn Sie sie nicht mehr benötigen.</numerusform>
        </translation>
    </message>
    <message>
        <source>None (plain export)</source>
        <translation>Keiner (einfacher Export)</translation>
    </message>
    <message>
        <source>Exporting for a purpose (a newsletter, a mailing) writes only the contacts with a valid basis for it: consent where it needs consent, not restricted, not objecting.</source>
        <translation>Ein Export für einen Zweck (einen Newsletter, ein Mailing) schreibt nur die Kontakte mit gültiger Grundlage dafür: Einwilligung, wo eine Einwilligung nötig ist, nicht eingeschränkt, kein Widerspruch.</translation>
    </message>
    <message>
        <source>Not in the file (switched off in the field settings): %1.</source>
        <translation>Nicht in der Datei (in den Feldeinstellungen ausgeschaltet): %1.</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>Zweck:</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) will be exported; %1 left out: %2.</source>
        <translation>
            <numerusform>%n Kontakt wird exportiert; %1 ausgelassen: %2.</numerusform>
            <numerusform>%n Kontakte werden exportiert; %1 ausgelassen: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) will be exported; nobody is left out for this purpose.</source>
        <translation>
            <numerusform>%n Kontakt wird exportiert; für diesen Zweck wird niemand ausgelassen.</numerusform>
            <numerusform>%n Kontakte werden exportiert; für diesen Zweck wird niemand ausgelassen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>confidant::ui::FirstRunWizard</name>
    <message>
        <source>Create your Confidant vault</source>
        <translation>Confidant-Tresor anlegen</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>Tresor anlegen</translation>
    </message>
    <message>
        <source>Recovery code not confirmed</source>
        <translation>Wiederherstellungscode nicht bestätigt</translation>
    </message>
    <message>
        <source>Your vault has been created, but you have not confirmed that you wrote down the recovery code. It is shown only now; without it you cannot get back in if this computer&apos;s keychain is lost.

Close anyway?</source>
        <translation>Ihr Tresor wurde angelegt, aber Sie haben nicht bestätigt, dass Sie den Wiederherstellungscode notiert haben. Er wird nur jetzt angezeigt; ohne ihn haben Sie keinen Zugang mehr, wenn der Schlüsselbund dieses Computers verloren geht.

Trotzdem schließen?</translation>
    </message>
</context>
<context>
    <name>confidant::ui::ImportDialog</name>
    <message>
        <source>semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <source>Google Contacts export</source>
        <translation>Google-Kontakte-Export</translation>
    </message>
    <message>
        <source>Outlook export</source>
        <translation>Outlook-Export</translation>
    </message>
    <message>
        <source>HubSpot export</source>
        <translation>HubSpot-Export</translation>
    </message>
    <message>
        <source>Confidant export</source>
        <translation>Confidant-Export</translation>
    </message>
    <message>
        <source>column names recognised one by one</source>
        <translation>Spaltennamen einzeln erkannt</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Kontakte importieren</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Datei auswählen</translation>
    </message>
    <message>
        <source>A CSV file (Google Contacts, Outlook, HubSpot or a spreadsheet) or a vCard file. Nothing is written until you press Import.</source>
        <translation>Eine CSV-Datei (Google Kontakte, Outlook, HubSpot oder eine Tabellenkalkulation) oder eine vCard-Datei. Es wird nichts geschrieben, bevor Sie auf Importieren klicken.</translation>
    </message>
    <message>
        <source>contacts.csv or contacts.vcf</source>
        <translation>contacts.csv oder contacts.vcf</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Automatisch erkennen</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>vCard</source>
        <translation>vCard</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kodierung:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <source>Check the columns</source>
        <translation>Spalten prüfen</translation>
    </message>
    <message>
        <source>Each column of the file and the contact field it fills. Columns nothing recognised are highlighted and left out unless you choose a field.</source>
        <translation>Jede Spalte der Datei und das Kontaktfeld, das sie füllt. Nicht erkannte Spalten sind hervorgehoben und werden ausgelassen, sofern Sie kein Feld wählen.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Values in the first rows</source>
        <translation>Werte in den ersten Zeilen</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importieren als</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>What the import will do. Matches are skipped unless you tick Merge: merging fills the contact&apos;s empty fields and adds emails, phones and tags it does not have; it overwrites nothing.</source>
        <translation>Was der Import bewirken wird. Übereinstimmungen werden übersprungen, sofern Sie nicht Zusammenführen ankreuzen: Das Zusammenführen füllt die leeren Felder des Kontakts und fügt E-Mail-Adressen, Telefonnummern und Tags hinzu, die er noch nicht hat; es wird nichts überschrieben.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>&amp;Merge all</source>
        <translation>Alle &amp;zusammenführen</translation>
    </message>
    <message>
        <source>S&amp;kip all</source>
        <translation>Alle ü&amp;berspringen</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Übereinstimmungen</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Leave out the rows with &amp;problems and import the others</source>
        <translation>Zeilen mit &amp;Problemen auslassen und die übrigen importieren</translation>
    </message>
    <message>
        <source>Your profile may look at the preview but not import contacts.</source>
        <translation>Ihr Profil darf die Vorschau ansehen, aber keine Kontakte importieren.</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>All rows are written in one step: if you cancel, nothing is imported.</source>
        <translation>Alle Zeilen werden in einem Schritt geschrieben: Wenn Sie abbrechen, wird nichts importiert.</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>Import &amp;abbrechen</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Contacts (*.csv *.tsv *.txt *.vcf *.vcard);;All files (*)</source>
        <translation>Kontakte (*.csv *.tsv *.txt *.vcf *.vcard);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Datei wird gelesen…</translation>
    </message>
    <message>
        <source>Reading the file again with these columns…</source>
        <translation>Datei wird mit diesen Spalten erneut gelesen…</translation>
    </message>
    <message>
        <source>vCard file. Cards: %1.</source>
        <translation>vCard-Datei. Karten: %1.</translation>
    </message>
    <message>
        <source>CSV file, %1, separated by %2 (%3). Rows: %4.</source>
        <translation>CSV-Datei, %1, getrennt durch %2 (%3). Zeilen: %4.</translation>
    </message>
    <message>
        <source>Recognised as %1</source>
        <translation>Erkannt als %1</translation>
    </message>
    <message>
        <source>Nothing recognised this column; choose a field or leave it out.</source>
        <translation>Diese Spalte wurde nicht erkannt; wählen Sie ein Feld oder lassen Sie sie aus.</translation>
    </message>
    <message>
        <source>vCard properties are imported by their meaning; there are no columns to map.</source>
        <translation>vCard-Eigenschaften werden nach ihrer Bedeutung importiert; es gibt keine Spalten zuzuordnen.</translation>
    </message>
    <message>
        <source>Every column is recognised.</source>
        <translation>Alle Spalten wurden erkannt.</translation>
    </message>
    <message>
        <source>Columns not recognised (highlighted): %1. They are left out unless you choose a field.</source>
        <translation>Nicht erkannte Spalten (hervorgehoben): %1. Sie werden ausgelassen, sofern Sie kein Feld wählen.</translation>
    </message>
    <message>
        <source>%1 new, %2 matching existing contacts, %3 with problems.</source>
        <translation>%1 neu, %2 stimmen mit vorhandenen Kontakten überein, %3 mit Problemen.</translation>
    </message>
    <message>
        <source>%1 on the suppression list (never imported).</source>
        <translation>%1 auf der Sperrliste (werden nie importiert).</translation>
    </message>
    <message>
        <source>The lists show the first %1 rows of each kind.</source>
        <translation>Die Listen zeigen jeweils die ersten %1 Zeilen jeder Art.</translation>
    </message>
    <message>
        <source>New (%1)</source>
        <translation>Neu (%1)</translation>
    </message>
    <message>
        <source>Matches (%1)</source>
        <translation>Übereinstimmungen (%1)</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Probleme (%1)</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message>
        <source>Imported: %1 created, %2 merged, %3 skipped.</source>
        <translation>Importiert: %1 angelegt, %2 zusammengeführt, %3 übersprungen.</translation>
    </message>
    <message>
        <source>Import cancelled. Nothing was imported; your contacts are as they were.</source>
        <translation>Import abgebrochen. Es wurde nichts importiert; Ihre Kontakte sind unverändert.</translation>
    </message>
    <message>
        <source>Consent of the new contacts</source>
        <translation>Einwilligung der neuen Kontakte</translation>
    </message>
    <message>
        <source>Record consent only if the people in this file gave it, e.g. on the sign-up sheet the file comes from. It is recorded for every new contact; matched contacts keep their own.</source>
        <translation>Erfassen Sie eine Einwilligung nur, wenn die Personen in dieser Datei sie erteilt haben, z. B. auf der Anmeldeliste, aus der die Datei stammt. Sie wird für jeden neuen Kontakt erfasst; zugeordnete Kontakte behalten ihre eigene.</translation>
    </message>
    <message>
        <source>%1 (switched off)</source>
        <translation>%1 (ausgeschaltet)</translation>
    </message>
    <message>
        <source>This column would fill “%1”, which is switched off in the field settings: it is not imported.</source>
        <translation>Diese Spalte würde „%1“ füllen, das in den Feldeinstellungen ausgeschaltet ist: Sie wird nicht importiert.</translation>
    </message>
    <message>
        <source>(switched off in the field settings)</source>
        <translation>(in den Feldeinstellungen ausgeschaltet)</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) in grey fill a field switched off in the field settings and are not imported.</source>
        <translation>
            <numerusform>%n graue Spalte füllt ein in den Feldeinstellungen ausgeschaltetes Feld und wird nicht importiert.</numerusform>
            <numerusform>%n graue Spalten füllen ein in den Feldeinstellungen ausgeschaltetes Feld und werden nicht importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Consent of the %n new contact(s)</source>
        <translation>
            <numerusform>Einwilligung des %n neuen Kontakts</numerusform>
            <numerusform>Einwilligung der %n neuen Kontakte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Consent recorded for %n new contact(s): %1.</source>
        <translation>
            <numerusform>Einwilligung für %n neuen Kontakt erfasst: %1.</numerusform>
            <numerusform>Einwilligung für %n neue Kontakte erfasst: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>confidant::ui::ImportJob</name>
    <message>
        <source>Nothing was imported: the consent could not be recorded. %1</source>
        <translation>Es wurde nichts importiert: Die Einwilligung konnte nicht gespeichert werden. %1</translation>
    </message>
</context>
<context>
    <name>confidant::ui::ImportPreviewModel</name>
    <message>
        <source>same Confidant id</source>
        <translation>gleiche Confidant-ID</translation>
    </message>
    <message>
        <source>same email</source>
        <translation>gleiche E-Mail-Adresse</translation>
    </message>
    <message>
        <source>same name and phone</source>
        <translation>gleicher Name und gleiche Telefonnummer</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>In der Datei</translation>
    </message>
    <message>
        <source>Existing contact</source>
        <translation>Vorhandener Kontakt</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>Gefunden über</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
</context>
<context>
    <name>confidant::ui::KeyModePage</name>
    <message>
        <source>How should Confidant protect your vault?</source>
        <translation>Wie soll Confidant Ihren Tresor schützen?</translation>
    </message>
    <message>
        <source>Everything in the vault is encrypted. Choose where its key is kept.</source>
        <translation>Alles im Tresor ist verschlüsselt. Wählen Sie, wo der Schlüssel aufbewahrt wird.</translation>
    </message>
    <message>
        <source>&amp;Keep the key in this computer&apos;s keychain (recommended)</source>
        <translation>Schlüssel im &amp;Schlüsselbund dieses Computers aufbewahren (empfohlen)</translation>
    </message>
    <message>
        <source>Use a &amp;passphrase</source>
        <translation>&amp;Passphrase verwenden</translation>
    </message>
    <message>
        <source>Confidant opens without a password while you are logged in; a recovery code, shown once on the next page, gets you back in if the keychain is lost.</source>
        <translation>Confidant öffnet sich ohne Passwort, solange Sie angemeldet sind; falls der Schlüsselbund verloren geht, verschafft Ihnen ein Wiederherstellungscode wieder Zugang, der einmalig auf der nächsten Seite angezeigt wird.</translation>
    </message>
    <message>
        <source>You type the passphrase every time Confidant opens; nothing is stored on this computer, and the vault also opens with the standard sqlcipher tool.</source>
        <translation>Sie geben die Passphrase bei jedem Start von Confidant ein; auf diesem Computer wird nichts gespeichert, und der Tresor lässt sich auch mit dem Standardwerkzeug sqlcipher öffnen.</translation>
    </message>
    <message>
        <source>The vault will be created in %1</source>
        <translation>Der Tresor wird in %1 angelegt</translation>
    </message>
    <message>
        <source>Keep the key in this computer&apos;s keychain (not available here)</source>
        <translation>Schlüssel im Schlüsselbund dieses Computers aufbewahren (hier nicht verfügbar)</translation>
    </message>
</context>
<context>
    <name>confidant::ui::LabeledValueEditor</name>
    <message>
        <source>Add email address</source>
        <translation>E-Mail-Adresse hinzufügen</translation>
    </message>
    <message>
        <source>Add phone number</source>
        <translation>Telefonnummer hinzufügen</translation>
    </message>
    <message>
        <source>work</source>
        <translation>geschäftlich</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>mobil</translation>
    </message>
    <message>
        <source>home</source>
        <translation>privat</translation>
    </message>
    <message>
        <source>other</source>
        <translation>sonstige</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>+44 20 7946 0958</source>
        <translation>+49 30 23125 000</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove this email address</source>
        <translation>Diese E-Mail-Adresse entfernen</translation>
    </message>
    <message>
        <source>Remove this phone number</source>
        <translation>Diese Telefonnummer entfernen</translation>
    </message>
</context>
<context>
    <name>confidant::ui::ListPage</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the selected record (Enter or double-click)</source>
        <translation>Ausgewählten Datensatz bearbeiten (Eingabetaste oder Doppelklick)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Delete the selected record (Delete key)</source>
        <translation>Ausgewählten Datensatz löschen (Entf-Taste)</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Vie&amp;w…</source>
        <translation>An&amp;zeigen…</translation>
    </message>
    <message>
        <source>Show the selected record (Enter or double-click)</source>
        <translation>Ausgewählten Datensatz anzeigen (Eingabetaste oder Doppelklick)</translation>
    </message>
</context>
<context>
    <name>confidant::ui::MainWindow</name>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Firmen</translation>
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
        <source>&amp;Contacts</source>
        <translation>&amp;Kontakte</translation>
    </message>
    <message>
        <source>C&amp;ompanies</source>
        <translation>&amp;Firmen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Confidant</source>
        <translation>&amp;Über Confidant</translation>
    </message>
    <message>
        <source>About Confidant</source>
        <translation>Über Confidant</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Confidant %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;A local-first CRM: your customers&apos; data stays on this computer, encrypted.&lt;/p&gt;&lt;p&gt;Vault: %2&lt;br&gt;SQLCipher %3&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Confidant %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Ein lokales CRM: Die Daten Ihrer Kunden bleiben verschlüsselt auf diesem Computer.&lt;/p&gt;&lt;p&gt;Tresor: %2&lt;br&gt;SQLCipher %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>The profile you are working as; click to switch or lock</source>
        <translation>Das Profil, mit dem Sie arbeiten; klicken Sie zum Wechseln oder Sperren</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Confidant is locked&lt;/h2&gt;&lt;p&gt;The vault is closed and its key is gone from memory. Unlock it to continue where you left off.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Confidant ist gesperrt&lt;/h2&gt;&lt;p&gt;Der Tresor ist geschlossen und sein Schlüssel wurde aus dem Speicher entfernt. Entsperren Sie ihn, um dort weiterzuarbeiten, wo Sie aufgehört haben.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation>&amp;Entsperren…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <source>Close the vault now; unlocking reopens it where you left off (Ctrl+L)</source>
        <translation>Tresor jetzt schließen; beim Entsperren wird er dort wieder geöffnet, wo Sie aufgehört haben (Strg+L)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Audit trail</source>
        <translation>&amp;Prüfprotokoll</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <source>&amp;Switch profile…</source>
        <translation>Profil &amp;wechseln…</translation>
    </message>
    <message>
        <source>Set my &amp;PIN…</source>
        <translation>Meine &amp;PIN festlegen…</translation>
    </message>
    <message>
        <source>&amp;Manage profiles…</source>
        <translation>Profile &amp;verwalten…</translation>
    </message>
    <message>
        <source>Confidant — locked — %1</source>
        <translation>Confidant — gesperrt — %1</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Confidant — %1 (%2) — %3</source>
        <translation>Confidant — %1 (%2) — %3</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Cannot open the vault</source>
        <translation>Tresor kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Now working as %1.</source>
        <translation>Sie arbeiten jetzt als %1.</translation>
    </message>
    <message>
        <source>PIN changed.</source>
        <translation>PIN geändert.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Einstellungen gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Jetzt sichern…</translation>
    </message>
    <message>
        <source>Write an encrypted, verified copy of the whole vault (Ctrl+B)</source>
        <translation>Eine verschlüsselte, geprüfte Kopie des gesamten Tresors schreiben (Strg+B)</translation>
    </message>
    <message>
        <source>V&amp;ault</source>
        <translation>&amp;Tresor</translation>
    </message>
    <message>
        <source>Change &amp;key…</source>
        <translation>Schlüssel &amp;wechseln…</translation>
    </message>
    <message>
        <source>Re-encrypt the vault with a new key or passphrase</source>
        <translation>Den Tresor mit einem neuen Schlüssel oder einer neuen Passphrase neu verschlüsseln</translation>
    </message>
    <message>
        <source>New recovery code not confirmed</source>
        <translation>Neuer Wiederherstellungscode nicht bestätigt</translation>
    </message>
    <message>
        <source>Confidant locked while the new recovery code was on screen, before you confirmed writing it down, so it is gone. The vault opens with the new key in this computer&apos;s keychain. To have a recovery code again, change the key once more (Vault ▸ Change key…).</source>
        <translation>Confidant wurde gesperrt, während der neue Wiederherstellungscode angezeigt wurde und bevor Sie bestätigt hatten, dass Sie ihn notiert haben; er ist daher verloren. Der Tresor öffnet sich mit dem neuen Schlüssel im Schlüsselbund dieses Computers. Um wieder einen Wiederherstellungscode zu erhalten, wechseln Sie den Schlüssel noch einmal (Tresor ▸ Schlüssel wechseln…).</translation>
    </message>
    <message>
        <source>A backup is being written</source>
        <translation>Eine Sicherung wird geschrieben</translation>
    </message>
    <message>
        <source>Wait until the backup is finished (or cancel it), then change the key.</source>
        <translation>Warten Sie, bis die Sicherung abgeschlossen ist (oder brechen Sie sie ab), und wechseln Sie dann den Schlüssel.</translation>
    </message>
    <message>
        <source>The vault key was changed.</source>
        <translation>Der Tresorschlüssel wurde gewechselt.</translation>
    </message>
    <message>
        <source>⚠ Scheduled backup failed: %1</source>
        <translation>⚠ Geplante Sicherung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Scheduled backup failed</source>
        <translation>Geplante Sicherung fehlgeschlagen</translation>
    </message>
    <message>
        <source>The scheduled backup could not be made.

%1

Confidant tries again in 30 minutes. You can also back up now, to another place if need be (File ▸ Back up now…).</source>
        <translation>Die geplante Sicherung konnte nicht erstellt werden.

%1

Confidant versucht es in 30 Minuten erneut. Sie können auch jetzt sichern, bei Bedarf an einem anderen Ort (Datei ▸ Jetzt sichern…).</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <source>My day</source>
        <translation>Mein Tag</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>&amp;Import contacts…</source>
        <translation>Kontakte &amp;importieren…</translation>
    </message>
    <message>
        <source>Add contacts from a CSV or vCard file, with a preview first (Ctrl+I)</source>
        <translation>Kontakte aus einer CSV- oder vCard-Datei hinzufügen, zuerst mit Vorschau (Strg+I)</translation>
    </message>
    <message>
        <source>&amp;My day</source>
        <translation>&amp;Mein Tag</translation>
    </message>
    <message>
        <source>&amp;Export contacts…</source>
        <translation>Kontakte &amp;exportieren…</translation>
    </message>
    <message>
        <source>Write the selected contacts, a saved filter, a tag or all as CSV or vCard (Ctrl+Shift+E)</source>
        <translation>Die ausgewählten Kontakte, einen gespeicherten Filter, einen Tag oder alle als CSV oder vCard schreiben (Strg+Umschalt+E)</translation>
    </message>
    <message>
        <source>P&amp;rivacy</source>
        <translation>&amp;Datenschutz</translation>
    </message>
    <message>
        <source>Privacy &amp;notices…</source>
        <translation>Datenschutz&amp;hinweise…</translation>
    </message>
    <message>
        <source>Write, publish and review the versions of the privacy notice</source>
        <translation>Versionen des Datenschutzhinweises verfassen, veröffentlichen und prüfen</translation>
    </message>
    <message>
        <source>Show privacy no&amp;tice…</source>
        <translation>Datenschutzhinweis an&amp;zeigen…</translation>
    </message>
    <message>
        <source>Show the current privacy notice to read out or to show a person</source>
        <translation>Den aktuellen Datenschutzhinweis zum Vorlesen oder Zeigen für eine Person anzeigen</translation>
    </message>
    <message>
        <source>Privacy &amp;policy and records…</source>
        <translation>Datenschutz&amp;erklärung und Verzeichnisse…</translation>
    </message>
    <message>
        <source>The privacy-policy draft and the records of processing, built from this vault</source>
        <translation>Der Entwurf der Datenschutzerklärung und das Verzeichnis von Verarbeitungstätigkeiten, erstellt aus diesem Tresor</translation>
    </message>
    <message>
        <source>Privacy &amp;settings…</source>
        <translation>Datenschutz&amp;einstellungen…</translation>
    </message>
    <message>
        <source>Purposes and lawful bases, processors and recipients, controller details and data fields</source>
        <translation>Zwecke und Rechtsgrundlagen, Auftragsverarbeiter und Empfänger, Angaben zum Verantwortlichen und Datenfelder</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Data-subject &amp;requests</source>
        <translation>Betroffenen&amp;anfragen</translation>
    </message>
    <message>
        <source>The register of access, erasure and other requests, with their deadlines</source>
        <translation>Das Verzeichnis der Auskunfts-, Lösch- und sonstigen Anfragen, mit ihren Fristen</translation>
    </message>
    <message>
        <source>New request about this contact…</source>
        <translation>Neue Anfrage zu diesem Kontakt…</translation>
    </message>
    <message>
        <source>&amp;Access package for this contact…</source>
        <translation>&amp;Auskunftspaket für diesen Kontakt…</translation>
    </message>
    <message>
        <source>Everything held about the selected contact, as JSON, CSV and PDF</source>
        <translation>Alles, was über den ausgewählten Kontakt gespeichert ist, als JSON, CSV und PDF</translation>
    </message>
    <message>
        <source>&amp;Erase this contact…</source>
        <translation>Diesen Kontakt &amp;löschen…</translation>
    </message>
    <message>
        <source>Erase the selected contact everywhere, with a preview first</source>
        <translation>Den ausgewählten Kontakt überall löschen, zuvor mit einer Vorschau</translation>
    </message>
    <message>
        <source>Select a contact in Contacts first.</source>
        <translation>Wählen Sie zuerst unter Kontakte einen Kontakt aus.</translation>
    </message>
    <message>
        <source>⚠ Requests: %1 overdue, %2 due within %3 days (see the Dashboard)</source>
        <translation>⚠ Anfragen: %1 überfällig, %2 innerhalb von %3 Tagen fällig (siehe Dashboard)</translation>
    </message>
    <message>
        <source>Data-subject requests have legal deadlines; the Dashboard lists them.</source>
        <translation>Betroffenenanfragen haben gesetzliche Fristen; das Dashboard listet sie auf.</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>Restore a backup into a new folder; the open vault stays as it is</source>
        <translation>Eine Sicherung in einem neuen Ordner wiederherstellen; der geöffnete Tresor bleibt unverändert</translation>
    </message>
</context>
<context>
    <name>confidant::ui::ManageProfilesDialog</name>
    <message>
        <source>Manage profiles</source>
        <translation>Profile verwalten</translation>
    </message>
    <message>
        <source>Profiles let several people share this vault, each with a role that decides what they may do. They guard against mistakes, not against someone who has the vault&apos;s key.</source>
        <translation>Mit Profilen können sich mehrere Personen diesen Tresor teilen, jede mit einer Rolle, die festlegt, was sie tun darf. Profile schützen vor Versehen, nicht vor jemandem, der den Schlüssel des Tresors besitzt.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>&amp;Add profile…</source>
        <translation>Profil &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Selected profile</source>
        <translation>Ausgewähltes Profil</translation>
    </message>
    <message>
        <source>C&amp;hange role</source>
        <translation>Rolle ä&amp;ndern</translation>
    </message>
    <message>
        <source>Set &amp;PIN…</source>
        <translation>&amp;PIN festlegen…</translation>
    </message>
    <message>
        <source>Remove P&amp;IN</source>
        <translation>P&amp;IN entfernen</translation>
    </message>
    <message>
        <source>&amp;Remove profile…</source>
        <translation>Profil &amp;entfernen…</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation>PIN:</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (Sie)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Switch to another profile to remove this one.</source>
        <translation>Wechseln Sie zu einem anderen Profil, um dieses zu entfernen.</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Profil entfernen</translation>
    </message>
    <message>
        <source>Remove the profile “%1”? Its entries in the audit trail stay.</source>
        <translation>Profil „%1“ entfernen? Seine Einträge im Prüfprotokoll bleiben erhalten.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Wrong PINs</source>
        <translation>Falsche PINs</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>Gesperrt bis</translation>
    </message>
    <message>
        <source>Wrong PINs given in a row since the profile&apos;s last right one. After three, each attempt must wait, up to 15 minutes; a new PIN ends the wait.</source>
        <translation>Falsche PINs in Folge seit der letzten richtigen PIN des Profils. Nach drei falschen PINs muss vor jedem Versuch gewartet werden, bis zu 15 Minuten; eine neue PIN beendet die Wartezeit.</translation>
    </message>
    <message>
        <source>Until when the profile must wait before its PIN is checked again.</source>
        <translation>Bis wann das Profil warten muss, bevor seine PIN wieder geprüft wird.</translation>
    </message>
    <message>
        <source>The last wrong PIN: %1</source>
        <translation>Letzte falsche PIN: %1</translation>
    </message>
</context>
<context>
    <name>confidant::ui::MyDayPage</name>
    <message>
        <source>&amp;New task…</source>
        <translation>&amp;Neue Aufgabe…</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Linked to</source>
        <translation>Verknüpft mit</translation>
    </message>
    <message>
        <source>Nothing overdue and nothing due today.</source>
        <translation>Nichts überfällig und nichts heute fällig.</translation>
    </message>
    <message>
        <source>My day — %1</source>
        <translation>Mein Tag — %1</translation>
    </message>
    <message numerus="yes">
        <source>Overdue (%n)</source>
        <translation>
            <numerusform>Überfällig (%n)</numerusform>
            <numerusform>Überfällig (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due today (%n)</source>
        <translation>
            <numerusform>Heute fällig (%n)</numerusform>
            <numerusform>Heute fällig (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 overdue, %2 due today</source>
        <translation>%1 überfällig, %2 heute fällig</translation>
    </message>
</context>
<context>
    <name>confidant::ui::NewRequestDialog</name>
    <message>
        <source>New data-subject request</source>
        <translation>Neue Betroffenenanfrage</translation>
    </message>
    <message>
        <source>Name and how to reach them, as they wrote</source>
        <translation>Name und Erreichbarkeit, wie von der Person angegeben</translation>
    </message>
    <message>
        <source>What they asked for, in their words</source>
        <translation>Worum die Person gebeten hat, in ihren eigenen Worten</translation>
    </message>
    <message>
        <source>Type a name, email or phone to find the contact</source>
        <translation>Namen, E-Mail-Adresse oder Telefonnummer eingeben, um den Kontakt zu finden</translation>
    </message>
    <message>
        <source>Double-click (or Enter) to link the contact to the request</source>
        <translation>Doppelklick (oder Eingabetaste), um den Kontakt mit der Anfrage zu verknüpfen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>&amp;Request:</source>
        <translation>&amp;Anfrage:</translation>
    </message>
    <message>
        <source>&amp;Law:</source>
        <translation>&amp;Gesetz:</translation>
    </message>
    <message>
        <source>Recei&amp;ved on:</source>
        <translation>&amp;Eingegangen am:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <source>Due by:</source>
        <translation>Fällig bis:</translation>
    </message>
    <message>
        <source>Re&amp;quester:</source>
        <translation>An&amp;tragsteller:</translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation>&amp;Details:</translation>
    </message>
    <message>
        <source>Find &amp;contact:</source>
        <translation>Kontakt s&amp;uchen:</translation>
    </message>
    <message>
        <source>About:</source>
        <translation>Betrifft:</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>%1 (confirm receipt by %2)</source>
        <translation>%1 (Eingang bestätigen bis %2)</translation>
    </message>
</context>
<context>
    <name>confidant::ui::NoticePanelDialog</name>
    <message>
        <source>Privacy notice</source>
        <translation>Datenschutzhinweis</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>A−</source>
        <translation>A−</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Kleinere Schrift</translation>
    </message>
    <message>
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Größere Schrift</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>Fill the screen with the notice, to turn it towards the person</source>
        <translation>Den Hinweis bildschirmfüllend anzeigen, um den Bildschirm der Person zuzuwenden</translation>
    </message>
    <message>
        <source>Open &amp;privacy notices…</source>
        <translation>&amp;Datenschutzhinweise öffnen…</translation>
    </message>
    <message>
        <source>Shown &amp;by:</source>
        <translation>Gezeigt &amp;von:</translation>
    </message>
    <message>
        <source>&amp;Record acknowledgement</source>
        <translation>&amp;Kenntnisnahme erfassen</translation>
    </message>
    <message>
        <source>Record that this person was shown the notice on screen, now</source>
        <translation>Erfassen, dass dieser Person der Hinweis jetzt auf dem Bildschirm gezeigt wurde</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Version %1 · published %2</source>
        <translation>Version %1 · veröffentlicht %2</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No privacy notice is published yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Only a published notice can be shown and acknowledged, so that it is clear later which text a person saw.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Es ist noch kein Datenschutzhinweis veröffentlicht.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Nur ein veröffentlichter Hinweis kann gezeigt und bestätigt werden, damit später klar ist, welchen Text eine Person gesehen hat.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Write one under Privacy ▸ Privacy notices…, then publish it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Verfassen Sie einen unter Datenschutz ▸ Datenschutzhinweise… und veröffentlichen Sie ihn dann.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Ask an owner, administrator or privacy officer to publish one.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Bitten Sie einen Eigentümer, Administrator oder Datenschutzbeauftragten, einen zu veröffentlichen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Acknowledgement by %1</source>
        <translation>Kenntnisnahme durch %1</translation>
    </message>
    <message>
        <source>Acknowledgement</source>
        <translation>Kenntnisnahme</translation>
    </message>
    <message>
        <source>Nothing can be acknowledged until a notice is published.</source>
        <translation>Solange kein Hinweis veröffentlicht ist, kann nichts bestätigt werden.</translation>
    </message>
    <message>
        <source>Not yet shown a privacy notice in this language.</source>
        <translation>Noch kein Datenschutzhinweis in dieser Sprache gezeigt.</translation>
    </message>
    <message>
        <source>Acknowledged version %1 on %2 (%3): up to date.</source>
        <translation>Version %1 am %2 (%3) zur Kenntnis genommen: aktuell.</translation>
    </message>
    <message>
        <source>Acknowledged version %1 on %2, current is version %3 — out of date. Show the current notice and record it.</source>
        <translation>Version %1 am %2 zur Kenntnis genommen, aktuell ist Version %3 — veraltet. Zeigen Sie den aktuellen Hinweis und erfassen Sie dies.</translation>
    </message>
    <message>
        <source>Acknowledged version %1 on %2; version %3 changed nothing material, so that still counts.</source>
        <translation>Version %1 am %2 zur Kenntnis genommen; Version %3 hat nichts Wesentliches geändert, daher gilt dies weiterhin.</translation>
    </message>
</context>
<context>
    <name>confidant::ui::NoticesDialog</name>
    <message>
        <source>Privacy notices</source>
        <translation>Datenschutzhinweise</translation>
    </message>
    <message>
        <source>The privacy notice tells people what you do with their data (Art. 13 and 14 GDPR). Write a version as a draft, check it, then publish it: a published version is fingerprinted and never changes again, so you can always show which text a person saw.</source>
        <translation>Der Datenschutzhinweis teilt Personen mit, was Sie mit ihren Daten tun (Art. 13 und 14 DSGVO). Verfassen Sie eine Version als Entwurf, prüfen Sie sie und veröffentlichen Sie sie dann: Eine veröffentlichte Version erhält einen Fingerabdruck und ändert sich nie wieder, sodass Sie stets belegen können, welchen Text eine Person gesehen hat.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerabdruck</translation>
    </message>
    <message>
        <source>&amp;New version…</source>
        <translation>&amp;Neue Version…</translation>
    </message>
    <message>
        <source>Write the next version of a language&apos;s notice, starting from the selected one</source>
        <translation>Die nächste Version des Hinweises einer Sprache verfassen, ausgehend von der ausgewählten</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>&amp;Veröffentlichen…</translation>
    </message>
    <message>
        <source>&amp;Delete draft…</source>
        <translation>Entwurf &amp;löschen…</translation>
    </message>
    <message>
        <source>A language code such as en, de or de-AT; each language has its own versions</source>
        <translation>Ein Sprachcode wie en, de oder de-AT; jede Sprache hat ihre eigenen Versionen</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Rich text (HTML)</source>
        <translation>Formatierter Text (HTML)</translation>
    </message>
    <message>
        <source>&amp;Material change: people who acknowledged an earlier version must be shown this one</source>
        <translation>&amp;Wesentliche Änderung: Personen, die eine frühere Version zur Kenntnis genommen haben, muss diese gezeigt werden</translation>
    </message>
    <message>
        <source>Clear it for a small correction (a typo, a new phone number): earlier acknowledgements then stay current</source>
        <translation>Deaktivieren Sie dies bei einer kleinen Korrektur (ein Tippfehler, eine neue Telefonnummer): Frühere Kenntnisnahmen bleiben dann aktuell</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>Entwurf &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Text (left) and how it will look (right):</source>
        <translation>Text (links) und wie er aussehen wird (rechts):</translation>
    </message>
    <message>
        <source>People whose last acknowledged notice is older than the current one, with a material change in between: show them the current notice and record it (Privacy ▸ Show privacy notice, or the person&apos;s Consent &amp; privacy tab).</source>
        <translation>Personen, deren zuletzt zur Kenntnis genommener Hinweis älter als der aktuelle ist, mit einer wesentlichen Änderung dazwischen: Zeigen Sie ihnen den aktuellen Hinweis und erfassen Sie dies (Datenschutz ▸ Datenschutzhinweis anzeigen oder die Registerkarte „Einwilligung &amp; Datenschutz“ der Person).</translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Acknowledged version</source>
        <translation>Zur Kenntnis genommene Version</translation>
    </message>
    <message>
        <source>Acknowledged on</source>
        <translation>Zur Kenntnis genommen am</translation>
    </message>
    <message>
        <source>Current version</source>
        <translation>Aktuelle Version</translation>
    </message>
    <message>
        <source>Show &amp;more</source>
        <translation>&amp;Mehr anzeigen</translation>
    </message>
    <message>
        <source>&amp;Versions</source>
        <translation>&amp;Versionen</translation>
    </message>
    <message>
        <source>&amp;Out of date</source>
        <translation>&amp;Veraltet</translation>
    </message>
    <message>
        <source>Published %1</source>
        <translation>Veröffentlicht %1</translation>
    </message>
    <message>
        <source>SHA-256 of the published text: %1</source>
        <translation>SHA-256 des veröffentlichten Texts: %1</translation>
    </message>
    <message>
        <source>%1 (does not match the text)</source>
        <translation>%1 (passt nicht zum Text)</translation>
    </message>
    <message>
        <source>The stored fingerprint does not match the text: the vault was changed outside Confidant.</source>
        <translation>Der gespeicherte Fingerabdruck passt nicht zum Text: Der Tresor wurde außerhalb von Confidant geändert.</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Wesentlich</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Geringfügig</translation>
    </message>
    <message>
        <source>Earlier acknowledgements become out of date when this is published</source>
        <translation>Frühere Kenntnisnahmen werden mit der Veröffentlichung veraltet</translation>
    </message>
    <message>
        <source>Earlier acknowledgements stay current</source>
        <translation>Frühere Kenntnisnahmen bleiben aktuell</translation>
    </message>
    <message>
        <source>No privacy notice yet. Click “New version…” to write the first one.</source>
        <translation>Noch kein Datenschutzhinweis. Klicken Sie auf „Neue Version…“, um den ersten zu verfassen.</translation>
    </message>
    <message>
        <source>Select a version to see its text.</source>
        <translation>Wählen Sie eine Version aus, um ihren Text zu sehen.</translation>
    </message>
    <message>
        <source>published</source>
        <translation>veröffentlicht</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>%1 — version %2 (%3), %4</source>
        <translation>%1 — Version %2 (%3), %4</translation>
    </message>
    <message>
        <source>A published version is never edited: create a new version instead.</source>
        <translation>Eine veröffentlichte Version wird nie bearbeitet: Erstellen Sie stattdessen eine neue Version.</translation>
    </message>
    <message>
        <source>Change this draft</source>
        <translation>Diesen Entwurf ändern</translation>
    </message>
    <message>
        <source>This version is published already.</source>
        <translation>Diese Version ist bereits veröffentlicht.</translation>
    </message>
    <message>
        <source>Freeze this draft and make it the current notice of its language</source>
        <translation>Diesen Entwurf einfrieren und zum aktuellen Hinweis seiner Sprache machen</translation>
    </message>
    <message>
        <source>A published version stays for the record: it cannot be deleted.</source>
        <translation>Eine veröffentlichte Version bleibt als Nachweis erhalten: Sie kann nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>Delete this draft</source>
        <translation>Diesen Entwurf löschen</translation>
    </message>
    <message>
        <source>Privacy notice</source>
        <translation>Datenschutzhinweis</translation>
    </message>
    <message>
        <source>Changing draft version %1 (%2)</source>
        <translation>Entwurfsversion %1 (%2) wird geändert</translation>
    </message>
    <message>
        <source>Changing a draft</source>
        <translation>Entwurf wird geändert</translation>
    </message>
    <message>
        <source>New draft: it will be version %1 of the %2 notice.</source>
        <translation>Neuer Entwurf: Er wird Version %1 des Datenschutzhinweises %2.</translation>
    </message>
    <message>
        <source>New draft</source>
        <translation>Neuer Entwurf</translation>
    </message>
    <message>
        <source>Saved draft version %1 (%2). Publish it when it is ready.</source>
        <translation>Entwurf Version %1 (%2) gespeichert. Veröffentlichen Sie ihn, sobald er fertig ist.</translation>
    </message>
    <message>
        <source>A published version is frozen: it can never be edited or deleted, only replaced by a new version. Its fingerprint (SHA-256) is recorded.</source>
        <translation>Eine veröffentlichte Version ist eingefroren: Sie kann nie bearbeitet oder gelöscht, sondern nur durch eine neue Version ersetzt werden. Ihr Fingerabdruck (SHA-256) wird festgehalten.</translation>
    </message>
    <message>
        <source>It is marked as a material change: people who acknowledged an earlier version will be listed as out of date.</source>
        <translation>Sie ist als wesentliche Änderung gekennzeichnet: Personen, die eine frühere Version zur Kenntnis genommen haben, werden als veraltet aufgeführt.</translation>
    </message>
    <message>
        <source>Publish notice</source>
        <translation>Datenschutzhinweis veröffentlichen</translation>
    </message>
    <message>
        <source>Publish version %1 of the %2 notice?</source>
        <translation>Version %1 des Datenschutzhinweises %2 veröffentlichen?</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <source>Published version %1 (%2). Fingerprint %3.</source>
        <translation>Version %1 (%2) veröffentlicht. Fingerabdruck %3.</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Entwurf löschen</translation>
    </message>
    <message>
        <source>Delete draft version %1 of the %2 notice? Its text is lost.</source>
        <translation>Entwurf Version %1 des Datenschutzhinweises %2 löschen? Sein Text geht verloren.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>The draft was deleted.</source>
        <translation>Der Entwurf wurde gelöscht.</translation>
    </message>
    <message>
        <source>No notice is published yet.</source>
        <translation>Es ist noch kein Datenschutzhinweis veröffentlicht.</translation>
    </message>
    <message>
        <source>Nobody needs to see a newer notice in this language.</source>
        <translation>Niemand muss einen neueren Datenschutzhinweis in dieser Sprache sehen.</translation>
    </message>
    <message>
        <source>Contacts to show the current notice to: %1.</source>
        <translation>Kontakte, denen der aktuelle Datenschutzhinweis zu zeigen ist: %1.</translation>
    </message>
    <message>
        <source>&amp;Out of date (%1)</source>
        <translation>&amp;Veraltet (%1)</translation>
    </message>
    <message>
        <source>(unknown contact)</source>
        <translation>(unbekannter Kontakt)</translation>
    </message>
</context>
<context>
    <name>confidant::ui::PassphrasePage</name>
    <message>
        <source>Choose a passphrase</source>
        <translation>Passphrase wählen</translation>
    </message>
    <message>
        <source>Use at least %1 characters; a few unrelated words are strong and easy to type.</source>
        <translation>Verwenden Sie mindestens %1 Zeichen; einige zusammenhanglose Wörter sind sicher und leicht einzugeben.</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>Tresor anlegen</translation>
    </message>
    <message>
        <source>&lt;b&gt;The passphrase is the only way back in: there is no recovery code.&lt;/b&gt; Write it down and keep it somewhere safe. If it is lost, nobody can open the vault, not even with Confidant&apos;s help.</source>
        <translation>&lt;b&gt;Die Passphrase ist der einzige Zugang: Es gibt keinen Wiederherstellungscode.&lt;/b&gt; Notieren Sie sie und bewahren Sie sie sicher auf. Geht sie verloren, kann niemand den Tresor öffnen, auch nicht mit Unterstützung von Confidant.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Confirm passphrase:</source>
        <translation>Passphrase &amp;bestätigen:</translation>
    </message>
    <message>
        <source>Too short: use at least %1 characters.</source>
        <translation>Zu kurz: Verwenden Sie mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <source>The two passphrases do not match.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>confidant::ui::PinDialog</name>
    <message>
        <source>PIN for %1</source>
        <translation>PIN für %1</translation>
    </message>
    <message>
        <source>New &amp;PIN:</source>
        <translation>Neue &amp;PIN:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>&amp;Set PIN</source>
        <translation>PIN &amp;festlegen</translation>
    </message>
    <message>
        <source>&amp;Remove PIN</source>
        <translation>PIN &amp;entfernen</translation>
    </message>
    <message>
        <source>Type the new PIN twice.</source>
        <translation>Geben Sie die neue PIN zweimal ein.</translation>
    </message>
    <message>
        <source>The two PINs differ; type the new PIN twice.</source>
        <translation>Die beiden PINs stimmen nicht überein; geben Sie die neue PIN zweimal ein.</translation>
    </message>
    <message>
        <source>With a PIN, Confidant asks for it when someone chooses this profile and when it unlocks after a lock. %1</source>
        <translation>Mit einer PIN fragt Confidant danach, wenn jemand dieses Profil auswählt und wenn nach einer Sperre entsperrt wird. %1</translation>
    </message>
</context>
<context>
    <name>confidant::ui::PipelineSettingsDialog</name>
    <message>
        <source>Pipeline stages</source>
        <translation>Pipeline-Phasen</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>&amp;Add stage</source>
        <translation>Phase &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Delete stage</source>
        <translation>Phase &amp;löschen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Neue Phase</translation>
    </message>
    <message>
        <source>New stage %1</source>
        <translation>Neue Phase %1</translation>
    </message>
</context>
<context>
    <name>confidant::ui::PolicyDialog</name>
    <message>
        <source>Privacy policy and records of processing</source>
        <translation>Datenschutzerklärung und Verzeichnis von Verarbeitungstätigkeiten</translation>
    </message>
    <message>
        <source>Both texts are built from this vault&apos;s own configuration: the controller and DPO, the purposes and the personal data they use, processors and transfers, retention. Complete what is missing (Privacy ▸ Privacy settings, purposes and processors), then refresh. Have the policy reviewed before you publish it.</source>
        <translation>Beide Texte werden aus der eigenen Konfiguration dieses Tresors erstellt: Verantwortlicher und Datenschutzbeauftragter, die Zwecke und die von ihnen genutzten personenbezogenen Daten, Auftragsverarbeiter und Übermittlungen, Aufbewahrung. Ergänzen Sie, was fehlt (Datenschutz ▸ Datenschutzeinstellungen, Zwecke und Auftragsverarbeiter), und aktualisieren Sie dann. Lassen Sie die Datenschutzerklärung prüfen, bevor Sie sie veröffentlichen.</translation>
    </message>
    <message>
        <source>The policy names the current privacy notice of this language</source>
        <translation>Die Datenschutzerklärung nennt den aktuellen Datenschutzhinweis in dieser Sprache</translation>
    </message>
    <message>
        <source>Notice &amp;language:</source>
        <translation>&amp;Sprache des Hinweises:</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Build both texts again from the vault&apos;s configuration</source>
        <translation>Beide Texte erneut aus der Konfiguration des Tresors erstellen</translation>
    </message>
    <message>
        <source>Nothing is missing: every section of the policy has what it needs.</source>
        <translation>Es fehlt nichts: Jeder Abschnitt der Datenschutzerklärung hat, was er braucht.</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Speichern unter…</translation>
    </message>
    <message>
        <source>Save the policy as Markdown or PDF</source>
        <translation>Die Datenschutzerklärung als Markdown oder PDF speichern</translation>
    </message>
    <message>
        <source>Sa&amp;ve as…</source>
        <translation>Spei&amp;chern unter…</translation>
    </message>
    <message>
        <source>Save the records as Markdown, CSV (for a spreadsheet) or PDF</source>
        <translation>Das Verzeichnis als Markdown, CSV (für eine Tabellenkalkulation) oder PDF speichern</translation>
    </message>
    <message>
        <source>Privacy p&amp;olicy</source>
        <translation>Datenschutz&amp;erklärung</translation>
    </message>
    <message>
        <source>Records of &amp;processing</source>
        <translation>&amp;Verzeichnis von Verarbeitungstätigkeiten</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>Was fehlt</translation>
    </message>
    <message>
        <source>What is missing (%1)</source>
        <translation>Was fehlt (%1)</translation>
    </message>
    <message>
        <source>There is nothing to save: the configuration could not be read.</source>
        <translation>Es gibt nichts zu speichern: Die Konfiguration konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The privacy policy is saved as Markdown or PDF.</source>
        <translation>Die Datenschutzerklärung wird als Markdown oder PDF gespeichert.</translation>
    </message>
    <message>
        <source>Privacy policy</source>
        <translation>Datenschutzerklärung</translation>
    </message>
    <message>
        <source>Saved the privacy policy to %1.</source>
        <translation>Datenschutzerklärung in %1 gespeichert.</translation>
    </message>
    <message>
        <source>Saved the records of processing to %1.</source>
        <translation>Verzeichnis von Verarbeitungstätigkeiten in %1 gespeichert.</translation>
    </message>
    <message>
        <source>Records of processing activities</source>
        <translation>Verzeichnis von Verarbeitungstätigkeiten</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>CSV für Tabellenkalkulationen (*.csv)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>privacy-policy</source>
        <translation>datenschutzerklaerung</translation>
    </message>
    <message>
        <source>records-of-processing</source>
        <translation>verarbeitungsverzeichnis</translation>
    </message>
    <message>
        <source>Save the privacy policy</source>
        <translation>Datenschutzerklärung speichern</translation>
    </message>
    <message>
        <source>Save the records of processing</source>
        <translation>Verzeichnis von Verarbeitungstätigkeiten speichern</translation>
    </message>
</context>
<context>
    <name>confidant::ui::PrivacySettingsDialog</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Adequacy decision</source>
        <translation>Angemessenheitsbeschluss</translation>
    </message>
    <message>
        <source>Standard contractual clauses</source>
        <translation>Standardvertragsklauseln</translation>
    </message>
    <message>
        <source>Binding corporate rules</source>
        <translation>Verbindliche interne Datenschutzvorschriften</translation>
    </message>
    <message>
        <source>Other safeguard</source>
        <translation>Andere Garantie</translation>
    </message>
    <message>
        <source>Privacy settings</source>
        <translation>Datenschutzeinstellungen</translation>
    </message>
    <message>
        <source>&amp;Purposes</source>
        <translation>&amp;Zwecke</translation>
    </message>
    <message>
        <source>P&amp;rocessors &amp;&amp; recipients</source>
        <translation>Auftrags&amp;verarbeiter &amp;&amp; Empfänger</translation>
    </message>
    <message>
        <source>&amp;Controller</source>
        <translation>&amp;Verantwortlicher</translation>
    </message>
    <message>
        <source>&amp;Data fields</source>
        <translation>&amp;Datenfelder</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation>Rechtsgrundlage</translation>
    </message>
    <message>
        <source>Needs consent</source>
        <translation>Erfordert Einwilligung</translation>
    </message>
    <message>
        <source>Direct marketing</source>
        <translation>Direktwerbung</translation>
    </message>
    <message>
        <source>Default retention</source>
        <translation>Standard-Aufbewahrung</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Ar&amp;chive</source>
        <translation>Ar&amp;chivieren</translation>
    </message>
    <message>
        <source>Show arc&amp;hived</source>
        <translation>Archivierte an&amp;zeigen</translation>
    </message>
    <message>
        <source>Why you process personal data, and on which lawful basis (Art. 6(1) GDPR). Purposes are archived, never deleted: the consent records refer to them.</source>
        <translation>Warum Sie personenbezogene Daten verarbeiten und auf welcher Rechtsgrundlage (Art. 6 Abs. 1 DSGVO). Zwecke werden archiviert, nie gelöscht: Die Einwilligungsnachweise verweisen auf sie.</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (archiviert)</translation>
    </message>
    <message>
        <source>Legitimate interest: %1</source>
        <translation>Berechtigtes Interesse: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Un&amp;archive</source>
        <translation>Archivierung &amp;aufheben</translation>
    </message>
    <message>
        <source>Use this purpose again</source>
        <translation>Diesen Zweck wieder verwenden</translation>
    </message>
    <message>
        <source>Keep the purpose in the records, but no longer use it for anything</source>
        <translation>Den Zweck im Verzeichnis behalten, aber für nichts mehr verwenden</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Transfer safeguard</source>
        <translation>Garantie für Übermittlung</translation>
    </message>
    <message>
        <source>Agreement signed</source>
        <translation>Vertrag unterzeichnet</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Zwecke</translation>
    </message>
    <message>
        <source>Who receives personal data from you: processors working on your behalf (Art. 28 GDPR), joint controllers and other recipients, where they are and how transfers outside the EEA are safeguarded.</source>
        <translation>Wer personenbezogene Daten von Ihnen erhält: Auftragsverarbeiter, die in Ihrem Auftrag tätig sind (Art. 28 DSGVO), gemeinsam Verantwortliche und andere Empfänger, wo sie sich befinden und wie Übermittlungen außerhalb des EWR abgesichert sind.</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Nicht bekannt</translation>
    </message>
    <message>
        <source>%1, outside the EEA</source>
        <translation>%1, außerhalb des EWR</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>Keine erfasst</translation>
    </message>
    <message>
        <source>Country not known</source>
        <translation>Land nicht bekannt</translation>
    </message>
    <message>
        <source>Not needed (inside the EEA)</source>
        <translation>Nicht erforderlich (innerhalb des EWR)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Nicht erfasst</translation>
    </message>
    <message>
        <source>A transfer outside the EEA needs a safeguard (Chapter V GDPR); none is recorded.</source>
        <translation>Eine Übermittlung außerhalb des EWR erfordert eine Garantie (Kapitel V DSGVO); es ist keine erfasst.</translation>
    </message>
    <message>
        <source>Your business&apos;s legal name</source>
        <translation>Der rechtliche Name Ihres Unternehmens</translation>
    </message>
    <message>
        <source>privacy@example.com</source>
        <translation>datenschutz@example.com</translation>
    </message>
    <message>
        <source>&amp;No data protection officer is appointed (Art. 37 GDPR does not require one)</source>
        <translation>&amp;Kein Datenschutzbeauftragter benannt (nach Art. 37 DSGVO nicht erforderlich)</translation>
    </message>
    <message>
        <source>The supervisory authority people can complain to, with its web address</source>
        <translation>Die Aufsichtsbehörde, bei der sich Personen beschweren können, mit ihrer Webadresse</translation>
    </message>
    <message>
        <source>e.g. on our web site and by email to customers</source>
        <translation>z. B. auf unserer Website und per E-Mail an Kunden</translation>
    </message>
    <message>
        <source>Controller &amp;name:</source>
        <translation>&amp;Name des Verantwortlichen:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;DPO name:</source>
        <translation>Name des &amp;Datenschutzbeauftragten:</translation>
    </message>
    <message>
        <source>DPO e&amp;mail:</source>
        <translation>E-&amp;Mail des Datenschutzbeauftragten:</translation>
    </message>
    <message>
        <source>Supervisory a&amp;uthority:</source>
        <translation>Aufsichts&amp;behörde:</translation>
    </message>
    <message>
        <source>Policy &amp;updates announced:</source>
        <translation>Änderungen der Erklärung angekündigt &amp;über:</translation>
    </message>
    <message>
        <source>&amp;Save controller details</source>
        <translation>Angaben zum Verantwortlichen &amp;speichern</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Zu&amp;rücksetzen</translation>
    </message>
    <message>
        <source>Who is responsible for the processing (Art. 13(1)(a)-(b) GDPR). The privacy policy and the record of processing are written from these details.</source>
        <translation>Wer für die Verarbeitung verantwortlich ist (Art. 13 Abs. 1 lit. a–b DSGVO). Die Datenschutzerklärung und das Verzeichnis von Verarbeitungstätigkeiten werden aus diesen Angaben erstellt.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In Verwendung</translation>
    </message>
    <message>
        <source>Special category</source>
        <translation>Besondere Kategorie</translation>
    </message>
    <message>
        <source>Used by purposes</source>
        <translation>Verwendet von Zwecken</translation>
    </message>
    <message>
        <source>Data minimisation (Art. 5(1)(c) GDPR): a field switched off disappears from editors, imports and exports; values already stored stay until retention or erasure removes them. Mark fields holding special-category data (Art. 9). Each change is saved at once.</source>
        <translation>Datenminimierung (Art. 5 Abs. 1 lit. c DSGVO): Ein ausgeschaltetes Feld verschwindet aus Editoren, Importen und Exporten; bereits gespeicherte Werte bleiben erhalten, bis Aufbewahrung oder Löschung sie entfernt. Kennzeichnen Sie Felder mit Daten besonderer Kategorien (Art. 9). Jede Änderung wird sofort gespeichert.</translation>
    </message>
    <message>
        <source>Switch off to stop collecting this field</source>
        <translation>Ausschalten, um dieses Feld nicht mehr zu erheben</translation>
    </message>
    <message>
        <source>Switched off: editors, imports and exports leave it out</source>
        <translation>Ausgeschaltet: Editoren, Importe und Exporte lassen es weg</translation>
    </message>
    <message>
        <source>Confidant needs this field; only optional fields can be switched off.</source>
        <translation>Confidant benötigt dieses Feld; nur optionale Felder können ausgeschaltet werden.</translation>
    </message>
    <message>
        <source>This field holds special-category data by definition.</source>
        <translation>Dieses Feld enthält per Definition Daten besonderer Kategorien.</translation>
    </message>
    <message>
        <source>Mark it if it holds health, religion or other Art. 9 data</source>
        <translation>Kennzeichnen Sie es, wenn es Gesundheits-, Religions- oder andere Daten nach Art. 9 enthält</translation>
    </message>
</context>
<context>
    <name>confidant::ui::ProcessorEditorDialog</name>
    <message>
        <source>New processor or recipient</source>
        <translation>Neuer Auftragsverarbeiter oder Empfänger</translation>
    </message>
    <message>
        <source>Edit processor — %1</source>
        <translation>Auftragsverarbeiter bearbeiten — %1</translation>
    </message>
    <message>
        <source>e.g. the mailing service or your tax adviser</source>
        <translation>z. B. der Mailing-Dienst oder Ihr Steuerberater</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Noch nicht bekannt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Where the data is processed. Outside the EEA, this is an international transfer.</source>
        <translation>Wo die Daten verarbeitet werden. Außerhalb des EWR ist dies eine internationale Übermittlung.</translation>
    </message>
    <message>
        <source>Which clauses or decision, where the signed copy is (required for &quot;other&quot;).</source>
        <translation>Welche Klauseln oder welcher Beschluss, wo die unterzeichnete Kopie liegt (erforderlich bei „Andere“).</translation>
    </message>
    <message>
        <source>No safeguard is recorded for this transfer outside the EEA. Choose the one that makes it lawful (Chapter V GDPR); until then the privacy policy and the record of processing say it is missing.</source>
        <translation>Für diese Übermittlung außerhalb des EWR ist keine Garantie erfasst. Wählen Sie diejenige, die sie rechtmäßig macht (Kapitel V DSGVO); bis dahin geben die Datenschutzerklärung und das Verzeichnis von Verarbeitungstätigkeiten an, dass sie fehlt.</translation>
    </message>
    <message>
        <source>Signed &amp;on:</source>
        <translation>Unterzeichnet &amp;am:</translation>
    </message>
    <message>
        <source>e.g. DPA-2024-03.pdf in the contracts folder</source>
        <translation>z. B. AVV-2024-03.pdf im Vertragsordner</translation>
    </message>
    <message>
        <source>An address or web page where they can be reached</source>
        <translation>Eine Adresse oder Webseite, unter der sie erreichbar sind</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>Transfer &amp;safeguard:</source>
        <translation>&amp;Garantie für Übermittlung:</translation>
    </message>
    <message>
        <source>Safeguard &amp;note:</source>
        <translation>&amp;Hinweis zur Garantie:</translation>
    </message>
    <message>
        <source>Processing agreement:</source>
        <translation>Auftragsverarbeitungsvertrag:</translation>
    </message>
    <message>
        <source>Agreement &amp;reference:</source>
        <translation>&amp;Vertragsreferenz:</translation>
    </message>
    <message>
        <source>Con&amp;tact:</source>
        <translation>Kon&amp;takt:</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (archiviert)</translation>
    </message>
    <message>
        <source>&amp;Purposes they serve:</source>
        <translation>&amp;Zwecke, denen sie dienen:</translation>
    </message>
    <message>
        <source>Without a country the register cannot say whether data leaves the EEA.</source>
        <translation>Ohne Land kann das Verzeichnis nicht angeben, ob Daten den EWR verlassen.</translation>
    </message>
    <message>
        <source>Inside the EEA: not an international transfer, no safeguard needed.</source>
        <translation>Innerhalb des EWR: keine internationale Übermittlung, keine Garantie erforderlich.</translation>
    </message>
    <message>
        <source>Outside the EEA: an international transfer (Chapter V GDPR) that needs a safeguard unless the country has an adequacy decision.</source>
        <translation>Außerhalb des EWR: eine internationale Übermittlung (Kapitel V DSGVO), die eine Garantie erfordert, sofern für das Land kein Angemessenheitsbeschluss besteht.</translation>
    </message>
</context>
<context>
    <name>confidant::ui::ProfileChooserDialog</name>
    <message>
        <source>Choose profile</source>
        <translation>Profil auswählen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Who is using Confidant?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Wer verwendet Confidant?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Switch to another profile&lt;/b&gt;</source>
        <translation>&lt;b&gt;Zu einem anderen Profil wechseln&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Each profile has a role that decides what it may do. Everything a profile does is recorded in the audit trail under its name.</source>
        <translation>Jedes Profil hat eine Rolle, die festlegt, was es tun darf. Alles, was ein Profil tut, wird unter seinem Namen im Prüfprotokoll vermerkt.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN:</translation>
    </message>
    <message>
        <source>There is no other profile yet. Profiles are added under Profile ▸ Manage profiles…, by a profile that may manage them.</source>
        <translation>Es gibt noch kein anderes Profil. Profile werden unter Profil ▸ Profile verwalten… angelegt, und zwar von einem Profil, das sie verwalten darf.</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>&amp;Switch</source>
        <translation>&amp;Wechseln</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (aktuell)</translation>
    </message>
    <message>
        <source>&amp;PIN for %1:</source>
        <translation>&amp;PIN für %1:</translation>
    </message>
    <message>
        <source>Enter the PIN of this profile.</source>
        <translation>Geben Sie die PIN dieses Profils ein.</translation>
    </message>
</context>
<context>
    <name>confidant::ui::PurposeEditorDialog</name>
    <message>
        <source>New purpose</source>
        <translation>Neuer Zweck</translation>
    </message>
    <message>
        <source>Edit purpose — %1</source>
        <translation>Zweck bearbeiten — %1</translation>
    </message>
    <message>
        <source>e.g. Newsletter</source>
        <translation>z. B. Newsletter</translation>
    </message>
    <message>
        <source>What the data is used for, in words the people concerned understand.</source>
        <translation>Wofür die Daten verwendet werden, in Worten, die die betroffenen Personen verstehen.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The lawful basis of Art. 6(1) GDPR this processing rests on.</source>
        <translation>Die Rechtsgrundlage nach Art. 6 Abs. 1 DSGVO, auf der diese Verarbeitung beruht.</translation>
    </message>
    <message>
        <source>The interest pursued, and why it is not overridden by the interests and rights of the people concerned.</source>
        <translation>Das verfolgte Interesse und warum die Interessen und Rechte der betroffenen Personen nicht überwiegen.</translation>
    </message>
    <message>
        <source>Legitimate &amp;interest:</source>
        <translation>Berechtigtes &amp;Interesse:</translation>
    </message>
    <message>
        <source>Use needs each person&apos;s &amp;consent</source>
        <translation>Verwendung erfordert die &amp;Einwilligung jeder Person</translation>
    </message>
    <message>
        <source>&amp;Direct marketing (an objection always stops it, Art. 21(3))</source>
        <translation>&amp;Direktwerbung (ein Widerspruch beendet sie immer, Art. 21 Abs. 3)</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <source>years</source>
        <translation>Jahre</translation>
    </message>
    <message>
        <source>A month counts as 30 days, a year as 365 days.</source>
        <translation>Ein Monat zählt als 30 Tage, ein Jahr als 365 Tage.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Lawful &amp;basis:</source>
        <translation>&amp;Rechtsgrundlage:</translation>
    </message>
    <message>
        <source>Default &amp;retention:</source>
        <translation>Standard-&amp;Aufbewahrung:</translation>
    </message>
    <message>
        <source>%1 (switched off)</source>
        <translation>%1 (ausgeschaltet)</translation>
    </message>
    <message>
        <source>Data &amp;fields used:</source>
        <translation>Verwendete Daten&amp;felder:</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 Jahr</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 Jahre</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 Monat</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 Monate</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>A purpose based on consent always needs each person&apos;s consent.</source>
        <translation>Ein auf Einwilligung beruhender Zweck erfordert immer die Einwilligung jeder Person.</translation>
    </message>
    <message>
        <source>Only contacts with a valid consent for this purpose can be used for it (exports, lists).</source>
        <translation>Nur Kontakte mit einer gültigen Einwilligung für diesen Zweck können dafür verwendet werden (Exporte, Listen).</translation>
    </message>
</context>
<context>
    <name>confidant::ui::RecoveryCodePage</name>
    <message>
        <source>Write down your recovery code</source>
        <translation>Notieren Sie Ihren Wiederherstellungscode</translation>
    </message>
    <message>
        <source>If this computer&apos;s keychain is ever lost (new computer, reinstalled system), this code is the only way to open your vault. It is shown only now.</source>
        <translation>Falls der Schlüsselbund dieses Computers jemals verloren geht (neuer Computer, neu installiertes System), ist dieser Code die einzige Möglichkeit, Ihren Tresor zu öffnen. Er wird nur jetzt angezeigt.</translation>
    </message>
    <message>
        <source>Write it on paper and keep it somewhere safe, away from this computer. Anyone who has this code and a copy of your vault can read it. Do not photograph it or store it in a file.</source>
        <translation>Schreiben Sie ihn auf Papier und bewahren Sie ihn sicher auf, getrennt von diesem Computer. Wer diesen Code und eine Kopie Ihres Tresors hat, kann den Tresor lesen. Fotografieren Sie ihn nicht und speichern Sie ihn nicht in einer Datei.</translation>
    </message>
    <message>
        <source>To check you wrote it down, type these two groups from your copy:</source>
        <translation>Geben Sie zur Kontrolle diese beiden Gruppen aus Ihrer Abschrift ein:</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Group &amp;%1:</source>
        <translation>Gruppe &amp;%1:</translation>
    </message>
    <message>
        <source>Group %1 does not match the code above; check your copy.</source>
        <translation>Gruppe %1 stimmt nicht mit dem Code oben überein; prüfen Sie Ihre Abschrift.</translation>
    </message>
    <message>
        <source>Groups %1 and %2 do not match the code above; check your copy.</source>
        <translation>Die Gruppen %1 und %2 stimmen nicht mit dem Code oben überein; prüfen Sie Ihre Abschrift.</translation>
    </message>
    <message>
        <source>Confidant recovery code</source>
        <translation>Confidant-Wiederherstellungscode</translation>
    </message>
    <message>
        <source>Print the recovery code</source>
        <translation>Wiederherstellungscode drucken</translation>
    </message>
    <message>
        <source>Could not start printing; write the code down by hand instead.</source>
        <translation>Der Druck konnte nicht gestartet werden; notieren Sie den Code stattdessen von Hand.</translation>
    </message>
    <message>
        <source>Created %1. Keep this sheet somewhere safe. With it, your vault can be opened on any computer; without it, a lost keychain means a lost vault.</source>
        <translation>Erstellt am %1. Bewahren Sie dieses Blatt sicher auf. Damit lässt sich Ihr Tresor auf jedem Computer öffnen; ohne es bedeutet ein verlorener Schlüsselbund einen verlorenen Tresor.</translation>
    </message>
</context>
<context>
    <name>confidant::ui::ReminderNotifier</name>
    <message>
        <source>Reminder: %1 — due %2</source>
        <translation>Erinnerung: %1 — fällig %2</translation>
    </message>
    <message>
        <source>Confidant</source>
        <translation>Confidant</translation>
    </message>
    <message numerus="yes">
        <source>%n task reminder(s) due. Open Confidant to see them.</source>
        <translation>
            <numerusform>%n Aufgabenerinnerung fällig. Öffnen Sie Confidant, um sie anzuzeigen.</numerusform>
            <numerusform>%n Aufgabenerinnerungen fällig. Öffnen Sie Confidant, um sie anzuzeigen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>confidant::ui::RequestStepDialog</name>
    <message>
        <source>Verify identity — %1</source>
        <translation>Identität prüfen — %1</translation>
    </message>
    <message>
        <source>How did you check that the requester is the person concerned? For example: &quot;Replied from the email address on file&quot; or &quot;Passport seen in person&quot;. Ask only for what you need to be sure.</source>
        <translation>Wie haben Sie geprüft, dass der Antragsteller die betroffene Person ist? Zum Beispiel: „Antwort von der hinterlegten E-Mail-Adresse“ oder „Reisepass persönlich eingesehen“. Verlangen Sie nur, was Sie brauchen, um sicher zu sein.</translation>
    </message>
    <message>
        <source>Record verification</source>
        <translation>Prüfung erfassen</translation>
    </message>
    <message>
        <source>Extend the deadline — %1</source>
        <translation>Frist verlängern — %1</translation>
    </message>
    <message>
        <source>Why does this request need more time? The reason is recorded, and the requester must be told of the extension and why before the original deadline.</source>
        <translation>Warum braucht diese Anfrage mehr Zeit? Der Grund wird festgehalten, und der Antragsteller muss vor Ablauf der ursprünglichen Frist über die Verlängerung und ihren Grund informiert werden.</translation>
    </message>
    <message>
        <source>Extend</source>
        <translation>Verlängern</translation>
    </message>
    <message>
        <source>Close — %1</source>
        <translation>Abschließen — %1</translation>
    </message>
    <message>
        <source>How did the request end? A refusal needs its reasons, which the requester must be told together with their right to complain to the supervisory authority.</source>
        <translation>Wie endete die Anfrage? Eine Ablehnung braucht ihre Gründe, die dem Antragsteller zusammen mit seinem Recht auf Beschwerde bei der Aufsichtsbehörde mitgeteilt werden müssen.</translation>
    </message>
    <message>
        <source>Close request</source>
        <translation>Anfrage abschließen</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Ergebnis:</translation>
    </message>
</context>
<context>
    <name>confidant::ui::RequestsPage</name>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Due within %1 days</source>
        <translation>Innerhalb von %1 Tagen fällig</translation>
    </message>
    <message>
        <source>All, closed ones too</source>
        <translation>Alle, auch abgeschlossene</translation>
    </message>
    <message>
        <source>&amp;New request…</source>
        <translation>&amp;Neue Anfrage…</translation>
    </message>
    <message>
        <source>Data-subject requests</source>
        <translation>Betroffenenanfragen</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>An&amp;zeigen:</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Law</source>
        <translation>Gesetz</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>No requests here. When someone asks to see, correct or erase their data, record it with &quot;New request…&quot;: the deadline is worked out for you.</source>
        <translation>Hier gibt es keine Anfragen. Wenn jemand seine Daten einsehen, berichtigen oder löschen lassen möchte, erfassen Sie das mit „Neue Anfrage…“: Die Frist wird für Sie berechnet.</translation>
    </message>
    <message>
        <source>&amp;Verify identity…</source>
        <translation>&amp;Identität prüfen…</translation>
    </message>
    <message>
        <source>Record how the requester&apos;s identity was checked</source>
        <translation>Festhalten, wie die Identität des Antragstellers geprüft wurde</translation>
    </message>
    <message>
        <source>Receipt &amp;confirmed</source>
        <translation>Eingang &amp;bestätigt</translation>
    </message>
    <message>
        <source>Record that the requester was told the request arrived (CCPA: within 10 business days)</source>
        <translation>Festhalten, dass dem Antragsteller der Eingang der Anfrage mitgeteilt wurde (CCPA: innerhalb von 10 Werktagen)</translation>
    </message>
    <message>
        <source>E&amp;xtend…</source>
        <translation>&amp;Verlängern…</translation>
    </message>
    <message>
        <source>Use the one extension the law allows, with its reason</source>
        <translation>Die eine vom Gesetz erlaubte Fristverlängerung nutzen, mit Begründung</translation>
    </message>
    <message>
        <source>Requester &amp;told</source>
        <translation>Antragsteller in&amp;formiert</translation>
    </message>
    <message>
        <source>Record that the requester was told of the extension</source>
        <translation>Festhalten, dass der Antragsteller über die Fristverlängerung informiert wurde</translation>
    </message>
    <message>
        <source>C&amp;lose…</source>
        <translation>Ab&amp;schließen…</translation>
    </message>
    <message>
        <source>Record the outcome and close the request</source>
        <translation>Ergebnis festhalten und Anfrage abschließen</translation>
    </message>
    <message>
        <source>&amp;Access package…</source>
        <translation>&amp;Auskunftspaket…</translation>
    </message>
    <message>
        <source>Everything held about the selected contact, as JSON, CSV and PDF</source>
        <translation>Alles, was über den ausgewählten Kontakt gespeichert ist, als JSON, CSV und PDF</translation>
    </message>
    <message>
        <source>&amp;Erase contact…</source>
        <translation>Kontakt &amp;löschen…</translation>
    </message>
    <message>
        <source>Erase the selected contact, with a preview first</source>
        <translation>Den ausgewählten Kontakt löschen, zuvor mit einer Vorschau</translation>
    </message>
    <message>
        <source>About:</source>
        <translation>Betrifft:</translation>
    </message>
    <message>
        <source>Files produced (SHA-256):</source>
        <translation>Erstellte Dateien (SHA-256):</translation>
    </message>
    <message>
        <source>%1 open, %2 overdue</source>
        <translation>%1 offen, %2 überfällig</translation>
    </message>
    <message>
        <source>%1 open</source>
        <translation>%1 offen</translation>
    </message>
    <message>
        <source>Select a request to see where it stands.</source>
        <translation>Wählen Sie eine Anfrage aus, um ihren Stand zu sehen.</translation>
    </message>
    <message>
        <source>%1 · %2 (%3)</source>
        <translation>%1 · %2 (%3)</translation>
    </message>
    <message>
        <source>Received %1 by %2.</source>
        <translation>Eingegangen am %1 per %2.</translation>
    </message>
    <message>
        <source>Requester: %1</source>
        <translation>Antragsteller: %1</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
    <message>
        <source>Identity verified %1 by %2: %3</source>
        <translation>Identität geprüft am %1 von %2: %3</translation>
    </message>
    <message>
        <source>Extended %1: %2</source>
        <translation>Verlängert am %1: %2</translation>
    </message>
    <message>
        <source>Closed %1 (%2). %3</source>
        <translation>Abgeschlossen am %1 (%2). %3</translation>
    </message>
    <message>
        <source>Erased contact</source>
        <translation>Gelöschter Kontakt</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>Request %1 recorded.</source>
        <translation>Anfrage %1 erfasst.</translation>
    </message>
    <message>
        <source>Request %1 updated.</source>
        <translation>Anfrage %1 aktualisiert.</translation>
    </message>
</context>
<context>
    <name>confidant::ui::RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Confidant restores the backup into a new folder; the open vault stays as it is. Everyone erased after the backup was taken is erased again, as far as an erasure ledger shows: the one beside the backup file, or the one you choose below.</source>
        <translation>Confidant stellt die Sicherung in einem neuen Ordner wieder her; der geöffnete Tresor bleibt unverändert. Alle Personen, die nach dem Erstellen der Sicherung gelöscht wurden, werden erneut gelöscht, soweit ein Löschregister sie ausweist: das neben der Sicherungsdatei oder das, welches Sie unten auswählen.</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Auswählen…</translation>
    </message>
    <message>
        <source>Ch&amp;oose…</source>
        <translation>A&amp;uswählen…</translation>
    </message>
    <message>
        <source>Choo&amp;se…</source>
        <translation>Auswä&amp;hlen…</translation>
    </message>
    <message>
        <source>A vault&apos;s erasure ledger: erasure-ledger.cfl in its backups folder</source>
        <translation>Das Löschregister eines Tresors: erasure-ledger.cfl in seinem Sicherungsordner</translation>
    </message>
    <message>
        <source>The vault&apos;s recovery code or passphrase when the backup was taken</source>
        <translation>Wiederherstellungscode oder Passphrase des Tresors zum Zeitpunkt der Sicherung</translation>
    </message>
    <message>
        <source>Show what you typed</source>
        <translation>Eingabe anzeigen</translation>
    </message>
    <message>
        <source>Restore &amp;without a newer ledger: people erased after the backup may come back (this is recorded in the restored vault&apos;s audit trail)</source>
        <translation>&amp;Ohne neueres Löschregister wiederherstellen: Nach der Sicherung gelöschte Personen können zurückkehren (dies wird im Prüfprotokoll des wiederhergestellten Tresors vermerkt)</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Backup file:</source>
        <translation>&amp;Sicherungsdatei:</translation>
    </message>
    <message>
        <source>Restore &amp;into:</source>
        <translation>Wiederherstellen i&amp;n:</translation>
    </message>
    <message>
        <source>Recovery code or &amp;passphrase:</source>
        <translation>Wiederherstellungscode oder &amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Erasure ledger:</source>
        <translation>&amp;Löschregister:</translation>
    </message>
    <message>
        <source>(none chosen)</source>
        <translation>(keine Auswahl)</translation>
    </message>
    <message>
        <source>(only the one beside the backup)</source>
        <translation>(nur das neben der Sicherung)</translation>
    </message>
    <message>
        <source>Restore from</source>
        <translation>Wiederherstellen aus</translation>
    </message>
    <message>
        <source>Confidant backups (*.backup)</source>
        <translation>Confidant-Sicherungen (*.backup)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Restore into</source>
        <translation>Wiederherstellen in</translation>
    </message>
    <message>
        <source>Erasure ledger</source>
        <translation>Löschregister</translation>
    </message>
    <message>
        <source>Erasure ledgers (*.cfl)</source>
        <translation>Löschregister (*.cfl)</translation>
    </message>
    <message>
        <source>Choose the backup file and the folder to restore into.</source>
        <translation>Wählen Sie die Sicherungsdatei und den Ordner, in dem wiederhergestellt werden soll.</translation>
    </message>
    <message>
        <source>Enter the recovery code or passphrase the vault had when the backup was taken.</source>
        <translation>Geben Sie den Wiederherstellungscode oder die Passphrase ein, die der Tresor zum Zeitpunkt der Sicherung hatte.</translation>
    </message>
    <message>
        <source>Restoring the backup and applying the erasures made since…</source>
        <translation>Die Sicherung wird wiederhergestellt und die seitdem vorgenommenen Löschungen werden angewendet…</translation>
    </message>
    <message>
        <source>No erasure ledger newer than this backup was found, so Confidant cannot show that everyone erased since the backup was taken stays erased. Nothing was restored. Choose the vault&apos;s erasure ledger (erasure-ledger.cfl in its backups folder) above, or restore anyway.</source>
        <translation>Es wurde kein Löschregister gefunden, das neuer als diese Sicherung ist, daher kann Confidant nicht nachweisen, dass alle seit dem Erstellen der Sicherung gelöschten Personen gelöscht bleiben. Es wurde nichts wiederhergestellt. Wählen Sie oben das Löschregister des Tresors aus (erasure-ledger.cfl in seinem Sicherungsordner) oder stellen Sie trotzdem wieder her.</translation>
    </message>
    <message>
        <source>Restored the backup of %1 into %2.</source>
        <translation>Sicherung vom %1 in %2 wiederhergestellt.</translation>
    </message>
    <message>
        <source>Erasures made after the backup and applied again: %1.</source>
        <translation>Nach der Sicherung vorgenommene und erneut angewendete Löschungen: %1.</translation>
    </message>
    <message>
        <source>Erasure ledger read: %1 (written %2, %3 entries).</source>
        <translation>Löschregister gelesen: %1 (geschrieben am %2, %3 Einträge).</translation>
    </message>
    <message>
        <source>Every erasure recorded up to %1 is applied.</source>
        <translation>Alle bis %1 erfassten Löschungen sind angewendet.</translation>
    </message>
    <message>
        <source>Its key is in the system keychain.</source>
        <translation>Sein Schlüssel liegt im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>Its key could not be stored in the keychain; unlock it with the recovery code.</source>
        <translation>Sein Schlüssel konnte nicht im Schlüsselbund gespeichert werden; entsperren Sie ihn mit dem Wiederherstellungscode.</translation>
    </message>
    <message>
        <source>To work in it, start Confidant with --vault &quot;%1&quot;.</source>
        <translation>Um darin zu arbeiten, starten Sie Confidant mit --vault &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Backup restored into %1.</source>
        <translation>Sicherung in %1 wiederhergestellt.</translation>
    </message>
    <message>
        <source>Restore &amp;anyway</source>
        <translation>&amp;Trotzdem wiederherstellen</translation>
    </message>
</context>
<context>
    <name>confidant::ui::SavedFilterDialog</name>
    <message>
        <source>Edit filter — %1</source>
        <translation>Filter bearbeiten — %1</translation>
    </message>
    <message>
        <source>New filter</source>
        <translation>Neuer Filter</translation>
    </message>
    <message>
        <source>e.g. Customers in Berlin</source>
        <translation>z. B. Kunden in Berlin</translation>
    </message>
    <message>
        <source>Found in names, emails, phones, company or notes</source>
        <translation>Wird in Namen, E-Mails, Telefonnummern, Firma oder Notizen gesucht</translation>
    </message>
    <message>
        <source>All of these tags, separated by commas</source>
        <translation>Alle diese Tags, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>A contact must match every part that is filled in.</source>
        <translation>Ein Kontakt muss jeden ausgefüllten Teil erfüllen.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Words:</source>
        <translation>&amp;Wörter:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Tags:</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Firma:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>Cou&amp;ntry:</source>
        <translation>&amp;Land:</translation>
    </message>
</context>
<context>
    <name>confidant::ui::SessionHost</name>
    <message>
        <source>Confidant is locked; unlock it first.</source>
        <translation>Confidant ist gesperrt; entsperren Sie es zuerst.</translation>
    </message>
</context>
<context>
    <name>confidant::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Locking</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>&amp;Lock after this long without use:</source>
        <translation>Nach dieser Zeit ohne Nutzung &amp;sperren:</translation>
    </message>
    <message>
        <source>Locking closes the vault and forgets its key until someone unlocks it again. Ctrl+L locks at once.</source>
        <translation>Das Sperren schließt den Tresor und verwirft seinen Schlüssel, bis ihn jemand wieder entsperrt. Strg+L sperrt sofort.</translation>
    </message>
    <message>
        <source>Only a profile that may manage profiles can change this.</source>
        <translation>Nur ein Profil, das Profile verwalten darf, kann dies ändern.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Make &amp;encrypted backups on a schedule</source>
        <translation>&amp;Verschlüsselte Sicherungen nach Zeitplan erstellen</translation>
    </message>
    <message>
        <source> h</source>
        <translation> Std.</translation>
    </message>
    <message>
        <source>Every:</source>
        <translation>Alle:</translation>
    </message>
    <message>
        <source>&amp;Keep the newest:</source>
        <translation>Die &amp;neuesten behalten:</translation>
    </message>
    <message>
        <source>Last backup:</source>
        <translation>Letzte Sicherung:</translation>
    </message>
    <message>
        <source>Only a profile that may back up and restore can change this.</source>
        <translation>Nur ein Profil, das sichern und wiederherstellen darf, kann dies ändern.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
</context>
<context>
    <name>confidant::ui::SubjectRightsBox</name>
    <message>
        <source>Rights</source>
        <translation>Rechte</translation>
    </message>
    <message>
        <source>&amp;Restrict processing…</source>
        <translation>Verarbeitung &amp;einschränken…</translation>
    </message>
    <message>
        <source>Art. 18: keep the contact stored but stop every use and change of it, e.g. while its accuracy is contested</source>
        <translation>Art. 18: den Kontakt gespeichert lassen, aber jede Nutzung und Änderung unterbinden, z. B. solange seine Richtigkeit bestritten wird</translation>
    </message>
    <message>
        <source>&amp;Lift restriction</source>
        <translation>Einschränkung &amp;aufheben</translation>
    </message>
    <message>
        <source>Processing may go on again; tell the person before lifting it (Art. 18(3))</source>
        <translation>Die Verarbeitung darf wieder stattfinden; informieren Sie die Person vor der Aufhebung (Art. 18(3))</translation>
    </message>
    <message>
        <source>Processing restricted since %1 (Art. 18).</source>
        <translation>Verarbeitung seit %1 eingeschränkt (Art. 18).</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>Processing is not restricted.</source>
        <translation>Die Verarbeitung ist nicht eingeschränkt.</translation>
    </message>
    <message>
        <source>Objected to direct marketing on %1 (Art. 21(2)).</source>
        <translation>Widerspruch gegen Direktwerbung am %1 (Art. 21(2)).</translation>
    </message>
    <message>
        <source>No objection to direct marketing recorded.</source>
        <translation>Kein Widerspruch gegen Direktwerbung erfasst.</translation>
    </message>
    <message>
        <source>Objected on %1</source>
        <translation>Widerspruch am %1</translation>
    </message>
    <message>
        <source>An objection to direct marketing cannot be lifted: the contact stays left out of direct marketing, even after a new consent.</source>
        <translation>Ein Widerspruch gegen Direktwerbung kann nicht aufgehoben werden: Der Kontakt bleibt von Direktwerbung ausgeschlossen, auch nach einer neuen Einwilligung.</translation>
    </message>
    <message>
        <source>Record &amp;objection to direct marketing…</source>
        <translation>&amp;Widerspruch gegen Direktwerbung erfassen…</translation>
    </message>
    <message>
        <source>Art. 21(2): the person objects to direct marketing; always to be honoured</source>
        <translation>Art. 21(2): Die Person widerspricht der Direktwerbung; dem ist immer zu entsprechen</translation>
    </message>
    <message>
        <source>Restrict processing — %1</source>
        <translation>Verarbeitung einschränken — %1</translation>
    </message>
    <message>
        <source>Restricting processing (Art. 18) freezes this contact: it stays stored, but nobody can change it, add to it or use it for any purpose until the restriction is lifted. It can still be erased, and an objection or a consent withdrawal can still be recorded.</source>
        <translation>Das Einschränken der Verarbeitung (Art. 18) friert diesen Kontakt ein: Er bleibt gespeichert, aber niemand kann ihn ändern, ergänzen oder für irgendeinen Zweck verwenden, bis die Einschränkung aufgehoben wird. Er kann weiterhin gelöscht werden, und ein Widerspruch oder ein Widerruf einer Einwilligung kann weiterhin erfasst werden.</translation>
    </message>
    <message>
        <source>&amp;Restrict</source>
        <translation>&amp;Einschränken</translation>
    </message>
    <message>
        <source>e.g. accuracy contested, request R-2026-0003</source>
        <translation>z. B. Richtigkeit bestritten, Anfrage R-2026-0003</translation>
    </message>
    <message>
        <source>Shown on the contact; never written to the audit log.</source>
        <translation>Wird beim Kontakt angezeigt; nie ins Prüfprotokoll geschrieben.</translation>
    </message>
    <message>
        <source>Reason (optional):</source>
        <translation>Grund (optional):</translation>
    </message>
    <message>
        <source>No consent for direct marketing is given at the moment, so none is withdrawn.</source>
        <translation>Derzeit ist keine Einwilligung für Direktwerbung erteilt, daher wird keine widerrufen.</translation>
    </message>
    <message>
        <source>Consent is withdrawn for: %1.</source>
        <translation>Die Einwilligung wird widerrufen für: %1.</translation>
    </message>
    <message>
        <source>Objection to direct marketing — %1</source>
        <translation>Widerspruch gegen Direktwerbung — %1</translation>
    </message>
    <message>
        <source>Record that %1 objects to direct marketing (Art. 21(2))?

This marks the objection and withdraws consent for every direct-marketing purpose. %2 From now on the contact is left out of all direct marketing. An objection cannot be lifted: the contact stays left out, even after a new consent.</source>
        <translation>Festhalten, dass %1 der Direktwerbung widerspricht (Art. 21(2))?

Dadurch wird der Widerspruch vermerkt und die Einwilligung für jeden Direktwerbungszweck widerrufen. %2 Ab jetzt wird der Kontakt von jeglicher Direktwerbung ausgeschlossen. Ein Widerspruch kann nicht aufgehoben werden: Der Kontakt bleibt ausgeschlossen, auch nach einer neuen Einwilligung.</translation>
    </message>
    <message>
        <source>Record &amp;objection</source>
        <translation>&amp;Widerspruch erfassen</translation>
    </message>
</context>
<context>
    <name>confidant::ui::TimelineModel</name>
    <message>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Besprechung</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Done · due %1</source>
        <translation>Erledigt · fällig %1</translation>
    </message>
    <message>
        <source>Overdue · due %1</source>
        <translation>Überfällig · fällig %1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Fällig %1</translation>
    </message>
    <message>
        <source> · %1</source>
        <translation> · %1</translation>
    </message>
</context>
<context>
    <name>confidant::ui::TimelineWidget</name>
    <message>
        <source>Log &amp;call</source>
        <translation>An&amp;ruf erfassen</translation>
    </message>
    <message>
        <source>Log &amp;meeting</source>
        <translation>&amp;Besprechung erfassen</translation>
    </message>
    <message>
        <source>Log &amp;email</source>
        <translation>&amp;E-Mail erfassen</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>&amp;Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Add &amp;task</source>
        <translation>&amp;Aufgabe hinzufügen</translation>
    </message>
    <message>
        <source>Nothing logged yet. Log a call, a meeting or an email, or add a note or a task.</source>
        <translation>Noch nichts erfasst. Erfassen Sie einen Anruf, eine Besprechung oder eine E-Mail, oder fügen Sie eine Notiz oder eine Aufgabe hinzu.</translation>
    </message>
</context>
<context>
    <name>confidant::ui::UnlockDialog</name>
    <message>
        <source>Unlock Confidant</source>
        <translation>Confidant entsperren</translation>
    </message>
    <message>
        <source>&lt;b&gt;Unlock the vault&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;Tresor entsperren&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>XXXX-XXXX-… (the code you wrote down when you created the vault)</source>
        <translation>XXXX-XXXX-… (der Code, den Sie beim Anlegen des Tresors notiert haben)</translation>
    </message>
    <message>
        <source>Show what you typed</source>
        <translation>Eingabe anzeigen</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Recovery code:</source>
        <translation>Wiederherstellungs&amp;code:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>Enter the vault&apos;s passphrase.</source>
        <translation>Geben Sie die Passphrase des Tresors ein.</translation>
    </message>
    <message>
        <source>Enter the recovery code.</source>
        <translation>Geben Sie den Wiederherstellungscode ein.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>The key was put back in this computer&apos;s keychain: next time Confidant opens without the recovery code.</source>
        <translation>Der Schlüssel wurde wieder im Schlüsselbund dieses Computers hinterlegt: Beim nächsten Mal öffnet sich Confidant ohne Wiederherstellungscode.</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>P&amp;IN:</source>
        <translation>P&amp;IN:</translation>
    </message>
    <message>
        <source>Confidant is locked</source>
        <translation>Confidant ist gesperrt</translation>
    </message>
    <message>
        <source>&lt;b&gt;Confidant is locked&lt;/b&gt;&lt;br&gt;Profile: %1 (%2)&lt;br&gt;%3</source>
        <translation>&lt;b&gt;Confidant ist gesperrt&lt;/b&gt;&lt;br&gt;Profil: %1 (%2)&lt;br&gt;%3</translation>
    </message>
    <message>
        <source>This profile has no PIN, so anyone at this computer can unlock Confidant. Set a PIN (Profile menu, “Set my PIN…”) and this screen will ask for it.</source>
        <translation>Dieses Profil hat keine PIN, daher kann jeder an diesem Computer Confidant entsperren. Legen Sie eine PIN fest (Menü Profil, „Meine PIN festlegen…“), dann fragt dieser Bildschirm danach.</translation>
    </message>
    <message>
        <source>Enter the PIN of this profile.</source>
        <translation>Geben Sie die PIN dieses Profils ein.</translation>
    </message>
    <message>
        <source>%1 Enter the recovery code instead.</source>
        <translation>%1 Geben Sie stattdessen den Wiederherstellungscode ein.</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>akzeptiert</translation>
    </message>
</context>
</TS>
