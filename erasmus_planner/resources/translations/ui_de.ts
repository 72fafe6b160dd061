<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AffiliatesPrompt</name>
    <message>
        <source>Affiliated entities</source>
        <translation>Verbundene Einrichtungen</translation>
    </message>
    <message>
        <source>&amp;Link them to:</source>
        <translation>&amp;Verknüpfen mit:</translation>
    </message>
    <message>
        <source>Full partner to link them to</source>
        <translation>Vollpartner, mit dem sie verknüpft werden</translation>
    </message>
    <message>
        <source>&amp;Make them full partners</source>
        <translation>Zu vollen &amp;Partnern machen</translation>
    </message>
    <message>
        <source>&amp;Remove them from the plan</source>
        <translation>Aus dem Plan &amp;entfernen</translation>
    </message>
</context>
<context>
    <name>AgencyCard</name>
    <message>
        <source>Submitting agency</source>
        <translation>Einreichende Agentur</translation>
    </message>
    <message>
        <source>SUBMIT TO</source>
        <translation>EINREICHEN BEI</translation>
    </message>
    <message>
        <source>Agency details and website</source>
        <translation>Angaben und Website der Agentur</translation>
    </message>
    <message>
        <source>Deadline, how to submit and the grant</source>
        <translation>Frist, Einreichung und Zuschuss</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Noch nicht bekannt</translation>
    </message>
    <message>
        <source>Also possible: {names}</source>
        <translation>Ebenfalls möglich: {names}</translation>
    </message>
</context>
<context>
    <name>BackgroundOp</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>CallCalendarDialog</name>
    <message>
        <source>Call calendar</source>
        <translation>Fristenkalender</translation>
    </message>
    <message>
        <source>Every deadline of the call year, in Brussels time with the offset of that day, and how the application is submitted. Dates marked ⚠ could not be confirmed: check them with your National Agency or the executive agency.</source>
        <translation>Jede Frist des Ausschreibungsjahres in Brüsseler Zeit mit der Zeitverschiebung jenes Tages, und wie der Antrag eingereicht wird. Mit ⚠ markierte Daten konnten nicht bestätigt werden: prüfen Sie sie bei Ihrer Nationalen Agentur oder der Exekutivagentur.</translation>
    </message>
    <message>
        <source>Call year</source>
        <translation>Ausschreibungsjahr</translation>
    </message>
    <message>
        <source>Call &amp;year</source>
        <translation>Ausschreibungs&amp;jahr</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Fristen</translation>
    </message>
    <message>
        <source>Action and round</source>
        <translation>Aktion und Runde</translation>
    </message>
    <message>
        <source>Deadline (Brussels time)</source>
        <translation>Frist (Brüsseler Zeit)</translation>
    </message>
    <message>
        <source>From today</source>
        <translation>Ab heute</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Verlässlichkeit</translation>
    </message>
    <message>
        <source>No action is open in this call year.</source>
        <translation>In diesem Ausschreibungsjahr ist keine Aktion offen.</translation>
    </message>
    <message>
        <source>applications by European NGOs</source>
        <translation>Anträge europäischer NGOs</translation>
    </message>
    <message>
        <source>No deadline of this call is recorded yet</source>
        <translation>Für diese Ausschreibung ist noch keine Frist erfasst</translation>
    </message>
    <message>
        <source>Round {round}</source>
        <translation>Runde {round}</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>(extended from {date})</source>
        <translation>(verlängert vom {date})</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>How to submit</source>
        <translation>Einreichung</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Quelle: {source}</translation>
    </message>
</context>
<context>
    <name>CandidatesDialog</name>
    <message>
        <source>Find in Directory</source>
        <translation>Im Verzeichnis suchen</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>This rule is met now.</source>
        <translation>Diese Regel ist jetzt erfüllt.</translation>
    </message>
    <message>
        <source>Looking in the partner directory…</source>
        <translation>Suche im Partnerverzeichnis…</translation>
    </message>
    <message>
        <source>Team workspace: {problem}</source>
        <translation>Team-Arbeitsbereich: {problem}</translation>
    </message>
    <message>
        <source>Add to Plan</source>
        <translation>Zum Plan hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s) would help; the first would make this rule pass</source>
        <translation>
            <numerusform>%n Organisation würde helfen; sie würde diese Regel erfüllen</numerusform>
            <numerusform>%n Organisationen würden helfen; die erste würde diese Regel erfüllen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s) would help; the rule needs more than one</source>
        <translation>
            <numerusform>%n Organisation würde helfen; die Regel braucht mehr als eine</numerusform>
            <numerusform>%n Organisationen würden helfen; die Regel braucht mehr als eine</numerusform>
        </translation>
    </message>
    <message>
        <source>No organisation in the partner directory would fix this by being added.</source>
        <translation>Keine Organisation im Partnerverzeichnis würde das durch Hinzufügen beheben.</translation>
    </message>
    <message>
        <source>(still looking in the team workspace…)</source>
        <translation>(es wird noch im Team-Arbeitsbereich gesucht …)</translation>
    </message>
    <message>
        <source>Added {name} to the plan</source>
        <translation>{name} zum Plan hinzugefügt</translation>
    </message>
</context>
<context>
    <name>CountryPicker</name>
    <message>
        <source>Type a name or code: pol, EL, UK…</source>
        <translation>Name oder Code eingeben: pol, EL, UK…</translation>
    </message>
    <message>
        <source>choose the country</source>
        <translation>Land auswählen</translation>
    </message>
    <message>
        <source>no country matches “{text}”</source>
        <translation>kein Land passt zu „{text}“</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>this installation keeps no recovery files</source>
        <translation>diese Installation legt keine Wiederherstellungsdateien an</translation>
    </message>
    <message>
        <source>The planner closed unexpectedly last time; the details are in {log}.</source>
        <translation>Der Planer wurde beim letzten Mal unerwartet beendet; die Details stehen in {log}.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgegangen</translation>
    </message>
    <message>
        <source>Show &amp;Details</source>
        <translation>&amp;Details anzeigen</translation>
    </message>
    <message>
        <source>&amp;Copy Details</source>
        <translation>Details &amp;kopieren</translation>
    </message>
    <message>
        <source>Open Log &amp;Folder</source>
        <translation>Protokoll&amp;ordner öffnen</translation>
    </message>
    <message>
        <source>&amp;Quit Planner</source>
        <translation>Planer &amp;beenden</translation>
    </message>
    <message>
        <source>&amp;Keep Working</source>
        <translation>&amp;Weiterarbeiten</translation>
    </message>
    <message>
        <source>The planner ran into a problem it did not expect.</source>
        <translation>Der Planer ist auf ein unerwartetes Problem gestoßen.</translation>
    </message>
    <message>
        <source>the planner offers them at its next start</source>
        <translation>der Planer bietet sie beim nächsten Start an</translation>
    </message>
    <message>
        <source>the planner offers them when you next open this plan</source>
        <translation>der Planer bietet sie an, wenn Sie diesen Plan das nächste Mal öffnen</translation>
    </message>
    <message>
        <source>Your work is safe: your unsaved changes are in the recovery file, and {where}.</source>
        <translation>Ihre Arbeit ist sicher: Ihre nicht gespeicherten Änderungen stehen in der Wiederherstellungsdatei, und {where}.</translation>
    </message>
    <message>
        <source>Your work is safe: the plan has no unsaved changes.</source>
        <translation>Ihre Arbeit ist sicher: Der Plan hat keine ungespeicherten Änderungen.</translation>
    </message>
    <message>
        <source>No plan was open, so no work was lost.</source>
        <translation>Es war kein Plan geöffnet, also ist keine Arbeit verloren.</translation>
    </message>
    <message>
        <source>Your unsaved changes could not be put in the recovery file ({why}). Save the plan now with File ▸ Save As before you go on.</source>
        <translation>Ihre nicht gespeicherten Änderungen konnten nicht in die Wiederherstellungsdatei geschrieben werden ({why}). Speichern Sie den Plan jetzt mit Datei ▸ Speichern unter, bevor Sie weiterarbeiten.</translation>
    </message>
    <message>
        <source>You can keep working. If the window behaves oddly, save your plan and restart the planner.</source>
        <translation>Sie können weiterarbeiten. Wenn sich das Fenster seltsam verhält, speichern Sie Ihren Plan und starten Sie den Planer neu.</translation>
    </message>
    <message>
        <source>The details are in {log}. Please attach that file when you report the problem.</source>
        <translation>Die Details stehen in {log}. Bitte hängen Sie diese Datei an, wenn Sie das Problem melden.</translation>
    </message>
    <message>
        <source>The details could not be written to a log file: copy them to report the problem.</source>
        <translation>Die Details konnten nicht in eine Protokolldatei geschrieben werden: Kopieren Sie sie, um das Problem zu melden.</translation>
    </message>
    <message>
        <source>Hide &amp;Details</source>
        <translation>&amp;Details ausblenden</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Something went wrong ({count} times)</source>
        <translation>Etwas ist schiefgegangen ({count}-mal)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
</context>
<context>
    <name>DirectoryEntryDialog</name>
    <message>
        <source>Edit directory entry — {name}</source>
        <translation>Verzeichniseintrag bearbeiten — {name}</translation>
    </message>
    <message>
        <source>Add to the partner directory</source>
        <translation>Zum Partnerverzeichnis hinzufügen</translation>
    </message>
</context>
<context>
    <name>DirectoryFilters</name>
    <message>
        <source>All countries</source>
        <translation>Alle Länder</translation>
    </message>
    <message>
        <source>any field</source>
        <translation>jeder Bereich</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>&amp;Took part in:</source>
        <translation>Be&amp;teiligt an:</translation>
    </message>
    <message>
        <source>si&amp;nce:</source>
        <translation>s&amp;eit:</translation>
    </message>
    <message>
        <source>Name, town, OID or PIC (accents do not matter)</source>
        <translation>Name, Ort, OID oder PIC (Akzente egal)</translation>
    </message>
    <message>
        <source>Search the directory</source>
        <translation>Verzeichnis durchsuchen</translation>
    </message>
    <message>
        <source>any year</source>
        <translation>jedes Jahr</translation>
    </message>
    <message>
        <source>Funded projects from this call year on</source>
        <translation>Geförderte Projekte ab diesem Aufrufjahr</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <source>any funded project, or none</source>
        <translation>beliebiges gefördertes Projekt oder keines</translation>
    </message>
    <message>
        <source>any funded project</source>
        <translation>beliebiges gefördertes Projekt</translation>
    </message>
    <message>
        <source>Experience: the action of a funded project</source>
        <translation>Erfahrung: die Aktion eines geförderten Projekts</translation>
    </message>
    <message>
        <source>in any role</source>
        <translation>in jeder Rolle</translation>
    </message>
    <message>
        <source>as coordinator</source>
        <translation>als Koordinator</translation>
    </message>
    <message>
        <source>as partner</source>
        <translation>als Partner</translation>
    </message>
