<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AffiliatesPrompt</name>
    <message>
        <source>Affiliated entities</source>
        <translation>Entités affiliées</translation>
    </message>
    <message>
        <source>&amp;Link them to:</source>
        <translation>&amp;Lier à :</translation>
    </message>
    <message>
        <source>Full partner to link them to</source>
        <translation>Partenaire à part entière auquel les lier</translation>
    </message>
    <message>
        <source>&amp;Make them full partners</source>
        <translation>En faire des &amp;partenaires à part entière</translation>
    </message>
    <message>
        <source>&amp;Remove them from the plan</source>
        <translation>Les &amp;retirer du plan</translation>
    </message>
</context>
<context>
    <name>AgencyCard</name>
    <message>
        <source>Submitting agency</source>
        <translation>Agence destinataire</translation>
    </message>
    <message>
        <source>SUBMIT TO</source>
        <translation>À SOUMETTRE À</translation>
    </message>
    <message>
        <source>Agency details and website</source>
        <translation>Coordonnées et site web de l&apos;agence</translation>
    </message>
    <message>
        <source>Deadline, how to submit and the grant</source>
        <translation>Date limite, mode de dépôt et subvention</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Pas encore connue</translation>
    </message>
    <message>
        <source>Also possible: {names}</source>
        <translation>Également possible&#xa0;: {names}</translation>
    </message>
</context>
<context>
    <name>BackgroundOp</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>CallCalendarDialog</name>
    <message>
        <source>Call calendar</source>
        <translation>Calendrier des appels</translation>
    </message>
    <message>
        <source>Every deadline of the call year, in Brussels time with the offset of that day, and how the application is submitted. Dates marked ⚠ could not be confirmed: check them with your National Agency or the executive agency.</source>
        <translation>Toutes les dates limites de l&apos;année d&apos;appel, à l&apos;heure de Bruxelles avec le décalage de ce jour-là, et le mode de dépôt de la candidature. Les dates marquées ⚠ n&apos;ont pas pu être confirmées : vérifiez-les auprès de votre Agence nationale ou de l&apos;agence exécutive.</translation>
    </message>
    <message>
        <source>Call year</source>
        <translation>Année d&apos;appel</translation>
    </message>
    <message>
        <source>Call &amp;year</source>
        <translation>&amp;Année d&apos;appel</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Dates limites</translation>
    </message>
    <message>
        <source>Action and round</source>
        <translation>Action et session</translation>
    </message>
    <message>
        <source>Deadline (Brussels time)</source>
        <translation>Date limite (heure de Bruxelles)</translation>
    </message>
    <message>
        <source>From today</source>
        <translation>À partir d&apos;aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Fiabilité</translation>
    </message>
    <message>
        <source>No action is open in this call year.</source>
        <translation>Aucune action n&apos;est ouverte cette année d&apos;appel.</translation>
    </message>
    <message>
        <source>applications by European NGOs</source>
        <translation>candidatures des ONG européennes</translation>
    </message>
    <message>
        <source>No deadline of this call is recorded yet</source>
        <translation>Aucune date limite de cet appel n&apos;est encore enregistrée</translation>
    </message>
    <message>
        <source>Round {round}</source>
        <translation>Session {round}</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Date limite</translation>
    </message>
    <message>
        <source>(extended from {date})</source>
        <translation>(prolongée, initialement le {date})</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>clos</translation>
    </message>
    <message>
        <source>How to submit</source>
        <translation>Mode de dépôt</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Source : {source}</translation>
    </message>
</context>
<context>
    <name>CandidatesDialog</name>
    <message>
        <source>Find in Directory</source>
        <translation>Chercher dans le répertoire</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>This rule is met now.</source>
        <translation>Cette règle est respectée maintenant.</translation>
    </message>
    <message>
        <source>Looking in the partner directory…</source>
        <translation>Recherche dans le répertoire des partenaires…</translation>
    </message>
    <message>
        <source>Team workspace: {problem}</source>
        <translation>Espace d&apos;équipe : {problem}</translation>
    </message>
    <message>
        <source>Add to Plan</source>
        <translation>Ajouter au plan</translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s) would help; the first would make this rule pass</source>
        <translation>
            <numerusform>%n organisation aiderait ; elle ferait respecter cette règle</numerusform>
            <numerusform>%n organisations aideraient ; la première ferait respecter cette règle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s) would help; the rule needs more than one</source>
        <translation>
            <numerusform>%n organisation aiderait ; la règle en demande plus d&apos;une</numerusform>
            <numerusform>%n organisations aideraient ; la règle en demande plus d&apos;une</numerusform>
        </translation>
    </message>
    <message>
        <source>No organisation in the partner directory would fix this by being added.</source>
        <translation>Aucune organisation du répertoire des partenaires ne corrigerait cela en étant ajoutée.</translation>
    </message>
    <message>
        <source>(still looking in the team workspace…)</source>
        <translation>(recherche en cours dans l&apos;espace d&apos;équipe…)</translation>
    </message>
    <message>
        <source>Added {name} to the plan</source>
        <translation>{name} ajouté au plan</translation>
    </message>
</context>
<context>
    <name>CountryPicker</name>
    <message>
        <source>Type a name or code: pol, EL, UK…</source>
        <translation>Saisissez un nom ou un code&#xa0;: pol, EL, UK…</translation>
    </message>
    <message>
        <source>choose the country</source>
        <translation>choisissez le pays</translation>
    </message>
    <message>
        <source>no country matches “{text}”</source>
        <translation>aucun pays ne correspond à «&#xa0;{text}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>this installation keeps no recovery files</source>
        <translation>cette installation ne conserve pas de fichiers de récupération</translation>
    </message>
    <message>
        <source>The planner closed unexpectedly last time; the details are in {log}.</source>
        <translation>Le planificateur s&apos;est fermé de façon inattendue la dernière fois ; les détails se trouvent dans {log}.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <source>Show &amp;Details</source>
        <translation>Afficher les &amp;détails</translation>
    </message>
    <message>
        <source>&amp;Copy Details</source>
        <translation>&amp;Copier les détails</translation>
    </message>
    <message>
        <source>Open Log &amp;Folder</source>
        <translation>Ouvrir le dossier des &amp;journaux</translation>
    </message>
    <message>
        <source>&amp;Quit Planner</source>
        <translation>&amp;Quitter le planificateur</translation>
    </message>
    <message>
        <source>&amp;Keep Working</source>
        <translation>Continuer à &amp;travailler</translation>
    </message>
    <message>
        <source>The planner ran into a problem it did not expect.</source>
        <translation>Le planificateur a rencontré un problème inattendu.</translation>
    </message>
    <message>
        <source>the planner offers them at its next start</source>
        <translation>le planificateur vous les proposera à son prochain démarrage</translation>
    </message>
    <message>
        <source>the planner offers them when you next open this plan</source>
        <translation>le planificateur vous les proposera la prochaine fois que vous ouvrirez ce plan</translation>
    </message>
    <message>
        <source>Your work is safe: your unsaved changes are in the recovery file, and {where}.</source>
        <translation>Votre travail est en sécurité : vos modifications non enregistrées sont dans le fichier de récupération, et {where}.</translation>
    </message>
    <message>
        <source>Your work is safe: the plan has no unsaved changes.</source>
        <translation>Votre travail est en sécurité : le plan n&apos;a aucune modification non enregistrée.</translation>
    </message>
    <message>
        <source>No plan was open, so no work was lost.</source>
        <translation>Aucun plan n&apos;était ouvert : aucun travail n&apos;est perdu.</translation>
    </message>
    <message>
        <source>Your unsaved changes could not be put in the recovery file ({why}). Save the plan now with File ▸ Save As before you go on.</source>
        <translation>Vos modifications non enregistrées n&apos;ont pas pu être placées dans le fichier de récupération ({why}). Enregistrez le plan maintenant avec Fichier ▸ Enregistrer sous avant de continuer.</translation>
    </message>
    <message>
        <source>You can keep working. If the window behaves oddly, save your plan and restart the planner.</source>
        <translation>Vous pouvez continuer à travailler. Si la fenêtre se comporte bizarrement, enregistrez votre plan et redémarrez le planificateur.</translation>
    </message>
    <message>
        <source>The details are in {log}. Please attach that file when you report the problem.</source>
        <translation>Les détails se trouvent dans {log}. Joignez ce fichier lorsque vous signalez le problème.</translation>
    </message>
    <message>
        <source>The details could not be written to a log file: copy them to report the problem.</source>
        <translation>Les détails n&apos;ont pas pu être écrits dans un fichier journal : copiez-les pour signaler le problème.</translation>
    </message>
    <message>
        <source>Hide &amp;Details</source>
        <translation>Masquer les &amp;détails</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>Something went wrong ({count} times)</source>
        <translation>Un problème est survenu ({count} fois)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
</context>
<context>
    <name>DirectoryEntryDialog</name>
    <message>
        <source>Edit directory entry — {name}</source>
        <translation>Modifier l&apos;entrée du répertoire — {name}</translation>
    </message>
    <message>
        <source>Add to the partner directory</source>
        <translation>Ajouter au répertoire des partenaires</translation>
    </message>
</context>
<context>
    <name>DirectoryFilters</name>
    <message>
        <source>All countries</source>
        <translation>Tous les pays</translation>
    </message>
    <message>
        <source>any field</source>
        <translation>tout domaine</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <source>&amp;Took part in:</source>
        <translation>A parti&amp;cipé à :</translation>
    </message>
    <message>
        <source>si&amp;nce:</source>
        <translation>&amp;depuis :</translation>
    </message>
    <message>
        <source>Name, town, OID or PIC (accents do not matter)</source>
        <translation>Nom, ville, OID ou PIC (accents sans importance)</translation>
    </message>
    <message>
        <source>Search the directory</source>
        <translation>Rechercher dans le répertoire</translation>
    </message>
    <message>
        <source>any year</source>
        <translation>toute année</translation>
    </message>
    <message>
        <source>Funded projects from this call year on</source>
        <translation>Projets financés à partir de cette année d&apos;appel</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>any funded project, or none</source>
        <translation>n&apos;importe quel projet financé, ou aucun</translation>
    </message>
    <message>
        <source>any funded project</source>
        <translation>n&apos;importe quel projet financé</translation>
    </message>
    <message>
        <source>Experience: the action of a funded project</source>
        <translation>Expérience : l&apos;action d&apos;un projet financé</translation>
    </message>
    <message>
        <source>in any role</source>
        <translation>dans tout rôle</translation>
    </message>
    <message>
        <source>as coordinator</source>
        <translation>comme coordinateur</translation>
    </message>
    <message>
        <source>as partner</source>
        <translation>comme partenaire</translation>
    </message>
