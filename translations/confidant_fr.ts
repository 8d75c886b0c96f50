<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AccessCommands</name>
    <message>
        <source>subject access needs --out DIR: the folder to write the package into.</source>
        <translation>subject access nécessite --out DIR&#xa0;: le répertoire où écrire le dossier d&apos;accès.</translation>
    </message>
    <message>
        <source>--format takes json, csv and pdf, separated by commas.</source>
        <translation>--format accepte json, csv et pdf, séparés par des virgules.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the access package (%n file(s)).</source>
        <translation>
            <numerusform>Dossier d&apos;accès écrit (%n fichier).</numerusform>
            <numerusform>Dossier d&apos;accès écrit (%n fichiers).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccessDialog</name>
    <message>
        <source>Contact details</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Entreprises</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Affaires</translation>
    </message>
    <message>
        <source>Activities and notes</source>
        <translation>Activités et notes</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Consent history</source>
        <translation>Historique du consentement</translation>
    </message>
    <message>
        <source>Privacy notices acknowledged</source>
        <translation>Avis de confidentialité dont il a été pris connaissance</translation>
    </message>
    <message>
        <source>Purposes and lawful bases</source>
        <translation>Finalités et bases légales</translation>
    </message>
    <message>
        <source>Recipients and processors</source>
        <translation>Destinataires et sous-traitants</translation>
    </message>
    <message>
        <source>Retention periods</source>
        <translation>Durées de conservation</translation>
    </message>
    <message>
        <source>Where the data came from</source>
        <translation>Origine des données</translation>
    </message>
    <message>
        <source>Requests they made</source>
        <translation>Demandes formulées</translation>
    </message>
    <message>
        <source>Corrections (field history)</source>
        <translation>Corrections (historique des champs)</translation>
    </message>
    <message>
        <source>Restriction and objection</source>
        <translation>Limitation et opposition</translation>
    </message>
    <message>
        <source>Mentions in other records</source>
        <translation>Mentions dans d&apos;autres fiches</translation>
    </message>
</context>
<context>
    <name>AccessPackage</name>
    <message>
        <source>The access package could not include the field &quot;%1&quot;; nothing was written. Report this as a bug.</source>
        <translation>Le dossier d&apos;accès n&apos;a pas pu inclure le champ «&#xa0;%1&#xa0;»&#xa0;; rien n&apos;a été écrit. Signalez ce bogue.</translation>
    </message>
    <message>
        <source>Your contact record</source>
        <translation>Votre fiche de contact</translation>
    </message>
    <message>
        <source>Companies you are linked to</source>
        <translation>Entreprises auxquelles vous êtes lié</translation>
    </message>
    <message>
        <source>Deals you are linked to</source>
        <translation>Affaires auxquelles vous êtes lié</translation>
    </message>
    <message>
        <source>Activities and notes</source>
        <translation>Activités et notes</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Consent history</source>
        <translation>Historique du consentement</translation>
    </message>
    <message>
        <source>Privacy notices you acknowledged</source>
        <translation>Avis de confidentialité dont vous avez pris connaissance</translation>
    </message>
    <message>
        <source>Purposes and lawful bases</source>
        <translation>Finalités et bases légales</translation>
    </message>
    <message>
        <source>Recipients and processors</source>
        <translation>Destinataires et sous-traitants</translation>
    </message>
    <message>
        <source>How long the data is kept</source>
        <translation>Durée de conservation des données</translation>
    </message>
    <message>
        <source>Where the data came from</source>
        <translation>Origine des données</translation>
    </message>
    <message>
        <source>Requests you made</source>
        <translation>Demandes que vous avez formulées</translation>
    </message>
    <message>
        <source>Corrections made to your data</source>
        <translation>Corrections apportées à vos données</translation>
    </message>
    <message>
        <source>Restriction and objection</source>
        <translation>Limitation et opposition</translation>
    </message>
    <message>
        <source>Mentions in other records</source>
        <translation>Mentions dans d&apos;autres fiches</translation>
    </message>
    <message>
        <source>The access package was cancelled; nothing was written.</source>
        <translation>Le dossier d&apos;accès a été annulé&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>No contact has this uid; check it with contact list or search.</source>
        <translation>Aucun contact n&apos;a cet uid&#xa0;; vérifiez-le avec contact list ou search.</translation>
    </message>
    <message>
        <source>No request has this reference; check it with request list.</source>
        <translation>Aucune demande n&apos;a cette référence&#xa0;; vérifiez-la avec request list.</translation>
    </message>
    <message>
        <source>The access package would miss fields of the registry; nothing was written. Report this as a bug.</source>
        <translation>Il manquerait au dossier d&apos;accès des champs du registre&#xa0;; rien n&apos;a été écrit. Signalez ce bogue.</translation>
    </message>
    <message>
        <source>Your personal data: %1</source>
        <translation>Vos données personnelles&#xa0;: %1</translation>
    </message>
    <message>
        <source>This report lists everything this organisation&apos;s Confidant vault holds about you, generated on %1. The same data is in access.json (machine-readable) and in the CSV files.</source>
        <translation>Ce rapport recense tout ce que le coffre Confidant de cet organisme détient à votre sujet, généré le %1. Les mêmes données figurent dans access.json (lisible par machine) et dans les fichiers CSV.</translation>
    </message>
    <message>
        <source>In answer to request %1.</source>
        <translation>En réponse à la demande %1.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Aucun.</translation>
    </message>
    <message>
        <source>Choose at least one format: json, csv or pdf.</source>
        <translation>Choisissez au moins un format&#xa0;: json, csv ou pdf.</translation>
    </message>
    <message>
        <source>PDF cannot be written here; choose json or csv.</source>
        <translation>Le PDF ne peut pas être écrit ici&#xa0;; choisissez json ou csv.</translation>
    </message>
    <message>
        <source>Cannot create the folder for the access package; check the path and its permissions.</source>
        <translation>Impossible de créer le répertoire du dossier d&apos;accès&#xa0;; vérifiez le chemin et ses permissions.</translation>
    </message>
    <message>
        <source>The output path is a file, not a folder; choose a folder for the access package.</source>
        <translation>Le chemin de sortie est un fichier, pas un répertoire&#xa0;; choisissez un répertoire pour le dossier d&apos;accès.</translation>
    </message>
    <message>
        <source>The folder already holds an access package; choose an empty folder or replace it with --force.</source>
        <translation>Le répertoire contient déjà un dossier d&apos;accès&#xa0;; choisissez un répertoire vide ou remplacez-le avec --force.</translation>
    </message>
    <message>
        <source>Personal data access report</source>
        <translation>Rapport d&apos;accès aux données personnelles</translation>
    </message>
    <message>
        <source>The access package was cancelled; nothing was left.</source>
        <translation>Le dossier d&apos;accès a été annulé&#xa0;; rien n&apos;a été laissé.</translation>
    </message>
    <message>
        <source>Cannot write into the folder for the access package; check that it is writable. Nothing was left.</source>
        <translation>Impossible d&apos;écrire dans le répertoire du dossier d&apos;accès&#xa0;; vérifiez qu&apos;il est accessible en écriture. Rien n&apos;a été laissé.</translation>
    </message>
    <message>
        <source>The disk is full; the access package was not written. Nothing was left.</source>
        <translation>Le disque est plein&#xa0;; le dossier d&apos;accès n&apos;a pas été écrit. Rien n&apos;a été laissé.</translation>
    </message>
    <message>
        <source>The access package could not be written; nothing was left.</source>
        <translation>Le dossier d&apos;accès n&apos;a pas pu être écrit&#xa0;; rien n&apos;a été laissé.</translation>
    </message>
    <message>
        <source>The access package could not be put in place; nothing was left.</source>
        <translation>Le dossier d&apos;accès n&apos;a pas pu être mis en place&#xa0;; rien n&apos;a été laissé.</translation>
    </message>
</context>
<context>
    <name>ActivityCommands</name>
    <message>
        <source>--%1 takes a uid (8-4-4-4-12 hex digits), as printed by %1 list.</source>
        <translation>--%1 attend un uid (8-4-4-4-12 chiffres hexadécimaux), tel qu&apos;affiché par %1 list.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <source>UID</source>
        <translation>UID</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <source>DUE</source>
        <translation>ÉCHÉANCE</translation>
    </message>
    <message>
        <source>SUBJECT</source>
        <translation>OBJET</translation>
    </message>
    <message>
        <source>LINKED TO</source>
        <translation>LIÉE À</translation>
    </message>
    <message>
        <source>AT</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>activity add needs --kind call, meeting, email or note (tasks: task add).</source>
        <translation>activity add exige --kind call, meeting, email ou note (pour les tâches&#xa0;: task add).</translation>
    </message>
    <message>
        <source>activity add needs --subject or --body; see confidant-cli activity add --help.</source>
        <translation>activity add exige --subject ou --body&#xa0;; consultez confidant-cli activity add --help.</translation>
    </message>
    <message>
        <source>activity list shows one timeline: give one of --contact, --company or --deal.</source>
        <translation>activity list affiche une seule chronologie&#xa0;: indiquez --contact, --company ou --deal.</translation>
    </message>
    <message>
        <source>--after takes the cursor printed by the previous activity list of the same record.</source>
        <translation>--after attend le curseur affiché par la commande activity list précédente pour la même fiche.</translation>
    </message>
    <message>
        <source>No activities.</source>
        <translation>Aucune activité.</translation>
    </message>
    <message>
        <source>Next page: --after %1</source>
        <translation>Page suivante&#xa0;: --after %1</translation>
    </message>
    <message>
        <source>task add needs --subject (or --body); see confidant-cli task add --help.</source>
        <translation>task add exige --subject (ou --body)&#xa0;; consultez confidant-cli task add --help.</translation>
    </message>
    <message>
        <source>task add needs --due DATE, e.g. --due 2026-03-01 or --due 2026-03-01T14:30.</source>
        <translation>task add exige --due DATE, par exemple --due 2026-03-01 ou --due 2026-03-01T14:30.</translation>
    </message>
    <message>
        <source>--done lists done tasks and --all every task; give one of them.</source>
        <translation>--done liste les tâches terminées et --all toutes les tâches&#xa0;; indiquez l&apos;une de ces options.</translation>
    </message>
    <message>
        <source>No tasks.</source>
        <translation>Aucune tâche.</translation>
    </message>
    <message>
        <source>Marked the task %1 done.</source>
        <translation>Tâche %1 marquée comme terminée.</translation>
    </message>
</context>
<context>
    <name>ActivityService</name>
    <message>
        <source>Enter a subject or some text; nothing was saved.</source>
        <translation>Saisissez un objet ou un texte&#xa0;; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The subject must be one line of at most %1 characters; shorten it.</source>
        <translation>L&apos;objet doit tenir sur une seule ligne d&apos;au plus %1 caractères&#xa0;; raccourcissez-le.</translation>
    </message>
    <message>
        <source>The text is longer than %1 characters; shorten it or split it up.</source>
        <translation>Le texte dépasse %1 caractères&#xa0;; raccourcissez-le ou divisez-le.</translation>
    </message>
    <message>
        <source>A task needs a due date; add one.</source>
        <translation>Une tâche nécessite une date d&apos;échéance&#xa0;; ajoutez-en une.</translation>
    </message>
    <message>
        <source>The reminder comes after the due time; set it to the due time or earlier.</source>
        <translation>Le rappel est postérieur à l&apos;échéance&#xa0;; placez-le à l&apos;heure d&apos;échéance ou avant.</translation>
    </message>
    <message>
        <source>No contact has that id; check it with the contact list command.</source>
        <translation>Aucun contact ne porte cet identifiant&#xa0;; vérifiez-le avec la commande contact list.</translation>
    </message>
    <message>
        <source>No company has that id; check it with the company list command.</source>
        <translation>Aucune entreprise ne porte cet identifiant&#xa0;; vérifiez-le avec la commande company list.</translation>
    </message>
    <message>
        <source>No deal has that id; check it with the deal list command.</source>
        <translation>Aucune affaire ne porte cet identifiant&#xa0;; vérifiez-le avec la commande deal list.</translation>
    </message>
    <message>
        <source>No such activity; it may have been deleted.</source>
        <translation>Cette activité n&apos;existe pas&#xa0;; elle a peut-être été supprimée.</translation>
    </message>
    <message>
        <source>No activity or task has that id; check it with the list command.</source>
        <translation>Aucune activité ni tâche ne porte cet identifiant&#xa0;; vérifiez-le avec la commande list.</translation>
    </message>
    <message>
        <source>Only a task can be marked done.</source>
        <translation>Seule une tâche peut être marquée comme terminée.</translation>
    </message>
    <message>
        <source>Only a task can be reopened.</source>
        <translation>Seule une tâche peut être rouverte.</translation>
    </message>
    <message>
        <source>That paging cursor belongs to another timeline; start again without it.</source>
        <translation>Ce curseur de pagination appartient à une autre chronologie&#xa0;; recommencez sans lui.</translation>
    </message>
    <message>
        <source>That paging cursor belongs to another list; start again without it.</source>
        <translation>Ce curseur de pagination appartient à une autre liste&#xa0;; recommencez sans lui.</translation>
    </message>
</context>
<context>
    <name>ArgParser</name>
    <message>
        <source>Unknown option %1; see %2 --help.</source>
        <translation>Option inconnue %1&#xa0;; consultez %2 --help.</translation>
    </message>
    <message>
        <source>Unknown option --%1; see %2 --help.</source>
        <translation>Option inconnue --%1&#xa0;; consultez %2 --help.</translation>
    </message>
    <message>
        <source>The option --%1 takes no value.</source>
        <translation>L&apos;option --%1 n&apos;accepte pas de valeur.</translation>
    </message>
    <message>
        <source>The option --%1 needs a value (%2).</source>
        <translation>L&apos;option --%1 attend une valeur (%2).</translation>
    </message>
    <message>
        <source>The option --vault is given more than once.</source>
        <translation>L&apos;option --vault est indiquée plusieurs fois.</translation>
    </message>
    <message>
        <source>The option --vault needs a folder.</source>
        <translation>L&apos;option --vault attend un dossier.</translation>
    </message>
    <message>
        <source>The option --profile is given more than once.</source>
        <translation>L&apos;option --profile est indiquée plusieurs fois.</translation>
    </message>
    <message>
        <source>The option --%1 is given more than once.</source>
        <translation>L&apos;option --%1 est indiquée plusieurs fois.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not available in this version yet.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas encore disponible dans cette version.</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;; see confidant-cli --help.</source>
        <translation>Commande inconnue «&#xa0;%1&#xa0;»&#xa0;; consultez confidant-cli --help.</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1 %2&apos;; choose one of: %3.</source>
        <translation>Commande inconnue «&#xa0;%1 %2&#xa0;»&#xa0;; choisissez parmi&#xa0;: %3.</translation>
    </message>
    <message>
        <source>No command given; see confidant-cli --help.</source>
        <translation>Aucune commande indiquée&#xa0;; consultez confidant-cli --help.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs one of: %2; see confidant-cli %1 --help.</source>
        <translation>«&#xa0;%1&#xa0;» attend l&apos;une de ces sous-commandes&#xa0;: %2&#xa0;; consultez confidant-cli %1 --help.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs %2; see confidant-cli %1 --help.</source>
        <translation>«&#xa0;%1&#xa0;» attend %2&#xa0;; consultez confidant-cli %1 --help.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no arguments besides its options; quote values that contain spaces.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;accepte aucun argument en dehors de ses options&#xa0;; mettez entre guillemets les valeurs qui contiennent des espaces.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes only %2; quote values that contain spaces.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;accepte que %2&#xa0;; mettez entre guillemets les valeurs qui contiennent des espaces.</translation>
    </message>
</context>
<context>
    <name>AuditCommands</name>
    <message>
        <source>--since must be earlier than --until.</source>
        <translation>--since doit être antérieur à --until.</translation>
    </message>
    <message>
        <source>--entity must be a uid (8-4-4-4-12 hex digits), as printed by add, list and search.</source>
        <translation>--entity doit être un uid (8-4-4-4-12 chiffres hexadécimaux), tel qu&apos;affiché par add, list et search.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries, chain intact</source>
        <translation>
            <numerusform>%n entrée, chaîne intacte</numerusform>
            <numerusform>%n entrées, chaîne intacte</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail is broken at entry %1: %2</source>
        <translation>Le journal d&apos;audit est rompu à l&apos;entrée %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>No audit entries.</source>
        <translation>Aucune entrée d&apos;audit.</translation>
    </message>
    <message>
        <source>SEQ</source>
        <translation>SEQ</translation>
    </message>
    <message>
        <source>TIME (UTC)</source>
        <translation>DATE ET HEURE (UTC)</translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation>PROFIL</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ACTION</translation>
    </message>
    <message>
        <source>ENTITY</source>
        <translation>FICHE</translation>
    </message>
    <message>
        <source>SUMMARY</source>
        <translation>RÉSUMÉ</translation>
    </message>
    <message>
        <source>Older entries: --before %1</source>
        <translation>Entrées plus anciennes&#xa0;: --before %1</translation>
    </message>
    <message>
        <source>audit export needs --out FILE; see confidant-cli audit export --help.</source>
        <translation>audit export exige --out FILE&#xa0;; consultez confidant-cli audit export --help.</translation>
    </message>
    <message>
        <source>--out names a folder; give a file name.</source>
        <translation>--out désigne un dossier&#xa0;; indiquez un nom de fichier.</translation>
    </message>
    <message>
        <source>The file given with --out exists already; nothing was written. Add --force to replace it.</source>
        <translation>Le fichier indiqué avec --out existe déjà&#xa0;; rien n&apos;a été écrit. Ajoutez --force pour le remplacer.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n audit entries to %1.</source>
        <translation>
            <numerusform>%n entrée d&apos;audit écrite dans %1.</numerusform>
            <numerusform>%n entrées d&apos;audit écrites dans %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Audit entry %1 is missing (deleted).</source>
        <translation>L&apos;entrée d&apos;audit %1 est absente (supprimée).</translation>
    </message>
    <message>
        <source>Audit entry %1 is out of order or duplicated.</source>
        <translation>L&apos;entrée d&apos;audit %1 est mal placée ou en double.</translation>
    </message>
    <message>
        <source>Audit entry %1 does not follow entry %2 (inserted, reordered or changed).</source>
        <translation>L&apos;entrée d&apos;audit %1 ne fait pas suite à l&apos;entrée %2 (insérée, réordonnée ou modifiée).</translation>
    </message>
    <message>
        <source>Audit entry %1 was changed after it was written.</source>
        <translation>L&apos;entrée d&apos;audit %1 a été modifiée après son écriture.</translation>
    </message>
    <message>
        <source>Entry %1 records that the audit trail did not match its sealed head when Confidant next wrote (%2): entries were cut or added outside Confidant.</source>
        <translation>L&apos;entrée %1 indique que le journal d&apos;audit ne correspondait pas à sa tête scellée lors de l&apos;écriture suivante de Confidant (%2)&#xa0;: des entrées ont été retirées ou ajoutées en dehors de Confidant.</translation>
    </message>
    <message>
        <source>The sealed chain head (audit-head.json) is missing, so a cut tail after entry %1 cannot be ruled out.</source>
        <translation>La tête de chaîne scellée (audit-head.json) est absente&#xa0;; on ne peut donc pas exclure que des entrées aient été retirées après l&apos;entrée %1.</translation>
    </message>
    <message>
        <source>The audit trail ends at entry %1, but entries up to %2 were sealed: the tail was cut.</source>
        <translation>Le journal d&apos;audit s&apos;arrête à l&apos;entrée %1, alors que les entrées jusqu&apos;à %2 étaient scellées&#xa0;: la fin a été tronquée.</translation>
    </message>
    <message>
        <source>Audit entry %1 differs from the sealed chain head (the chain was rewritten).</source>
        <translation>L&apos;entrée d&apos;audit %1 diffère de la tête de chaîne scellée (la chaîne a été réécrite).</translation>
    </message>
    <message>
        <source>Audit entries %1 to %2 were added after the last sealed entry, outside Confidant.</source>
        <translation>Les entrées d&apos;audit %1 à %2 ont été ajoutées après la dernière entrée scellée, en dehors de Confidant.</translation>
    </message>
    <message>
        <source>The vault&apos;s audit seal key is missing; the vault is damaged. Restore it from a backup.</source>
        <translation>La clé de scellement du journal d&apos;audit est absente du coffre&#xa0;; le coffre est endommagé. Restaurez-le à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>Cannot read %1; check its permissions.</source>
        <translation>Impossible de lire %1&#xa0;; vérifiez ses permissions.</translation>
    </message>
    <message>
        <source>The sealed audit chain head (%1) was altered or damaged.</source>
        <translation>La tête scellée de la chaîne d&apos;audit (%1) a été modifiée ou endommagée.</translation>
    </message>
    <message>
        <source>Cannot write %1 in the vault folder; check its permissions.</source>
        <translation>Impossible d&apos;écrire %1 dans le dossier du coffre&#xa0;; vérifiez ses permissions.</translation>
    </message>
    <message>
        <source>Cannot write %1 in the vault folder; check free space and permissions.</source>
        <translation>Impossible d&apos;écrire %1 dans le dossier du coffre&#xa0;; vérifiez l&apos;espace disponible et les permissions.</translation>
    </message>
</context>
<context>
    <name>AuditService</name>
    <message>
        <source>The audit export could not be written; check free space.</source>
        <translation>L&apos;export du journal d&apos;audit n&apos;a pas pu être écrit&#xa0;; vérifiez l&apos;espace disponible.</translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <source>The vault&apos;s audit seal key is missing; the vault is damaged. Restore it from a backup.</source>
        <translation>La clé de scellement du journal d&apos;audit est absente du coffre&#xa0;; le coffre est endommagé. Restaurez-le à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>This profile has a PIN; enter it before doing anything else.</source>
        <translation>Ce profil a un PIN&#xa0;; saisissez-le avant toute autre action.</translation>
    </message>
    <message>
        <source>A profile with the role %1 may not do this (it needs &quot;%2&quot;); ask the vault&apos;s owner or an administrator. The attempt was recorded in the audit trail.</source>
        <translation>Un profil ayant le rôle %1 ne peut pas faire cela (cela nécessite «&#xa0;%2&#xa0;»)&#xa0;; adressez-vous au propriétaire du coffre ou à un administrateur. La tentative a été consignée dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>This cannot be recorded in the audit trail, so Confidant did not do it.</source>
        <translation>Cela ne peut pas être consigné dans le journal d&apos;audit, Confidant ne l&apos;a donc pas fait.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>The output could not be written completely; check free space or the pipe.</source>
        <translation>La sortie n&apos;a pas pu être écrite entièrement&#xa0;; vérifiez l&apos;espace disponible ou le tube (pipe).</translation>
    </message>
    <message>
        <source>Usage: confidant-cli [global options] COMMAND [options] [arguments]</source>
        <translation>Utilisation&#xa0;: confidant-cli [options globales] COMMAND [options] [arguments]</translation>
    </message>
    <message>
        <source>Confidant keeps contacts and companies in an encrypted vault on this computer.</source>
        <translation>Confidant conserve les contacts et les entreprises dans un coffre chiffré sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <source>Not available in this version yet: %1.</source>
        <translation>Pas encore disponible dans cette version&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Global options (before or after the command):</source>
        <translation>Options globales (avant ou après la commande)&#xa0;:</translation>
    </message>
    <message>
        <source>See confidant-cli COMMAND --help for the options of a command.</source>
        <translation>Consultez confidant-cli COMMAND --help pour les options d&apos;une commande.</translation>
    </message>
    <message>
        <source>Usage: confidant-cli %1 %2 [options]</source>
        <translation>Utilisation&#xa0;: confidant-cli %1 %2 [options]</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Options globales&#xa0;:</translation>
    </message>
    <message>
        <source>See confidant-cli %1 SUB-COMMAND --help for its options.</source>
        <translation>Consultez confidant-cli %1 SUB-COMMAND --help pour ses options.</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[options]</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Utilisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options&#xa0;:</translation>
    </message>
    <message>
        <source>Standard input: with --passphrase-stdin, line 1 is the passphrase or recovery code and line 2 the profile&apos;s PIN; without it, the PIN is line 1. A PIN line is read only when the profile (or the owner, without --profile) has a PIN. A new PIN (profile add --pin-stdin, profile pin) comes on the next unread line.</source>
        <translation>Entrée standard&#xa0;: avec --passphrase-stdin, la ligne 1 contient la phrase secrète ou le code de récupération et la ligne 2 le PIN du profil&#xa0;; sans cette option, le PIN est en ligne 1. Une ligne de PIN n&apos;est lue que si le profil (ou, sans --profile, le propriétaire) a un PIN. Un nouveau PIN (profile add --pin-stdin, profile pin) se place sur la ligne non lue suivante.</translation>
    </message>
    <message>
        <source>Dates and times: YYYY-MM-DD is that day where you are (from its start; --until takes in the whole day); YYYY-MM-DD HH:MM or YYYY-MM-DDTHH:MM[:SS] is local time; with Z or an offset (+02:00) it is taken as given.</source>
        <translation>Dates et heures&#xa0;: YYYY-MM-DD désigne ce jour-là dans votre fuseau horaire (à partir de son début&#xa0;; --until inclut toute la journée)&#xa0;; YYYY-MM-DD HH:MM ou YYYY-MM-DDTHH:MM[:SS] est en heure locale&#xa0;; avec Z ou un décalage (+02:00), l&apos;heure est prise telle quelle.</translation>
    </message>
    <message>
        <source>Argument %1 is not valid UTF-8 text; nothing was done. Give every argument in UTF-8 (check the encoding of the terminal or the script).</source>
        <translation>L&apos;argument %1 n&apos;est pas du texte UTF-8 valide&#xa0;; rien n&apos;a été fait. Indiquez chaque argument en UTF-8 (vérifiez l&apos;encodage du terminal ou du script).</translation>
    </message>
    <message>
        <source>The vault is read-only here, so its audit trail could not record this.</source>
        <translation>Le coffre est ici en lecture seule, son journal d&apos;audit n&apos;a donc pas pu le consigner.</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 other failure, 2 usage error, 3 cannot unlock (also a wrong or missing PIN, or a profile that must wait after wrong PINs), 4 vault damaged, not a vault, written by a newer Confidant, or audit trail broken, 5 not found, 6 permission denied (the denial is audited), 7 invalid input (nothing was written), 8 vault busy (another Confidant is writing to it; try again).</source>
        <translation>Codes de sortie&#xa0;: 0 succès, 1 autre échec, 2 erreur d&apos;utilisation, 3 déverrouillage impossible (y compris PIN incorrect ou manquant, ou profil qui doit attendre après des PIN incorrects), 4 coffre endommagé, pas un coffre, écrit par une version plus récente de Confidant ou journal d&apos;audit rompu, 5 introuvable, 6 autorisation refusée (le refus est consigné dans le journal d&apos;audit), 7 saisie non valide (rien n&apos;a été écrit), 8 coffre occupé (une autre instance de Confidant est en train d&apos;y écrire&#xa0;; réessayez).</translation>
    </message>
</context>
<context>
    <name>CommandContext</name>
    <message>
        <source>The first line of standard input is longer than %1 bytes; give only the passphrase or recovery code there.</source>
        <translation>La première ligne de l&apos;entrée standard dépasse %1 octets&#xa0;; n&apos;y indiquez que la phrase secrète ou le code de récupération.</translation>
    </message>
    <message>
        <source>Recovery code: </source>
        <translation>Code de récupération&#xa0;: </translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Phrase secrète&#xa0;: </translation>
    </message>
    <message>
        <source>Standard input held no recovery code; give it on the first line.</source>
        <translation>L&apos;entrée standard ne contenait aucun code de récupération&#xa0;; indiquez-le sur la première ligne.</translation>
    </message>
    <message>
        <source>Standard input held no passphrase; give it on the first line.</source>
        <translation>L&apos;entrée standard ne contenait aucune phrase secrète&#xa0;; indiquez-la sur la première ligne.</translation>
    </message>
    <message>
        <source>The vault key is stored in the system keychain again; next time no recovery code is needed.</source>
        <translation>La clé du coffre est de nouveau enregistrée dans le trousseau de clés du système&#xa0;; la prochaine fois, aucun code de récupération ne sera nécessaire.</translation>
    </message>
    <message>
        <source>The vault is open, but its key could not be stored in the keychain; keep the recovery code at hand.</source>
        <translation>Le coffre est ouvert, mais sa clé n&apos;a pas pu être enregistrée dans le trousseau de clés&#xa0;; gardez le code de récupération à portée de main.</translation>
    </message>
    <message>
        <source>Give it on line 1 of standard input with --passphrase-stdin.</source>
        <translation>Indiquez-la sur la ligne 1 de l&apos;entrée standard avec --passphrase-stdin.</translation>
    </message>
    <message>
        <source>Or give the recovery code on line 1 of standard input with --passphrase-stdin.</source>
        <translation>Ou indiquez le code de récupération sur la ligne 1 de l&apos;entrée standard avec --passphrase-stdin.</translation>
    </message>
    <message>
        <source>--%1 needs a whole number from %2 to %3.</source>
        <translation>--%1 attend un nombre entier de %2 à %3.</translation>
    </message>
    <message>
        <source>The PIN line of standard input is longer than %1 bytes; give only the PIN there.</source>
        <translation>La ligne du PIN dans l&apos;entrée standard dépasse %1 octets&#xa0;; n&apos;y indiquez que le PIN.</translation>
    </message>
    <message>
        <source>Profile PIN: </source>
        <translation>PIN du profil&#xa0;: </translation>
    </message>
    <message>
        <source>This profile has a PIN; give it on line 2 of standard input, after the passphrase or recovery code.</source>
        <translation>Ce profil a un PIN&#xa0;; indiquez-le sur la ligne 2 de l&apos;entrée standard, après la phrase secrète ou le code de récupération.</translation>
    </message>
    <message>
        <source>This profile has a PIN; give it on line 1 of standard input.</source>
        <translation>Ce profil a un PIN&#xa0;; indiquez-le sur la ligne 1 de l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>--%1 takes a date (2026-03-01) or a date and time (2026-03-01 14:30, 2026-03-01T14:30:00Z); without Z or an offset it is local time.</source>
        <translation>--%1 attend une date (2026-03-01) ou une date et une heure (2026-03-01 14:30, 2026-03-01T14:30:00Z)&#xa0;; sans Z ni décalage, c&apos;est l&apos;heure locale.</translation>
    </message>
    <message>
        <source>--%1 takes a calendar day as YYYY-MM-DD, e.g. 2026-03-01.</source>
        <translation>--%1 attend un jour calendaire au format YYYY-MM-DD, par exemple 2026-03-01.</translation>
    </message>
</context>
<context>
    <name>CommandHelp</name>
    <message>
        <source>the vault folder (default: the GUI&apos;s vault)</source>
        <translation>le dossier du coffre (par défaut&#xa0;: le coffre de l&apos;interface graphique)</translation>
    </message>
    <message>
        <source>print one JSON document on stdout</source>
        <translation>écrire un seul document JSON sur stdout</translation>
    </message>
    <message>
        <source>print the version and exit</source>
        <translation>afficher la version et quitter</translation>
    </message>
    <message>
        <source>print this help and exit</source>
        <translation>afficher cette aide et quitter</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>tag; repeat for several</source>
        <translation>étiquette&#xa0;; à répéter pour en indiquer plusieurs</translation>
    </message>
    <message>
        <source>street and number</source>
        <translation>rue et numéro</translation>
    </message>
    <message>
        <source>postcode</source>
        <translation>code postal</translation>
    </message>
    <message>
        <source>city</source>
        <translation>ville</translation>
    </message>
    <message>
        <source>region or state</source>
        <translation>région, canton ou État</translation>
    </message>
    <message>
        <source>country</source>
        <translation>pays</translation>
    </message>
    <message>
        <source>remove all emails</source>
        <translation>supprimer toutes les adresses e-mail</translation>
    </message>
    <message>
        <source>remove all phones</source>
        <translation>supprimer tous les numéros de téléphone</translation>
    </message>
    <message>
        <source>remove all tags</source>
        <translation>supprimer toutes les étiquettes</translation>
    </message>
    <message>
        <source>the company&apos;s name</source>
        <translation>le nom de l&apos;entreprise</translation>
    </message>
    <message>
        <source>web domain, e.g. example.com</source>
        <translation>domaine web, par ex. example.com</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>numéro de téléphone</translation>
    </message>
    <message>
        <source>at most N rows (1 to 10000, default 100)</source>
        <translation>au plus N lignes (1 à 10000, 100 par défaut)</translation>
    </message>
    <message>
        <source>continue after the previous page</source>
        <translation>reprendre après la page précédente</translation>
    </message>
    <message>
        <source>only rows matching TEXT (prefix search)</source>
        <translation>uniquement les lignes correspondant à TEXT (recherche par préfixe)</translation>
    </message>
    <message>
        <source>create a vault: with --passphrase-stdin protected by a passphrase, otherwise with a key in the system keychain and a recovery code printed once</source>
        <translation>créer un coffre&#xa0;: avec --passphrase-stdin, protégé par une phrase secrète&#xa0;; sinon, avec une clé dans le trousseau de clés du système et un code de récupération affiché une seule fois</translation>
    </message>
    <message>
        <source>show the vault&apos;s uid, folder, key source, schema and cipher versions and counts</source>
        <translation>afficher l&apos;uid du coffre, son dossier, la source de la clé, les versions du schéma et du chiffrement, ainsi que les effectifs</translation>
    </message>
    <message>
        <source>add deterministic, realistic sample contacts and companies</source>
        <translation>ajouter des contacts et des entreprises d&apos;exemple réalistes et reproductibles</translation>
    </message>
    <message>
        <source>how many contacts (0 to 10000000)</source>
        <translation>nombre de contacts (0 à 10000000)</translation>
    </message>
    <message>
        <source>seed; the same seed gives the same data (default 1)</source>
        <translation>graine&#xa0;; la même graine donne les mêmes données (1 par défaut)</translation>
    </message>
    <message>
        <source>prefix search over names, emails, phones, companies and notes</source>
        <translation>recherche par préfixe dans les noms, adresses e-mail, téléphones, entreprises et notes</translation>
    </message>
    <message>
        <source>at most N hits (1 to 10000, default 50)</source>
        <translation>au plus N résultats (1 à 10000, 50 par défaut)</translation>
    </message>
    <message>
        <source>add a contact and print its uid</source>
        <translation>ajouter un contact et afficher son uid</translation>
    </message>
    <message>
        <source>show everything stored about a contact</source>
        <translation>afficher tout ce qui est enregistré sur un contact</translation>
    </message>
    <message>
        <source>list contacts, a page at a time; prints the cursor of the next page</source>
        <translation>lister les contacts page par page&#xa0;; affiche le curseur de la page suivante</translation>
    </message>
    <message>
        <source>family (default), given or updated</source>
        <translation>family (par défaut), given ou updated</translation>
    </message>
    <message>
        <source>change the fields given; --email, --phone and --tag replace the whole list</source>
        <translation>modifier les champs indiqués&#xa0;; --email, --phone et --tag remplacent toute la liste</translation>
    </message>
    <message>
        <source>add a company and print its uid</source>
        <translation>ajouter une entreprise et afficher son uid</translation>
    </message>
    <message>
        <source>show a company</source>
        <translation>afficher une entreprise</translation>
    </message>
    <message>
        <source>list companies, a page at a time; prints the cursor of the next page</source>
        <translation>lister les entreprises page par page&#xa0;; affiche le curseur de la page suivante</translation>
    </message>
    <message>
        <source>name (default) or updated</source>
        <translation>name (par défaut) ou updated</translation>
    </message>
    <message>
        <source>change the fields given</source>
        <translation>modifier les champs indiqués</translation>
    </message>
    <message>
        <source>delete a company; its contacts stay, without a company</source>
        <translation>supprimer une entreprise&#xa0;; ses contacts sont conservés, sans entreprise</translation>
    </message>
    <message>
        <source>read the passphrase or recovery code from line 1 of standard input, and the profile&apos;s PIN (when it has one) from line 2</source>
        <translation>lire la phrase secrète ou le code de récupération sur la ligne 1 de l&apos;entrée standard, et le PIN du profil (s&apos;il en a un) sur la ligne 2</translation>
    </message>
    <message>
        <source>act as this operator profile (default: the owner); its PIN, when it has one, comes on the next line of standard input</source>
        <translation>agir en tant que ce profil d&apos;opérateur (par défaut&#xa0;: le propriétaire)&#xa0;; son PIN, s&apos;il en a un, se place sur la ligne suivante de l&apos;entrée standard</translation>
    </message>
    <message>
        <source>only entries before TIME; a date alone includes that whole day</source>
        <translation>uniquement les entrées antérieures à TIME&#xa0;; une date seule inclut toute cette journée</translation>
    </message>
    <message>
        <source>only entries about the entity with this uid</source>
        <translation>uniquement les entrées concernant la fiche portant cet uid</translation>
    </message>
    <message>
        <source>only this action (access.denied), or every action starting with A when A ends in &apos;.&apos; (contact.)</source>
        <translation>uniquement cette action (access.denied), ou toute action commençant par A lorsque A se termine par «&#xa0;.&#xa0;» (contact.)</translation>
    </message>
    <message>
        <source>only entries by this profile</source>
        <translation>uniquement les entrées de ce profil</translation>
    </message>
    <message>
        <source>at most N entries (1 to 10000, default 100)</source>
        <translation>au plus N entrées (1 à 10000, 100 par défaut)</translation>
    </message>
    <message>
        <source>only entries older than sequence number SEQ (the next page)</source>
        <translation>uniquement les entrées antérieures au numéro de séquence SEQ (la page suivante)</translation>
    </message>
    <message>
        <source>the CSV file to write</source>
        <translation>le fichier CSV à écrire</translation>
    </message>
    <message>
        <source>replace FILE if it exists</source>
        <translation>remplacer FILE s&apos;il existe</translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation>le fichier à écrire</translation>
    </message>
    <message>
        <source>only contacts with this tag</source>
        <translation>uniquement les contacts portant cette étiquette</translation>
    </message>
    <message>
        <source>replace FILE when it exists</source>
        <translation>remplacer FILE s&apos;il existe</translation>
    </message>
    <message>
        <source>add an operator profile with a role and, optionally, a PIN of its own</source>
        <translation>ajouter un profil d&apos;opérateur avec un rôle et, éventuellement, son propre PIN</translation>
    </message>
    <message>
        <source>owner, admin, privacy-officer, sales-rep or read-only</source>
        <translation>owner, admin, privacy-officer, sales-rep ou read-only</translation>
    </message>
    <message>
        <source>remove an operator profile; the vault keeps at least one owner</source>
        <translation>supprimer un profil d&apos;opérateur&#xa0;; le coffre conserve toujours au moins un propriétaire</translation>
    </message>
    <message>
        <source>give a profile another role: owner, admin, privacy-officer, sales-rep or read-only</source>
        <translation>attribuer un autre rôle à un profil&#xa0;: owner, admin, privacy-officer, sales-rep ou read-only</translation>
    </message>
    <message>
        <source>set a profile&apos;s PIN from the next unread line of standard input, or remove it with --clear</source>
        <translation>définir le PIN d&apos;un profil à partir de la ligne non lue suivante de l&apos;entrée standard, ou le supprimer avec --clear</translation>
    </message>
    <message>
        <source>remove the PIN instead of setting one</source>
        <translation>supprimer le PIN au lieu d&apos;en définir un</translation>
    </message>
    <message>
        <source>check the whole hash chain of the audit trail against its sealed head; exit 4 naming the first broken entry</source>
        <translation>vérifier toute la chaîne de hachage du journal d&apos;audit par rapport à sa tête scellée&#xa0;; code de sortie 4 en indiquant la première entrée rompue</translation>
    </message>
    <message>
        <source>list audit entries, newest first; prints the option for the next page</source>
        <translation>lister les entrées d&apos;audit, les plus récentes en premier&#xa0;; affiche l&apos;option pour la page suivante</translation>
    </message>
    <message>
        <source>write the audit entries (oldest first) to a CSV file; the export itself is audited</source>
        <translation>écrire les entrées d&apos;audit (les plus anciennes en premier) dans un fichier CSV&#xa0;; l&apos;export lui-même est consigné dans le journal d&apos;audit</translation>
    </message>
    <message>
        <source>write an encrypted, verified backup that the recovery code or passphrase opens anywhere</source>
        <translation>écrire une sauvegarde chiffrée et vérifiée, que le code de récupération ou la phrase secrète ouvre sur n&apos;importe quel ordinateur</translation>
    </message>
    <message>
        <source>where to write it (default: a new file in the vault&apos;s backups folder)</source>
        <translation>où l&apos;écrire (par défaut&#xa0;: un nouveau fichier dans le dossier des sauvegardes du coffre)</translation>
    </message>
    <message>
        <source>only when the vault&apos;s backup schedule says one is due; keeps the newest scheduled ones (for cron or a systemd timer)</source>
        <translation>uniquement si le calendrier de sauvegarde du coffre en prévoit une&#xa0;; conserve les sauvegardes planifiées les plus récentes (pour cron ou un minuteur systemd)</translation>
    </message>
    <message>
        <source>restore a backup into the --vault folder (line 1 of standard input: the backup&apos;s recovery code or passphrase); re-applies erasures made since</source>
        <translation>restaurer une sauvegarde dans le dossier --vault (ligne 1 de l&apos;entrée standard&#xa0;: le code de récupération ou la phrase secrète de la sauvegarde)&#xa0;; réapplique les effacements effectués depuis</translation>
    </message>
    <message>
        <source>replace an existing vault (it is kept under backups/replaced-TIME/)</source>
        <translation>remplacer un coffre existant (il est conservé sous backups/replaced-TIME/)</translation>
    </message>
    <message>
        <source>also re-apply the erasures recorded in the vault in DIR</source>
        <translation>réappliquer aussi les effacements enregistrés dans le coffre situé dans DIR</translation>
    </message>
    <message>
        <source>change the vault key, crash-safe: keychain mode prints the new recovery code; passphrase mode reads the new passphrase from the next line of standard input</source>
        <translation>changer la clé du coffre, sans risque en cas de plantage&#xa0;: en mode trousseau de clés, le nouveau code de récupération est affiché&#xa0;; en mode phrase secrète, la nouvelle phrase secrète est lue sur la ligne suivante de l&apos;entrée standard</translation>
    </message>
    <message>
        <source>check integrity, cipher integrity and the audit chain; one line per check, exit 4 when one fails</source>
        <translation>vérifier l&apos;intégrité, l&apos;intégrité du chiffrement et la chaîne d&apos;audit&#xa0;; une ligne par vérification, code de sortie 4 si l&apos;une échoue</translation>
    </message>
    <message>
        <source>GUI only: lock the Confidant window with Ctrl+L (each command unlocks on its own)</source>
        <translation>interface graphique uniquement&#xa0;: verrouillez la fenêtre Confidant avec Ctrl+L (chaque commande déverrouille le coffre elle-même)</translation>
    </message>
    <message>
        <source>tag; repeat for several (replaces the list)</source>
        <translation>étiquette&#xa0;; à répéter pour en indiquer plusieurs (remplace la liste)</translation>
    </message>
    <message>
        <source>only companies with this tag</source>
        <translation>uniquement les entreprises portant cette étiquette</translation>
    </message>
    <message>
        <source>contact (default); company and deal later</source>
        <translation>contact (par défaut)&#xa0;; company et deal plus tard</translation>
    </message>
    <message>
        <source>search text (prefix search)</source>
        <translation>texte recherché (recherche par préfixe)</translation>
    </message>
    <message>
        <source>a tag the contacts must have; repeat for all of several</source>
        <translation>une étiquette que les contacts doivent porter&#xa0;; à répéter pour exiger plusieurs étiquettes</translation>
    </message>
    <message>
        <source>csv (default) or vcard (vCard 4.0)</source>
        <translation>csv (par défaut) ou vcard (vCard 4.0)</translation>
    </message>
    <message>
        <source>only contacts the saved filter NAME matches</source>
        <translation>uniquement les contacts correspondant au filtre enregistré NAME</translation>
    </message>
    <message>
        <source>write the given contacts (or all, or those with --tag or --filter) to a CSV or vCard file; needs the export permission and is audited</source>
        <translation>écrire les contacts indiqués (ou tous, ou ceux sélectionnés par --tag ou --filter) dans un fichier CSV ou vCard&#xa0;; nécessite l&apos;autorisation d&apos;export et est consigné dans le journal d&apos;audit</translation>
    </message>
    <message>
        <source>log a call, meeting, email (logged, not sent) or note and print its uid</source>
        <translation>consigner un appel, une réunion, un e-mail (consigné, pas envoyé) ou une note et afficher son uid</translation>
    </message>
    <message>
        <source>call, meeting, email or note</source>
        <translation>call (appel), meeting (réunion), email (e-mail) ou note</translation>
    </message>
    <message>
        <source>one-line subject</source>
        <translation>objet sur une ligne</translation>
    </message>
    <message>
        <source>what was said or written</source>
        <translation>ce qui a été dit ou écrit</translation>
    </message>
    <message>
        <source>when it happened: &quot;YYYY-MM-DD HH:MM&quot; local time, or ISO 8601 with Z or an offset (default: now)</source>
        <translation>quand cela a eu lieu&#xa0;: «&#xa0;YYYY-MM-DD HH:MM&#xa0;» en heure locale, ou ISO 8601 avec Z ou un décalage (par défaut&#xa0;: maintenant)</translation>
    </message>
    <message>
        <source>link to this contact; repeatable</source>
        <translation>lier à ce contact&#xa0;; peut être répété</translation>
    </message>
    <message>
        <source>link to this company; repeatable</source>
        <translation>lier à cette entreprise&#xa0;; peut être répété</translation>
    </message>
    <message>
        <source>link to this deal; repeatable</source>
        <translation>lier à cette affaire&#xa0;; peut être répété</translation>
    </message>
    <message>
        <source>a record&apos;s timeline, newest first (without --contact, --company or --deal: your own recent activities); prints the cursor of the next page</source>
        <translation>la chronologie d&apos;une fiche, les plus récentes en premier (sans --contact, --company ni --deal&#xa0;: vos propres activités récentes)&#xa0;; affiche le curseur de la page suivante</translation>
    </message>
    <message>
        <source>the timeline of this contact</source>
        <translation>la chronologie de ce contact</translation>
    </message>
    <message>
        <source>the timeline of this company</source>
        <translation>la chronologie de cette entreprise</translation>
    </message>
    <message>
        <source>the timeline of this deal</source>
        <translation>la chronologie de cette affaire</translation>
    </message>
    <message>
        <source>add a task for yourself and print its uid</source>
        <translation>ajouter une tâche pour vous-même et afficher son uid</translation>
    </message>
    <message>
        <source>what is to be done</source>
        <translation>ce qu&apos;il faut faire</translation>
    </message>
    <message>
        <source>details</source>
        <translation>détails</translation>
    </message>
    <message>
        <source>due date YYYY-MM-DD (by the end of that day) or date and time, local unless it carries Z or an offset</source>
        <translation>date d&apos;échéance YYYY-MM-DD (avant la fin de ce jour) ou date et heure, en heure locale sauf si elles comportent Z ou un décalage</translation>
    </message>
    <message>
        <source>remind at this time (a date alone: 09:00); not after --due</source>
        <translation>rappel à cette heure (date seule&#xa0;: 09:00)&#xa0;; pas après --due</translation>
    </message>
    <message>
        <source>list open tasks, earliest due first</source>
        <translation>lister les tâches ouvertes, échéance la plus proche en premier</translation>
    </message>
    <message>
        <source>only your own tasks</source>
        <translation>uniquement vos propres tâches</translation>
    </message>
    <message>
        <source>only tasks due before today</source>
        <translation>uniquement les tâches échues avant aujourd&apos;hui</translation>
    </message>
    <message>
        <source>only tasks due today (with --overdue: both, as in My day)</source>
        <translation>uniquement les tâches échues aujourd&apos;hui (avec --overdue&#xa0;: les deux, comme dans Ma journée)</translation>
    </message>
    <message>
        <source>done tasks instead of open ones</source>
        <translation>les tâches terminées au lieu des tâches ouvertes</translation>
    </message>
    <message>
        <source>open and done tasks</source>
        <translation>les tâches ouvertes et terminées</translation>
    </message>
    <message>
        <source>mark a task done</source>
        <translation>marquer une tâche comme terminée</translation>
    </message>
    <message>
        <source>preview a CSV or vCard file (new rows, matches, problems with their lines) and import it in one transaction; exit 7 when a row has a problem, unless --skip-invalid</source>
        <translation>prévisualiser un fichier CSV ou vCard (nouvelles lignes, correspondances, problèmes avec leurs lignes) et l&apos;importer en une seule transaction&#xa0;; code de sortie 7 si une ligne pose problème, sauf avec --skip-invalid</translation>
    </message>
    <message>
        <source>csv or vcard (default: detected)</source>
        <translation>csv ou vcard (par défaut&#xa0;: détecté)</translation>
    </message>
    <message>
        <source>column mapping, {&quot;Column&quot;: &quot;field&quot;}; fields: given, family, email, phone, company, title, notes, tag, street, city, postcode, region, country, birthday, website, skip</source>
        <translation>correspondance des colonnes, {&quot;Column&quot;: &quot;field&quot;}&#xa0;; champs&#xa0;: given, family, email, phone, company, title, notes, tag, street, city, postcode, region, country, birthday, website, skip</translation>
    </message>
    <message>
        <source>only print the preview; write nothing</source>
        <translation>afficher seulement l&apos;aperçu&#xa0;; ne rien écrire</translation>
    </message>
    <message>
        <source>import the other rows and leave out the rows with problems</source>
        <translation>importer les autres lignes et laisser de côté celles qui posent problème</translation>
    </message>
    <message>
        <source>skip (default) or merge: fill the matched contact&apos;s empty fields, add its missing emails, phones and tags</source>
        <translation>skip (par défaut) ou merge&#xa0;: remplir les champs vides du contact correspondant, ajouter ses e-mails, téléphones et étiquettes manquants</translation>
    </message>
    <message>
        <source>utf-8, utf-16le or utf-16be (default: detected)</source>
        <translation>utf-8, utf-16le ou utf-16be (par défaut&#xa0;: détecté)</translation>
    </message>
    <message>
        <source>comma, semicolon or tab (default: detected)</source>
        <translation>comma (virgule), semicolon (point-virgule) ou tab (tabulation) (par défaut&#xa0;: détecté)</translation>
    </message>
    <message>
        <source>write contacts to a file (CSV or vCard); needs the export permission and is audited</source>
        <translation>écrire des contacts dans un fichier (CSV ou vCard)&#xa0;; nécessite l&apos;autorisation d&apos;export et est consigné dans le journal d&apos;audit</translation>
    </message>
    <message>
        <source>list the saved filters</source>
        <translation>lister les filtres enregistrés</translation>
    </message>
    <message>
        <source>only filters for contact, company or deal</source>
        <translation>uniquement les filtres pour contact, company ou deal</translation>
    </message>
    <message>
        <source>save a contact filter under NAME (for export --filter and the Contacts page)</source>
        <translation>enregistrer un filtre de contacts sous NAME (pour export --filter et la page Contacts)</translation>
    </message>
    <message>
        <source>delete the saved filter NAME</source>
        <translation>supprimer le filtre enregistré NAME</translation>
    </message>
    <message>
        <source>contact (default), company or deal</source>
        <translation>contact (par défaut), company ou deal</translation>
    </message>
    <message>
        <source>the deal&apos;s title</source>
        <translation>le titre de l&apos;affaire</translation>
    </message>
    <message>
        <source>value with a decimal point and the currency&apos;s decimals, e.g. 1234.50</source>
        <translation>montant avec un point décimal et le nombre de décimales de la devise, par exemple 1234.50</translation>
    </message>
    <message>
        <source>ISO-4217 code (default EUR)</source>
        <translation>code ISO 4217 (par défaut EUR)</translation>
    </message>
    <message>
        <source>expected close date</source>
        <translation>date de clôture prévue</translation>
    </message>
    <message>
        <source>the company, by name or uid</source>
        <translation>l&apos;entreprise, par son nom ou son uid</translation>
    </message>
    <message>
        <source>a linked contact&apos;s uid; repeat for several</source>
        <translation>l&apos;uid d&apos;un contact lié&#xa0;; à répéter pour en indiquer plusieurs</translation>
    </message>
    <message>
        <source>owner profile (default: the acting one)</source>
        <translation>profil responsable (par défaut&#xa0;: celui qui agit)</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>pipeline (default: the first)</source>
        <translation>pipeline (par défaut&#xa0;: le premier)</translation>
    </message>
    <message>
        <source>stage (default: the first open stage)</source>
        <translation>étape (par défaut&#xa0;: la première étape ouverte)</translation>
    </message>
    <message>
        <source>the stage&apos;s (new) name</source>
        <translation>le (nouveau) nom de l&apos;étape</translation>
    </message>
    <message>
        <source>chance of winning, in per cent</source>
        <translation>probabilité de gain, en pourcentage</translation>
    </message>
    <message>
        <source>open, won or lost</source>
        <translation>open, won ou lost</translation>
    </message>
    <message>
        <source>place in the pipeline, 1 for the first</source>
        <translation>position dans le pipeline, 1 pour la première</translation>
    </message>
    <message>
        <source>add a deal and print its uid</source>
        <translation>ajouter une affaire et afficher son uid</translation>
    </message>
    <message>
        <source>show a deal</source>
        <translation>afficher une affaire</translation>
    </message>
    <message>
        <source>list deals, a page at a time; prints the cursor of the next page</source>
        <translation>lister les affaires page par page&#xa0;; affiche le curseur de la page suivante</translation>
    </message>
    <message>
        <source>only deals of this pipeline</source>
        <translation>uniquement les affaires de ce pipeline</translation>
    </message>
    <message>
        <source>only deals in this stage</source>
        <translation>uniquement les affaires à cette étape</translation>
    </message>
    <message>
        <source>only deals this profile owns</source>
        <translation>uniquement les affaires dont ce profil est responsable</translation>
    </message>
    <message>
        <source>only deals with this tag</source>
        <translation>uniquement les affaires portant cette étiquette</translation>
    </message>
    <message>
        <source>only deals of this company</source>
        <translation>uniquement les affaires de cette entreprise</translation>
    </message>
    <message>
        <source>only deals linked to this contact</source>
        <translation>uniquement les affaires liées à ce contact</translation>
    </message>
    <message>
        <source>only deals whose title contains TEXT</source>
        <translation>uniquement les affaires dont le titre contient TEXT</translation>
    </message>
    <message>
        <source>updated (default), title, value or close</source>
        <translation>updated (par défaut), title, value ou close</translation>
    </message>
    <message>
        <source>change the fields given; --contact and --tag replace the whole list</source>
        <translation>modifier les champs indiqués&#xa0;; --contact et --tag remplacent toute la liste</translation>
    </message>
    <message>
        <source>move a deal to another stage (name or uid); a won or lost stage closes it, an open one reopens it</source>
        <translation>déplacer une affaire vers une autre étape (nom ou uid)&#xa0;; une étape gagnée ou perdue la clôture, une étape ouverte la rouvre</translation>
    </message>
    <message>
        <source>why, when the stage is a lost or won one</source>
        <translation>pourquoi, lorsque l&apos;étape est une étape perdue ou gagnée</translation>
    </message>
    <message>
        <source>mark a deal as won (moves it to the won stage)</source>
        <translation>marquer une affaire comme gagnée (la déplace vers l&apos;étape gagnée)</translation>
    </message>
    <message>
        <source>why it was won (optional)</source>
        <translation>pourquoi elle a été gagnée (facultatif)</translation>
    </message>
    <message>
        <source>mark a deal as lost (moves it to the lost stage)</source>
        <translation>marquer une affaire comme perdue (la déplace vers l&apos;étape perdue)</translation>
    </message>
    <message>
        <source>why it was lost (required)</source>
        <translation>pourquoi elle a été perdue (obligatoire)</translation>
    </message>
    <message>
        <source>delete a deal</source>
        <translation>supprimer une affaire</translation>
    </message>
    <message>
        <source>the stages a deal went through: from, to, when, by whom</source>
        <translation>les étapes par lesquelles une affaire est passée&#xa0;: de, vers, quand, par qui</translation>
    </message>
    <message>
        <source>list the pipelines and their stages</source>
        <translation>lister les pipelines et leurs étapes</translation>
    </message>
    <message>
        <source>add a pipeline with the default stages (needs &quot;configure pipelines&quot;)</source>
        <translation>ajouter un pipeline avec les étapes par défaut (nécessite «&#xa0;configurer les pipelines&#xa0;»)</translation>
    </message>
    <message>
        <source>add a stage to a pipeline (needs &quot;configure pipelines&quot;)</source>
        <translation>ajouter une étape à un pipeline (nécessite «&#xa0;configurer les pipelines&#xa0;»)</translation>
    </message>
    <message>
        <source>rename a stage, change its probability, kind or position (needs &quot;configure pipelines&quot;)</source>
        <translation>renommer une étape, modifier sa probabilité, son type ou sa position (nécessite «&#xa0;configurer les pipelines&#xa0;»)</translation>
    </message>
    <message>
        <source>remove a stage that holds no deals (needs &quot;configure pipelines&quot;)</source>
        <translation>supprimer une étape qui ne contient aucune affaire (nécessite «&#xa0;configurer les pipelines&#xa0;»)</translation>
    </message>
    <message>
        <source>only contacts with a valid basis for this purpose (name or uid); says how many were left out and why</source>
        <translation>uniquement les contacts ayant une base valable pour cette finalité (nom ou uid)&#xa0;; indique combien ont été écartés et pourquoi</translation>
    </message>
    <message>
        <source>the notice&apos;s title</source>
        <translation>le titre de l&apos;avis</translation>
    </message>
    <message>
        <source>read the text from this UTF-8 file</source>
        <translation>lire le texte depuis ce fichier UTF-8</translation>
    </message>
    <message>
        <source>the text itself (instead of --file)</source>
        <translation>le texte lui-même (au lieu de --file)</translation>
    </message>
    <message>
        <source>markdown (default) or html</source>
        <translation>markdown (par défaut) ou html</translation>
    </message>
    <message>
        <source>the language of a bare VERSION (needed when several have it)</source>
        <translation>la langue d&apos;une VERSION seule (nécessaire lorsque plusieurs langues l&apos;ont)</translation>
    </message>
    <message>
        <source>language code: en, de, de-AT</source>
        <translation>code de langue&#xa0;: en, de, de-AT</translation>
    </message>
    <message>
        <source>a small change (typos): earlier acknowledgements stay current</source>
        <translation>une modification mineure (coquilles)&#xa0;: les prises de connaissance antérieures restent à jour</translation>
    </message>
    <message>
        <source>whether the change is material</source>
        <translation>si la modification est substantielle</translation>
    </message>
    <message>
        <source>list the privacy-notice versions, by language and version</source>
        <translation>lister les versions de l&apos;avis de confidentialité, par langue et par version</translation>
    </message>
    <message>
        <source>only this language</source>
        <translation>uniquement cette langue</translation>
    </message>
    <message>
        <source>add a draft notice as the next version of its language and print its uid (needs &quot;manage purposes&quot;)</source>
        <translation>ajouter un projet d&apos;avis comme prochaine version de sa langue et afficher son uid (nécessite «&#xa0;gérer les finalités&#xa0;»)</translation>
    </message>
    <message>
        <source>change a draft; a published version cannot be changed (exit 7): add a new version</source>
        <translation>modifier un projet&#xa0;; une version publiée ne peut pas être modifiée (code de sortie 7)&#xa0;: ajoutez une nouvelle version</translation>
    </message>
    <message>
        <source>publish a draft: it is hashed (SHA-256), dated and frozen</source>
        <translation>publier un projet&#xa0;: il est haché (SHA-256), daté et figé</translation>
    </message>
    <message>
        <source>show a notice and its text; NOTICE is a uid, VERSION, LANG:VERSION or current</source>
        <translation>afficher un avis et son texte&#xa0;; NOTICE est un uid, VERSION, LANG:VERSION ou current</translation>
    </message>
    <message>
        <source>delete a draft; a published version is kept (exit 7)</source>
        <translation>supprimer un projet&#xa0;; une version publiée est conservée (code de sortie 7)</translation>
    </message>
    <message>
        <source>record that a contact was shown a published notice (needs &quot;add and edit contacts&quot;)</source>
        <translation>enregistrer qu&apos;un avis publié a été présenté à un contact (nécessite «&#xa0;ajouter et modifier des contacts&#xa0;»)</translation>
    </message>
    <message>
        <source>in-person, phone, email, web, paper or other</source>
        <translation>in-person, phone, email, web, paper ou other</translation>
    </message>
    <message>
        <source>when: &quot;YYYY-MM-DD HH:MM&quot; local time, or ISO 8601 with Z or an offset (default: now)</source>
        <translation>quand&#xa0;: «&#xa0;YYYY-MM-DD HH:MM&#xa0;» en heure locale, ou ISO 8601 avec Z ou un décalage (par défaut&#xa0;: maintenant)</translation>
    </message>
    <message>
        <source>the notices a contact acknowledged, newest first</source>
        <translation>les avis dont un contact a pris connaissance, du plus récent au plus ancien</translation>
    </message>
    <message>
        <source>contacts whose acknowledged version is older than the current one after a material change</source>
        <translation>les contacts dont la version consultée est antérieure à la version actuelle après une modification substantielle</translation>
    </message>
    <message>
        <source>the language (default en)</source>
        <translation>la langue (en par défaut)</translation>
    </message>
    <message>
        <source>write to FILE (mode 0600) instead of stdout</source>
        <translation>écrire dans FILE (mode 0600) au lieu de la sortie standard</translation>
    </message>
    <message>
        <source>md (default) or pdf</source>
        <translation>md (par défaut) ou pdf</translation>
    </message>
    <message>
        <source>the notice language the policy belongs to (default en)</source>
        <translation>la langue de l&apos;avis à laquelle appartient la politique (en par défaut)</translation>
    </message>
    <message>
        <source>a privacy-policy draft built from the vault&apos;s configuration, listing what is missing at the top; Markdown on stdout, or a file (PDF needs --out)</source>
        <translation>un projet de politique de confidentialité établi à partir de la configuration du coffre, avec en tête la liste de ce qui manque&#xa0;; en Markdown sur la sortie standard, ou dans un fichier (le PDF nécessite --out)</translation>
    </message>
    <message>
        <source>the records of processing activities (Art. 30 GDPR), one per purpose; Markdown or CSV on stdout, or a file (PDF needs --out)</source>
        <translation>le registre des activités de traitement (Art. 30 RGPD), une entrée par finalité&#xa0;; en Markdown ou CSV sur la sortie standard, ou dans un fichier (le PDF nécessite --out)</translation>
    </message>
    <message>
        <source>md (default), csv or pdf</source>
        <translation>md (par défaut), csv ou pdf</translation>
    </message>
    <message>
        <source>the purpose&apos;s (new) name</source>
        <translation>le (nouveau) nom de la finalité</translation>
    </message>
    <message>
        <source>lawful basis: consent, contract, legal-obligation, vital-interests, public-task or legitimate-interests</source>
        <translation>base légale&#xa0;: consent, contract, legal-obligation, vital-interests, public-task ou legitimate-interests</translation>
    </message>
    <message>
        <source>what the data is used for</source>
        <translation>à quoi servent les données</translation>
    </message>
    <message>
        <source>the legitimate interest, written out (needed for legitimate-interests)</source>
        <translation>l&apos;intérêt légitime, rédigé en toutes lettres (nécessaire pour legitimate-interests)</translation>
    </message>
    <message>
        <source>how many days data is needed for it (on edit, empty: no period)</source>
        <translation>pendant combien de jours les données sont nécessaires (en modification, vide&#xa0;: aucune durée)</translation>
    </message>
    <message>
        <source>a field it uses, such as contact.email; repeat for several</source>
        <translation>un champ qu&apos;elle utilise, par exemple contact.email&#xa0;; à répéter pour plusieurs</translation>
    </message>
    <message>
        <source>it is direct marketing: contacts who object are left out</source>
        <translation>il s&apos;agit de prospection directe&#xa0;: les contacts qui s&apos;y opposent sont écartés</translation>
    </message>
    <message>
        <source>needs a consent per contact even on another basis (always for consent)</source>
        <translation>nécessite un consentement par contact même sur une autre base (toujours pour consent)</translation>
    </message>
    <message>
        <source>it is not direct marketing</source>
        <translation>il ne s&apos;agit pas de prospection directe</translation>
    </message>
    <message>
        <source>needs no consent (not for the consent basis)</source>
        <translation>ne nécessite aucun consentement (pas pour la base consent)</translation>
    </message>
    <message>
        <source>empty the list of fields (--field replaces it)</source>
        <translation>vider la liste des champs (--field la remplace)</translation>
    </message>
    <message>
        <source>web-form, paper, verbal, email, import or other (default other)</source>
        <translation>web-form, paper, verbal, email, import ou other (other par défaut)</translation>
    </message>
    <message>
        <source>where the proof is: a form&apos;s id, where the paper is filed, who heard it</source>
        <translation>où se trouve la preuve&#xa0;: l&apos;identifiant d&apos;un formulaire, l&apos;endroit où le papier est classé, qui l&apos;a entendu</translation>
    </message>
    <message>
        <source>when it happened (default now; not in the future)</source>
        <translation>quand cela a eu lieu (maintenant par défaut&#xa0;; pas dans le futur)</translation>
    </message>
    <message>
        <source>the published notice shown: uid, VERSION or LANG:VERSION</source>
        <translation>l&apos;avis publié présenté&#xa0;: uid, VERSION ou LANG:VERSION</translation>
    </message>
    <message>
        <source>when the consent is to be asked again (not for a withdrawal)</source>
        <translation>quand le consentement doit être redemandé (pas pour un retrait)</translation>
    </message>
    <message>
        <source>list the purposes with their lawful basis</source>
        <translation>lister les finalités avec leur base légale</translation>
    </message>
    <message>
        <source>archived purposes too</source>
        <translation>les finalités archivées également</translation>
    </message>
    <message>
        <source>show a purpose (by name or uid)</source>
        <translation>afficher une finalité (par nom ou uid)</translation>
    </message>
    <message>
        <source>add a purpose and print its uid (needs &quot;manage purposes&quot;)</source>
        <translation>ajouter une finalité et afficher son uid (nécessite «&#xa0;gérer les finalités&#xa0;»)</translation>
    </message>
    <message>
        <source>change what is given; --field replaces the list (needs &quot;manage purposes&quot;)</source>
        <translation>modifier ce qui est indiqué&#xa0;; --field remplace la liste (nécessite «&#xa0;gérer les finalités&#xa0;»)</translation>
    </message>
    <message>
        <source>archive a purpose: kept in the records, no longer used (needs &quot;manage purposes&quot;)</source>
        <translation>archiver une finalité&#xa0;: conservée dans le registre, elle n&apos;est plus utilisée (nécessite «&#xa0;gérer les finalités&#xa0;»)</translation>
    </message>
    <message>
        <source>use an archived purpose again (needs &quot;manage purposes&quot;)</source>
        <translation>réutiliser une finalité archivée (nécessite «&#xa0;gérer les finalités&#xa0;»)</translation>
    </message>
    <message>
        <source>record that a contact gave consent for a purpose</source>
        <translation>enregistrer qu&apos;un contact a donné son consentement pour une finalité</translation>
    </message>
    <message>
        <source>record that a contact withdrew consent for a purpose</source>
        <translation>enregistrer qu&apos;un contact a retiré son consentement pour une finalité</translation>
    </message>
    <message>
        <source>record that a contact confirmed a given consent again</source>
        <translation>enregistrer qu&apos;un contact a confirmé à nouveau un consentement donné</translation>
    </message>
    <message>
        <source>a contact&apos;s consent events, newest first</source>
        <translation>les événements de consentement d&apos;un contact, du plus récent au plus ancien</translation>
    </message>
    <message>
        <source>a contact&apos;s consent per purpose now</source>
        <translation>le consentement actuel d&apos;un contact, par finalité</translation>
    </message>
    <message>
        <source>consents to refresh: expired, or expiring within N days</source>
        <translation>les consentements à renouveler&#xa0;: expirés, ou expirant dans les N jours</translation>
    </message>
    <message>
        <source>days ahead (0 to 3650, default 30)</source>
        <translation>jours à venir (de 0 à 3650, 30 par défaut)</translation>
    </message>
    <message>
        <source>the party&apos;s (new) name</source>
        <translation>le (nouveau) nom du destinataire</translation>
    </message>
    <message>
        <source>processor, sub-processor, joint-controller, recipient or third-party</source>
        <translation>processor, sub-processor, joint-controller, recipient ou third-party</translation>
    </message>
    <message>
        <source>ISO 3166-1 alpha-2 code, e.g. DE or US</source>
        <translation>code ISO 3166-1 alpha-2, par ex. DE ou US</translation>
    </message>
    <message>
        <source>transfer safeguard: none, adequacy, sccs, bcrs or other</source>
        <translation>garantie de transfert&#xa0;: none, adequacy, sccs, bcrs ou other</translation>
    </message>
    <message>
        <source>what the safeguard is, in words</source>
        <translation>en quoi consiste la garantie, en toutes lettres</translation>
    </message>
    <message>
        <source>when the data-processing agreement was signed</source>
        <translation>date de signature du contrat de sous-traitance</translation>
    </message>
    <message>
        <source>where the agreement is kept</source>
        <translation>où le contrat est conservé</translation>
    </message>
    <message>
        <source>how to reach them</source>
        <translation>comment les joindre</translation>
    </message>
    <message>
        <source>a purpose they serve (name or uid); repeat for several</source>
        <translation>une finalité qu&apos;il sert (nom ou uid)&#xa0;; à répéter pour plusieurs</translation>
    </message>
    <message>
        <source>they serve no purpose</source>
        <translation>il ne sert aucune finalité</translation>
    </message>
    <message>
        <source>list the processors and other recipients, by name</source>
        <translation>lister les sous-traitants et autres destinataires, par nom</translation>
    </message>
    <message>
        <source>archived ones too</source>
        <translation>les entrées archivées également</translation>
    </message>
    <message>
        <source>show an entry of the register (name or uid)</source>
        <translation>afficher une entrée du registre (nom ou uid)</translation>
    </message>
    <message>
        <source>add a processor or other recipient and print its uid (needs &quot;manage purposes&quot;)</source>
        <translation>ajouter un sous-traitant ou un autre destinataire et afficher son uid (nécessite «&#xa0;gérer les finalités&#xa0;»)</translation>
    </message>
    <message>
        <source>change the fields given; --purpose replaces the list; an empty value clears a text</source>
        <translation>modifier les champs indiqués&#xa0;; --purpose remplace la liste&#xa0;; une valeur vide efface un texte</translation>
    </message>
    <message>
        <source>archive an entry: it leaves the policy and the record, but stays in the vault</source>
        <translation>archiver une entrée&#xa0;: elle disparaît de la politique et du registre, mais reste dans le coffre</translation>
    </message>
    <message>
        <source>bring an archived entry back</source>
        <translation>rétablir une entrée archivée</translation>
    </message>
    <message>
        <source>show the controller, DPO and supervisory authority details</source>
        <translation>afficher les coordonnées du responsable du traitement, du DPD et de l&apos;autorité de contrôle</translation>
    </message>
    <message>
        <source>change the details given; an empty value clears one (needs &quot;manage purposes&quot;)</source>
        <translation>modifier les coordonnées indiquées&#xa0;; une valeur vide en efface une (nécessite «&#xa0;gérer les finalités&#xa0;»)</translation>
    </message>
    <message>
        <source>the business&apos;s name</source>
        <translation>le nom de l&apos;entreprise</translation>
    </message>
    <message>
        <source>postal address; \n separates lines</source>
        <translation>adresse postale&#xa0;; \n sépare les lignes</translation>
    </message>
    <message>
        <source>where people exercise their rights</source>
        <translation>où les personnes exercent leurs droits</translation>
    </message>
    <message>
        <source>data protection officer&apos;s name</source>
        <translation>nom du délégué à la protection des données</translation>
    </message>
    <message>
        <source>data protection officer&apos;s email</source>
        <translation>adresse e-mail du délégué à la protection des données</translation>
    </message>
    <message>
        <source>state that no data protection officer is appointed</source>
        <translation>indiquer qu&apos;aucun délégué à la protection des données n&apos;est désigné</translation>
    </message>
    <message>
        <source>the supervisory authority</source>
        <translation>l&apos;autorité de contrôle</translation>
    </message>
    <message>
        <source>how policy updates are announced</source>
        <translation>comment les mises à jour de la politique sont annoncées</translation>
    </message>
    <message>
        <source>list the registry&apos;s fields: category, on or off, special category, purposes using them</source>
        <translation>lister les champs du registre&#xa0;: catégorie, activé ou désactivé, catégorie particulière, finalités qui les utilisent</translation>
    </message>
    <message>
        <source>only contact or company fields</source>
        <translation>uniquement les champs de contact ou d&apos;entreprise</translation>
    </message>
    <message>
        <source>switch an optional field off or on, or mark it as special-category data; KEY like contact.birthday (needs &quot;manage purposes&quot;)</source>
        <translation>désactiver ou activer un champ facultatif, ou le marquer comme donnée de catégorie particulière&#xa0;; KEY comme contact.birthday (nécessite «&#xa0;gérer les finalités&#xa0;»)</translation>
    </message>
    <message>
        <source>whether the field is used</source>
        <translation>si le champ est utilisé</translation>
    </message>
    <message>
        <source>special-category data (Art. 9)</source>
        <translation>données de catégorie particulière (Art. 9)</translation>
    </message>
    <message>
        <source>write everything the vault holds about a contact into DIR: access.json, one CSV per section and access-report.pdf (docs/ACCESS-PACKAGE.md)</source>
        <translation>écrire dans DIR tout ce que le coffre détient sur un contact&#xa0;: access.json, un CSV par section et access-report.pdf (docs/ACCESS-PACKAGE.md)</translation>
    </message>
    <message>
        <source>the folder to write into (created if missing)</source>
        <translation>le répertoire où écrire (créé s&apos;il n&apos;existe pas)</translation>
    </message>
    <message>
        <source>comma-separated json, csv, pdf (default: all three)</source>
        <translation>json, csv, pdf séparés par des virgules (par défaut&#xa0;: les trois)</translation>
    </message>
    <message>
        <source>the request this answers: named in the package, files recorded on it</source>
        <translation>la demande à laquelle il répond&#xa0;: nommée dans le dossier, fichiers consignés sur celle-ci</translation>
    </message>
    <message>
        <source>include mentions of the person in other records&apos; free text</source>
        <translation>inclure les mentions de la personne dans le texte libre d&apos;autres fiches</translation>
    </message>
    <message>
        <source>replace an access package already in DIR</source>
        <translation>remplacer un dossier d&apos;accès déjà présent dans DIR</translation>
    </message>
    <message>
        <source>add even when the email or phone is on the suppression list (the person asked to be erased); the audit trail records the override</source>
        <translation>ajouter même si l&apos;e-mail ou le téléphone figure sur la liste d&apos;exclusion (la personne a demandé l&apos;effacement)&#xa0;; le journal d&apos;audit consigne ce passage outre</translation>
    </message>
    <message>
        <source>erase a person from every table and the search index (needs &quot;erase&quot;); without --confirm it shows what would go and exits 2</source>
        <translation>effacer une personne de toutes les tables et de l&apos;index de recherche (nécessite «&#xa0;erase&#xa0;»)&#xa0;; sans --confirm, affiche ce qui serait supprimé et quitte avec le code 2</translation>
    </message>
    <message>
        <source>the contact&apos;s given and family name, as the preview shows it (case and extra spaces do not matter)</source>
        <translation>le prénom et le nom de famille du contact, tels que l&apos;aperçu les affiche (la casse et les espaces superflus sont ignorés)</translation>
    </message>
    <message>
        <source>rewrite the vault file now (VACUUM); slow on a large vault</source>
        <translation>réécrire le fichier du coffre maintenant (VACUUM)&#xa0;; lent pour un coffre volumineux</translation>
    </message>
    <message>
        <source>the data-subject request this answers (reference or uid)</source>
        <translation>la demande de la personne concernée à laquelle cela répond (référence ou uid)</translation>
    </message>
    <message>
        <source>only show what would go; exit 0</source>
        <translation>afficher uniquement ce qui serait supprimé&#xa0;; quitter avec le code 0</translation>
    </message>
    <message>
        <source>exit 0 when the email or phone is not on the suppression list, 1 (with the date) when an erased person had it</source>
        <translation>quitter avec le code 0 si l&apos;e-mail ou le téléphone ne figure pas sur la liste d&apos;exclusion, 1 (avec la date) si une personne effacée l&apos;avait</translation>
    </message>
    <message>
        <source>why it must be kept (required)</source>
        <translation>pourquoi il doit être conservé (obligatoire)</translation>
    </message>
    <message>
        <source>the last day of the hold; without it, until released</source>
        <translation>le dernier jour de la conservation légale&#xa0;; sans cela, jusqu&apos;à sa levée</translation>
    </message>
    <message>
        <source>list the active legal holds</source>
        <translation>lister les conservations légales actives</translation>
    </message>
    <message>
        <source>also released and lapsed holds</source>
        <translation>également les conservations levées et expirées</translation>
    </message>
    <message>
        <source>release a legal hold by its uid</source>
        <translation>lever une conservation légale par son uid</translation>
    </message>
    <message>
        <source>register a data-subject request; prints its reference and due date</source>
        <translation>enregistrer une demande de personne concernée&#xa0;; affiche sa référence et son échéance</translation>
    </message>
    <message>
        <source>access, rectification, erasure, restriction, objection, portability or do-not-sell</source>
        <translation>access, rectification, erasure, restriction, objection, portability ou do-not-sell</translation>
    </message>
    <message>
        <source>gdpr, uk-gdpr, ccpa, pipeda, lgpd or other: sets the deadline</source>
        <translation>gdpr, uk-gdpr, ccpa, pipeda, lgpd ou other&#xa0;: détermine le délai</translation>
    </message>
    <message>
        <source>email (default), web, phone, letter, in-person or other</source>
        <translation>email (par défaut), web, phone, letter, in-person ou other</translation>
    </message>
    <message>
        <source>who asked and how to reach them</source>
        <translation>qui a fait la demande et comment le joindre</translation>
    </message>
    <message>
        <source>what was asked</source>
        <translation>ce qui a été demandé</translation>
    </message>
    <message>
        <source>a contact it is about, by uid; repeatable</source>
        <translation>un contact concerné, par uid&#xa0;; répétable</translation>
    </message>
    <message>
        <source>requests by due date: open ones (default), overdue, due soon or all</source>
        <translation>demandes par échéance&#xa0;: ouvertes (par défaut), en retard, bientôt dues ou toutes</translation>
    </message>
    <message>
        <source>requests not closed (default)</source>
        <translation>demandes non clôturées (par défaut)</translation>
    </message>
    <message>
        <source>open requests past their due date</source>
        <translation>demandes ouvertes dont l&apos;échéance est dépassée</translation>
    </message>
    <message>
        <source>open requests due within N days (0 to 3650), overdue ones included</source>
        <translation>demandes ouvertes dues dans les N jours (0 à 3650), y compris celles en retard</translation>
    </message>
    <message>
        <source>closed requests too</source>
        <translation>les demandes clôturées également</translation>
    </message>
    <message>
        <source>a request with its contacts, artefacts and what is due next</source>
        <translation>une demande avec ses contacts, ses pièces et la prochaine échéance</translation>
    </message>
    <message>
        <source>record how the requester&apos;s identity was verified (as this profile)</source>
        <translation>consigner comment l&apos;identité du demandeur a été vérifiée (au nom de ce profil)</translation>
    </message>
    <message>
        <source>how the identity was checked</source>
        <translation>comment l&apos;identité a été vérifiée</translation>
    </message>
    <message>
        <source>extend the deadline once, as the jurisdiction allows, with the reason</source>
        <translation>prolonger le délai une fois, comme le permet la juridiction, avec le motif</translation>
    </message>
    <message>
        <source>why more time is needed</source>
        <translation>pourquoi un délai supplémentaire est nécessaire</translation>
    </message>
    <message>
        <source>record that the receipt was confirmed or the requester told of the extension</source>
        <translation>consigner que la réception a été confirmée ou que le demandeur a été informé de la prolongation</translation>
    </message>
    <message>
        <source>the receipt was confirmed to the requester</source>
        <translation>la réception a été confirmée au demandeur</translation>
    </message>
    <message>
        <source>the requester was told of the extension and its reason</source>
        <translation>le demandeur a été informé de la prolongation et de son motif</translation>
    </message>
    <message>
        <source>close a request: completed (identity verified first), refused or withdrawn</source>
        <translation>clore une demande&#xa0;: completed (identité vérifiée au préalable), refused ou withdrawn</translation>
    </message>
    <message>
        <source>completed, refused or withdrawn</source>
        <translation>completed, refused ou withdrawn</translation>
    </message>
    <message>
        <source>closing note (needed for a refusal)</source>
        <translation>note de clôture (nécessaire en cas de refus)</translation>
    </message>
    <message>
        <source>restrict processing of a contact (Art. 18): it becomes read-only and leaves every export</source>
        <translation>limiter le traitement d&apos;un contact (Art. 18)&#xa0;: il passe en lecture seule et est exclu de tout export</translation>
    </message>
    <message>
        <source>why (e.g. accuracy contested); kept with the contact, never audited</source>
        <translation>pourquoi (p. ex. exactitude contestée)&#xa0;; conservé avec le contact, jamais consigné dans le journal d&apos;audit</translation>
    </message>
    <message>
        <source>lift the restriction of a contact</source>
        <translation>lever la limitation du traitement d&apos;un contact</translation>
    </message>
    <message>
        <source>record an objection to direct marketing (Art. 21(2)); withdraws marketing consents</source>
        <translation>consigner une opposition à la prospection directe (Art. 21(2))&#xa0;; retire les consentements marketing</translation>
    </message>
    <message>
        <source>field changes of a contact (Art. 16) and the recipients to tell of them (Art. 19)</source>
        <translation>modifications des champs d&apos;un contact (Art. 16) et destinataires à en informer (Art. 19)</translation>
    </message>
    <message>
        <source>delete a contact: an erasure, as subject erase does (suppression list, erasure ledger, receipt; legal holds keep what they hold); needs the erase permission; without --yes it shows what would go and exits 2</source>
        <translation>supprimer un contact&#xa0;: un effacement, comme subject erase (liste d&apos;exclusion, registre des effacements, reçu&#xa0;; les conservations légales gardent ce qu&apos;elles couvrent)&#xa0;; nécessite l&apos;autorisation d&apos;effacement&#xa0;; sans --yes, affiche ce qui serait supprimé et quitte avec le code 2</translation>
    </message>
    <message>
        <source>confirm: erase the contact and keep its emails and phones on the suppression list</source>
        <translation>confirmer&#xa0;: effacer le contact et garder ses e-mails et téléphones sur la liste d&apos;exclusion</translation>
    </message>
    <message>
        <source>list the records legal holds keep back from an erasure: each is erased when its hold is released or lapses</source>
        <translation>lister les fiches que des conservations légales soustraient à un effacement&#xa0;: chacune est effacée lorsque sa conservation est levée ou expire</translation>
    </message>
    <message>
        <source>also the queued erasures that have run</source>
        <translation>également les effacements différés qui ont déjà été exécutés</translation>
    </message>
    <message>
        <source>keep a contact, company, deal or activity from erasure: it stays unchanged and restricted, and its erasure waits until the hold is released or lapses; needs &quot;erase&quot;</source>
        <translation>soustraire un contact, une entreprise, une affaire ou une activité à l&apos;effacement&#xa0;: la fiche reste inchangée et fait l&apos;objet d&apos;une limitation, et son effacement attend que la conservation soit levée ou expire&#xa0;; nécessite «&#xa0;erase&#xa0;»</translation>
    </message>
    <message>
        <source>updated at or after TIME (a date alone: from its start, local time)</source>
        <translation>mis à jour à partir de TIME (une date seule&#xa0;: dès le début de ce jour, heure locale)</translation>
    </message>
    <message>
        <source>updated before TIME (a date alone: before that day begins, local time)</source>
        <translation>mis à jour avant TIME (une date seule&#xa0;: avant le début de ce jour, heure locale)</translation>
    </message>
    <message>
        <source>only entries at or after TIME (a date alone: from its start, local time)</source>
        <translation>uniquement les entrées à partir de TIME (une date seule&#xa0;: dès le début de ce jour, heure locale)</translation>
    </message>
    <message>
        <source>also re-apply the erasures in this erasure ledger file (a vault&apos;s backups/erasure-ledger.cfl); the one beside the backup is read anyway</source>
        <translation>réappliquer aussi les effacements de ce fichier de registre des effacements (le fichier backups/erasure-ledger.cfl d&apos;un coffre)&#xa0;; celui qui se trouve à côté de la sauvegarde est lu de toute façon</translation>
    </message>
    <message>
        <source>restore even when no erasure ledger newer than the backup is found (people erased since may come back; recorded in the restored vault&apos;s audit trail)</source>
        <translation>restaurer même si aucun registre des effacements plus récent que la sauvegarde n&apos;est trouvé (des personnes effacées depuis peuvent réapparaître&#xa0;; consigné dans le journal d&apos;audit du coffre restauré)</translation>
    </message>
    <message>
        <source>when it arrived: YYYY-MM-DD (that day of the register; today: now) or a time (default now)</source>
        <translation>date de réception&#xa0;: AAAA-MM-JJ (ce jour-là dans le registre des demandes&#xa0;; aujourd&apos;hui&#xa0;: maintenant) ou une heure (par défaut&#xa0;: maintenant)</translation>
    </message>
    <message>
        <source>when it happened: YYYY-MM-DD or a time (default now)</source>
        <translation>date de l&apos;événement&#xa0;: AAAA-MM-JJ ou une heure (par défaut&#xa0;: maintenant)</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1&#xa0;; %2</translation>
    </message>
    <message>
        <source>repeat for several</source>
        <translation>à répéter pour en indiquer plusieurs</translation>
    </message>
    <message>
        <source>e.g. https://example.com</source>
        <translation>p. ex. https://example.com</translation>
    </message>
    <message>
        <source>by name; created when there is none of that name yet</source>
        <translation>par son nom&#xa0;; créée s&apos;il n&apos;en existe pas encore sous ce nom</translation>
    </message>
    <message>
        <source>read the new profile&apos;s PIN (at least 6 characters, no repeated group or straight run such as 121212 or 123456) from the next unread line of standard input</source>
        <translation>lire le PIN du nouveau profil (au moins 6 caractères, sans groupe répété ni suite continue comme 121212 ou 123456) sur la ligne non lue suivante de l&apos;entrée standard</translation>
    </message>
    <message>
        <source>list the operator profiles: name, role, whether it has a PIN, wrong PINs since its last right one and until when it must wait, created</source>
        <translation>lister les profils d&apos;opérateur&#xa0;: nom, rôle, présence d&apos;un PIN, PIN incorrects depuis le dernier PIN correct et date jusqu&apos;à laquelle le profil doit attendre, date de création</translation>
    </message>
    <message>
        <source>line 1 of standard input opens the vault being replaced (or DIR), line 2 the backup: for a vault whose passphrase or key changed since the backup was taken</source>
        <translation>la ligne 1 de l&apos;entrée standard ouvre le coffre à remplacer (ou DIR), la ligne 2 la sauvegarde&#xa0;: pour un coffre dont la phrase secrète ou la clé a changé depuis la sauvegarde</translation>
    </message>
    <message>
        <source>replace the person&apos;s name, emails and phones in a mention the erasure preview lists (type, uid and field as it shows them) with a marker, keeping no old value in the change history; needs &quot;erase&quot;</source>
        <translation>remplacer par un marqueur le nom, les e-mails et les téléphones de la personne dans une mention listée par l&apos;aperçu de l&apos;effacement (type, uid et champ tels qu&apos;il les affiche), sans conserver d&apos;ancienne valeur dans l&apos;historique des modifications&#xa0;; nécessite «&#xa0;erase&#xa0;»</translation>
    </message>
</context>
<context>
    <name>CompanyCommands</name>
    <message>
        <source>company add needs --name; see confidant-cli company add --help.</source>
        <translation>company add exige --name&#xa0;; consultez confidant-cli company add --help.</translation>
    </message>
    <message>
        <source>Uid:</source>
        <translation>Uid&#xa0;:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Domain:</source>
        <translation>Domaine&#xa0;:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>Street:</source>
        <translation>Rue&#xa0;:</translation>
    </message>
    <message>
        <source>Postcode:</source>
        <translation>Code postal&#xa0;:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Ville&#xa0;:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Région&#xa0;:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Pays&#xa0;:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes&#xa0;:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source&#xa0;:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Création&#xa0;:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Mise à jour&#xa0;:</translation>
    </message>
    <message>
        <source>--sort takes name or updated.</source>
        <translation>--sort accepte name ou updated.</translation>
    </message>
    <message>
        <source>--after takes the cursor printed by the previous company list with the same --sort and --search.</source>
        <translation>--after attend le curseur affiché par la commande company list précédente, avec les mêmes --sort et --search.</translation>
    </message>
    <message>
        <source>No companies.</source>
        <translation>Aucune entreprise.</translation>
    </message>
    <message>
        <source>UID</source>
        <translation>UID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>DOMAIN</source>
        <translation>DOMAINE</translation>
    </message>
    <message>
        <source>PHONE</source>
        <translation>TÉLÉPHONE</translation>
    </message>
    <message>
        <source>CITY</source>
        <translation>VILLE</translation>
    </message>
    <message>
        <source>CONTACTS</source>
        <translation>CONTACTS</translation>
    </message>
    <message>
        <source>Next page: --after %1</source>
        <translation>Page suivante&#xa0;: --after %1</translation>
    </message>
    <message>
        <source>company edit needs at least one option to change; see confidant-cli company edit --help.</source>
        <translation>company edit exige au moins une option à modifier&#xa0;; consultez confidant-cli company edit --help.</translation>
    </message>
    <message>
        <source>Updated the company %1.</source>
        <translation>Entreprise %1 mise à jour.</translation>
    </message>
    <message>
        <source>Deleted the company %1; its contacts were kept, without a company.</source>
        <translation>Entreprise %1 supprimée&#xa0;; ses contacts ont été conservés, sans entreprise.</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Étiquettes&#xa0;:</translation>
    </message>
</context>
<context>
    <name>CompanyService</name>
    <message>
        <source>No such company; it may have been deleted.</source>
        <translation>Cette entreprise n&apos;existe pas&#xa0;; elle a peut-être été supprimée.</translation>
    </message>
    <message>
        <source>No company has that id; check it with the list command.</source>
        <translation>Aucune entreprise ne porte cet identifiant&#xa0;; vérifiez-le avec la commande list.</translation>
    </message>
    <message>
        <source>That paging cursor belongs to another list or sort order; start again without it.</source>
        <translation>Ce curseur de pagination appartient à une autre liste ou à un autre ordre de tri&#xa0;; recommencez sans lui.</translation>
    </message>
</context>
<context>
    <name>ConsentService</name>
    <message>
        <source>No such contact; it may have been deleted.</source>
        <translation>Ce contact n&apos;existe pas&#xa0;; il a peut-être été supprimé.</translation>
    </message>
    <message>
        <source>Name the notice by its uid, its version (3) or its language and version (en:3).</source>
        <translation>Désignez l&apos;avis par son uid, sa version (3) ou sa langue et sa version (en:3).</translation>
    </message>
    <message>
        <source>No privacy notice has that uid or version.</source>
        <translation>Aucun avis de confidentialité n&apos;a cet uid ou cette version.</translation>
    </message>
    <message>
        <source>Notices in several languages have that version; name one as LANG:VERSION (en:3) or by its uid.</source>
        <translation>Des avis en plusieurs langues ont cette version&#xa0;; désignez-en un sous la forme LANG:VERSION (en:3) ou par son uid.</translation>
    </message>
    <message>
        <source>That notice is a draft; only a published notice can have been shown.</source>
        <translation>Cet avis est un projet&#xa0;; seul un avis publié peut avoir été présenté.</translation>
    </message>
    <message>
        <source>No such purpose; it may have been removed.</source>
        <translation>Cette finalité n&apos;existe pas&#xa0;; elle a peut-être été supprimée.</translation>
    </message>
    <message>
        <source>The purpose &quot;%1&quot; is archived; consent for it can only be withdrawn.</source>
        <translation>La finalité «&#xa0;%1&#xa0;» est archivée&#xa0;; le consentement pour celle-ci peut uniquement être retiré.</translation>
    </message>
    <message>
        <source>The purpose &quot;%1&quot; rests on %2 (%3) and needs no consent.</source>
        <translation>La finalité «&#xa0;%1&#xa0;» repose sur %2 (%3) et ne nécessite aucun consentement.</translation>
    </message>
    <message>
        <source>The time of a consent event cannot be in the future.</source>
        <translation>La date d&apos;un événement de consentement ne peut pas se situer dans le futur.</translation>
    </message>
    <message>
        <source>The evidence is limited to %1 characters.</source>
        <translation>La preuve est limitée à %1 caractères.</translation>
    </message>
    <message>
        <source>A withdrawal has no expiry.</source>
        <translation>Un retrait n&apos;a pas d&apos;échéance.</translation>
    </message>
    <message>
        <source>The expiry has to come after the time the consent was given.</source>
        <translation>L&apos;échéance doit être postérieure à la date à laquelle le consentement a été donné.</translation>
    </message>
    <message>
        <source>A later event is recorded for this purpose already; an event cannot be dated before it.</source>
        <translation>Un événement plus récent est déjà enregistré pour cette finalité&#xa0;; un événement ne peut pas être daté d&apos;avant celui-ci.</translation>
    </message>
    <message>
        <source>There is no consent to withdraw: none is recorded for this purpose, or it was withdrawn already.</source>
        <translation>Il n&apos;y a aucun consentement à retirer&#xa0;: aucun n&apos;est enregistré pour cette finalité, ou il a déjà été retiré.</translation>
    </message>
    <message>
        <source>There is no consent to refresh for this purpose; record a grant instead.</source>
        <translation>Il n&apos;y a aucun consentement à renouveler pour cette finalité&#xa0;; enregistrez plutôt un octroi.</translation>
    </message>
    <message>
        <source>The consent event could not be read back.</source>
        <translation>L&apos;événement de consentement n&apos;a pas pu être relu.</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Donné</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>Refreshed</source>
        <translation>Renouvelé</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Formulaire web</translation>
    </message>
    <message>
        <source>Paper form</source>
        <translation>Formulaire papier</translation>
    </message>
    <message>
        <source>Verbal</source>
        <translation>Oral</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Non donné</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Donné</translation>
    </message>
    <message>
        <source>Expired, refresh due</source>
        <translation>Expiré, à renouveler</translation>
    </message>
    <message>
        <source>The number of days ahead cannot be negative.</source>
        <translation>Le nombre de jours à venir ne peut pas être négatif.</translation>
    </message>
</context>
<context>
    <name>ContactCommands</name>
    <message>
        <source>--%1 already replaces the list; leave out --%2.</source>
        <translation>--%1 remplace déjà la liste&#xa0;; omettez --%2.</translation>
    </message>
    <message>
        <source>contact add needs --given or --family (or both); see confidant-cli contact add --help.</source>
        <translation>contact add exige --given ou --family (ou les deux)&#xa0;; consultez confidant-cli contact add --help.</translation>
    </message>
    <message>
        <source>Uid:</source>
        <translation>Uid&#xa0;:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Entreprise&#xa0;:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Fonction&#xa0;:</translation>
    </message>
    <message>
        <source>Street:</source>
        <translation>Rue&#xa0;:</translation>
    </message>
    <message>
        <source>Postcode:</source>
        <translation>Code postal&#xa0;:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Ville&#xa0;:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Région&#xa0;:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Pays&#xa0;:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Étiquettes&#xa0;:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes&#xa0;:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source&#xa0;:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Création&#xa0;:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Mise à jour&#xa0;:</translation>
    </message>
    <message>
        <source>--sort takes family, given or updated.</source>
        <translation>--sort accepte family, given ou updated.</translation>
    </message>
    <message>
        <source>--after takes the cursor printed by the previous contact list with the same --sort and --search.</source>
        <translation>--after attend le curseur affiché par la commande contact list précédente, avec les mêmes --sort et --search.</translation>
    </message>
    <message>
        <source>No contacts.</source>
        <translation>Aucun contact.</translation>
    </message>
    <message>
        <source>UID</source>
        <translation>UID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>E-MAIL</translation>
    </message>
    <message>
        <source>PHONE</source>
        <translation>TÉLÉPHONE</translation>
    </message>
    <message>
        <source>COMPANY</source>
        <translation>ENTREPRISE</translation>
    </message>
    <message>
        <source>CITY</source>
        <translation>VILLE</translation>
    </message>
    <message>
        <source>Next page: --after %1</source>
        <translation>Page suivante&#xa0;: --after %1</translation>
    </message>
    <message>
        <source>contact edit needs at least one option to change; see confidant-cli contact edit --help.</source>
        <translation>contact edit exige au moins une option à modifier&#xa0;; consultez confidant-cli contact edit --help.</translation>
    </message>
    <message>
        <source>Updated the contact %1.</source>
        <translation>Contact %1 mis à jour.</translation>
    </message>
    <message>
        <source>Birthday:</source>
        <translation>Date de naissance&#xa0;:</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation>Site web&#xa0;:</translation>
    </message>
    <message>
        <source>Imported:</source>
        <translation>Importation&#xa0;:</translation>
    </message>
    <message>
        <source>from %1 on %2 by %3</source>
        <translation>depuis %1 le %2 par %3</translation>
    </message>
    <message>
        <source>Processing:</source>
        <translation>Traitement&#xa0;:</translation>
    </message>
    <message>
        <source>Restricted since %1 (Art. 18): read-only until the restriction is lifted</source>
        <translation>Limité depuis le %1 (Art. 18)&#xa0;: en lecture seule jusqu&apos;à la levée de la limitation</translation>
    </message>
    <message>
        <source>Marketing:</source>
        <translation>Marketing&#xa0;:</translation>
    </message>
    <message>
        <source>Objected to direct marketing on %1</source>
        <translation>Opposition à la prospection directe le %1</translation>
    </message>
    <message>
        <source>%1 (not shown: needs the permission &quot;%2&quot;)</source>
        <translation>%1 (non affiché&#xa0;: nécessite l&apos;autorisation «&#xa0;%2&#xa0;»)</translation>
    </message>
    <message>
        <source>Withheld:</source>
        <translation>Masqué&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ContactMapping</name>
    <message>
        <source>The column mapping is not a JSON object; write it as {&quot;Column&quot;: &quot;field&quot;, …}.</source>
        <translation>La correspondance des colonnes n&apos;est pas un objet JSON&#xa0;; écrivez-la sous la forme {&quot;Column&quot;: &quot;field&quot;, …}.</translation>
    </message>
    <message>
        <source>The column mapping names the unknown field &quot;%1&quot;; use one of: %2.</source>
        <translation>La correspondance des colonnes mentionne le champ inconnu «&#xa0;%1&#xa0;»&#xa0;; utilisez l&apos;un des suivants&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The column mapping names the column &quot;%1&quot;, which the file does not have; check the spelling of the column.</source>
        <translation>La correspondance des colonnes mentionne la colonne «&#xa0;%1&#xa0;», absente du fichier&#xa0;; vérifiez l&apos;orthographe de la colonne.</translation>
    </message>
    <message>
        <source>Line %1: the birthday is not a full date (YYYY-MM-DD) and was left out.</source>
        <translation>Ligne %1&#xa0;: la date de naissance n&apos;est pas une date complète (YYYY-MM-DD) et a été ignorée.</translation>
    </message>
    <message>
        <source>The row has more values than the header has columns; the extra values were ignored.</source>
        <translation>La ligne contient plus de valeurs que l&apos;en-tête ne compte de colonnes&#xa0;; les valeurs en trop ont été ignorées.</translation>
    </message>
    <message>
        <source>The full name was split into given and family name.</source>
        <translation>Le nom complet a été séparé en prénom et nom.</translation>
    </message>
    <message>
        <source>Line %1 has no name, email or phone; the row was skipped. Fill in at least one of them.</source>
        <translation>La ligne %1 n&apos;a ni nom, ni e-mail, ni téléphone&#xa0;; elle a été ignorée. Renseignez au moins l&apos;un d&apos;eux.</translation>
    </message>
</context>
<context>
    <name>ContactService</name>
    <message>
        <source>Cancelled; nothing was added.</source>
        <translation>Annulé&#xa0;; rien n&apos;a été ajouté.</translation>
    </message>
    <message>
        <source>No such contact; it may have been deleted.</source>
        <translation>Ce contact n&apos;existe pas&#xa0;; il a peut-être été supprimé.</translation>
    </message>
    <message>
        <source>No contact has that id; check it with the list command.</source>
        <translation>Aucun contact ne porte cet identifiant&#xa0;; vérifiez-le avec la commande list.</translation>
    </message>
    <message>
        <source>That paging cursor belongs to another list or sort order; start again without it.</source>
        <translation>Ce curseur de pagination appartient à une autre liste ou à un autre ordre de tri&#xa0;; recommencez sans lui.</translation>
    </message>
    <message>
        <source>A tag could not be saved; nothing was written.</source>
        <translation>Une étiquette n&apos;a pas pu être enregistrée&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
</context>
<context>
    <name>ControllerService</name>
    <message>
        <source>The controller&apos;s email address is not valid.</source>
        <translation>L&apos;adresse e-mail du responsable du traitement n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The data protection officer&apos;s email address is not valid.</source>
        <translation>L&apos;adresse e-mail du délégué à la protection des données n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The controller&apos;s phone number is not valid.</source>
        <translation>Le numéro de téléphone du responsable du traitement n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>Each controller detail may have at most %1 characters; only the address, authority and update note may have several lines.</source>
        <translation>Chaque coordonnée du responsable du traitement peut comporter au plus %1 caractères&#xa0;; seuls l&apos;adresse, l&apos;autorité et la note de mise à jour peuvent comporter plusieurs lignes.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file could not be read; check that it still exists and that you may open it.</source>
        <translation>Le fichier n&apos;a pas pu être lu&#xa0;; vérifiez qu&apos;il existe toujours et que vous avez le droit de l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>The file is empty; choose a CSV file with a header row and at least one contact.</source>
        <translation>Le fichier est vide&#xa0;; choisissez un fichier CSV comportant une ligne d&apos;en-tête et au moins un contact.</translation>
    </message>
    <message>
        <source>The file does not look like a CSV file; export the contacts as CSV (comma-separated values) and choose that file.</source>
        <translation>Le fichier ne semble pas être un fichier CSV&#xa0;; exportez les contacts au format CSV (valeurs séparées par des virgules) et choisissez ce fichier.</translation>
    </message>
    <message>
        <source>Line %1 is not valid UTF-8 text; save the file as &quot;CSV UTF-8&quot; and import it again.</source>
        <translation>La ligne %1 n&apos;est pas du texte UTF-8 valide&#xa0;; enregistrez le fichier au format «&#xa0;CSV UTF-8&#xa0;» et importez-le de nouveau.</translation>
    </message>
    <message>
        <source>Line %1 is not valid UTF-16 text; save the file as &quot;CSV UTF-8&quot; and import it again.</source>
        <translation>La ligne %1 n&apos;est pas du texte UTF-16 valide&#xa0;; enregistrez le fichier au format «&#xa0;CSV UTF-8&#xa0;» et importez-le de nouveau.</translation>
    </message>
    <message>
        <source>Line %1 contains NUL characters, so the file is damaged or not plain text; export it again as CSV and retry.</source>
        <translation>La ligne %1 contient des caractères NUL&#xa0;: le fichier est donc endommagé ou n&apos;est pas du texte brut&#xa0;; exportez-le de nouveau en CSV et réessayez.</translation>
    </message>
    <message>
        <source>A quoted field starting on line %1 is never closed; check the quotes in that row (a quote inside a field must be doubled) and import again.</source>
        <translation>Un champ entre guillemets commençant à la ligne %1 n&apos;est jamais refermé&#xa0;; vérifiez les guillemets de cette ligne (un guillemet à l&apos;intérieur d&apos;un champ doit être doublé) et importez de nouveau.</translation>
    </message>
    <message>
        <source>Line %1 has a field longer than %2 characters; the row was skipped. Shorten that field and import the row again.</source>
        <translation>La ligne %1 contient un champ de plus de %2 caractères&#xa0;; elle a été ignorée. Raccourcissez ce champ et importez de nouveau la ligne.</translation>
    </message>
    <message>
        <source>Line %1 has more than %2 columns; the row was skipped. Check the delimiter or remove the extra columns.</source>
        <translation>La ligne %1 compte plus de %2 colonnes&#xa0;; elle a été ignorée. Vérifiez le séparateur ou supprimez les colonnes en trop.</translation>
    </message>
</context>
<context>
    <name>DashboardService</name>
    <message>
        <source>No such pipeline; it may have been deleted.</source>
        <translation>Ce pipeline n&apos;existe pas&#xa0;; il a peut-être été supprimé.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot open the vault file; check that the folder exists and is writable.</source>
        <translation>Impossible d&apos;ouvrir le fichier du coffre&#xa0;; vérifiez que le dossier existe et qu&apos;il est accessible en écriture.</translation>
    </message>
    <message>
        <source>Cannot apply the vault key.</source>
        <translation>Impossible d&apos;appliquer la clé du coffre.</translation>
    </message>
    <message>
        <source>A vault operation failed.</source>
        <translation>Une opération sur le coffre a échoué.</translation>
    </message>
    <message>
        <source>A vault query failed.</source>
        <translation>Une requête sur le coffre a échoué.</translation>
    </message>
    <message>
        <source>A vault query returned nothing.</source>
        <translation>Une requête sur le coffre n&apos;a rien renvoyé.</translation>
    </message>
    <message>
        <source>The disk is full; free some space and try again. Nothing was changed.</source>
        <translation>Le disque est plein&#xa0;; libérez de l&apos;espace et réessayez. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Cannot open the vault file; check that it exists and can be read.</source>
        <translation>Impossible d&apos;ouvrir le fichier du coffre&#xa0;; vérifiez qu&apos;il existe et qu&apos;il est accessible en lecture.</translation>
    </message>
    <message>
        <source>The vault file is damaged; it was left as it is. Run confidant-cli check to see which pages, then restore the newest good backup; an export may still save the contacts that read.</source>
        <translation>Le fichier du coffre est endommagé&#xa0;; il n&apos;a pas été modifié. Exécutez confidant-cli check pour voir quelles pages sont touchées, puis restaurez la sauvegarde intacte la plus récente&#xa0;; un export peut encore permettre de sauver les contacts qui restent lisibles.</translation>
    </message>
    <message numerus="yes">
        <source>Another Confidant is writing to the vault and did not finish within %n second(s); nothing was changed. Try again in a moment.</source>
        <translation>
            <numerusform>Une autre instance de Confidant écrit dans le coffre et n&apos;a pas terminé en %n seconde&#xa0;; rien n&apos;a été modifié. Réessayez dans un instant.</numerusform>
            <numerusform>Une autre instance de Confidant écrit dans le coffre et n&apos;a pas terminé en %n secondes&#xa0;; rien n&apos;a été modifié. Réessayez dans un instant.</numerusform>
        </translation>
    </message>
    <message>
        <source>The vault file was replaced (by a restore or a key change) while this command ran; nothing was changed. Run it again.</source>
        <translation>Le fichier du coffre a été remplacé (par une restauration ou un changement de clé) pendant l&apos;exécution de cette commande&#xa0;; rien n&apos;a été modifié. Relancez-la.</translation>
    </message>
    <message>
        <source>The vault is read-only here (its folder is on a read-only disk or mount, or you may not write to it): it can be read and exported, but nothing was changed. Copy the vault folder to a writable place to change it.</source>
        <translation>Le coffre est ici en lecture seule (son dossier se trouve sur un disque ou un point de montage en lecture seule, ou vous n&apos;avez pas le droit d&apos;y écrire)&#xa0;: il peut être lu et exporté, mais rien n&apos;a été modifié. Copiez le dossier du coffre dans un emplacement accessible en écriture pour le modifier.</translation>
    </message>
</context>
<context>
    <name>DealCommands</name>
    <message>
        <source>--currency takes an ISO-4217 code in capitals, such as EUR or USD.</source>
        <translation>--currency attend un code ISO 4217 en majuscules, comme EUR ou USD.</translation>
    </message>
    <message>
        <source>The value has more decimals than the new currency allows; give --value as well.</source>
        <translation>Le montant comporte plus de décimales que la nouvelle devise n&apos;en autorise&#xa0;; indiquez aussi --value.</translation>
    </message>
    <message numerus="yes">
        <source>--value takes a positive amount with a decimal point and at most %n decimal(s) for this currency, e.g. 1234.50.</source>
        <translation>
            <numerusform>--value attend un montant positif avec un point décimal et au plus %n décimale pour cette devise, par exemple 1234.50.</numerusform>
            <numerusform>--value attend un montant positif avec un point décimal et au plus %n décimales pour cette devise, par exemple 1234.50.</numerusform>
        </translation>
    </message>
    <message>
        <source>No company has that name; add it first with: company add.</source>
        <translation>Aucune entreprise ne porte ce nom&#xa0;; ajoutez-la d&apos;abord avec&#xa0;: company add.</translation>
    </message>
    <message>
        <source>--contact takes a contact&apos;s uid, as printed by contact add and list.</source>
        <translation>--contact attend l&apos;uid d&apos;un contact, tel qu&apos;affiché par contact add et list.</translation>
    </message>
    <message>
        <source>Marked the deal %1 as won.</source>
        <translation>Affaire %1 marquée comme gagnée.</translation>
    </message>
    <message>
        <source>Marked the deal %1 as lost.</source>
        <translation>Affaire %1 marquée comme perdue.</translation>
    </message>
    <message>
        <source>--kind takes open, won or lost.</source>
        <translation>--kind accepte open, won ou lost.</translation>
    </message>
    <message>
        <source>deal add needs --title; see confidant-cli deal add --help.</source>
        <translation>deal add exige --title&#xa0;; consultez confidant-cli deal add --help.</translation>
    </message>
    <message>
        <source>Uid:</source>
        <translation>Uid&#xa0;:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titre&#xa0;:</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Montant&#xa0;:</translation>
    </message>
    <message>
        <source>Pipeline:</source>
        <translation>Pipeline&#xa0;:</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Étape&#xa0;:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut&#xa0;:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motif&#xa0;:</translation>
    </message>
    <message>
        <source>Closed:</source>
        <translation>Clôture&#xa0;:</translation>
    </message>
    <message>
        <source>Expected close:</source>
        <translation>Clôture prévue&#xa0;:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Responsable&#xa0;:</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Entreprise&#xa0;:</translation>
    </message>
    <message>
        <source>Contacts:</source>
        <translation>Contacts&#xa0;:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Étiquettes&#xa0;:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description&#xa0;:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source&#xa0;:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Création&#xa0;:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Mise à jour&#xa0;:</translation>
    </message>
    <message>
        <source>--sort takes updated, title, value or close.</source>
        <translation>--sort accepte updated, title, value ou close.</translation>
    </message>
    <message>
        <source>--status takes open, won or lost.</source>
        <translation>--status accepte open, won ou lost.</translation>
    </message>
    <message>
        <source>--after takes the cursor printed by the previous deal list with the same filters and --sort.</source>
        <translation>--after attend le curseur affiché par la commande deal list précédente, avec les mêmes filtres et le même --sort.</translation>
    </message>
    <message>
        <source>No deals.</source>
        <translation>Aucune affaire.</translation>
    </message>
    <message>
        <source>UID</source>
        <translation>UID</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITRE</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>MONTANT</translation>
    </message>
    <message>
        <source>STAGE</source>
        <translation>ÉTAPE</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUT</translation>
    </message>
    <message>
        <source>CLOSE</source>
        <translation>CLÔTURE</translation>
    </message>
    <message>
        <source>COMPANY</source>
        <translation>ENTREPRISE</translation>
    </message>
    <message>
        <source>OWNER</source>
        <translation>RESPONSABLE</translation>
    </message>
    <message>
        <source>Next page: --after %1</source>
        <translation>Page suivante&#xa0;: --after %1</translation>
    </message>
    <message>
        <source>deal edit needs at least one option to change; see confidant-cli deal edit --help.</source>
        <translation>deal edit exige au moins une option à modifier&#xa0;; consultez confidant-cli deal edit --help.</translation>
    </message>
    <message>
        <source>Updated the deal %1.</source>
        <translation>Affaire %1 mise à jour.</translation>
    </message>
    <message>
        <source>Moved the deal %1 to the stage %2.</source>
        <translation>Affaire %1 déplacée vers l&apos;étape %2.</translation>
    </message>
    <message>
        <source>deal lost needs --reason R: say why the deal was lost.</source>
        <translation>deal lost exige --reason R&#xa0;: indiquez pourquoi l&apos;affaire a été perdue.</translation>
    </message>
    <message>
        <source>Deleted the deal %1.</source>
        <translation>Affaire %1 supprimée.</translation>
    </message>
    <message>
        <source>AT</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>DE</translation>
    </message>
    <message>
        <source>TO</source>
        <translation>VERS</translation>
    </message>
    <message>
        <source>BY</source>
        <translation>PAR</translation>
    </message>
    <message>
        <source>pipeline stage-add needs --name; see confidant-cli pipeline stage-add --help.</source>
        <translation>pipeline stage-add exige --name&#xa0;; consultez confidant-cli pipeline stage-add --help.</translation>
    </message>
    <message>
        <source>Updated the stage %1.</source>
        <translation>Étape %1 mise à jour.</translation>
    </message>
    <message>
        <source>Removed the stage %1.</source>
        <translation>Étape %1 supprimée.</translation>
    </message>
</context>
<context>
    <name>DealService</name>
    <message>
        <source>The owner is not a profile of this vault; see: profile list.</source>
        <translation>Le responsable n&apos;est pas un profil de ce coffre&#xa0;; voir&#xa0;: profile list.</translation>
    </message>
    <message>
        <source>A deal needs a title.</source>
        <translation>Une affaire doit avoir un titre.</translation>
    </message>
    <message>
        <source>A deal&apos;s title has at most 200 characters and no control characters.</source>
        <translation>Le titre d&apos;une affaire compte au plus 200 caractères et aucun caractère de contrôle.</translation>
    </message>
    <message>
        <source>The currency is not an ISO-4217 code; use three capital letters such as EUR or USD.</source>
        <translation>La devise n&apos;est pas un code ISO 4217&#xa0;; utilisez trois lettres majuscules, comme EUR ou USD.</translation>
    </message>
    <message>
        <source>A deal&apos;s value cannot be negative or larger than 10^18 minor units.</source>
        <translation>Le montant d&apos;une affaire ne peut pas être négatif ni dépasser 10^18 unités divisionnaires.</translation>
    </message>
    <message>
        <source>The description or reason holds control characters or is longer than 100,000 characters.</source>
        <translation>La description ou le motif contient des caractères de contrôle ou dépasse 100&#xa0;000 caractères.</translation>
    </message>
    <message>
        <source>A tag has at most 60 characters and no control characters.</source>
        <translation>Une étiquette compte au plus 60 caractères et aucun caractère de contrôle.</translation>
    </message>
    <message>
        <source>The stage belongs to another pipeline; choose one of this pipeline.</source>
        <translation>L&apos;étape appartient à un autre pipeline&#xa0;; choisissez-en une de ce pipeline.</translation>
    </message>
    <message>
        <source>A lost deal needs a reason; give one.</source>
        <translation>Une affaire perdue nécessite un motif&#xa0;; indiquez-en un.</translation>
    </message>
    <message>
        <source>No such company; it may have been deleted.</source>
        <translation>Cette entreprise n&apos;existe pas&#xa0;; elle a peut-être été supprimée.</translation>
    </message>
    <message>
        <source>A linked contact does not exist; it may have been deleted.</source>
        <translation>Un contact lié n&apos;existe pas&#xa0;; il a peut-être été supprimé.</translation>
    </message>
    <message>
        <source>No such deal; it may have been deleted.</source>
        <translation>Cette affaire n&apos;existe pas&#xa0;; elle a peut-être été supprimée.</translation>
    </message>
    <message>
        <source>No deal has that id; check it with: deal list.</source>
        <translation>Aucune affaire ne porte cet identifiant&#xa0;; vérifiez-le avec&#xa0;: deal list.</translation>
    </message>
    <message>
        <source>The company or a linked contact no longer exists; reload and try again.</source>
        <translation>L&apos;entreprise ou un contact lié n&apos;existe plus&#xa0;; rechargez et réessayez.</translation>
    </message>
    <message>
        <source>The deal&apos;s pipeline has no won stage; add one in its settings.</source>
        <translation>Le pipeline de l&apos;affaire n&apos;a aucune étape gagnée&#xa0;; ajoutez-en une dans ses paramètres.</translation>
    </message>
    <message>
        <source>The deal&apos;s pipeline has no lost stage; add one in its settings.</source>
        <translation>Le pipeline de l&apos;affaire n&apos;a aucune étape perdue&#xa0;; ajoutez-en une dans ses paramètres.</translation>
    </message>
    <message>
        <source>Say why the deal was lost: a reason is required.</source>
        <translation>Indiquez pourquoi l&apos;affaire a été perdue&#xa0;: un motif est obligatoire.</translation>
    </message>
    <message>
        <source>The reason has at most 1,000 characters and no control characters.</source>
        <translation>Le motif compte au plus 1&#xa0;000 caractères et aucun caractère de contrôle.</translation>
    </message>
    <message>
        <source>That paging cursor belongs to another list, filter or sort order; start again without it.</source>
        <translation>Ce curseur de pagination appartient à une autre liste, à un autre filtre ou à un autre ordre de tri&#xa0;; recommencez sans lui.</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Contact record</source>
        <translation>Fiche de contact</translation>
    </message>
    <message>
        <source>Tags on the contact</source>
        <translation>Étiquettes du contact</translation>
    </message>
    <message>
        <source>Consent history</source>
        <translation>Historique du consentement</translation>
    </message>
    <message>
        <source>Privacy notices acknowledged</source>
        <translation>Avis de confidentialité dont il a été pris connaissance</translation>
    </message>
    <message>
        <source>Links to deals</source>
        <translation>Liens vers les affaires</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Affaires</translation>
    </message>
    <message>
        <source>Activities and notes</source>
        <translation>Activités et notes</translation>
    </message>
    <message>
        <source>Links to activities</source>
        <translation>Liens vers les activités</translation>
    </message>
    <message>
        <source>Change history</source>
        <translation>Historique des modifications</translation>
    </message>
    <message>
        <source>Search index</source>
        <translation>Index de recherche</translation>
    </message>
    <message>
        <source>Tags on deals</source>
        <translation>Étiquettes des affaires</translation>
    </message>
    <message>
        <source>Deal stage history</source>
        <translation>Historique des étapes des affaires</translation>
    </message>
    <message>
        <source>Saved filters</source>
        <translation>Filtres enregistrés</translation>
    </message>
</context>
<context>
    <name>ErasureCommands</name>
    <message>
        <source>Erasing %1 (%2) would remove, per table:</source>
        <translation>L&apos;effacement de %1 (%2) supprimerait, par table&#xa0;:</translation>
    </message>
    <message>
        <source>Kept but anonymised (personal texts blanked; amounts, dates and stages kept):</source>
        <translation>Conservé mais anonymisé (textes personnels vidés&#xa0;; montants, dates et étapes conservés)&#xa0;:</translation>
    </message>
    <message>
        <source>, until %1</source>
        <translation>, jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>%1 activities are linked to other records too: only their link to this person goes, their text stays.</source>
        <translation>%1 activités sont également liées à d&apos;autres fiches&#xa0;: seul leur lien avec cette personne est supprimé, leur texte reste.</translation>
    </message>
    <message>
        <source>%1 deals have other contacts too: only the link to this person goes.</source>
        <translation>%1 affaires ont aussi d&apos;autres contacts&#xa0;: seul le lien avec cette personne est supprimé.</translation>
    </message>
    <message>
        <source>Emails and phones that go on the suppression list: %1.</source>
        <translation>E-mails et téléphones qui vont sur la liste d&apos;exclusion&#xa0;: %1.</translation>
    </message>
    <message>
        <source>No mentions of this person in other records.</source>
        <translation>Aucune mention de cette personne dans d&apos;autres fiches.</translation>
    </message>
    <message>
        <source>--preview only shows what would go; leave out --confirm, or --preview to erase.</source>
        <translation>--preview affiche seulement ce qui serait supprimé&#xa0;; omettez --confirm, ou --preview pour effacer.</translation>
    </message>
    <message>
        <source>--request needs the request&apos;s reference or uid.</source>
        <translation>--request nécessite la référence ou l&apos;uid de la demande.</translation>
    </message>
    <message>
        <source>Nothing was erased. To erase, repeat with --confirm &quot;GIVEN FAMILY&quot; (the name shown above).</source>
        <translation>Rien n&apos;a été effacé. Pour effacer, recommencez avec --confirm &quot;PRÉNOM NOM&quot; (le nom affiché ci-dessus).</translation>
    </message>
    <message>
        <source>Erased. Receipt %1 (SHA-256 %2).</source>
        <translation>Effacé. Reçu %1 (SHA-256 %2).</translation>
    </message>
    <message>
        <source>Removed, per table:</source>
        <translation>Supprimé, par table&#xa0;:</translation>
    </message>
    <message>
        <source>Anonymised, per table:</source>
        <translation>Anonymisé, par table&#xa0;:</translation>
    </message>
    <message>
        <source>Emails and phones now on the suppression list: %1.</source>
        <translation>E-mails et téléphones désormais sur la liste d&apos;exclusion&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The vault file was rewritten (VACUUM).</source>
        <translation>Le fichier du coffre a été réécrit (VACUUM).</translation>
    </message>
    <message>
        <source>Not on the suppression list.</source>
        <translation>Ne figure pas sur la liste d&apos;exclusion.</translation>
    </message>
    <message>
        <source>On the suppression list since %1: the person with it asked to be erased; do not add them again without an explicit override.</source>
        <translation>Sur la liste d&apos;exclusion depuis le %1&#xa0;: la personne concernée a demandé l&apos;effacement&#xa0;; ne l&apos;ajoutez pas de nouveau sans passer outre explicitement.</translation>
    </message>
    <message>
        <source>hold add needs --reason TEXT: why the record must be kept.</source>
        <translation>hold add nécessite --reason TEXTE&#xa0;: pourquoi la fiche doit être conservée.</translation>
    </message>
    <message>
        <source>No legal holds.</source>
        <translation>Aucune conservation légale.</translation>
    </message>
    <message>
        <source>UID</source>
        <translation>UID</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>RECORD</source>
        <translation>FICHE</translation>
    </message>
    <message>
        <source>UNTIL</source>
        <translation>JUSQU&apos;AU</translation>
    </message>
    <message>
        <source>RELEASED</source>
        <translation>LEVÉE</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>MOTIF</translation>
    </message>
    <message>
        <source>Released the legal hold %1.</source>
        <translation>Conservation légale %1 levée.</translation>
    </message>
    <message>
        <source>Kept unchanged and restricted under a legal hold, erased when it ends:</source>
        <translation>Gardé inchangé et limité sous conservation légale, effacé à la fin de celle-ci&#xa0;:</translation>
    </message>
    <message>
        <source>Under a legal hold, kept unchanged and restricted: %1 %2 (reason: %3%4)</source>
        <translation>Sous conservation légale, gardé inchangé et limité&#xa0;: %1 %2 (motif&#xa0;: %3%4)</translation>
    </message>
    <message>
        <source>Kept unchanged and restricted under a legal hold, per table:</source>
        <translation>Gardé inchangé et limité sous conservation légale, par table&#xa0;:</translation>
    </message>
    <message>
        <source>Queued until the hold is released or lapses: %1 (see: subject erase-queue).</source>
        <translation>Différé jusqu&apos;à ce que la conservation soit levée ou expire&#xa0;: %1 (voir&#xa0;: subject erase-queue).</translation>
    </message>
    <message>
        <source>Nothing was deleted. Deleting a contact erases it: its emails and phones stay on the suppression list and the erasure is recorded. To delete, repeat with --yes.</source>
        <translation>Rien n&apos;a été supprimé. Supprimer un contact l&apos;efface&#xa0;: ses e-mails et téléphones restent sur la liste d&apos;exclusion et l&apos;effacement est enregistré. Pour supprimer, recommencez avec --yes.</translation>
    </message>
    <message>
        <source>A legal hold keeps the contact %1: it stays unchanged and restricted, and its erasure is queued until the hold ends (see: subject erase-queue). Receipt %2.</source>
        <translation>Une conservation légale garde le contact %1&#xa0;: il reste inchangé et fait l&apos;objet d&apos;une limitation, et son effacement est différé jusqu&apos;à la fin de la conservation (voir&#xa0;: subject erase-queue). Reçu %2.</translation>
    </message>
    <message>
        <source>Deleted the contact %1: erased, receipt %2; its emails and phones are on the suppression list (%3).</source>
        <translation>Contact %1 supprimé&#xa0;: effacé, reçu %2&#xa0;; ses e-mails et téléphones figurent sur la liste d&apos;exclusion (%3).</translation>
    </message>
    <message>
        <source>No erasure is waiting for a legal hold.</source>
        <translation>Aucun effacement n&apos;attend la fin d&apos;une conservation légale.</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation>effectué le %1</translation>
    </message>
    <message>
        <source>due</source>
        <translation>à effectuer</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>PERSON</source>
        <translation>PERSONNE</translation>
    </message>
    <message>
        <source>HOLD</source>
        <translation>CONSERVATION</translation>
    </message>
    <message>
        <source>QUEUED</source>
        <translation>DIFFÉRÉ LE</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <source>Mentions in other records (change history, shared activities and saved filters are redacted by the erasure; redact the others with: subject redact-mention CONTACT TYPE UID FIELD):</source>
        <translation>Mentions dans d&apos;autres fiches (l&apos;historique des modifications, les activités partagées et les filtres enregistrés sont caviardés par l&apos;effacement&#xa0;; caviardez les autres avec&#xa0;: subject redact-mention CONTACT TYPE UID FIELD)&#xa0;:</translation>
    </message>
    <message>
        <source>Redacted %1 occurrences of the person in %2 %3, %4; the change history keeps no old value.</source>
        <translation>%1 occurrences de la personne caviardées dans %2 %3, %4&#xa0;; l&apos;historique des modifications ne conserve aucune ancienne valeur.</translation>
    </message>
</context>
<context>
    <name>ErasureLedger</name>
    <message>
        <source>The erasure ledger names a kind of record this version cannot erase; update Confidant and restore again.</source>
        <translation>Le registre des effacements mentionne un type de fiche que cette version ne sait pas effacer&#xa0;; mettez Confidant à jour et relancez la restauration.</translation>
    </message>
</context>
<context>
    <name>ErasureLedgerFile</name>
    <message>
        <source>Cannot create the folder %1; check its permissions.</source>
        <translation>Impossible de créer le dossier %1&#xa0;; vérifiez ses permissions.</translation>
    </message>
    <message>
        <source>Cannot write in %1; check its permissions.</source>
        <translation>Impossible d&apos;écrire dans %1&#xa0;; vérifiez ses permissions.</translation>
    </message>
    <message>
        <source>Cannot write %1; check free space and permissions.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;; vérifiez l&apos;espace disponible et les permissions.</translation>
    </message>
    <message>
        <source>%1 is not an erasure ledger of this vault (or of its backups), or it is damaged.</source>
        <translation>%1 n&apos;est pas un registre des effacements de ce coffre (ni de ses sauvegardes), ou il est endommagé.</translation>
    </message>
    <message>
        <source>There is no erasure ledger %1.</source>
        <translation>Le registre des effacements %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Cannot read %1; check its permissions.</source>
        <translation>Impossible de lire %1&#xa0;; vérifiez ses permissions.</translation>
    </message>
    <message>
        <source>The erasure ledger %1 was written by a newer version of Confidant; update Confidant and try again.</source>
        <translation>Le registre des effacements %1 a été écrit par une version plus récente de Confidant&#xa0;; mettez Confidant à jour et réessayez.</translation>
    </message>
    <message>
        <source>Waiting for another program writing the erasure ledger %1 was cancelled; nothing was written to it.</source>
        <translation>L&apos;attente d&apos;un autre programme qui écrit le registre des effacements %1 a été annulée&#xa0;; rien n&apos;y a été écrit.</translation>
    </message>
</context>
<context>
    <name>ErasureService</name>
    <message>
        <source>The field &quot;%1&quot; is stored where erasure cannot blank it; nothing was erased. Update Confidant.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» est stocké à un endroit où l&apos;effacement ne peut pas le vider&#xa0;; rien n&apos;a été effacé. Mettez Confidant à jour.</translation>
    </message>
    <message>
        <source>There is no request with that reference or uid; list them with: request list. Nothing was erased.</source>
        <translation>Aucune demande n&apos;a cette référence ou cet uid&#xa0;; listez-les avec&#xa0;: request list. Rien n&apos;a été effacé.</translation>
    </message>
    <message>
        <source>There is no contact with that uid; check it with: contact list.</source>
        <translation>Aucun contact n&apos;a cet uid&#xa0;; vérifiez-le avec&#xa0;: contact list.</translation>
    </message>
    <message>
        <source>There is no contact with that uid; check it with: contact list. Nothing was erased.</source>
        <translation>Aucun contact n&apos;a cet uid&#xa0;; vérifiez-le avec&#xa0;: contact list. Rien n&apos;a été effacé.</translation>
    </message>
    <message>
        <source>The confirmation does not match the contact&apos;s given and family name; type the name as the preview shows it. Nothing was erased.</source>
        <translation>La confirmation ne correspond pas au prénom et au nom de famille du contact&#xa0;; saisissez le nom tel que l&apos;aperçu l&apos;affiche. Rien n&apos;a été effacé.</translation>
    </message>
    <message>
        <source>The search index could not be compacted: %1</source>
        <translation>L&apos;index de recherche n&apos;a pas pu être compacté&#xa0;: %1</translation>
    </message>
    <message>
        <source>VACUUM failed: %1</source>
        <translation>Échec de VACUUM&#xa0;: %1</translation>
    </message>
    <message>
        <source>The WAL could not be truncated: %1</source>
        <translation>Le WAL n&apos;a pas pu être tronqué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Another program had the vault open, so its WAL could not be truncated yet; it is when that closes.</source>
        <translation>Un autre programme avait ouvert le coffre, son WAL n&apos;a donc pas encore pu être tronqué&#xa0;; il le sera à la fermeture de ce programme.</translation>
    </message>
    <message>
        <source>Kept under a legal hold; its erasure is queued until the hold ends (Art. 17(3)(e), 18(1)(c)).</source>
        <translation>Gardé sous conservation légale&#xa0;; son effacement est différé jusqu&apos;à la fin de la conservation (Art. 17(3)(e), 18(1)(c)).</translation>
    </message>
    <message>
        <source>A legal hold keeps contact %1 and its erasure is queued already; it runs when the hold is released or lapses (see: subject erase-queue). Nothing was changed.</source>
        <translation>Une conservation légale garde le contact %1 et son effacement est déjà différé&#xa0;; il sera exécuté lorsque la conservation sera levée ou expirera (voir&#xa0;: subject erase-queue). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Contact %1 is restricted (Art. 18) since %2: lift the restriction first. Nothing was changed; to erase the person anyway, use the deliberate erasure (subject erase).</source>
        <translation>Le contact %1 fait l&apos;objet d&apos;une limitation (Art. 18) depuis le %2&#xa0;: levez d&apos;abord la limitation. Rien n&apos;a été modifié&#xa0;; pour effacer malgré tout la personne, utilisez l&apos;effacement délibéré (subject erase).</translation>
    </message>
    <message>
        <source>The erasure ledger beside the backups could not be updated: %1 Take a backup (it writes the ledger again); until then a restore of an older backup into another folder does not know of this erasure.</source>
        <translation>Le registre des effacements situé à côté des sauvegardes n&apos;a pas pu être mis à jour&#xa0;: %1 Faites une sauvegarde (elle réécrit le registre)&#xa0;; d&apos;ici là, la restauration d&apos;une sauvegarde plus ancienne dans un autre dossier ignore cet effacement.</translation>
    </message>
    <message>
        <source>That field no longer names the person (their full name, an email or a phone); nothing was changed. Show the mentions again with: subject erase CONTACT --preview.</source>
        <translation>Ce champ ne nomme plus la personne (son nom complet, un e-mail ou un téléphone)&#xa0;; rien n&apos;a été modifié. Affichez de nouveau les mentions avec&#xa0;: subject erase CONTACT --preview.</translation>
    </message>
    <message>
        <source>A mention is named by its record type (contact, company, deal, activity, saved_filter) and field as the erasure preview lists them; nothing was changed.</source>
        <translation>Une mention est désignée par son type de fiche (contact, company, deal, activity, saved_filter) et son champ, tels que l&apos;aperçu de l&apos;effacement les liste&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>There is no contact with that uid; check it with: contact list. Nothing was changed.</source>
        <translation>Aucun contact n&apos;a cet uid&#xa0;; vérifiez-le avec&#xa0;: contact list. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>A legal hold keeps %1 %2 unchanged; its mention is redacted when the hold ends. Nothing was changed.</source>
        <translation>Une conservation légale garde %1 %2 sans modification&#xa0;; sa mention sera caviardée à la fin de la conservation. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>There is no %1 with that uid; nothing was changed.</source>
        <translation>Aucun(e) %1 n&apos;a cet uid&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>A legal hold keeps what is recorded about this person; mentions of them are redacted when the hold ends. Nothing was changed.</source>
        <translation>Une conservation légale garde ce qui est enregistré sur cette personne&#xa0;; ses mentions seront caviardées à la levée de la conservation. Rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>ExportService</name>
    <message>
        <source>The export does not know how to write the field &quot;%1&quot;; nothing was exported.</source>
        <translation>L&apos;export ne sait pas écrire le champ «&#xa0;%1&#xa0;»&#xa0;; rien n&apos;a été exporté.</translation>
    </message>
    <message>
        <source>The export could not be written; check free space.</source>
        <translation>L&apos;export n&apos;a pas pu être écrit&#xa0;; vérifiez l&apos;espace disponible.</translation>
    </message>
    <message>
        <source>Some of the contacts to export do not exist; nothing was exported.</source>
        <translation>Certains des contacts à exporter n&apos;existent pas&#xa0;; rien n&apos;a été exporté.</translation>
    </message>
    <message>
        <source>Export cancelled; the file was not written.</source>
        <translation>Export annulé&#xa0;; le fichier n&apos;a pas été écrit.</translation>
    </message>
    <message>
        <source>A gated export is not available here; nothing was exported.</source>
        <translation>Un export filtré n&apos;est pas disponible ici&#xa0;; rien n&apos;a été exporté.</translation>
    </message>
</context>
<context>
    <name>FieldRegistry</name>
    <message>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email addresses</source>
        <translation>Adresses e-mail</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Numéros de téléphone</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Rue</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Source of the data</source>
        <translation>Source des données</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Nom de l&apos;entreprise</translation>
    </message>
    <message>
        <source>Web domain</source>
        <translation>Domaine web</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Professionnel</translation>
    </message>
    <message>
        <source>Financial</source>
        <translation>Financier</translation>
    </message>
    <message>
        <source>Behavioural</source>
        <translation>Comportemental</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <source>Special category (Art. 9)</source>
        <translation>Catégorie particulière (art. 9)</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Deal title</source>
        <translation>Titre de l&apos;affaire</translation>
    </message>
    <message>
        <source>Deal value</source>
        <translation>Montant de l&apos;affaire</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Deal status</source>
        <translation>Statut de l&apos;affaire</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Clôture prévue</translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation>Clôturée le</translation>
    </message>
    <message>
        <source>Close reason</source>
        <translation>Motif de clôture</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Activity type</source>
        <translation>Type d&apos;activité</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <source>Consent event</source>
        <translation>Événement de consentement</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Mode de recueil</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuve</translation>
    </message>
    <message>
        <source>Privacy notice shown</source>
        <translation>Avis de confidentialité présenté</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>Request type</source>
        <translation>Type de demande</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Juridiction</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Demandeur</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Identity verified</source>
        <translation>Identité vérifiée</translation>
    </message>
    <message>
        <source>Verification method</source>
        <translation>Méthode de vérification</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>Prolongée</translation>
    </message>
    <message>
        <source>Reason for the extension</source>
        <translation>Motif de la prolongation</translation>
    </message>
    <message>
        <source>Requester told of the extension</source>
        <translation>Demandeur informé de la prolongation</translation>
    </message>
    <message>
        <source>Receipt due</source>
        <translation>Échéance de la confirmation de réception</translation>
    </message>
    <message>
        <source>Receipt confirmed</source>
        <translation>Réception confirmée</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturée</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Closing note</source>
        <translation>Note de clôture</translation>
    </message>
</context>
<context>
    <name>FieldSettingsService</name>
    <message>
        <source>No field has that key; keys look like contact.birthday (see: field list).</source>
        <translation>Aucun champ n&apos;a cette clé&#xa0;; les clés ont la forme contact.birthday (voir&#xa0;: field list).</translation>
    </message>
    <message>
        <source>No field has that key; keys look like contact.birthday.</source>
        <translation>Aucun champ n&apos;a cette clé&#xa0;; les clés ont la forme contact.birthday.</translation>
    </message>
    <message>
        <source>This field is needed by Confidant and cannot be switched off; only optional fields can.</source>
        <translation>Ce champ est nécessaire à Confidant et ne peut pas être désactivé&#xa0;; seuls les champs facultatifs peuvent l&apos;être.</translation>
    </message>
    <message>
        <source>This field holds special-category data by definition; it stays marked.</source>
        <translation>Ce champ contient par définition des données de catégorie particulière&#xa0;; il reste marqué.</translation>
    </message>
</context>
<context>
    <name>FilterCommands</name>
    <message>
        <source>--entity takes contact, company or deal.</source>
        <translation>--entity accepte contact, company ou deal.</translation>
    </message>
    <message>
        <source>No saved filters yet; add one with filter add NAME.</source>
        <translation>Aucun filtre enregistré pour l&apos;instant&#xa0;; ajoutez-en un avec filter add NAME.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Définition</translation>
    </message>
    <message>
        <source>Filters for companies and deals are saved from the GUI; filter add makes contact filters.</source>
        <translation>Les filtres d&apos;entreprises et d&apos;affaires s&apos;enregistrent depuis l&apos;interface graphique&#xa0;; filter add crée des filtres de contacts.</translation>
    </message>
    <message>
        <source>Filter deleted.</source>
        <translation>Filtre supprimé.</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>%1 must be a uid (8-4-4-4-12 hex digits), as printed by add, list and search.</source>
        <translation>%1 doit être un uid (8-4-4-4-12 chiffres hexadécimaux), tel qu&apos;affiché par add, list et search.</translation>
    </message>
</context>
<context>
    <name>GateReport</name>
    <message numerus="yes">
        <source>%n restricted</source>
        <translation>
            <numerusform>%n avec traitement limité</numerusform>
            <numerusform>%n avec traitement limité</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n objected to marketing</source>
        <translation>
            <numerusform>%n opposé à la prospection</numerusform>
            <numerusform>%n opposés à la prospection</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without consent</source>
        <translation>
            <numerusform>%n sans consentement</numerusform>
            <numerusform>%n sans consentement</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n withdrew consent</source>
        <translation>
            <numerusform>%n a retiré son consentement</numerusform>
            <numerusform>%n ont retiré leur consentement</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with expired consent</source>
        <translation>
            <numerusform>%n avec consentement expiré</numerusform>
            <numerusform>%n avec consentement expiré</numerusform>
        </translation>
    </message>
    <message>
        <source>left out: %1</source>
        <translation>écartés&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <source>Confidant, a local-first CRM that keeps customer data encrypted.</source>
        <translation>Confidant, un CRM local qui conserve les données clients chiffrées.</translation>
    </message>
    <message>
        <source>The vault folder (default: %1).</source>
        <translation>Le dossier du coffre (par défaut&#xa0;: %1).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Once the main window shows its first page, save it to FILE as PNG and quit.</source>
        <translation>Dès que la fenêtre principale affiche sa première page, l&apos;enregistrer en PNG dans FILE et quitter.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Read the passphrase or recovery code from line 1 of standard input instead of asking.</source>
        <translation>Lire la phrase secrète ou le code de récupération sur la ligne 1 de l&apos;entrée standard au lieu de les demander.</translation>
    </message>
    <message>
        <source>There is no vault in %1; start Confidant without --passphrase-stdin to create one.</source>
        <translation>Il n&apos;y a aucun coffre dans %1&#xa0;; lancez Confidant sans --passphrase-stdin pour en créer un.</translation>
    </message>
    <message>
        <source>Cannot open the vault</source>
        <translation>Impossible d&apos;ouvrir le coffre</translation>
    </message>
    <message>
        <source>Cannot write the screenshot to %1.</source>
        <translation>Impossible d&apos;écrire la capture d&apos;écran dans %1.</translation>
    </message>
</context>
<context>
    <name>GuiThreadKeys</name>
    <message>
        <source>The keychain could not be reached during the restore.</source>
        <translation>Le trousseau de clés était inaccessible pendant la restauration.</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>That path is a folder, a pipe or a device, not a file; give a CSV or vCard file to import.</source>
        <translation>Ce chemin est un dossier, un tube ou un périphérique, pas un fichier&#xa0;; indiquez un fichier CSV ou vCard à importer.</translation>
    </message>
    <message>
        <source>File: %1 (CSV, %2, %3; column names: %4)</source>
        <translation>Fichier&#xa0;: %1 (CSV, %2, %3&#xa0;; noms de colonnes&#xa0;: %4)</translation>
    </message>
    <message>
        <source>Columns not imported (map them with --mapping): %1</source>
        <translation>Colonnes non importées (associez-les avec --mapping)&#xa0;: %1</translation>
    </message>
    <message>
        <source>File: %1 (vCard)</source>
        <translation>Fichier&#xa0;: %1 (vCard)</translation>
    </message>
    <message>
        <source>Rows: %1</source>
        <translation>Lignes&#xa0;: %1</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>Nouveaux&#xa0;: %1</translation>
    </message>
    <message>
        <source>Matched: %1</source>
        <translation>Correspondances&#xa0;: %1</translation>
    </message>
    <message>
        <source>  line %1</source>
        <translation>  ligne %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>par %1</translation>
    </message>
    <message>
        <source>merge</source>
        <translation>fusionner</translation>
    </message>
    <message>
        <source>skip</source>
        <translation>ignorer</translation>
    </message>
    <message>
        <source>  … and %1 more</source>
        <translation>  … et %1 de plus</translation>
    </message>
    <message>
        <source>Problems: %1</source>
        <translation>Problèmes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Remarques&#xa0;: %1</translation>
    </message>
    <message>
        <source>Suppressed (on the suppression list, never imported): %1, lines %2</source>
        <translation>Exclus (sur la liste d&apos;exclusion, jamais importés)&#xa0;: %1, lignes %2</translation>
    </message>
    <message>
        <source>--format takes csv or vcard.</source>
        <translation>--format accepte csv ou vcard.</translation>
    </message>
    <message>
        <source>--encoding takes utf-8, utf-16le or utf-16be.</source>
        <translation>--encoding accepte utf-8, utf-16le ou utf-16be.</translation>
    </message>
    <message>
        <source>--delimiter takes comma, semicolon or tab.</source>
        <translation>--delimiter accepte comma, semicolon ou tab.</translation>
    </message>
    <message>
        <source>--on-match takes skip or merge.</source>
        <translation>--on-match accepte skip ou merge.</translation>
    </message>
    <message>
        <source>The mapping file cannot be read; check its path.</source>
        <translation>Le fichier de correspondance ne peut pas être lu&#xa0;; vérifiez son chemin.</translation>
    </message>
    <message>
        <source>There is no file to import at that path; check it.</source>
        <translation>Il n&apos;y a aucun fichier à importer à cet emplacement&#xa0;; vérifiez-le.</translation>
    </message>
    <message>
        <source>%1: %2%</source>
        <translation>%1&#xa0;: %2&#xa0;%</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Simulation&#xa0;: rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Rows with problems: %1; nothing was imported. Fix them, or leave them out with --skip-invalid.</source>
        <translation>Lignes posant problème&#xa0;: %1&#xa0;; rien n&apos;a été importé. Corrigez-les, ou laissez-les de côté avec --skip-invalid.</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>Import cancelled; the vault is as it was before.</source>
        <translation>Importation annulée&#xa0;; le coffre est tel qu&apos;il était auparavant.</translation>
    </message>
    <message>
        <source>Imported: %1 created, %2 merged, %3 skipped (import %4).</source>
        <translation>Importation&#xa0;: %1 créés, %2 fusionnés, %3 ignorés (importation %4).</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ImportService</name>
    <message>
        <source>Full name (split)</source>
        <translation>Nom complet (séparé)</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Deuxième prénom</translation>
    </message>
    <message>
        <source>Email label</source>
        <translation>Libellé de l&apos;e-mail</translation>
    </message>
    <message>
        <source>Phone label</source>
        <translation>Libellé du téléphone</translation>
    </message>
    <message>
        <source>Confidant uid (matching only)</source>
        <translation>Uid Confidant (rapprochement uniquement)</translation>
    </message>
    <message>
        <source>Skip this column</source>
        <translation>Ignorer cette colonne</translation>
    </message>
    <message>
        <source>The column mapping is not a JSON object; write it as {&quot;Column&quot;: &quot;field&quot;, …}.</source>
        <translation>La correspondance des colonnes n&apos;est pas un objet JSON&#xa0;; écrivez-la sous la forme {&quot;Column&quot;: &quot;field&quot;, …}.</translation>
    </message>
    <message>
        <source>The column mapping gives the column &quot;%1&quot; something that is not a field name; use one of: %2.</source>
        <translation>La correspondance des colonnes associe à la colonne «&#xa0;%1&#xa0;» une valeur qui n&apos;est pas un nom de champ&#xa0;; utilisez l&apos;un des suivants&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The column mapping names the unknown field &quot;%1&quot;; use one of: %2.</source>
        <translation>La correspondance des colonnes mentionne le champ inconnu «&#xa0;%1&#xa0;»&#xa0;; utilisez l&apos;un des suivants&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The column mapping names the column &quot;%1&quot;, which the file does not have; check the spelling of the column.</source>
        <translation>La correspondance des colonnes mentionne la colonne «&#xa0;%1&#xa0;», absente du fichier&#xa0;; vérifiez l&apos;orthographe de la colonne.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Line %1 repeats the contact of line %2 (the same email, or the same name and phone); only line %2 is imported.</source>
        <translation>La ligne %1 reprend le contact de la ligne %2 (même e-mail, ou mêmes nom et téléphone)&#xa0;; seule la ligne %2 est importée.</translation>
    </message>
    <message>
        <source>The file holds no rows; there is nothing to import.</source>
        <translation>Le fichier ne contient aucune ligne&#xa0;; il n&apos;y a rien à importer.</translation>
    </message>
    <message>
        <source>The header row (line %1) cannot be read: %2 Nothing was imported.</source>
        <translation>La ligne d&apos;en-tête (ligne %1) ne peut pas être lue&#xa0;: %2 Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <translation>Importation annulée&#xa0;; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(non importé)</translation>
    </message>
    <message>
        <source>The file cannot be read; check its permissions.</source>
        <translation>Le fichier ne peut pas être lu&#xa0;; vérifiez ses permissions.</translation>
    </message>
    <message>
        <source>There is no such file; check the path.</source>
        <translation>Ce fichier n&apos;existe pas&#xa0;; vérifiez le chemin.</translation>
    </message>
    <message>
        <source>The file to import cannot be read again; check that it is still there.</source>
        <translation>Le fichier à importer ne peut pas être relu&#xa0;; vérifiez qu&apos;il est toujours là.</translation>
    </message>
    <message>
        <source>Rows of the file with problems: %1; nothing was imported. Fix them, or leave them out.</source>
        <translation>Lignes du fichier posant problème&#xa0;: %1&#xa0;; rien n&apos;a été importé. Corrigez-les, ou laissez-les de côté.</translation>
    </message>
    <message>
        <source>Import cancelled; the vault is as it was before.</source>
        <translation>Importation annulée&#xa0;; le coffre est tel qu&apos;il était auparavant.</translation>
    </message>
    <message>
        <source>Line %1: merging it would make the existing contact invalid (%2); nothing was imported. Skip that match.</source>
        <translation>Ligne %1&#xa0;: la fusion rendrait le contact existant non valide (%2)&#xa0;; rien n&apos;a été importé. Ignorez cette correspondance.</translation>
    </message>
    <message>
        <source>The file or the contacts changed since the preview; nothing was imported. Preview the file again.</source>
        <translation>Le fichier ou les contacts ont changé depuis l&apos;aperçu&#xa0;; rien n&apos;a été importé. Prévisualisez de nouveau le fichier.</translation>
    </message>
    <message>
        <source>No import has that id.</source>
        <translation>Aucune importation ne porte cet identifiant.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; is not imported: the field &quot;%2&quot; is switched off (data minimisation).</source>
        <translation>La colonne «&#xa0;%1&#xa0;» n&apos;est pas importée&#xa0;: le champ «&#xa0;%2&#xa0;» est désactivé (minimisation des données).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not imported from this file: the field is switched off (data minimisation).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas importé depuis ce fichier&#xa0;: le champ est désactivé (minimisation des données).</translation>
    </message>
    <message>
        <source>Fields were switched off since the preview; nothing was imported. Preview the file again.</source>
        <translation>Des champs ont été désactivés depuis l&apos;aperçu&#xa0;; rien n&apos;a été importé. Affichez à nouveau l&apos;aperçu du fichier.</translation>
    </message>
    <message>
        <source>Line %1 names a contact whose processing is restricted (Art. 18): it cannot be changed until the restriction is lifted, so the line is not imported.</source>
        <translation>La ligne %1 désigne un contact dont le traitement est limité (art. 18 RGPD) : il ne peut pas être modifié avant la levée de la limitation, la ligne n’est donc pas importée.</translation>
    </message>
</context>
<context>
    <name>KeyStore</name>
    <message>
        <source>The keychain did not keep the key written to it (reading it back gave another key); check the system keychain.</source>
        <translation>Le trousseau de clés n&apos;a pas conservé la clé qui y a été écrite (la relecture a donné une autre clé)&#xa0;; vérifiez le trousseau de clés du système.</translation>
    </message>
</context>
<context>
    <name>LegalHoldService</name>
    <message>
        <source>A legal hold is for a contact, company, deal or activity; &quot;%1&quot; is none of them.</source>
        <translation>Une conservation légale porte sur un contact, une entreprise, une affaire ou une activité&#xa0;; «&#xa0;%1&#xa0;» n&apos;est rien de tout cela.</translation>
    </message>
    <message>
        <source>A legal hold needs a reason (for example &quot;tax records, 10 years&quot;); give one.</source>
        <translation>Une conservation légale nécessite un motif (par exemple «&#xa0;documents fiscaux, 10 ans&#xa0;»)&#xa0;; indiquez-en un.</translation>
    </message>
    <message>
        <source>The reason is longer than %1 characters; shorten it.</source>
        <translation>Le motif dépasse %1 caractères&#xa0;; raccourcissez-le.</translation>
    </message>
    <message>
        <source>The hold&apos;s end date lies in the past; give today or a later day.</source>
        <translation>La date de fin de la conservation est dans le passé&#xa0;; indiquez aujourd&apos;hui ou un jour ultérieur.</translation>
    </message>
    <message>
        <source>There is no %1 with that uid; check it and try again.</source>
        <translation>Aucun(e) %1 n&apos;a cet uid&#xa0;; vérifiez-le et réessayez.</translation>
    </message>
    <message>
        <source>There is no legal hold with that uid; list them with: hold list.</source>
        <translation>Aucune conservation légale n&apos;a cet uid&#xa0;; listez-les avec&#xa0;: hold list.</translation>
    </message>
    <message>
        <source>That legal hold was released already; nothing was changed.</source>
        <translation>Cette conservation légale a déjà été levée&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The legal hold %1 was released, but the erasure it kept back could not run yet: %2 It runs again when the vault is next opened.</source>
        <translation>La conservation légale %1 a été levée, mais l&apos;effacement qu&apos;elle retenait n&apos;a pas encore pu être exécuté&#xa0;: %2 Il sera relancé à la prochaine ouverture du coffre.</translation>
    </message>
    <message>
        <source>Confidant cannot tell whether a legal hold keeps this record; nothing was deleted. Update Confidant.</source>
        <translation>Confidant ne peut pas déterminer si une conservation légale garde cet enregistrement&#xa0;; rien n&apos;a été supprimé. Mettez Confidant à jour.</translation>
    </message>
    <message>
        <source>Deal %1 is kept under the legal hold %2 and cannot be deleted; release the hold first (hold release). Nothing was deleted.</source>
        <translation>L&apos;affaire %1 est gardée sous la conservation légale %2 et ne peut pas être supprimée&#xa0;; levez d&apos;abord la conservation (hold release). Rien n&apos;a été supprimé.</translation>
    </message>
    <message>
        <source>Company %1 is kept under the legal hold %2 and cannot be deleted; release the hold first (hold release). Nothing was deleted.</source>
        <translation>L&apos;entreprise %1 est gardée sous la conservation légale %2 et ne peut pas être supprimée&#xa0;; levez d&apos;abord la conservation (hold release). Rien n&apos;a été supprimé.</translation>
    </message>
    <message>
        <source>Activity %1 is kept under the legal hold %2 and cannot be deleted; release the hold first (hold release). Nothing was deleted.</source>
        <translation>L&apos;activité %1 est gardée sous la conservation légale %2 et ne peut pas être supprimée&#xa0;; levez d&apos;abord la conservation (hold release). Rien n&apos;a été supprimé.</translation>
    </message>
    <message>
        <source>Deal %1 cannot be deleted: the legal hold %2 keeps the linked record %3 with its links; release the hold first (hold release). Nothing was deleted.</source>
        <translation>L&apos;affaire %1 ne peut pas être supprimée&#xa0;: la conservation légale %2 garde l&apos;enregistrement lié %3 avec ses liens&#xa0;; levez d&apos;abord la conservation (hold release). Rien n&apos;a été supprimé.</translation>
    </message>
    <message>
        <source>Company %1 cannot be deleted: the legal hold %2 keeps the linked record %3 with its links; release the hold first (hold release). Nothing was deleted.</source>
        <translation>L&apos;entreprise %1 ne peut pas être supprimée&#xa0;: la conservation légale %2 garde l&apos;enregistrement lié %3 avec ses liens&#xa0;; levez d&apos;abord la conservation (hold release). Rien n&apos;a été supprimé.</translation>
    </message>
    <message>
        <source>Activity %1 cannot be deleted: the legal hold %2 keeps the linked record %3 with its links; release the hold first (hold release). Nothing was deleted.</source>
        <translation>L&apos;activité %1 ne peut pas être supprimée&#xa0;: la conservation légale %2 garde l&apos;enregistrement lié %3 avec ses liens&#xa0;; levez d&apos;abord la conservation (hold release). Rien n&apos;a été supprimé.</translation>
    </message>
</context>
<context>
    <name>MaintenanceCommands</name>
    <message>
        <source>%1 exists already; nothing was written. Choose another file, or add --force to replace it.</source>
        <translation>%1 existe déjà&#xa0;; rien n&apos;a été écrit. Choisissez un autre fichier, ou ajoutez --force pour le remplacer.</translation>
    </message>
    <message>
        <source>The vault in %1 could not be opened to read its erasures (%2); without them a restore could bring erased people back, so nothing was restored.</source>
        <translation>Le coffre situé dans %1 n&apos;a pas pu être ouvert pour lire ses effacements (%2)&#xa0;; sans eux, une restauration pourrait faire réapparaître des personnes effacées. Rien n&apos;a donc été restauré.</translation>
    </message>
    <message>
        <source>--if-due writes into the vault&apos;s backup folder; leave out --out.</source>
        <translation>--if-due écrit dans le dossier des sauvegardes du coffre&#xa0;; omettez --out.</translation>
    </message>
    <message>
        <source>No backup is due yet (or scheduled backups are off).</source>
        <translation>Aucune sauvegarde n&apos;est encore due (ou les sauvegardes planifiées sont désactivées).</translation>
    </message>
    <message>
        <source>Backup written and verified: %1 (%2 bytes).</source>
        <translation>Sauvegarde écrite et vérifiée&#xa0;: %1 (%2 octets).</translation>
    </message>
    <message>
        <source>It is encrypted; on another computer it opens with this vault&apos;s recovery code.</source>
        <translation>Elle est chiffrée&#xa0;; sur un autre ordinateur, elle s&apos;ouvre avec le code de récupération de ce coffre.</translation>
    </message>
    <message>
        <source>It is encrypted; it opens with this vault&apos;s passphrase.</source>
        <translation>Elle est chiffrée&#xa0;; elle s&apos;ouvre avec la phrase secrète de ce coffre.</translation>
    </message>
    <message>
        <source>A vault already exists in %1; nothing was changed. Restore into a new folder with --vault, or add --force to replace it (it is kept under backups/).</source>
        <translation>Un coffre existe déjà dans %1&#xa0;; rien n&apos;a été modifié. Restaurez dans un nouveau dossier avec --vault, ou ajoutez --force pour le remplacer (il est conservé sous backups/).</translation>
    </message>
    <message>
        <source>There is no backup file %1.</source>
        <translation>Le fichier de sauvegarde %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Recovery code or passphrase of the backup: </source>
        <translation>Code de récupération ou phrase secrète de la sauvegarde&#xa0;: </translation>
    </message>
    <message>
        <source>Standard input held no recovery code or passphrase; give it on the first line.</source>
        <translation>L&apos;entrée standard ne contenait ni code de récupération ni phrase secrète&#xa0;; indiquez l&apos;un ou l&apos;autre sur la première ligne.</translation>
    </message>
    <message>
        <source>Restored the backup of %1 into %2.</source>
        <translation>Sauvegarde du %1 restaurée dans %2.</translation>
    </message>
    <message>
        <source>Erasures made after the backup and applied again: %1.</source>
        <translation>Effacements effectués après la sauvegarde et réappliqués&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The replaced vault is kept in %1.</source>
        <translation>Le coffre remplacé est conservé dans %1.</translation>
    </message>
    <message>
        <source>Its key is in the system keychain; it opens without the recovery code.</source>
        <translation>Sa clé se trouve dans le trousseau de clés du système&#xa0;; il s&apos;ouvre sans le code de récupération.</translation>
    </message>
    <message>
        <source>Its key could not be stored in the keychain; unlock it with the recovery code.</source>
        <translation>Sa clé n&apos;a pas pu être enregistrée dans le trousseau de clés&#xa0;; déverrouillez-le avec le code de récupération.</translation>
    </message>
    <message>
        <source>New passphrase (at least %1 characters): </source>
        <translation>Nouvelle phrase secrète (au moins %1 caractères)&#xa0;: </translation>
    </message>
    <message>
        <source>Repeat the new passphrase: </source>
        <translation>Répétez la nouvelle phrase secrète&#xa0;: </translation>
    </message>
    <message>
        <source>The two passphrases differ; the key was not changed. Try again.</source>
        <translation>Les deux phrases secrètes diffèrent&#xa0;; la clé n&apos;a pas été changée. Réessayez.</translation>
    </message>
    <message>
        <source>The vault has a new key, stored in the system keychain. Its new recovery code (the old one no longer works; backups made before now still open with the old one):</source>
        <translation>Le coffre a une nouvelle clé, enregistrée dans le trousseau de clés du système. Son nouveau code de récupération (l&apos;ancien ne fonctionne plus&#xa0;; les sauvegardes faites jusqu&apos;ici s&apos;ouvrent toujours avec l&apos;ancien)&#xa0;:</translation>
    </message>
    <message>
        <source>The vault&apos;s passphrase was changed. Backups made before now still open with the old passphrase.</source>
        <translation>La phrase secrète du coffre a été changée. Les sauvegardes faites jusqu&apos;ici s&apos;ouvrent toujours avec l&apos;ancienne phrase secrète.</translation>
    </message>
    <message>
        <source>The vault failed a check; see the lines above. Restore from a backup if it is damaged.</source>
        <translation>Le coffre a échoué à une vérification&#xa0;; voir les lignes ci-dessus. Restaurez-le à partir d&apos;une sauvegarde s&apos;il est endommagé.</translation>
    </message>
    <message>
        <source>--format takes csv or vcard.</source>
        <translation>--format accepte csv ou vcard.</translation>
    </message>
    <message>
        <source>Name the file to write with --out FILE.</source>
        <translation>Indiquez le fichier à écrire avec --out FILE.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n contact(s) to %1. The file is not encrypted; keep it safe and delete it when done.</source>
        <translation>
            <numerusform>%n contact exporté vers %1. Le fichier n&apos;est pas chiffré&#xa0;; conservez-le en lieu sûr et supprimez-le lorsque vous n&apos;en avez plus besoin.</numerusform>
            <numerusform>%n contacts exportés vers %1. Le fichier n&apos;est pas chiffré&#xa0;; conservez-le en lieu sûr et supprimez-le lorsque vous n&apos;en avez plus besoin.</numerusform>
        </translation>
    </message>
    <message>
        <source>Locking is for the Confidant window (Ctrl+L, or File &gt; Lock); a command unlocks the vault only while it runs and holds nothing to lock.</source>
        <translation>Le verrouillage concerne la fenêtre Confidant (Ctrl+L, ou Fichier &gt; Verrouiller)&#xa0;; une commande ne déverrouille le coffre que pendant son exécution et ne garde rien à verrouiller.</translation>
    </message>
    <message>
        <source>Name the saved filter with --filter NAME.</source>
        <translation>Indiquez le filtre enregistré avec --filter NAME.</translation>
    </message>
    <message>
        <source>Name the purpose with --purpose PURPOSE.</source>
        <translation>Indiquez la finalité avec --purpose PURPOSE.</translation>
    </message>
    <message>
        <source>nobody was left out</source>
        <translation>personne n&apos;a été écarté</translation>
    </message>
    <message numerus="yes">
        <source>Purpose &quot;%1&quot;: %n contact(s) kept; %2.</source>
        <translation>
            <numerusform>Finalité «&#xa0;%1&#xa0;»&#xa0;: %n contact retenu&#xa0;; %2.</numerusform>
            <numerusform>Finalité «&#xa0;%1&#xa0;»&#xa0;: %n contacts retenus&#xa0;; %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not exported (Art. 18): %1.</source>
        <translation>Non exporté (Art. 18)&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The vault has a new key, but the system keychain did not store it. Confidant tries again at the next unlock; should that fail too, only this new recovery code opens the vault, so write it down now (the old one no longer works; backups made before now still open with the old one):</source>
        <translation>Le coffre a une nouvelle clé, mais le trousseau de clés du système ne l&apos;a pas enregistrée. Confidant réessaiera au prochain déverrouillage&#xa0;; si cela échoue aussi, seul ce nouveau code de récupération ouvrira le coffre, notez-le donc maintenant (l&apos;ancien ne fonctionne plus&#xa0;; les sauvegardes faites jusqu&apos;ici s&apos;ouvrent toujours avec l&apos;ancien)&#xa0;:</translation>
    </message>
    <message>
        <source>Erasure ledger read: the vault in %1 (%2 entries).</source>
        <translation>Registre des effacements lu&#xa0;: le coffre situé dans %1 (%2 entrées).</translation>
    </message>
    <message>
        <source>Erasure ledger read: %1 (written %2, %3 entries).</source>
        <translation>Registre des effacements lu&#xa0;: %1 (écrit le %2, %3 entrées).</translation>
    </message>
    <message>
        <source>Every erasure recorded up to %1 is applied.</source>
        <translation>Tous les effacements enregistrés jusqu&apos;au %1 sont appliqués.</translation>
    </message>
    <message>
        <source>The vault file is damaged at page %1 and was left as it is. Save what still reads first (confidant-cli export --out FILE), then restore the newest backup that passes check (confidant-cli restore FILE, into a new folder or with --force).</source>
        <translation>Le fichier du coffre est endommagé à la page %1 et n&apos;a pas été modifié. Mettez d&apos;abord à l&apos;abri ce qui est encore lisible (confidant-cli export --out FILE), puis restaurez la sauvegarde la plus récente pour laquelle check ne signale aucune erreur (confidant-cli restore FILE, dans un nouveau dossier ou avec --force).</translation>
    </message>
    <message>
        <source>The passphrase or recovery code on line 1 of standard input does not open the vault in %1, whose erasures the restore must read; nothing was changed.</source>
        <translation>La phrase secrète ou le code de récupération de la ligne 1 de l&apos;entrée standard n&apos;ouvre pas le coffre situé dans %1, dont la restauration doit lire les effacements&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The recovery code or passphrase on line 1 of standard input opens the backup but not the vault in %1, whose key has changed since; nothing was changed. Give the vault&apos;s current one on line 1 and the backup&apos;s on line 2 with --backup-secret-stdin.</source>
        <translation>Le code de récupération ou la phrase secrète de la ligne 1 de l&apos;entrée standard ouvre la sauvegarde, mais pas le coffre situé dans %1, dont la clé a changé depuis&#xa0;; rien n&apos;a été modifié. Indiquez le code ou la phrase secrète actuels du coffre sur la ligne 1 et ceux de la sauvegarde sur la ligne 2 avec --backup-secret-stdin.</translation>
    </message>
    <message>
        <source>--backup-secret-stdin reads the secret of the vault being replaced (or of --erasures-from) on line 1 and the backup&apos;s on line 2; with neither, give the backup&apos;s recovery code or passphrase on line 1 alone.</source>
        <translation>--backup-secret-stdin lit la phrase secrète ou le code de récupération du coffre à remplacer (ou de celui de --erasures-from) sur la ligne 1 et ceux de la sauvegarde sur la ligne 2&#xa0;; sans l&apos;un ni l&apos;autre, indiquez seulement le code de récupération ou la phrase secrète de la sauvegarde sur la ligne 1.</translation>
    </message>
    <message>
        <source>Passphrase or recovery code of the current vault: </source>
        <translation>Phrase secrète ou code de récupération du coffre actuel&#xa0;: </translation>
    </message>
    <message>
        <source>Line 2 of standard input held no recovery code or passphrase of the backup; give it there.</source>
        <translation>La ligne 2 de l&apos;entrée standard ne contenait ni code de récupération ni phrase secrète de la sauvegarde&#xa0;; indiquez l&apos;un ou l&apos;autre sur cette ligne.</translation>
    </message>
    <message>
        <source>The recovery code or passphrase on line 2 of standard input does not open the backup %1; nothing was changed. A backup opens with the code or passphrase its vault had when the backup was taken.</source>
        <translation>Le code de récupération ou la phrase secrète de la ligne 2 de l&apos;entrée standard n&apos;ouvre pas la sauvegarde %1&#xa0;; rien n&apos;a été modifié. Une sauvegarde s&apos;ouvre avec le code ou la phrase secrète qu&apos;avait son coffre au moment de la sauvegarde.</translation>
    </message>
    <message>
        <source>The recovery code or passphrase on line 1 of standard input does not open the backup %1; nothing was changed. If the vault&apos;s passphrase has changed since the backup was taken, give the current one on line 1 and the backup&apos;s on line 2 with --backup-secret-stdin.</source>
        <translation>Le code de récupération ou la phrase secrète de la ligne 1 de l&apos;entrée standard n&apos;ouvre pas la sauvegarde %1&#xa0;; rien n&apos;a été modifié. Si la phrase secrète du coffre a changé depuis la sauvegarde, indiquez l&apos;actuelle sur la ligne 1 et celle de la sauvegarde sur la ligne 2 avec --backup-secret-stdin.</translation>
    </message>
    <message>
        <source>PIN of profile %1: </source>
        <translation>PIN du profil %1&#xa0;: </translation>
    </message>
    <message>
        <source>Profile %1 has a PIN; give it on line %2 of standard input, after the recovery code or passphrase. Nothing was changed.</source>
        <translation>Le profil %1 a un PIN&#xa0;; indiquez-le à la ligne %2 de l&apos;entrée standard, après le code de récupération ou la phrase secrète. Rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>MarkdownPdf</name>
    <message>
        <source>PDF output is not available in this program.</source>
        <translation>La sortie PDF n&apos;est pas disponible dans ce programme.</translation>
    </message>
    <message>
        <source>The PDF could not be written.</source>
        <translation>Le PDF n&apos;a pas pu être écrit.</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Généré le %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
</context>
<context>
    <name>MentionSearch</name>
    <message>
        <source>That contact no longer exists.</source>
        <translation>Ce contact n&apos;existe plus.</translation>
    </message>
    <message>
        <source>[redacted]</source>
        <translation>[caviardé]</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>In person</source>
        <translation>En personne</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
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
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>NoticeCommands</name>
    <message>
        <source>Give the text with --file or with --body, not both.</source>
        <translation>Indiquez le texte avec --file ou avec --body, pas les deux.</translation>
    </message>
    <message>
        <source>notice add needs the text: --file BODY.md or --body TEXT.</source>
        <translation>notice add nécessite le texte&#xa0;: --file BODY.md ou --body TEXT.</translation>
    </message>
    <message>
        <source>The file given with --file cannot be read; check its name and permissions.</source>
        <translation>Le fichier indiqué avec --file ne peut pas être lu&#xa0;; vérifiez son nom et ses droits d&apos;accès.</translation>
    </message>
    <message>
        <source>The file given with --file is too large for a notice.</source>
        <translation>Le fichier indiqué avec --file est trop volumineux pour un avis.</translation>
    </message>
    <message>
        <source>The file given with --file is not UTF-8 text.</source>
        <translation>Le fichier indiqué avec --file n&apos;est pas du texte UTF-8.</translation>
    </message>
    <message>
        <source>--format takes markdown or html.</source>
        <translation>--format accepte markdown ou html.</translation>
    </message>
    <message>
        <source>No such privacy notice; list them with: notice list.</source>
        <translation>Cet avis de confidentialité n&apos;existe pas&#xa0;; listez les avis avec&#xa0;: notice list.</translation>
    </message>
    <message>
        <source>Several languages have that notice; add --language LANG or write LANG:VERSION.</source>
        <translation>Plusieurs langues ont cet avis&#xa0;; ajoutez --language LANG ou écrivez LANG:VERSION.</translation>
    </message>
    <message>
        <source>No notice of that language is published yet.</source>
        <translation>Aucun avis dans cette langue n&apos;est encore publié.</translation>
    </message>
    <message>
        <source>NOTICE is a notice&apos;s uid, VERSION, LANG:VERSION or current.</source>
        <translation>NOTICE est l&apos;uid d&apos;un avis, VERSION, LANG:VERSION ou current.</translation>
    </message>
    <message>
        <source>No privacy notices yet; add one with: notice add.</source>
        <translation>Aucun avis de confidentialité pour l&apos;instant&#xa0;; ajoutez-en un avec&#xa0;: notice add.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANGUE</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUT</translation>
    </message>
    <message>
        <source>MATERIAL</source>
        <translation>SUBSTANTIELLE</translation>
    </message>
    <message>
        <source>PUBLISHED</source>
        <translation>PUBLIÉE</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITRE</translation>
    </message>
    <message>
        <source>UID</source>
        <translation>UID</translation>
    </message>
    <message>
        <source>notice add needs --language and --title; see confidant-cli notice add --help.</source>
        <translation>notice add nécessite --language et --title&#xa0;; voir confidant-cli notice add --help.</translation>
    </message>
    <message>
        <source>notice edit needs at least one of --title, --file, --body, --format, --material.</source>
        <translation>notice edit nécessite au moins l&apos;une des options --title, --file, --body, --format, --material.</translation>
    </message>
    <message>
        <source>--material takes yes or no.</source>
        <translation>--material accepte yes ou no.</translation>
    </message>
    <message>
        <source>Updated the draft %1, version %2 (%3).</source>
        <translation>Projet %1 mis à jour, version %2 (%3).</translation>
    </message>
    <message>
        <source>Published version %1 (%2); SHA-256 %3.</source>
        <translation>Version %1 publiée (%2)&#xa0;; SHA-256 %3.</translation>
    </message>
    <message>
        <source>Uid:</source>
        <translation>Uid&#xa0;:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version&#xa0;:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titre&#xa0;:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format&#xa0;:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut&#xa0;:</translation>
    </message>
    <message>
        <source>Material:</source>
        <translation>Substantielle&#xa0;:</translation>
    </message>
    <message>
        <source>Published:</source>
        <translation>Publiée&#xa0;:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256&#xa0;:</translation>
    </message>
    <message>
        <source>(matches the text)</source>
        <translation>(correspond au texte)</translation>
    </message>
    <message>
        <source>(DOES NOT MATCH the text)</source>
        <translation>(NE CORRESPOND PAS au texte)</translation>
    </message>
    <message>
        <source>Deleted the draft %1.</source>
        <translation>Projet %1 supprimé.</translation>
    </message>
    <message>
        <source>notice ack needs --channel: in-person, phone, email, web, paper or other.</source>
        <translation>notice ack nécessite --channel&#xa0;: in-person, phone, email, web, paper ou other.</translation>
    </message>
    <message>
        <source>--channel takes in-person, phone, email, web, paper or other.</source>
        <translation>--channel accepte in-person, phone, email, web, paper ou other.</translation>
    </message>
    <message>
        <source>This contact has acknowledged no notice.</source>
        <translation>Ce contact n&apos;a pris connaissance d&apos;aucun avis.</translation>
    </message>
    <message>
        <source>AT</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>CHANNEL</source>
        <translation>CANAL</translation>
    </message>
    <message>
        <source>Nobody needs to see a newer notice.</source>
        <translation>Personne n&apos;a besoin de voir un avis plus récent.</translation>
    </message>
    <message>
        <source>CONTACT</source>
        <translation>CONTACT</translation>
    </message>
    <message>
        <source>ACKNOWLEDGED</source>
        <translation>CONSULTÉE</translation>
    </message>
    <message>
        <source>CURRENT</source>
        <translation>ACTUELLE</translation>
    </message>
</context>
<context>
    <name>NoticeService</name>
    <message>
        <source>No such privacy notice; list them with: notice list.</source>
        <translation>Cet avis de confidentialité n&apos;existe pas&#xa0;; listez les avis avec&#xa0;: notice list.</translation>
    </message>
    <message>
        <source>A language is a code such as en, de or de-AT.</source>
        <translation>Une langue est un code tel que en, de ou de-AT.</translation>
    </message>
    <message>
        <source>A notice needs a language code such as en, de or de-AT.</source>
        <translation>Un avis nécessite un code de langue tel que en, de ou de-AT.</translation>
    </message>
    <message>
        <source>A notice needs a title of 1 to %1 characters on one line.</source>
        <translation>Un avis nécessite un titre de 1 à %1 caractères sur une seule ligne.</translation>
    </message>
    <message>
        <source>A notice needs a text; it is empty.</source>
        <translation>Un avis nécessite un texte&#xa0;; il est vide.</translation>
    </message>
    <message>
        <source>A notice text may have at most %1 characters; shorten it.</source>
        <translation>Le texte d&apos;un avis peut comporter au plus %1 caractères&#xa0;; raccourcissez-le.</translation>
    </message>
    <message>
        <source>Version %1 of this notice is published and can no longer be changed; add a new version instead.</source>
        <translation>La version %1 de cet avis est publiée et ne peut plus être modifiée&#xa0;; ajoutez plutôt une nouvelle version.</translation>
    </message>
    <message>
        <source>This notice version is published and can no longer be changed.</source>
        <translation>Cette version de l&apos;avis est publiée et ne peut plus être modifiée.</translation>
    </message>
    <message>
        <source>Version %1 of this notice is published already; a published version is never published again or changed.</source>
        <translation>La version %1 de cet avis est déjà publiée&#xa0;; une version publiée n&apos;est jamais republiée ni modifiée.</translation>
    </message>
    <message>
        <source>A later version of this language is published already, so this draft would not become the current notice; add a new version instead.</source>
        <translation>Une version plus récente dans cette langue est déjà publiée, ce projet ne deviendrait donc pas l&apos;avis actuel&#xa0;; ajoutez plutôt une nouvelle version.</translation>
    </message>
    <message>
        <source>This notice version is published already.</source>
        <translation>Cette version de l&apos;avis est déjà publiée.</translation>
    </message>
    <message>
        <source>Version %1 of this notice is published and is kept as evidence; it cannot be deleted.</source>
        <translation>La version %1 de cet avis est publiée et conservée comme preuve&#xa0;; elle ne peut pas être supprimée.</translation>
    </message>
    <message>
        <source>This notice version is published and cannot be deleted.</source>
        <translation>Cette version de l&apos;avis est publiée et ne peut pas être supprimée.</translation>
    </message>
    <message>
        <source>Only a published notice can be acknowledged; publish this version first.</source>
        <translation>Seul un avis publié peut faire l&apos;objet d&apos;une prise de connaissance&#xa0;; publiez d&apos;abord cette version.</translation>
    </message>
    <message>
        <source>No such contact; it may have been deleted.</source>
        <translation>Ce contact n&apos;existe pas&#xa0;; il a peut-être été supprimé.</translation>
    </message>
    <message>
        <source>An acknowledgement cannot lie in the future.</source>
        <translation>Une prise de connaissance ne peut pas se situer dans le futur.</translation>
    </message>
    <message>
        <source>An acknowledgement cannot be dated before the notice version was published.</source>
        <translation>Une prise de connaissance ne peut pas être datée d&apos;avant la publication de la version de l&apos;avis.</translation>
    </message>
</context>
<context>
    <name>PinPolicy</name>
    <message numerus="yes">
        <source>A PIN needs at least %n characters, not one character or a short group repeated (111111, 121212) and not a straight run (123456, 654321, abcdef).</source>
        <translation>
            <numerusform>Un PIN doit comporter au moins %n caractère, sans être un même caractère ou un court groupe répété (111111, 121212) ni une suite continue (123456, 654321, abcdef).</numerusform>
            <numerusform>Un PIN doit comporter au moins %n caractères, sans être un même caractère ou un court groupe répété (111111, 121212) ni une suite continue (123456, 654321, abcdef).</numerusform>
        </translation>
    </message>
    <message>
        <source>This PIN is too short; nothing was changed. %1</source>
        <translation>Ce PIN est trop court&#xa0;; rien n&apos;a été modifié. %1</translation>
    </message>
    <message>
        <source>This PIN is a pattern that is easy to guess; nothing was changed. %1</source>
        <translation>Ce PIN est un motif facile à deviner&#xa0;; rien n&apos;a été modifié. %1</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 seconde</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 secondes</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minutes</translation>
    </message>
</context>
<context>
    <name>PipelineService</name>
    <message>
        <source>Lead</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Qualifié</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposition</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>Négociation</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gagnée</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdue</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventes</translation>
    </message>
    <message>
        <source>No such pipeline; it may have been deleted.</source>
        <translation>Ce pipeline n&apos;existe pas&#xa0;; il a peut-être été supprimé.</translation>
    </message>
    <message>
        <source>No pipeline has that name or id; list them with: pipeline list.</source>
        <translation>Aucun pipeline ne porte ce nom ou cet identifiant&#xa0;; affichez-les avec&#xa0;: pipeline list.</translation>
    </message>
    <message>
        <source>The pipeline has no stage of that name or id; list them with: pipeline list.</source>
        <translation>Le pipeline n&apos;a aucune étape portant ce nom ou cet identifiant&#xa0;; affichez-les avec&#xa0;: pipeline list.</translation>
    </message>
    <message>
        <source>No such stage; it may have been deleted.</source>
        <translation>Cette étape n&apos;existe pas&#xa0;; elle a peut-être été supprimée.</translation>
    </message>
    <message>
        <source>A stage needs a name of 1 to 60 characters.</source>
        <translation>Une étape doit avoir un nom de 1 à 60 caractères.</translation>
    </message>
    <message>
        <source>A stage&apos;s probability is a whole number from 0 to 100.</source>
        <translation>La probabilité d&apos;une étape est un nombre entier de 0 à 100.</translation>
    </message>
    <message>
        <source>A pipeline needs a name of 1 to 60 characters.</source>
        <translation>Un pipeline doit avoir un nom de 1 à 60 caractères.</translation>
    </message>
    <message>
        <source>A pipeline needs at least one stage.</source>
        <translation>Un pipeline doit comporter au moins une étape.</translation>
    </message>
    <message>
        <source>A pipeline of that name exists already; choose another name.</source>
        <translation>Un pipeline portant ce nom existe déjà&#xa0;; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Two stages of a pipeline cannot have the same name.</source>
        <translation>Deux étapes d&apos;un même pipeline ne peuvent pas porter le même nom.</translation>
    </message>
    <message>
        <source>The last pipeline cannot be deleted; rename it instead.</source>
        <translation>Le dernier pipeline ne peut pas être supprimé&#xa0;; renommez-le plutôt.</translation>
    </message>
    <message numerus="yes">
        <source>The pipeline still holds %n deal(s); move or delete them first.</source>
        <translation>
            <numerusform>Le pipeline contient encore %n affaire&#xa0;; déplacez-la ou supprimez-la d&apos;abord.</numerusform>
            <numerusform>Le pipeline contient encore %n affaires&#xa0;; déplacez-les ou supprimez-les d&apos;abord.</numerusform>
        </translation>
    </message>
    <message>
        <source>The pipeline has a stage of that name already; choose another.</source>
        <translation>Le pipeline a déjà une étape portant ce nom&#xa0;; choisissez-en un autre.</translation>
    </message>
    <message numerus="yes">
        <source>The stage still holds %n deal(s); move them to another stage first.</source>
        <translation>
            <numerusform>L&apos;étape contient encore %n affaire&#xa0;; déplacez-la d&apos;abord vers une autre étape.</numerusform>
            <numerusform>L&apos;étape contient encore %n affaires&#xa0;; déplacez-les d&apos;abord vers une autre étape.</numerusform>
        </translation>
    </message>
    <message>
        <source>A pipeline keeps at least one stage; add another first.</source>
        <translation>Un pipeline conserve toujours au moins une étape&#xa0;; ajoutez-en d&apos;abord une autre.</translation>
    </message>
</context>
<context>
    <name>PolicyCommands</name>
    <message>
        <source>--format takes %1.</source>
        <translation>--format accepte %1.</translation>
    </message>
    <message>
        <source>--out names a folder; give a file name.</source>
        <translation>--out désigne un dossier&#xa0;; indiquez un nom de fichier.</translation>
    </message>
    <message>
        <source>The file given with --out exists already; nothing was written. Add --force to replace it.</source>
        <translation>Le fichier indiqué avec --out existe déjà&#xa0;; rien n&apos;a été écrit. Ajoutez --force pour le remplacer.</translation>
    </message>
    <message>
        <source>--format %1 needs --out FILE.</source>
        <translation>--format %1 nécessite --out FILE.</translation>
    </message>
    <message>
        <source>Privacy policy</source>
        <translation>Politique de confidentialité</translation>
    </message>
    <message>
        <source>Wrote the privacy-policy draft to %1.</source>
        <translation>Projet de politique de confidentialité écrit dans %1.</translation>
    </message>
    <message>
        <source>Missing from the configuration: %1; see the list at the top of the draft.</source>
        <translation>Absent de la configuration&#xa0;: %1&#xa0;; voir la liste en tête du projet.</translation>
    </message>
    <message>
        <source>Records of processing activities</source>
        <translation>Registre des activités de traitement</translation>
    </message>
    <message>
        <source>Wrote the records of processing (%1 purposes) to %2.</source>
        <translation>Registre des activités de traitement (%1 finalités) écrit dans %2.</translation>
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
        <translation>aucun</translation>
    </message>
    <message>
        <source>No controller name set.</source>
        <translation>Aucun nom de responsable du traitement défini.</translation>
    </message>
    <message>
        <source>No controller address set.</source>
        <translation>Aucune adresse de responsable du traitement définie.</translation>
    </message>
    <message>
        <source>No controller email set: people need it to exercise their rights.</source>
        <translation>Aucune adresse e-mail de responsable du traitement définie&#xa0;: les personnes en ont besoin pour exercer leurs droits.</translation>
    </message>
    <message>
        <source>No DPO contact set (or state that no data protection officer is appointed).</source>
        <translation>Aucun contact du DPD défini (ou indiquez qu&apos;aucun délégué à la protection des données n&apos;est désigné).</translation>
    </message>
    <message>
        <source>No supervisory authority set.</source>
        <translation>Aucune autorité de contrôle définie.</translation>
    </message>
    <message>
        <source>Not set how updates of this policy are announced.</source>
        <translation>La manière dont les mises à jour de cette politique sont annoncées n&apos;est pas définie.</translation>
    </message>
    <message>
        <source>No purposes configured.</source>
        <translation>Aucune finalité configurée.</translation>
    </message>
    <message>
        <source>Purpose %1 has no retention period.</source>
        <translation>La finalité %1 n&apos;a pas de durée de conservation.</translation>
    </message>
    <message>
        <source>Purpose %1 names no personal data it uses.</source>
        <translation>La finalité %1 n&apos;indique aucune donnée personnelle qu&apos;elle utilise.</translation>
    </message>
    <message>
        <source>Purpose %1 rests on legitimate interests but does not say which.</source>
        <translation>La finalité %1 repose sur l&apos;intérêt légitime mais ne précise pas lequel.</translation>
    </message>
    <message>
        <source>Processor %1 has no country set.</source>
        <translation>Le sous-traitant %1 n&apos;a pas de pays défini.</translation>
    </message>
    <message>
        <source>Processor %1 outside the EEA has no safeguard for the transfer.</source>
        <translation>Le sous-traitant %1, situé hors de l&apos;EEE, n&apos;a aucune garantie pour le transfert.</translation>
    </message>
    <message>
        <source>Processor %1 has no data-processing agreement (Art. 28 GDPR) recorded.</source>
        <translation>Aucun contrat de sous-traitance (Art. 28 RGPD) n&apos;est enregistré pour le sous-traitant %1.</translation>
    </message>
    <message>
        <source>Processor %1 serves no purpose.</source>
        <translation>Le sous-traitant %1 ne sert aucune finalité.</translation>
    </message>
    <message>
        <source>No privacy notice is published in the language %1.</source>
        <translation>Aucun avis de confidentialité n&apos;est publié dans la langue %1.</translation>
    </message>
    <message>
        <source>[controller name]</source>
        <translation>[nom du responsable du traitement]</translation>
    </message>
    <message>
        <source># Privacy policy of %1</source>
        <translation># Politique de confidentialité de %1</translation>
    </message>
    <message>
        <source>&gt; **Draft** generated by Confidant from this vault&apos;s configuration. Check and complete it, and have it reviewed, before you publish it.</source>
        <translation>&gt; **Projet** généré par Confidant à partir de la configuration de ce coffre. Vérifiez-le, complétez-le et faites-le relire avant de le publier.</translation>
    </message>
    <message>
        <source>Missing information: complete these before publishing:</source>
        <translation>Informations manquantes&#xa0;: complétez-les avant la publication&#xa0;:</translation>
    </message>
    <message>
        <source>## 1. Who is responsible for your data</source>
        <translation>## 1. Qui est responsable de vos données</translation>
    </message>
    <message>
        <source>The controller responsible for processing your personal data is:</source>
        <translation>Le responsable du traitement de vos données personnelles est&#xa0;:</translation>
    </message>
    <message>
        <source>Email: %1</source>
        <translation>E-mail&#xa0;: %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Téléphone&#xa0;: %1</translation>
    </message>
    <message>
        <source>## 2. Data protection officer</source>
        <translation>## 2. Délégué à la protection des données</translation>
    </message>
    <message>
        <source>You can reach our data protection officer at:</source>
        <translation>Vous pouvez joindre notre délégué à la protection des données à l&apos;adresse suivante&#xa0;:</translation>
    </message>
    <message>
        <source>We have not appointed a data protection officer, as the law does not require us to (Art. 37 GDPR). Please contact us as shown above with any question about your data.</source>
        <translation>Nous n&apos;avons pas désigné de délégué à la protection des données, la loi ne nous y obligeant pas (Art. 37 RGPD). Pour toute question concernant vos données, veuillez nous contacter comme indiqué ci-dessus.</translation>
    </message>
    <message>
        <source>[No DPO contact set: name the data protection officer, or state that none is appointed.]</source>
        <translation>[Aucun contact du DPD défini&#xa0;: nommez le délégué à la protection des données, ou indiquez qu&apos;aucun n&apos;est désigné.]</translation>
    </message>
    <message>
        <source>## 3. What we process, why, and on what legal basis</source>
        <translation>## 3. Ce que nous traitons, pourquoi et sur quelle base légale</translation>
    </message>
    <message>
        <source>[No purposes configured.]</source>
        <translation>[Aucune finalité configurée.]</translation>
    </message>
    <message>
        <source>Legal basis:</source>
        <translation>Base légale&#xa0;:</translation>
    </message>
    <message>
        <source>You may withdraw your consent at any time, as easily as you gave it; this does not affect the lawfulness of processing before the withdrawal (Art. 7(3) GDPR).</source>
        <translation>Vous pouvez retirer votre consentement à tout moment, aussi facilement que vous l&apos;avez donné&#xa0;; ce retrait n&apos;affecte pas la licéité du traitement effectué avant celui-ci (Art. 7(3) RGPD).</translation>
    </message>
    <message>
        <source>Our legitimate interest:</source>
        <translation>Notre intérêt légitime&#xa0;:</translation>
    </message>
    <message>
        <source>[not stated]</source>
        <translation>[non indiqué]</translation>
    </message>
    <message>
        <source>We need this data to enter into or perform a contract with you; without it we cannot do so.</source>
        <translation>Nous avons besoin de ces données pour conclure ou exécuter un contrat avec vous&#xa0;; sans elles, nous ne pouvons pas le faire.</translation>
    </message>
    <message>
        <source>Personal data:</source>
        <translation>Données personnelles&#xa0;:</translation>
    </message>
    <message>
        <source>[none named]</source>
        <translation>[aucun désigné]</translation>
    </message>
    <message>
        <source>Special categories of personal data (Art. 9 GDPR):</source>
        <translation>Catégories particulières de données à caractère personnel (Art. 9 RGPD)&#xa0;:</translation>
    </message>
    <message>
        <source>This is direct marketing: you may object to it at any time, and we will then stop (Art. 21(2) and (3) GDPR).</source>
        <translation>Il s&apos;agit de prospection directe&#xa0;: vous pouvez vous y opposer à tout moment, et nous y mettrons alors fin (Art. 21(2) et (3) RGPD).</translation>
    </message>
    <message>
        <source>Recipients:</source>
        <translation>Destinataires&#xa0;:</translation>
    </message>
    <message>
        <source>Retention:</source>
        <translation>Conservation&#xa0;:</translation>
    </message>
    <message>
        <source>## 4. Recipients and processors</source>
        <translation>## 4. Destinataires et sous-traitants</translation>
    </message>
    <message>
        <source>We do not pass your personal data to processors or other recipients.</source>
        <translation>Nous ne transmettons pas vos données personnelles à des sous-traitants ni à d&apos;autres destinataires.</translation>
    </message>
    <message>
        <source>We use the following processors and pass personal data to these recipients:</source>
        <translation>Nous faisons appel aux sous-traitants suivants et transmettons des données personnelles à ces destinataires&#xa0;:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Finalités</translation>
    </message>
    <message>
        <source>## 5. Transfers outside the European Economic Area</source>
        <translation>## 5. Transferts hors de l&apos;Espace économique européen</translation>
    </message>
    <message>
        <source>We do not transfer your personal data to countries outside the European Economic Area.</source>
        <translation>Nous ne transférons pas vos données personnelles vers des pays situés hors de l&apos;Espace économique européen.</translation>
    </message>
    <message>
        <source>Some recipients are outside the European Economic Area (EEA). These transfers rest on:</source>
        <translation>Certains destinataires se trouvent hors de l&apos;Espace économique européen (EEE). Ces transferts reposent sur&#xa0;:</translation>
    </message>
    <message>
        <source>[no safeguard recorded]</source>
        <translation>[aucune garantie enregistrée]</translation>
    </message>
    <message>
        <source>You can ask us for a copy of these safeguards using the contact details above.</source>
        <translation>Vous pouvez nous demander une copie de ces garanties en utilisant les coordonnées ci-dessus.</translation>
    </message>
    <message>
        <source>## 6. How long we keep your data</source>
        <translation>## 6. Durée de conservation de vos données</translation>
    </message>
    <message>
        <source>After that we delete your data, or anonymise it where the law requires us to keep records.</source>
        <translation>Ensuite, nous supprimons vos données, ou nous les anonymisons lorsque la loi nous oblige à conserver des enregistrements.</translation>
    </message>
    <message>
        <source>## 7. Your rights</source>
        <translation>## 7. Vos droits</translation>
    </message>
    <message>
        <source>Under the General Data Protection Regulation you have the right to:</source>
        <translation>En vertu du règlement général sur la protection des données, vous avez le droit&#xa0;:</translation>
    </message>
    <message>
        <source>access the personal data we hold about you (Art. 15 GDPR);</source>
        <translation>d&apos;accéder aux données personnelles que nous détenons à votre sujet (Art. 15 RGPD)&#xa0;;</translation>
    </message>
    <message>
        <source>have inaccurate data rectified (Art. 16 GDPR);</source>
        <translation>de faire rectifier des données inexactes (Art. 16 RGPD)&#xa0;;</translation>
    </message>
    <message>
        <source>have your data erased (Art. 17 GDPR);</source>
        <translation>de faire effacer vos données (Art. 17 RGPD)&#xa0;;</translation>
    </message>
    <message>
        <source>have processing restricted (Art. 18 GDPR);</source>
        <translation>de faire limiter le traitement (Art. 18 RGPD)&#xa0;;</translation>
    </message>
    <message>
        <source>receive your data in a portable format (Art. 20 GDPR);</source>
        <translation>de recevoir vos données dans un format portable (Art. 20 RGPD)&#xa0;;</translation>
    </message>
    <message>
        <source>object to processing based on legitimate interests, and at any time to direct marketing (Art. 21 GDPR);</source>
        <translation>de vous opposer au traitement fondé sur des intérêts légitimes, et à tout moment à la prospection directe (Art. 21 RGPD)&#xa0;;</translation>
    </message>
    <message>
        <source>withdraw your consent at any time, with effect for the future (Art. 7(3) GDPR);</source>
        <translation>de retirer votre consentement à tout moment, avec effet pour l&apos;avenir (Art. 7(3) RGPD)&#xa0;;</translation>
    </message>
    <message>
        <source>lodge a complaint with a supervisory authority (Art. 77 GDPR).</source>
        <translation>d&apos;introduire une réclamation auprès d&apos;une autorité de contrôle (Art. 77 RGPD).</translation>
    </message>
    <message>
        <source>email us at %1</source>
        <translation>envoyez-nous un e-mail à %1</translation>
    </message>
    <message>
        <source>call us at %1</source>
        <translation>appelez-nous au %1</translation>
    </message>
    <message>
        <source>write to us at the address above</source>
        <translation>écrivez-nous à l&apos;adresse ci-dessus</translation>
    </message>
    <message>
        <source>email our data protection officer at %1</source>
        <translation>envoyez un e-mail à notre délégué à la protection des données à %1</translation>
    </message>
    <message>
        <source>To exercise your rights, contact us [no controller contact set].</source>
        <translation>Pour exercer vos droits, contactez-nous [aucune coordonnée du responsable du traitement renseignée].</translation>
    </message>
    <message>
        <source>To exercise your rights, %1. We answer within one month (Art. 12(3) GDPR).</source>
        <translation>Pour exercer vos droits, %1. Nous répondons dans un délai d&apos;un mois (Art. 12(3) RGPD).</translation>
    </message>
    <message>
        <source>, or </source>
        <translation>, ou </translation>
    </message>
    <message>
        <source>You may complain to the supervisory authority of your habitual residence, place of work or of the alleged infringement. [No supervisory authority set.]</source>
        <translation>Vous pouvez introduire une réclamation auprès de l&apos;autorité de contrôle du lieu de votre résidence habituelle, de votre lieu de travail ou du lieu où la violation aurait été commise. [Aucune autorité de contrôle renseignée.]</translation>
    </message>
    <message>
        <source>You may complain to any supervisory authority, in particular to the one responsible for us:</source>
        <translation>Vous pouvez introduire une réclamation auprès de toute autorité de contrôle, en particulier auprès de celle dont nous relevons&#xa0;:</translation>
    </message>
    <message>
        <source>## 8. Changes to this policy</source>
        <translation>## 8. Modifications de la présente politique</translation>
    </message>
    <message>
        <source>[Not set how updates of this policy are announced.]</source>
        <translation>[La manière dont les mises à jour de cette politique sont annoncées n&apos;est pas renseignée.]</translation>
    </message>
    <message>
        <source>We announce changes to this policy as follows:</source>
        <translation>Nous annonçons les modifications de cette politique comme suit&#xa0;:</translation>
    </message>
    <message>
        <source>## 9. Version</source>
        <translation>## 9. Version</translation>
    </message>
    <message>
        <source>This policy accompanies our privacy notice %1, version %2 (language %3), published on %4; SHA-256 of the notice text: `%5`.</source>
        <translation>Cette politique accompagne notre avis de confidentialité %1, version %2 (langue %3), publié le %4&#xa0;; SHA-256 du texte de l&apos;avis&#xa0;: `%5`.</translation>
    </message>
    <message>
        <source>[No privacy notice is published in the language %1 yet.]</source>
        <translation>[Aucun avis de confidentialité n&apos;est encore publié dans la langue %1.]</translation>
    </message>
</context>
<context>
    <name>PrivacyCommands</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <source>--basis takes consent, contract, legal-obligation, vital-interests, public-task or legitimate-interests.</source>
        <translation>--basis accepte consent, contract, legal-obligation, vital-interests, public-task ou legitimate-interests.</translation>
    </message>
    <message>
        <source>--retention-days takes a whole number of days above 0.</source>
        <translation>--retention-days accepte un nombre entier de jours supérieur à 0.</translation>
    </message>
    <message>
        <source>Give --marketing or --no-marketing, not both.</source>
        <translation>Indiquez --marketing ou --no-marketing, pas les deux.</translation>
    </message>
    <message>
        <source>Give --requires-consent or --no-requires-consent, not both.</source>
        <translation>Indiquez --requires-consent ou --no-requires-consent, pas les deux.</translation>
    </message>
    <message>
        <source>A purpose resting on consent always requires consent.</source>
        <translation>Une finalité fondée sur le consentement requiert toujours le consentement.</translation>
    </message>
    <message>
        <source>Archived the purpose %1.</source>
        <translation>Finalité %1 archivée.</translation>
    </message>
    <message>
        <source>The purpose %1 is in use again.</source>
        <translation>La finalité %1 est de nouveau utilisée.</translation>
    </message>
    <message>
        <source>--method takes web-form, paper, verbal, email, import or other.</source>
        <translation>--method accepte web-form, paper, verbal, email, import ou other.</translation>
    </message>
    <message>
        <source>Recorded the consent for &quot;%1&quot; (event %2).</source>
        <translation>Consentement pour «&#xa0;%1&#xa0;» enregistré (événement %2).</translation>
    </message>
    <message>
        <source>Recorded the withdrawal of the consent for &quot;%1&quot; (event %2).</source>
        <translation>Retrait du consentement pour «&#xa0;%1&#xa0;» enregistré (événement %2).</translation>
    </message>
    <message>
        <source>Recorded the refreshed consent for &quot;%1&quot; (event %2).</source>
        <translation>Consentement renouvelé pour «&#xa0;%1&#xa0;» enregistré (événement %2).</translation>
    </message>
    <message>
        <source>Refresh due: %1.</source>
        <translation>Renouvellement prévu&#xa0;: %1.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>BASIS</source>
        <translation>BASE</translation>
    </message>
    <message>
        <source>CONSENT</source>
        <translation>CONSENTEMENT</translation>
    </message>
    <message>
        <source>MARKETING</source>
        <translation>PROSPECTION</translation>
    </message>
    <message>
        <source>RETENTION</source>
        <translation>CONSERVATION</translation>
    </message>
    <message>
        <source>ARCHIVED</source>
        <translation>ARCHIVÉE</translation>
    </message>
    <message>
        <source>UID</source>
        <translation>UID</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Nom&#xa0;: %1</translation>
    </message>
    <message>
        <source>Uid: %1</source>
        <translation>Uid&#xa0;: %1</translation>
    </message>
    <message>
        <source>Lawful basis: %1 (%2)</source>
        <translation>Base légale&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Legitimate interest: %1</source>
        <translation>Intérêt légitime&#xa0;: %1</translation>
    </message>
    <message>
        <source>Requires consent: %1</source>
        <translation>Consentement requis&#xa0;: %1</translation>
    </message>
    <message>
        <source>Direct marketing: %1</source>
        <translation>Prospection directe&#xa0;: %1</translation>
    </message>
    <message>
        <source>Fields: %1</source>
        <translation>Champs&#xa0;: %1</translation>
    </message>
    <message>
        <source>Retention: %1</source>
        <translation>Conservation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Archived: %1</source>
        <translation>Archivée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Description: %1</source>
        <translation>Description&#xa0;: %1</translation>
    </message>
    <message>
        <source>purpose add needs --name and --basis; see confidant-cli purpose add --help.</source>
        <translation>purpose add requiert --name et --basis&#xa0;; voir confidant-cli purpose add --help.</translation>
    </message>
    <message>
        <source>Saved the purpose %1.</source>
        <translation>Finalité %1 enregistrée.</translation>
    </message>
    <message>
        <source>AT</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>PURPOSE</source>
        <translation>FINALITÉ</translation>
    </message>
    <message>
        <source>EVENT</source>
        <translation>ÉVÉNEMENT</translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation>MÉTHODE</translation>
    </message>
    <message>
        <source>NOTICE</source>
        <translation>AVIS</translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation>EXPIRATION</translation>
    </message>
    <message>
        <source>BY</source>
        <translation>PAR</translation>
    </message>
    <message>
        <source>EVIDENCE</source>
        <translation>PREUVE</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>non requis</translation>
    </message>
    <message>
        <source>SINCE</source>
        <translation>DEPUIS</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expiré</translation>
    </message>
    <message>
        <source>due</source>
        <translation>à renouveler</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <source>CONTACT</source>
        <translation>CONTACT</translation>
    </message>
</context>
<context>
    <name>PrivacyConfiguration</name>
    <message>
        <source>A language is a code such as en, de or de-AT.</source>
        <translation>Une langue est un code tel que en, de ou de-AT.</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <source>365 days (1 year)</source>
        <translation>365 jours (1 an)</translation>
    </message>
    <message>
        <source>%1 days (%2 years)</source>
        <translation>%1 jours (%2 ans)</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <source>%1 (%2 GDPR)</source>
        <translation>%1 (%2 RGPD)</translation>
    </message>
    <message>
        <source>country not set</source>
        <translation>pays non défini</translation>
    </message>
</context>
<context>
    <name>ProcessHardening</name>
    <message>
        <source>Crash dumps could not be switched off (%1); a crash could leave decrypted data on disk.</source>
        <translation>Les vidages mémoire n&apos;ont pas pu être désactivés (%1)&#xa0;; un plantage pourrait laisser des données déchiffrées sur le disque.</translation>
    </message>
</context>
<context>
    <name>Processor</name>
    <message>
        <source>Processor</source>
        <translation>Sous-traitant</translation>
    </message>
    <message>
        <source>Sub-processor</source>
        <translation>Sous-traitant ultérieur</translation>
    </message>
    <message>
        <source>Joint controller</source>
        <translation>Responsable conjoint du traitement</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Third party</source>
        <translation>Tiers</translation>
    </message>
    <message>
        <source>No safeguard</source>
        <translation>Aucune garantie</translation>
    </message>
    <message>
        <source>Adequacy decision (Art. 45 GDPR)</source>
        <translation>Décision d&apos;adéquation (Art. 45 RGPD)</translation>
    </message>
    <message>
        <source>Standard contractual clauses (Art. 46(2)(c) GDPR)</source>
        <translation>Clauses contractuelles types (Art. 46(2)(c) RGPD)</translation>
    </message>
    <message>
        <source>Binding corporate rules (Art. 47 GDPR)</source>
        <translation>Règles d&apos;entreprise contraignantes (Art. 47 RGPD)</translation>
    </message>
    <message>
        <source>Other safeguard (Art. 46 or 49 GDPR)</source>
        <translation>Autre garantie (Art. 46 ou 49 RGPD)</translation>
    </message>
</context>
<context>
    <name>ProcessorService</name>
    <message>
        <source>No such purpose; list them with: purpose list.</source>
        <translation>Finalité introuvable&#xa0;; listez-les avec&#xa0;: purpose list.</translation>
    </message>
    <message>
        <source>A processor needs a name of 1 to %1 characters on one line.</source>
        <translation>Un sous-traitant doit avoir un nom de 1 à %1 caractères sur une seule ligne.</translation>
    </message>
    <message>
        <source>The country is a two-letter ISO 3166-1 code such as DE, FR or US.</source>
        <translation>Le pays est un code ISO 3166-1 à deux lettres tel que DE, FR ou US.</translation>
    </message>
    <message>
        <source>An &quot;other&quot; transfer safeguard needs a note saying what it is.</source>
        <translation>Une garantie de transfert «&#xa0;other&#xa0;» nécessite une note précisant de quoi il s&apos;agit.</translation>
    </message>
    <message>
        <source>The date the data-processing agreement was signed is not a valid date.</source>
        <translation>La date de signature du contrat de sous-traitance n&apos;est pas une date valide.</translation>
    </message>
    <message>
        <source>Notes, references and contacts may have at most %1 characters.</source>
        <translation>Les notes, références et contacts peuvent comporter au plus %1 caractères.</translation>
    </message>
    <message>
        <source>No such processor; list them with: processor list.</source>
        <translation>Sous-traitant introuvable&#xa0;; listez-les avec&#xa0;: processor list.</translation>
    </message>
    <message>
        <source>No processor has that name or id; list them with: processor list.</source>
        <translation>Aucun sous-traitant ne porte ce nom ou cet identifiant&#xa0;; listez-les avec&#xa0;: processor list.</translation>
    </message>
    <message>
        <source>A processor of that name is in the register already (perhaps archived).</source>
        <translation>Un sous-traitant portant ce nom figure déjà dans le registre (peut-être archivé).</translation>
    </message>
</context>
<context>
    <name>ProfileCommands</name>
    <message>
        <source>The role must be one of: %1.</source>
        <translation>Le rôle doit être l&apos;un des suivants&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Standard input held no PIN on its next line; nothing was changed. Give the PIN there, after the passphrase and any PIN of the acting profile.</source>
        <translation>L&apos;entrée standard ne contenait aucun PIN sur sa ligne suivante&#xa0;; rien n&apos;a été modifié. Indiquez-y le PIN, après la phrase secrète et l&apos;éventuel PIN du profil qui agit.</translation>
    </message>
    <message>
        <source>Repeat the new PIN: </source>
        <translation>Répétez le nouveau PIN&#xa0;: </translation>
    </message>
    <message>
        <source>The two PINs differ; nothing was changed. Try again.</source>
        <translation>Les deux PIN diffèrent&#xa0;; rien n&apos;a été modifié. Réessayez.</translation>
    </message>
    <message>
        <source>profile add needs --role ROLE; see confidant-cli profile add --help.</source>
        <translation>profile add exige --role ROLE&#xa0;; consultez confidant-cli profile add --help.</translation>
    </message>
    <message>
        <source>Added the profile %1 with the role %2 and a PIN.</source>
        <translation>Profil %1 ajouté avec le rôle %2 et un PIN.</translation>
    </message>
    <message>
        <source>Added the profile %1 with the role %2.</source>
        <translation>Profil %1 ajouté avec le rôle %2.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>RÔLE</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>CRÉATION</translation>
    </message>
    <message>
        <source>* the profile acting now</source>
        <translation>* le profil qui agit actuellement</translation>
    </message>
    <message>
        <source>Removed the profile %1.</source>
        <translation>Profil %1 supprimé.</translation>
    </message>
    <message>
        <source>The profile %1 now has the role %2.</source>
        <translation>Le profil %1 a désormais le rôle %2.</translation>
    </message>
    <message>
        <source>Removed the PIN of the profile %1.</source>
        <translation>PIN du profil %1 supprimé.</translation>
    </message>
    <message>
        <source>Set a new PIN for the profile %1.</source>
        <translation>Nouveau PIN défini pour le profil %1.</translation>
    </message>
    <message>
        <source>New PIN (at least %1 characters, no pattern such as 123456): </source>
        <translation>Nouveau PIN (au moins %1 caractères, sans motif comme 123456)&#xa0;: </translation>
    </message>
    <message>
        <source>WRONG PINS</source>
        <translation>PIN INCORRECTS</translation>
    </message>
    <message>
        <source>LOCKED UNTIL</source>
        <translation>VERROUILLÉ JUSQU&apos;À</translation>
    </message>
</context>
<context>
    <name>ProfileService</name>
    <message>
        <source>There is no profile of that name; see the list of profiles (confidant-cli profile list).</source>
        <translation>Aucun profil ne porte ce nom&#xa0;; consultez la liste des profils (confidant-cli profile list).</translation>
    </message>
    <message>
        <source>The vault has no owner profile; it is damaged. Restore it from a backup.</source>
        <translation>Le coffre n&apos;a aucun profil propriétaire&#xa0;; il est endommagé. Restaurez-le à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>This profile has a PIN; enter it to continue.</source>
        <translation>Ce profil a un PIN&#xa0;; saisissez-le pour continuer.</translation>
    </message>
    <message>
        <source>Wrong PIN for this profile; try again.</source>
        <translation>PIN incorrect pour ce profil&#xa0;; réessayez.</translation>
    </message>
    <message>
        <source>Only an owner can make, change or remove an owner profile. The attempt was recorded in the audit trail.</source>
        <translation>Seul un propriétaire peut créer, modifier ou supprimer un profil propriétaire. La tentative a été consignée dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>A profile name needs 1 to %1 characters.</source>
        <translation>Un nom de profil doit comporter de 1 à %1 caractères.</translation>
    </message>
    <message>
        <source>A profile name may hold letters, digits, spaces, &apos;-&apos;, &apos;_&apos; and &apos;.&apos; only.</source>
        <translation>Un nom de profil ne peut contenir que des lettres, des chiffres, des espaces, «&#xa0;-&#xa0;», «&#xa0;_&#xa0;» et «&#xa0;.&#xa0;».</translation>
    </message>
    <message>
        <source>This is the vault&apos;s only owner profile; make another profile an owner first.</source>
        <translation>C&apos;est le seul profil propriétaire du coffre&#xa0;; faites d&apos;abord d&apos;un autre profil un propriétaire.</translation>
    </message>
    <message>
        <source>A profile of that name exists already; choose another name.</source>
        <translation>Un profil portant ce nom existe déjà&#xa0;; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>The system&apos;s random number generator failed; nothing was changed.</source>
        <translation>Le générateur de nombres aléatoires du système a échoué&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>A profile cannot remove itself; switch to another profile first.</source>
        <translation>Un profil ne peut pas se supprimer lui-même&#xa0;; passez d&apos;abord à un autre profil.</translation>
    </message>
    <message>
        <source>The PIN was not checked, because the attempt could not be written to the vault: %1</source>
        <translation>Le PIN n&apos;a pas été vérifié, car la tentative n&apos;a pas pu être enregistrée dans le coffre&#xa0;: %1</translation>
    </message>
    <message>
        <source>This profile must wait after %1 wrong PINs in a row: try again in %2. This PIN was not checked.</source>
        <translation>Ce profil doit attendre après %1 PIN incorrects consécutifs&#xa0;: réessayez dans %2. Ce PIN n&apos;a pas été vérifié.</translation>
    </message>
    <message>
        <source>Wrong PIN for this profile. After %1 wrong PINs in a row the next attempt must wait %2.</source>
        <translation>PIN incorrect pour ce profil. Après %1 PIN incorrects consécutifs, la prochaine tentative doit attendre %2.</translation>
    </message>
</context>
<context>
    <name>Purpose</name>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <translation>Obligation légale</translation>
    </message>
    <message>
        <source>Vital interests</source>
        <translation>Intérêts vitaux</translation>
    </message>
    <message>
        <source>Public task</source>
        <translation>Mission d&apos;intérêt public</translation>
    </message>
    <message>
        <source>Legitimate interests</source>
        <translation>Intérêts légitimes</translation>
    </message>
</context>
<context>
    <name>PurposeGate</name>
    <message>
        <source>No purpose has that name or id; list them with: purpose list.</source>
        <translation>Aucune finalité ne porte ce nom ou cet identifiant&#xa0;; listez-les avec&#xa0;: purpose list.</translation>
    </message>
    <message>
        <source>The purpose &quot;%1&quot; is archived; contacts cannot be used for it.</source>
        <translation>La finalité «&#xa0;%1&#xa0;» est archivée&#xa0;; les contacts ne peuvent pas être utilisés pour celle-ci.</translation>
    </message>
    <message>
        <source>No such purpose; it may have been removed.</source>
        <translation>Finalité introuvable&#xa0;; elle a peut-être été supprimée.</translation>
    </message>
</context>
<context>
    <name>PurposeService</name>
    <message>
        <source>A purpose of that name exists already; choose another name.</source>
        <translation>Une finalité portant ce nom existe déjà&#xa0;; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Newsletter</source>
        <translation>Lettre d&apos;information</translation>
    </message>
    <message>
        <source>Sending our newsletter by email to people who asked for it.</source>
        <translation>Envoi de notre lettre d&apos;information par e-mail aux personnes qui l&apos;ont demandée.</translation>
    </message>
    <message>
        <source>Sales follow-up</source>
        <translation>Suivi commercial</translation>
    </message>
    <message>
        <source>Following up on enquiries and offers with prospects and customers.</source>
        <translation>Suivi des demandes et des offres auprès des prospects et des clients.</translation>
    </message>
    <message>
        <source>Answering enquiries and following up on offers with people who have been in touch with us, as they can reasonably expect.</source>
        <translation>Répondre aux demandes et assurer le suivi des offres auprès des personnes qui nous ont contactés, comme elles peuvent raisonnablement s&apos;y attendre.</translation>
    </message>
    <message>
        <source>Invoicing</source>
        <translation>Facturation</translation>
    </message>
    <message>
        <source>Invoicing customers and keeping the records of what we sold. Besides the contract, tax and commercial law oblige us to keep invoices (a legal obligation, Art. 6(1)(c)).</source>
        <translation>Facturation des clients et conservation des enregistrements de nos ventes. Outre le contrat, le droit fiscal et le droit commercial nous obligent à conserver les factures (une obligation légale, Art. 6(1)(c)).</translation>
    </message>
    <message>
        <source>No such purpose; it may have been removed.</source>
        <translation>Finalité introuvable&#xa0;; elle a peut-être été supprimée.</translation>
    </message>
    <message>
        <source>No purpose has that name or id; list them with: purpose list.</source>
        <translation>Aucune finalité ne porte ce nom ou cet identifiant&#xa0;; listez-les avec&#xa0;: purpose list.</translation>
    </message>
    <message>
        <source>A purpose needs a name of 1 to %1 characters.</source>
        <translation>Une finalité doit avoir un nom de 1 à %1 caractères.</translation>
    </message>
    <message>
        <source>The description is limited to %1 characters of text.</source>
        <translation>La description est limitée à %1 caractères de texte.</translation>
    </message>
    <message>
        <source>Legitimate interests as the basis needs the interest written out: what it is and why it is not overridden by the person&apos;s rights.</source>
        <translation>Les intérêts légitimes comme base légale nécessitent que l&apos;intérêt soit explicité&#xa0;: en quoi il consiste et pourquoi les droits de la personne ne prévalent pas sur lui.</translation>
    </message>
    <message>
        <source>The legitimate interest is limited to %1 characters of text.</source>
        <translation>L&apos;intérêt légitime est limité à %1 caractères de texte.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known field; fields are named like contact.email.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un champ connu&#xa0;; les champs sont nommés sur le modèle de contact.email.</translation>
    </message>
    <message>
        <source>The retention period is a number of days from 1 to %1.</source>
        <translation>La durée de conservation est un nombre de jours compris entre 1 et %1.</translation>
    </message>
</context>
<context>
    <name>QtKeychainStore</name>
    <message>
        <source>The keychain did not answer; unlock it, or use a passphrase instead.</source>
        <translation>Le trousseau de clés n&apos;a pas répondu&#xa0;; déverrouillez-le, ou utilisez plutôt une phrase secrète.</translation>
    </message>
    <message>
        <source>The keychain holds no key for this vault.</source>
        <translation>Le trousseau de clés ne contient aucune clé pour ce coffre.</translation>
    </message>
    <message>
        <source>The keychain refused access; unlock your keyring, or use the recovery code.</source>
        <translation>Le trousseau de clés a refusé l&apos;accès&#xa0;; déverrouillez votre trousseau, ou utilisez le code de récupération.</translation>
    </message>
    <message>
        <source>No keychain is available on this system; use a passphrase instead.</source>
        <translation>Aucun trousseau de clés n&apos;est disponible sur ce système&#xa0;; utilisez plutôt une phrase secrète.</translation>
    </message>
    <message>
        <source>The keychain could not be used; unlock it, or use a passphrase instead.</source>
        <translation>Le trousseau de clés n&apos;a pas pu être utilisé&#xa0;; déverrouillez-le, ou utilisez plutôt une phrase secrète.</translation>
    </message>
</context>
<context>
    <name>RecordInfo</name>
    <message>
        <source>Entered in the Confidant app</source>
        <translation>Saisie dans l&apos;application Confidant</translation>
    </message>
    <message>
        <source>Entered with confidant-cli</source>
        <translation>Saisie avec confidant-cli</translation>
    </message>
    <message>
        <source>Generated sample data</source>
        <translation>Données d&apos;exemple générées</translation>
    </message>
    <message>
        <source>Imported (%1)</source>
        <translation>Importation (%1)</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non renseignée</translation>
    </message>
    <message>
        <source>Imported from %1 on %2 by %3</source>
        <translation>Importé depuis %1 le %2 par %3</translation>
    </message>
</context>
<context>
    <name>RecoveryCode</name>
    <message>
        <source>That is not a recovery code: it may only hold the letters and digits printed on it.</source>
        <translation>Ce n&apos;est pas un code de récupération&#xa0;: il ne peut contenir que les lettres et les chiffres imprimés dessus.</translation>
    </message>
    <message>
        <source>That recovery code has %1 characters; it should have %2. Check for a missing group.</source>
        <translation>Ce code de récupération compte %1 caractères au lieu de %2. Vérifiez qu&apos;il ne manque pas un groupe.</translation>
    </message>
    <message>
        <source>That recovery code has a typo: check each group against the printed code.</source>
        <translation>Ce code de récupération contient une faute de frappe&#xa0;: comparez chaque groupe au code imprimé.</translation>
    </message>
</context>
<context>
    <name>RegisterCommands</name>
    <message>
        <source>--role takes processor, sub-processor, joint-controller, recipient or third-party.</source>
        <translation>--role accepte processor, sub-processor, joint-controller, recipient ou third-party.</translation>
    </message>
    <message>
        <source>--safeguard takes none, adequacy, sccs, bcrs or other.</source>
        <translation>--safeguard accepte none, adequacy, sccs, bcrs ou other.</translation>
    </message>
    <message>
        <source>The register is empty; add an entry with: processor add.</source>
        <translation>Le registre est vide&#xa0;; ajoutez une entrée avec&#xa0;: processor add.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>RÔLE</translation>
    </message>
    <message>
        <source>COUNTRY</source>
        <translation>PAYS</translation>
    </message>
    <message>
        <source>TRANSFER</source>
        <translation>TRANSFERT</translation>
    </message>
    <message>
        <source>DPA SIGNED</source>
        <translation>CONTRAT SIGNÉ</translation>
    </message>
    <message>
        <source>PURPOSES</source>
        <translation>FINALITÉS</translation>
    </message>
    <message>
        <source>UID</source>
        <translation>UID</translation>
    </message>
    <message>
        <source>Uid:</source>
        <translation>Uid&#xa0;:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Pays&#xa0;:</translation>
    </message>
    <message>
        <source>Transfer:</source>
        <translation>Transfert&#xa0;:</translation>
    </message>
    <message>
        <source>yes, outside the EEA</source>
        <translation>oui, hors de l&apos;EEE</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Safeguard:</source>
        <translation>Garantie&#xa0;:</translation>
    </message>
    <message>
        <source>Safeguard note:</source>
        <translation>Note sur la garantie&#xa0;:</translation>
    </message>
    <message>
        <source>DPA signed:</source>
        <translation>Contrat de sous-traitance signé&#xa0;:</translation>
    </message>
    <message>
        <source>DPA reference:</source>
        <translation>Référence du contrat de sous-traitance&#xa0;:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Contact&#xa0;:</translation>
    </message>
    <message>
        <source>Purposes:</source>
        <translation>Finalités&#xa0;:</translation>
    </message>
    <message>
        <source>Archived:</source>
        <translation>Archivé&#xa0;:</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>processor add needs --name and --role; see confidant-cli processor add --help.</source>
        <translation>processor add requiert --name et --role&#xa0;; voir confidant-cli processor add --help.</translation>
    </message>
    <message>
        <source>processor edit needs at least one option to change; see confidant-cli processor edit --help.</source>
        <translation>processor edit requiert au moins une option à modifier&#xa0;; voir confidant-cli processor edit --help.</translation>
    </message>
    <message>
        <source>Updated the register entry %1.</source>
        <translation>Entrée du registre %1 mise à jour.</translation>
    </message>
    <message>
        <source>Archived the register entry %1.</source>
        <translation>Entrée du registre %1 archivée.</translation>
    </message>
    <message>
        <source>Restored the register entry %1.</source>
        <translation>Entrée du registre %1 restaurée.</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>DPO name:</source>
        <translation>Nom du DPD&#xa0;:</translation>
    </message>
    <message>
        <source>none appointed</source>
        <translation>aucun désigné</translation>
    </message>
    <message>
        <source>DPO email:</source>
        <translation>E-mail du DPD&#xa0;:</translation>
    </message>
    <message>
        <source>Authority:</source>
        <translation>Autorité&#xa0;:</translation>
    </message>
    <message>
        <source>Updates:</source>
        <translation>Mises à jour&#xa0;:</translation>
    </message>
    <message>
        <source>controller set needs at least one option; see confidant-cli controller set --help.</source>
        <translation>controller set requiert au moins une option&#xa0;; voir confidant-cli controller set --help.</translation>
    </message>
    <message>
        <source>--no-dpo cannot go with --dpo-name or --dpo-email.</source>
        <translation>--no-dpo ne peut pas être combiné avec --dpo-name ou --dpo-email.</translation>
    </message>
    <message>
        <source>Saved the controller details.</source>
        <translation>Coordonnées du responsable du traitement enregistrées.</translation>
    </message>
    <message>
        <source>--entity takes contact or company.</source>
        <translation>--entity accepte contact ou company.</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activé</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>CLÉ</translation>
    </message>
    <message>
        <source>LABEL</source>
        <translation>LIBELLÉ</translation>
    </message>
    <message>
        <source>CATEGORY</source>
        <translation>CATÉGORIE</translation>
    </message>
    <message>
        <source>USED</source>
        <translation>UTILISÉ</translation>
    </message>
    <message>
        <source>OPTIONAL</source>
        <translation>FACULTATIF</translation>
    </message>
    <message>
        <source>SPECIAL</source>
        <translation>SENSIBLE</translation>
    </message>
    <message>
        <source>field set needs --enabled yes|no or --special yes|no.</source>
        <translation>field set requiert --enabled yes|no ou --special yes|no.</translation>
    </message>
    <message>
        <source>--enabled and --special take yes or no.</source>
        <translation>--enabled et --special acceptent yes ou no.</translation>
    </message>
    <message>
        <source>%1 is now %2%3.</source>
        <translation>%1 est désormais %2%3.</translation>
    </message>
    <message>
        <source>, special-category data</source>
        <translation>, données de catégorie particulière</translation>
    </message>
</context>
<context>
    <name>ReportFile</name>
    <message>
        <source>Cannot create the output file; check that its folder exists and is writable.</source>
        <translation>Impossible de créer le fichier de sortie&#xa0;; vérifiez que son dossier existe et est accessible en écriture.</translation>
    </message>
    <message>
        <source>The output file could not be written completely; check free space. Nothing was left behind.</source>
        <translation>Le fichier de sortie n&apos;a pas pu être écrit entièrement&#xa0;; vérifiez l&apos;espace disponible. Aucun fichier partiel n&apos;a été laissé.</translation>
    </message>
    <message>
        <source>The output file could not be written.</source>
        <translation>Le fichier de sortie n&apos;a pas pu être écrit.</translation>
    </message>
    <message>
        <source>This report cannot be saved as CSV.</source>
        <translation>Ce rapport ne peut pas être enregistré au format CSV.</translation>
    </message>
</context>
<context>
    <name>Request</name>
    <message>
        <source>due today</source>
        <translation>échéance aujourd&apos;hui</translation>
    </message>
    <message>
        <source>1 day left</source>
        <translation>1 jour restant</translation>
    </message>
    <message>
        <source>%1 days left</source>
        <translation>%1 jours restants</translation>
    </message>
    <message>
        <source>1 day overdue</source>
        <translation>1 jour de retard</translation>
    </message>
    <message>
        <source>%1 days overdue</source>
        <translation>%1 jours de retard</translation>
    </message>
    <message>
        <source>Closed on %1: %2.</source>
        <translation>Clôturée le %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>due %1 (%2)</source>
        <translation>échéance le %1 (%2)</translation>
    </message>
    <message>
        <source>Open, identity not verified yet; %1.</source>
        <translation>Ouverte, identité pas encore vérifiée&#xa0;; %1.</translation>
    </message>
    <message>
        <source>Open, identity verified; %1.</source>
        <translation>Ouverte, identité vérifiée&#xa0;; %1.</translation>
    </message>
    <message>
        <source>Extended on %1 from %2.</source>
        <translation>Prolongée le %1 à partir du %2.</translation>
    </message>
    <message>
        <source>Tell the requester about the extension and its reason by %1.</source>
        <translation>Informez le demandeur de la prolongation et de son motif d&apos;ici le %1.</translation>
    </message>
    <message>
        <source>Confirm receipt to the requester by %1.</source>
        <translation>Confirmez la réception au demandeur d&apos;ici le %1.</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>Rectification</translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation>Effacement</translation>
    </message>
    <message>
        <source>Restriction of processing</source>
        <translation>Limitation du traitement</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>Opposition</translation>
    </message>
    <message>
        <source>Data portability</source>
        <translation>Portabilité des données</translation>
    </message>
    <message>
        <source>Do not sell or share</source>
        <translation>Ne pas vendre ni partager</translation>
    </message>
    <message>
        <source>GDPR</source>
        <translation>RGPD</translation>
    </message>
    <message>
        <source>UK GDPR</source>
        <translation>RGPD britannique</translation>
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
        <translation>Autre</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Formulaire web</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En personne</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <source>Identity verified</source>
        <translation>Identité vérifiée</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturée</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>traitée</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusée</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retirée</translation>
    </message>
</context>
<context>
    <name>RequestCommands</name>
    <message>
        <source>Reference:</source>
        <translation>Référence&#xa0;:</translation>
    </message>
    <message>
        <source>Uid:</source>
        <translation>Uid&#xa0;:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Type&#xa0;:</translation>
    </message>
    <message>
        <source>Jurisdiction:</source>
        <translation>Juridiction&#xa0;:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Canal&#xa0;:</translation>
    </message>
    <message>
        <source>Requester:</source>
        <translation>Demandeur&#xa0;:</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Reçue&#xa0;:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Échéance&#xa0;:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut&#xa0;:</translation>
    </message>
    <message>
        <source>Verified:</source>
        <translation>Vérifiée&#xa0;:</translation>
    </message>
    <message>
        <source>%1 by %2: %3</source>
        <translation>%1 par %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Extended:</source>
        <translation>Prolongée&#xa0;:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Receipt confirmed:</source>
        <translation>Réception confirmée&#xa0;:</translation>
    </message>
    <message>
        <source>Requester told:</source>
        <translation>Demandeur informé&#xa0;:</translation>
    </message>
    <message>
        <source>Closed:</source>
        <translation>Clôturée&#xa0;:</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note&#xa0;:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Contact&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (no longer in the vault)</source>
        <translation>%1 (ne figure plus dans le coffre)</translation>
    </message>
    <message>
        <source>Artefact:</source>
        <translation>Pièce&#xa0;:</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>Détails&#xa0;:</translation>
    </message>
    <message>
        <source>request add needs --kind and --jurisdiction; see confidant-cli request add --help.</source>
        <translation>request add nécessite --kind et --jurisdiction&#xa0;; voir confidant-cli request add --help.</translation>
    </message>
    <message>
        <source>--kind takes %1.</source>
        <translation>--kind accepte %1.</translation>
    </message>
    <message>
        <source>--jurisdiction takes %1.</source>
        <translation>--jurisdiction accepte %1.</translation>
    </message>
    <message>
        <source>--channel takes %1.</source>
        <translation>--channel accepte %1.</translation>
    </message>
    <message>
        <source>%1 due %2 (%3)</source>
        <translation>%1, échéance le %2 (%3)</translation>
    </message>
    <message>
        <source>request list takes one of --open, --overdue, --due-within N and --all.</source>
        <translation>request list accepte une seule option parmi --open, --overdue, --due-within N et --all.</translation>
    </message>
    <message>
        <source>REFERENCE</source>
        <translation>RÉFÉRENCE</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>LAW</source>
        <translation>LOI</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUT</translation>
    </message>
    <message>
        <source>RECEIVED</source>
        <translation>REÇUE</translation>
    </message>
    <message>
        <source>DUE</source>
        <translation>ÉCHÉANCE</translation>
    </message>
    <message>
        <source>LEFT</source>
        <translation>RESTANT</translation>
    </message>
    <message>
        <source>REQUESTER</source>
        <translation>DEMANDEUR</translation>
    </message>
    <message>
        <source>request verify needs --method TEXT: how the identity was checked.</source>
        <translation>request verify nécessite --method TEXT : la manière dont l&apos;identité a été vérifiée.</translation>
    </message>
    <message>
        <source>request extend needs --reason TEXT: why more time is needed.</source>
        <translation>request extend nécessite --reason TEXT : la raison pour laquelle plus de temps est nécessaire.</translation>
    </message>
    <message>
        <source>request update needs --receipt-confirmed, --told or both.</source>
        <translation>request update nécessite --receipt-confirmed, --told ou les deux.</translation>
    </message>
    <message>
        <source>request close needs --outcome completed, refused or withdrawn.</source>
        <translation>request close nécessite --outcome completed, refused ou withdrawn.</translation>
    </message>
    <message>
        <source>--outcome takes completed, refused or withdrawn.</source>
        <translation>--outcome accepte completed, refused ou withdrawn.</translation>
    </message>
</context>
<context>
    <name>RequestService</name>
    <message>
        <source>No request has that reference or id; list them with: request list --all.</source>
        <translation>Aucune demande ne porte cette référence ou cet identifiant ; listez-les avec : request list --all.</translation>
    </message>
    <message>
        <source>Request %1 is closed; a closed request cannot be changed.</source>
        <translation>La demande %1 est close ; une demande close ne peut pas être modifiée.</translation>
    </message>
    <message>
        <source>The date of receipt cannot be in the future.</source>
        <translation>La date de réception ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>The requester is one line of at most %1 characters.</source>
        <translation>Le demandeur tient sur une seule ligne de %1 caractères au plus.</translation>
    </message>
    <message>
        <source>The details may have at most %1 characters.</source>
        <translation>Les détails peuvent comporter au plus %1 caractères.</translation>
    </message>
    <message>
        <source>A linked contact is named by its uid (8-4-4-4-12 hex digits), as contact list prints it.</source>
        <translation>Un contact lié est désigné par son uid (8-4-4-4-12 chiffres hexadécimaux), tel que contact list l&apos;affiche.</translation>
    </message>
    <message>
        <source>No contact has the uid %1; list them with: contact list.</source>
        <translation>Aucun contact n&apos;a l&apos;uid %1 ; listez-les avec : contact list.</translation>
    </message>
    <message>
        <source>Request %1 was verified on %2 already.</source>
        <translation>La demande %1 a déjà été vérifiée le %2.</translation>
    </message>
    <message>
        <source>Say how the identity was verified (for example: &quot;called back on the number on file&quot;), in at most %1 characters.</source>
        <translation>Indiquez comment l&apos;identité a été vérifiée (par exemple : « rappelé au numéro enregistré »), en %1 caractères au plus.</translation>
    </message>
    <message>
        <source>Request %1 was extended on %2 already; a request can be extended only once.</source>
        <translation>La demande %1 a déjà été prolongée le %2 ; une demande ne peut être prolongée qu&apos;une seule fois.</translation>
    </message>
    <message>
        <source>%1 allows no extension: request %2 must be answered by %3.</source>
        <translation>%1 ne permet aucune prolongation : il faut répondre à la demande %2 au plus tard le %3.</translation>
    </message>
    <message>
        <source>Request %1 can no longer be extended: an extension must be decided by its original due date, %2.</source>
        <translation>La demande %1 ne peut plus être prolongée : une prolongation doit être décidée au plus tard à son échéance initiale, le %2.</translation>
    </message>
    <message>
        <source>An extension needs its reason (for example: &quot;complex request, several systems&quot;), in at most %1 characters.</source>
        <translation>Une prolongation nécessite sa raison (par exemple : « demande complexe, plusieurs systèmes »), en %1 caractères au plus.</translation>
    </message>
    <message>
        <source>Say what to record: the receipt confirmed, the requester told of the extension, or both.</source>
        <translation>Indiquez ce qu&apos;il faut enregistrer : la réception confirmée, le demandeur informé de la prolongation, ou les deux.</translation>
    </message>
    <message>
        <source>The time recorded cannot be in the future.</source>
        <translation>L&apos;heure enregistrée ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>The time recorded cannot be before the request was received (%1).</source>
        <translation>L&apos;heure enregistrée ne peut pas être antérieure à la réception de la demande (%1).</translation>
    </message>
    <message>
        <source>The receipt of request %1 was confirmed on %2 already.</source>
        <translation>La réception de la demande %1 a déjà été confirmée le %2.</translation>
    </message>
    <message>
        <source>Telling the requester about request %1 was recorded on %2 already.</source>
        <translation>L&apos;information du demandeur au sujet de la demande %1 a déjà été enregistrée le %2.</translation>
    </message>
    <message>
        <source>Request %1 was closed on %2 already.</source>
        <translation>La demande %1 a déjà été close le %2.</translation>
    </message>
    <message>
        <source>Request %1 cannot be completed before the requester&apos;s identity is verified; record how with: request verify %1 --method TEXT.</source>
        <translation>La demande %1 ne peut pas être menée à bien avant que l&apos;identité du demandeur ne soit vérifiée ; enregistrez comment avec : request verify %1 --method TEXT.</translation>
    </message>
    <message>
        <source>A refusal needs a note with its reasons (Art. 12(4) GDPR: the requester is told why).</source>
        <translation>Un refus nécessite une note exposant ses motifs (Art. 12(4) RGPD : le demandeur est informé des raisons).</translation>
    </message>
    <message>
        <source>The note may have at most %1 characters.</source>
        <translation>La note peut comporter au plus %1 caractères.</translation>
    </message>
    <message>
        <source>An artefact kind is 1 to 40 lower-case letters, digits and dashes, such as access-package.</source>
        <translation>Un type d&apos;artefact comporte de 1 à 40 lettres minuscules, chiffres et tirets, comme access-package.</translation>
    </message>
    <message>
        <source>An artefact&apos;s file name has 1 to %1 characters and no folder.</source>
        <translation>Le nom de fichier d&apos;un artefact comporte de 1 à %1 caractères, sans répertoire.</translation>
    </message>
    <message>
        <source>An artefact&apos;s SHA-256 is 64 hexadecimal digits.</source>
        <translation>Le SHA-256 d&apos;un artefact comporte 64 chiffres hexadécimaux.</translation>
    </message>
    <message>
        <source>The date of receipt cannot be before %1; check the year.</source>
        <translation>La date de réception ne peut pas être antérieure au %1&#xa0;; vérifiez l&apos;année.</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Privacy officer</source>
        <translation>Délégué à la protection des données</translation>
    </message>
    <message>
        <source>Sales rep</source>
        <translation>Commercial</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>View contacts and companies</source>
        <translation>Voir les contacts et les entreprises</translation>
    </message>
    <message>
        <source>Add and edit contacts and companies</source>
        <translation>Ajouter et modifier des contacts et des entreprises</translation>
    </message>
    <message>
        <source>View sensitive fields</source>
        <translation>Voir les champs sensibles</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Manage purposes and notices</source>
        <translation>Gérer les finalités et les mentions d&apos;information</translation>
    </message>
    <message>
        <source>Handle data-subject requests</source>
        <translation>Traiter les demandes des personnes concernées</translation>
    </message>
    <message>
        <source>Delete and erase personal data</source>
        <translation>Supprimer et effacer les données personnelles</translation>
    </message>
    <message>
        <source>Manage retention rules</source>
        <translation>Gérer les règles de conservation</translation>
    </message>
    <message>
        <source>Manage profiles</source>
        <translation>Gérer les profils</translation>
    </message>
    <message>
        <source>View the audit trail</source>
        <translation>Consulter le journal d&apos;audit</translation>
    </message>
    <message>
        <source>Back up and restore</source>
        <translation>Sauvegarder et restaurer</translation>
    </message>
    <message>
        <source>Change the vault key</source>
        <translation>Changer la clé du coffre</translation>
    </message>
    <message>
        <source>Configure pipelines</source>
        <translation>Configurer les pipelines</translation>
    </message>
</context>
<context>
    <name>RopaReport</name>
    <message>
        <source>[controller name not set]</source>
        <translation>[nom du responsable du traitement non renseigné]</translation>
    </message>
    <message>
        <source>none appointed (not required, Art. 37)</source>
        <translation>aucun désigné (non requis, Art. 37)</translation>
    </message>
    <message>
        <source>[not set]</source>
        <translation>[non renseigné]</translation>
    </message>
    <message>
        <source>Vault database and its journal encrypted at rest with SQLCipher (AES-256)</source>
        <translation>Base de données du coffre et son journal chiffrés au repos avec SQLCipher (AES-256)</translation>
    </message>
    <message>
        <source>Vault key kept in the operating system&apos;s keychain, or derived from a passphrase; a recovery code shown once</source>
        <translation>Clé du coffre conservée dans le trousseau du système d&apos;exploitation, ou dérivée d&apos;une phrase secrète&#xa0;; un code de récupération affiché une seule fois</translation>
    </message>
    <message>
        <source>Append-only audit trail of every change and denied attempt, hash-chained (SHA-256) and verifiable</source>
        <translation>Journal d&apos;audit en ajout seul de chaque modification et de chaque tentative refusée, chaîné par hachage (SHA-256) et vérifiable</translation>
    </message>
    <message>
        <source>Operator profiles with roles; permissions are checked by the core services, not only by the user interface</source>
        <translation>Profils d&apos;opérateur avec rôles&#xa0;; les autorisations sont vérifiées par les services centraux, et pas seulement par l&apos;interface utilisateur</translation>
    </message>
    <message>
        <source>Encrypted backups, verified after writing</source>
        <translation>Sauvegardes chiffrées, vérifiées après écriture</translation>
    </message>
    <message>
        <source>[not stated]</source>
        <translation>[non indiqué]</translation>
    </message>
    <message>
        <source>Customers, prospects and business contacts (people in the contact register)</source>
        <translation>Clients, prospects et contacts professionnels (personnes figurant dans le registre des contacts)</translation>
    </message>
    <message>
        <source>[none named]</source>
        <translation>[aucun désigné]</translation>
    </message>
    <message>
        <source>[no safeguard recorded]</source>
        <translation>[aucune garantie enregistrée]</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source># Records of processing activities (Art. 30 GDPR)</source>
        <translation># Registre des activités de traitement (Art. 30 RGPD)</translation>
    </message>
    <message>
        <source>**Controller:** %1</source>
        <translation>**Responsable du traitement&#xa0;:** %1</translation>
    </message>
    <message>
        <source>**Data protection officer:** %1</source>
        <translation>**Délégué à la protection des données&#xa0;:** %1</translation>
    </message>
    <message>
        <source>[No purposes configured.]</source>
        <translation>[Aucune finalité configurée.]</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description&#xa0;:</translation>
    </message>
    <message>
        <source>Lawful basis:</source>
        <translation>Base légale&#xa0;:</translation>
    </message>
    <message>
        <source>Legitimate interest:</source>
        <translation>Intérêt légitime&#xa0;:</translation>
    </message>
    <message>
        <source>Categories of data subjects:</source>
        <translation>Catégories de personnes concernées&#xa0;:</translation>
    </message>
    <message>
        <source>Categories of personal data:</source>
        <translation>Catégories de données à caractère personnel&#xa0;:</translation>
    </message>
    <message>
        <source>Special categories (Art. 9):</source>
        <translation>Catégories particulières (Art. 9)&#xa0;:</translation>
    </message>
    <message>
        <source>Recipients:</source>
        <translation>Destinataires&#xa0;:</translation>
    </message>
    <message>
        <source>Transfers to third countries and safeguards:</source>
        <translation>Transferts vers des pays tiers et garanties&#xa0;:</translation>
    </message>
    <message>
        <source>Time limits for erasure:</source>
        <translation>Délais d&apos;effacement&#xa0;:</translation>
    </message>
    <message>
        <source>## Technical and organisational security measures (Art. 32)</source>
        <translation>## Mesures de sécurité techniques et organisationnelles (Art. 32)</translation>
    </message>
</context>
<context>
    <name>SafeFile</name>
    <message>
        <source>Cannot write %1: %2 is in the way. Move it away and try again.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2 fait obstacle. Déplacez-le ailleurs et réessayez.</translation>
    </message>
    <message>
        <source>Cannot write %1: the disk is full.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: le disque est plein.</translation>
    </message>
    <message>
        <source>Cannot write %1; check that its folder exists and that you may write there.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;; vérifiez que son dossier existe et que vous avez le droit d&apos;y écrire.</translation>
    </message>
    <message>
        <source>%1 exists already; nothing was written.</source>
        <translation>%1 existe déjà&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Cannot write %1: the disk is full. Nothing was left behind.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: le disque est plein. Aucun fichier partiel n&apos;a été laissé.</translation>
    </message>
    <message>
        <source>Cannot write %1; check free space and permissions. Nothing was left behind.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;; vérifiez l&apos;espace disponible et les permissions. Aucun fichier partiel n&apos;a été laissé.</translation>
    </message>
</context>
<context>
    <name>SampleData</name>
    <message>
        <source>Choose between 0 and 10,000,000 sample contacts.</source>
        <translation>Choisissez entre 0 et 10 000 000 contacts d&apos;exemple.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Cancelled after %1 contacts and %2 companies were added; the batch in progress was rolled back.</source>
        <translation>Annulé après l&apos;ajout de %1 contacts et %2 entreprises&#xa0;; le lot en cours a été annulé.</translation>
    </message>
</context>
<context>
    <name>SavedFilterService</name>
    <message>
        <source>A contact filter cannot use &quot;%1&quot;; use search, tags, company, city, country, updated_since or updated_before.</source>
        <translation>Un filtre de contacts ne peut pas utiliser «&#xa0;%1&#xa0;»&#xa0;; utilisez search, tags, company, city, country, updated_since ou updated_before.</translation>
    </message>
    <message>
        <source>The tags of a filter must be a list.</source>
        <translation>Les étiquettes d&apos;un filtre doivent former une liste.</translation>
    </message>
    <message>
        <source>Give the filter a name of 1 to %1 characters.</source>
        <translation>Donnez au filtre un nom de 1 à %1 caractères.</translation>
    </message>
    <message>
        <source>A filter is for contacts, companies or deals.</source>
        <translation>Un filtre porte sur des contacts, des entreprises ou des affaires.</translation>
    </message>
    <message>
        <source>A filter of that name exists already; choose another name or delete it first.</source>
        <translation>Un filtre portant ce nom existe déjà&#xa0;; choisissez un autre nom ou supprimez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>No saved filter has that name; see the list of saved filters.</source>
        <translation>Aucun filtre enregistré ne porte ce nom&#xa0;; consultez la liste des filtres enregistrés.</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>Upgrading the vault to schema version %1 failed; the vault was left unchanged.</source>
        <translation>La mise à niveau du coffre vers la version de schéma %1 a échoué&#xa0;; le coffre n&apos;a pas été modifié.</translation>
    </message>
</context>
<context>
    <name>SearchCommand</name>
    <message>
        <source>search needs a QUERY; see confidant-cli search --help.</source>
        <translation>search attend une QUERY&#xa0;; consultez confidant-cli search --help.</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Aucun résultat.</translation>
    </message>
</context>
<context>
    <name>SettingsService</name>
    <message>
        <source>The idle time before locking must be 0 (never) to %1 minutes.</source>
        <translation>Le délai d&apos;inactivité avant verrouillage doit être compris entre 0 (jamais) et %1 minutes.</translation>
    </message>
    <message>
        <source>Backups can run every 1 to %1 hours.</source>
        <translation>Les sauvegardes peuvent avoir lieu toutes les 1 à %1 heures.</translation>
    </message>
    <message>
        <source>Keep 1 to 1000 scheduled backups.</source>
        <translation>Conservez de 1 à 1000 sauvegardes planifiées.</translation>
    </message>
</context>
<context>
    <name>Statement</name>
    <message>
        <source>A vault query failed.</source>
        <translation>Une requête sur le coffre a échoué.</translation>
    </message>
    <message>
        <source>A vault operation failed.</source>
        <translation>Une opération sur le coffre a échoué.</translation>
    </message>
</context>
<context>
    <name>SubjectCommands</name>
    <message>
        <source>Processing of contact %1 is restricted (Art. 18).</source>
        <translation>Le traitement du contact %1 est limité (Art. 18).</translation>
    </message>
    <message>
        <source>The restriction of contact %1 is lifted.</source>
        <translation>La limitation du contact %1 est levée.</translation>
    </message>
    <message>
        <source>Contact %1 objected to direct marketing; their marketing consents are withdrawn.</source>
        <translation>Le contact %1 s&apos;est opposé à la prospection commerciale ; ses consentements marketing sont retirés.</translation>
    </message>
    <message>
        <source>No field changes recorded.</source>
        <translation>Aucune modification de champ enregistrée.</translation>
    </message>
    <message>
        <source>Changed at</source>
        <translation>Modifié le</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Ancienne valeur</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>No recipients to tell (Art. 19): no processor serves a purpose of this contact.</source>
        <translation>Aucun destinataire à informer (Art. 19) : aucun sous-traitant ne sert une finalité de ce contact.</translation>
    </message>
    <message>
        <source>Recipients to tell of a change (Art. 19):</source>
        <translation>Destinataires à informer d&apos;une modification (Art. 19) :</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Finalités</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
</context>
<context>
    <name>SubjectRightsService</name>
    <message>
        <source>Contact %1 is restricted (Art. 18) since %2: lift the restriction first. Nothing was changed.</source>
        <translation>Le contact %1 fait l&apos;objet d&apos;une limitation (Art. 18) depuis le %2 : levez d&apos;abord la limitation. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>%1 contacts this would change are restricted (Art. 18), contact %2 since %3: lift the restrictions first. Nothing was changed.</source>
        <translation>%1 contacts que cela modifierait font l&apos;objet d&apos;une limitation (Art. 18), le contact %2 depuis le %3 : levez d&apos;abord les limitations. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>No contact with uid %1; nothing was changed. Check the uid with `contact list`.</source>
        <translation>Aucun contact avec l&apos;uid %1 ; rien n&apos;a été modifié. Vérifiez l&apos;uid avec `contact list`.</translation>
    </message>
    <message>
        <source>The contact no longer exists.</source>
        <translation>Le contact n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Contact %1 is already restricted (since %2); nothing was changed.</source>
        <translation>Le contact %1 fait déjà l&apos;objet d&apos;une limitation (depuis le %2) ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Contact %1 is not restricted; nothing was changed.</source>
        <translation>Le contact %1 ne fait pas l&apos;objet d&apos;une limitation ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Contact %1 already objected to direct marketing (on %2); nothing was changed.</source>
        <translation>Le contact %1 s&apos;est déjà opposé à la prospection commerciale (le %2) ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Objection to direct marketing (Art. 21(2))</source>
        <translation>Opposition à la prospection commerciale (Art. 21(2))</translation>
    </message>
    <message>
        <source>Deal %1 is kept unchanged under a legal hold and restricted (Art. 18(1)(c)) until its queued erasure runs; release the hold first. Nothing was changed.</source>
        <translation>L&apos;affaire %1 est gardée inchangée sous conservation légale et fait l&apos;objet d&apos;une limitation (Art. 18(1)(c)) jusqu&apos;à l&apos;exécution de son effacement différé&#xa0;; levez d&apos;abord la conservation. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Activity %1 is kept unchanged under a legal hold and restricted (Art. 18(1)(c)) until its queued erasure runs; release the hold first. Nothing was changed.</source>
        <translation>L&apos;activité %1 est gardée inchangée sous conservation légale et fait l&apos;objet d&apos;une limitation (Art. 18(1)(c)) jusqu&apos;à l&apos;exécution de son effacement différé&#xa0;; levez d&apos;abord la conservation. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>A legal hold keeps contact %1 and its erasure is queued: it stays restricted until the hold is released or lapses. Nothing was changed.</source>
        <translation>Une conservation légale garde le contact %1 et son effacement est différé&#xa0;: il fait l&apos;objet d&apos;une limitation jusqu&apos;à ce que la conservation soit levée ou expire. Rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>Suppression</name>
    <message>
        <source>Give an email address or a phone number (at least %1 digits) to check.</source>
        <translation>Indiquez une adresse e-mail ou un numéro de téléphone (au moins %1 chiffres) à vérifier.</translation>
    </message>
    <message>
        <source>The vault has no suppression salt; run confidant-cli check and restore a backup.</source>
        <translation>Le coffre n&apos;a pas de sel de liste d&apos;exclusion ; exécutez confidant-cli check et restaurez une sauvegarde.</translation>
    </message>
    <message>
        <source>This person asked to be erased on %1 (their email or phone is on the suppression list); nothing was added. Add them anyway only on purpose, with an explicit override (confidant-cli contact add --force), which the audit trail records.</source>
        <translation>Cette personne a demandé à être effacée le %1 (son e-mail ou son téléphone figure sur la liste d&apos;exclusion) ; rien n&apos;a été ajouté. Ne l&apos;ajoutez malgré tout que délibérément, avec un forçage explicite (confidant-cli contact add --force), que la piste d&apos;audit enregistre.</translation>
    </message>
</context>
<context>
    <name>TextRules</name>
    <message>
        <source>%1: remove the control character %2 (such as an escape code or a line break).</source>
        <translation>%1&#xa0;: supprimez le caractère de contrôle %2 (par exemple une séquence d&apos;échappement ou un saut de ligne).</translation>
    </message>
    <message>
        <source>%1: remove the joiner %2; it is kept only between letters of a script that uses it (such as Persian or Hindi) and inside emoji.</source>
        <translation>%1&#xa0;: supprimez le caractère de liaison %2&#xa0;; il n&apos;est conservé qu&apos;entre les lettres d&apos;une écriture qui l&apos;utilise (comme celle du persan ou de l&apos;hindi) et à l&apos;intérieur des emojis.</translation>
    </message>
    <message>
        <source>%1: remove %2, an invisible character or one that changes the direction of the text; it can make one name look like another.</source>
        <translation>%1&#xa0;: supprimez %2, un caractère invisible ou qui change le sens d&apos;écriture du texte&#xa0;; il peut faire passer un nom pour un autre.</translation>
    </message>
</context>
<context>
    <name>VCardReader</name>
    <message>
        <source>The file could not be read; check that it still exists and that you may open it.</source>
        <translation>Le fichier n&apos;a pas pu être lu&#xa0;; vérifiez qu&apos;il existe toujours et que vous avez le droit de l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>The file is empty; choose a vCard (.vcf) file that contains at least one contact.</source>
        <translation>Le fichier est vide&#xa0;; choisissez un fichier vCard (.vcf) contenant au moins un contact.</translation>
    </message>
    <message>
        <source>The file does not look like a vCard file; export the contacts as vCard (.vcf) and choose that file.</source>
        <translation>Le fichier ne semble pas être un fichier vCard&#xa0;; exportez les contacts au format vCard (.vcf) et choisissez ce fichier.</translation>
    </message>
    <message>
        <source>The file contains no vCard (no BEGIN:VCARD line); choose a .vcf file exported from an address book.</source>
        <translation>Le fichier ne contient aucune vCard (aucune ligne BEGIN:VCARD)&#xa0;; choisissez un fichier .vcf exporté depuis un carnet d&apos;adresses.</translation>
    </message>
    <message>
        <source>Line %1 contains NUL characters, so the file is damaged or not plain text; export it again as vCard and retry.</source>
        <translation>La ligne %1 contient des caractères NUL&#xa0;: le fichier est donc endommagé ou n&apos;est pas du texte brut&#xa0;; exportez-le de nouveau au format vCard et réessayez.</translation>
    </message>
    <message>
        <source>Line %1 is not valid UTF-8 text; export the contacts again as vCard with UTF-8 encoding.</source>
        <translation>La ligne %1 n&apos;est pas du texte UTF-8 valide&#xa0;; exportez de nouveau les contacts au format vCard avec l&apos;encodage UTF-8.</translation>
    </message>
    <message>
        <source>The birthday has no year or is not a date and was left out.</source>
        <translation>La date de naissance n&apos;a pas d&apos;année ou n&apos;est pas une date&#xa0;; elle a été ignorée.</translation>
    </message>
    <message>
        <source>The photo was skipped; Confidant does not store photos.</source>
        <translation>La photo a été ignorée&#xa0;; Confidant n&apos;enregistre pas de photos.</translation>
    </message>
    <message>
        <source>The contact starting on line %1 has no END:VCARD line; it was skipped. Check that the file is complete.</source>
        <translation>Le contact commençant à la ligne %1 n&apos;a pas de ligne END:VCARD&#xa0;; il a été ignoré. Vérifiez que le fichier est complet.</translation>
    </message>
    <message>
        <source>The contact starting on line %1 has no name, email or phone; it was skipped.</source>
        <translation>Le contact commençant à la ligne %1 n&apos;a ni nom, ni e-mail, ni téléphone&#xa0;; il a été ignoré.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Enter a given name or a family name.</source>
        <translation>Saisissez un prénom ou un nom.</translation>
    </message>
    <message>
        <source>The given name is longer than %1 characters.</source>
        <translation>Le prénom dépasse %1 caractères.</translation>
    </message>
    <message>
        <source>The family name is longer than %1 characters.</source>
        <translation>Le nom dépasse %1 caractères.</translation>
    </message>
    <message>
        <source>The email address is not valid; it should look like name@example.com.</source>
        <translation>L&apos;adresse e-mail n&apos;est pas valide&#xa0;; elle doit avoir la forme nom@example.com.</translation>
    </message>
    <message>
        <source>Email address %1 is not valid; it should look like name@example.com.</source>
        <translation>L&apos;adresse e-mail %1 n&apos;est pas valide&#xa0;; elle doit avoir la forme nom@example.com.</translation>
    </message>
    <message>
        <source>The phone number is not valid; use digits, spaces and + - ( ), e.g. +44 20 7946 0958.</source>
        <translation>Le numéro de téléphone n&apos;est pas valide&#xa0;; utilisez des chiffres, des espaces et + - ( ), par ex. +33 1 99 00 12 34.</translation>
    </message>
    <message>
        <source>Phone number %1 is not valid; use digits, spaces and + - ( ), e.g. +44 20 7946 0958.</source>
        <translation>Le numéro de téléphone %1 n&apos;est pas valide&#xa0;; utilisez des chiffres, des espaces et + - ( ), par ex. +33 1 99 00 12 34.</translation>
    </message>
    <message>
        <source>This field is longer than %1 characters.</source>
        <translation>Ce champ dépasse %1 caractères.</translation>
    </message>
    <message>
        <source>The notes are longer than %1 characters.</source>
        <translation>Les notes dépassent %1 caractères.</translation>
    </message>
    <message>
        <source>Tags must be between 1 and 100 characters.</source>
        <translation>Les étiquettes doivent comporter entre 1 et 100 caractères.</translation>
    </message>
    <message>
        <source>Enter the company&apos;s name.</source>
        <translation>Saisissez le nom de l&apos;entreprise.</translation>
    </message>
    <message>
        <source>The company name is longer than %1 characters.</source>
        <translation>Le nom de l&apos;entreprise dépasse %1 caractères.</translation>
    </message>
    <message>
        <source>The web domain is not valid; it should look like example.com.</source>
        <translation>Le domaine web n&apos;est pas valide&#xa0;; il doit avoir la forme example.com.</translation>
    </message>
    <message>
        <source>The birthday must be a date between 1900 and today.</source>
        <translation>La date de naissance doit être comprise entre 1900 et aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>The website is not valid; it should look like https://example.com or example.com.</source>
        <translation>Le site web n&apos;est pas valide&#xa0;; il doit ressembler à https://example.com ou example.com.</translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <source>%1 is a file, not a vault folder; give the folder that holds the vault.</source>
        <translation>%1 est un fichier, pas un dossier de coffre&#xa0;; indiquez le dossier qui contient le coffre.</translation>
    </message>
    <message>
        <source>Cannot write vault.json in %1; check the folder&apos;s permissions.</source>
        <translation>Impossible d&apos;écrire vault.json dans %1&#xa0;; vérifiez les permissions du dossier.</translation>
    </message>
    <message>
        <source>Cannot write vault.json in %1; check free space and permissions.</source>
        <translation>Impossible d&apos;écrire vault.json dans %1&#xa0;; vérifiez l&apos;espace disponible et les permissions.</translation>
    </message>
    <message>
        <source>%1 has a database but no vault.json, so it is not a usable Confidant vault; restore vault.json from a backup.</source>
        <translation>%1 contient une base de données mais pas de vault.json&#xa0;: ce n&apos;est donc pas un coffre Confidant utilisable. Restaurez vault.json à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>There is no vault in %1; create one first (confidant-cli init).</source>
        <translation>Il n&apos;y a aucun coffre dans %1&#xa0;; créez-en d&apos;abord un (confidant-cli init).</translation>
    </message>
    <message>
        <source>Cannot read %1; check its permissions.</source>
        <translation>Impossible de lire %1&#xa0;; vérifiez ses permissions.</translation>
    </message>
    <message>
        <source>vault.json in %1 is damaged; restore it from a backup.</source>
        <translation>vault.json dans %1 est endommagé&#xa0;; restaurez-le à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>This vault was written by a newer version of Confidant; update Confidant to open it.</source>
        <translation>Ce coffre a été écrit par une version plus récente de Confidant&#xa0;; mettez Confidant à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>This SQLite library has no encryption (no SQLCipher codec); Confidant will not store data with it. Rebuild Confidant with its bundled SQLCipher.</source>
        <translation>Cette bibliothèque SQLite ne gère pas le chiffrement (pas de codec SQLCipher)&#xa0;; Confidant refuse d&apos;y stocker des données. Recompilez Confidant avec le SQLCipher fourni.</translation>
    </message>
    <message>
        <source>The vault file is damaged; it was left untouched. Restore it from a backup.</source>
        <translation>Le fichier du coffre est endommagé&#xa0;; il n&apos;a pas été modifié. Restaurez-le à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>Wrong passphrase; the vault was left untouched. Try again.</source>
        <translation>Phrase secrète incorrecte&#xa0;; le coffre n&apos;a pas été modifié. Réessayez.</translation>
    </message>
    <message>
        <source>The key does not open this vault; the vault was left untouched. Check the recovery code.</source>
        <translation>Cette clé n&apos;ouvre pas ce coffre&#xa0;; le coffre n&apos;a pas été modifié. Vérifiez le code de récupération.</translation>
    </message>
    <message>
        <source>This vault was written by a newer version of Confidant (schema %1, this program knows %2); update Confidant to open it.</source>
        <translation>Ce coffre a été écrit par une version plus récente de Confidant (schéma %1, ce programme connaît le schéma %2)&#xa0;; mettez Confidant à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>A vault already exists in %1; open it, or choose another folder.</source>
        <translation>Un coffre existe déjà dans %1&#xa0;; ouvrez-le, ou choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1; check its permissions.</source>
        <translation>Impossible de créer le dossier %1&#xa0;; vérifiez ses permissions.</translation>
    </message>
    <message>
        <source>The system&apos;s random number generator failed; the vault was not created.</source>
        <translation>Le générateur de nombres aléatoires du système a échoué&#xa0;; le coffre n&apos;a pas été créé.</translation>
    </message>
    <message>
        <source>This SQLite library has no encryption (no SQLCipher codec); Confidant will not store data with it.</source>
        <translation>Cette bibliothèque SQLite ne gère pas le chiffrement (pas de codec SQLCipher)&#xa0;; Confidant refuse d&apos;y stocker des données.</translation>
    </message>
    <message>
        <source>The passphrase is too short: use at least %1 characters.</source>
        <translation>La phrase secrète est trop courte&#xa0;: utilisez au moins %1 caractères.</translation>
    </message>
    <message>
        <source>The vault file confidant.db is missing from %1; restore it from a backup.</source>
        <translation>Le fichier du coffre confidant.db est absent de %1&#xa0;; restaurez-le à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>Cannot read the vault file; check its permissions.</source>
        <translation>Impossible de lire le fichier du coffre&#xa0;; vérifiez ses permissions.</translation>
    </message>
    <message>
        <source>confidant.db is an unencrypted SQLite database, not a Confidant vault; it was left untouched.</source>
        <translation>confidant.db est une base de données SQLite non chiffrée, et non un coffre Confidant&#xa0;; elle n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <source>The vault file is damaged (truncated); it was left untouched. Restore it from a backup.</source>
        <translation>Le fichier du coffre est endommagé (tronqué)&#xa0;; il n&apos;a pas été modifié. Restaurez-le à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>This vault is protected by a passphrase; enter it to unlock.</source>
        <translation>Ce coffre est protégé par une phrase secrète&#xa0;; saisissez-la pour le déverrouiller.</translation>
    </message>
    <message>
        <source>No keychain to read the key from; unlock with the recovery code.</source>
        <translation>Aucun trousseau de clés où lire la clé&#xa0;; déverrouillez avec le code de récupération.</translation>
    </message>
    <message>
        <source>The key for this vault is not in the keychain (new computer or wiped keyring?); unlock with the recovery code.</source>
        <translation>La clé de ce coffre n&apos;est pas dans le trousseau de clés (nouvel ordinateur ou trousseau effacé&#xa0;?)&#xa0;; déverrouillez avec le code de récupération.</translation>
    </message>
    <message>
        <source>The keychain is not available, so the vault&apos;s key cannot be read; unlock with the recovery code.</source>
        <translation>Le trousseau de clés n&apos;est pas disponible, la clé du coffre ne peut donc pas être lue&#xa0;; déverrouillez avec le code de récupération.</translation>
    </message>
    <message>
        <source>The keychain entry for this vault is not a valid key; unlock with the recovery code.</source>
        <translation>L&apos;entrée du trousseau de clés pour ce coffre n&apos;est pas une clé valide&#xa0;; déverrouillez avec le code de récupération.</translation>
    </message>
    <message>
        <source>confidant.db holds no Confidant data; it is not a vault. It was left untouched.</source>
        <translation>confidant.db ne contient aucune donnée Confidant&#xa0;; ce n&apos;est pas un coffre. Il n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another backup file.</source>
        <translation>%1 existe déjà&#xa0;; choisissez un autre fichier de sauvegarde.</translation>
    </message>
    <message>
        <source>The backup could not be started.</source>
        <translation>La sauvegarde n&apos;a pas pu démarrer.</translation>
    </message>
    <message>
        <source>The backup could not be written; check free space.</source>
        <translation>La sauvegarde n&apos;a pas pu être écrite&#xa0;; vérifiez l&apos;espace disponible.</translation>
    </message>
    <message>
        <source>The passphrase change did not finish, so the old passphrase still applies; unlock with it and change it again.</source>
        <translation>Le changement de phrase secrète n&apos;a pas abouti, l&apos;ancienne phrase secrète reste donc valable&#xa0;; déverrouillez avec elle et changez-la de nouveau.</translation>
    </message>
    <message>
        <source>The key change did not finish, so the old recovery code still applies; unlock with it.</source>
        <translation>Le changement de clé n&apos;a pas abouti, l&apos;ancien code de récupération reste donc valable&#xa0;; déverrouillez avec lui.</translation>
    </message>
    <message>
        <source>The vault&apos;s passphrase was being changed when Confidant stopped; unlock with the new passphrase.</source>
        <translation>La phrase secrète du coffre était en cours de changement lorsque Confidant s&apos;est arrêté&#xa0;; déverrouillez avec la nouvelle phrase secrète.</translation>
    </message>
    <message>
        <source>The vault&apos;s key was being changed when Confidant stopped; unlock with the new recovery code.</source>
        <translation>La clé du coffre était en cours de changement lorsque Confidant s&apos;est arrêté&#xa0;; déverrouillez avec le nouveau code de récupération.</translation>
    </message>
    <message>
        <source>Cannot create the lock file in the vault folder; check its permissions.</source>
        <translation>Impossible de créer le fichier de verrou dans le dossier du coffre&#xa0;; vérifiez ses permissions.</translation>
    </message>
    <message>
        <source>The vault is open in another Confidant window or command; close it first.</source>
        <translation>Le coffre est ouvert dans une autre fenêtre ou commande Confidant&#xa0;; fermez-la d&apos;abord.</translation>
    </message>
    <message>
        <source>The vault&apos;s key is being changed by another Confidant; try again when it has finished.</source>
        <translation>La clé du coffre est en cours de changement par une autre instance de Confidant&#xa0;; réessayez lorsqu&apos;elle aura terminé.</translation>
    </message>
    <message>
        <source>Changing the key needs the system keychain, which is not available.</source>
        <translation>Changer la clé nécessite le trousseau de clés du système, qui n&apos;est pas disponible.</translation>
    </message>
    <message>
        <source>The system&apos;s random number generator failed; the key was not changed.</source>
        <translation>Le générateur de nombres aléatoires du système a échoué&#xa0;; la clé n&apos;a pas été changée.</translation>
    </message>
    <message>
        <source>The new passphrase is too short: use at least %1 characters.</source>
        <translation>La nouvelle phrase secrète est trop courte&#xa0;: utilisez au moins %1 caractères.</translation>
    </message>
    <message>
        <source>Cannot write in the vault folder; check its permissions.</source>
        <translation>Impossible d&apos;écrire dans le dossier du coffre&#xa0;; vérifiez ses permissions.</translation>
    </message>
    <message>
        <source>The vault could not be re-encrypted (check free space); the old key still applies.</source>
        <translation>Le coffre n&apos;a pas pu être rechiffré (vérifiez l&apos;espace disponible)&#xa0;; l&apos;ancienne clé reste valable.</translation>
    </message>
    <message>
        <source>The re-encrypted copy failed its integrity check; the old key still applies.</source>
        <translation>La copie rechiffrée a échoué à la vérification d&apos;intégrité&#xa0;; l&apos;ancienne clé reste valable.</translation>
    </message>
    <message>
        <source>The re-encrypted copy is incomplete; the old key still applies.</source>
        <translation>La copie rechiffrée est incomplète&#xa0;; l&apos;ancienne clé reste valable.</translation>
    </message>
    <message>
        <source>The vault is still in use by another connection; close other windows and try again.</source>
        <translation>Le coffre est encore utilisé par une autre connexion&#xa0;; fermez les autres fenêtres et réessayez.</translation>
    </message>
    <message>
        <source>The re-encrypted vault could not replace the old one; the old key still applies.</source>
        <translation>Le coffre rechiffré n&apos;a pas pu remplacer l&apos;ancien&#xa0;; l&apos;ancienne clé reste valable.</translation>
    </message>
    <message>
        <source>Backup cancelled; no file was written.</source>
        <translation>Sauvegarde annulée&#xa0;; aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>The backup copy failed its integrity check, so it was not kept. Run confidant-cli check on the vault.</source>
        <translation>La copie de sauvegarde a échoué à la vérification d&apos;intégrité, elle n&apos;a donc pas été conservée. Exécutez confidant-cli check sur le coffre.</translation>
    </message>
    <message>
        <source>Cannot write %1; check the folder&apos;s permissions.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;; vérifiez les permissions du dossier.</translation>
    </message>
    <message>
        <source>There is no backup file %1.</source>
        <translation>Le fichier de sauvegarde %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 is not a Confidant backup, or it is damaged.</source>
        <translation>%1 n&apos;est pas une sauvegarde Confidant, ou elle est endommagée.</translation>
    </message>
    <message>
        <source>A backup opens with the vault&apos;s recovery code or passphrase; give it to restore.</source>
        <translation>Une sauvegarde s&apos;ouvre avec le code de récupération ou la phrase secrète du coffre&#xa0;; indiquez l&apos;un ou l&apos;autre pour la restaurer.</translation>
    </message>
    <message>
        <source>The backup %1 is damaged; it cannot be restored. Use another backup.</source>
        <translation>La sauvegarde %1 est endommagée&#xa0;; elle ne peut pas être restaurée. Utilisez une autre sauvegarde.</translation>
    </message>
    <message>
        <source>%1 opens, but it is not a Confidant backup (no backup details inside).</source>
        <translation>%1 s&apos;ouvre, mais ce n&apos;est pas une sauvegarde Confidant (aucune information de sauvegarde à l&apos;intérieur).</translation>
    </message>
    <message>
        <source>This backup was written by a newer version of Confidant; update Confidant to restore it.</source>
        <translation>Cette sauvegarde a été écrite par une version plus récente de Confidant&#xa0;; mettez Confidant à jour pour la restaurer.</translation>
    </message>
    <message>
        <source>The backup %1 is damaged (%2 problems found); it cannot be restored.</source>
        <translation>La sauvegarde %1 est endommagée (%2 problèmes détectés)&#xa0;; elle ne peut pas être restaurée.</translation>
    </message>
    <message>
        <source>The recovery code or passphrase does not open this backup; check it (a backup opens with the code or passphrase the vault had when the backup was taken).</source>
        <translation>Le code de récupération ou la phrase secrète n&apos;ouvre pas cette sauvegarde&#xa0;; vérifiez votre saisie (une sauvegarde s&apos;ouvre avec le code ou la phrase secrète qu&apos;avait le coffre au moment de la sauvegarde).</translation>
    </message>
    <message>
        <source>The backup could not be copied into %1; check free space.</source>
        <translation>La sauvegarde n&apos;a pas pu être copiée dans %1&#xa0;; vérifiez l&apos;espace disponible.</translation>
    </message>
    <message>
        <source>The system&apos;s random number generator failed; nothing was restored.</source>
        <translation>Le générateur de nombres aléatoires du système a échoué&#xa0;; rien n&apos;a été restauré.</translation>
    </message>
    <message>
        <source>The vault&apos;s key was changed, but the keychain does not hold the new key; unlock with the new recovery code.</source>
        <translation>La clé du coffre a été changée, mais le trousseau de clés ne contient pas la nouvelle clé&#xa0;; déverrouillez avec le nouveau code de récupération.</translation>
    </message>
    <message>
        <source>The keychain does not hold the vault&apos;s current key yet (the last key change could not store it), so the key was not changed again: %1</source>
        <translation>Le trousseau de clés ne contient pas encore la clé actuelle du coffre (le dernier changement de clé n&apos;a pas pu l&apos;enregistrer), la clé n&apos;a donc pas été changée de nouveau&#xa0;: %1</translation>
    </message>
    <message>
        <source>Key change cancelled; the old key still applies.</source>
        <translation>Changement de clé annulé&#xa0;; l&apos;ancienne clé reste valable.</translation>
    </message>
    <message>
        <source>The vault&apos;s folder is read-only, and changes not yet moved into confidant.db wait in confidant.db-wal, which cannot be read here without confidant.db-shm. Copy the vault folder to a writable place and open the copy.</source>
        <translation>Le dossier du coffre est en lecture seule, et les modifications pas encore reportées dans confidant.db attendent dans confidant.db-wal, qui ne peut pas être lu ici sans confidant.db-shm. Copiez le dossier du coffre dans un emplacement accessible en écriture et ouvrez la copie.</translation>
    </message>
    <message>
        <source>The vault file is damaged: page %1 fails its check (SQLCipher&apos;s HMAC), and Confidant cannot read the vault without it. It was left untouched; restore the newest good backup.</source>
        <translation>Le fichier du coffre est endommagé&#xa0;: la page %1 échoue à sa vérification (HMAC de SQLCipher), et Confidant ne peut pas lire le coffre sans elle. Le fichier n&apos;a pas été modifié&#xa0;; restaurez la sauvegarde intacte la plus récente.</translation>
    </message>
    <message>
        <source>This vault was written by an older Confidant and must be updated before this version can use it, which needs a writable folder. Copy the vault folder to a writable place and open the copy.</source>
        <translation>Ce coffre a été écrit par une version plus ancienne de Confidant et doit être mis à jour avant que cette version puisse l&apos;utiliser, ce qui nécessite un dossier accessible en écriture. Copiez le dossier du coffre dans un emplacement accessible en écriture et ouvrez la copie.</translation>
    </message>
    <message>
        <source>integrity_check stopped at a damaged page (%1).</source>
        <translation>integrity_check s&apos;est arrêté sur une page endommagée (%1).</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>The vault is damaged (a page fails its check), so no backup was written and the vault was left as it is. Run confidant-cli check to see which pages, then restore the newest good backup; an export may still save the contacts that read.</source>
        <translation>Le coffre est endommagé (une page échoue à sa vérification), aucune sauvegarde n&apos;a donc été écrite et le coffre n&apos;a pas été modifié. Exécutez confidant-cli check pour voir quelles pages sont touchées, puis restaurez la sauvegarde intacte la plus récente&#xa0;; un export peut encore permettre de sauver les contacts qui restent lisibles.</translation>
    </message>
</context>
<context>
    <name>VaultAdmin</name>
    <message>
        <source>An old scheduled backup could not be removed; check the backup folder&apos;s permissions.</source>
        <translation>Une ancienne sauvegarde planifiée n&apos;a pas pu être supprimée&#xa0;; vérifiez les permissions du dossier des sauvegardes.</translation>
    </message>
    <message>
        <source>Every page decrypts and its HMAC holds.</source>
        <translation>Chaque page se déchiffre et son HMAC est valide.</translation>
    </message>
    <message>
        <source>The database structure is intact.</source>
        <translation>La structure de la base de données est intacte.</translation>
    </message>
    <message>
        <source>The database structure has %1 problems (%2). Restore from a backup.</source>
        <translation>La structure de la base de données présente %1 problèmes (%2). Restaurez le coffre à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>The audit trail&apos;s %1 entries are intact.</source>
        <translation>Les %1 entrées du journal d&apos;audit sont intactes.</translation>
    </message>
    <message>
        <source>The audit trail is broken at entry %1: %2</source>
        <translation>Le journal d&apos;audit est rompu à l&apos;entrée %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>A backup opens with the vault&apos;s recovery code or passphrase; give it to restore.</source>
        <translation>Une sauvegarde s&apos;ouvre avec le code de récupération ou la phrase secrète du coffre&#xa0;; indiquez l&apos;un ou l&apos;autre pour la restaurer.</translation>
    </message>
    <message>
        <source>A vault already exists in %1; restore into a new folder, or replace it explicitly (confidant-cli restore --force; the replaced vault is kept under backups/).</source>
        <translation>Un coffre existe déjà dans %1&#xa0;; restaurez dans un nouveau dossier, ou remplacez-le explicitement (confidant-cli restore --force&#xa0;; le coffre remplacé est conservé sous backups/).</translation>
    </message>
    <message>
        <source>Cannot create the folder %1; check its permissions.</source>
        <translation>Impossible de créer le dossier %1&#xa0;; vérifiez ses permissions.</translation>
    </message>
    <message>
        <source>Cannot keep a copy of the replaced vault; nothing was restored.</source>
        <translation>Impossible de conserver une copie du coffre remplacé&#xa0;; rien n&apos;a été restauré.</translation>
    </message>
    <message>
        <source>The vault in %1 could not be moved aside; nothing was restored.</source>
        <translation>Le coffre situé dans %1 n&apos;a pas pu être mis de côté&#xa0;; rien n&apos;a été restauré.</translation>
    </message>
    <message>
        <source>The restored vault could not be moved into %1; it is complete in %2.</source>
        <translation>Le coffre restauré n&apos;a pas pu être déplacé dans %1&#xa0;; il se trouve, complet, dans %2.</translation>
    </message>
    <message>
        <source>The vault in %1 is open in Confidant or another command; close it and restore again. Nothing was changed.</source>
        <translation>Le coffre situé dans %1 est ouvert dans Confidant ou dans une autre commande&#xa0;; fermez-le et relancez la restauration. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The erasure ledger beside the backups could not be updated: %1 A restore of this backup into another folder will ask for a ledger.</source>
        <translation>Le registre des effacements situé à côté des sauvegardes n&apos;a pas pu être mis à jour&#xa0;: %1 Une restauration de cette sauvegarde dans un autre dossier demandera un registre des effacements.</translation>
    </message>
    <message>
        <source>Restore cancelled; nothing was restored.</source>
        <translation>Restauration annulée&#xa0;; rien n&apos;a été restauré.</translation>
    </message>
    <message>
        <source>%1 Nothing was restored.</source>
        <translation>%1 Rien n&apos;a été restauré.</translation>
    </message>
    <message>
        <source>The erasure ledger beside the backup was left out: %1</source>
        <translation>Le registre des effacements situé à côté de la sauvegarde a été ignoré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Give the vault&apos;s backups/erasure-ledger.cfl with --ledger FILE, or restore anyway with --accept-unverified-erasures (recorded in the restored vault&apos;s audit trail).</source>
        <translation>Indiquez le fichier backups/erasure-ledger.cfl du coffre avec --ledger FILE, ou restaurez malgré tout avec --accept-unverified-erasures (consigné dans le journal d&apos;audit du coffre restauré).</translation>
    </message>
    <message>
        <source>The newest erasure ledger found (written %1) is older than this backup (taken %2), so Confidant cannot show that everyone erased since then stays erased; nothing was restored. %3</source>
        <translation>Le registre des effacements le plus récent trouvé (écrit le %1) est plus ancien que cette sauvegarde (effectuée le %2)&#xa0;; Confidant ne peut donc pas établir que toutes les personnes effacées depuis restent effacées. Rien n&apos;a été restauré. %3</translation>
    </message>
    <message>
        <source>%1 No other erasure ledger newer than this backup (taken %2) was found, so Confidant cannot show that everyone erased since then stays erased; nothing was restored. %3</source>
        <translation>%1 Aucun autre registre des effacements plus récent que cette sauvegarde (effectuée le %2) n&apos;a été trouvé&#xa0;; Confidant ne peut donc pas établir que toutes les personnes effacées depuis restent effacées. Rien n&apos;a été restauré. %3</translation>
    </message>
    <message>
        <source>No erasure ledger newer than this backup (taken %1) was found, so Confidant cannot show that everyone erased since then stays erased; nothing was restored. %2</source>
        <translation>Aucun registre des effacements plus récent que cette sauvegarde (effectuée le %1) n&apos;a été trouvé&#xa0;; Confidant ne peut donc pas établir que toutes les personnes effacées depuis restent effacées. Rien n&apos;a été restauré. %2</translation>
    </message>
    <message>
        <source>No erasure ledger newer than the backup was found: people erased after %1 may be back in the restored vault. Erase them again.</source>
        <translation>Aucun registre des effacements plus récent que la sauvegarde n&apos;a été trouvé&#xa0;: des personnes effacées après le %1 peuvent être de retour dans le coffre restauré. Effacez-les à nouveau.</translation>
    </message>
    <message>
        <source>The restored vault&apos;s erasure ledger file could not be written: %1</source>
        <translation>Le fichier du registre des effacements du coffre restauré n&apos;a pas pu être écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>The restored vault&apos;s erasure ledger file could not be moved into %1; it is written again with the next erasure or backup.</source>
        <translation>Le fichier du registre des effacements du coffre restauré n&apos;a pas pu être déplacé dans %1&#xa0;; il sera réécrit lors du prochain effacement ou de la prochaine sauvegarde.</translation>
    </message>
    <message>
        <source>The erasure ledger beside the backups (%1) cannot be replaced, so nothing was erased; check the folder&apos;s permissions and try again.</source>
        <translation>Le registre des effacements à côté des sauvegardes (%1) ne peut pas être remplacé, rien n&apos;a donc été effacé&#xa0;; vérifiez les permissions du dossier et réessayez.</translation>
    </message>
    <message>
        <source>The vault is read-only here, so the erasure ledger beside its backups was not updated. A restore of this backup into another folder will ask for a ledger.</source>
        <translation>Le coffre est ici en lecture seule, le registre des effacements situé à côté de ses sauvegardes n&apos;a donc pas été mis à jour. Une restauration de cette sauvegarde dans un autre dossier demandera un registre des effacements.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) fail their HMAC check (page %1): the file was damaged or altered there, and those pages cannot be read. Restore the newest backup that passes check; first, an export may still save the contacts that read.</source>
        <translation>
            <numerusform>%n page échoue à la vérification HMAC (page %1)&#xa0;: le fichier a été endommagé ou modifié à cet endroit, et cette page ne peut pas être lue. Restaurez la sauvegarde la plus récente pour laquelle check ne signale aucune erreur&#xa0;; auparavant, un export peut encore permettre de sauver les contacts qui restent lisibles.</numerusform>
            <numerusform>%n pages échouent à la vérification HMAC (pages %1)&#xa0;: le fichier a été endommagé ou modifié à ces endroits, et ces pages ne peuvent pas être lues. Restaurez la sauvegarde la plus récente pour laquelle check ne signale aucune erreur&#xa0;; auparavant, un export peut encore permettre de sauver les contacts qui restent lisibles.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file fails SQLCipher&apos;s check (%1). Restore the newest backup that passes check.</source>
        <translation>Le fichier échoue à la vérification de SQLCipher (%1). Restaurez la sauvegarde la plus récente pour laquelle check ne signale aucune erreur.</translation>
    </message>
    <message>
        <source>The audit trail cannot be read to its end: %1</source>
        <translation>Le journal d&apos;audit ne peut pas être lu jusqu&apos;au bout&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 The vault in %2 must open, and its profile be signed in, before a restore replaces it; nothing was changed.</source>
        <translation>%1 Le coffre dans %2 doit s&apos;ouvrir et son profil être connecté avant qu&apos;une restauration ne le remplace&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>VaultCommands</name>
    <message>
        <source>A vault already exists in %1; nothing was changed. Open it, or choose another folder with --vault.</source>
        <translation>Un coffre existe déjà dans %1&#xa0;; rien n&apos;a été modifié. Ouvrez-le, ou choisissez un autre dossier avec --vault.</translation>
    </message>
    <message>
        <source>New passphrase (at least %1 characters): </source>
        <translation>Nouvelle phrase secrète (au moins %1 caractères)&#xa0;: </translation>
    </message>
    <message>
        <source>Repeat the passphrase: </source>
        <translation>Répétez la phrase secrète&#xa0;: </translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was created. Try again.</source>
        <translation>Les deux phrases secrètes diffèrent&#xa0;; rien n&apos;a été créé. Réessayez.</translation>
    </message>
    <message>
        <source>Created the vault %1 in %2, protected by your passphrase.</source>
        <translation>Coffre %1 créé dans %2, protégé par votre phrase secrète.</translation>
    </message>
    <message>
        <source>The passphrase is the only way in: without it nobody, not even you, can open the vault. Keep it somewhere safe.</source>
        <translation>La phrase secrète est le seul moyen d&apos;accès&#xa0;: sans elle, personne, pas même vous, ne peut ouvrir le coffre. Conservez-la en lieu sûr.</translation>
    </message>
    <message>
        <source>To create a vault without a keychain, give a passphrase on standard input: confidant-cli init --passphrase-stdin.</source>
        <translation>Pour créer un coffre sans trousseau de clés, indiquez une phrase secrète sur l&apos;entrée standard&#xa0;: confidant-cli init --passphrase-stdin.</translation>
    </message>
    <message>
        <source>Created the vault %1 in %2; its key is in the system keychain.</source>
        <translation>Coffre %1 créé dans %2&#xa0;; sa clé se trouve dans le trousseau de clés du système.</translation>
    </message>
    <message>
        <source>Write down this recovery code and keep it somewhere safe. It is shown only this once, and it is the only way in when the keychain entry is lost (new computer, wiped keyring):</source>
        <translation>Notez ce code de récupération et conservez-le en lieu sûr. Il n&apos;est affiché que cette fois-ci, et c&apos;est le seul moyen d&apos;accès si l&apos;entrée du trousseau de clés est perdue (nouvel ordinateur, trousseau effacé)&#xa0;:</translation>
    </message>
    <message>
        <source>Vault:</source>
        <translation>Coffre&#xa0;:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Dossier&#xa0;:</translation>
    </message>
    <message>
        <source>Key source:</source>
        <translation>Source de la clé&#xa0;:</translation>
    </message>
    <message>
        <source>system keychain (recovery code as backup)</source>
        <translation>trousseau de clés du système (code de récupération en secours)</translation>
    </message>
    <message>
        <source>passphrase</source>
        <translation>phrase secrète</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Création&#xa0;:</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>Version du schéma&#xa0;:</translation>
    </message>
    <message>
        <source>Cipher version:</source>
        <translation>Version du chiffrement&#xa0;:</translation>
    </message>
    <message>
        <source>Contacts:</source>
        <translation>Contacts&#xa0;:</translation>
    </message>
    <message>
        <source>Companies:</source>
        <translation>Entreprises&#xa0;:</translation>
    </message>
    <message>
        <source>sample-data needs --contacts N; see confidant-cli sample-data --help.</source>
        <translation>sample-data exige --contacts N&#xa0;; consultez confidant-cli sample-data --help.</translation>
    </message>
    <message>
        <source>Adding sample contacts: %1 of %2</source>
        <translation>Ajout des contacts d&apos;exemple&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>Added %1 sample contacts and %2 companies.</source>
        <translation>%1 contacts d&apos;exemple et %2 entreprises ajoutés.</translation>
    </message>
    <message>
        <source>Acting as:</source>
        <translation>Profil actif&#xa0;:</translation>
    </message>
</context>
<context>
    <name>confidant::ui::AccessDialog</name>
    <message>
        <source>Access package</source>
        <translation>Dossier d&apos;accès</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>Inclus</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <source>Include mentions of them in other records (check each one: they may name other people)</source>
        <translation>Inclure les mentions de cette personne dans d&apos;autres fiches (vérifiez chacune : elles peuvent nommer d&apos;autres personnes)</translation>
    </message>
    <message>
        <source>JSON (machine-readable, for portability)</source>
        <translation>JSON (lisible par machine, pour la portabilité)</translation>
    </message>
    <message>
        <source>CSV (one file per section)</source>
        <translation>CSV (un fichier par section)</translation>
    </message>
    <message>
        <source>PDF report (to read)</source>
        <translation>Rapport PDF (à lire)</translation>
    </message>
    <message>
        <source>Access package %1</source>
        <translation>Dossier d&apos;accès %1</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Formats:</source>
        <translation>Formats :</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Répertoire :</translation>
    </message>
    <message>
        <source>Create package</source>
        <translation>Créer le dossier d&apos;accès</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Folder for the access package</source>
        <translation>Répertoire du dossier d&apos;accès</translation>
    </message>
    <message>
        <source>Everything Confidant holds about this person (%1 entries), with the purposes, recipients, retention periods and where the data came from. The files are not encrypted: hand them over securely and delete your copy when done.</source>
        <translation>Tout ce que Confidant détient sur cette personne (%1 entrées), avec les finalités, les destinataires, les durées de conservation et l&apos;origine des données. Les fichiers ne sont pas chiffrés : remettez-les de manière sécurisée et supprimez votre copie une fois terminé.</translation>
    </message>
    <message>
        <source>Choose the folder for the package.</source>
        <translation>Choisissez le répertoire du dossier d&apos;accès.</translation>
    </message>
    <message>
        <source>%1  SHA-256 %2</source>
        <translation>%1  SHA-256 %2</translation>
    </message>
    <message>
        <source>%1 files written to %2. They are not encrypted: hand them over securely.</source>
        <translation>%1 fichiers écrits dans %2. Ils ne sont pas chiffrés : remettez-les de manière sécurisée.</translation>
    </message>
    <message>
        <source>The hashes are recorded with request %1.</source>
        <translation>Les empreintes sont enregistrées avec la demande %1.</translation>
    </message>
</context>
<context>
    <name>confidant::ui::ActivityEditorDialog</name>
    <message>
        <source>&amp;Remind me at</source>
        <translation>&amp;Rappel le</translation>
    </message>
    <message>
        <source>(deleted record)</source>
        <translation>(fiche supprimée)</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Aucun élément</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Objet&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Quand&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>É&amp;chéance&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>Te&amp;xte&#xa0;:</translation>
    </message>
    <message>
        <source>Linked to:</source>
        <translation>Lié à&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Nouvelle tâche</translation>
    </message>
    <message>
        <source>Log %1</source>
        <translation>Consigner&#xa0;: %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete this entry from every timeline it is on?</source>
        <translation>Supprimer cette entrée de toutes les chronologies où elle figure&#xa0;?</translation>
    </message>
</context>
<context>
    <name>confidant::ui::AddProfileDialog</name>
    <message>
        <source>Add profile</source>
        <translation>Ajouter un profil</translation>
    </message>
    <message>
        <source>e.g. Sam or Front desk</source>
        <translation>par ex. Sam ou Accueil</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN&#xa0;:</translation>
    </message>
    <message>
        <source>R&amp;epeat PIN:</source>
        <translation>&amp;Confirmer le PIN&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Add profile</source>
        <translation>&amp;Ajouter le profil</translation>
    </message>
    <message>
        <source>The two PINs differ; type the PIN twice, or leave both fields empty.</source>
        <translation>Les deux PIN diffèrent&#xa0;; saisissez le PIN deux fois, ou laissez les deux champs vides.</translation>
    </message>
    <message>
        <source>Without a PIN, anyone at this computer can choose the profile. %1</source>
        <translation>Sans PIN, toute personne utilisant cet ordinateur peut choisir ce profil. %1</translation>
    </message>
</context>
<context>
    <name>confidant::ui::AuditPage</name>
    <message>
        <source>any record</source>
        <translation>toutes les fiches</translation>
    </message>
    <message>
        <source>Only entries about the record with this UID (as shown in the Entity UID column).</source>
        <translation>Uniquement les entrées concernant la fiche portant cet UID (tel qu&apos;affiché dans la colonne «&#xa0;UID de la fiche&#xa0;»).</translation>
    </message>
    <message>
        <source>Any profile</source>
        <translation>Tous les profils</translation>
    </message>
    <message>
        <source>An action such as contact.update, or a family ending in a dot, such as contact.</source>
        <translation>Une action comme contact.update, ou une famille se terminant par un point, comme contact.</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>Dé&amp;but&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>Fi&amp;n&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>Effacer les &amp;filtres</translation>
    </message>
    <message>
        <source>Verify &amp;chain</source>
        <translation>Vérifier la &amp;chaîne</translation>
    </message>
    <message>
        <source>Recompute the hash chain of the whole audit trail and check it against its sealed head.</source>
        <translation>Recalculer la chaîne de hachage de tout le journal d&apos;audit et la comparer à sa tête scellée.</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>Save the entries that match the filters as a CSV file (Ctrl+E). The export is itself recorded in the audit trail.</source>
        <translation>Enregistrer les entrées correspondant aux filtres dans un fichier CSV (Ctrl+E). L&apos;export est lui-même consigné dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Entity &amp;UID:</source>
        <translation>&amp;UID de la fiche&#xa0;:</translation>
    </message>
    <message>
        <source>Pr&amp;ofile:</source>
        <translation>Pr&amp;ofil&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>Ac&amp;tion&#xa0;:</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtrer</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>The “from” date is after the “to” date; no entry can match.</source>
        <translation>La date de début est postérieure à la date de fin&#xa0;; aucune entrée ne peut correspondre.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln+ entries</source>
        <translation>
            <numerusform>%Ln+ entrée</numerusform>
            <numerusform>%Ln+ entrées</numerusform>
        </translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>1 entrée</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln entrée</numerusform>
            <numerusform>%Ln entrées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is intact: %Ln entries checked, every link matches.</source>
        <translation>
            <numerusform>Le journal d&apos;audit est intact&#xa0;: %Ln entrée vérifiée, chaque maillon concorde.</numerusform>
            <numerusform>Le journal d&apos;audit est intact&#xa0;: %Ln entrées vérifiées, chaque maillon concorde.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail is broken at entry No. %1: %2</source>
        <translation>Le journal d&apos;audit est rompu à l&apos;entrée n°&#xa0;%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>confidant-audit-%1.csv</source>
        <translation>confidant-audit-%1.csv</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Exporter le journal d&apos;audit</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln audit entries to %1.</source>
        <translation>
            <numerusform>%Ln entrée d&apos;audit exportée vers %1.</numerusform>
            <numerusform>%Ln entrées d&apos;audit exportées vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1; choose a folder you may write to.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;; choisissez un dossier dans lequel vous avez le droit d&apos;écrire.</translation>
    </message>
    <message>
        <source>The audit export could not be written; check free space.</source>
        <translation>L&apos;export du journal d&apos;audit n&apos;a pas pu être écrit&#xa0;; vérifiez l&apos;espace disponible.</translation>
    </message>
    <message>
        <source>Cannot save the export as %1; choose another name or folder.</source>
        <translation>Impossible d&apos;enregistrer l&apos;export sous %1&#xa0;; choisissez un autre nom ou un autre dossier.</translation>
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
        <translation>N°</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Entity UID</source>
        <translation>UID de la fiche</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>confidant::ui::BackupDialog</name>
    <message>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Confidant copies the whole vault into one encrypted file, then reads the copy back to check it. You can keep working while it runs.</source>
        <translation>Confidant copie l&apos;ensemble du coffre dans un seul fichier chiffré, puis relit la copie pour la vérifier. Vous pouvez continuer à travailler pendant ce temps.</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Save the backup to another file or folder, e.g. on an external disk</source>
        <translation>Enregistrer la sauvegarde dans un autre fichier ou dossier, par exemple sur un disque externe</translation>
    </message>
    <message>
        <source>Back up &amp;to:</source>
        <translation>Sauvegarder &amp;vers&#xa0;:</translation>
    </message>
    <message>
        <source>The backup is encrypted with this vault&apos;s key: on any computer it opens with the vault&apos;s recovery code. Keep it on another disk.</source>
        <translation>La sauvegarde est chiffrée avec la clé de ce coffre&#xa0;: sur n&apos;importe quel ordinateur, elle s&apos;ouvre avec le code de récupération du coffre. Conservez-la sur un autre disque.</translation>
    </message>
    <message>
        <source>The backup is encrypted with this vault&apos;s key: on any computer it opens with the vault&apos;s passphrase. Keep it on another disk.</source>
        <translation>La sauvegarde est chiffrée avec la clé de ce coffre&#xa0;: sur n&apos;importe quel ordinateur, elle s&apos;ouvre avec la phrase secrète du coffre. Conservez-la sur un autre disque.</translation>
    </message>
    <message>
        <source>&amp;Back up</source>
        <translation>&amp;Sauvegarder</translation>
    </message>
    <message>
        <source>Stop the backup; nothing is left behind</source>
        <translation>Arrêter la sauvegarde&#xa0;; rien n&apos;est laissé derrière</translation>
    </message>
    <message>
        <source>Backup written and verified: %1 (%2). It opens with this vault&apos;s recovery code.</source>
        <translation>Sauvegarde écrite et vérifiée&#xa0;: %1 (%2). Elle s&apos;ouvre avec le code de récupération de ce coffre.</translation>
    </message>
    <message>
        <source>Backup written and verified: %1 (%2). It opens with this vault&apos;s passphrase.</source>
        <translation>Sauvegarde écrite et vérifiée&#xa0;: %1 (%2). Elle s&apos;ouvre avec la phrase secrète de ce coffre.</translation>
    </message>
    <message>
        <source>Back up to</source>
        <translation>Sauvegarder vers</translation>
    </message>
    <message>
        <source>Confidant backups (*.backup)</source>
        <translation>Sauvegardes Confidant (*.backup)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation>Écriture de la sauvegarde…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Copying the vault…</source>
        <translation>Copie du coffre…</translation>
    </message>
    <message>
        <source>Checking that the copy reads back correctly…</source>
        <translation>Vérification de la relecture de la copie…</translation>
    </message>
    <message>
        <source>The backup file is complete, but it could not be recorded in the vault: %1</source>
        <translation>Le fichier de sauvegarde est complet, mais il n&apos;a pas pu être consigné dans le coffre&#xa0;: %1</translation>
    </message>
    <message>
        <source>Backup written: %1 (%2).</source>
        <translation>Sauvegarde écrite&#xa0;: %1 (%2).</translation>
    </message>
</context>
<context>
    <name>confidant::ui::BackupScheduler</name>
    <message>
        <source>Writing a scheduled backup…</source>
        <translation>Écriture d&apos;une sauvegarde planifiée…</translation>
    </message>
    <message>
        <source>The scheduled backup %1 was written, but it could not be recorded in the vault: %2</source>
        <translation>La sauvegarde planifiée %1 a été écrite, mais elle n&apos;a pas pu être consignée dans le coffre&#xa0;: %2</translation>
    </message>
    <message>
        <source>Scheduled backup written: %1 (%2).</source>
        <translation>Sauvegarde planifiée écrite&#xa0;: %1 (%2).</translation>
    </message>
</context>
<context>
    <name>confidant::ui::ChangeKeyDialog</name>
    <message>
        <source>Change the vault key</source>
        <translation>Changer la clé du coffre</translation>
    </message>
    <message>
        <source>A new key for the vault</source>
        <translation>Une nouvelle clé pour le coffre</translation>
    </message>
    <message>
        <source>Confidant makes a new random key, keeps it in this computer&apos;s keychain and re-encrypts the whole vault with it. On a large vault this takes a few seconds.</source>
        <translation>Confidant génère une nouvelle clé aléatoire, la conserve dans le trousseau de clés de cet ordinateur et rechiffre l&apos;ensemble du coffre avec elle. Pour un coffre volumineux, cela prend quelques secondes.</translation>
    </message>
    <message>
        <source>Then you get a new recovery code, shown only once: have paper and a pen ready. The old recovery code no longer opens the vault. Keep it only as long as you keep backups made before now: they still open with it.</source>
        <translation>Vous recevez ensuite un nouveau code de récupération, affiché une seule fois&#xa0;: préparez papier et stylo. L&apos;ancien code de récupération n&apos;ouvre plus le coffre. Ne le conservez qu&apos;aussi longtemps que les sauvegardes faites jusqu&apos;ici&#xa0;: elles s&apos;ouvrent toujours avec lui.</translation>
    </message>
    <message>
        <source>A new passphrase for the vault</source>
        <translation>Une nouvelle phrase secrète pour le coffre</translation>
    </message>
    <message>
        <source>Confidant re-encrypts the whole vault with the new passphrase. On a large vault this takes a few seconds. From then on only the new passphrase opens the vault.</source>
        <translation>Confidant rechiffre l&apos;ensemble du coffre avec la nouvelle phrase secrète. Pour un coffre volumineux, cela prend quelques secondes. Ensuite, seule la nouvelle phrase secrète ouvre le coffre.</translation>
    </message>
    <message>
        <source>Backups made before now still open only with the old passphrase: keep it as long as you keep them.</source>
        <translation>Les sauvegardes faites jusqu&apos;ici ne s&apos;ouvrent toujours qu&apos;avec l&apos;ancienne phrase secrète&#xa0;: conservez-la aussi longtemps que ces sauvegardes.</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nouvelle phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;onfirm new passphrase:</source>
        <translation>C&amp;onfirmer la nouvelle phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>at least %1 characters</source>
        <translation>au moins %1 caractères</translation>
    </message>
    <message>
        <source>Close every other Confidant window and confidant-cli command that uses this vault first.</source>
        <translation>Fermez d&apos;abord toutes les autres fenêtres Confidant et commandes confidant-cli qui utilisent ce coffre.</translation>
    </message>
    <message>
        <source>Changing the key…</source>
        <translation>Changement de la clé…</translation>
    </message>
    <message>
        <source>Re-encrypting the vault and checking the copy. Please wait; this can take a few seconds on a large vault.</source>
        <translation>Rechiffrement du coffre et vérification de la copie. Veuillez patienter&#xa0;; cela peut prendre quelques secondes pour un coffre volumineux.</translation>
    </message>
    <message>
        <source>Write down your new recovery code</source>
        <translation>Notez votre nouveau code de récupération</translation>
    </message>
    <message>
        <source>The key was changed. If this computer&apos;s keychain is ever lost, this code is the only way to open the vault. It is shown only now. The old code opens only backups made before now.</source>
        <translation>La clé a été changée. Si le trousseau de clés de cet ordinateur est un jour perdu, ce code sera le seul moyen d&apos;ouvrir le coffre. Il n&apos;est affiché que maintenant. L&apos;ancien code n&apos;ouvre plus que les sauvegardes faites jusqu&apos;ici.</translation>
    </message>
    <message>
        <source>The key was changed</source>
        <translation>La clé a été changée</translation>
    </message>
    <message>
        <source>From now on, unlock the vault with the new passphrase. Backups made before now still open only with the old one.</source>
        <translation>Désormais, déverrouillez le coffre avec la nouvelle phrase secrète. Les sauvegardes faites jusqu&apos;ici ne s&apos;ouvrent toujours qu&apos;avec l&apos;ancienne.</translation>
    </message>
    <message>
        <source>&amp;Change key</source>
        <translation>&amp;Changer la clé</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Terminé</translation>
    </message>
    <message>
        <source>The key was changed, but the vault could not be reopened.</source>
        <translation>La clé a été changée, mais le coffre n&apos;a pas pu être rouvert.</translation>
    </message>
    <message>
        <source>The key was not changed. %1</source>
        <translation>La clé n&apos;a pas été changée. %1</translation>
    </message>
    <message>
        <source>The key was changed, but it could not be recorded in the audit trail: %1</source>
        <translation>La clé a été changée, mais ce changement n&apos;a pas pu être consigné dans le journal d&apos;audit&#xa0;: %1</translation>
    </message>
    <message>
        <source>Recovery code not confirmed</source>
        <translation>Code de récupération non confirmé</translation>
    </message>
    <message>
        <source>The key was changed, but you have not confirmed that you wrote down the new recovery code. It is shown only now; without it you cannot get back in if this computer&apos;s keychain is lost.

Close anyway?</source>
        <translation>La clé a été changée, mais vous n&apos;avez pas confirmé avoir noté le nouveau code de récupération. Il n&apos;est affiché que maintenant&#xa0;; sans lui, vous ne pourrez plus accéder au coffre si le trousseau de clés de cet ordinateur est perdu.

Fermer quand même&#xa0;?</translation>
    </message>
    <message>
        <source>The system keychain did not store the new key (%1). Confidant tries again at the next unlock; should that fail too, only the new recovery code opens the vault.</source>
        <translation>Le trousseau de clés du système n&apos;a pas enregistré la nouvelle clé (%1). Confidant réessaiera au prochain déverrouillage&#xa0;; si cela échoue aussi, seul le nouveau code de récupération ouvrira le coffre.</translation>
    </message>
</context>
<context>
    <name>confidant::ui::CompaniesPage</name>
    <message>
        <source>Search companies by name, domain or city (Ctrl+F)</source>
        <translation>Rechercher des entreprises par nom, domaine ou ville (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;New company…</source>
        <translation>&amp;Nouvelle entreprise…</translation>
    </message>
    <message>
        <source>Add a company (Ctrl+N)</source>
        <translation>Ajouter une entreprise (Ctrl+N)</translation>
    </message>
    <message>
        <source>No companies yet. Press Ctrl+N to add one, or type a company name on a contact.</source>
        <translation>Aucune entreprise pour l&apos;instant. Appuyez sur Ctrl+N pour en ajouter une, ou saisissez un nom d&apos;entreprise dans un contact.</translation>
    </message>
    <message>
        <source>No company matches “%1”.</source>
        <translation>Aucune entreprise ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Company added.</source>
        <translation>Entreprise ajoutée.</translation>
    </message>
    <message>
        <source>Company saved.</source>
        <translation>Entreprise enregistrée.</translation>
    </message>
    <message>
        <source>Delete the company “%1”? Its contacts are kept, without a company. This cannot be undone.</source>
        <translation>Supprimer l&apos;entreprise «&#xa0;%1&#xa0;»&#xa0;? Ses contacts sont conservés, sans entreprise. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Company deleted.</source>
        <translation>Entreprise supprimée.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln+ matching companies</source>
        <translation>
            <numerusform>%Ln+ entreprise correspondante</numerusform>
            <numerusform>%Ln+ entreprises correspondantes</numerusform>
        </translation>
    </message>
    <message>
        <source>1 matching company</source>
        <translation>1 entreprise correspondante</translation>
    </message>
    <message numerus="yes">
        <source>%Ln matching companies</source>
        <translation>
            <numerusform>%Ln entreprise correspondante</numerusform>
            <numerusform>%Ln entreprises correspondantes</numerusform>
        </translation>
    </message>
    <message>
        <source>1 company</source>
        <translation>1 entreprise</translation>
    </message>
    <message numerus="yes">
        <source>%Ln companies</source>
        <translation>
            <numerusform>%Ln entreprise</numerusform>
            <numerusform>%Ln entreprises</numerusform>
        </translation>
    </message>
    <message>
        <source>No companies yet.</source>
        <translation>Aucune entreprise pour l&apos;instant.</translation>
    </message>
</context>
<context>
    <name>confidant::ui::CompanyEditorDialog</name>
    <message>
        <source>New company</source>
        <translation>Nouvelle entreprise</translation>
    </message>
    <message>
        <source>Edit company — %1</source>
        <translation>Modifier l&apos;entreprise — %1</translation>
    </message>
    <message>
        <source>example.com</source>
        <translation>example.com</translation>
    </message>
    <message>
        <source>+44 20 7946 0958</source>
        <translation>+33 1 99 00 12 34</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Web domain:</source>
        <translation>&amp;Domaine web&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Téléph&amp;one&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation>&amp;Rue&#xa0;:</translation>
    </message>
    <message>
        <source>Post&amp;code:</source>
        <translation>&amp;Code postal&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;Ville&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>Ré&amp;gion&#xa0;:</translation>
    </message>
    <message>
        <source>Cou&amp;ntry:</source>
        <translation>P&amp;ays&#xa0;:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>Note&amp;s&#xa0;:</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source&#xa0;:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Création&#xa0;:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Mise à jour&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Company — %1</source>
        <translation>Entreprise — %1</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>Dé&amp;tails</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>C&amp;hronologie</translation>
    </message>
    <message>
        <source>e.g. supplier, key account</source>
        <translation>p. ex. fournisseur, grand compte</translation>
    </message>
    <message>
        <source>Separate tags with commas.</source>
        <translation>Séparez les étiquettes par des virgules.</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>É&amp;tiquettes&#xa0;:</translation>
    </message>
</context>
<context>
    <name>confidant::ui::CompanyTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
</context>
<context>
    <name>confidant::ui::ConsentCaptureWidget</name>
    <message>
        <source>Tick what the person agreed to now. Each purpose is recorded as a separate consent they can withdraw on its own.</source>
        <translation>Cochez ce que la personne vient d&apos;accepter. Chaque finalité est enregistrée comme un consentement distinct qu&apos;elle peut retirer séparément.</translation>
    </message>
    <message>
        <source>No purpose needs consent: nothing to record here.</source>
        <translation>Aucune finalité ne requiert de consentement&#xa0;: rien à enregistrer ici.</translation>
    </message>
</context>
<context>
    <name>confidant::ui::ConsentPanel</name>
    <message>
        <source>&lt;b&gt;Consent per purpose&lt;/b&gt;</source>
        <translation>&lt;b&gt;Consentement par finalité&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation>Base légale</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Mode de recueil</translation>
    </message>
    <message>
        <source>Ask again</source>
        <translation>À redemander</translation>
    </message>
    <message>
        <source>&lt;b&gt;History&lt;/b&gt;</source>
        <translation>&lt;b&gt;Historique&lt;/b&gt;</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Enregistré par</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuve</translation>
    </message>
    <message>
        <source>Show privacy &amp;notice…</source>
        <translation>Afficher l&apos;avis de &amp;confidentialité…</translation>
    </message>
    <message>
        <source>Show the current privacy notice to read out or show, and record that the person has seen it</source>
        <translation>Afficher l&apos;avis de confidentialité actuel pour le lire à voix haute ou le montrer, et enregistrer que la personne en a pris connaissance</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Non requis</translation>
    </message>
    <message>
        <source>Grant…</source>
        <translation>Accorder…</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <source>Renew…</source>
        <translation>Renouveler…</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 version %2</source>
        <translation>%1 version %2</translation>
    </message>
    <message>
        <source>a removed profile</source>
        <translation>un profil supprimé</translation>
    </message>
    <message>
        <source>Privacy notice: not recorded as shown to this person.</source>
        <translation>Avis de confidentialité&#xa0;: non enregistré comme présenté à cette personne.</translation>
    </message>
    <message>
        <source>Privacy notice: %1 version %2 shown on %3 (%4).</source>
        <translation>Avis de confidentialité&#xa0;: %1 version %2 présenté le %3 (%4).</translation>
    </message>
    <message>
        <source>Out of date: version %1 changed it materially; show them the current notice.</source>
        <translation>Obsolète&#xa0;: la version %1 l&apos;a modifié de manière substantielle&#xa0;; présentez-lui l&apos;avis actuel.</translation>
    </message>
    <message>
        <source>Processing is restricted: nothing new can be recorded for this person.</source>
        <translation>Le traitement est limité : rien de nouveau ne peut être enregistré pour cette personne.</translation>
    </message>
</context>
<context>
    <name>confidant::ui::ConsentRecordDialog</name>
    <message>
        <source>Record consent — %1</source>
        <translation>Enregistrer le consentement — %1</translation>
    </message>
    <message>
        <source>Record that the person agreed to “%1”: how they said so and where the proof is.</source>
        <translation>Enregistrer que la personne a consenti à «&#xa0;%1&#xa0;»&#xa0;: comment elle l&apos;a exprimé et où se trouve la preuve.</translation>
    </message>
    <message>
        <source>Record &amp;consent</source>
        <translation>Enregistrer le &amp;consentement</translation>
    </message>
    <message>
        <source>Withdraw consent — %1</source>
        <translation>Retirer le consentement — %1</translation>
    </message>
    <message>
        <source>Record that the person withdrew their consent to “%1”. From now on they are left out of everything done for this purpose.</source>
        <translation>Enregistrer que la personne a retiré son consentement à «&#xa0;%1&#xa0;». Désormais, elle est exclue de tout ce qui est fait pour cette finalité.</translation>
    </message>
    <message>
        <source>Record &amp;withdrawal</source>
        <translation>Enregistrer le &amp;retrait</translation>
    </message>
    <message>
        <source>Renew consent — %1</source>
        <translation>Renouveler le consentement — %1</translation>
    </message>
    <message>
        <source>Record that the person confirmed their consent to “%1” again.</source>
        <translation>Enregistrer que la personne a de nouveau confirmé son consentement à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Record &amp;renewal</source>
        <translation>Enregistrer le re&amp;nouvellement</translation>
    </message>
</context>
<context>
    <name>confidant::ui::ConsentRecordForm</name>
    <message>
        <source>e.g. signed form filed under 2026/14, web form submission 5521</source>
        <translation>p. ex. formulaire signé classé sous 2026/14, envoi du formulaire web 5521</translation>
    </message>
    <message>
        <source>Where the proof is: it is shown with the consent, never written to the audit trail.</source>
        <translation>Où se trouve la preuve&#xa0;: elle est affichée avec le consentement, jamais écrite dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>&amp;Mode de recueil&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>&amp;Preuve&#xa0;:</translation>
    </message>
    <message>
        <source>Privacy &amp;notice shown:</source>
        <translation>&amp;Avis de confidentialité présenté&#xa0;:</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>After 6 months</source>
        <translation>Après 6 mois</translation>
    </message>
    <message>
        <source>After a year</source>
        <translation>Après un an</translation>
    </message>
    <message>
        <source>After 2 years</source>
        <translation>Après 2 ans</translation>
    </message>
    <message>
        <source>After 3 years</source>
        <translation>Après 3 ans</translation>
    </message>
    <message>
        <source>When the consent should be asked for again; the dashboard lists it when due.</source>
        <translation>Quand le consentement doit être redemandé&#xa0;; le tableau de bord l&apos;affiche à l&apos;échéance.</translation>
    </message>
    <message>
        <source>&amp;Ask again:</source>
        <translation>&amp;Redemander&#xa0;:</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>Aucun enregistré</translation>
    </message>
    <message>
        <source>%1 version %2 — %3</source>
        <translation>%1 version %2 — %3</translation>
    </message>
</context>
<context>
    <name>confidant::ui::ContactChangesPanel</name>
    <message>
        <source>&lt;b&gt;Changes to the contact&apos;s data (Art. 16)&lt;/b&gt;</source>
        <translation>&lt;b&gt;Modifications des données du contact (Art. 16)&lt;/b&gt;</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value before the change</source>
        <translation>Valeur avant la modification</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Modifié par</translation>
    </message>
    <message>
        <source>No field of this contact has been changed since it was entered.</source>
        <translation>Aucun champ de ce contact n&apos;a été modifié depuis sa saisie.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recipients to tell (Art. 19)&lt;/b&gt;</source>
        <translation>&lt;b&gt;Destinataires à informer (Art. 19)&lt;/b&gt;</translation>
    </message>
    <message>
        <source>After a correction, an erasure or a restriction, tell each of these, unless that is impossible or takes a disproportionate effort. They serve a purpose this contact&apos;s data is used for.</source>
        <translation>Après une rectification, un effacement ou une limitation, informez chacun d&apos;eux, sauf si cela se révèle impossible ou exige des efforts disproportionnés. Ils servent une finalité pour laquelle les données de ce contact sont utilisées.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Through purposes</source>
        <translation>Via les finalités</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>No processor or recipient receives this contact&apos;s data.</source>
        <translation>Aucun sous-traitant ni destinataire ne reçoit les données de ce contact.</translation>
    </message>
    <message>
        <source>a removed profile</source>
        <translation>un profil supprimé</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>The field was empty before.</source>
        <translation>Le champ était vide auparavant.</translation>
    </message>
    <message>
        <source>%1 (no longer used)</source>
        <translation>%1 (plus utilisé)</translation>
    </message>
</context>
<context>
    <name>confidant::ui::ContactEditorDialog</name>
    <message>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <source>Edit contact — %1</source>
        <translation>Modifier le contact — %1</translation>
    </message>
    <message>
        <source>Pick one or type a new name</source>
        <translation>Choisissez-en une ou saisissez un nouveau nom</translation>
    </message>
    <message>
        <source>e.g. customer, newsletter</source>
        <translation>par ex. client, newsletter</translation>
    </message>
    <message>
        <source>Separate tags with commas.</source>
        <translation>Séparez les étiquettes par des virgules.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Prénom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;ompany:</source>
        <translation>&amp;Entreprise&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation>&amp;Fonction&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>É&amp;tiquettes&#xa0;:</translation>
    </message>
    <message>
        <source>Email and phone</source>
        <translation>E-mail et téléphone</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>E-&amp;mail&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Téléph&amp;one&#xa0;:</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation>&amp;Rue&#xa0;:</translation>
    </message>
    <message>
        <source>Post&amp;code:</source>
        <translation>&amp;Code postal&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;Ville&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>Ré&amp;gion&#xa0;:</translation>
    </message>
    <message>
        <source>Cou&amp;ntry:</source>
        <translation>P&amp;ays&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>Note&amp;s</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source&#xa0;:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Création&#xa0;:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Mise à jour&#xa0;:</translation>
    </message>
    <message>
        <source>A new company “%1” will be created.</source>
        <translation>Une nouvelle entreprise «&#xa0;%1&#xa0;» sera créée.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Contact — %1</source>
        <translation>Contact — %1</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>e.g. https://example.com</source>
        <translation>p. ex. https://example.com</translation>
    </message>
    <message>
        <source>&amp;Birthday:</source>
        <translation>Date de na&amp;issance&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>Site &amp;web&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>C&amp;hronologie</translation>
    </message>
    <message>
        <source>Consent &amp;&amp; &amp;privacy</source>
        <translation>Consentement &amp;&amp; &amp;confidentialité</translation>
    </message>
    <message>
        <source>&amp;Consent</source>
        <translation>&amp;Consentement</translation>
    </message>
    <message>
        <source>Processing restricted since %1 (Art. 18): this contact is read-only. Only lifting the restriction or erasure is possible.</source>
        <translation>Traitement limité depuis le %1 (Art. 18) : ce contact est en lecture seule. Seuls la levée de la limitation ou l&apos;effacement sont possibles.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motif : %1</translation>
    </message>
    <message>
        <source>C&amp;hanges</source>
        <translation>&amp;Modifications</translation>
    </message>
    <message>
        <source>Not shown: viewing this field needs the permission &quot;%1&quot;.</source>
        <translation>Non affiché&#xa0;: afficher ce champ nécessite l&apos;autorisation «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>(withheld)</source>
        <translation>(masqué)</translation>
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
        <translation>Nom (prénom, nom)</translation>
    </message>
    <message>
        <source>Name (family, given)</source>
        <translation>Nom (nom, prénom)</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mise à jour</translation>
    </message>
</context>
<context>
    <name>confidant::ui::ContactsPage</name>
    <message>
        <source>Search contacts by name, email, phone, company or notes (Ctrl+F)</source>
        <translation>Rechercher des contacts par nom, e-mail, téléphone, entreprise ou notes (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;New contact…</source>
        <translation>&amp;Nouveau contact…</translation>
    </message>
    <message>
        <source>Add a contact (Ctrl+N)</source>
        <translation>Ajouter un contact (Ctrl+N)</translation>
    </message>
    <message>
        <source>No contacts yet. Press Ctrl+N to add the first one.</source>
        <translation>Aucun contact pour l&apos;instant. Appuyez sur Ctrl+N pour ajouter le premier.</translation>
    </message>
    <message>
        <source>No contact matches “%1”.</source>
        <translation>Aucun contact ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Contact added.</source>
        <translation>Contact ajouté.</translation>
    </message>
    <message>
        <source>Contact saved.</source>
        <translation>Contact enregistré.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln+ matching contacts</source>
        <translation>
            <numerusform>%Ln+ contact correspondant</numerusform>
            <numerusform>%Ln+ contacts correspondants</numerusform>
        </translation>
    </message>
    <message>
        <source>1 matching contact</source>
        <translation>1 contact correspondant</translation>
    </message>
    <message numerus="yes">
        <source>%Ln matching contacts</source>
        <translation>
            <numerusform>%Ln contact correspondant</numerusform>
            <numerusform>%Ln contacts correspondants</numerusform>
        </translation>
    </message>
    <message>
        <source>1 contact</source>
        <translation>1 contact</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
    <message>
        <source>No contacts yet.</source>
        <translation>Aucun contact pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Show the contacts of a saved filter</source>
        <translation>Afficher les contacts d&apos;un filtre enregistré</translation>
    </message>
    <message>
        <source>&amp;New filter…</source>
        <translation>&amp;Nouveau filtre…</translation>
    </message>
    <message>
        <source>&amp;Edit this filter…</source>
        <translation>&amp;Modifier ce filtre…</translation>
    </message>
    <message>
        <source>&amp;Delete this filter…</source>
        <translation>&amp;Supprimer ce filtre…</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <source>Save, change or delete filters</source>
        <translation>Enregistrer, modifier ou supprimer des filtres</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Export the selected contacts, a filter, a tag or all as CSV or vCard</source>
        <translation>Exporter les contacts sélectionnés, un filtre, une étiquette ou tous les contacts au format CSV ou vCard</translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation>Tous les contacts</translation>
    </message>
    <message>
        <source>Filter saved.</source>
        <translation>Filtre enregistré.</translation>
    </message>
    <message>
        <source>Delete filter</source>
        <translation>Supprimer le filtre</translation>
    </message>
    <message>
        <source>Delete the filter “%1”? The contacts stay as they are.</source>
        <translation>Supprimer le filtre «&#xa0;%1&#xa0;»&#xa0;? Les contacts restent inchangés.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Filter deleted.</source>
        <translation>Filtre supprimé.</translation>
    </message>
    <message>
        <source>Contacts exported.</source>
        <translation>Contacts exportés.</translation>
    </message>
    <message>
        <source>No contact matches the filter “%1”.</source>
        <translation>Aucun contact ne correspond au filtre «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Consent withdrawn.</source>
        <translation>Consentement retiré.</translation>
    </message>
    <message>
        <source>Consent recorded.</source>
        <translation>Consentement enregistré.</translation>
    </message>
    <message>
        <source>Processing restricted.</source>
        <translation>Traitement limité.</translation>
    </message>
    <message>
        <source>Restriction lifted.</source>
        <translation>Limitation levée.</translation>
    </message>
    <message>
        <source>Objection to direct marketing recorded.</source>
        <translation>Opposition à la prospection commerciale enregistrée.</translation>
    </message>
    <message>
        <source>Delete “%1”? This erases the person and what only they are linked to. Their emails and phones stay on the suppression list (as hashes), so that they are not added again by mistake. What a legal hold keeps stays until the hold ends. This cannot be undone.</source>
        <translation>Supprimer «&#xa0;%1&#xa0;»&#xa0;? Cela efface la personne et ce qui n&apos;est lié qu&apos;à elle. Ses e-mails et téléphones restent sur la liste d&apos;exclusion (sous forme d&apos;empreintes), afin qu&apos;ils ne soient pas ajoutés de nouveau par erreur. Ce qu&apos;une conservation légale garde reste jusqu&apos;à la fin de celle-ci. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>A legal hold keeps this contact: it stays unchanged and restricted until the hold ends, then it is erased.</source>
        <translation>Une conservation légale garde ce contact&#xa0;: il reste inchangé et fait l&apos;objet d&apos;une limitation jusqu&apos;à la fin de la conservation, puis il est effacé.</translation>
    </message>
    <message>
        <source>Contact deleted and erased; their emails and phones are on the suppression list.</source>
        <translation>Contact supprimé et effacé&#xa0;; ses e-mails et téléphones figurent sur la liste d&apos;exclusion.</translation>
    </message>
</context>
<context>
    <name>confidant::ui::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>&amp;Pipeline:</source>
        <translation>&amp;Pipeline&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Devise&#xa0;:</translation>
    </message>
    <message>
        <source>The dashboard shows one currency at a time; amounts are not converted</source>
        <translation>Le tableau de bord affiche une seule devise à la fois&#xa0;; les montants ne sont pas convertis</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No deals yet — add one on the Deals page&lt;/h3&gt;&lt;p&gt;Once there are deals, this page shows the open value of each pipeline stage and the deals won and lost this quarter.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Aucune affaire pour l&apos;instant — ajoutez-en une dans la page Affaires&lt;/h3&gt;&lt;p&gt;Dès qu&apos;il y aura des affaires, cette page affichera le montant en cours de chaque étape du pipeline ainsi que les affaires gagnées et perdues ce trimestre.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open pipeline value by stage</source>
        <translation>Montant en cours du pipeline par étape</translation>
    </message>
    <message>
        <source>Won and lost, this quarter and the last</source>
        <translation>Gagnées et perdues, ce trimestre et le précédent</translation>
    </message>
    <message>
        <source>Tasks due</source>
        <translation>Tâches à échéance</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>échéance aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Recently touched contacts</source>
        <translation>Contacts consultés récemment</translation>
    </message>
    <message>
        <source>Double-click a contact to open it</source>
        <translation>Double-cliquez sur un contact pour l&apos;ouvrir</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>This pipeline has no stages.</source>
        <translation>Ce pipeline n&apos;a aucune étape.</translation>
    </message>
    <message>
        <source>Open value</source>
        <translation>Montant en cours</translation>
    </message>
    <message>
        <source>Weighted by stage probability</source>
        <translation>Pondéré par la probabilité de l&apos;étape</translation>
    </message>
    <message>
        <source>%1: %2 open (%3 weighted at %4 %), 1 deal</source>
        <translation>%1&#xa0;: %2 en cours (%3 après pondération à %4&#xa0;%), 1 affaire</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 open (%3 weighted at %4 %), %Ln deals</source>
        <translation>
            <numerusform>%1&#xa0;: %2 en cours (%3 après pondération à %4&#xa0;%), %Ln affaire</numerusform>
            <numerusform>%1&#xa0;: %2 en cours (%3 après pondération à %4&#xa0;%), %Ln affaires</numerusform>
        </translation>
    </message>
    <message>
        <source>No open deals in %1 in this pipeline.</source>
        <translation>Aucune affaire ouverte à l&apos;étape %1 dans ce pipeline.</translation>
    </message>
    <message>
        <source>%1 open in 1 deal; %2 weighted by stage probability.</source>
        <translation>%1 en cours dans 1 affaire&#xa0;; %2 après pondération par la probabilité des étapes.</translation>
    </message>
    <message numerus="yes">
        <source>%1 open in %Ln deals; %2 weighted by stage probability.</source>
        <translation>
            <numerusform>%1 en cours dans %Ln affaire&#xa0;; %2 après pondération par la probabilité des étapes.</numerusform>
            <numerusform>%1 en cours dans %Ln affaires&#xa0;; %2 après pondération par la probabilité des étapes.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 more open deal in other currencies.</source>
        <translation>1 autre affaire ouverte dans d&apos;autres devises.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more open deals in other currencies.</source>
        <translation>
            <numerusform>%Ln autre affaire ouverte dans d&apos;autres devises.</numerusform>
            <numerusform>%Ln autres affaires ouvertes dans d&apos;autres devises.</numerusform>
        </translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gagnées</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdues</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>T%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln won (%1)</source>
        <translation>
            <numerusform>%Ln gagnée (%1)</numerusform>
            <numerusform>%Ln gagnées (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lost (%1)</source>
        <translation>
            <numerusform>%Ln perdue (%1)</numerusform>
            <numerusform>%Ln perdues (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>last quarter %1 won, %2 lost</source>
        <translation>trimestre précédent&#xa0;: gagnées %1, perdues %2</translation>
    </message>
    <message>
        <source>This quarter so far: %1, %2; %3.</source>
        <translation>Ce trimestre jusqu&apos;ici&#xa0;: %1, %2&#xa0;; %3.</translation>
    </message>
    <message>
        <source>Click a number to open My day</source>
        <translation>Cliquez sur un nombre pour ouvrir Ma journée</translation>
    </message>
    <message>
        <source>Your open tasks. Everyone&apos;s: %1 overdue, %2 due today.</source>
        <translation>Vos tâches ouvertes. Pour tout le monde&#xa0;: %1 en retard, %2 à échéance aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>No contacts yet.</source>
        <translation>Aucun contact pour l&apos;instant.</translation>
    </message>
    <message>
        <source>activity %1</source>
        <translation>activité le %1</translation>
    </message>
    <message>
        <source>edited %1</source>
        <translation>modifié le %1</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Consents to renew</source>
        <translation>Consentements à renouveler</translation>
    </message>
    <message>
        <source>Consents that expire within %1 days or have expired. Double-click to open the contact and renew or withdraw it.</source>
        <translation>Consentements qui expirent dans les %1 jours ou ont expiré. Double-cliquez pour ouvrir le contact et renouveler ou retirer le consentement.</translation>
    </message>
    <message>
        <source>No consent needs renewing in the next %1 days.</source>
        <translation>Aucun consentement à renouveler dans les %1 prochains jours.</translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>expiré %1</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>expire %1</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>Requests due</source>
        <translation>Demandes à échéance</translation>
    </message>
    <message>
        <source>Data-subject requests that are overdue or due within %1 days; overdue ones in bold. See them with: confidant-cli request show REFERENCE.</source>
        <translation>Demandes de personnes concernées en retard ou arrivant à échéance dans les %1 jours ; celles en retard sont en gras. Consultez-les avec : confidant-cli request show REFERENCE.</translation>
    </message>
    <message>
        <source>No request is due in the next %1 days.</source>
        <translation>Aucune demande n&apos;arrive à échéance dans les %1 prochains jours.</translation>
    </message>
    <message>
        <source>%1 — %2, due %3 (%4)</source>
        <translation>%1 — %2, échéance %3 (%4)</translation>
    </message>
</context>
<context>
    <name>confidant::ui::DealBoardView</name>
    <message>
        <source>Show more</source>
        <translation>Afficher plus</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No deals</source>
        <translation>Aucune affaire</translation>
    </message>
    <message>
        <source>%1% probability</source>
        <translation>Probabilité&#xa0;: %1&#xa0;%</translation>
    </message>
    <message>
        <source>Deal lost</source>
        <translation>Affaire perdue</translation>
    </message>
    <message>
        <source>Why was the deal lost?</source>
        <translation>Pourquoi l&apos;affaire a-t-elle été perdue&#xa0;?</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Déplacer vers</translation>
    </message>
</context>
<context>
    <name>confidant::ui::DealEditorDialog</name>
    <message>
        <source>Deal (read only)</source>
        <translation>Affaire (lecture seule)</translation>
    </message>
    <message>
        <source>Edit deal</source>
        <translation>Modifier l&apos;affaire</translation>
    </message>
    <message>
        <source>New deal</source>
        <translation>Nouvelle affaire</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Montant&#xa0;:</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <source>Close date:</source>
        <translation>Date de clôture&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1 (%2&#xa0;%)</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>Éta&amp;pe&#xa0;:</translation>
    </message>
    <message>
        <source>Why it was won or lost</source>
        <translation>Pourquoi elle a été gagnée ou perdue</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>Respo&amp;nsable&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;ompany:</source>
        <translation>&amp;Entreprise&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Lier</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Délier</translation>
    </message>
    <message>
        <source>Contacts:</source>
        <translation>Contacts&#xa0;:</translation>
    </message>
    <message>
        <source>Comma-separated</source>
        <translation>Séparées par des virgules</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Éti&amp;quettes&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>%1: %2 → %3 (%4)</source>
        <translation>%1&#xa0;: %2 → %3 (%4)</translation>
    </message>
    <message>
        <source>%1: created in %2 (%3)</source>
        <translation>%1&#xa0;: créée à l&apos;étape %2 (%3)</translation>
    </message>
    <message>
        <source>Stage history:</source>
        <translation>Historique des étapes&#xa0;:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>The value is not an amount in %1; write it like %2.</source>
        <translation>Le montant n&apos;est pas un montant en %1&#xa0;; écrivez-le comme %2.</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>Dé&amp;tails</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>C&amp;hronologie</translation>
    </message>
</context>
<context>
    <name>confidant::ui::DealTableModel</name>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gagnée</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdue</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Clôture prévue</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
</context>
<context>
    <name>confidant::ui::DealsPage</name>
    <message>
        <source>&amp;Board</source>
        <translation>&amp;Kanban</translation>
    </message>
    <message>
        <source>T&amp;able</source>
        <translation>&amp;Liste</translation>
    </message>
    <message>
        <source>&amp;New deal</source>
        <translation>&amp;Nouvelle affaire</translation>
    </message>
    <message>
        <source>Add a deal (Ctrl+Shift+N)</source>
        <translation>Ajouter une affaire (Ctrl+Maj+N)</translation>
    </message>
    <message>
        <source>&amp;Stages…</source>
        <translation>Éta&amp;pes…</translation>
    </message>
    <message>
        <source>Pipeline:</source>
        <translation>Pipeline&#xa0;:</translation>
    </message>
    <message>
        <source>Filter by title</source>
        <translation>Filtrer par titre</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvertes</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gagnées</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdues</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>Tous les responsables</translation>
    </message>
    <message>
        <source>Any stage</source>
        <translation>Toutes les étapes</translation>
    </message>
</context>
<context>
    <name>confidant::ui::EraseDialog</name>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Affaire</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Erase contact</source>
        <translation>Effacer le contact</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>How many / where</source>
        <translation>Combien / où</translation>
    </message>
    <message>
        <source>Also compact the vault file now (VACUUM: slower on a large vault; the freed space is overwritten either way)</source>
        <translation>Compacter aussi le fichier du coffre maintenant (VACUUM : plus lent sur un gros coffre ; l&apos;espace libéré est écrasé dans tous les cas)</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Effacer définitivement</translation>
    </message>
    <message>
        <source>Everything Confidant holds about %1 will be removed in one step, including the search index. This cannot be undone, and restoring an older backup erases them again.</source>
        <translation>Tout ce que Confidant détient sur %1 sera supprimé en une seule étape, y compris l&apos;index de recherche. Cette opération est irréversible, et la restauration d&apos;une sauvegarde plus ancienne efface de nouveau ces données.</translation>
    </message>
    <message>
        <source>The receipt is recorded with request %1.</source>
        <translation>Le reçu est enregistré avec la demande %1.</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Activities shared with other records: only the link goes</source>
        <translation>Activités partagées avec d&apos;autres fiches : seul le lien est supprimé</translation>
    </message>
    <message>
        <source>Deals shared with other contacts: only the link goes</source>
        <translation>Affaires partagées avec d&apos;autres contacts : seul le lien est supprimé</translation>
    </message>
    <message>
        <source>Emails and phones kept only as hashes on the suppression list</source>
        <translation>E-mails et téléphones conservés uniquement sous forme d&apos;empreintes sur la liste d&apos;exclusion</translation>
    </message>
    <message>
        <source> (until %1)</source>
        <translation> (jusqu&apos;au %1)</translation>
    </message>
    <message>
        <source>Hold: %1</source>
        <translation>Conservation légale : %1</translation>
    </message>
    <message>
        <source>No mentions found</source>
        <translation>Aucune mention trouvée</translation>
    </message>
    <message>
        <source>%1 “%2”, %3</source>
        <translation>%1 « %2 », %3</translation>
    </message>
    <message>
        <source>To confirm, type the name &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>Pour confirmer, saisissez le nom &lt;b&gt;%1&lt;/b&gt; :</translation>
    </message>
    <message>
        <source>Erased. Receipt %1: %2 rows removed, at %3.</source>
        <translation>Effacé. Reçu %1 : %2 lignes supprimées, le %3.</translation>
    </message>
    <message>
        <source>Receipt SHA-256: %1</source>
        <translation>SHA-256 du reçu : %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>A legal hold keeps part of it: that stays unchanged and restricted, and its erasure is queued until the hold is released or lapses.</source>
        <translation>Une conservation légale en garde une partie&#xa0;: celle-ci reste inchangée et fait l&apos;objet d&apos;une limitation, et son effacement est différé jusqu&apos;à ce que la conservation soit levée ou expire.</translation>
    </message>
    <message>
        <source>Kept with their personal texts blanked</source>
        <translation>Conservés avec leurs textes personnels vidés</translation>
    </message>
    <message>
        <source>Kept unchanged and restricted under a legal hold, erased when it ends</source>
        <translation>Gardés inchangés et limités sous conservation légale, effacés à la fin de celle-ci</translation>
    </message>
    <message>
        <source>Kept under a legal hold and queued for erasure until it ends: %1.</source>
        <translation>Gardés sous conservation légale, effacement différé jusqu&apos;à la fin de celle-ci&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Saved filter</source>
        <translation>Filtre enregistré</translation>
    </message>
    <message>
        <source>Mentioned in other records (redact them here)</source>
        <translation>Mentionné dans d&apos;autres fiches (caviardez-les ici)</translation>
    </message>
    <message>
        <source>Redact</source>
        <translation>Caviarder</translation>
    </message>
    <message>
        <source>Replace the person&apos;s name, emails and phones here with “%1”, keeping no copy in the change history</source>
        <translation>Remplacer ici le nom, les e-mails et les téléphones de la personne par «&#xa0;%1&#xa0;», sans en garder de copie dans l&apos;historique des modifications</translation>
    </message>
</context>
<context>
    <name>confidant::ui::ExportDialog</name>
    <message>
        <source>Export contacts</source>
        <translation>Exporter des contacts</translation>
    </message>
    <message>
        <source>CSV (spreadsheets)</source>
        <translation>CSV (tableurs)</translation>
    </message>
    <message>
        <source>vCard 4.0 (address books)</source>
        <translation>vCard 4.0 (carnets d&apos;adresses)</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected contact(s)</source>
        <translation>
            <numerusform>Le contact sélectionné (%n)</numerusform>
            <numerusform>Les %n contacts sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <source>The current filter (none applied)</source>
        <translation>Le filtre actuel (aucun appliqué)</translation>
    </message>
    <message>
        <source>The contacts of the filter “%1”</source>
        <translation>Les contacts du filtre «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Contacts with the tag</source>
        <translation>Les contacts portant l&apos;étiquette</translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation>Tous les contacts</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format&#xa0;:</translation>
    </message>
    <message>
        <source>Contacts:</source>
        <translation>Contacts&#xa0;:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Type or pick a tag.</source>
        <translation>Saisissez ou choisissez une étiquette.</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) will be exported.</source>
        <translation>
            <numerusform>%n contact sera exporté.</numerusform>
            <numerusform>%n contacts seront exportés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation>Fichiers vCard (*.vcf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write that file; check the folder and its permissions.</source>
        <translation>Impossible d&apos;écrire ce fichier&#xa0;; vérifiez le dossier et ses permissions.</translation>
    </message>
    <message>
        <source>The export could not be written; check free space.</source>
        <translation>L&apos;export n&apos;a pas pu être écrit&#xa0;; vérifiez l&apos;espace disponible.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n contact(s). The file is not encrypted; keep it safe and delete it when done.</source>
        <translation>
            <numerusform>%n contact exporté. Le fichier n&apos;est pas chiffré&#xa0;; conservez-le en lieu sûr et supprimez-le lorsque vous n&apos;en avez plus besoin.</numerusform>
            <numerusform>%n contacts exportés. Le fichier n&apos;est pas chiffré&#xa0;; conservez-le en lieu sûr et supprimez-le lorsque vous n&apos;en avez plus besoin.</numerusform>
        </translation>
    </message>
    <message>
        <source>None (plain export)</source>
        <translation>Aucune (export simple)</translation>
    </message>
    <message>
        <source>Exporting for a purpose (a newsletter, a mailing) writes only the contacts with a valid basis for it: consent where it needs consent, not restricted, not objecting.</source>
        <translation>Exporter pour une finalité (une newsletter, un publipostage) n&apos;écrit que les contacts disposant d&apos;une base valable pour celle-ci&#xa0;: le consentement lorsqu&apos;elle requiert un consentement, pas de limitation, pas d&apos;opposition.</translation>
    </message>
    <message>
        <source>Not in the file (switched off in the field settings): %1.</source>
        <translation>Absent du fichier (désactivé dans les paramètres des champs)&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>Finalité&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) will be exported; %1 left out: %2.</source>
        <translation>
            <numerusform>%n contact sera exporté&#xa0;; %1 exclu(s)&#xa0;: %2.</numerusform>
            <numerusform>%n contacts seront exportés&#xa0;; %1 exclu(s)&#xa0;: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) will be exported; nobody is left out for this purpose.</source>
        <translation>
            <numerusform>%n contact sera exporté&#xa0;; personne n&apos;est exclu pour cette finalité.</numerusform>
            <numerusform>%n contacts seront exportés&#xa0;; personne n&apos;est exclu pour cette finalité.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>confidant::ui::FirstRunWizard</name>
    <message>
        <source>Create your Confidant vault</source>
        <translation>Créer votre coffre Confidant</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>Créer le coffre</translation>
    </message>
    <message>
        <source>Recovery code not confirmed</source>
        <translation>Code de récupération non confirmé</translation>
    </message>
    <message>
        <source>Your vault has been created, but you have not confirmed that you wrote down the recovery code. It is shown only now; without it you cannot get back in if this computer&apos;s keychain is lost.

Close anyway?</source>
        <translation>Votre coffre a été créé, mais vous n&apos;avez pas confirmé avoir noté le code de récupération. Il n&apos;est affiché que maintenant&#xa0;; sans lui, vous ne pourrez plus accéder au coffre si le trousseau de clés de cet ordinateur est perdu.

Fermer quand même&#xa0;?</translation>
    </message>
</context>
<context>
    <name>confidant::ui::ImportDialog</name>
    <message>
        <source>semicolon</source>
        <translation>point-virgule</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>virgule</translation>
    </message>
    <message>
        <source>Google Contacts export</source>
        <translation>Export Google Contacts</translation>
    </message>
    <message>
        <source>Outlook export</source>
        <translation>Export Outlook</translation>
    </message>
    <message>
        <source>HubSpot export</source>
        <translation>Export HubSpot</translation>
    </message>
    <message>
        <source>Confidant export</source>
        <translation>Export Confidant</translation>
    </message>
    <message>
        <source>column names recognised one by one</source>
        <translation>noms de colonnes reconnus un par un</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Importer des contacts</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Choisir le fichier</translation>
    </message>
    <message>
        <source>A CSV file (Google Contacts, Outlook, HubSpot or a spreadsheet) or a vCard file. Nothing is written until you press Import.</source>
        <translation>Un fichier CSV (Google Contacts, Outlook, HubSpot ou un tableur) ou un fichier vCard. Rien n&apos;est écrit tant que vous n&apos;avez pas cliqué sur Importer.</translation>
    </message>
    <message>
        <source>contacts.csv or contacts.vcf</source>
        <translation>contacts.csv ou contacts.vcf</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Détecter</translation>
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
        <translation>Virgule</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>Point-virgule</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encodage&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Séparateur&#xa0;:</translation>
    </message>
    <message>
        <source>Check the columns</source>
        <translation>Vérifier les colonnes</translation>
    </message>
    <message>
        <source>Each column of the file and the contact field it fills. Columns nothing recognised are highlighted and left out unless you choose a field.</source>
        <translation>Chaque colonne du fichier et le champ de contact qu&apos;elle renseigne. Les colonnes non reconnues sont mises en évidence et ignorées, sauf si vous choisissez un champ.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Values in the first rows</source>
        <translation>Valeurs des premières lignes</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importer comme</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>What the import will do. Matches are skipped unless you tick Merge: merging fills the contact&apos;s empty fields and adds emails, phones and tags it does not have; it overwrites nothing.</source>
        <translation>Ce que fera l&apos;importation. Les correspondances sont ignorées, sauf si vous cochez Fusionner&#xa0;: la fusion remplit les champs vides du contact et ajoute les e-mails, téléphones et étiquettes qu&apos;il n&apos;a pas encore&#xa0;; elle n&apos;écrase rien.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveaux</translation>
    </message>
    <message>
        <source>&amp;Merge all</source>
        <translation>&amp;Tout fusionner</translation>
    </message>
    <message>
        <source>S&amp;kip all</source>
        <translation>Tout i&amp;gnorer</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Correspondances</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Leave out the rows with &amp;problems and import the others</source>
        <translation>Laisser de côté les lignes posant &amp;problème et importer les autres</translation>
    </message>
    <message>
        <source>Your profile may look at the preview but not import contacts.</source>
        <translation>Votre profil peut consulter l&apos;aperçu, mais pas importer de contacts.</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>All rows are written in one step: if you cancel, nothing is imported.</source>
        <translation>Toutes les lignes sont écrites en une seule étape&#xa0;: si vous annulez, rien n&apos;est importé.</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>&amp;Annuler l&apos;importation</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Contacts (*.csv *.tsv *.txt *.vcf *.vcard);;All files (*)</source>
        <translation>Contacts (*.csv *.tsv *.txt *.vcf *.vcard);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message>
        <source>Reading the file again with these columns…</source>
        <translation>Nouvelle lecture du fichier avec ces colonnes…</translation>
    </message>
    <message>
        <source>vCard file. Cards: %1.</source>
        <translation>Fichier vCard. Fiches&#xa0;: %1.</translation>
    </message>
    <message>
        <source>CSV file, %1, separated by %2 (%3). Rows: %4.</source>
        <translation>Fichier CSV, %1, séparé par %2 (%3). Lignes&#xa0;: %4.</translation>
    </message>
    <message>
        <source>Recognised as %1</source>
        <translation>Reconnue comme %1</translation>
    </message>
    <message>
        <source>Nothing recognised this column; choose a field or leave it out.</source>
        <translation>Cette colonne n&apos;a pas été reconnue&#xa0;; choisissez un champ ou ignorez-la.</translation>
    </message>
    <message>
        <source>vCard properties are imported by their meaning; there are no columns to map.</source>
        <translation>Les propriétés vCard sont importées selon leur signification&#xa0;; il n&apos;y a aucune colonne à associer.</translation>
    </message>
    <message>
        <source>Every column is recognised.</source>
        <translation>Toutes les colonnes sont reconnues.</translation>
    </message>
    <message>
        <source>Columns not recognised (highlighted): %1. They are left out unless you choose a field.</source>
        <translation>Colonnes non reconnues (mises en évidence)&#xa0;: %1. Elles sont ignorées, sauf si vous choisissez un champ.</translation>
    </message>
    <message>
        <source>%1 new, %2 matching existing contacts, %3 with problems.</source>
        <translation>%1 nouveaux, %2 correspondant à des contacts existants, %3 posant problème.</translation>
    </message>
    <message>
        <source>%1 on the suppression list (never imported).</source>
        <translation>%1 sur la liste d&apos;exclusion (jamais importés).</translation>
    </message>
    <message>
        <source>The lists show the first %1 rows of each kind.</source>
        <translation>Les listes affichent les %1 premières lignes de chaque catégorie.</translation>
    </message>
    <message>
        <source>New (%1)</source>
        <translation>Nouveaux (%1)</translation>
    </message>
    <message>
        <source>Matches (%1)</source>
        <translation>Correspondances (%1)</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Problèmes (%1)</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <source>Imported: %1 created, %2 merged, %3 skipped.</source>
        <translation>Importation terminée&#xa0;: %1 créés, %2 fusionnés, %3 ignorés.</translation>
    </message>
    <message>
        <source>Import cancelled. Nothing was imported; your contacts are as they were.</source>
        <translation>Importation annulée. Rien n&apos;a été importé&#xa0;; vos contacts sont tels qu&apos;ils étaient.</translation>
    </message>
    <message>
        <source>Consent of the new contacts</source>
        <translation>Consentement des nouveaux contacts</translation>
    </message>
    <message>
        <source>Record consent only if the people in this file gave it, e.g. on the sign-up sheet the file comes from. It is recorded for every new contact; matched contacts keep their own.</source>
        <translation>N&apos;enregistrez un consentement que si les personnes de ce fichier l&apos;ont donné, p. ex. sur la feuille d&apos;inscription dont provient le fichier. Il est enregistré pour chaque nouveau contact&#xa0;; les contacts rapprochés conservent le leur.</translation>
    </message>
    <message>
        <source>%1 (switched off)</source>
        <translation>%1 (désactivé)</translation>
    </message>
    <message>
        <source>This column would fill “%1”, which is switched off in the field settings: it is not imported.</source>
        <translation>Cette colonne remplirait «&#xa0;%1&#xa0;», qui est désactivé dans les paramètres des champs&#xa0;: elle n&apos;est pas importée.</translation>
    </message>
    <message>
        <source>(switched off in the field settings)</source>
        <translation>(désactivé dans les paramètres des champs)</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) in grey fill a field switched off in the field settings and are not imported.</source>
        <translation>
            <numerusform>%n colonne en gris remplit un champ désactivé dans les paramètres des champs et n&apos;est pas importée.</numerusform>
            <numerusform>%n colonnes en gris remplissent un champ désactivé dans les paramètres des champs et ne sont pas importées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Consent of the %n new contact(s)</source>
        <translation>
            <numerusform>Consentement du %n nouveau contact</numerusform>
            <numerusform>Consentement des %n nouveaux contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Consent recorded for %n new contact(s): %1.</source>
        <translation>
            <numerusform>Consentement enregistré pour %n nouveau contact&#xa0;: %1.</numerusform>
            <numerusform>Consentement enregistré pour %n nouveaux contacts&#xa0;: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>confidant::ui::ImportJob</name>
    <message>
        <source>Nothing was imported: the consent could not be recorded. %1</source>
        <translation>Rien n’a été importé : le consentement n’a pas pu être enregistré. %1</translation>
    </message>
</context>
<context>
    <name>confidant::ui::ImportPreviewModel</name>
    <message>
        <source>same Confidant id</source>
        <translation>même identifiant Confidant</translation>
    </message>
    <message>
        <source>same email</source>
        <translation>même e-mail</translation>
    </message>
    <message>
        <source>same name and phone</source>
        <translation>mêmes nom et téléphone</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>Dans le fichier</translation>
    </message>
    <message>
        <source>Existing contact</source>
        <translation>Contact existant</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>Trouvé par</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Ignorer</translation>
    </message>
</context>
<context>
    <name>confidant::ui::KeyModePage</name>
    <message>
        <source>How should Confidant protect your vault?</source>
        <translation>Comment Confidant doit-il protéger votre coffre&#xa0;?</translation>
    </message>
    <message>
        <source>Everything in the vault is encrypted. Choose where its key is kept.</source>
        <translation>Tout le contenu du coffre est chiffré. Choisissez où conserver sa clé.</translation>
    </message>
    <message>
        <source>&amp;Keep the key in this computer&apos;s keychain (recommended)</source>
        <translation>&amp;Conserver la clé dans le trousseau de clés de cet ordinateur (recommandé)</translation>
    </message>
    <message>
        <source>Use a &amp;passphrase</source>
        <translation>Utiliser une &amp;phrase secrète</translation>
    </message>
    <message>
        <source>Confidant opens without a password while you are logged in; a recovery code, shown once on the next page, gets you back in if the keychain is lost.</source>
        <translation>Confidant s&apos;ouvre sans mot de passe tant que votre session est ouverte&#xa0;; un code de récupération, affiché une seule fois à la page suivante, vous permet de retrouver l&apos;accès si le trousseau de clés est perdu.</translation>
    </message>
    <message>
        <source>You type the passphrase every time Confidant opens; nothing is stored on this computer, and the vault also opens with the standard sqlcipher tool.</source>
        <translation>Vous saisissez la phrase secrète à chaque ouverture de Confidant&#xa0;; rien n&apos;est enregistré sur cet ordinateur, et le coffre peut aussi être ouvert avec l&apos;outil standard sqlcipher.</translation>
    </message>
    <message>
        <source>The vault will be created in %1</source>
        <translation>Le coffre sera créé dans %1</translation>
    </message>
    <message>
        <source>Keep the key in this computer&apos;s keychain (not available here)</source>
        <translation>Conserver la clé dans le trousseau de clés de cet ordinateur (non disponible ici)</translation>
    </message>
</context>
<context>
    <name>confidant::ui::LabeledValueEditor</name>
    <message>
        <source>Add email address</source>
        <translation>Ajouter une adresse e-mail</translation>
    </message>
    <message>
        <source>Add phone number</source>
        <translation>Ajouter un numéro de téléphone</translation>
    </message>
    <message>
        <source>work</source>
        <translation>travail</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>mobile</translation>
    </message>
    <message>
        <source>home</source>
        <translation>domicile</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nom@example.com</translation>
    </message>
    <message>
        <source>+44 20 7946 0958</source>
        <translation>+33 1 99 00 12 34</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove this email address</source>
        <translation>Supprimer cette adresse e-mail</translation>
    </message>
    <message>
        <source>Remove this phone number</source>
        <translation>Supprimer ce numéro de téléphone</translation>
    </message>
</context>
<context>
    <name>confidant::ui::ListPage</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Edit the selected record (Enter or double-click)</source>
        <translation>Modifier la fiche sélectionnée (Entrée ou double-clic)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Delete the selected record (Delete key)</source>
        <translation>Supprimer la fiche sélectionnée (touche Suppr)</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Vie&amp;w…</source>
        <translation>Affic&amp;her…</translation>
    </message>
    <message>
        <source>Show the selected record (Enter or double-click)</source>
        <translation>Afficher la fiche sélectionnée (Entrée ou double-clic)</translation>
    </message>
</context>
<context>
    <name>confidant::ui::MainWindow</name>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Entreprises</translation>
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
        <source>&amp;Contacts</source>
        <translation>&amp;Contacts</translation>
    </message>
    <message>
        <source>C&amp;ompanies</source>
        <translation>&amp;Entreprises</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;About Confidant</source>
        <translation>À &amp;propos de Confidant</translation>
    </message>
    <message>
        <source>About Confidant</source>
        <translation>À propos de Confidant</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Confidant %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;A local-first CRM: your customers&apos; data stays on this computer, encrypted.&lt;/p&gt;&lt;p&gt;Vault: %2&lt;br&gt;SQLCipher %3&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Confidant %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Un CRM local&#xa0;: les données de vos clients restent sur cet ordinateur, chiffrées.&lt;/p&gt;&lt;p&gt;Coffre&#xa0;: %2&lt;br&gt;SQLCipher %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>The profile you are working as; click to switch or lock</source>
        <translation>Le profil sous lequel vous travaillez&#xa0;; cliquez pour changer de profil ou verrouiller</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Confidant is locked&lt;/h2&gt;&lt;p&gt;The vault is closed and its key is gone from memory. Unlock it to continue where you left off.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Confidant est verrouillé&lt;/h2&gt;&lt;p&gt;Le coffre est fermé et sa clé a été effacée de la mémoire. Déverrouillez-le pour reprendre là où vous vous étiez arrêté.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation>&amp;Déverrouiller…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>Close the vault now; unlocking reopens it where you left off (Ctrl+L)</source>
        <translation>Fermer le coffre maintenant&#xa0;; le déverrouiller le rouvre là où vous vous étiez arrêté (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Audit trail</source>
        <translation>&amp;Journal d&apos;audit</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <source>&amp;Switch profile…</source>
        <translation>&amp;Changer de profil…</translation>
    </message>
    <message>
        <source>Set my &amp;PIN…</source>
        <translation>Définir mon &amp;PIN…</translation>
    </message>
    <message>
        <source>&amp;Manage profiles…</source>
        <translation>&amp;Gérer les profils…</translation>
    </message>
    <message>
        <source>Confidant — locked — %1</source>
        <translation>Confidant — verrouillé — %1</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Verrouillé</translation>
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
        <translation>Impossible d&apos;ouvrir le coffre</translation>
    </message>
    <message>
        <source>Now working as %1.</source>
        <translation>Vous travaillez désormais en tant que %1.</translation>
    </message>
    <message>
        <source>PIN changed.</source>
        <translation>PIN modifié.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Paramètres enregistrés.</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Sauvegarder maintenant…</translation>
    </message>
    <message>
        <source>Write an encrypted, verified copy of the whole vault (Ctrl+B)</source>
        <translation>Écrire une copie chiffrée et vérifiée de l&apos;ensemble du coffre (Ctrl+B)</translation>
    </message>
    <message>
        <source>V&amp;ault</source>
        <translation>&amp;Coffre</translation>
    </message>
    <message>
        <source>Change &amp;key…</source>
        <translation>Changer la &amp;clé…</translation>
    </message>
    <message>
        <source>Re-encrypt the vault with a new key or passphrase</source>
        <translation>Rechiffrer le coffre avec une nouvelle clé ou une nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>New recovery code not confirmed</source>
        <translation>Nouveau code de récupération non confirmé</translation>
    </message>
    <message>
        <source>Confidant locked while the new recovery code was on screen, before you confirmed writing it down, so it is gone. The vault opens with the new key in this computer&apos;s keychain. To have a recovery code again, change the key once more (Vault ▸ Change key…).</source>
        <translation>Confidant s&apos;est verrouillé pendant que le nouveau code de récupération était affiché, avant que vous ayez confirmé l&apos;avoir noté&#xa0;; il est donc perdu. Le coffre s&apos;ouvre avec la nouvelle clé du trousseau de clés de cet ordinateur. Pour disposer de nouveau d&apos;un code de récupération, changez la clé une fois de plus (Coffre ▸ Changer la clé…).</translation>
    </message>
    <message>
        <source>A backup is being written</source>
        <translation>Une sauvegarde est en cours d&apos;écriture</translation>
    </message>
    <message>
        <source>Wait until the backup is finished (or cancel it), then change the key.</source>
        <translation>Attendez la fin de la sauvegarde (ou annulez-la), puis changez la clé.</translation>
    </message>
    <message>
        <source>The vault key was changed.</source>
        <translation>La clé du coffre a été changée.</translation>
    </message>
    <message>
        <source>⚠ Scheduled backup failed: %1</source>
        <translation>⚠ Échec de la sauvegarde planifiée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Scheduled backup failed</source>
        <translation>Échec de la sauvegarde planifiée</translation>
    </message>
    <message>
        <source>The scheduled backup could not be made.

%1

Confidant tries again in 30 minutes. You can also back up now, to another place if need be (File ▸ Back up now…).</source>
        <translation>La sauvegarde planifiée n&apos;a pas pu être effectuée.

%1

Confidant réessaiera dans 30 minutes. Vous pouvez aussi sauvegarder maintenant, à un autre emplacement si nécessaire (Fichier ▸ Sauvegarder maintenant…).</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Affaires</translation>
    </message>
    <message>
        <source>My day</source>
        <translation>Ma journée</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>&amp;Import contacts…</source>
        <translation>&amp;Importer des contacts…</translation>
    </message>
    <message>
        <source>Add contacts from a CSV or vCard file, with a preview first (Ctrl+I)</source>
        <translation>Ajouter des contacts à partir d&apos;un fichier CSV ou vCard, avec un aperçu préalable (Ctrl+I)</translation>
    </message>
    <message>
        <source>&amp;My day</source>
        <translation>&amp;Ma journée</translation>
    </message>
    <message>
        <source>&amp;Export contacts…</source>
        <translation>&amp;Exporter les contacts…</translation>
    </message>
    <message>
        <source>Write the selected contacts, a saved filter, a tag or all as CSV or vCard (Ctrl+Shift+E)</source>
        <translation>Exporter les contacts sélectionnés, un filtre enregistré, une étiquette ou tous les contacts au format CSV ou vCard (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>P&amp;rivacy</source>
        <translation>Confi&amp;dentialité</translation>
    </message>
    <message>
        <source>Privacy &amp;notices…</source>
        <translation>&amp;Avis de confidentialité…</translation>
    </message>
    <message>
        <source>Write, publish and review the versions of the privacy notice</source>
        <translation>Rédiger, publier et consulter les versions de l&apos;avis de confidentialité</translation>
    </message>
    <message>
        <source>Show privacy no&amp;tice…</source>
        <translation>A&amp;fficher l&apos;avis de confidentialité…</translation>
    </message>
    <message>
        <source>Show the current privacy notice to read out or to show a person</source>
        <translation>Afficher l&apos;avis de confidentialité actuel pour le lire à voix haute ou le montrer à une personne</translation>
    </message>
    <message>
        <source>Privacy &amp;policy and records…</source>
        <translation>&amp;Politique de confidentialité et registres…</translation>
    </message>
    <message>
        <source>The privacy-policy draft and the records of processing, built from this vault</source>
        <translation>Le projet de politique de confidentialité et le registre des activités de traitement, établis à partir de ce coffre</translation>
    </message>
    <message>
        <source>Privacy &amp;settings…</source>
        <translation>Para&amp;mètres de confidentialité…</translation>
    </message>
    <message>
        <source>Purposes and lawful bases, processors and recipients, controller details and data fields</source>
        <translation>Finalités et bases légales, sous-traitants et destinataires, coordonnées du responsable du traitement et champs de données</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>Data-subject &amp;requests</source>
        <translation>&amp;Demandes des personnes concernées</translation>
    </message>
    <message>
        <source>The register of access, erasure and other requests, with their deadlines</source>
        <translation>Le registre des demandes d&apos;accès, d&apos;effacement et autres, avec leurs délais</translation>
    </message>
    <message>
        <source>New request about this contact…</source>
        <translation>Nouvelle demande concernant ce contact…</translation>
    </message>
    <message>
        <source>&amp;Access package for this contact…</source>
        <translation>Dossier d&apos;&amp;accès pour ce contact…</translation>
    </message>
    <message>
        <source>Everything held about the selected contact, as JSON, CSV and PDF</source>
        <translation>Tout ce qui est détenu sur le contact sélectionné, en JSON, CSV et PDF</translation>
    </message>
    <message>
        <source>&amp;Erase this contact…</source>
        <translation>&amp;Effacer ce contact…</translation>
    </message>
    <message>
        <source>Erase the selected contact everywhere, with a preview first</source>
        <translation>Effacer le contact sélectionné partout, avec un aperçu préalable</translation>
    </message>
    <message>
        <source>Select a contact in Contacts first.</source>
        <translation>Sélectionnez d&apos;abord un contact dans Contacts.</translation>
    </message>
    <message>
        <source>⚠ Requests: %1 overdue, %2 due within %3 days (see the Dashboard)</source>
        <translation>⚠ Demandes : %1 en retard, %2 à échéance dans les %3 jours (voir le Tableau de bord)</translation>
    </message>
    <message>
        <source>Data-subject requests have legal deadlines; the Dashboard lists them.</source>
        <translation>Les demandes des personnes concernées sont soumises à des délais légaux ; le Tableau de bord les répertorie.</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>Restore a backup into a new folder; the open vault stays as it is</source>
        <translation>Restaurer une sauvegarde dans un nouveau dossier&#xa0;; le coffre ouvert reste tel quel</translation>
    </message>
</context>
<context>
    <name>confidant::ui::ManageProfilesDialog</name>
    <message>
        <source>Manage profiles</source>
        <translation>Gérer les profils</translation>
    </message>
    <message>
        <source>Profiles let several people share this vault, each with a role that decides what they may do. They guard against mistakes, not against someone who has the vault&apos;s key.</source>
        <translation>Les profils permettent à plusieurs personnes de partager ce coffre, chacune avec un rôle qui détermine ce qu&apos;elle peut faire. Ils protègent contre les erreurs, pas contre quelqu&apos;un qui détient la clé du coffre.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>&amp;Add profile…</source>
        <translation>&amp;Ajouter un profil…</translation>
    </message>
    <message>
        <source>Selected profile</source>
        <translation>Profil sélectionné</translation>
    </message>
    <message>
        <source>C&amp;hange role</source>
        <translation>&amp;Changer de rôle</translation>
    </message>
    <message>
        <source>Set &amp;PIN…</source>
        <translation>Définir le &amp;PIN…</translation>
    </message>
    <message>
        <source>Remove P&amp;IN</source>
        <translation>Supprimer le P&amp;IN</translation>
    </message>
    <message>
        <source>&amp;Remove profile…</source>
        <translation>Supprimer le p&amp;rofil…</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>Rô&amp;le&#xa0;:</translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation>PIN&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (vous)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Switch to another profile to remove this one.</source>
        <translation>Passez à un autre profil pour supprimer celui-ci.</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Supprimer le profil</translation>
    </message>
    <message>
        <source>Remove the profile “%1”? Its entries in the audit trail stay.</source>
        <translation>Supprimer le profil «&#xa0;%1&#xa0;»&#xa0;? Ses entrées dans le journal d&apos;audit sont conservées.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Wrong PINs</source>
        <translation>PIN incorrects</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>Verrouillé jusqu&apos;à</translation>
    </message>
    <message>
        <source>Wrong PINs given in a row since the profile&apos;s last right one. After three, each attempt must wait, up to 15 minutes; a new PIN ends the wait.</source>
        <translation>PIN incorrects saisis à la suite depuis le dernier PIN correct du profil. Après trois, chaque tentative doit attendre, jusqu&apos;à 15 minutes&#xa0;; un nouveau PIN met fin à l&apos;attente.</translation>
    </message>
    <message>
        <source>Until when the profile must wait before its PIN is checked again.</source>
        <translation>Jusqu&apos;à quand le profil doit attendre avant que son PIN soit de nouveau vérifié.</translation>
    </message>
    <message>
        <source>The last wrong PIN: %1</source>
        <translation>Dernier PIN incorrect&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>confidant::ui::MyDayPage</name>
    <message>
        <source>&amp;New task…</source>
        <translation>&amp;Nouvelle tâche…</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Linked to</source>
        <translation>Lié à</translation>
    </message>
    <message>
        <source>Nothing overdue and nothing due today.</source>
        <translation>Rien en retard et rien à échéance aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>My day — %1</source>
        <translation>Ma journée — %1</translation>
    </message>
    <message numerus="yes">
        <source>Overdue (%n)</source>
        <translation>
            <numerusform>En retard (%n)</numerusform>
            <numerusform>En retard (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due today (%n)</source>
        <translation>
            <numerusform>À échéance aujourd&apos;hui (%n)</numerusform>
            <numerusform>À échéance aujourd&apos;hui (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 overdue, %2 due today</source>
        <translation>%1 en retard, %2 à échéance aujourd&apos;hui</translation>
    </message>
</context>
<context>
    <name>confidant::ui::NewRequestDialog</name>
    <message>
        <source>New data-subject request</source>
        <translation>Nouvelle demande de personne concernée</translation>
    </message>
    <message>
        <source>Name and how to reach them, as they wrote</source>
        <translation>Nom et moyen de la joindre, tels qu&apos;elle les a indiqués</translation>
    </message>
    <message>
        <source>What they asked for, in their words</source>
        <translation>Ce qu&apos;elle a demandé, avec ses propres mots</translation>
    </message>
    <message>
        <source>Type a name, email or phone to find the contact</source>
        <translation>Saisissez un nom, un e-mail ou un téléphone pour trouver le contact</translation>
    </message>
    <message>
        <source>Double-click (or Enter) to link the contact to the request</source>
        <translation>Double-cliquez (ou appuyez sur Entrée) pour lier le contact à la demande</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>&amp;Request:</source>
        <translation>&amp;Demande :</translation>
    </message>
    <message>
        <source>&amp;Law:</source>
        <translation>&amp;Loi :</translation>
    </message>
    <message>
        <source>Recei&amp;ved on:</source>
        <translation>&amp;Reçue le :</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>C&amp;anal :</translation>
    </message>
    <message>
        <source>Due by:</source>
        <translation>Échéance :</translation>
    </message>
    <message>
        <source>Re&amp;quester:</source>
        <translation>De&amp;mandeur :</translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation>Dé&amp;tails :</translation>
    </message>
    <message>
        <source>Find &amp;contact:</source>
        <translation>Trouver un &amp;contact :</translation>
    </message>
    <message>
        <source>About:</source>
        <translation>Concerne :</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>%1 (confirm receipt by %2)</source>
        <translation>%1 (confirmer la réception au plus tard le %2)</translation>
    </message>
</context>
<context>
    <name>confidant::ui::NoticePanelDialog</name>
    <message>
        <source>Privacy notice</source>
        <translation>Avis de confidentialité</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>A−</source>
        <translation>A−</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Texte plus petit</translation>
    </message>
    <message>
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Texte plus grand</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Plein écran</translation>
    </message>
    <message>
        <source>Fill the screen with the notice, to turn it towards the person</source>
        <translation>Afficher l&apos;avis en plein écran, pour le tourner vers la personne</translation>
    </message>
    <message>
        <source>Open &amp;privacy notices…</source>
        <translation>Ouvrir les &amp;avis de confidentialité…</translation>
    </message>
    <message>
        <source>Shown &amp;by:</source>
        <translation>Présenté &amp;par&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Record acknowledgement</source>
        <translation>&amp;Enregistrer la prise de connaissance</translation>
    </message>
    <message>
        <source>Record that this person was shown the notice on screen, now</source>
        <translation>Enregistrer que l&apos;avis a été présenté à l&apos;écran à cette personne, maintenant</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Version %1 · published %2</source>
        <translation>Version %1 · publiée le %2</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No privacy notice is published yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Only a published notice can be shown and acknowledged, so that it is clear later which text a person saw.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Aucun avis de confidentialité n&apos;est encore publié.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Seul un avis publié peut être présenté et faire l&apos;objet d&apos;une prise de connaissance, afin que l&apos;on sache plus tard quel texte une personne a vu.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Write one under Privacy ▸ Privacy notices…, then publish it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Rédigez-en un sous Confidentialité ▸ Avis de confidentialité…, puis publiez-le.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Ask an owner, administrator or privacy officer to publish one.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Demandez à un propriétaire, un administrateur ou un délégué à la protection des données d&apos;en publier un.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Acknowledgement by %1</source>
        <translation>Prise de connaissance par %1</translation>
    </message>
    <message>
        <source>Acknowledgement</source>
        <translation>Prise de connaissance</translation>
    </message>
    <message>
        <source>Nothing can be acknowledged until a notice is published.</source>
        <translation>Aucune prise de connaissance n&apos;est possible tant qu&apos;aucun avis n&apos;est publié.</translation>
    </message>
    <message>
        <source>Not yet shown a privacy notice in this language.</source>
        <translation>Aucun avis de confidentialité encore présenté dans cette langue.</translation>
    </message>
    <message>
        <source>Acknowledged version %1 on %2 (%3): up to date.</source>
        <translation>Prise de connaissance de la version %1 le %2 (%3)&#xa0;: à jour.</translation>
    </message>
    <message>
        <source>Acknowledged version %1 on %2, current is version %3 — out of date. Show the current notice and record it.</source>
        <translation>Prise de connaissance de la version %1 le %2, la version actuelle est la %3 — obsolète. Présentez l&apos;avis actuel et enregistrez-le.</translation>
    </message>
    <message>
        <source>Acknowledged version %1 on %2; version %3 changed nothing material, so that still counts.</source>
        <translation>Prise de connaissance de la version %1 le %2&#xa0;; la version %3 n&apos;a rien changé de substantiel, elle reste donc valable.</translation>
    </message>
</context>
<context>
    <name>confidant::ui::NoticesDialog</name>
    <message>
        <source>Privacy notices</source>
        <translation>Avis de confidentialité</translation>
    </message>
    <message>
        <source>The privacy notice tells people what you do with their data (Art. 13 and 14 GDPR). Write a version as a draft, check it, then publish it: a published version is fingerprinted and never changes again, so you can always show which text a person saw.</source>
        <translation>L&apos;avis de confidentialité indique aux personnes ce que vous faites de leurs données (Art. 13 et 14 RGPD). Rédigez une version en brouillon, vérifiez-la, puis publiez-la&#xa0;: une version publiée reçoit une empreinte et ne change plus jamais, vous pouvez donc toujours montrer quel texte une personne a vu.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>&amp;New version…</source>
        <translation>&amp;Nouvelle version…</translation>
    </message>
    <message>
        <source>Write the next version of a language&apos;s notice, starting from the selected one</source>
        <translation>Rédiger la version suivante de l&apos;avis d&apos;une langue, à partir de celle sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>&amp;Publier…</translation>
    </message>
    <message>
        <source>&amp;Delete draft…</source>
        <translation>&amp;Supprimer le brouillon…</translation>
    </message>
    <message>
        <source>A language code such as en, de or de-AT; each language has its own versions</source>
        <translation>Un code de langue tel que en, de ou de-AT&#xa0;; chaque langue a ses propres versions</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Rich text (HTML)</source>
        <translation>Texte enrichi (HTML)</translation>
    </message>
    <message>
        <source>&amp;Material change: people who acknowledged an earlier version must be shown this one</source>
        <translation>Modification &amp;substantielle&#xa0;: les personnes ayant pris connaissance d&apos;une version antérieure doivent se voir présenter celle-ci</translation>
    </message>
    <message>
        <source>Clear it for a small correction (a typo, a new phone number): earlier acknowledgements then stay current</source>
        <translation>Décochez pour une petite correction (une coquille, un nouveau numéro de téléphone)&#xa0;: les prises de connaissance antérieures restent alors à jour</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>&amp;Enregistrer le brouillon</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Text (left) and how it will look (right):</source>
        <translation>Texte (à gauche) et rendu (à droite)&#xa0;:</translation>
    </message>
    <message>
        <source>People whose last acknowledged notice is older than the current one, with a material change in between: show them the current notice and record it (Privacy ▸ Show privacy notice, or the person&apos;s Consent &amp; privacy tab).</source>
        <translation>Personnes dont la dernière prise de connaissance porte sur un avis antérieur à l&apos;actuel, avec une modification substantielle entre les deux&#xa0;: présentez-leur l&apos;avis actuel et enregistrez-le (Confidentialité ▸ Afficher l&apos;avis de confidentialité, ou l&apos;onglet Consentement &amp; confidentialité de la personne).</translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation>L&amp;angue&#xa0;:</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Acknowledged version</source>
        <translation>Version (prise de connaissance)</translation>
    </message>
    <message>
        <source>Acknowledged on</source>
        <translation>Date de prise de connaissance</translation>
    </message>
    <message>
        <source>Current version</source>
        <translation>Version actuelle</translation>
    </message>
    <message>
        <source>Show &amp;more</source>
        <translation>Afficher &amp;plus</translation>
    </message>
    <message>
        <source>&amp;Versions</source>
        <translation>&amp;Versions</translation>
    </message>
    <message>
        <source>&amp;Out of date</source>
        <translation>&amp;Obsolètes</translation>
    </message>
    <message>
        <source>Published %1</source>
        <translation>Publiée le %1</translation>
    </message>
    <message>
        <source>SHA-256 of the published text: %1</source>
        <translation>SHA-256 du texte publié&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (does not match the text)</source>
        <translation>%1 (ne correspond pas au texte)</translation>
    </message>
    <message>
        <source>The stored fingerprint does not match the text: the vault was changed outside Confidant.</source>
        <translation>L&apos;empreinte enregistrée ne correspond pas au texte&#xa0;: le coffre a été modifié en dehors de Confidant.</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Substantielle</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Mineure</translation>
    </message>
    <message>
        <source>Earlier acknowledgements become out of date when this is published</source>
        <translation>Les prises de connaissance antérieures deviennent obsolètes lors de la publication de cette version</translation>
    </message>
    <message>
        <source>Earlier acknowledgements stay current</source>
        <translation>Les prises de connaissance antérieures restent à jour</translation>
    </message>
    <message>
        <source>No privacy notice yet. Click “New version…” to write the first one.</source>
        <translation>Aucun avis de confidentialité pour l&apos;instant. Cliquez sur «&#xa0;Nouvelle version…&#xa0;» pour rédiger le premier.</translation>
    </message>
    <message>
        <source>Select a version to see its text.</source>
        <translation>Sélectionnez une version pour voir son texte.</translation>
    </message>
    <message>
        <source>published</source>
        <translation>publiée</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>%1 — version %2 (%3), %4</source>
        <translation>%1 — version %2 (%3), %4</translation>
    </message>
    <message>
        <source>A published version is never edited: create a new version instead.</source>
        <translation>Une version publiée n&apos;est jamais modifiée&#xa0;: créez plutôt une nouvelle version.</translation>
    </message>
    <message>
        <source>Change this draft</source>
        <translation>Modifier ce brouillon</translation>
    </message>
    <message>
        <source>This version is published already.</source>
        <translation>Cette version est déjà publiée.</translation>
    </message>
    <message>
        <source>Freeze this draft and make it the current notice of its language</source>
        <translation>Figer ce brouillon et en faire l&apos;avis actuel de sa langue</translation>
    </message>
    <message>
        <source>A published version stays for the record: it cannot be deleted.</source>
        <translation>Une version publiée est conservée pour mémoire&#xa0;: elle ne peut pas être supprimée.</translation>
    </message>
    <message>
        <source>Delete this draft</source>
        <translation>Supprimer ce brouillon</translation>
    </message>
    <message>
        <source>Privacy notice</source>
        <translation>Avis de confidentialité</translation>
    </message>
    <message>
        <source>Changing draft version %1 (%2)</source>
        <translation>Modification du brouillon version %1 (%2)</translation>
    </message>
    <message>
        <source>Changing a draft</source>
        <translation>Modification d&apos;un brouillon</translation>
    </message>
    <message>
        <source>New draft: it will be version %1 of the %2 notice.</source>
        <translation>Nouveau brouillon : ce sera la version %1 de l&apos;avis de confidentialité %2.</translation>
    </message>
    <message>
        <source>New draft</source>
        <translation>Nouveau brouillon</translation>
    </message>
    <message>
        <source>Saved draft version %1 (%2). Publish it when it is ready.</source>
        <translation>Brouillon version %1 enregistré (%2). Publiez-le lorsqu&apos;il est prêt.</translation>
    </message>
    <message>
        <source>A published version is frozen: it can never be edited or deleted, only replaced by a new version. Its fingerprint (SHA-256) is recorded.</source>
        <translation>Une version publiée est figée : elle ne peut jamais être modifiée ni supprimée, seulement remplacée par une nouvelle version. Son empreinte (SHA-256) est enregistrée.</translation>
    </message>
    <message>
        <source>It is marked as a material change: people who acknowledged an earlier version will be listed as out of date.</source>
        <translation>Elle est marquée comme modification substantielle : les personnes ayant pris connaissance d&apos;une version antérieure seront signalées comme non à jour.</translation>
    </message>
    <message>
        <source>Publish notice</source>
        <translation>Publier l&apos;avis</translation>
    </message>
    <message>
        <source>Publish version %1 of the %2 notice?</source>
        <translation>Publier la version %1 de l&apos;avis de confidentialité %2 ?</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publier</translation>
    </message>
    <message>
        <source>Published version %1 (%2). Fingerprint %3.</source>
        <translation>Version %1 publiée (%2). Empreinte %3.</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Supprimer le brouillon</translation>
    </message>
    <message>
        <source>Delete draft version %1 of the %2 notice? Its text is lost.</source>
        <translation>Supprimer le brouillon version %1 de l&apos;avis de confidentialité %2 ? Son texte sera perdu.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>The draft was deleted.</source>
        <translation>Le brouillon a été supprimé.</translation>
    </message>
    <message>
        <source>No notice is published yet.</source>
        <translation>Aucun avis n&apos;est encore publié.</translation>
    </message>
    <message>
        <source>Nobody needs to see a newer notice in this language.</source>
        <translation>Personne n&apos;a besoin de voir un avis plus récent dans cette langue.</translation>
    </message>
    <message>
        <source>Contacts to show the current notice to: %1.</source>
        <translation>Contacts auxquels présenter l&apos;avis actuel : %1.</translation>
    </message>
    <message>
        <source>&amp;Out of date (%1)</source>
        <translation>&amp;Non à jour (%1)</translation>
    </message>
    <message>
        <source>(unknown contact)</source>
        <translation>(contact inconnu)</translation>
    </message>
</context>
<context>
    <name>confidant::ui::PassphrasePage</name>
    <message>
        <source>Choose a passphrase</source>
        <translation>Choisissez une phrase secrète</translation>
    </message>
    <message>
        <source>Use at least %1 characters; a few unrelated words are strong and easy to type.</source>
        <translation>Utilisez au moins %1 caractères&#xa0;; quelques mots sans rapport entre eux sont robustes et faciles à saisir.</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>Créer le coffre</translation>
    </message>
    <message>
        <source>&lt;b&gt;The passphrase is the only way back in: there is no recovery code.&lt;/b&gt; Write it down and keep it somewhere safe. If it is lost, nobody can open the vault, not even with Confidant&apos;s help.</source>
        <translation>&lt;b&gt;La phrase secrète est le seul moyen de rouvrir le coffre&#xa0;: il n&apos;y a pas de code de récupération.&lt;/b&gt; Notez-la et conservez-la en lieu sûr. Si elle est perdue, personne ne pourra ouvrir le coffre, pas même avec l&apos;aide de Confidant.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Confirm passphrase:</source>
        <translation>&amp;Confirmer la phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>Too short: use at least %1 characters.</source>
        <translation>Trop courte&#xa0;: utilisez au moins %1 caractères.</translation>
    </message>
    <message>
        <source>The two passphrases do not match.</source>
        <translation>Les deux phrases secrètes ne correspondent pas.</translation>
    </message>
</context>
<context>
    <name>confidant::ui::PinDialog</name>
    <message>
        <source>PIN for %1</source>
        <translation>PIN de %1</translation>
    </message>
    <message>
        <source>New &amp;PIN:</source>
        <translation>Nouveau &amp;PIN&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Répéter&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Set PIN</source>
        <translation>&amp;Définir le PIN</translation>
    </message>
    <message>
        <source>&amp;Remove PIN</source>
        <translation>&amp;Supprimer le PIN</translation>
    </message>
    <message>
        <source>Type the new PIN twice.</source>
        <translation>Saisissez le nouveau PIN deux fois.</translation>
    </message>
    <message>
        <source>The two PINs differ; type the new PIN twice.</source>
        <translation>Les deux PIN diffèrent&#xa0;; saisissez le nouveau PIN deux fois.</translation>
    </message>
    <message>
        <source>With a PIN, Confidant asks for it when someone chooses this profile and when it unlocks after a lock. %1</source>
        <translation>Avec un PIN, Confidant le demande lorsque quelqu&apos;un choisit ce profil et lors du déverrouillage après un verrouillage. %1</translation>
    </message>
</context>
<context>
    <name>confidant::ui::PipelineSettingsDialog</name>
    <message>
        <source>Pipeline stages</source>
        <translation>Étapes du pipeline</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Probabilité</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>&amp;Add stage</source>
        <translation>&amp;Ajouter une étape</translation>
    </message>
    <message>
        <source>&amp;Delete stage</source>
        <translation>&amp;Supprimer l&apos;étape</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gagnée</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdue</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Nouvelle étape</translation>
    </message>
    <message>
        <source>New stage %1</source>
        <translation>Nouvelle étape %1</translation>
    </message>
</context>
<context>
    <name>confidant::ui::PolicyDialog</name>
    <message>
        <source>Privacy policy and records of processing</source>
        <translation>Politique de confidentialité et registre des activités de traitement</translation>
    </message>
    <message>
        <source>Both texts are built from this vault&apos;s own configuration: the controller and DPO, the purposes and the personal data they use, processors and transfers, retention. Complete what is missing (Privacy ▸ Privacy settings, purposes and processors), then refresh. Have the policy reviewed before you publish it.</source>
        <translation>Les deux textes sont générés à partir de la configuration de ce coffre : le responsable du traitement et le DPD, les finalités et les données personnelles qu&apos;elles utilisent, les sous-traitants et les transferts, la conservation. Complétez ce qui manque (Confidentialité ▸ Paramètres de confidentialité, finalités et sous-traitants), puis actualisez. Faites relire la politique avant de la publier.</translation>
    </message>
    <message>
        <source>The policy names the current privacy notice of this language</source>
        <translation>La politique cite l&apos;avis de confidentialité actuel dans cette langue</translation>
    </message>
    <message>
        <source>Notice &amp;language:</source>
        <translation>&amp;Langue de l&apos;avis :</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Build both texts again from the vault&apos;s configuration</source>
        <translation>Générer à nouveau les deux textes à partir de la configuration du coffre</translation>
    </message>
    <message>
        <source>Nothing is missing: every section of the policy has what it needs.</source>
        <translation>Rien ne manque : chaque section de la politique contient ce dont elle a besoin.</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Enregistrer sous…</translation>
    </message>
    <message>
        <source>Save the policy as Markdown or PDF</source>
        <translation>Enregistrer la politique en Markdown ou en PDF</translation>
    </message>
    <message>
        <source>Sa&amp;ve as…</source>
        <translation>Enre&amp;gistrer sous…</translation>
    </message>
    <message>
        <source>Save the records as Markdown, CSV (for a spreadsheet) or PDF</source>
        <translation>Enregistrer le registre en Markdown, CSV (pour un tableur) ou PDF</translation>
    </message>
    <message>
        <source>Privacy p&amp;olicy</source>
        <translation>P&amp;olitique de confidentialité</translation>
    </message>
    <message>
        <source>Records of &amp;processing</source>
        <translation>Registre des &amp;traitements</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>Ce qui manque</translation>
    </message>
    <message>
        <source>What is missing (%1)</source>
        <translation>Ce qui manque (%1)</translation>
    </message>
    <message>
        <source>There is nothing to save: the configuration could not be read.</source>
        <translation>Il n&apos;y a rien à enregistrer : la configuration n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <source>The privacy policy is saved as Markdown or PDF.</source>
        <translation>La politique de confidentialité est enregistrée en Markdown ou en PDF.</translation>
    </message>
    <message>
        <source>Privacy policy</source>
        <translation>Politique de confidentialité</translation>
    </message>
    <message>
        <source>Saved the privacy policy to %1.</source>
        <translation>Politique de confidentialité enregistrée dans %1.</translation>
    </message>
    <message>
        <source>Saved the records of processing to %1.</source>
        <translation>Registre des traitements enregistré dans %1.</translation>
    </message>
    <message>
        <source>Records of processing activities</source>
        <translation>Registre des activités de traitement</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>CSV pour tableurs (*.csv)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>privacy-policy</source>
        <translation>politique-de-confidentialite</translation>
    </message>
    <message>
        <source>records-of-processing</source>
        <translation>registre-des-traitements</translation>
    </message>
    <message>
        <source>Save the privacy policy</source>
        <translation>Enregistrer la politique de confidentialité</translation>
    </message>
    <message>
        <source>Save the records of processing</source>
        <translation>Enregistrer le registre des traitements</translation>
    </message>
</context>
<context>
    <name>confidant::ui::PrivacySettingsDialog</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Adequacy decision</source>
        <translation>Décision d&apos;adéquation</translation>
    </message>
    <message>
        <source>Standard contractual clauses</source>
        <translation>Clauses contractuelles types</translation>
    </message>
    <message>
        <source>Binding corporate rules</source>
        <translation>Règles d&apos;entreprise contraignantes</translation>
    </message>
    <message>
        <source>Other safeguard</source>
        <translation>Autre garantie</translation>
    </message>
    <message>
        <source>Privacy settings</source>
        <translation>Paramètres de confidentialité</translation>
    </message>
    <message>
        <source>&amp;Purposes</source>
        <translation>&amp;Finalités</translation>
    </message>
    <message>
        <source>P&amp;rocessors &amp;&amp; recipients</source>
        <translation>&amp;Sous-traitants &amp;&amp; destinataires</translation>
    </message>
    <message>
        <source>&amp;Controller</source>
        <translation>&amp;Responsable du traitement</translation>
    </message>
    <message>
        <source>&amp;Data fields</source>
        <translation>&amp;Champs de données</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation>Base légale</translation>
    </message>
    <message>
        <source>Needs consent</source>
        <translation>Consentement requis</translation>
    </message>
    <message>
        <source>Direct marketing</source>
        <translation>Prospection directe</translation>
    </message>
    <message>
        <source>Default retention</source>
        <translation>Conservation par défaut</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Ar&amp;chive</source>
        <translation>Arc&amp;hiver</translation>
    </message>
    <message>
        <source>Show arc&amp;hived</source>
        <translation>Afficher les archi&amp;vées</translation>
    </message>
    <message>
        <source>Why you process personal data, and on which lawful basis (Art. 6(1) GDPR). Purposes are archived, never deleted: the consent records refer to them.</source>
        <translation>Pourquoi vous traitez des données personnelles, et sur quelle base légale (Art. 6(1) RGPD). Les finalités sont archivées, jamais supprimées : les enregistrements de consentement y font référence.</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (archivée)</translation>
    </message>
    <message>
        <source>Legitimate interest: %1</source>
        <translation>Intérêt légitime : %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Un&amp;archive</source>
        <translation>&amp;Désarchiver</translation>
    </message>
    <message>
        <source>Use this purpose again</source>
        <translation>Utiliser à nouveau cette finalité</translation>
    </message>
    <message>
        <source>Keep the purpose in the records, but no longer use it for anything</source>
        <translation>Conserver la finalité dans le registre, mais ne plus l&apos;utiliser pour quoi que ce soit</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Transfer safeguard</source>
        <translation>Garantie de transfert</translation>
    </message>
    <message>
        <source>Agreement signed</source>
        <translation>Contrat signé</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Finalités</translation>
    </message>
    <message>
        <source>Who receives personal data from you: processors working on your behalf (Art. 28 GDPR), joint controllers and other recipients, where they are and how transfers outside the EEA are safeguarded.</source>
        <translation>Qui reçoit des données personnelles de votre part : les sous-traitants agissant pour votre compte (Art. 28 RGPD), les responsables conjoints du traitement et les autres destinataires, où ils se trouvent et comment les transferts hors de l&apos;EEE sont encadrés.</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>%1, outside the EEA</source>
        <translation>%1, hors de l&apos;EEE</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>Aucune enregistrée</translation>
    </message>
    <message>
        <source>Country not known</source>
        <translation>Pays inconnu</translation>
    </message>
    <message>
        <source>Not needed (inside the EEA)</source>
        <translation>Non requise (dans l&apos;EEE)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non enregistrée</translation>
    </message>
    <message>
        <source>A transfer outside the EEA needs a safeguard (Chapter V GDPR); none is recorded.</source>
        <translation>Un transfert hors de l&apos;EEE nécessite une garantie (chapitre V RGPD) ; aucune n&apos;est enregistrée.</translation>
    </message>
    <message>
        <source>Your business&apos;s legal name</source>
        <translation>Raison sociale de votre entreprise</translation>
    </message>
    <message>
        <source>privacy@example.com</source>
        <translation>privacy@example.com</translation>
    </message>
    <message>
        <source>&amp;No data protection officer is appointed (Art. 37 GDPR does not require one)</source>
        <translation>Aucun délégué à la protection des données n&apos;est désigné (l&apos;Art. 37 RGPD ne l&apos;im&amp;pose pas)</translation>
    </message>
    <message>
        <source>The supervisory authority people can complain to, with its web address</source>
        <translation>L&apos;autorité de contrôle auprès de laquelle les personnes peuvent introduire une réclamation, avec son adresse web</translation>
    </message>
    <message>
        <source>e.g. on our web site and by email to customers</source>
        <translation>p. ex. sur notre site web et par e-mail aux clients</translation>
    </message>
    <message>
        <source>Controller &amp;name:</source>
        <translation>&amp;Nom du responsable du traitement :</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <source>&amp;DPO name:</source>
        <translation>Nom du &amp;DPD :</translation>
    </message>
    <message>
        <source>DPO e&amp;mail:</source>
        <translation>E-&amp;mail du DPD :</translation>
    </message>
    <message>
        <source>Supervisory a&amp;uthority:</source>
        <translation>A&amp;utorité de contrôle :</translation>
    </message>
    <message>
        <source>Policy &amp;updates announced:</source>
        <translation>Mises à jour de la politique ann&amp;oncées :</translation>
    </message>
    <message>
        <source>&amp;Save controller details</source>
        <translation>Enre&amp;gistrer les coordonnées du responsable du traitement</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Réta&amp;blir</translation>
    </message>
    <message>
        <source>Who is responsible for the processing (Art. 13(1)(a)-(b) GDPR). The privacy policy and the record of processing are written from these details.</source>
        <translation>Qui est responsable du traitement (Art. 13(1)(a)-(b) RGPD). La politique de confidentialité et le registre des traitements sont rédigés à partir de ces informations.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Utilisé</translation>
    </message>
    <message>
        <source>Special category</source>
        <translation>Catégorie particulière</translation>
    </message>
    <message>
        <source>Used by purposes</source>
        <translation>Utilisé par les finalités</translation>
    </message>
    <message>
        <source>Data minimisation (Art. 5(1)(c) GDPR): a field switched off disappears from editors, imports and exports; values already stored stay until retention or erasure removes them. Mark fields holding special-category data (Art. 9). Each change is saved at once.</source>
        <translation>Minimisation des données (Art. 5(1)(c) RGPD) : un champ désactivé disparaît des éditeurs, des importations et des exportations ; les valeurs déjà stockées restent jusqu&apos;à ce que la conservation ou l&apos;effacement les supprime. Marquez les champs contenant des données de catégorie particulière (Art. 9). Chaque modification est enregistrée immédiatement.</translation>
    </message>
    <message>
        <source>Switch off to stop collecting this field</source>
        <translation>Désactivez pour ne plus collecter ce champ</translation>
    </message>
    <message>
        <source>Switched off: editors, imports and exports leave it out</source>
        <translation>Désactivé : les éditeurs, importations et exportations l&apos;omettent</translation>
    </message>
    <message>
        <source>Confidant needs this field; only optional fields can be switched off.</source>
        <translation>Confidant a besoin de ce champ ; seuls les champs facultatifs peuvent être désactivés.</translation>
    </message>
    <message>
        <source>This field holds special-category data by definition.</source>
        <translation>Ce champ contient par définition des données de catégorie particulière.</translation>
    </message>
    <message>
        <source>Mark it if it holds health, religion or other Art. 9 data</source>
        <translation>Cochez-le s&apos;il contient des données de santé, de religion ou d&apos;autres données de l&apos;Art. 9</translation>
    </message>
</context>
<context>
    <name>confidant::ui::ProcessorEditorDialog</name>
    <message>
        <source>New processor or recipient</source>
        <translation>Nouveau sous-traitant ou destinataire</translation>
    </message>
    <message>
        <source>Edit processor — %1</source>
        <translation>Modifier le sous-traitant — %1</translation>
    </message>
    <message>
        <source>e.g. the mailing service or your tax adviser</source>
        <translation>p. ex. le service d&apos;envoi d&apos;e-mails ou votre conseiller fiscal</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Pas encore connu</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Where the data is processed. Outside the EEA, this is an international transfer.</source>
        <translation>Où les données sont traitées. Hors de l&apos;EEE, il s&apos;agit d&apos;un transfert international.</translation>
    </message>
    <message>
        <source>Which clauses or decision, where the signed copy is (required for &quot;other&quot;).</source>
        <translation>Quelles clauses ou quelle décision, où se trouve l&apos;exemplaire signé (obligatoire pour « autre »).</translation>
    </message>
    <message>
        <source>No safeguard is recorded for this transfer outside the EEA. Choose the one that makes it lawful (Chapter V GDPR); until then the privacy policy and the record of processing say it is missing.</source>
        <translation>Aucune garantie n&apos;est enregistrée pour ce transfert hors de l&apos;EEE. Choisissez celle qui le rend licite (chapitre V RGPD) ; d&apos;ici là, la politique de confidentialité et le registre des traitements indiquent qu&apos;elle manque.</translation>
    </message>
    <message>
        <source>Signed &amp;on:</source>
        <translation>Signé &amp;le :</translation>
    </message>
    <message>
        <source>e.g. DPA-2024-03.pdf in the contracts folder</source>
        <translation>p. ex. DPA-2024-03.pdf dans le dossier des contrats</translation>
    </message>
    <message>
        <source>An address or web page where they can be reached</source>
        <translation>Une adresse ou une page web où les joindre</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Pays :</translation>
    </message>
    <message>
        <source>Transfer &amp;safeguard:</source>
        <translation>&amp;Garantie de transfert :</translation>
    </message>
    <message>
        <source>Safeguard &amp;note:</source>
        <translation>Re&amp;marque sur la garantie :</translation>
    </message>
    <message>
        <source>Processing agreement:</source>
        <translation>Contrat de sous-traitance :</translation>
    </message>
    <message>
        <source>Agreement &amp;reference:</source>
        <translation>Ré&amp;férence du contrat :</translation>
    </message>
    <message>
        <source>Con&amp;tact:</source>
        <translation>Con&amp;tact :</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (archivée)</translation>
    </message>
    <message>
        <source>&amp;Purposes they serve:</source>
        <translation>&amp;Finalités servies :</translation>
    </message>
    <message>
        <source>Without a country the register cannot say whether data leaves the EEA.</source>
        <translation>Sans pays, le registre ne peut pas indiquer si les données quittent l&apos;EEE.</translation>
    </message>
    <message>
        <source>Inside the EEA: not an international transfer, no safeguard needed.</source>
        <translation>Dans l&apos;EEE : pas de transfert international, aucune garantie requise.</translation>
    </message>
    <message>
        <source>Outside the EEA: an international transfer (Chapter V GDPR) that needs a safeguard unless the country has an adequacy decision.</source>
        <translation>Hors de l&apos;EEE : un transfert international (chapitre V RGPD) qui nécessite une garantie, sauf si le pays bénéficie d&apos;une décision d&apos;adéquation.</translation>
    </message>
</context>
<context>
    <name>confidant::ui::ProfileChooserDialog</name>
    <message>
        <source>Choose profile</source>
        <translation>Choisir un profil</translation>
    </message>
    <message>
        <source>&lt;b&gt;Who is using Confidant?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Qui utilise Confidant&#xa0;?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Switch to another profile&lt;/b&gt;</source>
        <translation>&lt;b&gt;Passer à un autre profil&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Each profile has a role that decides what it may do. Everything a profile does is recorded in the audit trail under its name.</source>
        <translation>Chaque profil a un rôle qui détermine ce qu&apos;il peut faire. Tout ce que fait un profil est consigné sous son nom dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN&#xa0;:</translation>
    </message>
    <message>
        <source>There is no other profile yet. Profiles are added under Profile ▸ Manage profiles…, by a profile that may manage them.</source>
        <translation>Il n&apos;y a pas encore d&apos;autre profil. Les profils s&apos;ajoutent via Profil ▸ Gérer les profils…, par un profil autorisé à les gérer.</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <source>&amp;Switch</source>
        <translation>&amp;Changer</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (actuel)</translation>
    </message>
    <message>
        <source>&amp;PIN for %1:</source>
        <translation>&amp;PIN de %1&#xa0;:</translation>
    </message>
    <message>
        <source>Enter the PIN of this profile.</source>
        <translation>Saisissez le PIN de ce profil.</translation>
    </message>
</context>
<context>
    <name>confidant::ui::PurposeEditorDialog</name>
    <message>
        <source>New purpose</source>
        <translation>Nouvelle finalité</translation>
    </message>
    <message>
        <source>Edit purpose — %1</source>
        <translation>Modifier la finalité — %1</translation>
    </message>
    <message>
        <source>e.g. Newsletter</source>
        <translation>p. ex. Newsletter</translation>
    </message>
    <message>
        <source>What the data is used for, in words the people concerned understand.</source>
        <translation>À quoi servent les données, dans des termes que les personnes concernées comprennent.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The lawful basis of Art. 6(1) GDPR this processing rests on.</source>
        <translation>La base légale de l&apos;Art. 6(1) RGPD sur laquelle repose ce traitement.</translation>
    </message>
    <message>
        <source>The interest pursued, and why it is not overridden by the interests and rights of the people concerned.</source>
        <translation>L&apos;intérêt poursuivi, et pourquoi les intérêts et droits des personnes concernées ne prévalent pas sur lui.</translation>
    </message>
    <message>
        <source>Legitimate &amp;interest:</source>
        <translation>&amp;Intérêt légitime :</translation>
    </message>
    <message>
        <source>Use needs each person&apos;s &amp;consent</source>
        <translation>L&apos;utilisation requiert le &amp;consentement de chaque personne</translation>
    </message>
    <message>
        <source>&amp;Direct marketing (an objection always stops it, Art. 21(3))</source>
        <translation>&amp;Prospection directe (une opposition y met toujours fin, Art. 21(3))</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>months</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>years</source>
        <translation>ans</translation>
    </message>
    <message>
        <source>A month counts as 30 days, a year as 365 days.</source>
        <translation>Un mois compte 30 jours, une année 365 jours.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>D&amp;escription :</translation>
    </message>
    <message>
        <source>Lawful &amp;basis:</source>
        <translation>&amp;Base légale :</translation>
    </message>
    <message>
        <source>Default &amp;retention:</source>
        <translation>Conser&amp;vation par défaut :</translation>
    </message>
    <message>
        <source>%1 (switched off)</source>
        <translation>%1 (désactivé)</translation>
    </message>
    <message>
        <source>Data &amp;fields used:</source>
        <translation>C&amp;hamps de données utilisés :</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 an</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 ans</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 mois</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 mois</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>A purpose based on consent always needs each person&apos;s consent.</source>
        <translation>Une finalité fondée sur le consentement requiert toujours le consentement de chaque personne.</translation>
    </message>
    <message>
        <source>Only contacts with a valid consent for this purpose can be used for it (exports, lists).</source>
        <translation>Seuls les contacts disposant d&apos;un consentement valide pour cette finalité peuvent être utilisés à cette fin (exportations, listes).</translation>
    </message>
</context>
<context>
    <name>confidant::ui::RecoveryCodePage</name>
    <message>
        <source>Write down your recovery code</source>
        <translation>Notez votre code de récupération</translation>
    </message>
    <message>
        <source>If this computer&apos;s keychain is ever lost (new computer, reinstalled system), this code is the only way to open your vault. It is shown only now.</source>
        <translation>Si le trousseau de clés de cet ordinateur est un jour perdu (nouvel ordinateur, système réinstallé), ce code sera le seul moyen d&apos;ouvrir votre coffre. Il n&apos;est affiché que maintenant.</translation>
    </message>
    <message>
        <source>Write it on paper and keep it somewhere safe, away from this computer. Anyone who has this code and a copy of your vault can read it. Do not photograph it or store it in a file.</source>
        <translation>Notez-le sur papier et conservez-le en lieu sûr, loin de cet ordinateur. Toute personne disposant de ce code et d&apos;une copie de votre coffre peut en lire le contenu. Ne le photographiez pas et ne l&apos;enregistrez pas dans un fichier.</translation>
    </message>
    <message>
        <source>To check you wrote it down, type these two groups from your copy:</source>
        <translation>Pour vérifier que vous l&apos;avez bien noté, recopiez ces deux groupes depuis votre copie&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Group &amp;%1:</source>
        <translation>Groupe &amp;%1&#xa0;:</translation>
    </message>
    <message>
        <source>Group %1 does not match the code above; check your copy.</source>
        <translation>Le groupe %1 ne correspond pas au code ci-dessus&#xa0;; vérifiez votre copie.</translation>
    </message>
    <message>
        <source>Groups %1 and %2 do not match the code above; check your copy.</source>
        <translation>Les groupes %1 et %2 ne correspondent pas au code ci-dessus&#xa0;; vérifiez votre copie.</translation>
    </message>
    <message>
        <source>Confidant recovery code</source>
        <translation>Code de récupération Confidant</translation>
    </message>
    <message>
        <source>Print the recovery code</source>
        <translation>Imprimer le code de récupération</translation>
    </message>
    <message>
        <source>Could not start printing; write the code down by hand instead.</source>
        <translation>Impossible de lancer l&apos;impression&#xa0;; recopiez plutôt le code à la main.</translation>
    </message>
    <message>
        <source>Created %1. Keep this sheet somewhere safe. With it, your vault can be opened on any computer; without it, a lost keychain means a lost vault.</source>
        <translation>Établi le %1. Conservez cette feuille en lieu sûr. Grâce à elle, votre coffre peut être ouvert sur n&apos;importe quel ordinateur&#xa0;; sans elle, perdre le trousseau de clés signifie perdre le coffre.</translation>
    </message>
</context>
<context>
    <name>confidant::ui::ReminderNotifier</name>
    <message>
        <source>Reminder: %1 — due %2</source>
        <translation>Rappel&#xa0;: %1 — échéance&#xa0;: %2</translation>
    </message>
    <message>
        <source>Confidant</source>
        <translation>Confidant</translation>
    </message>
    <message numerus="yes">
        <source>%n task reminder(s) due. Open Confidant to see them.</source>
        <translation>
            <numerusform>%n rappel de tâche arrivé à échéance. Ouvrez Confidant pour le consulter.</numerusform>
            <numerusform>%n rappels de tâches arrivés à échéance. Ouvrez Confidant pour les consulter.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>confidant::ui::RequestStepDialog</name>
    <message>
        <source>Verify identity — %1</source>
        <translation>Vérifier l&apos;identité — %1</translation>
    </message>
    <message>
        <source>How did you check that the requester is the person concerned? For example: &quot;Replied from the email address on file&quot; or &quot;Passport seen in person&quot;. Ask only for what you need to be sure.</source>
        <translation>Comment avez-vous vérifié que le demandeur est bien la personne concernée ? Par exemple : « Réponse depuis l&apos;adresse e-mail enregistrée » ou « Passeport vu en personne ». Ne demandez que ce dont vous avez besoin pour en être sûr.</translation>
    </message>
    <message>
        <source>Record verification</source>
        <translation>Enregistrer la vérification</translation>
    </message>
    <message>
        <source>Extend the deadline — %1</source>
        <translation>Prolonger le délai — %1</translation>
    </message>
    <message>
        <source>Why does this request need more time? The reason is recorded, and the requester must be told of the extension and why before the original deadline.</source>
        <translation>Pourquoi cette demande nécessite-t-elle plus de temps ? La raison est enregistrée, et le demandeur doit être informé de la prolongation et de ses motifs avant l&apos;échéance initiale.</translation>
    </message>
    <message>
        <source>Extend</source>
        <translation>Prolonger</translation>
    </message>
    <message>
        <source>Close — %1</source>
        <translation>Clore — %1</translation>
    </message>
    <message>
        <source>How did the request end? A refusal needs its reasons, which the requester must be told together with their right to complain to the supervisory authority.</source>
        <translation>Comment la demande s&apos;est-elle terminée ? Un refus doit être motivé, et le demandeur doit être informé de ces motifs ainsi que de son droit d&apos;introduire une réclamation auprès de l&apos;autorité de contrôle.</translation>
    </message>
    <message>
        <source>Close request</source>
        <translation>Clore la demande</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Résultat :</translation>
    </message>
</context>
<context>
    <name>confidant::ui::RequestsPage</name>
    <message>
        <source>Open</source>
        <translation>Ouvertes</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Due within %1 days</source>
        <translation>À échéance dans les %1 jours</translation>
    </message>
    <message>
        <source>All, closed ones too</source>
        <translation>Toutes, y compris les closes</translation>
    </message>
    <message>
        <source>&amp;New request…</source>
        <translation>&amp;Nouvelle demande…</translation>
    </message>
    <message>
        <source>Data-subject requests</source>
        <translation>Demandes des personnes concernées</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher :</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Law</source>
        <translation>Loi</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>No requests here. When someone asks to see, correct or erase their data, record it with &quot;New request…&quot;: the deadline is worked out for you.</source>
        <translation>Aucune demande ici. Lorsque quelqu&apos;un demande à consulter, rectifier ou effacer ses données, enregistrez-le avec « Nouvelle demande… » : le délai est calculé pour vous.</translation>
    </message>
    <message>
        <source>&amp;Verify identity…</source>
        <translation>&amp;Vérifier l&apos;identité…</translation>
    </message>
    <message>
        <source>Record how the requester&apos;s identity was checked</source>
        <translation>Enregistrer comment l&apos;identité du demandeur a été vérifiée</translation>
    </message>
    <message>
        <source>Receipt &amp;confirmed</source>
        <translation>Réception &amp;confirmée</translation>
    </message>
    <message>
        <source>Record that the requester was told the request arrived (CCPA: within 10 business days)</source>
        <translation>Enregistrer que le demandeur a été informé de l&apos;arrivée de la demande (CCPA : sous 10 jours ouvrables)</translation>
    </message>
    <message>
        <source>E&amp;xtend…</source>
        <translation>&amp;Prolonger…</translation>
    </message>
    <message>
        <source>Use the one extension the law allows, with its reason</source>
        <translation>Utiliser l&apos;unique prolongation que la loi autorise, avec sa raison</translation>
    </message>
    <message>
        <source>Requester &amp;told</source>
        <translation>Demandeur &amp;informé</translation>
    </message>
    <message>
        <source>Record that the requester was told of the extension</source>
        <translation>Enregistrer que le demandeur a été informé de la prolongation</translation>
    </message>
    <message>
        <source>C&amp;lose…</source>
        <translation>C&amp;lore…</translation>
    </message>
    <message>
        <source>Record the outcome and close the request</source>
        <translation>Enregistrer le résultat et clore la demande</translation>
    </message>
    <message>
        <source>&amp;Access package…</source>
        <translation>&amp;Dossier d&apos;accès…</translation>
    </message>
    <message>
        <source>Everything held about the selected contact, as JSON, CSV and PDF</source>
        <translation>Tout ce qui est détenu sur le contact sélectionné, en JSON, CSV et PDF</translation>
    </message>
    <message>
        <source>&amp;Erase contact…</source>
        <translation>&amp;Effacer le contact…</translation>
    </message>
    <message>
        <source>Erase the selected contact, with a preview first</source>
        <translation>Effacer le contact sélectionné, avec un aperçu préalable</translation>
    </message>
    <message>
        <source>About:</source>
        <translation>Concerne :</translation>
    </message>
    <message>
        <source>Files produced (SHA-256):</source>
        <translation>Fichiers produits (SHA-256) :</translation>
    </message>
    <message>
        <source>%1 open, %2 overdue</source>
        <translation>%1 ouvertes, %2 en retard</translation>
    </message>
    <message>
        <source>%1 open</source>
        <translation>%1 ouvertes</translation>
    </message>
    <message>
        <source>Select a request to see where it stands.</source>
        <translation>Sélectionnez une demande pour voir où elle en est.</translation>
    </message>
    <message>
        <source>%1 · %2 (%3)</source>
        <translation>%1 · %2 (%3)</translation>
    </message>
    <message>
        <source>Received %1 by %2.</source>
        <translation>Reçue le %1 par %2.</translation>
    </message>
    <message>
        <source>Requester: %1</source>
        <translation>Demandeur : %1</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Détails : %1</translation>
    </message>
    <message>
        <source>Identity verified %1 by %2: %3</source>
        <translation>Identité vérifiée le %1 par %2 : %3</translation>
    </message>
    <message>
        <source>Extended %1: %2</source>
        <translation>Prolongée le %1 : %2</translation>
    </message>
    <message>
        <source>Closed %1 (%2). %3</source>
        <translation>Close le %1 (%2). %3</translation>
    </message>
    <message>
        <source>Erased contact</source>
        <translation>Contact effacé</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>Request %1 recorded.</source>
        <translation>Demande %1 enregistrée.</translation>
    </message>
    <message>
        <source>Request %1 updated.</source>
        <translation>Demande %1 mise à jour.</translation>
    </message>
</context>
<context>
    <name>confidant::ui::RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Confidant restores the backup into a new folder; the open vault stays as it is. Everyone erased after the backup was taken is erased again, as far as an erasure ledger shows: the one beside the backup file, or the one you choose below.</source>
        <translation>Confidant restaure la sauvegarde dans un nouveau dossier&#xa0;; le coffre ouvert reste tel quel. Toutes les personnes effacées après la sauvegarde sont effacées à nouveau, dans la mesure où un registre des effacements l&apos;indique&#xa0;: celui qui se trouve à côté du fichier de sauvegarde, ou celui que vous choisissez ci-dessous.</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Ch&amp;oose…</source>
        <translation>Ch&amp;oisir…</translation>
    </message>
    <message>
        <source>Choo&amp;se…</source>
        <translation>Cho&amp;isir…</translation>
    </message>
    <message>
        <source>A vault&apos;s erasure ledger: erasure-ledger.cfl in its backups folder</source>
        <translation>Le registre des effacements d&apos;un coffre&#xa0;: erasure-ledger.cfl dans son dossier des sauvegardes</translation>
    </message>
    <message>
        <source>The vault&apos;s recovery code or passphrase when the backup was taken</source>
        <translation>Code de récupération ou phrase secrète du coffre au moment de la sauvegarde</translation>
    </message>
    <message>
        <source>Show what you typed</source>
        <translation>Afficher la saisie</translation>
    </message>
    <message>
        <source>Restore &amp;without a newer ledger: people erased after the backup may come back (this is recorded in the restored vault&apos;s audit trail)</source>
        <translation>Restaurer sa&amp;ns registre plus récent&#xa0;: des personnes effacées après la sauvegarde peuvent réapparaître (cela est consigné dans le journal d&apos;audit du coffre restauré)</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>&amp;Backup file:</source>
        <translation>Fichier de &amp;sauvegarde&#xa0;:</translation>
    </message>
    <message>
        <source>Restore &amp;into:</source>
        <translation>Restaurer &amp;dans&#xa0;:</translation>
    </message>
    <message>
        <source>Recovery code or &amp;passphrase:</source>
        <translation>Code de récupération ou &amp;phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Erasure ledger:</source>
        <translation>Registre des &amp;effacements&#xa0;:</translation>
    </message>
    <message>
        <source>(none chosen)</source>
        <translation>(aucune sélection)</translation>
    </message>
    <message>
        <source>(only the one beside the backup)</source>
        <translation>(uniquement celui qui se trouve à côté de la sauvegarde)</translation>
    </message>
    <message>
        <source>Restore from</source>
        <translation>Restaurer depuis</translation>
    </message>
    <message>
        <source>Confidant backups (*.backup)</source>
        <translation>Sauvegardes Confidant (*.backup)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Restore into</source>
        <translation>Restaurer dans</translation>
    </message>
    <message>
        <source>Erasure ledger</source>
        <translation>Registre des effacements</translation>
    </message>
    <message>
        <source>Erasure ledgers (*.cfl)</source>
        <translation>Registres des effacements (*.cfl)</translation>
    </message>
    <message>
        <source>Choose the backup file and the folder to restore into.</source>
        <translation>Choisissez le fichier de sauvegarde et le dossier dans lequel restaurer.</translation>
    </message>
    <message>
        <source>Enter the recovery code or passphrase the vault had when the backup was taken.</source>
        <translation>Saisissez le code de récupération ou la phrase secrète qu&apos;avait le coffre au moment de la sauvegarde.</translation>
    </message>
    <message>
        <source>Restoring the backup and applying the erasures made since…</source>
        <translation>Restauration de la sauvegarde et application des effacements effectués depuis…</translation>
    </message>
    <message>
        <source>No erasure ledger newer than this backup was found, so Confidant cannot show that everyone erased since the backup was taken stays erased. Nothing was restored. Choose the vault&apos;s erasure ledger (erasure-ledger.cfl in its backups folder) above, or restore anyway.</source>
        <translation>Aucun registre des effacements plus récent que cette sauvegarde n&apos;a été trouvé&#xa0;; Confidant ne peut donc pas établir que toutes les personnes effacées depuis la sauvegarde restent effacées. Rien n&apos;a été restauré. Choisissez ci-dessus le registre des effacements du coffre (erasure-ledger.cfl dans son dossier des sauvegardes), ou restaurez malgré tout.</translation>
    </message>
    <message>
        <source>Restored the backup of %1 into %2.</source>
        <translation>Sauvegarde du %1 restaurée dans %2.</translation>
    </message>
    <message>
        <source>Erasures made after the backup and applied again: %1.</source>
        <translation>Effacements effectués après la sauvegarde et réappliqués&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Erasure ledger read: %1 (written %2, %3 entries).</source>
        <translation>Registre des effacements lu&#xa0;: %1 (écrit le %2, %3 entrées).</translation>
    </message>
    <message>
        <source>Every erasure recorded up to %1 is applied.</source>
        <translation>Tous les effacements enregistrés jusqu&apos;au %1 sont appliqués.</translation>
    </message>
    <message>
        <source>Its key is in the system keychain.</source>
        <translation>Sa clé se trouve dans le trousseau de clés du système.</translation>
    </message>
    <message>
        <source>Its key could not be stored in the keychain; unlock it with the recovery code.</source>
        <translation>Sa clé n&apos;a pas pu être enregistrée dans le trousseau de clés&#xa0;; déverrouillez-le avec le code de récupération.</translation>
    </message>
    <message>
        <source>To work in it, start Confidant with --vault &quot;%1&quot;.</source>
        <translation>Pour y travailler, lancez Confidant avec --vault &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Backup restored into %1.</source>
        <translation>Sauvegarde restaurée dans %1.</translation>
    </message>
    <message>
        <source>Restore &amp;anyway</source>
        <translation>Restaurer &amp;quand même</translation>
    </message>
</context>
<context>
    <name>confidant::ui::SavedFilterDialog</name>
    <message>
        <source>Edit filter — %1</source>
        <translation>Modifier le filtre — %1</translation>
    </message>
    <message>
        <source>New filter</source>
        <translation>Nouveau filtre</translation>
    </message>
    <message>
        <source>e.g. Customers in Berlin</source>
        <translation>p. ex. Clients à Berlin</translation>
    </message>
    <message>
        <source>Found in names, emails, phones, company or notes</source>
        <translation>Recherché dans les noms, e-mails, téléphones, entreprise ou notes</translation>
    </message>
    <message>
        <source>All of these tags, separated by commas</source>
        <translation>Toutes ces étiquettes, séparées par des virgules</translation>
    </message>
    <message>
        <source>A contact must match every part that is filled in.</source>
        <translation>Un contact doit correspondre à chaque élément renseigné.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Words:</source>
        <translation>&amp;Mots&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>É&amp;tiquettes&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Entreprise&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;Ville&#xa0;:</translation>
    </message>
    <message>
        <source>Cou&amp;ntry:</source>
        <translation>&amp;Pays&#xa0;:</translation>
    </message>
</context>
<context>
    <name>confidant::ui::SessionHost</name>
    <message>
        <source>Confidant is locked; unlock it first.</source>
        <translation>Confidant est verrouillé&#xa0;; déverrouillez-le d&apos;abord.</translation>
    </message>
</context>
<context>
    <name>confidant::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Locking</source>
        <translation>Verrouillage</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Lock after this long without use:</source>
        <translation>&amp;Verrouiller après cette durée d&apos;inactivité&#xa0;:</translation>
    </message>
    <message>
        <source>Locking closes the vault and forgets its key until someone unlocks it again. Ctrl+L locks at once.</source>
        <translation>Le verrouillage ferme le coffre et oublie sa clé jusqu&apos;à ce que quelqu&apos;un le déverrouille. Ctrl+L verrouille immédiatement.</translation>
    </message>
    <message>
        <source>Only a profile that may manage profiles can change this.</source>
        <translation>Seul un profil autorisé à gérer les profils peut modifier ce réglage.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Make &amp;encrypted backups on a schedule</source>
        <translation>Créer des sauvegardes &amp;chiffrées selon un calendrier</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Every:</source>
        <translation>Intervalle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Keep the newest:</source>
        <translation>Garder les &amp;plus récentes&#xa0;:</translation>
    </message>
    <message>
        <source>Last backup:</source>
        <translation>Dernière sauvegarde&#xa0;:</translation>
    </message>
    <message>
        <source>Only a profile that may back up and restore can change this.</source>
        <translation>Seul un profil autorisé à sauvegarder et restaurer peut modifier ce réglage.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucune pour l&apos;instant</translation>
    </message>
</context>
<context>
    <name>confidant::ui::SubjectRightsBox</name>
    <message>
        <source>Rights</source>
        <translation>Droits</translation>
    </message>
    <message>
        <source>&amp;Restrict processing…</source>
        <translation>&amp;Limiter le traitement…</translation>
    </message>
    <message>
        <source>Art. 18: keep the contact stored but stop every use and change of it, e.g. while its accuracy is contested</source>
        <translation>Art. 18 : conserver le contact mais cesser toute utilisation et toute modification, p. ex. pendant que son exactitude est contestée</translation>
    </message>
    <message>
        <source>&amp;Lift restriction</source>
        <translation>L&amp;ever la limitation</translation>
    </message>
    <message>
        <source>Processing may go on again; tell the person before lifting it (Art. 18(3))</source>
        <translation>Le traitement peut reprendre ; informez la personne avant de lever la limitation (Art. 18(3))</translation>
    </message>
    <message>
        <source>Processing restricted since %1 (Art. 18).</source>
        <translation>Traitement limité depuis le %1 (Art. 18).</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motif : %1</translation>
    </message>
    <message>
        <source>Processing is not restricted.</source>
        <translation>Le traitement n&apos;est pas limité.</translation>
    </message>
    <message>
        <source>Objected to direct marketing on %1 (Art. 21(2)).</source>
        <translation>Opposition à la prospection commerciale formulée le %1 (Art. 21(2)).</translation>
    </message>
    <message>
        <source>No objection to direct marketing recorded.</source>
        <translation>Aucune opposition à la prospection commerciale enregistrée.</translation>
    </message>
    <message>
        <source>Objected on %1</source>
        <translation>Opposition formulée le %1</translation>
    </message>
    <message>
        <source>An objection to direct marketing cannot be lifted: the contact stays left out of direct marketing, even after a new consent.</source>
        <translation>Une opposition à la prospection commerciale ne peut pas être levée : le contact reste exclu de la prospection commerciale, même après un nouveau consentement.</translation>
    </message>
    <message>
        <source>Record &amp;objection to direct marketing…</source>
        <translation>Enregistrer l&apos;&amp;opposition à la prospection commerciale…</translation>
    </message>
    <message>
        <source>Art. 21(2): the person objects to direct marketing; always to be honoured</source>
        <translation>Art. 21(2) : la personne s&apos;oppose à la prospection commerciale ; toujours à respecter</translation>
    </message>
    <message>
        <source>Restrict processing — %1</source>
        <translation>Limiter le traitement — %1</translation>
    </message>
    <message>
        <source>Restricting processing (Art. 18) freezes this contact: it stays stored, but nobody can change it, add to it or use it for any purpose until the restriction is lifted. It can still be erased, and an objection or a consent withdrawal can still be recorded.</source>
        <translation>Limiter le traitement (Art. 18) gèle ce contact : il reste conservé, mais personne ne peut le modifier, le compléter ou l&apos;utiliser pour quelque finalité que ce soit tant que la limitation n&apos;est pas levée. Il peut toujours être effacé, et une opposition ou un retrait de consentement peut toujours être enregistré.</translation>
    </message>
    <message>
        <source>&amp;Restrict</source>
        <translation>&amp;Limiter</translation>
    </message>
    <message>
        <source>e.g. accuracy contested, request R-2026-0003</source>
        <translation>p. ex. exactitude contestée, demande R-2026-0003</translation>
    </message>
    <message>
        <source>Shown on the contact; never written to the audit log.</source>
        <translation>Affiché sur le contact ; jamais écrit dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Reason (optional):</source>
        <translation>Motif (facultatif) :</translation>
    </message>
    <message>
        <source>No consent for direct marketing is given at the moment, so none is withdrawn.</source>
        <translation>Aucun consentement à la prospection commerciale n&apos;est donné actuellement, donc aucun n&apos;est retiré.</translation>
    </message>
    <message>
        <source>Consent is withdrawn for: %1.</source>
        <translation>Le consentement est retiré pour : %1.</translation>
    </message>
    <message>
        <source>Objection to direct marketing — %1</source>
        <translation>Opposition à la prospection commerciale — %1</translation>
    </message>
    <message>
        <source>Record that %1 objects to direct marketing (Art. 21(2))?

This marks the objection and withdraws consent for every direct-marketing purpose. %2 From now on the contact is left out of all direct marketing. An objection cannot be lifted: the contact stays left out, even after a new consent.</source>
        <translation>Enregistrer que %1 s&apos;oppose à la prospection commerciale (Art. 21(2)) ?

Cela consigne l&apos;opposition et retire le consentement pour chaque finalité de prospection commerciale. %2 Désormais, le contact est exclu de toute prospection commerciale. Une opposition ne peut pas être levée : le contact reste exclu, même après un nouveau consentement.</translation>
    </message>
    <message>
        <source>Record &amp;objection</source>
        <translation>Enregistrer l&apos;&amp;opposition</translation>
    </message>
</context>
<context>
    <name>confidant::ui::TimelineModel</name>
    <message>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Done · due %1</source>
        <translation>Terminée · échéance&#xa0;: %1</translation>
    </message>
    <message>
        <source>Overdue · due %1</source>
        <translation>En retard · échéance&#xa0;: %1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Échéance&#xa0;: %1</translation>
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
        <translation>Consigner un &amp;appel</translation>
    </message>
    <message>
        <source>Log &amp;meeting</source>
        <translation>Consigner une &amp;réunion</translation>
    </message>
    <message>
        <source>Log &amp;email</source>
        <translation>Consigner un &amp;e-mail</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>Ajouter une &amp;note</translation>
    </message>
    <message>
        <source>Add &amp;task</source>
        <translation>Ajouter une &amp;tâche</translation>
    </message>
    <message>
        <source>Nothing logged yet. Log a call, a meeting or an email, or add a note or a task.</source>
        <translation>Rien n&apos;a encore été consigné. Consignez un appel, une réunion ou un e-mail, ou ajoutez une note ou une tâche.</translation>
    </message>
</context>
<context>
    <name>confidant::ui::UnlockDialog</name>
    <message>
        <source>Unlock Confidant</source>
        <translation>Déverrouiller Confidant</translation>
    </message>
    <message>
        <source>&lt;b&gt;Unlock the vault&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;Déverrouiller le coffre&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>XXXX-XXXX-… (the code you wrote down when you created the vault)</source>
        <translation>XXXX-XXXX-… (le code que vous avez noté lors de la création du coffre)</translation>
    </message>
    <message>
        <source>Show what you typed</source>
        <translation>Afficher la saisie</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Recovery code:</source>
        <translation>Code de &amp;récupération&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>Enter the vault&apos;s passphrase.</source>
        <translation>Saisissez la phrase secrète du coffre.</translation>
    </message>
    <message>
        <source>Enter the recovery code.</source>
        <translation>Saisissez le code de récupération.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>The key was put back in this computer&apos;s keychain: next time Confidant opens without the recovery code.</source>
        <translation>La clé a été replacée dans le trousseau de clés de cet ordinateur&#xa0;: la prochaine fois, Confidant s&apos;ouvrira sans le code de récupération.</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <source>P&amp;IN:</source>
        <translation>P&amp;IN&#xa0;:</translation>
    </message>
    <message>
        <source>Confidant is locked</source>
        <translation>Confidant est verrouillé</translation>
    </message>
    <message>
        <source>&lt;b&gt;Confidant is locked&lt;/b&gt;&lt;br&gt;Profile: %1 (%2)&lt;br&gt;%3</source>
        <translation>&lt;b&gt;Confidant est verrouillé&lt;/b&gt;&lt;br&gt;Profil&#xa0;: %1 (%2)&lt;br&gt;%3</translation>
    </message>
    <message>
        <source>This profile has no PIN, so anyone at this computer can unlock Confidant. Set a PIN (Profile menu, “Set my PIN…”) and this screen will ask for it.</source>
        <translation>Ce profil n&apos;a pas de PIN&#xa0;: toute personne utilisant cet ordinateur peut donc déverrouiller Confidant. Définissez un PIN (menu Profil, «&#xa0;Définir mon PIN…&#xa0;») et cet écran le demandera.</translation>
    </message>
    <message>
        <source>Enter the PIN of this profile.</source>
        <translation>Saisissez le PIN de ce profil.</translation>
    </message>
    <message>
        <source>%1 Enter the recovery code instead.</source>
        <translation>%1 Saisissez plutôt le code de récupération.</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>accepté</translation>
    </message>
</context>
</TS>