</context>
<context>
    <name>DirectoryOfferBar</name>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>OID</source>
        <translation>OID</translation>
    </message>
    <message>
        <source>PIC</source>
        <translation>PIC</translation>
    </message>
    <message>
        <source>ECHE</source>
        <translation>ECHE</translation>
    </message>
    <message>
        <source>city</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>language community</source>
        <translation>Sprachgemeinschaft</translation>
    </message>
    <message>
        <source>founding date</source>
        <translation>Gründungsdatum</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>other data</source>
        <translation>weitere Angaben</translation>
    </message>
    <message>
        <source>Partner directory</source>
        <translation>Partnerverzeichnis</translation>
    </message>
    <message>
        <source>&amp;Update Directory Entry</source>
        <translation>&amp;Verzeichniseintrag aktualisieren</translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation>Jetzt nicht</translation>
    </message>
    <message>
        <source>“{name}” is in your partner directory with another {details}. Update the directory entry too?</source>
        <translation>„{name}“ steht in Ihrem Partnerverzeichnis mit anderen Angaben ({details}). Den Verzeichniseintrag auch aktualisieren?</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <source>Partner directory</source>
        <translation>Partnerverzeichnis</translation>
    </message>
    <message>
        <source>Partner directory file</source>
        <translation>Datei des Partnerverzeichnisses</translation>
    </message>
    <message>
        <source>Not part of this build</source>
        <translation>In dieser Ausgabe nicht enthalten</translation>
    </message>
    <message>
        <source>Empty: the usual place, {path}</source>
        <translation>Leer: der übliche Ort, {path}</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Auswählen…</translation>
    </message>
    <message>
        <source>Choose the partner directory file</source>
        <translation>Datei des Partnerverzeichnisses auswählen</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>Names typed in the partner dialog are completed from this file. Leave it empty for the usual place.</source>
        <translation>Namen, die im Partnerdialog eingegeben werden, werden aus dieser Datei ergänzt. Leer lassen für den üblichen Ort.</translation>
    </message>
    <message>
        <source>Partner directories (*.sqlite3);;All files (*)</source>
        <translation>Partnerverzeichnisse (*.sqlite3);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The folder of the partner directory does not exist: {folder}</source>
        <translation>Der Ordner des Partnerverzeichnisses existiert nicht: {folder}</translation>
    </message>
</context>
<context>
    <name>DirectorySource</name>
    <message>
        <source>Di&amp;rectory:</source>
        <translation>&amp;Verzeichnis:</translation>
    </message>
    <message>
        <source>My directory</source>
        <translation>Mein Verzeichnis</translation>
    </message>
    <message>
        <source>Team workspace</source>
        <translation>Team-Arbeitsbereich</translation>
    </message>
    <message>
        <source>Team workspace ({where})</source>
        <translation>Team-Arbeitsbereich ({where})</translation>
    </message>
</context>
<context>
    <name>DirectoryWindow</name>
    <message>
        <source>Add “{name}” to the directory</source>
        <translation>„{name}“ zum Verzeichnis hinzufügen</translation>
    </message>
    <message>
        <source>Edit “{name}” in the directory</source>
        <translation>„{name}“ im Verzeichnis bearbeiten</translation>
    </message>
    <message>
        <source>Delete “{name}” from the directory</source>
        <translation>„{name}“ aus dem Verzeichnis löschen</translation>
    </message>
    <message>
        <source>Delete {count} entries from the directory</source>
        <translation>{count} Einträge aus dem Verzeichnis löschen</translation>
    </message>
    <message>
        <source>Merge “{other}” into “{keep}”</source>
        <translation>„{other}“ mit „{keep}“ zusammenführen</translation>
    </message>
    <message>
        <source>Unexpected error ({kind}: {error}). The directory was not changed.</source>
        <translation>Unerwarteter Fehler ({kind}: {error}). Das Verzeichnis wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Cannot import {name}</source>
        <translation>{name} kann nicht importiert werden</translation>
    </message>
    <message>
        <source>Importing {name} into the partner directory…</source>
        <translation>{name} wird ins Partnerverzeichnis importiert…</translation>
    </message>
    <message>
        <source>Import cancelled; the directory is as it was</source>
        <translation>Import abgebrochen; das Verzeichnis ist unverändert</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported from {name}; %n row(s) need fixing:</source>
        <translation>
            <numerusform>Aus {name} wurde nichts importiert; %n Zeile muss korrigiert werden:</numerusform>
            <numerusform>Aus {name} wurde nichts importiert; %n Zeilen müssen korrigiert werden:</numerusform>
        </translation>
    </message>
    <message>
        <source>Import of {name}</source>
        <translation>Import von {name}</translation>
    </message>
    <message>
        <source>Nothing was imported from {name}</source>
        <translation>Aus {name} wurde nichts importiert</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n funded project(s) from {name}</source>
        <translation>
            <numerusform>%n gefördertes Projekt aus {name} importiert</numerusform>
            <numerusform>%n geförderte Projekte aus {name} importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new organisation(s)</source>
        <translation>
            <numerusform>%n neue Organisation</numerusform>
            <numerusform>%n neue Organisationen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n organisation(s) from {name}</source>
        <translation>
            <numerusform>%n Organisation aus {name} importiert</numerusform>
            <numerusform>%n Organisationen aus {name} importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bad row(s) skipped</source>
        <translation>
            <numerusform>%n fehlerhafte Zeile übersprungen</numerusform>
            <numerusform>%n fehlerhafte Zeilen übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot export the directory</source>
        <translation>Das Verzeichnis kann nicht exportiert werden</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n organisation(s) to {path}</source>
        <translation>
            <numerusform>%n Organisation nach {path} exportiert</numerusform>
            <numerusform>%n Organisationen nach {path} exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Matching projects</source>
        <translation>Passende Projekte</translation>
    </message>
    <message>
        <source>Funded projects</source>
        <translation>Geförderte Projekte</translation>
    </message>
    <message>
        <source>{matching} of its {total} funded projects match the filter</source>
        <translation>{matching} seiner {total} geförderten Projekte passen zum Filter</translation>
    </message>
    <message>
        <source>Other: {label}</source>
        <translation>Sonstige: {label}</translation>
    </message>
    <message>
        <source>Likely the same: the same name, with different websites</source>
        <translation>Wahrscheinlich dieselbe: derselbe Name, verschiedene Websites</translation>
    </message>
    <message>
        <source>Likely the same: the same website, under different names</source>
        <translation>Wahrscheinlich dieselbe: dieselbe Website unter verschiedenen Namen</translation>
    </message>
    <message>
        <source>Likely the same: the same words in another order</source>
        <translation>Wahrscheinlich dieselbe: dieselben Wörter in anderer Reihenfolge</translation>
    </message>
    <message>
        <source>Likely the same: one name holds every word of the other</source>
        <translation>Wahrscheinlich dieselbe: ein Name enthält jedes Wort des anderen</translation>
    </message>
    <message>
        <source>Likely the same: nearly the same name</source>
        <translation>Wahrscheinlich dieselbe: fast derselbe Name</translation>
    </message>
    <message>
        <source>Partner Directory</source>
        <translation>Partnerverzeichnis</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>Add an organisation to the directory</source>
        <translation>Eine Organisation zum Verzeichnis hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the selected organisation</source>
        <translation>Die ausgewählte Organisation bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the selected organisations (Undo brings them back)</source>
        <translation>Die ausgewählten Organisationen löschen (Rückgängig holt sie zurück)</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Zusammenführen</translation>
    </message>
    <message>
        <source>Merge the two selected entries into one, with their funded projects</source>
        <translation>Die zwei ausgewählten Einträge mit ihren geförderten Projekten zu einem zusammenführen</translation>
    </message>
    <message>
        <source>Likely D&amp;uplicates</source>
        <translation>&amp;Mögliche Doppelte</translation>
    </message>
    <message>
        <source>List pairs of entries that may be one organisation written two ways</source>
        <translation>Paare von Einträgen zeigen, die eine einzige, verschieden geschriebene Organisation sein könnten</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Add a partner list or a list of funded Erasmus+ projects (CSV or XLSX)</source>
        <translation>Eine Partnerliste oder eine Liste geförderter Erasmus+-Projekte hinzufügen (CSV oder XLSX)</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Write every organisation to a CSV or XLSX file</source>
        <translation>Alle Organisationen in eine CSV- oder XLSX-Datei schreiben</translation>
    </message>
    <message>
        <source>Add to &amp;Plan</source>
        <translation>Zum &amp;Plan hinzufügen</translation>
    </message>
    <message>
        <source>Add the selected organisations to the open plan</source>
        <translation>Die ausgewählten Organisationen zum geöffneten Plan hinzufügen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Team workspace: not answering (no answer within {seconds} s). Search again once it answers, or choose My directory above.</source>
        <translation>Team-Arbeitsbereich: antwortet nicht (keine Antwort innerhalb von {seconds} s). Suchen Sie erneut, sobald er antwortet, oder wählen Sie oben „Mein Verzeichnis“.</translation>
    </message>
    <message numerus="yes">
        <source>%n likely pair(s), one after the other: select the two entries of a pair and Merge (Undo takes it back)</source>
        <translation>
            <numerusform>%n mögliches Paar: wählen Sie seine zwei Einträge und Zusammenführen (Rückgängig nimmt es zurück)</numerusform>
            <numerusform>%n mögliche Paare, eines nach dem anderen: wählen Sie die zwei Einträge eines Paars und Zusammenführen (Rückgängig nimmt es zurück)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s) shown</source>
        <translation>
            <numerusform>%n Organisation angezeigt</numerusform>
            <numerusform>%n Organisationen angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>The first {shown} shown: narrow the search to see the others</source>
        <translation>Die ersten {shown} werden gezeigt: grenzen Sie die Suche ein, um die anderen zu sehen</translation>
    </message>
    <message numerus="yes">
        <source>{shown} · the directory holds %n organisation(s)</source>
        <translation>
            <numerusform>{shown} · das Verzeichnis enthält %n Organisation</numerusform>
            <numerusform>{shown} · das Verzeichnis enthält %n Organisationen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n funded project(s)</source>
        <translation>
            <numerusform>%n gefördertes Projekt</numerusform>
            <numerusform>%n geförderte Projekte</numerusform>
        </translation>
    </message>
    <message>
        <source>The directory was not changed</source>
        <translation>Das Verzeichnis wurde nicht verändert</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n entr(y/ies); Undo (Ctrl+Z) brings them back</source>
        <translation>
            <numerusform>%n Eintrag gelöscht; Rückgängig (Strg+Z) holt ihn zurück</numerusform>
            <numerusform>%n Einträge gelöscht; Rückgängig (Strg+Z) holt sie zurück</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n organisation(s) to the plan; Edit ▸ Undo in the plan&apos;s window takes them out</source>
        <translation>
            <numerusform>%n Organisation zum Plan hinzugefügt; Bearbeiten ▸ Rückgängig im Planfenster nimmt sie wieder heraus</numerusform>
            <numerusform>%n Organisationen zum Plan hinzugefügt; Bearbeiten ▸ Rückgängig im Planfenster nimmt sie wieder heraus</numerusform>
        </translation>
    </message>
    <message>
        <source>The partner directory is empty. Fill it with Import… (a partner list, or a list of funded Erasmus+ projects from the Erasmus+ Project Results platform, CSV or XLSX) or Add…; or, on the command line, erasmus-planner directory import FILE.</source>
        <translation>Das Partnerverzeichnis ist leer. Füllen Sie es mit Importieren… (eine Partnerliste oder eine Liste geförderter Erasmus+-Projekte von der Erasmus+ Project Results Platform, CSV oder XLSX) oder Hinzufügen…; oder auf der Kommandozeile mit erasmus-planner directory import DATEI.</translation>
    </message>
    <message>
        <source>Type in the list of funded projects: {label}</source>
        <translation>Typ in der Liste geförderter Projekte: {label}</translation>
    </message>
    <message>
        <source>No funded project in the directory.</source>
        <translation>Kein gefördertes Projekt im Verzeichnis.</translation>
    </message>
    <message numerus="yes">
        <source>Funded projects: %n</source>
        <translation>
            <numerusform>Geförderte Projekte: %n</numerusform>
            <numerusform>Geförderte Projekte: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>Koordinator</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>Partner</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiteres</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EligibilityPanel</name>
    <message>
        <source>◐ From a National Agency summary</source>
        <translation>◐ Aus einer Zusammenfassung einer Nationalen Agentur</translation>
    </message>
    <message>
        <source>⚠ Source unconfirmed</source>
        <translation>⚠ Quelle nicht bestätigt</translation>
    </message>
    <message>
        <source>Find in &amp;Directory…</source>
        <translation>Im &amp;Verzeichnis suchen…</translation>
    </message>
    <message>
        <source>Organisations of the partner directory that would make the selected failing rule pass</source>
        <translation>Organisationen des Partnerverzeichnisses, mit denen die ausgewählte nicht erfüllte Regel erfüllt wäre</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <source>What else fits?</source>
        <translation>Was passt noch?</translation>
    </message>
    <message>
        <source>{year} call</source>
        <translation>Aufruf {year}</translation>
    </message>
    <message>
        <source>Add partners to start</source>
        <translation>Partner hinzufügen, um zu beginnen</translation>
    </message>
    <message>
        <source>Add the applicant first; the checklist says what this action needs</source>
        <translation>Zuerst die antragstellende Einrichtung hinzufügen; die Checkliste sagt, was diese Aktion braucht</translation>
    </message>
    <message>
        <source>Choose a lot</source>
        <translation>Los wählen</translation>
    </message>
    <message>
        <source>The checks depend on the lot: choose it above</source>
        <translation>Die Prüfungen hängen vom Los ab: wählen Sie es oben</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Erfüllt</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Nicht erfüllt</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Quelle: {source}</translation>
    </message>
    <message>
        <source>Double-click a row, or select it and press Enter or Switch, to switch the plan to that action (Ctrl+Z switches back)</source>
        <translation>Doppelklicken Sie auf eine Zeile oder wählen Sie sie aus und drücken Sie die Eingabetaste oder „Wechseln“, um den Plan auf diese Aktion umzustellen (Strg+Z stellt zurück)</translation>
    </message>
    <message>
        <source>S&amp;witch</source>
        <translation>&amp;Wechseln</translation>
    </message>
    <message>
        <source>Switch the plan to the selected action</source>
        <translation>Den Plan auf die ausgewählte Aktion umstellen</translation>
    </message>
    <message>
        <source>No other action is open in the {year} call for this field.</source>
        <translation>Im Aufruf {year} ist für diesen Bereich keine andere Aktion offen.</translation>
    </message>
    <message>
        <source>Eligible with these partners</source>
        <translation>Mit diesen Partnern förderfähig</translation>
    </message>
    <message>
        <source> (and {n} more)</source>
        <translation> (und {n} weitere)</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>PDF briefing</source>
        <translation>PDF-Briefing</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Papierformat</translation>
    </message>
    <message>
        <source>As usual where I am (A4, or Letter in the Americas)</source>
        <translation>Wie hier üblich (A4, in Amerika Letter)</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US-Letter</translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation>&amp;Papierformat:</translation>
    </message>