</context>
<context>
    <name>DirectoryOfferBar</name>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>country</source>
        <translation>pays</translation>
    </message>
    <message>
        <source>type</source>
        <translation>type</translation>
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
        <translation>ville</translation>
    </message>
    <message>
        <source>language community</source>
        <translation>communauté linguistique</translation>
    </message>
    <message>
        <source>founding date</source>
        <translation>date de création</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>other data</source>
        <translation>autres données</translation>
    </message>
    <message>
        <source>Partner directory</source>
        <translation>Annuaire des partenaires</translation>
    </message>
    <message>
        <source>&amp;Update Directory Entry</source>
        <translation>Mettre à jour l’a&amp;nnuaire</translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>“{name}” is in your partner directory with another {details}. Update the directory entry too?</source>
        <translation>«&#xa0;{name}&#xa0;» figure dans votre annuaire des partenaires avec d’autres valeurs ({details}). Mettre aussi à jour l’annuaire&#xa0;?</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <source>Partner directory</source>
        <translation>Annuaire des partenaires</translation>
    </message>
    <message>
        <source>Partner directory file</source>
        <translation>Fichier de l&apos;annuaire des partenaires</translation>
    </message>
    <message>
        <source>Not part of this build</source>
        <translation>Absent de cette version</translation>
    </message>
    <message>
        <source>Empty: the usual place, {path}</source>
        <translation>Vide&#xa0;: l&apos;emplacement habituel, {path}</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>Choose the partner directory file</source>
        <translation>Choisir le fichier de l&apos;annuaire des partenaires</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Fic&amp;hier&#xa0;:</translation>
    </message>
    <message>
        <source>Names typed in the partner dialog are completed from this file. Leave it empty for the usual place.</source>
        <translation>Les noms saisis dans la fiche partenaire sont complétés à partir de ce fichier. Laissez vide pour l&apos;emplacement habituel.</translation>
    </message>
    <message>
        <source>Partner directories (*.sqlite3);;All files (*)</source>
        <translation>Annuaires des partenaires (*.sqlite3);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The folder of the partner directory does not exist: {folder}</source>
        <translation>Le dossier de l&apos;annuaire des partenaires n&apos;existe pas&#xa0;: {folder}</translation>
    </message>
</context>
<context>
    <name>DirectorySource</name>
    <message>
        <source>Di&amp;rectory:</source>
        <translation>Ré&amp;pertoire :</translation>
    </message>
    <message>
        <source>My directory</source>
        <translation>Mon répertoire</translation>
    </message>
    <message>
        <source>Team workspace</source>
        <translation>Espace d&apos;équipe</translation>
    </message>
    <message>
        <source>Team workspace ({where})</source>
        <translation>Espace d&apos;équipe ({where})</translation>
    </message>
</context>
<context>
    <name>DirectoryWindow</name>
    <message>
        <source>Add “{name}” to the directory</source>
        <translation>Ajouter « {name} » au répertoire</translation>
    </message>
    <message>
        <source>Edit “{name}” in the directory</source>
        <translation>Modifier « {name} » dans le répertoire</translation>
    </message>
    <message>
        <source>Delete “{name}” from the directory</source>
        <translation>Supprimer « {name} » du répertoire</translation>
    </message>
    <message>
        <source>Delete {count} entries from the directory</source>
        <translation>Supprimer {count} entrées du répertoire</translation>
    </message>
    <message>
        <source>Merge “{other}” into “{keep}”</source>
        <translation>Fusionner « {other} » dans « {keep} »</translation>
    </message>
    <message>
        <source>Unexpected error ({kind}: {error}). The directory was not changed.</source>
        <translation>Erreur inattendue ({kind} : {error}). Le répertoire n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>Cannot import {name}</source>
        <translation>Impossible d&apos;importer {name}</translation>
    </message>
    <message>
        <source>Importing {name} into the partner directory…</source>
        <translation>Import de {name} dans le répertoire des partenaires…</translation>
    </message>
    <message>
        <source>Import cancelled; the directory is as it was</source>
        <translation>Import annulé ; le répertoire est tel qu&apos;il était</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported from {name}; %n row(s) need fixing:</source>
        <translation>
            <numerusform>Rien n&apos;a été importé de {name} ; %n ligne est à corriger :</numerusform>
            <numerusform>Rien n&apos;a été importé de {name} ; %n lignes sont à corriger :</numerusform>
        </translation>
    </message>
    <message>
        <source>Import of {name}</source>
        <translation>Import de {name}</translation>
    </message>
    <message>
        <source>Nothing was imported from {name}</source>
        <translation>Rien n&apos;a été importé de {name}</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n funded project(s) from {name}</source>
        <translation>
            <numerusform>%n projet financé importé de {name}</numerusform>
            <numerusform>%n projets financés importés de {name}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new organisation(s)</source>
        <translation>
            <numerusform>%n nouvelle organisation</numerusform>
            <numerusform>%n nouvelles organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n organisation(s) from {name}</source>
        <translation>
            <numerusform>%n organisation importée de {name}</numerusform>
            <numerusform>%n organisations importées de {name}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bad row(s) skipped</source>
        <translation>
            <numerusform>%n ligne erronée ignorée</numerusform>
            <numerusform>%n lignes erronées ignorées</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot export the directory</source>
        <translation>Impossible d&apos;exporter le répertoire</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n organisation(s) to {path}</source>
        <translation>
            <numerusform>%n organisation exportée vers {path}</numerusform>
            <numerusform>%n organisations exportées vers {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Matching projects</source>
        <translation>Projets correspondants</translation>
    </message>
    <message>
        <source>Funded projects</source>
        <translation>Projets financés</translation>
    </message>
    <message>
        <source>{matching} of its {total} funded projects match the filter</source>
        <translation>{matching} de ses {total} projets financés correspondent au filtre</translation>
    </message>
    <message>
        <source>Other: {label}</source>
        <translation>Autre : {label}</translation>
    </message>
    <message>
        <source>Likely the same: the same name, with different websites</source>
        <translation>Sans doute la même : le même nom, des sites web différents</translation>
    </message>
    <message>
        <source>Likely the same: the same website, under different names</source>
        <translation>Sans doute la même : le même site web sous des noms différents</translation>
    </message>
    <message>
        <source>Likely the same: the same words in another order</source>
        <translation>Sans doute la même : les mêmes mots dans un autre ordre</translation>
    </message>
    <message>
        <source>Likely the same: one name holds every word of the other</source>
        <translation>Sans doute la même : un nom contient chaque mot de l&apos;autre</translation>
    </message>
    <message>
        <source>Likely the same: nearly the same name</source>
        <translation>Sans doute la même : presque le même nom</translation>
    </message>
    <message>
        <source>Partner Directory</source>
        <translation>Répertoire des partenaires</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>Add an organisation to the directory</source>
        <translation>Ajouter une organisation au répertoire</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Edit the selected organisation</source>
        <translation>Modifier l&apos;organisation sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected organisations (Undo brings them back)</source>
        <translation>Supprimer les organisations sélectionnées (Annuler les rétablit)</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionner</translation>
    </message>
    <message>
        <source>Merge the two selected entries into one, with their funded projects</source>
        <translation>Fusionner les deux entrées sélectionnées en une seule, avec leurs projets financés</translation>
    </message>
    <message>
        <source>Likely D&amp;uplicates</source>
        <translation>Dou&amp;blons probables</translation>
    </message>
    <message>
        <source>List pairs of entries that may be one organisation written two ways</source>
        <translation>Lister les paires d&apos;entrées qui pourraient être une seule organisation écrite de deux façons</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Add a partner list or a list of funded Erasmus+ projects (CSV or XLSX)</source>
        <translation>Ajouter une liste de partenaires ou une liste de projets Erasmus+ financés (CSV ou XLSX)</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Write every organisation to a CSV or XLSX file</source>
        <translation>Écrire toutes les organisations dans un fichier CSV ou XLSX</translation>
    </message>
    <message>
        <source>Add to &amp;Plan</source>
        <translation>Ajouter au &amp;plan</translation>
    </message>
    <message>
        <source>Add the selected organisations to the open plan</source>
        <translation>Ajouter les organisations sélectionnées au plan ouvert</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Team workspace: not answering (no answer within {seconds} s). Search again once it answers, or choose My directory above.</source>
        <translation>Espace d&apos;équipe : ne répond pas (aucune réponse en {seconds} s). Relancez la recherche dès qu&apos;il répond, ou choisissez « Mon répertoire » ci-dessus.</translation>
    </message>
    <message numerus="yes">
        <source>%n likely pair(s), one after the other: select the two entries of a pair and Merge (Undo takes it back)</source>
        <translation>
            <numerusform>%n paire probable : sélectionnez ses deux entrées puis Fusionner (Annuler revient en arrière)</numerusform>
            <numerusform>%n paires probables, l&apos;une après l&apos;autre : sélectionnez les deux entrées d&apos;une paire puis Fusionner (Annuler revient en arrière)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s) shown</source>
        <translation>
            <numerusform>%n organisation affichée</numerusform>
            <numerusform>%n organisations affichées</numerusform>
        </translation>
    </message>
    <message>
        <source>The first {shown} shown: narrow the search to see the others</source>
        <translation>Les {shown} premiers sont affichés : affinez la recherche pour voir les autres</translation>
    </message>
    <message numerus="yes">
        <source>{shown} · the directory holds %n organisation(s)</source>
        <translation>
            <numerusform>{shown} · le répertoire contient %n organisation</numerusform>
            <numerusform>{shown} · le répertoire contient %n organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n funded project(s)</source>
        <translation>
            <numerusform>%n projet financé</numerusform>
            <numerusform>%n projets financés</numerusform>
        </translation>
    </message>
    <message>
        <source>The directory was not changed</source>
        <translation>Le répertoire n&apos;a pas été modifié</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n entr(y/ies); Undo (Ctrl+Z) brings them back</source>
        <translation>
            <numerusform>%n entrée supprimée ; Annuler (Ctrl+Z) la rétablit</numerusform>
            <numerusform>%n entrées supprimées ; Annuler (Ctrl+Z) les rétablit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n organisation(s) to the plan; Edit ▸ Undo in the plan&apos;s window takes them out</source>
        <translation>
            <numerusform>%n organisation ajoutée au plan ; Édition ▸ Annuler dans la fenêtre du plan la retire</numerusform>
            <numerusform>%n organisations ajoutées au plan ; Édition ▸ Annuler dans la fenêtre du plan les retire</numerusform>
        </translation>
    </message>
    <message>
        <source>The partner directory is empty. Fill it with Import… (a partner list, or a list of funded Erasmus+ projects from the Erasmus+ Project Results platform, CSV or XLSX) or Add…; or, on the command line, erasmus-planner directory import FILE.</source>
        <translation>Le répertoire des partenaires est vide. Remplissez-le avec Importer… (une liste de partenaires, ou une liste de projets Erasmus+ financés de la plateforme Erasmus+ Project Results, CSV ou XLSX) ou Ajouter… ; ou, en ligne de commande, erasmus-planner directory import FICHIER.</translation>
    </message>
    <message>
        <source>Type in the list of funded projects: {label}</source>
        <translation>Type dans la liste des projets financés : {label}</translation>
    </message>
    <message>
        <source>No funded project in the directory.</source>
        <translation>Aucun projet financé dans le répertoire.</translation>
    </message>
    <message numerus="yes">
        <source>Funded projects: %n</source>
        <translation>
            <numerusform>Projets financés : %n</numerusform>
            <numerusform>Projets financés : %n</numerusform>
        </translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>coordinateur</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>partenaire</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n de plus</numerusform>
            <numerusform>… et %n de plus</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EligibilityPanel</name>
    <message>
        <source>◐ From a National Agency summary</source>
        <translation>◐ D&apos;après un résumé d&apos;une Agence nationale</translation>
    </message>
    <message>
        <source>⚠ Source unconfirmed</source>
        <translation>⚠ Source non confirmée</translation>
    </message>
    <message>
        <source>Find in &amp;Directory…</source>
        <translation>Chercher dans le &amp;répertoire…</translation>
    </message>
    <message>
        <source>Organisations of the partner directory that would make the selected failing rule pass</source>
        <translation>Les organisations du répertoire des partenaires qui feraient respecter la règle non respectée sélectionnée</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Liste de contrôle</translation>
    </message>
    <message>
        <source>What else fits?</source>
        <translation>Quoi d&apos;autre convient&#xa0;?</translation>
    </message>
    <message>
        <source>{year} call</source>
        <translation>appel {year}</translation>
    </message>
    <message>
        <source>Add partners to start</source>
        <translation>Ajoutez des partenaires pour commencer</translation>
    </message>
    <message>
        <source>Add the applicant first; the checklist says what this action needs</source>
        <translation>Ajoutez d’abord l’organisme demandeur ; la liste de contrôle indique ce dont cette action a besoin</translation>
    </message>
    <message>
        <source>Choose a lot</source>
        <translation>Choisissez un lot</translation>
    </message>
    <message>
        <source>The checks depend on the lot: choose it above</source>
        <translation>Les vérifications dépendent du lot : choisissez-le ci-dessus</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Respectée</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Non respectée</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Source&#xa0;: {source}</translation>
    </message>
    <message>
        <source>Double-click a row, or select it and press Enter or Switch, to switch the plan to that action (Ctrl+Z switches back)</source>
        <translation>Double-cliquez sur une ligne, ou sélectionnez-la et appuyez sur Entrée ou sur « Basculer », pour passer le plan à cette action (Ctrl+Z revient en arrière)</translation>
    </message>
    <message>
        <source>S&amp;witch</source>
        <translation>&amp;Basculer</translation>
    </message>
    <message>
        <source>Switch the plan to the selected action</source>
        <translation>Passer le plan à l’action sélectionnée</translation>
    </message>
    <message>
        <source>No other action is open in the {year} call for this field.</source>
        <translation>Aucune autre action n&apos;est ouverte dans l&apos;appel {year} pour ce secteur.</translation>
    </message>
    <message>
        <source>Eligible with these partners</source>
        <translation>Éligible avec ces partenaires</translation>
    </message>
    <message>
        <source> (and {n} more)</source>
        <translation> (et {n} de plus)</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>PDF briefing</source>
        <translation>Fiche PDF</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Format du papier</translation>
    </message>
    <message>
        <source>As usual where I am (A4, or Letter in the Americas)</source>
        <translation>Selon l&apos;usage local (A4, ou Letter sur le continent américain)</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation>&amp;Format du papier&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ExportedBar</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Open the briefing in the PDF viewer</source>
        <translation>Ouvrir la note dans le lecteur PDF</translation>
    </message>
    <message>
        <source>Show in Fol&amp;der</source>
        <translation>Afficher dans le do&amp;ssier</translation>
    </message>
    <message>
        <source>Open the folder the briefing was written to</source>
        <translation>Ouvrir le dossier où la note a été écrite</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Briefing written: {name}</source>
        <translation>Note écrite : {name}</translation>
    </message>
