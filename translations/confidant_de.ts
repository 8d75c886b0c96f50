<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
        <source>--%1 takes an ISO-8601 date (2024-05-01) or date-time (2024-05-01T09:30:00Z), in UTC unless an offset is given.</source>
        <translation>--%1 erwartet ein ISO-8601-Datum (2024-05-01) oder eine Datums- und Uhrzeitangabe (2024-05-01T09:30:00Z), in UTC, sofern kein Offset angegeben ist.</translation>
    </message>
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
    <message>
        <source>Cannot create the export file; check that its folder exists and is writable.</source>
        <translation>Die Exportdatei kann nicht angelegt werden; prüfen Sie, ob ihr Ordner existiert und beschreibbar ist.</translation>
    </message>
    <message>
        <source>The audit export could not be written completely; check free space. Nothing was left behind.</source>
        <translation>Der Export des Prüfprotokolls konnte nicht vollständig geschrieben werden; prüfen Sie den freien Speicherplatz. Es wurden keine Dateireste hinterlassen.</translation>
    </message>
    <message>
        <source>The export could not be moved into place; check the folder&apos;s permissions.</source>
        <translation>Der Export konnte nicht an seinen Zielort verschoben werden; prüfen Sie die Berechtigungen des Ordners.</translation>
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
        <source>Exit codes: 0 success, 1 other failure, 2 usage error, 3 cannot unlock (also a wrong or missing PIN), 4 vault damaged, not a vault, or audit trail broken, 5 not found, 6 permission denied (the denial is audited), 7 invalid input (nothing was written).</source>
        <translation>Exit-Codes: 0 Erfolg, 1 sonstiger Fehler, 2 Aufruffehler, 3 Entsperren nicht möglich (auch bei falscher oder fehlender PIN), 4 Tresor beschädigt, kein Tresor oder Prüfprotokoll unterbrochen, 5 nicht gefunden, 6 Zugriff verweigert (die Verweigerung wird protokolliert), 7 ungültige Eingabe (es wurde nichts geschrieben).</translation>
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
        <source>given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>email address; repeat for several</source>
        <translation>E-Mail-Adresse; für mehrere wiederholen</translation>
    </message>
    <message>
        <source>phone number; repeat for several</source>
        <translation>Telefonnummer; für mehrere wiederholen</translation>
    </message>
    <message>
        <source>company, by name; created when there is none of that name yet</source>
        <translation>Firma, nach Name; wird angelegt, falls es noch keine mit diesem Namen gibt</translation>
    </message>
    <message>
        <source>job title</source>
        <translation>Position</translation>
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
        <source>only entries at or after TIME (ISO-8601 date or date-time, UTC unless an offset is given)</source>
        <translation>nur Einträge ab TIME (ISO-8601-Datum oder Datum mit Uhrzeit, UTC, sofern kein Offset angegeben ist)</translation>
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
        <source>csv (default); vcard comes later</source>
        <translation>csv (Standard); vcard folgt später</translation>
    </message>
    <message>
        <source>replace FILE when it exists</source>
        <translation>FILE ersetzen, falls vorhanden</translation>
    </message>
    <message>
        <source>a saved filter (later)</source>
        <translation>ein gespeicherter Filter (später)</translation>
    </message>
    <message>
        <source>the purpose-gated export (later)</source>
        <translation>der zweckgebundene Export (später)</translation>
    </message>
    <message>
        <source>delete a contact (needs the erase permission)</source>
        <translation>Kontakt löschen (erfordert die Löschberechtigung)</translation>
    </message>
    <message>
        <source>write the given contacts (or all, or those with --tag) to a CSV file; needs the export permission and is audited</source>
        <translation>die angegebenen Kontakte (oder alle, oder die mit --tag) in eine CSV-Datei schreiben; erfordert die Exportberechtigung und wird protokolliert</translation>
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
        <source>read the new profile&apos;s PIN (at least 4 characters) from the next unread line of standard input</source>
        <translation>die PIN des neuen Profils (mindestens 4 Zeichen) aus der nächsten ungelesenen Zeile der Standardeingabe lesen</translation>
    </message>
    <message>
        <source>list the operator profiles: name, role, whether it has a PIN, created</source>
        <translation>Bedienerprofile auflisten: Name, Rolle, ob eine PIN gesetzt ist, Erstellungsdatum</translation>
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
        <source>write contacts to a file (CSV); needs the export permission and is audited</source>
        <translation>Kontakte in eine Datei (CSV) schreiben; erfordert die Exportberechtigung und wird protokolliert</translation>
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
        <source>Deleted the contact %1.</source>
        <translation>Kontakt %1 gelöscht.</translation>
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
        <source>The vault file is damaged; it was left as it is. Restore it from a backup.</source>
        <translation>Die Tresordatei ist beschädigt; sie wurde nicht verändert. Stellen Sie sie aus einer Sicherung wieder her.</translation>
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
        <source>Export cancelled.</source>
        <translation>Export abgebrochen.</translation>
    </message>
    <message>
        <source>Some of the contacts to export do not exist; nothing was exported.</source>
        <translation>Einige der zu exportierenden Kontakte existieren nicht; es wurde nichts exportiert.</translation>
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
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>%1 must be a uid (8-4-4-4-12 hex digits), as printed by add, list and search.</source>
        <translation>%1 muss eine UID sein (8-4-4-4-12 Hexadezimalziffern), wie sie add, list und search ausgeben.</translation>
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
    <name>MaintenanceCommands</name>
    <message>
        <source>%1 exists already; nothing was written. Choose another file, or add --force to replace it.</source>
        <translation>%1 existiert bereits; es wurde nichts geschrieben. Wählen Sie eine andere Datei oder fügen Sie --force hinzu, um sie zu ersetzen.</translation>
    </message>
    <message>
        <source>Cannot write %1; check the folder and its permissions.</source>
        <translation>%1 kann nicht geschrieben werden; prüfen Sie den Ordner und seine Berechtigungen.</translation>
    </message>
    <message>
        <source>Cannot write %1; check free space and permissions.</source>
        <translation>%1 kann nicht geschrieben werden; prüfen Sie freien Speicherplatz und Berechtigungen.</translation>
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
        <source>No backup is due yet (or scheduled backups are off, or this profile may not back up).</source>
        <translation>Es ist noch keine Sicherung fällig (oder geplante Sicherungen sind ausgeschaltet, oder dieses Profil darf keine Sicherungen erstellen).</translation>
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
        <source>vCard export is not available in this version yet; use --format csv.</source>
        <translation>Der vCard-Export ist in dieser Version noch nicht verfügbar; verwenden Sie --format csv.</translation>
    </message>
    <message>
        <source>--format takes csv or vcard.</source>
        <translation>--format erwartet csv oder vcard.</translation>
    </message>
    <message>
        <source>--%1 is not available in this version yet.</source>
        <translation>--%1 ist in dieser Version noch nicht verfügbar.</translation>
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
</context>
<context>
    <name>ProfileCommands</name>
    <message>
        <source>The role must be one of: %1.</source>
        <translation>Die Rolle muss eine der folgenden sein: %1.</translation>
    </message>
    <message>
        <source>New PIN (at least %1 characters): </source>
        <translation>Neue PIN (mindestens %1 Zeichen): </translation>
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
        <source>A PIN needs at least %1 characters.</source>
        <translation>Eine PIN muss mindestens %1 Zeichen lang sein.</translation>
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
        <source>A field holds control characters (such as escape codes); remove them.</source>
        <translation>Ein Feld enthält Steuerzeichen (etwa Escape-Sequenzen); entfernen Sie sie.</translation>
    </message>