</context>
<context>
    <name>ExportedBar</name>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the briefing in the PDF viewer</source>
        <translation>Das Briefing im PDF-Betrachter öffnen</translation>
    </message>
    <message>
        <source>Show in Fol&amp;der</source>
        <translation>Im Or&amp;dner zeigen</translation>
    </message>
    <message>
        <source>Open the folder the briefing was written to</source>
        <translation>Den Ordner öffnen, in den das Briefing geschrieben wurde</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Briefing written: {name}</source>
        <translation>Briefing geschrieben: {name}</translation>
    </message>
</context>
<context>
    <name>FundedProjectDialog</name>
    <message>
        <source>New from Funded Project</source>
        <translation>Neu aus gefördertem Projekt</translation>
    </message>
    <message>
        <source>Project identifier, words of its title, or an organisation&apos;s name</source>
        <translation>Projektkennung, Wörter des Titels oder der Name einer Organisation</translation>
    </message>
    <message>
        <source>&amp;Find a funded project:</source>
        <translation>Gefördertes Projekt &amp;finden:</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordinator</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>&amp;Create Plan</source>
        <translation>Plan &amp;erstellen</translation>
    </message>
    <message>
        <source>Team workspace: {problem}</source>
        <translation>Team-Arbeitsbereich: {problem}</translation>
    </message>
    <message>
        <source>Find a funded project</source>
        <translation>Geförderte Projekte suchen</translation>
    </message>
    <message>
        <source>No funded project matches; the directory holds those of the lists imported into it (View ▸ Partner Directory ▸ Import…)</source>
        <translation>Kein gefördertes Projekt passt; das Verzeichnis enthält die der importierten Listen (Ansicht ▸ Partnerverzeichnis ▸ Importieren…)</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) listed, newest first</source>
        <translation>
            <numerusform>%n Projekt aufgeführt</numerusform>
            <numerusform>%n Projekte aufgeführt, die neuesten zuerst</numerusform>
        </translation>
    </message>
    <message>
        <source>(still looking in the team workspace…)</source>
        <translation>(es wird noch im Team-Arbeitsbereich gesucht …)</translation>
    </message>
    <message>
        <source>Cannot make a plan from {identifier}</source>
        <translation>Aus {identifier} lässt sich kein Plan machen</translation>
    </message>