</context>
<context>
    <name>FundedProjectDialog</name>
    <message>
        <source>New from Funded Project</source>
        <translation>Nouveau à partir d&apos;un projet financé</translation>
    </message>
    <message>
        <source>Project identifier, words of its title, or an organisation&apos;s name</source>
        <translation>Identifiant du projet, mots de son titre, ou nom d&apos;une organisation</translation>
    </message>
    <message>
        <source>&amp;Find a funded project:</source>
        <translation>&amp;Trouver un projet financé :</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinateur</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>&amp;Create Plan</source>
        <translation>&amp;Créer le plan</translation>
    </message>
    <message>
        <source>Team workspace: {problem}</source>
        <translation>Espace d&apos;équipe : {problem}</translation>
    </message>
    <message>
        <source>Find a funded project</source>
        <translation>Trouver un projet financé</translation>
    </message>
    <message>
        <source>No funded project matches; the directory holds those of the lists imported into it (View ▸ Partner Directory ▸ Import…)</source>
        <translation>Aucun projet financé ne correspond ; le répertoire contient ceux des listes qui y ont été importées (Affichage ▸ Répertoire des partenaires ▸ Importer…)</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) listed, newest first</source>
        <translation>
            <numerusform>%n projet listé</numerusform>
            <numerusform>%n projets listés, les plus récents d&apos;abord</numerusform>
        </translation>
    </message>
    <message>
        <source>(still looking in the team workspace…)</source>
        <translation>(recherche en cours dans l&apos;espace d&apos;équipe…)</translation>
    </message>
    <message>
        <source>Cannot make a plan from {identifier}</source>
        <translation>Impossible de faire un plan à partir de {identifier}</translation>
    </message>