</context>
<context>
    <name>Vault</name>
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
        <source>%1 pages fail their HMAC check: the file was damaged or altered. Restore from a backup.</source>
        <translation>%1 Seiten bestehen die HMAC-Prüfung nicht: Die Datei wurde beschädigt oder verändert. Stellen Sie sie aus einer Sicherung wieder her.</translation>
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
        <source>Without a PIN, anyone at this computer can choose the profile.</source>
        <translation>Ohne PIN kann jeder an diesem Computer das Profil auswählen.</translation>
    </message>
    <message>
        <source>&amp;Add profile</source>
        <translation>Profil &amp;hinzufügen</translation>
    </message>
    <message>
        <source>The two PINs differ; type the PIN twice, or leave both fields empty.</source>
        <translation>Die beiden PINs stimmen nicht überein; geben Sie die PIN zweimal ein oder lassen Sie beide Felder leer.</translation>
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
    <message>
        <source>Delete the contact “%1”? This cannot be undone.</source>
        <translation>Kontakt „%1“ löschen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Contact deleted.</source>
        <translation>Kontakt gelöscht.</translation>
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
    <message numerus="yes">
        <source>With a PIN, Confidant asks for it when someone chooses this profile and when it unlocks after a lock. A PIN needs at least %n characters.</source>
        <translation>
            <numerusform>Mit einer PIN fragt Confidant danach, wenn jemand dieses Profil auswählt und wenn nach einer Sperre entsperrt wird. Eine PIN muss mindestens %n Zeichen lang sein.</numerusform>
            <numerusform>Mit einer PIN fragt Confidant danach, wenn jemand dieses Profil auswählt und wenn nach einer Sperre entsperrt wird. Eine PIN muss mindestens %n Zeichen lang sein.</numerusform>
        </translation>
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