</context>
<context>
    <name>LanguageAndLookPage</name>
    <message>
        <source>Language and look</source>
        <translation>Sprache und Aussehen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>As the system ({language})</source>
        <translation>Wie das System ({language})</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>As the system (light or dark)</source>
        <translation>Wie das System (hell oder dunkel)</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Changes the window at once; the findings and the PDF briefing follow it.</source>
        <translation>Ändert das Fenster sofort; die Prüfergebnisse und das PDF-Briefing folgen ihr.</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Spreadsheet import is not part of this build yet.</source>
        <translation>Der Import aus Tabellen ist in dieser Ausgabe noch nicht enthalten.</translation>
    </message>
    <message>
        <source>The PDF briefing is not part of this build yet.</source>
        <translation>Das PDF-Briefing ist in dieser Ausgabe noch nicht enthalten.</translation>
    </message>
    <message>
        <source>The partner dialog is not part of this build yet.</source>
        <translation>Der Partnerdialog ist in dieser Ausgabe noch nicht enthalten.</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>Start an empty plan</source>
        <translation>Einen leeren Plan beginnen</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a plan file</source>
        <translation>Eine Plandatei öffnen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the plan</source>
        <translation>Den Plan speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Save the plan under another name</source>
        <translation>Den Plan unter einem anderen Namen speichern</translation>
    </message>
    <message>
        <source>Open from &amp;Workspace…</source>
        <translation>Aus dem &amp;Arbeitsbereich öffnen…</translation>
    </message>
    <message>
        <source>Open a team plan of the team workspace</source>
        <translation>Einen Teamplan aus dem Team-Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>Save to Wor&amp;kspace…</source>
        <translation>Im Arbeitsbereich speic&amp;hern…</translation>
    </message>
    <message>
        <source>Store the plan as a team plan in the team workspace</source>
        <translation>Den Plan als Teamplan im Team-Arbeitsbereich speichern</translation>
    </message>
    <message>
        <source>Team &amp;Board</source>
        <translation>Team-&amp;Übersicht</translation>
    </message>
    <message>
        <source>Every team plan with its verdict, agency and next deadline, live</source>
        <translation>Jeder Teamplan mit Ergebnis, Agentur und nächster Frist, live</translation>
    </message>
    <message>
        <source>&amp;Import Partners…</source>
        <translation>Partner &amp;importieren…</translation>
    </message>
    <message>
        <source>Add partners from a CSV or XLSX spreadsheet</source>
        <translation>Partner aus einer CSV- oder XLSX-Tabelle hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>PDF &amp;exportieren…</translation>
    </message>
    <message>
        <source>Write a printable briefing of the plan</source>
        <translation>Ein druckbares Briefing des Plans erstellen</translation>
    </message>
    <message>
        <source>&amp;Close Plan</source>
        <translation>Plan s&amp;chließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Add Partner…</source>
        <translation>Partner &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Add an organisation to the consortium</source>
        <translation>Eine Organisation zum Konsortium hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Edit Partner…</source>
        <translation>Partner &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the selected organisation</source>
        <translation>Die ausgewählte Organisation bearbeiten</translation>
    </message>
    <message>
        <source>Remove the selected organisations</source>
        <translation>Die ausgewählten Organisationen entfernen</translation>
    </message>
    <message>
        <source>Re&amp;move Partner</source>
        <translation>Partner ent&amp;fernen</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Filter the partner list</source>
        <translation>Die Partnerliste filtern</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Language, theme, presentation scale, paper size</source>
        <translation>Sprache, Farbschema, Größe im Präsentationsmodus, Papierformat</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation>&amp;Präsentationsmodus</translation>
    </message>
    <message>
        <source>Large text and high contrast for a projector (Esc leaves)</source>
        <translation>Große Schrift und hoher Kontrast für den Beamer (Esc beendet)</translation>
    </message>
    <message>
        <source>Leave Presentation Mode</source>
        <translation>Präsentationsmodus beenden</translation>
    </message>
    <message>
        <source>&amp;Eligibility Panel</source>
        <translation>&amp;Förderfähigkeit</translation>
    </message>
    <message>
        <source>&amp;What Else Fits?</source>
        <translation>&amp;Was passt noch?</translation>
    </message>
    <message>
        <source>Show or hide the other actions these partners would fit</source>
        <translation>Die anderen Aktionen zeigen oder ausblenden, für die diese Partner passen würden</translation>
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation>&amp;Werkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;Rules and Their Sources</source>
        <translation>&amp;Regeln und ihre Quellen</translation>
    </message>
    <message>
        <source>&amp;Call Calendar</source>
        <translation>&amp;Fristenkalender</translation>
    </message>
    <message>
        <source>Every deadline of the plan&apos;s call year and how to submit</source>
        <translation>Alle Fristen des Ausschreibungsjahres des Plans und wie eingereicht wird</translation>
    </message>
    <message>
        <source>Partner &amp;Directory</source>
        <translation>Partnerver&amp;zeichnis</translation>
    </message>
    <message>
        <source>Organisations kept across plans, with their funded projects</source>
        <translation>Organisationen für alle Pläne, mit ihren geförderten Projekten</translation>
    </message>
    <message>
        <source>New from &amp;Funded Project…</source>
        <translation>Neu aus &amp;gefördertem Projekt…</translation>
    </message>
    <message>
        <source>Start a plan from a funded consortium of the partner directory</source>
        <translation>Einen Plan aus einem geförderten Konsortium des Partnerverzeichnisses beginnen</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>Ü&amp;ber</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Speicherstatus</translation>
    </message>
    <message>
        <source>Read-only copy: File ▸ Save As makes one you can edit</source>
        <translation>Schreibgeschützte Kopie: Datei ▸ Speichern unter legt eine bearbeitbare an</translation>
    </message>
    <message>
        <source>&amp;Undo {action}</source>
        <translation>&amp;Rückgängig: {action}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo {action}</source>
        <translation>&amp;Wiederholen: {action}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (schreibgeschützt)</translation>
    </message>
    <message>
        <source>Untitled plan</source>
        <translation>Plan ohne Titel</translation>
    </message>
    <message>
        <source>Autosaved at {time}</source>
        <translation>Automatisch gesichert um {time}</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Noch nicht gespeichert</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Alle Änderungen gespeichert</translation>
    </message>
    <message>
        <source>Cannot open the plan</source>
        <translation>Der Plan kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Opened {name}, written by an older planner: saving upgrades it and keeps the old file as {backup}</source>
        <translation>{name} geöffnet, von einer älteren Planer-Version geschrieben: Speichern aktualisiert die Datei und bewahrt die alte als {backup} auf</translation>
    </message>
    <message>
        <source>Opened {name}</source>
        <translation>{name} geöffnet</translation>
    </message>
    <message>
        <source>The sample plan, as a new plan: save it under a name of your own</source>
        <translation>Der Beispielplan, als neuer Plan: Speichern Sie ihn unter einem eigenen Namen</translation>
    </message>
    <message>
        <source>“{name}” cannot be opened for editing: {why}.</source>
        <translation>„{name}“ kann nicht zum Bearbeiten geöffnet werden: {why}.</translation>
    </message>
    <message>
        <source>process {pid} on {host}</source>
        <translation>Prozess {pid} auf {host}</translation>
    </message>
    <message>
        <source>“{name}” is open in another window or on another computer ({holder}).</source>
        <translation>„{name}“ ist in einem anderen Fenster oder auf einem anderen Computer geöffnet ({holder}).</translation>
    </message>
    <message>
        <source>“{name}” is open in another window or on another computer.</source>
        <translation>„{name}“ ist in einem anderen Fenster oder auf einem anderen Computer geöffnet.</translation>
    </message>
    <message>
        <source>an unsaved plan ({title})</source>
        <translation>ein ungespeicherter Plan ({title})</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>ohne Titel</translation>
    </message>
    <message>
        <source>Unsaved work recovered: save it to keep it</source>
        <translation>Ungespeicherte Arbeit wiederhergestellt: speichern, um sie zu behalten</translation>
    </message>
    <message>
        <source>“{name}” cannot be saved there: {why}.</source>
        <translation>„{name}“ kann dort nicht gespeichert werden: {why}.</translation>
    </message>
    <message>
        <source>Save the plan under another name.</source>
        <translation>Speichern Sie den Plan unter einem anderen Namen.</translation>
    </message>
    <message>
        <source>Cannot save the plan</source>
        <translation>Der Plan kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>{name} gespeichert</translation>
    </message>
    <message>
        <source>“{name}” is being edited by {user} since {time}.</source>
        <translation>„{name}“ wird seit {time} von {user} bearbeitet.</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>No recent plans</source>
        <translation>Keine zuletzt geöffneten Pläne</translation>
    </message>
    <message>
        <source>Autosave failed: {why}</source>
        <translation>Automatisches Sichern fehlgeschlagen: {why}</translation>
    </message>
    <message>
        <source>Cannot update the partner directory</source>
        <translation>Das Partnerverzeichnis kann nicht aktualisiert werden</translation>
    </message>
    <message>
        <source>“{name}” updated in the partner directory</source>
        <translation>„{name}“ im Partnerverzeichnis aktualisiert</translation>
    </message>
    <message>
        <source>Importing partners from {name}…</source>
        <translation>Partner werden aus {name} importiert…</translation>
    </message>
    <message>
        <source>Cannot import partners</source>
        <translation>Partner können nicht importiert werden</translation>
    </message>
    <message>
        <source>Nothing was imported from {name}: the plan it was meant for was closed</source>
        <translation>Aus {name} wurde nichts importiert: Der Plan, für den es bestimmt war, wurde geschlossen</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported from {name}; %n row(s) need fixing:</source>
        <translation>
            <numerusform>Aus {name} wurde nichts importiert; %n Zeile muss korrigiert werden:</numerusform>
            <numerusform>Aus {name} wurde nichts importiert; %n Zeilen müssen korrigiert werden:</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported from {name}</source>
        <translation>Aus {name} wurde nichts importiert</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n partner(s) from {name}</source>
        <translation>
            <numerusform>%n Partner aus {name} importiert</numerusform>
            <numerusform>%n Partner aus {name} importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>No partners were found in {name}.</source>
        <translation>In {name} wurden keine Partner gefunden.</translation>
    </message>
    <message>
        <source>Import of {name}</source>
        <translation>Import von {name}</translation>
    </message>
    <message>
        <source>Writing the PDF briefing…</source>
        <translation>Das PDF-Briefing wird erstellt…</translation>
    </message>
    <message>
        <source>Cannot export the briefing</source>
        <translation>Das Briefing kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written</source>
        <translation>Export abgebrochen; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>Unexpected error ({kind}: {error}). Nothing was changed.</source>
        <translation>Unerwarteter Fehler ({kind}: {error}). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Zoom {percent} %</source>
        <translation>Zoom {percent} %</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>Über {app}</translation>
    </message>
    <message>
        <source>&lt;h3&gt;{app} {version}&lt;/h3&gt;&lt;p&gt;Plan Erasmus+ Key Action 2 consortia offline: check a consortium against its action&apos;s rules for the call year, and see which agency the application goes to.&lt;/p&gt;&lt;p&gt;Rules come from the Programme Guides 2014–2027 and National Agency summaries; Help ▸ Rules and Their Sources lists each one with its source. Always confirm with your National Agency before submitting.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;{app} {version}&lt;/h3&gt;&lt;p&gt;Konsortien für die Erasmus+ Leitaktion 2 offline planen: ein Konsortium anhand der Regeln seiner Aktion für das Aufrufjahr prüfen und sehen, bei welcher Agentur der Antrag eingereicht wird.&lt;/p&gt;&lt;p&gt;Die Regeln stammen aus den Programmleitfäden 2014–2027 und aus Zusammenfassungen der Nationalen Agenturen; Hilfe ▸ Regeln und ihre Quellen nennt zu jeder Regel ihre Quelle. Vor der Einreichung immer bei Ihrer Nationalen Agentur nachfragen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Team Board</source>
        <translation>Team-Übersicht</translation>
    </message>
    <message>
        <source>Team plan</source>
        <translation>Teamplan</translation>
    </message>
    <message>
        <source>Action, year</source>
        <translation>Aktion, Jahr</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agentur</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Whether the plan meets the action&apos;s rules today (the rules not met in the tooltip)</source>
        <translation>Ob der Plan heute die Regeln der Aktion erfüllt (die nicht erfüllten Regeln im Tooltip)</translation>
    </message>
    <message>
        <source>The National Agency or EACEA the application goes to</source>
        <translation>Die Nationale Agentur oder die EACEA, an die der Antrag geht</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Nächste Frist</translation>
    </message>
    <message>
        <source>Last saved, or who is editing the plan now</source>
        <translation>Zuletzt gespeichert, oder wer den Plan gerade bearbeitet</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>Nicht lesbar</translation>
    </message>
    <message>
        <source>The stored plan cannot be read: {why}</source>
        <translation>Der gespeicherte Plan kann nicht gelesen werden: {why}</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Förderfähig</translation>
    </message>
    <message>
        <source>Every rule of the action is met.</source>
        <translation>Alle Regeln der Aktion sind erfüllt.</translation>
    </message>
    <message numerus="yes">
        <source>Not eligible: %n rule(s) not met</source>
        <translation>
            <numerusform>Nicht förderfähig: %n Regel nicht erfüllt</numerusform>
            <numerusform>Nicht förderfähig: %n Regeln nicht erfüllt</numerusform>
        </translation>
    </message>
    <message>
        <source>Not eligible ({count})</source>
        <translation>Nicht förderfähig ({count})</translation>
    </message>
    <message>
        <source>No deadline ahead for this call year</source>
        <translation>In diesem Ausschreibungsjahr steht keine Frist mehr an</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>noch %n Tag</numerusform>
            <numerusform>noch %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>since {when}</source>
        <translation>seit {when}</translation>
    </message>
    <message>
        <source>today {time}</source>
        <translation>heute {time}</translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>Last saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Offline: showing the board as last read; retrying…</source>
        <translation>Offline: die Übersicht wie zuletzt gelesen; neuer Versuch läuft…</translation>
    </message>
    <message>
        <source>The board cannot be read: {why}</source>
        <translation>Die Übersicht kann nicht gelesen werden: {why}</translation>
    </message>
    <message>
        <source>{count} team plans, {eligible} eligible — updated {time}</source>
        <translation>{count} Teampläne, {eligible} förderfähig — aktualisiert {time}</translation>
    </message>
    <message>
        <source>{date} ({days} days)</source>
        <translation>{date} ({days} Tage)</translation>
    </message>
    <message>
        <source>{who} since {when}</source>
        <translation>{who} seit {when}</translation>
    </message>
    <message>
        <source>{when} by {who}</source>
        <translation>{when} von {who}</translation>
    </message>
    <message>
        <source>No team workspace</source>
        <translation>Kein Team-Arbeitsbereich</translation>
    </message>
    <message>
        <source>Set the team workspace&apos;s address in Preferences ▸ Workspace first.</source>
        <translation>Geben Sie zuerst die Adresse des Team-Arbeitsbereichs unter Einstellungen ▸ Arbeitsbereich an.</translation>
    </message>
    <message>
        <source>Cannot connect</source>
        <translation>Keine Verbindung möglich</translation>
    </message>
    <message>
        <source>Connecting to the team workspace…</source>
        <translation>Verbindung zum Team-Arbeitsbereich…</translation>
    </message>
    <message>
        <source>Team workspace: connecting…</source>
        <translation>Team-Arbeitsbereich: Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Team workspace offline: retrying…</source>
        <translation>Team-Arbeitsbereich offline: neuer Versuch läuft…</translation>
    </message>
    <message>
        <source>Cannot connect to the team workspace</source>
        <translation>Keine Verbindung zum Team-Arbeitsbereich</translation>
    </message>
    <message>
        <source>Team workspace: not connected</source>
        <translation>Team-Arbeitsbereich: nicht verbunden</translation>
    </message>
    <message>
        <source>Reading the team plans…</source>
        <translation>Teampläne werden gelesen…</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>Kopie</translation>
    </message>
    <message>
        <source>Reloaded {name} as saved by your colleague</source>
        <translation>{name} neu geladen, wie Ihre Kollegin oder Ihr Kollege es gespeichert hat</translation>
    </message>
    <message>
        <source>Team workspace offline: your changes are kept on this computer and saved when it is back</source>
        <translation>Team-Arbeitsbereich offline: Ihre Änderungen bleiben auf diesem Computer und werden gespeichert, sobald er wieder erreichbar ist</translation>
    </message>
    <message>
        <source>The team workspace is not answering: names are completed from your own directory until it answers again</source>
        <translation>Der Team-Arbeitsbereich antwortet nicht: Namen werden aus Ihrem eigenen Verzeichnis ergänzt, bis er wieder antwortet</translation>
    </message>
    <message>
        <source>Team workspace: not answering</source>
        <translation>Team-Arbeitsbereich: antwortet nicht</translation>
    </message>
    <message>
        <source>Team workspace: offline</source>
        <translation>Team-Arbeitsbereich: offline</translation>
    </message>
    <message>
        <source>The team workspace is not answering at the moment. Your work is kept on this computer; the planner keeps trying in the background — try again when the status bar says it is back.</source>
        <translation>Der Team-Arbeitsbereich antwortet gerade nicht. Ihre Arbeit bleibt auf diesem Computer erhalten; der Planer versucht es im Hintergrund weiter – versuchen Sie es erneut, wenn die Statusleiste meldet, dass er wieder da ist.</translation>
    </message>
    <message>
        <source>Team workspace back: your changes are saved</source>
        <translation>Team-Arbeitsbereich wieder da: Ihre Änderungen sind gespeichert</translation>
    </message>
    <message>
        <source>Team workspace: {where}</source>
        <translation>Team-Arbeitsbereich: {where}</translation>
    </message>
    <message>
        <source>Team workspace</source>
        <translation>Team-Arbeitsbereich</translation>
    </message>
    <message>
        <source>New plan from the funded project {identifier}: not saved yet</source>
        <translation>Neuer Plan aus dem geförderten Projekt {identifier}: noch nicht gespeichert</translation>
    </message>
    <message>
        <source>New plan from {identifier}</source>
        <translation>Neuer Plan aus {identifier}</translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <source>{country} is a Programme Country in {year}</source>
        <translation>{country} ist {year} ein Programmland</translation>
    </message>
    <message>
        <source>{country} is a Partner Country in {year}</source>
        <translation>{country} ist {year} ein Partnerland</translation>
    </message>
    <message>
        <source>{country} is an EU Member State</source>
        <translation>{country} ist ein EU-Mitgliedstaat</translation>
    </message>
    <message>
        <source>{country} is an associated country</source>
        <translation>{country} ist ein mit dem Programm assoziiertes Land</translation>
    </message>
    <message>
        <source>{country} is not associated</source>
        <translation>{country} ist nicht mit dem Programm assoziiert</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>{value} is not a calendar date</source>
        <translation>{value} ist kein gültiges Datum</translation>
    </message>
    <message>
        <source>write the year (2008) or the full date (2008-09-01)</source>
        <translation>Jahr (2008) oder vollständiges Datum (2008-09-01) eingeben</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} und {last}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Edit partner — {name}</source>
        <translation>Partner bearbeiten — {name}</translation>
    </message>
    <message>
        <source>Add partner</source>
        <translation>Partner hinzufügen</translation>
    </message>
    <message>
        <source>Legal name; type a few letters to pick from the partner directory</source>
        <translation>Rechtsgültiger Name; einige Buchstaben eingeben, um aus dem Partnerverzeichnis zu wählen</translation>
    </message>
    <message>
        <source>Legal name (the partner directory is empty: nothing to pick from yet)</source>
        <translation>Offizieller Name (das Partnerverzeichnis ist leer: noch nichts zur Auswahl)</translation>
    </message>
    <message>
        <source>The partner directory is empty. Fill it from View ▸ Partner Directory: Import… a partner list or a list of funded Erasmus+ projects (the Project Results export), or Add… organisations one by one.</source>
        <translation>Das Partnerverzeichnis ist leer. Füllen Sie es über Ansicht ▸ Partnerverzeichnis: Importieren… einer Partnerliste oder einer Liste geförderter Erasmus+-Projekte (der Project-Results-Export) oder Hinzufügen… einzelner Organisationen.</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Name der Organisation</translation>
    </message>
    <message>
        <source>Legal name of the organisation</source>
        <translation>Rechtsgültiger Name der Organisation</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Organisation type</source>
        <translation>Art der Organisation</translation>
    </message>
    <message>
        <source>Role in the consortium</source>
        <translation>Rolle im Konsortium</translation>
    </message>
    <message>
        <source>Full partner it is affiliated to</source>
        <translation>Vollpartner, mit dem sie verbunden ist</translation>
    </message>
    <message>
        <source>Holds an ECHE</source>
        <translation>Besitzt eine ECHE</translation>
    </message>
    <message>
        <source>Erasmus Charter for Higher Education</source>
        <translation>Erasmus-Charta für die Hochschulbildung</translation>
    </message>
    <message>
        <source>Language community</source>
        <translation>Sprachgemeinschaft</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <source>Decides the National Agency when this partner is the applicant.</source>
        <translation>Bestimmt die Nationale Agentur, wenn dieser Partner der Antragsteller ist.</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Established</source>
        <translation>Gegründet</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Ansprechperson</translation>
    </message>
    <message>
        <source>Contact e-mail</source>
        <translation>Kontakt-E-Mail</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>A&amp;ffiliated to:</source>
        <translation>Ver&amp;bunden mit:</translation>
    </message>
    <message>
        <source>O&amp;ID:</source>
        <translation>O&amp;ID:</translation>
    </message>
    <message>
        <source>&amp;PIC:</source>
        <translation>&amp;PIC:</translation>
    </message>
    <message>
        <source>&amp;ECHE:</source>
        <translation>&amp;ECHE:</translation>
    </message>
    <message>
        <source>Language co&amp;mmunity:</source>
        <translation>Sprach&amp;gemeinschaft:</translation>
    </message>
    <message>
        <source>Cit&amp;y:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>Esta&amp;blished:</source>
        <translation>Gegrün&amp;det:</translation>
    </message>
    <message>
        <source>Cont&amp;act person:</source>
        <translation>An&amp;sprechperson:</translation>
    </message>
    <message>
        <source>E-mai&amp;l:</source>
        <translation>E-&amp;Mail:</translation>
    </message>
    <message>
        <source>Note&amp;s:</source>
        <translation>Noti&amp;zen:</translation>
    </message>
    <message>
        <source>{action}, {year} call</source>
        <translation>{action}, Aufruf {year}</translation>
    </message>
    <message>
        <source>{year} call</source>
        <translation>Aufruf {year}</translation>
    </message>
    <message>
        <source>Country statuses and requirements below are those of this call year.</source>
        <translation>Länderstatus und Anforderungen unten gelten für dieses Aufrufjahr.</translation>
    </message>
    <message>
        <source>the {what} is still needed</source>
        <translation>{what} fehlt noch</translation>
    </message>
    <message>
        <source>established: {problem}</source>
        <translation>Gegründet: {problem}</translation>
    </message>
    <message>
        <source>an affiliated entity belongs to a full partner: add the applicant or a full partner first</source>
        <translation>eine verbundene Einrichtung gehört zu einem Vollpartner: fügen Sie zuerst den Antragsteller oder einen Vollpartner hinzu</translation>
    </message>
    <message>
        <source>{name} is already the applicant, and a plan has exactly one: make that one a full partner afterwards, or choose another role here.</source>
        <translation>{name} ist bereits der Antragsteller, und ein Plan hat genau einen: Machen Sie diesen danach zum Vollpartner, oder wählen Sie hier eine andere Rolle.</translation>
    </message>
    <message>
        <source>Affiliated entities exist from the {first} call; in the {year} call the checklist will not accept one.</source>
        <translation>Verbundene Einrichtungen gibt es ab der Ausschreibung {first}; in der Ausschreibung {year} akzeptiert die Prüfliste keine.</translation>
    </message>
    <message numerus="yes">
        <source>%n affiliated entities are linked to this organisation; in this role it can have none: on OK you choose what becomes of them.</source>
        <translation>
            <numerusform>%n verbundene Einrichtung ist mit dieser Organisation verknüpft; in dieser Rolle kann sie keine haben: nach OK wählen Sie, was aus ihr wird.</numerusform>
            <numerusform>%n verbundene Einrichtungen sind mit dieser Organisation verknüpft; in dieser Rolle kann sie keine haben: nach OK wählen Sie, was aus ihnen wird.</numerusform>
        </translation>
    </message>
    <message>
        <source>Listed under this partner; counts toward no minimum.</source>
        <translation>Wird unter diesem Partner aufgeführt; zählt für kein Minimum.</translation>
    </message>
    <message>
        <source>No applicant or full partner in the plan yet.</source>
        <translation>Noch kein Antragsteller und kein Vollpartner im Plan.</translation>
    </message>
    <message>
        <source>year or full date of legal establishment</source>
        <translation>Jahr oder vollständiges Datum der rechtlichen Gründung</translation>
    </message>
    <message>
        <source>Still needed: {fields}.</source>
        <translation>Noch nötig: {fields}.</translation>
    </message>
    <message>
        <source>{problems}.</source>
        <translation>{problems}.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>The {identifier} looks malformed; you can still save, and the check will flag it.</source>
        <translation>{identifier} scheint fehlerhaft zu sein; Sie können trotzdem speichern, die Prüfung weist darauf hin.</translation>
    </message>
    <message>
        <source>The {identifiers} look malformed; you can still save, and the check will flag them.</source>
        <translation>{identifiers} scheinen fehlerhaft zu sein; Sie können trotzdem speichern, die Prüfung weist darauf hin.</translation>
    </message>
    <message>
        <source>well formed</source>
        <translation>richtig aufgebaut</translation>
    </message>
    <message>
        <source>E and 8 digits</source>
        <translation>E und 8 Ziffern</translation>
    </message>
    <message>
        <source>9 digits</source>
        <translation>9 Ziffern</translation>
    </message>
    <message>
        <source>{shape}; {action} applications use it</source>
        <translation>{shape}; Anträge für {action} verwenden sie</translation>
    </message>
    <message>
        <source>optional, {shape}</source>
        <translation>optional, {shape}</translation>
    </message>
    <message>
        <source>Required for higher education institutions in {countries}.</source>
        <translation>Erforderlich für Hochschulen aus: {countries}.</translation>
    </message>
    <message>
        <source>Required: {where}.</source>
        <translation>Erforderlich: {where}.</translation>
    </message>
    <message>
        <source>Not needed: {where}.</source>
        <translation>Nicht nötig: {where}.</translation>
    </message>
    <message numerus="yes">
        <source>%n funded project(s)</source>
        <translation>
            <numerusform>%n gefördertes Projekt</numerusform>
            <numerusform>%n geförderte Projekte</numerusform>
        </translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>Koordinator</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>newest {year} {code}, {role}</source>
        <translation>neuestes {year} {code}, {role}</translation>
    </message>
    <message>
        <source>team workspace</source>
        <translation>Team-Arbeitsbereich</translation>
    </message>