</context>
<context>
    <name>LanguageAndLookPage</name>
    <message>
        <source>Language and look</source>
        <translation>Langue et apparence</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>As the system ({language})</source>
        <translation>Comme le système ({language})</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>As the system (light or dark)</source>
        <translation>Comme le système (clair ou sombre)</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Changes the window at once; the findings and the PDF briefing follow it.</source>
        <translation>Change la fenêtre immédiatement&#xa0;; les constats et la fiche PDF suivent.</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème&#xa0;:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Spreadsheet import is not part of this build yet.</source>
        <translation>L&apos;import de tableurs n&apos;est pas encore inclus dans cette version.</translation>
    </message>
    <message>
        <source>The PDF briefing is not part of this build yet.</source>
        <translation>La fiche PDF n&apos;est pas encore incluse dans cette version.</translation>
    </message>
    <message>
        <source>The partner dialog is not part of this build yet.</source>
        <translation>La fiche partenaire n&apos;est pas encore incluse dans cette version.</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>Start an empty plan</source>
        <translation>Commencer un plan vide</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open a plan file</source>
        <translation>Ouvrir un fichier de plan</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the plan</source>
        <translation>Enregistrer le plan</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>Save the plan under another name</source>
        <translation>Enregistrer le plan sous un autre nom</translation>
    </message>
    <message>
        <source>Open from &amp;Workspace…</source>
        <translation>Ouvrir depuis l&apos;espace &amp;d&apos;équipe…</translation>
    </message>
    <message>
        <source>Open a team plan of the team workspace</source>
        <translation>Ouvrir un plan d&apos;équipe de l&apos;espace d&apos;équipe</translation>
    </message>
    <message>
        <source>Save to Wor&amp;kspace…</source>
        <translation>Enregistrer dans l&apos;espace d&apos;équi&amp;pe…</translation>
    </message>
    <message>
        <source>Store the plan as a team plan in the team workspace</source>
        <translation>Enregistrer le plan comme plan d&apos;équipe dans l&apos;espace d&apos;équipe</translation>
    </message>
    <message>
        <source>Team &amp;Board</source>
        <translation>Tablea&amp;u de l&apos;équipe</translation>
    </message>
    <message>
        <source>Every team plan with its verdict, agency and next deadline, live</source>
        <translation>Chaque plan d&apos;équipe avec son verdict, son agence et sa prochaine échéance, en direct</translation>
    </message>
    <message>
        <source>&amp;Import Partners…</source>
        <translation>&amp;Importer des partenaires…</translation>
    </message>
    <message>
        <source>Add partners from a CSV or XLSX spreadsheet</source>
        <translation>Ajouter des partenaires depuis un tableur CSV ou XLSX</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>E&amp;xporter en PDF…</translation>
    </message>
    <message>
        <source>Write a printable briefing of the plan</source>
        <translation>Produire une fiche imprimable du plan</translation>
    </message>
    <message>
        <source>&amp;Close Plan</source>
        <translation>&amp;Fermer le plan</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Add Partner…</source>
        <translation>A&amp;jouter un partenaire…</translation>
    </message>
    <message>
        <source>Add an organisation to the consortium</source>
        <translation>Ajouter un organisme au consortium</translation>
    </message>
    <message>
        <source>&amp;Edit Partner…</source>
        <translation>&amp;Modifier le partenaire…</translation>
    </message>
    <message>
        <source>Edit the selected organisation</source>
        <translation>Modifier l&apos;organisme sélectionné</translation>
    </message>
    <message>
        <source>Remove the selected organisations</source>
        <translation>Retirer les organismes sélectionnés</translation>
    </message>
    <message>
        <source>Re&amp;move Partner</source>
        <translation>Re&amp;tirer le partenaire</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>Re&amp;chercher</translation>
    </message>
    <message>
        <source>Filter the partner list</source>
        <translation>Filtrer la liste des partenaires</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>Language, theme, presentation scale, paper size</source>
        <translation>Langue, thème, taille en présentation, format du papier</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Taille réelle</translation>
    </message>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation>Mode &amp;présentation</translation>
    </message>
    <message>
        <source>Large text and high contrast for a projector (Esc leaves)</source>
        <translation>Texte agrandi et contraste élevé pour un vidéoprojecteur (Échap pour quitter)</translation>
    </message>
    <message>
        <source>Leave Presentation Mode</source>
        <translation>Quitter le mode présentation</translation>
    </message>
    <message>
        <source>&amp;Eligibility Panel</source>
        <translation>Panneau d&apos;é&amp;ligibilité</translation>
    </message>
    <message>
        <source>&amp;What Else Fits?</source>
        <translation>&amp;Quoi d&apos;autre convient&#xa0;?</translation>
    </message>
    <message>
        <source>Show or hide the other actions these partners would fit</source>
        <translation>Afficher ou masquer les autres actions auxquelles ces partenaires conviendraient</translation>
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation>&amp;Barre d&apos;outils</translation>
    </message>
    <message>
        <source>&amp;Rules and Their Sources</source>
        <translation>&amp;Règles et leurs sources</translation>
    </message>
    <message>
        <source>&amp;Call Calendar</source>
        <translation>&amp;Calendrier des appels</translation>
    </message>
    <message>
        <source>Every deadline of the plan&apos;s call year and how to submit</source>
        <translation>Toutes les dates limites de l&apos;année d&apos;appel du plan et le mode de dépôt</translation>
    </message>
    <message>
        <source>Partner &amp;Directory</source>
        <translation>Répertoire &amp;des partenaires</translation>
    </message>
    <message>
        <source>Organisations kept across plans, with their funded projects</source>
        <translation>Les organisations gardées d&apos;un plan à l&apos;autre, avec leurs projets financés</translation>
    </message>
    <message>
        <source>New from &amp;Funded Project…</source>
        <translation>Nouveau à partir d&apos;un pro&amp;jet financé…</translation>
    </message>
    <message>
        <source>Start a plan from a funded consortium of the partner directory</source>
        <translation>Commencer un plan à partir d&apos;un consortium financé du répertoire des partenaires</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>À &amp;propos</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>État de l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Read-only copy: File ▸ Save As makes one you can edit</source>
        <translation>Copie en lecture seule : Fichier ▸ Enregistrer sous en fait une modifiable</translation>
    </message>
    <message>
        <source>&amp;Undo {action}</source>
        <translation>&amp;Annuler&#xa0;: {action}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo {action}</source>
        <translation>&amp;Rétablir&#xa0;: {action}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (lecture seule)</translation>
    </message>
    <message>
        <source>Untitled plan</source>
        <translation>Plan sans titre</translation>
    </message>
    <message>
        <source>Autosaved at {time}</source>
        <translation>Sauvegarde automatique à {time}</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Pas encore enregistré</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Toutes les modifications sont enregistrées</translation>
    </message>
    <message>
        <source>Cannot open the plan</source>
        <translation>Impossible d&apos;ouvrir le plan</translation>
    </message>
    <message>
        <source>Opened {name}, written by an older planner: saving upgrades it and keeps the old file as {backup}</source>
        <translation>{name} ouvert, écrit par une version antérieure du planificateur&#xa0;: l’enregistrer le met à jour et conserve l’ancien fichier sous {backup}</translation>
    </message>
    <message>
        <source>Opened {name}</source>
        <translation>{name} ouvert</translation>
    </message>
    <message>
        <source>The sample plan, as a new plan: save it under a name of your own</source>
        <translation>Le plan d’exemple, comme nouveau plan&#xa0;: enregistrez-le sous un nom à vous</translation>
    </message>
    <message>
        <source>“{name}” cannot be opened for editing: {why}.</source>
        <translation>«&#xa0;{name}&#xa0;» ne peut pas être ouvert en modification&#xa0;: {why}.</translation>
    </message>
    <message>
        <source>process {pid} on {host}</source>
        <translation>processus {pid} sur {host}</translation>
    </message>
    <message>
        <source>“{name}” is open in another window or on another computer ({holder}).</source>
        <translation>«&#xa0;{name}&#xa0;» est ouvert dans une autre fenêtre ou sur un autre ordinateur ({holder}).</translation>
    </message>
    <message>
        <source>“{name}” is open in another window or on another computer.</source>
        <translation>«&#xa0;{name}&#xa0;» est ouvert dans une autre fenêtre ou sur un autre ordinateur.</translation>
    </message>
    <message>
        <source>an unsaved plan ({title})</source>
        <translation>un plan non enregistré ({title})</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>sans titre</translation>
    </message>
    <message>
        <source>Unsaved work recovered: save it to keep it</source>
        <translation>Travail non enregistré récupéré&#xa0;: enregistrez-le pour le conserver</translation>
    </message>
    <message>
        <source>“{name}” cannot be saved there: {why}.</source>
        <translation>«&#xa0;{name}&#xa0;» ne peut pas être enregistré à cet endroit&#xa0;: {why}.</translation>
    </message>
    <message>
        <source>Save the plan under another name.</source>
        <translation>Enregistrez le plan sous un autre nom.</translation>
    </message>
    <message>
        <source>Cannot save the plan</source>
        <translation>Impossible d&apos;enregistrer le plan</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>{name} enregistré</translation>
    </message>
    <message>
        <source>“{name}” is being edited by {user} since {time}.</source>
        <translation>« {name} » est en cours de modification par {user} depuis {time}.</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Vider la liste</translation>
    </message>
    <message>
        <source>No recent plans</source>
        <translation>Aucun plan récent</translation>
    </message>
    <message>
        <source>Autosave failed: {why}</source>
        <translation>La sauvegarde automatique a échoué&#xa0;: {why}</translation>
    </message>
    <message>
        <source>Cannot update the partner directory</source>
        <translation>Impossible de mettre à jour l’annuaire des partenaires</translation>
    </message>
    <message>
        <source>“{name}” updated in the partner directory</source>
        <translation>«&#xa0;{name}&#xa0;» mis à jour dans l’annuaire des partenaires</translation>
    </message>
    <message>
        <source>Importing partners from {name}…</source>
        <translation>Import des partenaires depuis {name}…</translation>
    </message>
    <message>
        <source>Cannot import partners</source>
        <translation>Impossible d&apos;importer les partenaires</translation>
    </message>
    <message>
        <source>Nothing was imported from {name}: the plan it was meant for was closed</source>
        <translation>Rien n’a été importé de {name}&#xa0;: le plan auquel il était destiné a été fermé</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported from {name}; %n row(s) need fixing:</source>
        <translation>
            <numerusform>Rien n’a été importé de {name}&#xa0;; %n ligne est à corriger&#xa0;:</numerusform>
            <numerusform>Rien n’a été importé de {name}&#xa0;; %n lignes sont à corriger&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported from {name}</source>
        <translation>Rien n’a été importé de {name}</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n partner(s) from {name}</source>
        <translation>
            <numerusform>%n partenaire importé depuis {name}</numerusform>
            <numerusform>%n partenaires importés depuis {name}</numerusform>
        </translation>
    </message>
    <message>
        <source>No partners were found in {name}.</source>
        <translation>Aucun partenaire n&apos;a été trouvé dans {name}.</translation>
    </message>
    <message>
        <source>Import of {name}</source>
        <translation>Import de {name}</translation>
    </message>
    <message>
        <source>Writing the PDF briefing…</source>
        <translation>Création de la fiche PDF…</translation>
    </message>
    <message>
        <source>Cannot export the briefing</source>
        <translation>Impossible d&apos;exporter la fiche</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written</source>
        <translation>Export annulé&#xa0;; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>Unexpected error ({kind}: {error}). Nothing was changed.</source>
        <translation>Erreur inattendue ({kind}&#xa0;: {error}). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Zoom {percent} %</source>
        <translation>Zoom {percent} %</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>À propos de {app}</translation>
    </message>
    <message>
        <source>&lt;h3&gt;{app} {version}&lt;/h3&gt;&lt;p&gt;Plan Erasmus+ Key Action 2 consortia offline: check a consortium against its action&apos;s rules for the call year, and see which agency the application goes to.&lt;/p&gt;&lt;p&gt;Rules come from the Programme Guides 2014–2027 and National Agency summaries; Help ▸ Rules and Their Sources lists each one with its source. Always confirm with your National Agency before submitting.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;{app} {version}&lt;/h3&gt;&lt;p&gt;Préparez hors ligne des consortiums pour l&apos;action clé 2 d&apos;Erasmus+&#xa0;: vérifiez un consortium au regard des règles de son action pour l&apos;année de l&apos;appel, et voyez à quelle agence la candidature doit être soumise.&lt;/p&gt;&lt;p&gt;Les règles proviennent des guides du programme 2014–2027 et de résumés des Agences nationales&#xa0;; Aide ▸ Règles et leurs sources indique la source de chacune. Vérifiez toujours auprès de votre Agence nationale avant de soumettre.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Team Board</source>
        <translation>Tableau de l&apos;équipe</translation>
    </message>
    <message>
        <source>Team plan</source>
        <translation>Plan d&apos;équipe</translation>
    </message>
    <message>
        <source>Action, year</source>
        <translation>Action, année</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agence</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Date limite</translation>
    </message>
    <message>
        <source>Whether the plan meets the action&apos;s rules today (the rules not met in the tooltip)</source>
        <translation>Si le projet respecte aujourd&apos;hui les règles de l&apos;action (les règles non respectées dans l&apos;infobulle)</translation>
    </message>
    <message>
        <source>The National Agency or EACEA the application goes to</source>
        <translation>L&apos;Agence nationale ou l&apos;EACEA à laquelle la candidature est adressée</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Prochaine échéance</translation>
    </message>
    <message>
        <source>Last saved, or who is editing the plan now</source>
        <translation>Dernier enregistrement, ou qui modifie le projet en ce moment</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>Illisible</translation>
    </message>
    <message>
        <source>The stored plan cannot be read: {why}</source>
        <translation>Le projet enregistré ne peut pas être lu : {why}</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Éligible</translation>
    </message>
    <message>
        <source>Every rule of the action is met.</source>
        <translation>Toutes les règles de l&apos;action sont respectées.</translation>
    </message>
    <message numerus="yes">
        <source>Not eligible: %n rule(s) not met</source>
        <translation>
            <numerusform>Non éligible : %n règle non respectée</numerusform>
            <numerusform>Non éligible : %n règles non respectées</numerusform>
        </translation>
    </message>
    <message>
        <source>Not eligible ({count})</source>
        <translation>Non éligible ({count})</translation>
    </message>
    <message>
        <source>No deadline ahead for this call year</source>
        <translation>Plus d&apos;échéance à venir pour cette année d&apos;appel</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n jour restant</numerusform>
            <numerusform>%n jours restants</numerusform>
        </translation>
    </message>
    <message>
        <source>since {when}</source>
        <translation>depuis {when}</translation>
    </message>
    <message>
        <source>today {time}</source>
        <translation>aujourd&apos;hui {time}</translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>Last saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Offline: showing the board as last read; retrying…</source>
        <translation>Hors ligne : le tableau tel que lu la dernière fois ; nouvel essai en cours…</translation>
    </message>
    <message>
        <source>The board cannot be read: {why}</source>
        <translation>Le tableau ne peut pas être lu : {why}</translation>
    </message>
    <message>
        <source>{count} team plans, {eligible} eligible — updated {time}</source>
        <translation>{count} plans d&apos;équipe, {eligible} éligibles — mis à jour à {time}</translation>
    </message>
    <message>
        <source>{date} ({days} days)</source>
        <translation>{date} ({days} jours)</translation>
    </message>
    <message>
        <source>{who} since {when}</source>
        <translation>{who} depuis {when}</translation>
    </message>
    <message>
        <source>{when} by {who}</source>
        <translation>{when} par {who}</translation>
    </message>
    <message>
        <source>No team workspace</source>
        <translation>Pas d&apos;espace d&apos;équipe</translation>
    </message>
    <message>
        <source>Set the team workspace&apos;s address in Preferences ▸ Workspace first.</source>
        <translation>Indiquez d&apos;abord l&apos;adresse de l&apos;espace d&apos;équipe dans Préférences ▸ Espace d&apos;équipe.</translation>
    </message>
    <message>
        <source>Cannot connect</source>
        <translation>Connexion impossible</translation>
    </message>
    <message>
        <source>Connecting to the team workspace…</source>
        <translation>Connexion à l&apos;espace d&apos;équipe…</translation>
    </message>
    <message>
        <source>Team workspace: connecting…</source>
        <translation>Espace d&apos;équipe : connexion…</translation>
    </message>
    <message>
        <source>Team workspace offline: retrying…</source>
        <translation>Espace d&apos;équipe hors ligne : nouvel essai en cours…</translation>
    </message>
    <message>
        <source>Cannot connect to the team workspace</source>
        <translation>Impossible de se connecter à l&apos;espace d&apos;équipe</translation>
    </message>
    <message>
        <source>Team workspace: not connected</source>
        <translation>Espace d&apos;équipe : non connecté</translation>
    </message>
    <message>
        <source>Reading the team plans…</source>
        <translation>Lecture des plans d&apos;équipe…</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>copie</translation>
    </message>
    <message>
        <source>Reloaded {name} as saved by your colleague</source>
        <translation>{name} rechargé tel que votre collègue l’a enregistré</translation>
    </message>
    <message>
        <source>Team workspace offline: your changes are kept on this computer and saved when it is back</source>
        <translation>Espace d&apos;équipe hors ligne : vos modifications sont gardées sur cet ordinateur et enregistrées dès son retour</translation>
    </message>
    <message>
        <source>The team workspace is not answering: names are completed from your own directory until it answers again</source>
        <translation>L&apos;espace d&apos;équipe ne répond pas : les noms sont complétés depuis votre propre répertoire jusqu&apos;à ce qu&apos;il réponde à nouveau</translation>
    </message>
    <message>
        <source>Team workspace: not answering</source>
        <translation>Espace d&apos;équipe : ne répond pas</translation>
    </message>
    <message>
        <source>Team workspace: offline</source>
        <translation>Espace d&apos;équipe : hors ligne</translation>
    </message>
    <message>
        <source>The team workspace is not answering at the moment. Your work is kept on this computer; the planner keeps trying in the background — try again when the status bar says it is back.</source>
        <translation>L&apos;espace d&apos;équipe ne répond pas pour le moment. Votre travail est conservé sur cet ordinateur ; le planificateur réessaie en arrière-plan — réessayez quand la barre d&apos;état indique qu&apos;il est de retour.</translation>
    </message>
    <message>
        <source>Team workspace back: your changes are saved</source>
        <translation>Espace d&apos;équipe de retour : vos modifications sont enregistrées</translation>
    </message>
    <message>
        <source>Team workspace: {where}</source>
        <translation>Espace d&apos;équipe : {where}</translation>
    </message>
    <message>
        <source>Team workspace</source>
        <translation>Espace d&apos;équipe</translation>
    </message>
    <message>
        <source>New plan from the funded project {identifier}: not saved yet</source>
        <translation>Nouveau plan à partir du projet financé {identifier} : pas encore enregistré</translation>
    </message>
    <message>
        <source>New plan from {identifier}</source>
        <translation>Nouveau plan à partir de {identifier}</translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <source>{country} is a Programme Country in {year}</source>
        <translation>{country} est un pays du programme en {year}</translation>
    </message>
    <message>
        <source>{country} is a Partner Country in {year}</source>
        <translation>{country} est un pays partenaire en {year}</translation>
    </message>
    <message>
        <source>{country} is an EU Member State</source>
        <translation>{country} est un État membre de l&apos;UE</translation>
    </message>
    <message>
        <source>{country} is an associated country</source>
        <translation>{country} est un pays associé au programme</translation>
    </message>
    <message>
        <source>{country} is not associated</source>
        <translation>{country} n&apos;est pas associé au programme</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>country</source>
        <translation>pays</translation>
    </message>
    <message>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <source>{value} is not a calendar date</source>
        <translation>{value} n&apos;est pas une date valide</translation>
    </message>
    <message>
        <source>write the year (2008) or the full date (2008-09-01)</source>
        <translation>indiquez l&apos;année (2008) ou la date complète (2008-09-01)</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} et {last}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Edit partner — {name}</source>
        <translation>Modifier le partenaire — {name}</translation>
    </message>
    <message>
        <source>Add partner</source>
        <translation>Ajouter un partenaire</translation>
    </message>
    <message>
        <source>Legal name; type a few letters to pick from the partner directory</source>
        <translation>Dénomination légale&#xa0;; tapez quelques lettres pour choisir dans l&apos;annuaire des partenaires</translation>
    </message>
    <message>
        <source>Legal name (the partner directory is empty: nothing to pick from yet)</source>
        <translation>Nom légal (le répertoire des partenaires est vide : rien à choisir pour l&apos;instant)</translation>
    </message>
    <message>
        <source>The partner directory is empty. Fill it from View ▸ Partner Directory: Import… a partner list or a list of funded Erasmus+ projects (the Project Results export), or Add… organisations one by one.</source>
        <translation>Le répertoire des partenaires est vide. Remplissez-le depuis Affichage ▸ Répertoire des partenaires : Importer… une liste de partenaires ou une liste de projets Erasmus+ financés (l&apos;export Project Results), ou Ajouter… les organisations une à une.</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Nom de l&apos;organisme</translation>
    </message>
    <message>
        <source>Legal name of the organisation</source>
        <translation>Dénomination légale de l&apos;organisme</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Organisation type</source>
        <translation>Type d&apos;organisme</translation>
    </message>
    <message>
        <source>Role in the consortium</source>
        <translation>Rôle dans le consortium</translation>
    </message>
    <message>
        <source>Full partner it is affiliated to</source>
        <translation>Partenaire à part entière auquel elle est affiliée</translation>
    </message>
    <message>
        <source>Holds an ECHE</source>
        <translation>Titulaire d&apos;une ECHE</translation>
    </message>
    <message>
        <source>Erasmus Charter for Higher Education</source>
        <translation>Charte Erasmus pour l&apos;enseignement supérieur</translation>
    </message>
    <message>
        <source>Language community</source>
        <translation>Communauté linguistique</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Non précisée</translation>
    </message>
    <message>
        <source>Decides the National Agency when this partner is the applicant.</source>
        <translation>Détermine l&apos;Agence nationale lorsque ce partenaire est le candidat.</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Established</source>
        <translation>Date de création</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Personne de contact</translation>
    </message>
    <message>
        <source>Contact e-mail</source>
        <translation>Courriel de contact</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>Pa&amp;ys&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>A&amp;ffiliated to:</source>
        <translation>A&amp;ffiliée à :</translation>
    </message>
    <message>
        <source>O&amp;ID:</source>
        <translation>O&amp;ID&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;PIC:</source>
        <translation>&amp;PIC&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;ECHE:</source>
        <translation>&amp;ECHE&#xa0;:</translation>
    </message>
    <message>
        <source>Language co&amp;mmunity:</source>
        <translation>Co&amp;mmunauté linguistique&#xa0;:</translation>
    </message>
    <message>
        <source>Cit&amp;y:</source>
        <translation>&amp;Ville&#xa0;:</translation>
    </message>
    <message>
        <source>Esta&amp;blished:</source>
        <translation>Date de &amp;création&#xa0;:</translation>
    </message>
    <message>
        <source>Cont&amp;act person:</source>
        <translation>Per&amp;sonne de contact&#xa0;:</translation>
    </message>
    <message>
        <source>E-mai&amp;l:</source>
        <translation>Courrie&amp;l&#xa0;:</translation>
    </message>
    <message>
        <source>Note&amp;s:</source>
        <translation>N&amp;otes&#xa0;:</translation>
    </message>
    <message>
        <source>{action}, {year} call</source>
        <translation>{action}, appel {year}</translation>
    </message>
    <message>
        <source>{year} call</source>
        <translation>Appel {year}</translation>
    </message>
    <message>
        <source>Country statuses and requirements below are those of this call year.</source>
        <translation>Les statuts des pays et les exigences ci-dessous sont ceux de l&apos;année de cet appel.</translation>
    </message>
    <message>
        <source>the {what} is still needed</source>
        <translation>il manque encore le {what}</translation>
    </message>
    <message>
        <source>established: {problem}</source>
        <translation>date de création&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>an affiliated entity belongs to a full partner: add the applicant or a full partner first</source>
        <translation>une entité affiliée appartient à un partenaire à part entière : ajoutez d&apos;abord le candidat ou un partenaire à part entière</translation>
    </message>
    <message>
        <source>{name} is already the applicant, and a plan has exactly one: make that one a full partner afterwards, or choose another role here.</source>
        <translation>{name} est déjà le candidat, et un plan n’en a qu’un&#xa0;: faites-en ensuite un partenaire à part entière, ou choisissez ici un autre rôle.</translation>
    </message>
    <message>
        <source>Affiliated entities exist from the {first} call; in the {year} call the checklist will not accept one.</source>
        <translation>Les entités affiliées existent à partir de l&apos;appel {first} ; dans l&apos;appel {year}, la liste de contrôle n&apos;en acceptera pas.</translation>
    </message>
    <message numerus="yes">
        <source>%n affiliated entities are linked to this organisation; in this role it can have none: on OK you choose what becomes of them.</source>
        <translation>
            <numerusform>%n entité affiliée est liée à cette organisation ; dans ce rôle, elle ne peut en avoir aucune : après OK, vous choisirez ce qu’elle devient.</numerusform>
            <numerusform>%n entités affiliées sont liées à cette organisation ; dans ce rôle, elle ne peut en avoir aucune : après OK, vous choisirez ce qu’elles deviennent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Listed under this partner; counts toward no minimum.</source>
        <translation>Listée sous ce partenaire ; ne compte pour aucun minimum.</translation>
    </message>
    <message>
        <source>No applicant or full partner in the plan yet.</source>
        <translation>Pas encore de candidat ni de partenaire à part entière dans le plan.</translation>
    </message>
    <message>
        <source>year or full date of legal establishment</source>
        <translation>année ou date complète de la création juridique</translation>
    </message>
    <message>
        <source>Still needed: {fields}.</source>
        <translation>Encore nécessaire&#xa0;: {fields}.</translation>
    </message>
    <message>
        <source>{problems}.</source>
        <translation>{problems}.</translation>
    </message>
    <message>
        <source>; </source>
        <translation> ; </translation>
    </message>
    <message>
        <source>The {identifier} looks malformed; you can still save, and the check will flag it.</source>
        <translation>L&apos;identifiant {identifier} semble mal formé&#xa0;; vous pouvez tout de même enregistrer, la vérification le signalera.</translation>
    </message>
    <message>
        <source>The {identifiers} look malformed; you can still save, and the check will flag them.</source>
        <translation>Les identifiants {identifiers} semblent mal formés&#xa0;; vous pouvez tout de même enregistrer, la vérification les signalera.</translation>
    </message>
    <message>
        <source>well formed</source>
        <translation>bien formé</translation>
    </message>
    <message>
        <source>E and 8 digits</source>
        <translation>E suivi de 8 chiffres</translation>
    </message>
    <message>
        <source>9 digits</source>
        <translation>9 chiffres</translation>
    </message>
    <message>
        <source>{shape}; {action} applications use it</source>
        <translation>{shape}&#xa0;; les candidatures {action} l&apos;utilisent</translation>
    </message>
    <message>
        <source>optional, {shape}</source>
        <translation>facultatif, {shape}</translation>
    </message>
    <message>
        <source>Required for higher education institutions in {countries}.</source>
        <translation>Obligatoire pour les établissements d&apos;enseignement supérieur des {countries}.</translation>
    </message>
    <message>
        <source>Required: {where}.</source>
        <translation>Obligatoire&#xa0;: {where}.</translation>
    </message>
    <message>
        <source>Not needed: {where}.</source>
        <translation>Pas nécessaire&#xa0;: {where}.</translation>
    </message>
    <message numerus="yes">
        <source>%n funded project(s)</source>
        <translation>
            <numerusform>%n projet financé</numerusform>
            <numerusform>%n projets financés</numerusform>
        </translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>coordinateur</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>partenaire</translation>
    </message>
    <message>
        <source>newest {year} {code}, {role}</source>
        <translation>le plus récent {year} {code}, {role}</translation>
    </message>
    <message>
        <source>team workspace</source>
        <translation>espace d&apos;équipe</translation>
    </message>