</context>
<context>
    <name>PartnerTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>OID / PIC</source>
        <translation>OID / PIC</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>no {identifier} yet</source>
        <translation>noch keine {identifier}</translation>
    </message>
    <message>
        <source>Affiliated entity of {partner}</source>
        <translation>Verbundene Einrichtung von {partner}</translation>
    </message>
</context>
<context>
    <name>PartnersView</name>
    <message>
        <source>Filter partners</source>
        <translation>Partner filtern</translation>
    </message>
    <message>
        <source>Filter by name, country, type, OID or PIC</source>
        <translation>Nach Name, Land, Art, OID oder PIC filtern</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>OID missing (+1)</source>
        <translation>OID fehlt (+1)</translation>
    </message>
    <message>
        <source>OID missing</source>
        <translation>OID fehlt</translation>
    </message>
    <message>
        <source>No partners yet. Add the applicant first, then the partners.</source>
        <translation>Noch keine Partner. Zuerst den Antragsteller hinzufügen, dann die Partner.</translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n Organisation</numerusform>
            <numerusform>%n Organisationen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n organisation(s) match the filter</source>
        <translation>
            <numerusform>{shown} von %n Organisation passt zum Filter</numerusform>
            <numerusform>{shown} von %n Organisationen passen zum Filter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanArea</name>
    <message>
        <source>Pa&amp;rtners</source>
        <translation>Pa&amp;rtner</translation>
    </message>
    <message>
        <source>The plan and its partners</source>
        <translation>Der Plan und seine Partner</translation>
    </message>
    <message>
        <source>Verdi&amp;ct: {word}</source>
        <translation>&amp;Ergebnis: {word}</translation>
    </message>
    <message>
        <source>The verdict, the agency, the checklist and what else fits</source>
        <translation>Das Ergebnis, die Agentur, die Checkliste und was sonst passt</translation>
    </message>
</context>
<context>
    <name>PlanHeader</name>
    <message>
        <source>Plan title</source>
        <translation>Titel des Plans</translation>
    </message>
    <message>
        <source>Title of the project, e.g. Green skills for rural schools</source>
        <translation>Titel des Projekts, z. B. Grüne Kompetenzen für Schulen auf dem Land</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>Call year</source>
        <translation>Aufrufjahr</translation>
    </message>
    <message>
        <source>Call &amp;year</source>
        <translation>Aufruf&amp;jahr</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation>A&amp;ktion</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>F&amp;ield</source>
        <translation>Berei&amp;ch</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>&amp;Lot</source>
        <translation>&amp;Lot</translation>
    </message>
    <message>
        <source>Project type</source>
        <translation>Projektart</translation>
    </message>
    <message>
        <source>&amp;Project type</source>
        <translation>&amp;Projektart</translation>
    </message>
    <message>
        <source>Duration in months</source>
        <translation>Laufzeit in Monaten</translation>
    </message>
    <message>
        <source>D&amp;uration</source>
        <translation>Lauf&amp;zeit</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source> months</source>
        <translation> Monate</translation>
    </message>
    <message>
        <source>How long the project runs; the checklist compares it with what the action allows.</source>
        <translation>Wie lange das Projekt läuft; die Prüfliste vergleicht sie mit dem, was die Aktion zulässt.</translation>
    </message>
    <message>
        <source>Actions of the {p} programme</source>
        <translation>Aktionen des Programms {p}</translation>
    </message>
    <message>
        <source>(calls {years})</source>
        <translation>(Aufrufe {years})</translation>
    </message>
    <message>
        <source>No fields in this action</source>
        <translation>Diese Aktion hat keine Bereiche</translation>
    </message>
    <message>
        <source>Choose a field…</source>
        <translation>Bereich wählen…</translation>
    </message>
    <message>
        <source>Choose a lot…</source>
        <translation>Lot wählen…</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