</context>
<context>
    <name>PartnerTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>OID / PIC</source>
        <translation>OID / PIC</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>no {identifier} yet</source>
        <translation>pas encore d’{identifier}</translation>
    </message>
    <message>
        <source>Affiliated entity of {partner}</source>
        <translation>Entité affiliée de {partner}</translation>
    </message>
</context>
<context>
    <name>PartnersView</name>
    <message>
        <source>Filter partners</source>
        <translation>Filtrer les partenaires</translation>
    </message>
    <message>
        <source>Filter by name, country, type, OID or PIC</source>
        <translation>Filtrer par nom, pays, type, OID ou PIC</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>OID missing (+1)</source>
        <translation>OID manquant (+1)</translation>
    </message>
    <message>
        <source>OID missing</source>
        <translation>OID manquant</translation>
    </message>
    <message>
        <source>No partners yet. Add the applicant first, then the partners.</source>
        <translation>Aucun partenaire pour l&apos;instant. Ajoutez d&apos;abord le candidat, puis les partenaires.</translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n organisme</numerusform>
            <numerusform>%n organismes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n organisation(s) match the filter</source>
        <translation>
            <numerusform>{shown} organisme sur %n correspond au filtre</numerusform>
            <numerusform>{shown} organismes sur %n correspondent au filtre</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanArea</name>
    <message>
        <source>Pa&amp;rtners</source>
        <translation>Pa&amp;rtenaires</translation>
    </message>
    <message>
        <source>The plan and its partners</source>
        <translation>Le plan et ses partenaires</translation>
    </message>
    <message>
        <source>Verdi&amp;ct: {word}</source>
        <translation>Verdi&amp;ct : {word}</translation>
    </message>
    <message>
        <source>The verdict, the agency, the checklist and what else fits</source>
        <translation>Le verdict, l’agence, la liste de contrôle et ce qui conviendrait aussi</translation>
    </message>