</context>
<context>
    <name>PresentationPage</name>
    <message>
        <source>Presentation mode</source>
        <translation>Präsentationsmodus</translation>
    </message>
    <message>
        <source>Text size in presentation mode</source>
        <translation>Schriftgröße im Präsentationsmodus</translation>
    </message>
    <message>
        <source>Te&amp;xt size:</source>
        <translation>Schrift&amp;größe:</translation>
    </message>
    <message>
        <source>View ▸ Presentation Mode (F5) shows the plan full screen, this much larger and in high contrast; Esc leaves it.</source>
        <translation>Ansicht ▸ Präsentationsmodus (F5) zeigt den Plan im Vollbild, um so viel größer und mit hohem Kontrast; Esc beendet ihn.</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Plans (*.epplan *.json);;Plan documents (*.epplan);;Plan files (*.json)</source>
        <translation>Pläne (*.epplan *.json);;Plandokumente (*.epplan);;Plandateien (*.json)</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
        <translation>Tabellen (*.csv *.xlsx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes to “{name}” before closing?</source>
        <translation>Änderungen an „{name}“ vor dem Schließen speichern?</translation>
    </message>
    <message>
        <source>If you don&apos;t save, your changes will be lost.</source>
        <translation>Wenn Sie nicht speichern, gehen Ihre Änderungen verloren.</translation>
    </message>
    <message>
        <source>Plan changed elsewhere</source>
        <translation>Plan anderswo geändert</translation>
    </message>
    <message>
        <source>“{name}” was changed by another program or on another computer since you opened it.</source>
        <translation>„{name}“ wurde seit dem Öffnen von einem anderen Programm oder auf einem anderen Computer geändert.</translation>
    </message>
    <message>
        <source>Replace those changes with yours, or save yours under another name?</source>
        <translation>Diese Änderungen durch Ihre ersetzen oder Ihre unter einem anderen Namen speichern?</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message numerus="yes">
        <source>“{partner}” has %n affiliated entities. Remove them too, link them to another full partner, or keep them as full partners?</source>
        <translation>
            <numerusform>„{partner}“ hat %n verbundene Einrichtung. Auch entfernen, mit einem anderen Vollpartner verknüpfen oder als Vollpartner behalten?</numerusform>
            <numerusform>„{partner}“ hat %n verbundene Einrichtungen. Auch entfernen, mit einem anderen Vollpartner verknüpfen oder als Vollpartner behalten?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“{partner}” becomes: {role}. In that role it can have no affiliated entities, and %n are linked to it. Link them to another full partner, make them full partners, or remove them?</source>
        <translation>
            <numerusform>„{partner}“ wird: {role}. In dieser Rolle kann es keine verbundenen Einrichtungen haben, und %n ist damit verknüpft. Mit einem anderen Vollpartner verknüpfen, zum Vollpartner machen oder entfernen?</numerusform>
            <numerusform>„{partner}“ wird: {role}. In dieser Rolle kann es keine verbundenen Einrichtungen haben, und %n sind damit verknüpft. Mit einem anderen Vollpartner verknüpfen, zu Vollpartnern machen oder entfernen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Recover unsaved work?</source>
        <translation>Ungespeicherte Arbeit wiederherstellen?</translation>
    </message>
    <message>
        <source>The planner did not close properly last time. Unsaved work was kept:

{what}

Restore it?</source>
        <translation>Der Planer wurde beim letzten Mal nicht ordnungsgemäß beendet. Ungespeicherte Arbeit wurde aufbewahrt:

{what}

Wiederherstellen?</translation>
    </message>
    <message>
        <source>Plan in use</source>
        <translation>Plan in Benutzung</translation>
    </message>
    <message>
        <source>Open a read-only copy?</source>
        <translation>Eine schreibgeschützte Kopie öffnen?</translation>
    </message>
    <message>
        <source>Not a plan</source>
        <translation>Kein Plan</translation>
    </message>
    <message>
        <source>{name} is a spreadsheet, not a plan: plans are .json or .epplan files.</source>
        <translation>{name} ist eine Tabelle, kein Plan: Pläne sind .json- oder .epplan-Dateien.</translation>
    </message>
    <message>
        <source>Import the partners it lists into the open plan? (Undo takes them out again.)</source>
        <translation>Die darin aufgeführten Partner in den geöffneten Plan importieren? (Rückgängig nimmt sie wieder heraus.)</translation>
    </message>
    <message>
        <source>&amp;Import Partners…</source>
        <translation>Partner &amp;importieren…</translation>
    </message>
    <message>
        <source>Import of {name}</source>
        <translation>Import von {name}</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of {name} cannot be imported.</source>
        <translation>
            <numerusform>%n Zeile von {name} kann nicht importiert werden.</numerusform>
            <numerusform>%n Zeilen von {name} können nicht importiert werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import the other rows and leave these out, or import nothing and fix the file first?</source>
        <translation>Die übrigen Zeilen importieren und diese auslassen, oder nichts importieren und zuerst die Datei korrigieren?</translation>
    </message>
    <message numerus="yes">
        <source>Import %n Good Row(s)</source>
        <translation>
            <numerusform>%n gültige Zeile importieren</numerusform>
            <numerusform>%n gültige Zeilen importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Nothing</source>
        <translation>Nichts importieren</translation>
    </message>
    <message>
        <source>Open plan</source>
        <translation>Plan öffnen</translation>
    </message>
    <message>
        <source>Save plan as</source>
        <translation>Plan speichern unter</translation>
    </message>
    <message>
        <source>Import partners</source>
        <translation>Partner importieren</translation>
    </message>
    <message>
        <source>Export PDF briefing</source>
        <translation>PDF-Briefing exportieren</translation>
    </message>
    <message>
        <source>Import into the partner directory</source>
        <translation>Ins Partnerverzeichnis importieren</translation>
    </message>
    <message>
        <source>Export the partner directory</source>
        <translation>Partnerverzeichnis exportieren</translation>
    </message>
    <message>
        <source>…and {n} more</source>
        <translation>…und {n} weitere</translation>
    </message>
    <message>
        <source>Team workspace password</source>
        <translation>Passwort für den Team-Arbeitsbereich</translation>
    </message>
    <message>
        <source>Password of {user} for the team workspace {where}:
(kept only until the planner closes)</source>
        <translation>Passwort von {user} für den Team-Arbeitsbereich {where}:
(nur behalten, bis der Planer geschlossen wird)</translation>
    </message>
    <message>
        <source>Save to Workspace</source>
        <translation>Im Arbeitsbereich speichern</translation>
    </message>
    <message>
        <source>Name of the team plan:</source>
        <translation>Name des Teamplans:</translation>
    </message>
    <message>
        <source>Save refused</source>
        <translation>Speichern abgelehnt</translation>
    </message>
    <message>
        <source>Someone saved “{name}” in the team workspace since you opened it.</source>
        <translation>Jemand hat „{name}“ im Team-Arbeitsbereich gespeichert, seit Sie ihn geöffnet haben.</translation>
    </message>
    <message>
        <source>Nothing was overwritten. Keep your version as a copy beside theirs, or reload theirs (your changes are dropped)?</source>
        <translation>Nichts wurde überschrieben. Ihre Fassung als Kopie neben der anderen behalten, oder die andere neu laden (Ihre Änderungen werden verworfen)?</translation>
    </message>
    <message>
        <source>&amp;Keep Mine as a Copy</source>
        <translation>Meine als &amp;Kopie behalten</translation>
    </message>
    <message>
        <source>&amp;Reload Theirs</source>
        <translation>Andere neu &amp;laden</translation>
    </message>
    <message>
        <source>Open from Workspace</source>
        <translation>Aus dem Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>Team plan</source>
        <translation>Teamplan</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Last saved</source>
        <translation>Zuletzt gespeichert</translation>
    </message>
    <message>
        <source>Being edited by</source>
        <translation>In Bearbeitung von</translation>
    </message>
    <message>
        <source>No team plans yet: File ▸ Save to Workspace stores the open plan as one.</source>
        <translation>Noch keine Teampläne: Datei ▸ Im Arbeitsbereich speichern legt den offenen Plan als einen an.</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>Official</source>
        <translation>Offiziell</translation>
    </message>
    <message>
        <source>◐ Agency summary</source>
        <translation>◐ Zusammenfassung einer Agentur</translation>
    </message>
    <message>
        <source>⚠ Unconfirmed</source>
        <translation>⚠ Nicht bestätigt</translation>
    </message>
    <message>
        <source>Confirmed in the Programme Guide or the official call text.</source>
        <translation>Im Programmleitfaden oder im offiziellen Aufruftext bestätigt.</translation>
    </message>
    <message>
        <source>Taken from National Agency summaries of the Programme Guide.</source>
        <translation>Aus Zusammenfassungen des Programmleitfadens durch Nationale Agenturen übernommen.</translation>
    </message>
    <message>
        <source>Could not be confirmed: check it with your National Agency.</source>
        <translation>Konnte nicht bestätigt werden: bitte bei Ihrer Nationalen Agentur nachfragen.</translation>
    </message>
    <message>
        <source>schools</source>
        <translation>Schulen</translation>
    </message>
    <message>
        <source>higher education institutions</source>
        <translation>Hochschulen</translation>
    </message>
    <message>
        <source>VET providers</source>
        <translation>Berufsbildungseinrichtungen</translation>
    </message>
    <message>
        <source>enterprises</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>enterprises, industry or sector representatives</source>
        <translation>Unternehmen, Industrie- oder Branchenvertretungen</translation>
    </message>
    <message>
        <source>labour-market actors</source>
        <translation>Arbeitsmarktakteure</translation>
    </message>
    <message>
        <source>education and training providers</source>
        <translation>Bildungs- und Ausbildungseinrichtungen</translation>
    </message>
    <message>
        <source>bodies with a regulatory function</source>
        <translation>Stellen mit Regulierungsfunktion</translation>
    </message>
    <message>
        <source>public bodies</source>
        <translation>öffentliche Einrichtungen</translation>
    </message>
    <message>
        <source>youth organisations or groups</source>
        <translation>Jugendorganisationen oder -gruppen</translation>
    </message>
    <message>
        <source>calls {years}</source>
        <translation>Aufrufe {years}</translation>
    </message>
    <message>
        <source>lots: {lots}</source>
        <translation>Lots: {lots}</translation>
    </message>
    <message>
        <source>type: {types}</source>
        <translation>Art: {types}</translation>
    </message>
    <message>
        <source>at least {n} months</source>
        <translation>mindestens {n} Monate</translation>
    </message>
    <message>
        <source>at least {n}</source>
        <translation>mindestens {n}</translation>
    </message>
    <message>
        <source>at most {n} months</source>
        <translation>höchstens {n} Monate</translation>
    </message>
    <message>
        <source>at most {n}</source>
        <translation>höchstens {n}</translation>
    </message>
    <message>
        <source>{values} months</source>
        <translation>{values} Monate</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>not {countries}</source>
        <translation>nicht {countries}</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>counted as {group}</source>
        <translation>gezählt als {group}</translation>
    </message>
    <message>
        <source>in at least {n} countries</source>
        <translation>in mindestens {n} Ländern</translation>
    </message>
    <message>
        <source>from the {year} call</source>
        <translation>ab der Ausschreibung {year}</translation>
    </message>
    <message>
        <source>except outermost-region categories {regions}</source>
        <translation>außer Gebieten in äußerster Randlage der Kategorien {regions}</translation>
    </message>
    <message>
        <source>registered before {date}</source>
        <translation>registriert vor dem {date}</translation>
    </message>
    <message>
        <source>Rules and their sources</source>
        <translation>Regeln und ihre Quellen</translation>
    </message>
    <message>
        <source>The planner checks each consortium against these rules. Each names its source: the Programme Guide of the call year where it could be confirmed, otherwise National Agency summaries (◐). Rules marked ⚠ rest on sources that could not be confirmed: check them with your National Agency.</source>
        <translation>Der Planer prüft jedes Konsortium anhand dieser Regeln. Jede nennt ihre Quelle: den Programmleitfaden des Aufrufjahres, wo sie bestätigt werden konnte, sonst Zusammenfassungen Nationaler Agenturen (◐). Mit ⚠ markierte Regeln beruhen auf Quellen, die nicht bestätigt werden konnten: bitte bei Ihrer Nationalen Agentur nachfragen.</translation>
    </message>
    <message>
        <source>Call year</source>
        <translation>Aufrufjahr</translation>
    </message>
    <message>
        <source>All call years</source>
        <translation>Alle Aufrufjahre</translation>
    </message>
    <message>
        <source>Call &amp;year</source>
        <translation>Aufruf&amp;jahr</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Gilt für</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Verlässlichkeit</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Every action</source>
        <translation>Jede Aktion</translation>
    </message>
    <message>
        <source> — advice</source>
        <translation> — Empfehlung</translation>
    </message>
</context>
<context>
    <name>TypePicker</name>
    <message>
        <source>group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Choose the kind of organisation…</source>
        <translation>Art der Organisation wählen…</translation>
    </message>
</context>
<context>
    <name>VerdictBanner</name>
    <message>
        <source>Eligible</source>
        <translation>Förderfähig</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>Nicht förderfähig</translation>
    </message>
    <message numerus="yes">
        <source>%n requirement(s) not met</source>
        <translation>
            <numerusform>%n Anforderung nicht erfüllt</numerusform>
            <numerusform>%n Anforderungen nicht erfüllt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) to review</source>
        <translation>
            <numerusform>%n Warnung zu prüfen</numerusform>
            <numerusform>%n Warnungen zu prüfen</numerusform>
        </translation>
    </message>
    <message>
        <source>Every requirement is met</source>
        <translation>Alle Anforderungen sind erfüllt</translation>
    </message>
    <message>
        <source>Verdict: {symbol} {word}</source>
        <translation>Ergebnis: {symbol} {word}</translation>
    </message>
    <message>
        <source>Checked against {what}</source>
        <translation>Geprüft gegen {what}</translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <source>Build a Key Action 2 consortium partner by partner, and see at once whether it is eligible and which agency the application goes to. Everything stays on this computer.</source>
        <translation>Stellen Sie ein Konsortium für die Leitaktion 2 Partner für Partner zusammen und sehen Sie sofort, ob es förderfähig ist und bei welcher Agentur der Antrag eingereicht wird. Alles bleibt auf diesem Computer.</translation>
    </message>
    <message>
        <source>&amp;New plan</source>
        <translation>&amp;Neuer Plan</translation>
    </message>
    <message>
        <source>Start an empty plan for this year&apos;s call</source>
        <translation>Einen leeren Plan für den diesjährigen Aufruf beginnen</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a plan file (.epplan or .json)</source>
        <translation>Eine Plandatei öffnen (.epplan oder .json)</translation>
    </message>
    <message>
        <source>Open &amp;sample</source>
        <translation>&amp;Beispiel öffnen</translation>
    </message>
    <message>
        <source>Open a worked example: a 2019 school Strategic Partnership</source>
        <translation>Ein ausgearbeitetes Beispiel öffnen: eine Strategische Partnerschaft von Schulen aus dem Jahr 2019</translation>
    </message>
    <message>
        <source>Recent plans</source>
        <translation>Zuletzt geöffnete Pläne</translation>
    </message>
</context>
<context>
    <name>WorkspacePage</name>
    <message>
        <source>Team workspace</source>
        <translation>Team-Arbeitsbereich</translation>
    </message>
    <message>
        <source>Team workspace address</source>
        <translation>Adresse des Team-Arbeitsbereichs</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>Adr&amp;esse:</translation>
    </message>
    <message>
        <source>A PostgreSQL URL or service name. Passwords are asked for, never stored.</source>
        <translation>Eine PostgreSQL-URL oder ein Dienstname. Passwörter werden erfragt, nie gespeichert.</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>Add partner “{name}”</source>
        <translation>Partner „{name}“ hinzufügen</translation>
    </message>
    <message>
        <source>Add {count} partners</source>
        <translation>{count} Partner hinzufügen</translation>
    </message>
    <message>
        <source>Edit partner “{name}”</source>
        <translation>Partner „{name}“ bearbeiten</translation>
    </message>
    <message>
        <source>Remove partner “{name}”</source>
        <translation>Partner „{name}“ entfernen</translation>
    </message>
    <message>
        <source>Remove {count} partners</source>
        <translation>{count} Partner entfernen</translation>
    </message>
    <message>
        <source>Switch to {action}</source>
        <translation>Wechsel zu {action}</translation>
    </message>
    <message>
        <source>Change title</source>
        <translation>Titel ändern</translation>
    </message>
    <message>
        <source>Set call year to {year}</source>
        <translation>Aufrufjahr auf {year} setzen</translation>
    </message>
    <message>
        <source>Set field to {field}</source>
        <translation>Bereich auf {field} setzen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Change lot</source>
        <translation>Lot ändern</translation>
    </message>
    <message>
        <source>Change project type</source>
        <translation>Projektart ändern</translation>
    </message>
    <message>
        <source>Change plan details</source>
        <translation>Plandaten ändern</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Full partner</source>
        <translation>Vollpartner</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Antragsteller</translation>
    </message>
    <message>
        <source>Associated</source>
        <translation>Assoziiert</translation>
    </message>
    <message>
        <source>Submits the application and coordinates; a plan has exactly one.</source>
        <translation>Reicht den Antrag ein und koordiniert; ein Plan hat genau einen.</translation>
    </message>
    <message>
        <source>Takes full part; counts toward the minimum number of partners.</source>
        <translation>Nimmt voll teil; zählt für die Mindestzahl der Partner.</translation>
    </message>
    <message>
        <source>Contributes without funding; never counts toward a minimum.</source>
        <translation>Wirkt ohne Förderung mit; zählt nie für eine Mindestzahl.</translation>
    </message>
    <message>
        <source>Higher education</source>
        <translation>Hochschule</translation>
    </message>
    <message>
        <source>Adult education</source>
        <translation>Erwachsenenbildung</translation>
    </message>
    <message>
        <source>Large enterprise</source>
        <translation>Großunternehmen</translation>
    </message>
    <message>
        <source>Social enterprise</source>
        <translation>Sozialunternehmen</translation>
    </message>
    <message>
        <source>Foundation</source>
        <translation>Stiftung</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Schule</translation>
    </message>
    <message>
        <source>Affiliated</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Linked to one full partner (calls from 2021); counts toward no minimum and never applies.</source>
        <translation>Mit einem Vollpartner verbunden (Ausschreibungen ab 2021); zählt für kein Minimum und stellt nie den Antrag.</translation>
    </message>
    <message>
        <source>VET provider</source>
        <translation>Berufsbildungsanbieter</translation>
    </message>
    <message>
        <source>Youth organisation</source>
        <translation>Jugendorganisation</translation>
    </message>
    <message>
        <source>Informal youth group</source>
        <translation>Informelle Jugendgruppe</translation>
    </message>
    <message>
        <source>SME</source>
        <translation>KMU</translation>
    </message>
    <message>
        <source>Local authority</source>
        <translation>Kommunale Behörde</translation>
    </message>
    <message>
        <source>Regional authority</source>
        <translation>Regionale Behörde</translation>
    </message>
    <message>
        <source>National authority</source>
        <translation>Nationale Behörde</translation>
    </message>
    <message>
        <source>NGO</source>
        <translation>NRO</translation>
    </message>
    <message>
        <source>European NGO</source>
        <translation>Europäische NRO</translation>
    </message>
    <message>
        <source>Research institute</source>
        <translation>Forschungsinstitut</translation>
    </message>
    <message>
        <source>Social partner</source>
        <translation>Sozialpartner</translation>
    </message>
    <message>
        <source>Qualification body</source>
        <translation>Qualifizierungsstelle</translation>
    </message>
    <message>
        <source>Guidance service</source>
        <translation>Beratungsdienst</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>Schools</source>
        <translation>Schulen</translation>
    </message>
    <message>
        <source>Schools and colleges</source>
        <translation>Schulen und Berufskollegs</translation>
    </message>
    <message>
        <source>Universities</source>
        <translation>Hochschulen</translation>
    </message>
    <message>
        <source>Youth groups</source>
        <translation>Jugendgruppen</translation>
    </message>
    <message>
        <source>Businesses</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Authorities</source>
        <translation>Behörden</translation>
    </message>
    <message>
        <source>NGOs</source>
        <translation>NROs</translation>
    </message>
    <message>
        <source>Research and expertise</source>
        <translation>Forschung und Fachwissen</translation>
    </message>
    <message>
        <source>Erasmus+ 2014–2020</source>
        <translation>Erasmus+ 2014–2020</translation>
    </message>
    <message>
        <source>Erasmus+ 2021–2027</source>
        <translation>Erasmus+ 2021–2027</translation>
    </message>
    <message>
        <source>Programme Country in {year}</source>
        <translation>Programmland {year}</translation>
    </message>
    <message>
        <source>Partner Country in {year}</source>
        <translation>Partnerland {year}</translation>
    </message>
    <message>
        <source>EU Member State</source>
        <translation>EU-Mitgliedstaat</translation>
    </message>
    <message>
        <source>associated country</source>
        <translation>assoziiertes Land</translation>
    </message>
    <message>
        <source>not associated</source>
        <translation>nicht assoziiert</translation>
    </message>
    <message>
        <source>Programme Countries</source>
        <translation>Programmländer</translation>
    </message>
    <message>
        <source>EU Member States or associated countries</source>
        <translation>EU-Mitgliedstaaten oder assoziierte Länder</translation>
    </message>
</context>
<context>
    <name>partner_status</name>
    <message>
        <source>{identifier} missing</source>
        <translation>{identifier} fehlt</translation>
    </message>
    <message>
        <source>Possibly the same organisation twice</source>
        <translation>Möglicherweise zweimal dieselbe Organisation</translation>
    </message>
    <message>
        <source>Higher education institution without an ECHE</source>
        <translation>Hochschule ohne ECHE</translation>
    </message>
    <message>
        <source>Country not eligible in this call</source>
        <translation>Land in diesem Aufruf nicht förderfähig</translation>
    </message>
    <message>
        <source>Country not eligible unless an associated partner</source>
        <translation>Land nur als assoziierter Partner zulässig</translation>
    </message>
    <message>
        <source>Country excluded from this action</source>
        <translation>Land von dieser Aktion ausgeschlossen</translation>
    </message>
    <message>
        <source>Type of organisation not allowed in this action</source>
        <translation>Art der Organisation in dieser Aktion nicht zulässig</translation>
    </message>
    <message>
        <source>Cannot apply from this country</source>
        <translation>Antrag aus diesem Land nicht möglich</translation>
    </message>
    <message>
        <source>This type of organisation cannot apply</source>
        <translation>Diese Art von Organisation kann keinen Antrag stellen</translation>
    </message>
    <message>
        <source>Applicant&apos;s date of establishment</source>
        <translation>Gründungsdatum des Antragstellers</translation>
    </message>
    <message>
        <source>More than one applicant</source>
        <translation>Mehr als ein Antragsteller</translation>
    </message>
    <message>
        <source>Not counted</source>
        <translation>Nicht mitgezählt</translation>
    </message>
    <message>
        <source>No ECHE needed in this country</source>
        <translation>In diesem Land keine ECHE nötig</translation>
    </message>
    <message>
        <source>Malformed {identifier}</source>
        <translation>{identifier} fehlerhaft</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>No problem found with this organisation.</source>
        <translation>Bei dieser Organisation wurde kein Problem gefunden.</translation>
    </message>
</context>
</TS>