</context>
<context>
    <name>PlanHeader</name>
    <message>
        <source>Plan title</source>
        <translation>Titre du plan</translation>
    </message>
    <message>
        <source>Title of the project, e.g. Green skills for rural schools</source>
        <translation>Titre du projet, p. ex. Compétences vertes pour les écoles rurales</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>Call year</source>
        <translation>Année de l&apos;appel</translation>
    </message>
    <message>
        <source>Call &amp;year</source>
        <translation>Année de l&apos;app&amp;el</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation>A&amp;ction</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>F&amp;ield</source>
        <translation>&amp;Secteur</translation>
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
        <translation>Type de projet</translation>
    </message>
    <message>
        <source>&amp;Project type</source>
        <translation>Type de &amp;projet</translation>
    </message>
    <message>
        <source>Duration in months</source>
        <translation>Durée en mois</translation>
    </message>
    <message>
        <source>D&amp;uration</source>
        <translation>D&amp;urée</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non définie</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>How long the project runs; the checklist compares it with what the action allows.</source>
        <translation>Durée du projet ; la liste de contrôle la compare à ce que l&apos;action autorise.</translation>
    </message>
    <message>
        <source>Actions of the {p} programme</source>
        <translation>Actions du programme {p}</translation>
    </message>
    <message>
        <source>(calls {years})</source>
        <translation>(appels {years})</translation>
    </message>
    <message>
        <source>No fields in this action</source>
        <translation>Cette action n&apos;a pas de secteurs</translation>
    </message>
    <message>
        <source>Choose a field…</source>
        <translation>Choisir un secteur…</translation>
    </message>
    <message>
        <source>Choose a lot…</source>
        <translation>Choisir un lot…</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
</context>
<context>
    <name>PresentationPage</name>
    <message>
        <source>Presentation mode</source>
        <translation>Mode présentation</translation>
    </message>
    <message>
        <source>Text size in presentation mode</source>
        <translation>Taille du texte en mode présentation</translation>
    </message>
    <message>
        <source>Te&amp;xt size:</source>
        <translation>Taille du te&amp;xte&#xa0;:</translation>
    </message>
    <message>
        <source>View ▸ Presentation Mode (F5) shows the plan full screen, this much larger and in high contrast; Esc leaves it.</source>
        <translation>Affichage ▸ Mode présentation (F5) montre le plan en plein écran, agrandi d&apos;autant et en contraste élevé&#xa0;; Échap le quitte.</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Plans (*.epplan *.json);;Plan documents (*.epplan);;Plan files (*.json)</source>
        <translation>Plans (*.epplan *.json);;Documents de plan (*.epplan);;Fichiers de plan (*.json)</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
        <translation>Tableurs (*.csv *.xlsx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save the changes to “{name}” before closing?</source>
        <translation>Enregistrer les modifications de «&#xa0;{name}&#xa0;» avant de fermer&#xa0;?</translation>
    </message>
    <message>
        <source>If you don&apos;t save, your changes will be lost.</source>
        <translation>Si vous n&apos;enregistrez pas, vos modifications seront perdues.</translation>
    </message>
    <message>
        <source>Plan changed elsewhere</source>
        <translation>Plan modifié ailleurs</translation>
    </message>
    <message>
        <source>“{name}” was changed by another program or on another computer since you opened it.</source>
        <translation>«&#xa0;{name}&#xa0;» a été modifié par un autre programme ou sur un autre ordinateur depuis que vous l’avez ouvert.</translation>
    </message>
    <message>
        <source>Replace those changes with yours, or save yours under another name?</source>
        <translation>Remplacer ces modifications par les vôtres, ou enregistrer les vôtres sous un autre nom&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message numerus="yes">
        <source>“{partner}” has %n affiliated entities. Remove them too, link them to another full partner, or keep them as full partners?</source>
        <translation>
            <numerusform>« {partner} » a %n entité affiliée. La retirer aussi, la lier à un autre partenaire à part entière, ou la garder comme partenaire à part entière ?</numerusform>
            <numerusform>« {partner} » a %n entités affiliées. Les retirer aussi, les lier à un autre partenaire à part entière, ou les garder comme partenaires à part entière ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“{partner}” becomes: {role}. In that role it can have no affiliated entities, and %n are linked to it. Link them to another full partner, make them full partners, or remove them?</source>
        <translation>
            <numerusform>« {partner} » devient : {role}. Dans ce rôle, elle ne peut avoir aucune entité affiliée, et %n y est liée. La lier à un autre partenaire à part entière, en faire un partenaire à part entière, ou la retirer ?</numerusform>
            <numerusform>« {partner} » devient : {role}. Dans ce rôle, elle ne peut avoir aucune entité affiliée, et %n y sont liées. Les lier à un autre partenaire à part entière, en faire des partenaires à part entière, ou les retirer ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Recover unsaved work?</source>
        <translation>Récupérer le travail non enregistré&#xa0;?</translation>
    </message>
    <message>
        <source>The planner did not close properly last time. Unsaved work was kept:

{what}

Restore it?</source>
        <translation>Le planificateur ne s&apos;est pas fermé correctement la dernière fois. Du travail non enregistré a été conservé&#xa0;:

{what}

Le restaurer&#xa0;?</translation>
    </message>
    <message>
        <source>Plan in use</source>
        <translation>Plan en cours d&apos;utilisation</translation>
    </message>
    <message>
        <source>Open a read-only copy?</source>
        <translation>Ouvrir une copie en lecture seule&#xa0;?</translation>
    </message>
    <message>
        <source>Not a plan</source>
        <translation>Pas un plan</translation>
    </message>
    <message>
        <source>{name} is a spreadsheet, not a plan: plans are .json or .epplan files.</source>
        <translation>{name} est un tableur, pas un plan : les plans sont des fichiers .json ou .epplan.</translation>
    </message>
    <message>
        <source>Import the partners it lists into the open plan? (Undo takes them out again.)</source>
        <translation>Importer les partenaires qu’il contient dans le plan ouvert ? (Annuler les retire.)</translation>
    </message>
    <message>
        <source>&amp;Import Partners…</source>
        <translation>&amp;Importer des partenaires…</translation>
    </message>
    <message>
        <source>Import of {name}</source>
        <translation>Import de {name}</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of {name} cannot be imported.</source>
        <translation>
            <numerusform>%n ligne de {name} ne peut pas être importée.</numerusform>
            <numerusform>%n lignes de {name} ne peuvent pas être importées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import the other rows and leave these out, or import nothing and fix the file first?</source>
        <translation>Importer les autres lignes sans celles-ci, ou ne rien importer et corriger d’abord le fichier&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>Import %n Good Row(s)</source>
        <translation>
            <numerusform>Importer %n ligne valable</numerusform>
            <numerusform>Importer %n lignes valables</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Nothing</source>
        <translation>Ne rien importer</translation>
    </message>
    <message>
        <source>Open plan</source>
        <translation>Ouvrir un plan</translation>
    </message>
    <message>
        <source>Save plan as</source>
        <translation>Enregistrer le plan sous</translation>
    </message>
    <message>
        <source>Import partners</source>
        <translation>Importer des partenaires</translation>
    </message>
    <message>
        <source>Export PDF briefing</source>
        <translation>Exporter la fiche PDF</translation>
    </message>
    <message>
        <source>Import into the partner directory</source>
        <translation>Importer dans le répertoire des partenaires</translation>
    </message>
    <message>
        <source>Export the partner directory</source>
        <translation>Exporter le répertoire des partenaires</translation>
    </message>
    <message>
        <source>…and {n} more</source>
        <translation>…et {n} de plus</translation>
    </message>
    <message>
        <source>Team workspace password</source>
        <translation>Mot de passe de l&apos;espace d&apos;équipe</translation>
    </message>
    <message>
        <source>Password of {user} for the team workspace {where}:
(kept only until the planner closes)</source>
        <translation>Mot de passe de {user} pour l&apos;espace d&apos;équipe {where} :
(gardé seulement jusqu&apos;à la fermeture du planificateur)</translation>
    </message>
    <message>
        <source>Save to Workspace</source>
        <translation>Enregistrer dans l&apos;espace d&apos;équipe</translation>
    </message>
    <message>
        <source>Name of the team plan:</source>
        <translation>Nom du plan d&apos;équipe :</translation>
    </message>
    <message>
        <source>Save refused</source>
        <translation>Enregistrement refusé</translation>
    </message>
    <message>
        <source>Someone saved “{name}” in the team workspace since you opened it.</source>
        <translation>Quelqu&apos;un a enregistré « {name} » dans l&apos;espace d&apos;équipe depuis que vous l&apos;avez ouvert.</translation>
    </message>
    <message>
        <source>Nothing was overwritten. Keep your version as a copy beside theirs, or reload theirs (your changes are dropped)?</source>
        <translation>Rien n&apos;a été écrasé. Garder votre version comme copie à côté de l&apos;autre, ou recharger l&apos;autre (vos modifications sont abandonnées) ?</translation>
    </message>
    <message>
        <source>&amp;Keep Mine as a Copy</source>
        <translation>Garder la mienne comme &amp;copie</translation>
    </message>
    <message>
        <source>&amp;Reload Theirs</source>
        <translation>&amp;Recharger l&apos;autre</translation>
    </message>
    <message>
        <source>Open from Workspace</source>
        <translation>Ouvrir depuis l&apos;espace d&apos;équipe</translation>
    </message>
    <message>
        <source>Team plan</source>
        <translation>Plan d&apos;équipe</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Last saved</source>
        <translation>Dernier enregistrement</translation>
    </message>
    <message>
        <source>Being edited by</source>
        <translation>En cours de modification par</translation>
    </message>
    <message>
        <source>No team plans yet: File ▸ Save to Workspace stores the open plan as one.</source>
        <translation>Pas encore de plan d&apos;équipe : Fichier ▸ Enregistrer dans l&apos;espace d&apos;équipe y range le plan ouvert.</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>Official</source>
        <translation>Officielle</translation>
    </message>
    <message>
        <source>◐ Agency summary</source>
        <translation>◐ Résumé d&apos;agence</translation>
    </message>
    <message>
        <source>⚠ Unconfirmed</source>
        <translation>⚠ Non confirmée</translation>
    </message>
    <message>
        <source>Confirmed in the Programme Guide or the official call text.</source>
        <translation>Confirmée dans le guide du programme ou le texte officiel de l&apos;appel.</translation>
    </message>
    <message>
        <source>Taken from National Agency summaries of the Programme Guide.</source>
        <translation>Tirée de résumés du guide du programme établis par des Agences nationales.</translation>
    </message>
    <message>
        <source>Could not be confirmed: check it with your National Agency.</source>
        <translation>N&apos;a pas pu être confirmée&#xa0;: vérifiez auprès de votre Agence nationale.</translation>
    </message>
    <message>
        <source>schools</source>
        <translation>écoles</translation>
    </message>
    <message>
        <source>higher education institutions</source>
        <translation>établissements d’enseignement supérieur</translation>
    </message>
    <message>
        <source>VET providers</source>
        <translation>prestataires d’EFP</translation>
    </message>
    <message>
        <source>enterprises</source>
        <translation>entreprises</translation>
    </message>
    <message>
        <source>enterprises, industry or sector representatives</source>
        <translation>entreprises, représentants de l’industrie ou du secteur</translation>
    </message>
    <message>
        <source>labour-market actors</source>
        <translation>acteurs du marché du travail</translation>
    </message>
    <message>
        <source>education and training providers</source>
        <translation>prestataires d’éducation et de formation</translation>
    </message>
    <message>
        <source>bodies with a regulatory function</source>
        <translation>organismes à fonction réglementaire</translation>
    </message>
    <message>
        <source>public bodies</source>
        <translation>organismes publics</translation>
    </message>
    <message>
        <source>youth organisations or groups</source>
        <translation>organisations ou groupes de jeunes</translation>
    </message>
    <message>
        <source>calls {years}</source>
        <translation>appels {years}</translation>
    </message>
    <message>
        <source>lots: {lots}</source>
        <translation>lots&#xa0;: {lots}</translation>
    </message>
    <message>
        <source>type: {types}</source>
        <translation>type&#xa0;: {types}</translation>
    </message>
    <message>
        <source>at least {n} months</source>
        <translation>au moins {n} mois</translation>
    </message>
    <message>
        <source>at least {n}</source>
        <translation>au moins {n}</translation>
    </message>
    <message>
        <source>at most {n} months</source>
        <translation>au plus {n} mois</translation>
    </message>
    <message>
        <source>at most {n}</source>
        <translation>au plus {n}</translation>
    </message>
    <message>
        <source>{values} months</source>
        <translation>{values} mois</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>not {countries}</source>
        <translation>pas {countries}</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>counted as {group}</source>
        <translation>compté comme {group}</translation>
    </message>
    <message>
        <source>in at least {n} countries</source>
        <translation>dans au moins {n} pays</translation>
    </message>
    <message>
        <source>from the {year} call</source>
        <translation>à partir de l’appel {year}</translation>
    </message>
    <message>
        <source>except outermost-region categories {regions}</source>
        <translation>sauf régions ultrapériphériques des catégories {regions}</translation>
    </message>
    <message>
        <source>registered before {date}</source>
        <translation>enregistré avant le {date}</translation>
    </message>
    <message>
        <source>Rules and their sources</source>
        <translation>Règles et leurs sources</translation>
    </message>
    <message>
        <source>The planner checks each consortium against these rules. Each names its source: the Programme Guide of the call year where it could be confirmed, otherwise National Agency summaries (◐). Rules marked ⚠ rest on sources that could not be confirmed: check them with your National Agency.</source>
        <translation>Le planificateur vérifie chaque consortium au regard de ces règles. Chacune indique sa source&#xa0;: le guide du programme de l&apos;année de l&apos;appel lorsqu&apos;elle a pu y être confirmée, sinon des résumés d&apos;Agences nationales (◐). Les règles marquées ⚠ reposent sur des sources qui n&apos;ont pas pu être confirmées&#xa0;: vérifiez-les auprès de votre Agence nationale.</translation>
    </message>
    <message>
        <source>Call year</source>
        <translation>Année de l&apos;appel</translation>
    </message>
    <message>
        <source>All call years</source>
        <translation>Toutes les années</translation>
    </message>
    <message>
        <source>Call &amp;year</source>
        <translation>&amp;Année de l&apos;appel</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>S&apos;applique à</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Fiabilité</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Every action</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <source> — advice</source>
        <translation> — conseil</translation>
    </message>
</context>
<context>
    <name>TypePicker</name>
    <message>
        <source>group</source>
        <translation>groupe</translation>
    </message>
    <message>
        <source>Choose the kind of organisation…</source>
        <translation>Choisir le type d&apos;organisme…</translation>
    </message>
</context>
<context>
    <name>VerdictBanner</name>
    <message>
        <source>Eligible</source>
        <translation>Éligible</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>Non éligible</translation>
    </message>
    <message numerus="yes">
        <source>%n requirement(s) not met</source>
        <translation>
            <numerusform>%n exigence non remplie</numerusform>
            <numerusform>%n exigences non remplies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) to review</source>
        <translation>
            <numerusform>%n avertissement à examiner</numerusform>
            <numerusform>%n avertissements à examiner</numerusform>
        </translation>
    </message>
    <message>
        <source>Every requirement is met</source>
        <translation>Toutes les exigences sont remplies</translation>
    </message>
    <message>
        <source>Verdict: {symbol} {word}</source>
        <translation>Verdict&#xa0;: {symbol} {word}</translation>
    </message>
    <message>
        <source>Checked against {what}</source>
        <translation>Vérifié au regard de {what}</translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <source>Build a Key Action 2 consortium partner by partner, and see at once whether it is eligible and which agency the application goes to. Everything stays on this computer.</source>
        <translation>Constituez un consortium pour l&apos;action clé 2, partenaire après partenaire, et voyez aussitôt s&apos;il est éligible et à quelle agence la candidature doit être soumise. Tout reste sur cet ordinateur.</translation>
    </message>
    <message>
        <source>&amp;New plan</source>
        <translation>&amp;Nouveau plan</translation>
    </message>
    <message>
        <source>Start an empty plan for this year&apos;s call</source>
        <translation>Commencer un plan vide pour l&apos;appel de cette année</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open a plan file (.epplan or .json)</source>
        <translation>Ouvrir un fichier de plan (.epplan ou .json)</translation>
    </message>
    <message>
        <source>Open &amp;sample</source>
        <translation>Ouvrir l&apos;e&amp;xemple</translation>
    </message>
    <message>
        <source>Open a worked example: a 2019 school Strategic Partnership</source>
        <translation>Ouvrir un exemple complet&#xa0;: un partenariat stratégique scolaire de 2019</translation>
    </message>
    <message>
        <source>Recent plans</source>
        <translation>Plans récents</translation>
    </message>
</context>
<context>
    <name>WorkspacePage</name>
    <message>
        <source>Team workspace</source>
        <translation>Espace d&apos;équipe</translation>
    </message>
    <message>
        <source>Team workspace address</source>
        <translation>Adresse de l&apos;espace d&apos;équipe</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>A&amp;dresse :</translation>
    </message>
    <message>
        <source>A PostgreSQL URL or service name. Passwords are asked for, never stored.</source>
        <translation>Une URL PostgreSQL ou un nom de service. Les mots de passe sont demandés, jamais enregistrés.</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>Add partner “{name}”</source>
        <translation>Ajouter le partenaire «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>Add {count} partners</source>
        <translation>Ajouter {count} partenaires</translation>
    </message>
    <message>
        <source>Edit partner “{name}”</source>
        <translation>Modifier le partenaire «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>Remove partner “{name}”</source>
        <translation>Retirer le partenaire «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>Remove {count} partners</source>
        <translation>Retirer {count} partenaires</translation>
    </message>
    <message>
        <source>Switch to {action}</source>
        <translation>Passer à {action}</translation>
    </message>
    <message>
        <source>Change title</source>
        <translation>Modifier le titre</translation>
    </message>
    <message>
        <source>Set call year to {year}</source>
        <translation>Passer à l&apos;appel {year}</translation>
    </message>
    <message>
        <source>Set field to {field}</source>
        <translation>Choisir le secteur {field}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Change lot</source>
        <translation>Modifier le lot</translation>
    </message>
    <message>
        <source>Change project type</source>
        <translation>Modifier le type de projet</translation>
    </message>
    <message>
        <source>Change plan details</source>
        <translation>Modifier les données du plan</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Full partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>Associated</source>
        <translation>Associé</translation>
    </message>
    <message>
        <source>Submits the application and coordinates; a plan has exactly one.</source>
        <translation>Soumet la candidature et coordonne&#xa0;; un plan en a exactement un.</translation>
    </message>
    <message>
        <source>Takes full part; counts toward the minimum number of partners.</source>
        <translation>Participe pleinement&#xa0;; compte pour le nombre minimal de partenaires.</translation>
    </message>
    <message>
        <source>Contributes without funding; never counts toward a minimum.</source>
        <translation>Contribue sans financement&#xa0;; ne compte jamais pour un minimum.</translation>
    </message>
    <message>
        <source>Higher education</source>
        <translation>Enseignement supérieur</translation>
    </message>
    <message>
        <source>Adult education</source>
        <translation>Éducation des adultes</translation>
    </message>
    <message>
        <source>Large enterprise</source>
        <translation>Grande entreprise</translation>
    </message>
    <message>
        <source>Social enterprise</source>
        <translation>Entreprise sociale</translation>
    </message>
    <message>
        <source>Foundation</source>
        <translation>Fondation</translation>
    </message>
    <message>
        <source>School</source>
        <translation>École</translation>
    </message>
    <message>
        <source>Affiliated</source>
        <translation>Affiliée</translation>
    </message>
    <message>
        <source>Linked to one full partner (calls from 2021); counts toward no minimum and never applies.</source>
        <translation>Liée à un partenaire à part entière (appels à partir de 2021) ; ne compte pour aucun minimum et ne dépose jamais la candidature.</translation>
    </message>
    <message>
        <source>VET provider</source>
        <translation>Prestataire d&apos;EFP</translation>
    </message>
    <message>
        <source>Youth organisation</source>
        <translation>Organisation de jeunesse</translation>
    </message>
    <message>
        <source>Informal youth group</source>
        <translation>Groupe informel de jeunes</translation>
    </message>
    <message>
        <source>SME</source>
        <translation>PME</translation>
    </message>
    <message>
        <source>Local authority</source>
        <translation>Autorité locale</translation>
    </message>
    <message>
        <source>Regional authority</source>
        <translation>Autorité régionale</translation>
    </message>
    <message>
        <source>National authority</source>
        <translation>Autorité nationale</translation>
    </message>
    <message>
        <source>NGO</source>
        <translation>ONG</translation>
    </message>
    <message>
        <source>European NGO</source>
        <translation>ONG européenne</translation>
    </message>
    <message>
        <source>Research institute</source>
        <translation>Institut de recherche</translation>
    </message>
    <message>
        <source>Social partner</source>
        <translation>Partenaire social</translation>
    </message>
    <message>
        <source>Qualification body</source>
        <translation>Organisme de certification</translation>
    </message>
    <message>
        <source>Guidance service</source>
        <translation>Service d&apos;orientation</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Schools</source>
        <translation>Écoles</translation>
    </message>
    <message>
        <source>Schools and colleges</source>
        <translation>Écoles et établissements professionnels</translation>
    </message>
    <message>
        <source>Universities</source>
        <translation>Universités</translation>
    </message>
    <message>
        <source>Youth groups</source>
        <translation>Groupes de jeunes</translation>
    </message>
    <message>
        <source>Businesses</source>
        <translation>Entreprises</translation>
    </message>
    <message>
        <source>Authorities</source>
        <translation>Autorités publiques</translation>
    </message>
    <message>
        <source>NGOs</source>
        <translation>ONG</translation>
    </message>
    <message>
        <source>Research and expertise</source>
        <translation>Recherche et expertise</translation>
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
        <translation>pays du programme en {year}</translation>
    </message>
    <message>
        <source>Partner Country in {year}</source>
        <translation>pays partenaire en {year}</translation>
    </message>
    <message>
        <source>EU Member State</source>
        <translation>État membre de l&apos;UE</translation>
    </message>
    <message>
        <source>associated country</source>
        <translation>pays associé</translation>
    </message>
    <message>
        <source>not associated</source>
        <translation>non associé</translation>
    </message>
    <message>
        <source>Programme Countries</source>
        <translation>pays du programme</translation>
    </message>
    <message>
        <source>EU Member States or associated countries</source>
        <translation>États membres de l&apos;UE ou pays associés</translation>
    </message>
</context>
<context>
    <name>partner_status</name>
    <message>
        <source>{identifier} missing</source>
        <translation>{identifier} manquant</translation>
    </message>
    <message>
        <source>Possibly the same organisation twice</source>
        <translation>Peut-être deux fois le même organisme</translation>
    </message>
    <message>
        <source>Higher education institution without an ECHE</source>
        <translation>Établissement d&apos;enseignement supérieur sans ECHE</translation>
    </message>
    <message>
        <source>Country not eligible in this call</source>
        <translation>Pays non éligible dans cet appel</translation>
    </message>
    <message>
        <source>Country not eligible unless an associated partner</source>
        <translation>Pays non éligible, sauf comme partenaire associé</translation>
    </message>
    <message>
        <source>Country excluded from this action</source>
        <translation>Pays exclu de cette action</translation>
    </message>
    <message>
        <source>Type of organisation not allowed in this action</source>
        <translation>Type d&apos;organisme non admis dans cette action</translation>
    </message>
    <message>
        <source>Cannot apply from this country</source>
        <translation>Impossible de présenter une candidature depuis ce pays</translation>
    </message>
    <message>
        <source>This type of organisation cannot apply</source>
        <translation>Ce type d&apos;organisme ne peut pas être candidat</translation>
    </message>
    <message>
        <source>Applicant&apos;s date of establishment</source>
        <translation>Date de création du candidat</translation>
    </message>
    <message>
        <source>More than one applicant</source>
        <translation>Plus d&apos;un candidat</translation>
    </message>
    <message>
        <source>Not counted</source>
        <translation>Non comptabilisé</translation>
    </message>
    <message>
        <source>No ECHE needed in this country</source>
        <translation>Pas d&apos;ECHE nécessaire dans ce pays</translation>
    </message>
    <message>
        <source>Malformed {identifier}</source>
        <translation>{identifier} mal formé</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>No problem found with this organisation.</source>
        <translation>Aucun problème n&apos;a été relevé pour cet organisme.</translation>
    </message>
</context>
</TS>
