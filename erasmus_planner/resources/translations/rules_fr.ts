<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>rules</name>
    <message>
        <source>At least {min} organisations from {eligible} are required as applicant or full partners; the consortium has {count}{names}.</source>
        <translation>Au moins {min} organisations des {eligible} sont requises comme candidat ou partenaires à part entière ; le consortium en compte {count}{names}.</translation>
    </message>
    <message>
        <source>Add {more} established in {eligible_one}; associated partners and organisations from other countries do not count.</source>
        <translation>Ajoutez {more} dont le siège est situé dans {eligible_one} ; les partenaires associés et les organisations d'autres pays ne comptent pas.</translation>
    </message>
    <message>
        <source>Organisations from at least {min} different {eligible} are required; the consortium covers {count}{countries}.</source>
        <translation>Les organisations doivent provenir d'au moins {min} pays différents parmi les {eligible} ; le consortium en couvre {count}{countries}.</translation>
    </message>
    <message>
        <source>Add a full partner {from_each_of} {more} not yet in the consortium.</source>
        <translation>Ajoutez un partenaire à part entière {from_each_of} {more}.</translation>
    </message>
    <message>
        <source>At least {min} of the countries must be EU Member States; the consortium covers {count}{countries}.</source>
        <translation>Au moins {min} des pays doivent être des États membres de l'UE ; le consortium en couvre {count}{countries}.</translation>
    </message>
    <message>
        <source>Add a full partner {from_each_of} {more} not yet in the consortium, or replace a partner from a non-EU country.</source>
        <translation>Ajoutez un partenaire à part entière {from_each_of} {more}, ou remplacez un partenaire d'un pays hors UE.</translation>
    </message>
    <message>
        <source>At least {min} {group} {required} as applicant or {full_partners} from {eligible}; the consortium has {count}{names}.</source>
        <translation>Au moins {min} {group} des {eligible} {required} comme candidat ou {full_partners} ; le consortium en compte {count}{names}.</translation>
    </message>
    <message>
        <source>Add {more} {as_full_partners} from {eligible_one}: {examples}.</source>
        <translation>Ajoutez {more} {as_full_partners} dans {eligible_one} : {examples}.</translation>
    </message>
    <message>
        <source>At most {max} organisations may take part; the consortium has {count}.</source>
        <translation>Au maximum {max} organisations peuvent participer ; le consortium en compte {count}.</translation>
    </message>
    <message>
        <source>Remove {more}, or choose an action without this limit.</source>
        <translation>Retirez {more}, ou choisissez une action sans cette limite.</translation>
    </message>
    <message>
        <source>Only {group} may take part in this action{offenders}.</source>
        <translation>Cette action est réservée aux {group}{offenders}.</translation>
    </message>
    <message>
        <source>Remove the organisations that are not {group}, or choose an action open to them.</source>
        <translation>Retirez les organisations qui ne sont pas des {group}, ou choisissez une action qui leur est ouverte.</translation>
    </message>
    <message>
        <source>Each participating country must have at least one of each: {group}{offenders}.</source>
        <translation>Chaque pays participant doit compter au moins un représentant de chaque type : {group}{offenders}.</translation>
    </message>
    <message>
        <source>The applicant must be established in {eligible_one}{offenders}.</source>
        <translation>Le candidat doit être établi dans {eligible_one}{offenders}.</translation>
    </message>
    <message>
        <source>Let an organisation from {eligible_one} apply on behalf of the consortium.</source>
        <translation>Faites déposer la candidature au nom du consortium par une organisation établie dans {eligible_one}.</translation>
    </message>
    <message>
        <source>Exactly one organisation applies on behalf of the consortium{offenders}.</source>
        <translation>Une seule organisation dépose la candidature au nom du consortium{offenders}.</translation>
    </message>
    <message>
        <source>Mark exactly one organisation as the applicant (coordinator).</source>
        <translation>Désignez exactement une organisation comme candidat (coordinateur).</translation>
    </message>
    <message>
        <source>The applicant must be one of: {group}{offenders}.</source>
        <translation>Seuls les types suivants peuvent être candidats : {group}{offenders}.</translation>
    </message>
    <message>
        <source>Let {examples} apply on behalf of the consortium.</source>
        <translation>Faites déposer la candidature au nom du consortium par {examples}.</translation>
    </message>
    <message>
        <source>Higher education institutions established in {eligible} must hold a valid Erasmus Charter for Higher Education (ECHE){offenders}.</source>
        <translation>Les établissements d'enseignement supérieur situés dans des {eligible} doivent être titulaires d'une Charte Erasmus pour l'enseignement supérieur (ECHE) valide{offenders}.</translation>
    </message>
    <message>
        <source>Confirm that each of these institutions holds an ECHE, or replace it.</source>
        <translation>Vérifiez que chacun de ces établissements est titulaire d'une ECHE, ou remplacez-le.</translation>
    </message>
    <message>
        <source>Only organisations from {eligible} may take part{offenders}.</source>
        <translation>Seules les organisations des {eligible} peuvent participer{offenders}.</translation>
    </message>
    <message>
        <source>Remove the organisations from other countries.</source>
        <translation>Retirez les organisations des autres pays.</translation>
    </message>
    <message>
        <source>Organisations from countries other than {eligible} may take part only as associated partners{offenders}.</source>
        <translation>Les organisations de pays autres que les {eligible} ne peuvent participer qu'en tant que partenaires associés{offenders}.</translation>
    </message>
    <message>
        <source>Make them associated partners, or replace them.</source>
        <translation>Faites-en des partenaires associés, ou remplacez-les.</translation>
    </message>
    <message>
        <source>Organisations from {countries} are not eligible for this action{offenders}.</source>
        <translation>Pays exclus de cette action : {countries} ; leurs organisations ne sont pas éligibles{offenders}.</translation>
    </message>
    <message>
        <source>Remove them from the consortium.</source>
        <translation>Retirez-les du consortium.</translation>
    </message>
    <message>
        <source>The applicant must have been legally established at least {min} years before the deadline ({deadline}){offenders}.</source>
        <translation>Le candidat doit avoir été légalement constitué au moins {min} ans avant la date limite ({deadline}){offenders}.</translation>
    </message>
    <message>
        <source>Let a longer-established organisation apply, or enter the applicant's date of establishment.</source>
        <translation>Faites déposer la candidature par une organisation plus ancienne, ou saisissez la date de création du candidat.</translation>
    </message>
    <message>
        <source>{action} are open only in the calls {years}; this plan aims at the {year} call.</source>
        <translation>Les {action} existent dans les appels {years} ; ce plan vise l'appel {year}.</translation>
    </message>
    <message>
        <source>Choose a call year in {years}, or the action that replaced it.</source>
        <translation>Choisissez une année d'appel comprise dans {years}, ou l'action qui l'a remplacée.</translation>
    </message>
    <message>
        <source>Identifier not well formed{offenders}.</source>
        <translation>Identifiant mal formé{offenders}.</translation>
    </message>
    <message>
        <source>Copy the OID (E followed by 8 digits) and the PIC (9 digits) exactly as the registration system shows them.</source>
        <translation>Recopiez l'OID (E suivi de 8 chiffres) et le PIC (9 chiffres) exactement comme le système d'enregistrement les affiche.</translation>
    </message>
    <message>
        <source>No {identifier} yet for{offenders}.</source>
        <translation>{identifier} encore manquant pour{offenders}.</translation>
    </message>
    <message>
        <source>Ask these organisations to register and send their {identifier}; applications cannot be submitted without it.</source>
        <translation>Demandez à ces organisations de s'enregistrer et de transmettre leur {identifier} ; sans lui, aucune candidature ne peut être déposée.</translation>
    </message>
    <message>
        <source>The same organisation appears more than once{offenders}.</source>
        <translation>La même organisation apparaît plusieurs fois{offenders}.</translation>
    </message>
    <message>
        <source>Remove the repeated entry; an organisation counts once.</source>
        <translation>Supprimez l'entrée en double ; une organisation ne compte qu'une fois.</translation>
    </message>
    <message>
        <source>No ECHE is needed for higher education institutions outside {eligible}{offenders}.</source>
        <translation>Aucune ECHE n'est nécessaire pour les établissements d'enseignement supérieur situés hors des {eligible}{offenders}.</translation>
    </message>
    <message>
        <source>Associated partners never count toward a minimum{offenders}; as full partners they would.</source>
        <translation>Les partenaires associés ne comptent jamais dans un minimum{offenders} ; en tant que partenaires à part entière, ils compteraient.</translation>
    </message>
    <message>
        <source>If they will receive funding and share the work, change their role to full partner.</source>
        <translation>S'ils reçoivent un financement et partagent le travail, changez leur rôle en partenaire à part entière.</translation>
    </message>
    <message>
        <source>Not counted toward the minimums{offenders}.</source>
        <translation>Ne comptent pas dans les minimums{offenders}.</translation>
    </message>
    <message>
        <source>Affiliated entities exist from the {from} call; in the {year} call they cannot take part as such{offenders}.</source>
        <translation>Les entités affiliées existent à partir de l'appel {from} ; dans l'appel {year}, elles ne peuvent pas participer en tant que telles{offenders}.</translation>
    </message>
    <message>
        <source>Make each of them a full or an associated partner, remove them, or choose a call year from {from}.</source>
        <translation>Faites de chacune un partenaire à part entière ou associé, retirez-les, ou choisissez une année d'appel à partir de {from}.</translation>
    </message>
    <message>
        <source>Each affiliated entity must be linked to the applicant or a full partner of the plan{offenders}.</source>
        <translation>Chaque entité affiliée doit être liée au candidat ou à un partenaire à part entière du plan{offenders}.</translation>
    </message>
    <message>
        <source>Choose the partner each one belongs to ({valid}), or give it another role.</source>
        <translation>Choisissez le partenaire auquel chacune est rattachée ({valid}), ou donnez-lui un autre rôle.</translation>
    </message>
    <message>
        <source>{group} are not counted as {counted_as} here{offenders}.</source>
        <translation>Ici, les {group} ne comptent pas comme {counted_as}{offenders}.</translation>
    </message>
    <message>
        <source>They count only where the Guide says so; add {examples} if the minimum is short.</source>
        <translation>Ils ne comptent que là où le Guide du programme le prévoit ; ajoutez {examples} si le minimum n'est pas atteint.</translation>
    </message>
    <message>
        <source>{action} last {allowed}; this plan runs {months}.</source>
        <translation>Les {action} durent {allowed} ; ce plan dure {months}.</translation>
    </message>
    <message>
        <source>Set the duration to {allowed}, or choose an action that allows {months}.</source>
        <translation>Fixez la durée à {allowed}, ou choisissez une action qui autorise {months}.</translation>
    </message>
    <message>
        <source>At least {min} schools from {eligible} are required; the consortium has {count}{names}.</source>
        <translation>Au moins {min} écoles des {eligible} sont requises ; le consortium en compte {count}{names}.</translation>
    </message>
    <message>
        <source>Add {more} from {eligible_one}; only schools take part.</source>
        <translation>Ajoutez {more} d'{eligible_one} ; seules des écoles participent.</translation>
    </message>
    <message>
        <source>At most {max} schools may take part; the consortium has {count}.</source>
        <translation>Au maximum {max} écoles peuvent participer ; le consortium en compte {count}.</translation>
    </message>
    <message>
        <source>Remove {more}, or turn the project into a Strategic Partnership for school education.</source>
        <translation>Retirez {more}, ou transformez le projet en Partenariat stratégique pour l'enseignement scolaire.</translation>
    </message>
    <message>
        <source>Only schools from {eligible} can take part{offenders}.</source>
        <translation>Seules les écoles des {eligible} peuvent participer{offenders}.</translation>
    </message>
    <message>
        <source>Remove the schools from other countries; Swiss schools could join only as extra, self-funded partners.</source>
        <translation>Retirez les écoles des autres pays ; les écoles suisses ne pourraient participer qu'en tant que partenaires supplémentaires autofinancés.</translation>
    </message>
    <message>
        <source>{action} last {allowed}; up to 36 months only with long-term pupil mobility; this plan runs {months}.</source>
        <translation>Les {action} durent {allowed} ; jusqu'à 36 mois uniquement avec une mobilité de longue durée des élèves ; ce plan dure {months}.</translation>
    </message>
    <message>
        <source>Keep the longer duration only if pupils will spend long periods abroad; otherwise set it to {allowed}.</source>
        <translation>Ne gardez la durée plus longue que si des élèves passent de longues périodes à l'étranger ; sinon, fixez-la à {allowed}.</translation>
    </message>
    <message>
        <source>At least {min} independent organisations from {eligible} are required; the consortium has {count}{names}.</source>
        <translation>Au moins {min} organisations indépendantes des {eligible} sont requises ; le consortium en compte {count}{names}.</translation>
    </message>
    <message>
        <source>Add a small, medium or large enterprise from any Programme Country (social enterprises count; consultancies and intermediaries count if they show experience in the field).</source>
        <translation>Ajoutez une petite, moyenne ou grande entreprise de n'importe quel pays participant au programme (les entreprises sociales comptent ; les cabinets de conseil et les intermédiaires comptent s'ils démontrent une expérience dans le domaine).</translation>
    </message>
    <message>
        <source>Each participating country needs a VET provider, a body representing the sector, and a body with a regulatory function for education and training{offenders}.</source>
        <translation>Chaque pays participant doit compter un prestataire d'EFP, un organisme représentant le secteur et un organisme doté d'une fonction de réglementation en matière d'éducation et de formation{offenders}.</translation>
    </message>
    <message>
        <source>The alliance must cover at least {min} Programme Countries; its full partners are established in {count}{countries}.</source>
        <translation>L'alliance doit couvrir au moins {min} pays participant au programme ; ses partenaires à part entière sont établis dans {count}{countries}.</translation>
    </message>
    <message>
        <source>European-level sector organisations may cover more countries than their seat; state the coverage in the application, or add partners from {more}.</source>
        <translation>Les organisations sectorielles de niveau européen peuvent couvrir davantage de pays que celui de leur siège ; indiquez cette couverture dans la candidature, ou ajoutez des partenaires issus {more}.</translation>
    </message>
    <message>
        <source>At least {min} full partners (beneficiaries) from {eligible} are required; the consortium has {count}{names}.</source>
        <translation>Au moins {min} partenaires à part entière (bénéficiaires) des {eligible} sont requis ; le consortium en compte {count}{names}.</translation>
    </message>
    <message>
        <source>Organisations from non-associated third countries outside Regions 1 to 3 may take part only as associated partners{offenders}.</source>
        <translation>Les organisations de pays tiers non associés situés hors des régions 1 à 3 ne peuvent participer qu'en tant que partenaires associés{offenders}.</translation>
    </message>
    <message>
        <source>At least {min} full partners from {eligible} are required; the consortium has {count}{names}.</source>
        <translation>Au moins {min} partenaires à part entière des {eligible} sont requis ; le consortium en compte {count}{names}.</translation>
    </message>
    <message>
        <source>At least {min_countries} countries must each include at least one enterprise, industry or sector representative and at least one VET provider; the consortium has {complete}{complete_countries}{offenders}.</source>
        <translation>Au moins {min_countries} pays doivent compter chacun au moins un représentant d'entreprises, de l'industrie ou du secteur et au moins un prestataire d'EFP ; le consortium en a {complete}{complete_countries}{offenders}.</translation>
    </message>
    <message>
        <source>{action} normally last {allowed}; this plan runs {months}.</source>
        <translation>Les {action} durent normalement {allowed} ; ce plan dure {months}.</translation>
    </message>
    <message>
        <source>Plan for {allowed} unless the call says otherwise.</source>
        <translation>Prévoyez {allowed}, sauf indication contraire de l'appel.</translation>
    </message>
    <message>
        <source>Each participating country needs at least one enterprise, industry or sector representative and at least one VET provider{offenders}.</source>
        <translation type="vanished">Chaque pays participant doit compter au moins un représentant d'entreprises, de l'industrie ou du secteur et au moins un prestataire d'EFP{offenders}.</translation>
    </message>
</context>
<context>
    <name>findings</name>
    <message>
        <source>; {name} is established in {country}, a Programme Country in {year}</source>
        <translation> ; siège de l'organisation {name} : {country} (pays participant au programme pour l'appel {year})</translation>
    </message>
    <message>
        <source>; {name} is established in {country}, a Partner Country in {year}</source>
        <translation> ; siège de l'organisation {name} : {country} (pays partenaire pour l'appel {year})</translation>
    </message>
    <message>
        <source>; {name} is established in {country}, an EU Member State in {year}</source>
        <translation> ; siège de l'organisation {name} : {country} (État membre de l'UE pour l'appel {year})</translation>
    </message>
    <message>
        <source>; {name} is established in {country}, a third country associated to the Programme in {year}</source>
        <translation> ; siège de l'organisation {name} : {country} (pays tiers associé au programme pour l'appel {year})</translation>
    </message>
    <message>
        <source>; {name} is established in {country}, a third country not associated to the Programme in {year}</source>
        <translation> ; siège de l'organisation {name} : {country} (pays tiers non associé au programme pour l'appel {year})</translation>
    </message>
    <message>
        <source> (give the exact date to be sure)</source>
        <translation> (indiquez la date exacte pour en être sûr)</translation>
    </message>
    <message>
        <source>; none is marked as applicant yet</source>
        <translation> ; aucune n'est encore désignée comme candidat</translation>
    </message>
    <message>
        <source>; {name} was established in {year}</source>
        <translation> ; année de création de l'organisation {name} : {year}</translation>
    </message>
    <message>
        <source>; the date of establishment of {name} is not given</source>
        <translation> ; la date de création de l'organisation {name} n'est pas indiquée</translation>
    </message>
    <message>
        <source>; {value} is not a date (use YYYY or YYYY-MM-DD)</source>
        <translation> ; {value} n'est pas une date (utilisez AAAA ou AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>; {name} was established on {date}</source>
        <translation> ; date de création de l'organisation {name} : {date}</translation>
    </message>
    <message>
        <source>; {count} are marked as applicant: {names}</source>
        <translation> ; {count} sont désignées comme candidat : {names}</translation>
    </message>
    <message>
        <source>; {items}</source>
        <translation> ; {items}</translation>
    </message>
    <message>
        <source>Choose one of them.</source>
        <translation>Choisissez-en une.</translation>
    </message>
    <message>
        <source>Clear the field.</source>
        <translation>Effacez le domaine.</translation>
    </message>
    <message>
        <source>Clear the lot.</source>
        <translation>Effacez le lot.</translation>
    </message>
    <message>
        <source>{action} do not exist in the field {field}; fields: {choices}</source>
        <translation>Les {action} n'existent pas dans le domaine {field} ; domaines : {choices}</translation>
    </message>
    <message>
        <source>The lot {lot} is not open in the {year} call{when}; lots that year: {choices}</source>
        <translation>Le lot {lot} n'est pas ouvert dans l'appel {year}{when} ; lots de cette année : {choices}</translation>
    </message>
    <message>
        <source>'{name}' projects exist in the calls {years}, not in {year}</source>
        <translation>Les projets « {name} » existent dans les appels {years}, pas dans l'appel {year}</translation>
    </message>
    <message>
        <source>{action} have no fields; the field {field} is ignored</source>
        <translation>Les {action} n'ont pas de domaine ; le domaine {field} est ignoré</translation>
    </message>
    <message>
        <source>{action} have no lots in the {year} call; the lot {lot} does not apply</source>
        <translation>Les {action} n'ont pas de lot dans l'appel {year} ; le lot {lot} ne s'applique pas</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>{action} have no project type {variant}; types: {choices}</source>
        <translation>Les {action} n'ont pas de type de projet {variant} ; types : {choices}</translation>
    </message>
    <message>
        <source>'{name}' projects are not available in {field}</source>
        <translation>Les projets « {name} » ne sont pas disponibles dans le domaine {field}</translation>
    </message>
    <message>
        <source>{action} need a field: {choices}</source>
        <translation>Les {action} nécessitent un domaine : {choices}</translation>
    </message>
    <message>
        <source>{action} of the {year} call are applied for in a lot: {choices}</source>
        <translation>Pour les {action} de l'appel {year}, la candidature se fait dans un lot : {choices}</translation>
    </message>
    <message>
        <source> (it exists in the calls {years})</source>
        <translation> (il existe dans les appels {years})</translation>
    </message>
    <message>
        <source>{organisation} has none recorded</source>
        <translation>{organisation} : aucune ECHE enregistrée</translation>
    </message>
    <message numerus="yes">
        <source>{n} more EU Member State</source>
        <extracomment>Value of {more} in the hints 'Add a full partner {from_each_of} {more} not yet in the consortium.' and '... or add partners from {more}.'; write it to fit your templates (it may carry 'not yet in the consortium'). English plural: {n} more EU Member States</extracomment>
        <translation>
            <numerusform>d'un autre État membre de l'UE non encore représenté dans le consortium</numerusform>
            <numerusform>de {n} autres États membres de l'UE non encore représentés dans le consortium</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} more full partner</source>
        <extracomment>English plural: {n} more full partners</extracomment>
        <translation>
            <numerusform>{n} partenaire à part entière supplémentaire</numerusform>
            <numerusform>{n} partenaires à part entière supplémentaires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} more Programme Country</source>
        <extracomment>Value of {more} in the hints 'Add a full partner {from_each_of} {more} not yet in the consortium.' and '... or add partners from {more}.'; write it to fit your templates (it may carry 'not yet in the consortium'). English plural: {n} more Programme Countries</extracomment>
        <translation>
            <numerusform>d'un autre pays participant au programme non encore représenté dans le consortium</numerusform>
            <numerusform>de {n} autres pays participant au programme non encore représentés dans le consortium</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} more EU Member State or associated country</source>
        <extracomment>Value of {more} in the hints 'Add a full partner {from_each_of} {more} not yet in the consortium.' and '... or add partners from {more}.'; write it to fit your templates (it may carry 'not yet in the consortium'). English plural: {n} more EU Member States or associated countries</extracomment>
        <translation>
            <numerusform>d'un autre État membre de l'UE ou pays tiers associé au programme non encore représenté dans le consortium</numerusform>
            <numerusform>de {n} autres États membres de l'UE ou pays tiers associés au programme non encore représentés dans le consortium</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} organisation</source>
        <extracomment>English plural: {n} organisations</extracomment>
        <translation>
            <numerusform>{n} organisation</numerusform>
            <numerusform>{n} organisations</numerusform>
        </translation>
    </message>
    <message>
        <source>from each of</source>
        <extracomment>{from_each_of} when several countries are missing.</extracomment>
        <translation>dans chacun</translation>
    </message>
    <message>
        <source>from</source>
        <extracomment>{from_each_of} when one country is missing: 'Add a full partner {from_each_of} {more} ...'.</extracomment>
        <translation>issu</translation>
    </message>
    <message numerus="yes">
        <source>{n} month</source>
        <extracomment>English plural: {n} months</extracomment>
        <translation>
            <numerusform>{n} mois</numerusform>
            <numerusform>{n} mois</numerusform>
        </translation>
    </message>
    <message>
        <source>{min} to {max} months</source>
        <translation>{min} à {max} mois</translation>
    </message>
    <message>
        <source>{first} or {second} months</source>
        <translation>{first} ou {second} mois</translation>
    </message>
    <message>
        <source>{name} (associated partner)</source>
        <translation>{name} (partenaire associé)</translation>
    </message>
    <message>
        <source>{name} (affiliated entity of {partner})</source>
        <translation>{name} (entité affiliée de {partner})</translation>
    </message>
    <message>
        <source>{name} ({country}: {status})</source>
        <translation>{name} ({country} : {status})</translation>
    </message>
    <message>
        <source>an OID starts with the letter E, followed by 8 digits (for example E10123456)</source>
        <translation>un OID commence par la lettre E, suivie de 8 chiffres (par exemple E10123456)</translation>
    </message>
    <message>
        <source>after the E an OID has digits only (for example E10123456)</source>
        <translation>après le E, un OID ne contient que des chiffres (par exemple E10123456)</translation>
    </message>
    <message>
        <source>an OID has exactly 8 digits after the E; this one has {n}</source>
        <translation>un OID compte exactement 8 chiffres après le E ; celui-ci en a {n}</translation>
    </message>
    <message>
        <source>a PIC has digits only: 9 of them (for example 949999999)</source>
        <translation>un PIC ne contient que des chiffres, 9 exactement (par exemple 949999999)</translation>
    </message>
    <message>
        <source>a PIC has exactly 9 digits; this one has {n}</source>
        <translation>un PIC compte exactement 9 chiffres ; celui-ci en a {n}</translation>
    </message>
    <message>
        <source>{name}: {identifier} {value}, {problem}</source>
        <translation>{name} : {identifier} {value}, {problem}</translation>
    </message>
    <message>
        <source>: {items}</source>
        <extracomment>A list after a colon (French: ' : ').</extracomment>
        <translation> : {items}</translation>
    </message>
    <message>
        <source>same name in {country}</source>
        <translation>même nom, pays : {country}</translation>
    </message>
    <message>
        <source>same {identifier} {value}</source>
        <translation>même {identifier} {value}</translation>
    </message>
    <message numerus="yes">
        <source>{n} more school</source>
        <extracomment>English plural: {n} more schools</extracomment>
        <translation>
            <numerusform>{n} école supplémentaire</numerusform>
            <numerusform>{n} écoles supplémentaires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} more higher education institution</source>
        <extracomment>English plural: {n} more higher education institutions</extracomment>
        <translation>
            <numerusform>{n} établissement d'enseignement supérieur supplémentaire</numerusform>
            <numerusform>{n} établissements d'enseignement supérieur supplémentaires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} more VET provider</source>
        <extracomment>English plural: {n} more VET providers</extracomment>
        <translation>
            <numerusform>{n} prestataire d'EFP supplémentaire</numerusform>
            <numerusform>{n} prestataires d'EFP supplémentaires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} more enterprise</source>
        <extracomment>English plural: {n} more enterprises</extracomment>
        <translation>
            <numerusform>{n} entreprise supplémentaire</numerusform>
            <numerusform>{n} entreprises supplémentaires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} more enterprise, industry or sector representative</source>
        <extracomment>English plural: {n} more enterprises, industry or sector representatives</extracomment>
        <translation>
            <numerusform>{n} représentant supplémentaire d'entreprises, de l'industrie ou du secteur</numerusform>
            <numerusform>{n} représentants supplémentaires d'entreprises, de l'industrie ou du secteur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} more labour-market actor</source>
        <extracomment>English plural: {n} more labour-market actors</extracomment>
        <translation>
            <numerusform>{n} acteur supplémentaire du marché du travail</numerusform>
            <numerusform>{n} acteurs supplémentaires du marché du travail</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} more education and training provider</source>
        <extracomment>English plural: {n} more education and training providers</extracomment>
        <translation>
            <numerusform>{n} prestataire d'éducation et de formation supplémentaire</numerusform>
            <numerusform>{n} prestataires d'éducation et de formation supplémentaires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} more body with a regulatory function</source>
        <extracomment>English plural: {n} more bodies with a regulatory function</extracomment>
        <translation>
            <numerusform>{n} organisme supplémentaire doté d'une fonction de réglementation</numerusform>
            <numerusform>{n} organismes supplémentaires dotés d'une fonction de réglementation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} more public body</source>
        <extracomment>English plural: {n} more public bodies</extracomment>
        <translation>
            <numerusform>{n} organisme public supplémentaire</numerusform>
            <numerusform>{n} organismes publics supplémentaires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} more youth organisation or group</source>
        <extracomment>English plural: {n} more youth organisations or groups</extracomment>
        <translation>
            <numerusform>{n} organisation ou groupe de jeunes supplémentaire</numerusform>
            <numerusform>{n} organisations ou groupes de jeunes supplémentaires</numerusform>
        </translation>
    </message>
    <message>
        <source>a school</source>
        <translation>une école</translation>
    </message>
    <message>
        <source>a higher education institution</source>
        <translation>un établissement d'enseignement supérieur</translation>
    </message>
    <message>
        <source>a VET provider</source>
        <translation>un prestataire d'EFP</translation>
    </message>
    <message>
        <source>an enterprise</source>
        <translation>une entreprise</translation>
    </message>
    <message>
        <source>an enterprise, industry or sector representative</source>
        <translation>un représentant d'entreprises, de l'industrie ou du secteur</translation>
    </message>
    <message>
        <source>a labour-market actor</source>
        <translation>un acteur du marché du travail</translation>
    </message>
    <message>
        <source>an education and training provider</source>
        <translation>un prestataire d'éducation et de formation</translation>
    </message>
    <message>
        <source>a body with a regulatory function</source>
        <translation>un organisme doté d'une fonction de réglementation</translation>
    </message>
    <message>
        <source>a public body</source>
        <translation>un organisme public</translation>
    </message>
    <message>
        <source>a youth organisation or group</source>
        <translation>une organisation ou un groupe de jeunes</translation>
    </message>
    <message numerus="yes">
        <source>is required</source>
        <extracomment>{required} in 'At least {min} {group} {required} as applicant or {full_partners} from {eligible}'; agrees with {min}. It may be the verb alone if the template holds the rest. English plural: are required</extracomment>
        <translation>
            <numerusform>est nécessaire</numerusform>
            <numerusform>sont nécessaires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>full partner</source>
        <extracomment>English plural: full partners</extracomment>
        <translation>
            <numerusform>partenaire à part entière</numerusform>
            <numerusform>partenaires à part entière</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>as a full partner</source>
        <extracomment>English plural: as full partners</extracomment>
        <translation>
            <numerusform>comme partenaire à part entière</numerusform>
            <numerusform>comme partenaires à part entière</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} is {a_type}</source>
        <extracomment>{a_type}: in English the type with 'a'/'an'; in other languages the type's label alone, so write it as a label.</extracomment>
        <translation>{name} est de type « {a_type} »</translation>
    </message>
    <message>
        <source>{country} lacks {groups}</source>
        <translation>{country} : il manque {groups}</translation>
    </message>
    <message>
        <source>in {country}, add {examples}</source>
        <translation>{country} : ajoutez {examples}</translation>
    </message>
    <message>
        <source>Not required beyond the {min} countries of the minimum configuration; where you can: {items}.</source>
        <translation>Non exigé au-delà des {min} pays de la configuration minimale ; si possible : {items}.</translation>
    </message>
    <message>
        <source>Per country: {items}.</source>
        <translation>Par pays — {items}.</translation>
    </message>
    <message>
        <source>{items} and {last}</source>
        <translation>{items} et {last}</translation>
    </message>
    <message>
        <source>; </source>
        <extracomment>Separator between clauses (French: ' ; ').</extracomment>
        <translation> ; </translation>
    </message>
    <message numerus="yes">
        <source>{items} and {n} more</source>
        <extracomment>The end of a long list of names. English plural: {items} and {n} more</extracomment>
        <translation>
            <numerusform>{items} et {n} autre</numerusform>
            <numerusform>{items} et {n} autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vocabulary</name>
    <message>
        <source>Programme Countries</source>
        <extracomment>{eligible} of the rules templates ('from {eligible}', 'established in {eligible}', 'outside {eligible}'): the form your templates need (German: dative plural).</extracomment>
        <translation>pays participant au programme</translation>
    </message>
    <message>
        <source>a Programme Country</source>
        <extracomment>{eligible_one} of the rules templates ('established in {eligible_one}', 'from {eligible_one}').</extracomment>
        <translation>un pays participant au programme</translation>
    </message>
    <message>
        <source>EU Member States or associated countries</source>
        <extracomment>{eligible} of the rules templates, 2021+ calls.</extracomment>
        <translation>États membres de l'UE ou pays tiers associés au programme</translation>
    </message>
    <message>
        <source>an EU Member State or associated country</source>
        <extracomment>{eligible_one} of the rules templates, 2021+ calls.</extracomment>
        <translation>un État membre de l'UE ou un pays tiers associé au programme</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <extracomment>A written date, e.g. the application deadline.</extracomment>
        <translation>{day} {month} {year}</translation>
    </message>
    <message>
        <source>January</source>
        <translation>janvier</translation>
    </message>
    <message>
        <source>February</source>
        <translation>février</translation>
    </message>
    <message>
        <source>March</source>
        <translation>mars</translation>
    </message>
    <message>
        <source>April</source>
        <translation>avril</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>June</source>
        <translation>juin</translation>
    </message>
    <message>
        <source>July</source>
        <translation>juillet</translation>
    </message>
    <message>
        <source>August</source>
        <translation>août</translation>
    </message>
    <message>
        <source>September</source>
        <translation>septembre</translation>
    </message>
    <message>
        <source>October</source>
        <translation>octobre</translation>
    </message>
    <message>
        <source>November</source>
        <translation>novembre</translation>
    </message>
    <message>
        <source>December</source>
        <translation>décembre</translation>
    </message>
    <message>
        <source>School / general education (pre-primary to upper secondary)</source>
        <translation>École / enseignement général (du préprimaire au secondaire supérieur)</translation>
    </message>
    <message>
        <source>Vocational education and training provider</source>
        <translation>Prestataire d'enseignement et de formation professionnels</translation>
    </message>
    <message>
        <source>Higher education institution (HEI)</source>
        <translation>Établissement d'enseignement supérieur (EES)</translation>
    </message>
    <message>
        <source>Adult education provider</source>
        <translation>Prestataire d'éducation des adultes</translation>
    </message>
    <message>
        <source>Youth organisation or youth council</source>
        <translation>Organisation de jeunesse ou conseil de la jeunesse</translation>
    </message>
    <message>
        <source>Informal group of young people</source>
        <translation>Groupe informel de jeunes</translation>
    </message>
    <message>
        <source>Small or medium-sized enterprise</source>
        <translation>Petite ou moyenne entreprise</translation>
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
        <source>Local public body (municipality, local school authority)</source>
        <translation>Organisme public local (commune, autorité scolaire locale)</translation>
    </message>
    <message>
        <source>Regional public body (incl. regional school authority)</source>
        <translation>Organisme public régional (y compris autorité scolaire régionale)</translation>
    </message>
    <message>
        <source>National public body (ministry, government agency)</source>
        <translation>Organisme public national (ministère, agence gouvernementale)</translation>
    </message>
    <message>
        <source>Non-governmental organisation / association</source>
        <translation>Organisation non gouvernementale / association</translation>
    </message>
    <message>
        <source>European NGO or EU-wide network</source>
        <translation>ONG européenne ou réseau à l'échelle de l'UE</translation>
    </message>
    <message>
        <source>Foundation</source>
        <translation>Fondation</translation>
    </message>
    <message>
        <source>Research institute / centre</source>
        <translation>Institut / centre de recherche</translation>
    </message>
    <message>
        <source>Social partner: chamber of commerce, industry or crafts, trade union, employers' or trade association</source>
        <translation>Partenaire social : chambre de commerce, d'industrie ou des métiers, syndicat, organisation patronale ou professionnelle</translation>
    </message>
    <message>
        <source>Accreditation, certification or qualification body</source>
        <translation>Organisme d'accréditation, de certification ou de qualification</translation>
    </message>
    <message>
        <source>Career guidance, counselling or information service</source>
        <translation>Service d'orientation professionnelle, de conseil ou d'information</translation>
    </message>
    <message>
        <source>Other organisation</source>
        <translation>Autre organisation</translation>
    </message>
    <message>
        <source>Applicant (coordinator)</source>
        <translation>Candidat (coordinateur)</translation>
    </message>
    <message>
        <source>Full partner</source>
        <translation>Partenaire à part entière</translation>
    </message>
    <message>
        <source>Associated partner</source>
        <translation>Partenaire associé</translation>
    </message>
    <message>
        <source>Affiliated entity</source>
        <translation>Entité affiliée</translation>
    </message>
    <message>
        <source>School education</source>
        <translation>Enseignement scolaire</translation>
    </message>
    <message>
        <source>Vocational education and training</source>
        <translation>Enseignement et formation professionnels</translation>
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
        <source>Youth</source>
        <translation>Jeunesse</translation>
    </message>
    <message>
        <source>Flemish Community</source>
        <translation>Communauté flamande</translation>
    </message>
    <message>
        <source>French Community</source>
        <translation>Communauté française</translation>
    </message>
    <message>
        <source>German-speaking Community</source>
        <translation>Communauté germanophone</translation>
    </message>
    <message>
        <source>a school</source>
        <translation>une école</translation>
    </message>
    <message>
        <source>a university or other higher education institution</source>
        <translation>une université ou un autre établissement d'enseignement supérieur</translation>
    </message>
    <message>
        <source>a VET college or other vocational education and training provider</source>
        <translation>un lycée professionnel ou un autre prestataire d'enseignement et de formation professionnels</translation>
    </message>
    <message>
        <source>a small, medium or large enterprise (social enterprises count)</source>
        <translation>une petite, moyenne ou grande entreprise (les entreprises sociales comptent)</translation>
    </message>
    <message>
        <source>an enterprise, a chamber or a trade association of the sector</source>
        <translation>une entreprise, une chambre ou une association professionnelle du secteur</translation>
    </message>
    <message>
        <source>an enterprise, a chamber, a trade union or a trade association</source>
        <translation>une entreprise, une chambre, un syndicat ou une association professionnelle</translation>
    </message>
    <message>
        <source>a school, VET provider, higher education institution or adult education provider</source>
        <translation>une école, un prestataire d'EFP, un établissement d'enseignement supérieur ou un prestataire d'éducation des adultes</translation>
    </message>
    <message>
        <source>a public authority or a qualification body responsible for education and training</source>
        <translation>une autorité publique ou un organisme de qualification compétent en matière d'éducation et de formation</translation>
    </message>
    <message>
        <source>a local, regional or national public body</source>
        <translation>un organisme public local, régional ou national</translation>
    </message>
    <message>
        <source>a youth organisation or a group of young people</source>
        <translation>une organisation de jeunesse ou un groupe de jeunes</translation>
    </message>
    <message>
        <source>Programme Country</source>
        <translation>Pays participant au programme</translation>
    </message>
    <message>
        <source>Partner Country</source>
        <translation>Pays partenaire</translation>
    </message>
    <message>
        <source>EU Member State</source>
        <translation>État membre de l'UE</translation>
    </message>
    <message>
        <source>third country associated to the Programme</source>
        <translation>pays tiers associé au programme</translation>
    </message>
    <message>
        <source>third country not associated to the Programme</source>
        <translation>pays tiers non associé au programme</translation>
    </message>
    <message numerus="yes">
        <source>school</source>
        <extracomment>Without the number: it follows {min} or stands alone. English plural: schools</extracomment>
        <translation>
            <numerusform>école</numerusform>
            <numerusform>écoles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>higher education institution</source>
        <extracomment>Without the number: it follows {min} or stands alone. English plural: higher education institutions</extracomment>
        <translation>
            <numerusform>établissement d'enseignement supérieur</numerusform>
            <numerusform>établissements d'enseignement supérieur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>VET provider</source>
        <extracomment>Without the number: it follows {min} or stands alone. English plural: VET providers</extracomment>
        <translation>
            <numerusform>prestataire d'EFP</numerusform>
            <numerusform>prestataires d'EFP</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>enterprise</source>
        <extracomment>Without the number: it follows {min} or stands alone. English plural: enterprises</extracomment>
        <translation>
            <numerusform>entreprise</numerusform>
            <numerusform>entreprises</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>enterprise, industry or sector representative</source>
        <extracomment>Without the number: it follows {min} or stands alone. English plural: enterprises, industry or sector representatives</extracomment>
        <translation>
            <numerusform>représentant d'entreprises, de l'industrie ou du secteur</numerusform>
            <numerusform>représentants d'entreprises, de l'industrie ou du secteur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>labour-market actor</source>
        <extracomment>Without the number: it follows {min} or stands alone. English plural: labour-market actors</extracomment>
        <translation>
            <numerusform>acteur du marché du travail</numerusform>
            <numerusform>acteurs du marché du travail</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>education and training provider</source>
        <extracomment>Without the number: it follows {min} or stands alone. English plural: education and training providers</extracomment>
        <translation>
            <numerusform>prestataire d'éducation et de formation</numerusform>
            <numerusform>prestataires d'éducation et de formation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>body with a regulatory function</source>
        <extracomment>Without the number: it follows {min} or stands alone. English plural: bodies with a regulatory function</extracomment>
        <translation>
            <numerusform>organisme doté d'une fonction de réglementation</numerusform>
            <numerusform>organismes dotés d'une fonction de réglementation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>public body</source>
        <extracomment>Without the number: it follows {min} or stands alone. English plural: public bodies</extracomment>
        <translation>
            <numerusform>organisme public</numerusform>
            <numerusform>organismes publics</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>youth organisation or group</source>
        <extracomment>Without the number: it follows {min} or stands alone. English plural: youth organisations or groups</extracomment>
        <translation>
            <numerusform>organisation ou groupe de jeunes</numerusform>
            <numerusform>organisations ou groupes de jeunes</numerusform>
        </translation>
    </message>
    <message>
        <source>Action open in the call year</source>
        <extracomment>A rule's short title in Help ▸ Rules.</extracomment>
        <translation>Action ouverte l'année de l'appel</translation>
    </message>
    <message>
        <source>Affiliated entities before 2021</source>
        <extracomment>A rule's short title in Help ▸ Rules.</extracomment>
        <translation>Entités affiliées avant 2021</translation>
    </message>
    <message>
        <source>Affiliated entities linked to a full partner</source>
        <extracomment>A rule's short title in Help ▸ Rules.</extracomment>
        <translation>Entités affiliées liées à un partenaire à part entière</translation>
    </message>
    <message>
        <source>Applicant's country</source>
        <extracomment>A rule's short title in Help ▸ Rules.</extracomment>
        <translation>Pays du candidat</translation>
    </message>
    <message>
        <source>Applicant established long enough</source>
        <extracomment>A rule's short title in Help ▸ Rules.</extracomment>
        <translation>Candidat établi depuis assez longtemps</translation>
    </message>
    <message>
        <source>Associated partners that could count</source>
        <extracomment>A rule's short title in Help ▸ Rules.</extracomment>
        <translation>Partenaires associés qui pourraient compter</translation>
    </message>
    <message>
        <source>Countries covered</source>
        <extracomment>A rule's short title in Help ▸ Rules.</extracomment>
        <translation>Pays couverts</translation>
    </message>
    <message>
        <source>Organisations entered twice</source>
        <extracomment>A rule's short title in Help ▸ Rules.</extracomment>
        <translation>Organisations saisies deux fois</translation>
    </message>
    <message>
        <source>Project duration</source>
        <extracomment>A rule's short title in Help ▸ Rules.</extracomment>
        <translation>Durée du projet</translation>
    </message>
    <message>
        <source>Duration beyond 24 months</source>
        <extracomment>A rule's short title in Help ▸ Rules.</extracomment>
        <translation>Durée au-delà de 24 mois</translation>
    </message>
    <message>
        <source>Erasmus Charter for Higher Education</source>
        <extracomment>A rule's short title in Help ▸ Rules.</extracomment>
        <translation>Charte Erasmus pour l'enseignement supérieur</translation>
    </message>
    <message>
        <source>No charter needed outside eligible countries</source>
        <extracomment>A rule's short title in Help ▸ Rules.</extracomment>
        <translation>Pas de charte hors des pays éligibles</translation>
    </message>
    <message>
        <source>Excluded countries</source>
        <extracomment>A rule's short title in Help ▸ Rules.</extracomment>
        <translation>Pays exclus</translation>
    </message>
    <message>
        <source>Field of the action</source>
        <extracomment>A rule's short title in Help ▸ Rules.</extracomment>
        <translation>Domaine de l'action</translation>
    </message>
    <message>
        <source>Registration identifiers present</source>
        <extracomment>A rule's short title in Help ▸ Rules.</extracomment>
        <translation>Identifiants d'enregistrement présents</translation>
    </message>
    <message>
        <source>Lot of the call</source>
        <extracomment>A rule's short title in Help ▸ Rules.</extracomment>
        <translation>Lot de l'appel</translation>
    </message>
    <message>
        <source>Largest number of organisations</source>
        <extracomment>A rule's short title in Help ▸ Rules.</extracomment>
        <translation>Nombre maximal d'organisations</translation>
    </message>
    <message>
        <source>Smallest number of countries</source>
        <extracomment>A rule's short title in Help ▸ Rules.</extracomment>
        <translation>Nombre minimal de pays</translation>
    </message>
    <message>
        <source>Education and training providers</source>
        <extracomment>A rule's short title in Help ▸ Rules.</extracomment>
        <translation>Prestataires d'éducation et de formation</translation>
    </message>
    <message>
        <source>Enterprises</source>
        <extracomment>A rule's short title in Help ▸ Rules.</extracomment>
        <translation>Entreprises</translation>
    </message>
    <message>
        <source>EU Member States among the countries</source>
        <extracomment>A rule's short title in Help ▸ Rules.</extracomment>
        <translation>États membres de l'UE parmi les pays</translation>
    </message>
    <message>
        <source>Higher education institutions</source>
        <extracomment>A rule's short title in Help ▸ Rules.</extracomment>
        <translation>Établissements d'enseignement supérieur</translation>
    </message>
    <message>
        <source>Labour-market actors</source>
        <extracomment>A rule's short title in Help ▸ Rules.</extracomment>
        <translation>Acteurs du marché du travail</translation>
    </message>
    <message>
        <source>Smallest number of organisations</source>
        <extracomment>A rule's short title in Help ▸ Rules.</extracomment>
        <translation>Nombre minimal d'organisations</translation>
    </message>
    <message>
        <source>Enterprises and sector representatives</source>
        <extracomment>A rule's short title in Help ▸ Rules.</extracomment>
        <translation>Entreprises et représentants du secteur</translation>
    </message>
    <message>
        <source>VET providers</source>
        <extracomment>A rule's short title in Help ▸ Rules.</extracomment>
        <translation>Prestataires d'EFP</translation>
    </message>
    <message>
        <source>Non-associated countries only as associated partners</source>
        <extracomment>A rule's short title in Help ▸ Rules.</extracomment>
        <translation>Pays non associés uniquement comme partenaires associés</translation>
    </message>
    <message>
        <source>Organisations that do not count</source>
        <extracomment>A rule's short title in Help ▸ Rules.</extracomment>
        <translation>Organisations qui ne comptent pas</translation>
    </message>
    <message>
        <source>Identifiers well formed</source>
        <extracomment>A rule's short title in Help ▸ Rules.</extracomment>
        <translation>Identifiants bien formés</translation>
    </message>
    <message>
        <source>Only eligible countries</source>
        <extracomment>A rule's short title in Help ▸ Rules.</extracomment>
        <translation>Pays éligibles uniquement</translation>
    </message>
    <message>
        <source>Only Programme Countries</source>
        <extracomment>A rule's short title in Help ▸ Rules.</extracomment>
        <translation>Pays participant au programme uniquement</translation>
    </message>
    <message>
        <source>Only schools</source>
        <extracomment>A rule's short title in Help ▸ Rules.</extracomment>
        <translation>Écoles uniquement</translation>
    </message>
    <message>
        <source>VET provider and employer in every country</source>
        <extracomment>A rule's short title in Help ▸ Rules.</extracomment>
        <translation>Prestataire d'EFP et employeur dans chaque pays</translation>
    </message>
    <message>
        <source>Public bodies as labour-market actors</source>
        <extracomment>A rule's short title in Help ▸ Rules.</extracomment>
        <translation>Organismes publics comme acteurs du marché du travail</translation>
    </message>
    <message>
        <source>Exactly one applicant</source>
        <extracomment>A rule's short title in Help ▸ Rules.</extracomment>
        <translation>Exactement un candidat</translation>
    </message>
    <message>
        <source>The trio in every country</source>
        <extracomment>A rule's short title in Help ▸ Rules.</extracomment>
        <translation>Le trio dans chaque pays</translation>
    </message>
    <message>
        <source>Project type</source>
        <extracomment>A rule's short title in Help ▸ Rules.</extracomment>
        <translation>Type de projet</translation>
    </message>
    <message>
        <source>Strategic Partnerships</source>
        <extracomment>Action name (2014-2020 programme).</extracomment>
        <translation>Partenariats stratégiques</translation>
    </message>
    <message>
        <source>Cooperation between organisations from Programme Countries to develop, transfer or implement innovative practices; applied for at the National Agency of the applicant's country.</source>
        <extracomment>One-line description of Strategic Partnerships, under the action picker.</extracomment>
        <translation>Coopération entre organisations de pays participant au programme pour développer, transférer ou mettre en œuvre des pratiques innovantes ; demande déposée auprès de l'Agence nationale du pays du candidat.</translation>
    </message>
    <message>
        <source>Supporting innovation</source>
        <extracomment>A lot or project type of Strategic Partnerships.</extracomment>
        <translation>Soutien à l'innovation</translation>
    </message>
    <message>
        <source>Supporting exchange of good practices</source>
        <extracomment>A lot or project type of Strategic Partnerships.</extracomment>
        <translation>Soutien à l'échange de bonnes pratiques</translation>
    </message>
    <message>
        <source>School-to-school Strategic Partnerships</source>
        <extracomment>Action name (2014-2020 programme).</extracomment>
        <translation>Partenariats stratégiques entre écoles</translation>
    </message>
    <message>
        <source>Strategic Partnerships between schools only; the coordinating school applies and each school signs its own grant agreement with its National Agency.</source>
        <extracomment>One-line description of School-to-school Strategic Partnerships, under the action picker.</extracomment>
        <translation>Partenariats stratégiques entre établissements scolaires uniquement ; l'école coordinatrice dépose la demande et chaque école signe sa propre convention de subvention avec son Agence nationale.</translation>
    </message>
    <message>
        <source>School Exchange Partnerships</source>
        <extracomment>Action name (2014-2020 programme).</extracomment>
        <translation>Partenariats d'échanges scolaires</translation>
    </message>
    <message>
        <source>Exchanges of pupils and staff between 2 to 6 schools from Programme Countries; the coordinating school applies on behalf of all.</source>
        <extracomment>One-line description of School Exchange Partnerships, under the action picker.</extracomment>
        <translation>Échanges d'élèves et de personnel entre 2 à 6 écoles de pays participant au programme ; l'école coordinatrice dépose la demande au nom de toutes.</translation>
    </message>
    <message>
        <source>Partnerships for Digital Education Readiness</source>
        <extracomment>Action name (2014-2020 programme).</extracomment>
        <translation>Partenariats pour la préparation à l'éducation numérique</translation>
    </message>
    <message>
        <source>The 2020 additional call (COVID-19) for digital education in schools, VET and higher education; applied for at the National Agency.</source>
        <extracomment>One-line description of Partnerships for Digital Education Readiness, under the action picker.</extracomment>
        <translation>L'appel supplémentaire 2020 (COVID-19) pour l'éducation numérique dans l'enseignement scolaire, l'EFP et l'enseignement supérieur ; demande déposée auprès de l'Agence nationale.</translation>
    </message>
    <message>
        <source>Partnerships for Creativity</source>
        <extracomment>Action name (2014-2020 programme).</extracomment>
        <translation>Partenariats pour la créativité</translation>
    </message>
    <message>
        <source>The 2020 additional call (COVID-19) for creativity and culture in school, adult education and youth; applied for at the National Agency.</source>
        <extracomment>One-line description of Partnerships for Creativity, under the action picker.</extracomment>
        <translation>L'appel supplémentaire 2020 (COVID-19) pour la créativité et la culture dans l'enseignement scolaire, l'éducation des adultes et la jeunesse ; demande déposée auprès de l'Agence nationale.</translation>
    </message>
    <message>
        <source>Knowledge Alliances</source>
        <extracomment>Action name (2014-2020 programme).</extracomment>
        <translation>Alliances de la connaissance</translation>
    </message>
    <message>
        <source>Structured, result-driven projects that bridge higher education and business to strengthen Europe's capacity for innovation; applied for at the executive agency in Brussels.</source>
        <extracomment>One-line description of Knowledge Alliances, under the action picker.</extracomment>
        <translation>Projets structurés et axés sur les résultats qui rapprochent l'enseignement supérieur et les entreprises pour renforcer la capacité d'innovation de l'Europe ; demande déposée auprès de l'agence exécutive à Bruxelles.</translation>
    </message>
    <message>
        <source>Sector Skills Alliances</source>
        <extracomment>Action name (2014-2020 programme).</extracomment>
        <translation>Alliances sectorielles pour les compétences</translation>
    </message>
    <message>
        <source>Alliances that make vocational education and training respond to the skills needs of one economic sector (the seed's 'Sector Skills Partnerships'); applied for at the executive agency in Brussels.</source>
        <extracomment>One-line description of Sector Skills Alliances, under the action picker.</extracomment>
        <translation>Alliances qui adaptent l'enseignement et la formation professionnels aux besoins en compétences d'un secteur économique (les « Sector Skills Partnerships » du document de départ) ; demande déposée auprès de l'agence exécutive à Bruxelles.</translation>
    </message>
    <message>
        <source>Skills needs identification</source>
        <extracomment>A lot or project type of Sector Skills Alliances.</extracomment>
        <translation>Identification des besoins en compétences</translation>
    </message>
    <message>
        <source>Design and delivery of VET</source>
        <extracomment>A lot or project type of Sector Skills Alliances.</extracomment>
        <translation>Conception et mise en œuvre de l'EFP</translation>
    </message>
    <message>
        <source>Blueprint for sectoral cooperation on skills</source>
        <extracomment>A lot or project type of Sector Skills Alliances.</extracomment>
        <translation>Plan de coopération sectorielle en matière de compétences (Blueprint)</translation>
    </message>
    <message>
        <source>Centres of Vocational Excellence (pilot)</source>
        <extracomment>A lot or project type of Sector Skills Alliances.</extracomment>
        <translation>Centres d'excellence professionnelle (projet pilote)</translation>
    </message>
    <message>
        <source>Cooperation Partnerships</source>
        <extracomment>Action name (2021-2027 programme).</extracomment>
        <translation>Partenariats de coopération</translation>
    </message>
    <message>
        <source>Partnerships of at least three organisations from three EU Member States or associated countries that improve quality and innovation; National Agency of the applicant, or the executive agency for European NGOs.</source>
        <extracomment>One-line description of Cooperation Partnerships, under the action picker.</extracomment>
        <translation>Partenariats d'au moins trois organisations de trois États membres de l'UE ou pays tiers associés au programme, qui améliorent la qualité et l'innovation ; Agence nationale du candidat, ou l'agence exécutive pour les ONG européennes.</translation>
    </message>
    <message>
        <source>Small-scale Partnerships</source>
        <extracomment>Action name (2021-2027 programme).</extracomment>
        <translation>Partenariats à petite échelle</translation>
    </message>
    <message>
        <source>Smaller partnerships of at least two organisations from two EU Member States or associated countries, for newcomers and grassroots organisations; no higher education.</source>
        <extracomment>One-line description of Small-scale Partnerships, under the action picker.</extracomment>
        <translation>Partenariats plus modestes d'au moins deux organisations de deux États membres de l'UE ou pays tiers associés au programme, pour les nouveaux venus et les organisations de terrain ; pas d'enseignement supérieur.</translation>
    </message>
    <message>
        <source>Alliances for Innovation</source>
        <extracomment>Action name (2021-2027 programme).</extracomment>
        <translation>Alliances pour l'innovation</translation>
    </message>
    <message>
        <source>Alliances of education and training providers with labour-market actors that boost innovation and close skills gaps (successor of Knowledge and Sector Skills Alliances); applied for at the executive agency.</source>
        <extracomment>One-line description of Alliances for Innovation, under the action picker.</extracomment>
        <translation>Alliances entre prestataires d'éducation et de formation et acteurs du marché du travail qui stimulent l'innovation et comblent les déficits de compétences (successeur des Alliances de la connaissance et des Alliances sectorielles pour les compétences) ; demande déposée auprès de l'agence exécutive.</translation>
    </message>
    <message>
        <source>Lot 1: Alliances for Education and Enterprises</source>
        <extracomment>A lot or project type of Alliances for Innovation.</extracomment>
        <translation>Lot 1 : Alliances pour l'éducation et les entreprises</translation>
    </message>
    <message>
        <source>Lot 2: Alliances for Sectoral Cooperation on Skills (Blueprint)</source>
        <extracomment>A lot or project type of Alliances for Innovation.</extracomment>
        <translation>Lot 2 : Alliances pour la coopération sectorielle en matière de compétences (Blueprint)</translation>
    </message>
    <message>
        <source>Lot 3: STEM Skills Foundries</source>
        <extracomment>A lot or project type of Alliances for Innovation.</extracomment>
        <translation>Lot 3 : Fonderies de compétences STIM</translation>
    </message>
    <message>
        <source>Centres of Vocational Excellence</source>
        <extracomment>Action name (2021-2027 programme).</extracomment>
        <translation>Centres d'excellence professionnelle</translation>
    </message>
    <message>
        <source>Transnational partnerships for excellence in vocational education and training, bringing together VET providers and employers in every participating country; applied for at the executive agency.</source>
        <extracomment>One-line description of Centres of Vocational Excellence, under the action picker.</extracomment>
        <translation>Partenariats transnationaux pour l'excellence dans l'enseignement et la formation professionnels, réunissant dans chaque pays participant des prestataires d'EFP et des employeurs ; demande déposée auprès de l'agence exécutive.</translation>
    </message>
</context>
<context>
    <name>agency</name>
    <message>
        <source>school education</source>
        <translation>l'enseignement scolaire</translation>
    </message>
    <message>
        <source>vocational education and training</source>
        <translation>l'enseignement et la formation professionnels</translation>
    </message>
    <message>
        <source>higher education</source>
        <translation>l'enseignement supérieur</translation>
    </message>
    <message>
        <source>adult education</source>
        <translation>l'éducation des adultes</translation>
    </message>
    <message>
        <source>youth</source>
        <translation>la jeunesse</translation>
    </message>
    <message>
        <source>the Flemish Community's National Agency</source>
        <translation>l'Agence nationale de la Communauté flamande</translation>
    </message>
    <message>
        <source>the French Community's National Agency</source>
        <translation>l'Agence nationale de la Communauté française</translation>
    </message>
    <message>
        <source>the German-speaking Community's National Agency</source>
        <translation>l'Agence nationale de la Communauté germanophone</translation>
    </message>
    <message>
        <source>the Flemish Community</source>
        <translation>la Communauté flamande</translation>
    </message>
    <message>
        <source>the French Community</source>
        <translation>la Communauté française</translation>
    </message>
    <message>
        <source>the German-speaking Community</source>
        <translation>la Communauté germanophone</translation>
    </message>
    <message>
        <source>.</source>
        <translation>.</translation>
    </message>
    <message>
        <source>{action} are decentralised: the applicant is established in {country}, where the agency depends on the applicant's language community, so the application goes to {community_agency} for {field} unless the applicant belongs to {other_communities}; choose the community to decide.</source>
        <translation>La gestion des {action} est décentralisée : dans le pays du candidat ({country}), l'agence dépend de la communauté linguistique du candidat ; la candidature est donc adressée à {community_agency} pour {field}, sauf si le candidat appartient à {other_communities} ; choisissez la communauté pour trancher.</translation>
    </message>
    <message>
        <source>{action} are decentralised: the applicant is established in {country} ({community}), so the application goes to the National Agency there responsible for {field}</source>
        <translation>La gestion des {action} est décentralisée : la candidature est adressée à l'Agence nationale du pays du candidat ({country}, {community}) chargée de {field}</translation>
    </message>
    <message>
        <source>{action} are decentralised: the applicant is established in {country}, so the application goes to the National Agency there responsible for {field}</source>
        <translation>La gestion des {action} est décentralisée : la candidature est adressée à l'Agence nationale du pays du candidat ({country}) chargée de {field}</translation>
    </message>
    <message>
        <source>; this assignment is unconfirmed, so check it with the agency</source>
        <translation> ; cette attribution n'est pas confirmée, vérifiez-la donc auprès de l'agence</translation>
    </message>
    <message>
        <source>Erasmus+ calls run from {first} to {last}, so no agency takes applications to a {year} call.</source>
        <translation>Les appels Erasmus+ vont de {first} à {last} ; aucune agence n'accepte donc de candidatures pour un appel {year}.</translation>
    </message>
    <message>
        <source>{action} are centralised: proposals go to the executive agency in Brussels.</source>
        <translation>La gestion des {action} est centralisée : les propositions sont adressées à l'agence exécutive à Bruxelles.</translation>
    </message>
    <message>
        <source>{action} submitted by European NGOs go to the executive agency in Brussels through the Funding &amp; Tenders Portal, not to a National Agency.</source>
        <translation>Pour les {action}, les candidatures présentées par des ONG européennes sont adressées à l'agence exécutive à Bruxelles via le portail Funding &amp; Tenders, et non à une Agence nationale.</translation>
    </message>
    <message>
        <source>No applicant yet: the agency follows from the applicant's country.</source>
        <translation>Pas encore de candidat : l'agence dépend du pays du candidat.</translation>
    </message>
    <message>
        <source>{code} is not a country code, so the applicant's National Agency is unknown.</source>
        <translation>{code} n'est pas un code de pays ; l'Agence nationale du candidat est donc inconnue.</translation>
    </message>
    <message>
        <source>{country} is not a Programme Country in the {year} call, so no National Agency there can take the application; the applicant must be established in a Programme Country.</source>
        <translation>Le pays du candidat ({country}) n'est pas un pays participant au programme pour l'appel {year} ; aucune Agence nationale de ce pays ne peut donc recevoir la candidature ; le candidat doit être établi dans un pays participant au programme.</translation>
    </message>
    <message>
        <source>{country} is not an EU Member State or associated country in the {year} call, so no National Agency there can take the application; the applicant must be established in an EU Member State or associated country.</source>
        <translation>Le pays du candidat ({country}) n'est ni un État membre de l'UE ni un pays tiers associé au programme pour l'appel {year} ; aucune Agence nationale de ce pays ne peut donc recevoir la candidature ; le candidat doit être établi dans un État membre de l'UE ou un pays tiers associé au programme.</translation>
    </message>
    <message>
        <source>No field chosen: in {country} the National Agency depends on the field ({fields}).</source>
        <translation>Aucun domaine choisi : dans le pays du candidat ({country}), l'Agence nationale dépend du domaine — {fields}.</translation>
    </message>
    <message>
        <source>{field} is not a field; the National Agency is chosen by one of {fields}.</source>
        <translation>{field} n'est pas un domaine ; l'Agence nationale est choisie selon l'un de ceux-ci : {fields}.</translation>
    </message>
    <message>
        <source>{community} is not a Belgian language community; use one of {communities}.</source>
        <translation>{community} n'est pas une communauté linguistique belge ; utilisez l'une de celles-ci : {communities}.</translation>
    </message>
    <message>
        <source>The agency directory has no National Agency in {country} for {field}.</source>
        <translation>L'annuaire des agences ne contient aucune Agence nationale pour {field} dans le pays du candidat ({country}).</translation>
    </message>
    <message>
        <source>The agency directory has no Belgian agency for {field} in that community.</source>
        <translation>L'annuaire des agences ne contient aucune agence belge pour {field} dans cette communauté.</translation>
    </message>
    <message>
        <source>; responsibility changed hands on a date that is uncertain or falls within the {year} call, so the other agency is listed with the calls covered</source>
        <translation> ; la responsabilité a changé de mains à une date incertaine ou au cours de l'appel {year} ; l'autre agence est donc indiquée avec les appels qu'elle couvre</translation>
    </message>
    <message>
        <source>; responsibility changed hands on a date that is uncertain or falls within the {year} call, so the other agencies are listed with the calls covered</source>
        <translation> ; la responsabilité a changé de mains à une date incertaine ou au cours de l'appel {year} ; les autres agences sont donc indiquées avec les appels qu'elles couvrent</translation>
    </message>
    <message>
        <source>{first}–{last} calls</source>
        <translation>appels {first}–{last}</translation>
    </message>
    <message>
        <source>the {first}–{last} calls</source>
        <translation>les appels {first}–{last}</translation>
    </message>
    <message>
        <source>The agency directory has no executive agency for the {year} call.</source>
        <translation>L'annuaire des agences ne contient aucune agence exécutive pour l'appel {year}.</translation>
    </message>
    <message>
        <source>{country} has no National Agency for {field} in the {year} call ({names} covers {spans}), so the application cannot be submitted there.</source>
        <translation>Le pays du candidat ({country}) n'a pas d'Agence nationale pour {field} dans l'appel {year} ({names} couvre {spans}) ; la candidature ne peut donc pas y être déposée.</translation>
    </message>
    <message>
        <source>{year} call</source>
        <translation>appel {year}</translation>
    </message>
    <message>
        <source>the {year} call</source>
        <translation>l'appel {year}</translation>
    </message>
    <message>
        <source> and </source>
        <extracomment>Joins spans of calls: 'the 2014 call and the 2017–2020 calls'.</extracomment>
        <translation> et </translation>
    </message>
    <message>
        <source> or </source>
        <extracomment>Joins the language communities after 'belongs to' (French repeats the preposition).</extracomment>
        <translation> ou à </translation>
    </message>
    <message>
        <source>Several organisations are marked as applicant: the agency follows from the country of the one that applies.</source>
        <translation>Plusieurs organisations sont marquées comme candidat : l'agence dépend du pays de celle qui dépose la demande.</translation>
    </message>
    <message>
        <source>'s-Hertogenbosch</source>
        <extracomment>A city where an agency sits: its usual name in your language.</extracomment>
        <translation>Bois-le-Duc</translation>
    </message>
    <message>
        <source>Ankara</source>
        <extracomment>A city where an agency sits: its usual name in your language.</extracomment>
        <translation>Ankara</translation>
    </message>
    <message>
        <source>Athens</source>
        <extracomment>A city where an agency sits: its usual name in your language.</extracomment>
        <translation>Athènes</translation>
    </message>
    <message>
        <source>Belgrade</source>
        <extracomment>A city where an agency sits: its usual name in your language.</extracomment>
        <translation>Belgrade</translation>
    </message>
    <message>
        <source>Bergen</source>
        <extracomment>A city where an agency sits: its usual name in your language.</extracomment>
        <translation>Bergen</translation>
    </message>
    <message>
        <source>Birmingham</source>
        <extracomment>A city where an agency sits: its usual name in your language.</extracomment>
        <translation>Birmingham</translation>
    </message>
    <message>
        <source>Bonn</source>
        <extracomment>A city where an agency sits: its usual name in your language.</extracomment>
        <translation>Bonn</translation>
    </message>
    <message>
        <source>Bordeaux</source>
        <extracomment>A city where an agency sits: its usual name in your language.</extracomment>
        <translation>Bordeaux</translation>
    </message>
    <message>
        <source>Braga</source>
        <extracomment>A city where an agency sits: its usual name in your language.</extracomment>
        <translation>Braga</translation>
    </message>
    <message>
        <source>Bratislava</source>
        <extracomment>A city where an agency sits: its usual name in your language.</extracomment>
        <translation>Bratislava</translation>
    </message>
    <message>
        <source>Brussels</source>
        <extracomment>A city where an agency sits: its usual name in your language.</extracomment>
        <translation>Bruxelles</translation>
    </message>
    <message>
        <source>Bucharest</source>
        <extracomment>A city where an agency sits: its usual name in your language.</extracomment>
        <translation>Bucarest</translation>
    </message>
    <message>
        <source>Budapest</source>
        <extracomment>A city where an agency sits: its usual name in your language.</extracomment>
        <translation>Budapest</translation>
    </message>
    <message>
        <source>Copenhagen</source>
        <extracomment>A city where an agency sits: its usual name in your language.</extracomment>
        <translation>Copenhague</translation>
    </message>
    <message>
        <source>Dublin</source>
        <extracomment>A city where an agency sits: its usual name in your language.</extracomment>
        <translation>Dublin</translation>
    </message>
    <message>
        <source>Eupen</source>
        <extracomment>A city where an agency sits: its usual name in your language.</extracomment>
        <translation>Eupen</translation>
    </message>
    <message>
        <source>Florence</source>
        <extracomment>A city where an agency sits: its usual name in your language.</extracomment>
        <translation>Florence</translation>
    </message>
    <message>
        <source>Helsinki</source>
        <extracomment>A city where an agency sits: its usual name in your language.</extracomment>
        <translation>Helsinki</translation>
    </message>
    <message>
        <source>Lisbon</source>
        <extracomment>A city where an agency sits: its usual name in your language.</extracomment>
        <translation>Lisbonne</translation>
    </message>
    <message>
        <source>Ljubljana</source>
        <extracomment>A city where an agency sits: its usual name in your language.</extracomment>
        <translation>Ljubljana</translation>
    </message>
    <message>
        <source>London</source>
        <extracomment>A city where an agency sits: its usual name in your language.</extracomment>
        <translation>Londres</translation>
    </message>
    <message>
        <source>Luxembourg</source>
        <extracomment>A city where an agency sits: its usual name in your language.</extracomment>
        <translation>Luxembourg</translation>
    </message>
    <message>
        <source>Madrid</source>
        <extracomment>A city where an agency sits: its usual name in your language.</extracomment>
        <translation>Madrid</translation>
    </message>
    <message>
        <source>Nicosia</source>
        <extracomment>A city where an agency sits: its usual name in your language.</extracomment>
        <translation>Nicosie</translation>
    </message>
    <message>
        <source>Oslo</source>
        <extracomment>A city where an agency sits: its usual name in your language.</extracomment>
        <translation>Oslo</translation>
    </message>
    <message>
        <source>Paris</source>
        <extracomment>A city where an agency sits: its usual name in your language.</extracomment>
        <translation>Paris</translation>
    </message>
    <message>
        <source>Prague</source>
        <extracomment>A city where an agency sits: its usual name in your language.</extracomment>
        <translation>Prague</translation>
    </message>
    <message>
        <source>Reykjavík</source>
        <extracomment>A city where an agency sits: its usual name in your language.</extracomment>
        <translation>Reykjavik</translation>
    </message>
    <message>
        <source>Riga</source>
        <extracomment>A city where an agency sits: its usual name in your language.</extracomment>
        <translation>Riga</translation>
    </message>
    <message>
        <source>Rome</source>
        <extracomment>A city where an agency sits: its usual name in your language.</extracomment>
        <translation>Rome</translation>
    </message>
    <message>
        <source>Schaan</source>
        <extracomment>A city where an agency sits: its usual name in your language.</extracomment>
        <translation>Schaan</translation>
    </message>
    <message>
        <source>Skopje</source>
        <extracomment>A city where an agency sits: its usual name in your language.</extracomment>
        <translation>Skopje</translation>
    </message>
    <message>
        <source>Sofia</source>
        <extracomment>A city where an agency sits: its usual name in your language.</extracomment>
        <translation>Sofia</translation>
    </message>
    <message>
        <source>Stockholm</source>
        <extracomment>A city where an agency sits: its usual name in your language.</extracomment>
        <translation>Stockholm</translation>
    </message>
    <message>
        <source>Tallinn</source>
        <extracomment>A city where an agency sits: its usual name in your language.</extracomment>
        <translation>Tallinn</translation>
    </message>
    <message>
        <source>The Hague</source>
        <extracomment>A city where an agency sits: its usual name in your language.</extracomment>
        <translation>La Haye</translation>
    </message>
    <message>
        <source>Utrecht</source>
        <extracomment>A city where an agency sits: its usual name in your language.</extracomment>
        <translation>Utrecht</translation>
    </message>
    <message>
        <source>Valletta</source>
        <extracomment>A city where an agency sits: its usual name in your language.</extracomment>
        <translation>La Valette</translation>
    </message>
    <message>
        <source>Vienna</source>
        <extracomment>A city where an agency sits: its usual name in your language.</extracomment>
        <translation>Vienne</translation>
    </message>
    <message>
        <source>Vilnius</source>
        <extracomment>A city where an agency sits: its usual name in your language.</extracomment>
        <translation>Vilnius</translation>
    </message>
    <message>
        <source>Växjö</source>
        <extracomment>A city where an agency sits: its usual name in your language.</extracomment>
        <translation>Växjö</translation>
    </message>
    <message>
        <source>Warsaw</source>
        <extracomment>A city where an agency sits: its usual name in your language.</extracomment>
        <translation>Varsovie</translation>
    </message>
    <message>
        <source>Zagreb</source>
        <extracomment>A city where an agency sits: its usual name in your language.</extracomment>
        <translation>Zagreb</translation>
    </message>
    <message>
        <source>ONEK's Erasmus+ site describes the 2021+ youth partnerships as its own, while IDEP says it now manages Erasmus+ Youth; the transfer is undated.</source>
        <extracomment>A note on an agency, printed when responsibility changed within a call.</extracomment>
        <translation>Le site Erasmus+ de l'ONEK présente les partenariats jeunesse à partir de 2021 comme les siens, tandis que l'IDEP indique gérer désormais Erasmus+ Jeunesse ; le transfert n'est pas daté.</translation>
    </message>
    <message>
        <source>IDEP's own page says it manages Erasmus+ Youth; when it took over from ONEK is unconfirmed.</source>
        <extracomment>A note on an agency, printed when responsibility changed within a call.</extracomment>
        <translation>La page de l'IDEP indique qu'il gère Erasmus+ Jeunesse ; la date à laquelle il a pris le relais de l'ONEK n'est pas confirmée.</translation>
    </message>
    <message>
        <source>Handed Erasmus+ over to HARNO during 2021; the date is unconfirmed.</source>
        <extracomment>A note on an agency, printed when responsibility changed within a call.</extracomment>
        <translation>A transmis Erasmus+ à HARNO au cours de 2021 ; la date n'est pas confirmée.</translation>
    </message>
    <message>
        <source>Took Erasmus+ over from Archimedes during 2021; the date is unconfirmed.</source>
        <extracomment>A note on an agency, printed when responsibility changed within a call.</extracomment>
        <translation>A repris Erasmus+ d'Archimedes au cours de 2021 ; la date n'est pas confirmée.</translation>
    </message>
    <message>
        <source>Youth field from Jan 2014 until its move to Rannís; the date of the move is unconfirmed.</source>
        <extracomment>A note on an agency, printed when responsibility changed within a call.</extracomment>
        <translation>Domaine de la jeunesse de janvier 2014 jusqu'à son transfert à Rannís ; la date du transfert n'est pas confirmée.</translation>
    </message>
    <message>
        <source>Took the youth field over from UMFÍ on an unconfirmed date before the 2021 call.</source>
        <extracomment>A note on an agency, printed when responsibility changed within a call.</extracomment>
        <translation>A repris le domaine de la jeunesse de l'UMFÍ à une date non confirmée, avant l'appel 2021.</translation>
    </message>
    <message>
        <source>Youth field until at least Dec 2020, then merged into JRA by 2023; the date is unconfirmed.</source>
        <extracomment>A note on an agency, printed when responsibility changed within a call.</extracomment>
        <translation>Domaine de la jeunesse au moins jusqu'en décembre 2020, puis fusion dans la JRA avant 2023 ; la date n'est pas confirmée.</translation>
    </message>
    <message>
        <source>Youth field by 2023; the date it took over from JTBA is unconfirmed.</source>
        <extracomment>A note on an agency, printed when responsibility changed within a call.</extracomment>
        <translation>Domaine de la jeunesse au plus tard en 2023 ; la date de reprise de la JTBA n'est pas confirmée.</translation>
    </message>
    <message>
        <source>Youth field from Jan 2014 until its move to Anefore; the date of the move is unconfirmed.</source>
        <extracomment>A note on an agency, printed when responsibility changed within a call.</extracomment>
        <translation>Domaine de la jeunesse de janvier 2014 jusqu'à son transfert à Anefore ; la date du transfert n'est pas confirmée.</translation>
    </message>
    <message>
        <source>Took the youth field over from SNJ on an unconfirmed date, possibly before the 2021 call.</source>
        <extracomment>A note on an agency, printed when responsibility changed within a call.</extracomment>
        <translation>A repris le domaine de la jeunesse du SNJ à une date non confirmée, peut-être avant l'appel 2021.</translation>
    </message>
    <message>
        <source>Youth field until 30 Jun 2022 (it ran the 2021 and early 2022 youth calls).</source>
        <extracomment>A note on an agency, printed when responsibility changed within a call.</extracomment>
        <translation>Domaine de la jeunesse jusqu'au 30 juin 2022 (appels jeunesse de 2021 et du début de 2022).</translation>
    </message>
    <message>
        <source>Youth field from 1 Jul 2022, when it absorbed IUVENTA.</source>
        <extracomment>A note on an agency, printed when responsibility changed within a call.</extracomment>
        <translation>Domaine de la jeunesse depuis le 1er juillet 2022, date de l'absorption d'IUVENTA.</translation>
    </message>
</context>
<context>
    <name>calls</name>
    <message>
        <source>unconfirmed</source>
        <translation>non confirmé</translation>
    </message>
    <message numerus="yes">
        <source>{n} day left</source>
        <extracomment>English plural: {n} days left</extracomment>
        <translation>
            <numerusform>encore {n} jour</numerusform>
            <numerusform>encore {n} jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Date limite :</translation>
    </message>
    <message>
        <source>Submit:</source>
        <translation>Dépôt :</translation>
    </message>
    <message>
        <source>Grant:</source>
        <translation>Subvention :</translation>
    </message>
    <message>
        <source>the eForm, submitted online to the National Agency</source>
        <translation>le formulaire électronique (eForm), soumis en ligne à l'Agence nationale</translation>
    </message>
    <message>
        <source>the eForm, submitted online to the executive agency (EACEA)</source>
        <translation>le formulaire électronique (eForm), soumis en ligne à l'agence exécutive (EACEA)</translation>
    </message>
    <message>
        <source>the National Agency's web form, signed in with the organisation's OID</source>
        <translation>le formulaire web de l'Agence nationale, connecté avec l'OID de l'organisation</translation>
    </message>
    <message>
        <source>the Funding &amp; Tenders Portal, with each organisation's PIC</source>
        <translation>le portail Funding &amp; Tenders, avec le PIC de chaque organisation</translation>
    </message>
    <message>
        <source>closes today</source>
        <translation>clôture aujourd'hui</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>no figure found</source>
        <translation>aucun montant trouvé</translation>
    </message>
    <message>
        <source>{items} or {last}</source>
        <translation>{items} ou {last}</translation>
    </message>
    <message>
        <source>{date}, {time} Brussels time (UTC{offset})</source>
        <translation>{date}, {time}, heure de Bruxelles (UTC{offset})</translation>
    </message>
    <message>
        <source>{date}, {time} (UTC{offset})</source>
        <translation>{date}, {time} (UTC{offset})</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>clos</translation>
    </message>
    <message>
        <source>no deadline of the {year} call is recorded yet</source>
        <translation>aucune date limite de l'appel {year} n'est encore enregistrée</translation>
    </message>
    <message>
        <source>the deadlines of the {year} call have passed (the last closed on {date})</source>
        <translation>les dates limites de l'appel {year} sont passées (la dernière le {date})</translation>
    </message>
    <message>
        <source>a lump sum of EUR {amounts}</source>
        <translation>une somme forfaitaire de {amounts} EUR</translation>
    </message>
    <message>
        <source>(extended from {date})</source>
        <translation>(prolongée, initialement le {date})</translation>
    </message>
    <message>
        <source>round {round} of {count}</source>
        <translation>session {round} sur {count}</translation>
    </message>
    <message>
        <source>EUR {amount} per school and year, at most EUR {max} a year</source>
        <translation>{amount} EUR par établissement scolaire et par an, au plus {max} EUR par an</translation>
    </message>
    <message>
        <source>at most {amounts}</source>
        <translation>au plus {amounts}</translation>
    </message>
    <message>
        <source>EUR {max} for {months} months</source>
        <translation>{max} EUR pour {months} mois</translation>
    </message>
    <message>
        <source>at most EUR {max} per year of the project</source>
        <translation>au plus {max} EUR par année de projet</translation>
    </message>
    <message>
        <source>at most EUR {max} per project</source>
        <translation>au plus {max} EUR par projet</translation>
    </message>
    <message>
        <source>(EUR {month} per month)</source>
        <translation>({month} EUR par mois)</translation>
    </message>
    <message>
        <source>Deadline: {text}</source>
        <translation type="vanished">Date limite : {text}</translation>
    </message>
    <message>
        <source>Submit: {text}</source>
        <translation type="vanished">Dépôt : {text}</translation>
    </message>
    <message>
        <source>Grant: {text}</source>
        <translation type="vanished">Subvention : {text}</translation>
    </message>
</context>
<context>
    <name>briefing</name>
    <message>
        <source>{plan}: consortium briefing</source>
        <translation>{plan} : note de synthèse du consortium</translation>
    </message>
    <message>
        <source>{target}: agency, eligibility and partners</source>
        <translation>{target} : agence, éligibilité et partenaires</translation>
    </message>
    <message numerus="yes">
        <source>{n} other type</source>
        <extracomment>English plural: {n} other types</extracomment>
        <translation>
            <numerusform>{n} autre type</numerusform>
            <numerusform>{n} autres types</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} other country</source>
        <extracomment>English plural: {n} other countries</extracomment>
        <translation>
            <numerusform>{n} autre pays</numerusform>
            <numerusform>{n} autres pays</numerusform>
        </translation>
    </message>
    <message>
        <source>Organisations by type</source>
        <translation>Organisations par type</translation>
    </message>
    <message>
        <source>Organisations by country</source>
        <translation>Organisations par pays</translation>
    </message>
    <message>
        <source>Untitled plan</source>
        <translation>Plan sans titre</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>Full partner</source>
        <translation>Partenaire à part entière</translation>
    </message>
    <message>
        <source>Associated partner</source>
        <translation>Partenaire associé</translation>
    </message>
    <message>
        <source>Affiliated entity</source>
        <translation>Entité affiliée</translation>
    </message>
    <message numerus="yes">
        <source>{n} organisation</source>
        <extracomment>English plural: {n} organisations</extracomment>
        <translation>
            <numerusform>{n} organisation</numerusform>
            <numerusform>{n} organisations</numerusform>
        </translation>
    </message>
    <message>
        <source>ELIGIBLE</source>
        <translation>ÉLIGIBLE</translation>
    </message>
    <message>
        <source>NOT ELIGIBLE</source>
        <translation>NON ÉLIGIBLE</translation>
    </message>
    <message numerus="yes">
        <source>{n} requirement not met</source>
        <extracomment>English plural: {n} requirements not met</extracomment>
        <translation>
            <numerusform>{n} exigence non remplie</numerusform>
            <numerusform>{n} exigences non remplies</numerusform>
        </translation>
    </message>
    <message>
        <source>every requirement is met</source>
        <translation>toutes les exigences sont remplies</translation>
    </message>
    <message numerus="yes">
        <source>; {n} warning to review</source>
        <extracomment>English plural: ; {n} warnings to review</extracomment>
        <translation>
            <numerusform> ; {n} avertissement à examiner</numerusform>
            <numerusform> ; {n} avertissements à examiner</numerusform>
        </translation>
    </message>
    <message>
        <source>call {year}</source>
        <translation>appel {year}</translation>
    </message>
    <message>
        <source>Affiliated entity of {partner}</source>
        <translation>Entité affiliée de {partner}</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Full partners</source>
        <translation>Partenaires à part entière</translation>
    </message>
    <message>
        <source>Associated partners</source>
        <translation>Partenaires associés</translation>
    </message>
    <message numerus="yes">
        <source>{n} month</source>
        <extracomment>English plural: {n} months</extracomment>
        <translation>
            <numerusform>{n} mois</numerusform>
            <numerusform>{n} mois</numerusform>
        </translation>
    </message>
    <message>
        <source>no {identifier} yet</source>
        <translation>{identifier} manquant</translation>
    </message>
    <message>
        <source>Affiliated entities</source>
        <translation>Entités affiliées</translation>
    </message>
    <message>
        <source>Page {page} of {total}</source>
        <translation>Page {page} sur {total}</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source :</translation>
    </message>
    <message>
        <source>The consortium at a glance</source>
        <translation>Le consortium en un coup d'œil</translation>
    </message>
    <message>
        <source>The title is shortened here; all {count} characters of it are in the plan and in the PDF's document properties.</source>
        <translation>Le titre est abrégé ici ; ses {count} caractères figurent en entier dans le plan et dans les propriétés du document PDF.</translation>
    </message>
    <message>
        <source>SUBMIT TO</source>
        <translation>À SOUMETTRE À</translation>
    </message>
    <message>
        <source>APPLICANT (COORDINATOR)</source>
        <translation>CANDIDAT (COORDINATEUR)</translation>
    </message>
    <message>
        <source>No agency can be named yet</source>
        <translation>Aucune agence ne peut encore être désignée</translation>
    </message>
    <message>
        <source>ERASMUS+ CONSORTIUM BRIEFING</source>
        <translation>ERASMUS+ NOTE DE SYNTHÈSE DU CONSORTIUM</translation>
    </message>
    <message>
        <source>VERDICT</source>
        <translation>CONCLUSION</translation>
    </message>
    <message>
        <source>Call {year}</source>
        <translation>Appel {year}</translation>
    </message>
    <message>
        <source>No single applicant yet.</source>
        <translation>Pas encore de candidat unique.</translation>
    </message>
    <message>
        <source>Mark exactly one organisation as the applicant.</source>
        <translation>Désignez exactement une organisation comme candidat.</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Contact :</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Pourquoi :</translation>
    </message>
    <message>
        <source>Or:</source>
        <translation>Ou :</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
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
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Some letters cannot be drawn by the briefing's font and print as empty boxes</source>
        <translation>Certaines lettres manquent dans la police de la note et s'impriment comme des cases vides</translation>
    </message>
    <message>
        <source>Grouped by country, the applicant's country first; the applicant is printed in bold. Applications for this action identify organisations by their {identifier}.</source>
        <translation>Regroupés par pays, le pays du candidat en premier ; le candidat est imprimé en gras. Les candidatures à cette action identifient les organisations par leur {identifier}.</translation>
    </message>
    <message>
        <source>Partners by country</source>
        <translation>Partenaires par pays</translation>
    </message>
    <message>
        <source> in partners {numbers}</source>
        <translation> chez les partenaires {numbers}</translation>
    </message>
    <message>
        <source>Check those names in the plan.</source>
        <translation>Vérifiez ces noms dans le plan.</translation>
    </message>
    <message>
        <source>NOT
ELIGIBLE</source>
        <extracomment>Verdict of another action in a narrow column; keep the line break.</extracomment>
        <translation>NON
ÉLIGIBLE</translation>
    </message>
    <message>
        <source>What else fits?</source>
        <translation>Quelles autres actions conviennent ?</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Each rule of {target}, checked against the partners below, what to fix first. Statuses are printed as a symbol and a word: {fail}, {warn} (review before submitting), {pass} and {info}.</source>
        <translation>Chaque règle de {target}, vérifiée pour les partenaires ci-dessous ; ce qu'il faut corriger d'abord figure en tête. Les statuts sont imprimés sous forme de symbole et de mot : {fail}, {warn} (à vérifier avant le dépôt), {pass} et {info}.</translation>
    </message>
    <message>
        <source>Sources are cited in English, as the documents they name are written.</source>
        <translation>Les sources sont citées en anglais, langue des documents qu'elles désignent.</translation>
    </message>
    <message>
        <source>Eligibility checklist</source>
        <translation>Liste de contrôle de l'éligibilité</translation>
    </message>
    <message>
        <source>No rule applies to this plan.</source>
        <translation>Aucune règle ne s'applique à ce plan.</translation>
    </message>
    <message>
        <source>Missing:</source>
        <translation>Manque :</translation>
    </message>
    <message>
        <source>Every requirement is met by the same partners.</source>
        <translation>Les mêmes partenaires remplissent toutes les exigences.</translation>
    </message>
    <message>
        <source>The same partners against other actions of the {year} call, best fits first, with what each still needs.</source>
        <translation>Les mêmes partenaires confrontés aux autres actions de l'appel {year}, les plus adaptées en premier, avec ce qui manque encore à chacune.</translation>
    </message>
    <message>
        <source>No other action of the {year} call is open to this consortium.</source>
        <translation>Aucune autre action de l'appel {year} n'est ouverte à ce consortium.</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>À faire :</translation>
    </message>
    <message>
        <source>official source</source>
        <translation>source officielle</translation>
    </message>
    <message>
        <source>National Agency or secondary summary</source>
        <translation>Agence nationale ou synthèse secondaire</translation>
    </message>
    <message>
        <source>UNCONFIRMED source: not yet verified against the Programme Guide</source>
        <translation>Source NON CONFIRMÉE : pas encore vérifiée dans le Guide du programme</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>CONFORME</translation>
    </message>
    <message>
        <source>FAIL</source>
        <extracomment>Status word in the checklist's narrow first column; a line break splits a long word.</extracomment>
        <translation>NON
CONFORME</translation>
    </message>
    <message>
        <source>WARN</source>
        <translation>À VÉRIFIER</translation>
    </message>
    <message>
        <source>INFO</source>
        <translation>INFO</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation type="vanished">Date limite :</translation>
    </message>
    <message>
        <source>Submit:</source>
        <translation type="vanished">Dépôt :</translation>
    </message>
    <message>
        <source>Grant:</source>
        <translation type="vanished">Subvention :</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>PASS</source>
        <translation>CONFORME</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>NON CONFORME</translation>
    </message>
    <message>
        <source>WARN</source>
        <translation>À VÉRIFIER</translation>
    </message>
    <message>
        <source>INFO</source>
        <translation>INFO</translation>
    </message>
    <message>
        <source>official source</source>
        <translation>source officielle</translation>
    </message>
    <message>
        <source>National Agency / secondary summary</source>
        <translation>Agence nationale / synthèse secondaire</translation>
    </message>
    <message>
        <source>UNCONFIRMED: not yet verified against the Programme Guide</source>
        <translation>NON CONFIRMÉE : pas encore vérifiée dans le Guide du programme</translation>
    </message>
    <message>
        <source>The same {count} partners against every action of the {year} call, best fits first:</source>
        <translation>Les mêmes {count} partenaires confrontés à chaque action de l'appel {year}, les plus adaptées en premier :</translation>
    </message>
    <message>
        <source>Checklist:</source>
        <translation>Liste de contrôle :</translation>
    </message>
    <message>
        <source>Verdict: ELIGIBLE — every requirement is met.</source>
        <translation>Conclusion : ÉLIGIBLE — toutes les exigences sont remplies.</translation>
    </message>
    <message numerus="yes">
        <source>Verdict: NOT ELIGIBLE — {n} requirement not met.</source>
        <extracomment>English plural: Verdict: NOT ELIGIBLE — {n} requirements not met.</extracomment>
        <translation>
            <numerusform>Conclusion : NON ÉLIGIBLE — {n} exigence non remplie.</numerusform>
            <numerusform>Conclusion : NON ÉLIGIBLE — {n} exigences non remplies.</numerusform>
        </translation>
    </message>
    <message>
        <source>ELIGIBLE</source>
        <translation>ÉLIGIBLE</translation>
    </message>
    <message>
        <source>not eligible</source>
        <translation>non éligible</translation>
    </message>
    <message>
        <source>{action} are not open in the {year} call (they are open in {years}).</source>
        <translation>{action} : pas dans l'appel {year} (ouverts en {years}).</translation>
    </message>
    <message>
        <source>call {year}</source>
        <translation>appel {year}</translation>
    </message>
    <message>
        <source>Submit to: no agency can be named</source>
        <translation>À soumettre à : aucune agence ne peut être désignée</translation>
    </message>
    <message>
        <source>Submit to: {agency}</source>
        <translation>À soumettre à : {agency}</translation>
    </message>
    <message>
        <source>(Sources are cited in English, as the documents they name are written.)</source>
        <translation>(Les sources sont citées en anglais, langue des documents qu'elles désignent.)</translation>
    </message>
    <message>
        <source>Deadlines of the {year} call (Brussels time):</source>
        <translation>Dates limites de l'appel {year} (heure de Bruxelles) :</translation>
    </message>
    <message>
        <source>applications by European NGOs</source>
        <translation>candidatures des ONG européennes</translation>
    </message>
    <message>
        <source>Why: {reason}</source>
        <translation>Pourquoi : {reason}</translation>
    </message>
    <message>
        <source>No action is open in the {year} call.</source>
        <translation>Aucune action n'est ouverte dans l'appel {year}.</translation>
    </message>
    <message>
        <source>No deadline of this call is recorded yet.</source>
        <translation>Aucune date limite de cet appel n'est encore enregistrée.</translation>
    </message>
    <message>
        <source>Each date's source and confidence: erasmus-planner calls --year {year} --json</source>
        <translation>Source et fiabilité de chaque date : erasmus-planner calls --year {year} --json</translation>
    </message>
    <message>
        <source>Or: {agency}, {valid}</source>
        <translation>Ou : {agency}, {valid}</translation>
    </message>
    <message>
        <source>Round {round}: </source>
        <translation>Session {round} : </translation>
    </message>
    <message>
        <source>What to do: {hint}</source>
        <translation>À faire : {hint}</translation>
    </message>
    <message>
        <source>Source: {source} ({confidence})</source>
        <translation>Source : {source} ({confidence})</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>partner {number} ({name})</source>
        <extracomment>{partner} of other error messages: how a partner of the file is named.</extracomment>
        <translation>partenaire {number} ({name})</translation>
    </message>
    <message>
        <source>none yet: add the applicant and full partners first</source>
        <translation>aucun pour l'instant : ajoutez d'abord le candidat et les partenaires à part entière</translation>
    </message>
    <message>
        <source>{partner} is an affiliated entity but names no partner in "affiliated_to"; name one of: {valid}</source>
        <translation>{partner} est une entité affiliée mais ne nomme aucun partenaire dans "affiliated_to" ; nommez l'un de : {valid}</translation>
    </message>
    <message>
        <source>{partner}: "affiliated_to" {value!r} names no applicant or full partner of this plan; valid names: {valid}</source>
        <translation>{partner} : "affiliated_to" {value!r} ne nomme ni le candidat ni un partenaire à part entière de ce plan ; noms valides : {valid}</translation>
    </message>
    <message>
        <source>{partner}: "affiliated_to" {value!r} names {count} partners; give them distinct names</source>
        <translation>{partner} : "affiliated_to" {value!r} désigne {count} partenaires ; donnez-leur des noms distincts</translation>
    </message>
    <message>
        <source>{partner}: "affiliated_to" is only for the role "affiliated-entity"; remove it or change the role</source>
        <translation>{partner} : "affiliated_to" ne vaut que pour le rôle "affiliated-entity" ; retirez-le ou changez le rôle</translation>
    </message>
    <message>
        <source>{option}: {value!r} is not a date; write it as YYYY-MM-DD, for example 2026-03-05</source>
        <translation>{option} : {value!r} n'est pas une date ; écrivez-la sous la forme AAAA-MM-JJ, par exemple 2026-03-05</translation>
    </message>
    <message>
        <source>{value!r} is not a country code; use the two-letter ISO 3166 code (for example DE, PL, GR or EL, GB or UK)</source>
        <translation>{value!r} n'est pas un code de pays ; utilisez le code ISO 3166 à deux lettres (par exemple DE, PL, GR ou EL, GB ou UK)</translation>
    </message>
    <message>
        <source>the coordinator</source>
        <translation>le coordinateur</translation>
    </message>
    <message>
        <source>partner {n}</source>
        <translation>partenaire {n}</translation>
    </message>
    <message>
        <source>the identifier carries no action code and the Action Type {label!r} is not one the planner knows</source>
        <translation>l'identifiant ne contient aucun code d'action et le planificateur ne connaît pas l'Action Type {label!r}</translation>
    </message>
    <message>
        <source>organisation types the planner does not map: {types}</source>
        <translation>types d'organisation que le planificateur ne sait pas faire correspondre : {types}</translation>
    </message>
    <message>
        <source>no organisation type given for {who}</source>
        <translation>aucun type d'organisation indiqué pour {who}</translation>
    </message>
    <message>
        <source>{name} ({code}): the planner has rules for Key Action 2 partnerships only</source>
        <translation>{name} ({code}) : le planificateur n'a de règles que pour les partenariats de l'action clé 2</translation>
    </message>
    <message>
        <source>the action code {code} is not one the planner has rules for</source>
        <translation>le planificateur n'a pas de règles pour le code d'action {code}</translation>
    </message>
    <message>
        <source>a rule on organisation types fails, and some organisations are typed 'Other' in the file</source>
        <translation>une règle sur les types d'organisation n'est pas respectée, et certaines organisations ont le type « Other » dans le fichier</translation>
    </message>
    <message>
        <source>{value!r} is neither an action nor an action's code; use an action id such as cooperation-partnership or a code such as KA220-VET, KA203 or KA101</source>
        <translation>{value!r} n'est ni une action ni un code d'action ; utilisez un identifiant d'action comme cooperation-partnership ou un code comme KA220-VET, KA203 ou KA101</translation>
    </message>
    <message>
        <source>unknown role {value!r}; valid roles in a funded project: {valid}</source>
        <translation>rôle inconnu {value!r} ; rôles valides dans un projet financé : {valid}</translation>
    </message>
    <message>
        <source>{value} is not a call year; Erasmus+ call years start at 2014</source>
        <translation>{value} n'est pas une année d'appel ; les appels Erasmus+ commencent en 2014</translation>
    </message>
    <message>
        <source>the JSON is nested more than {limit} levels deep; a plan needs four</source>
        <translation>le JSON est imbriqué sur plus de {limit} niveaux ; un plan en utilise quatre</translation>
    </message>
    <message>
        <source>{what}: {length} characters, more than the {limit} allowed (see the limits in the documentation)</source>
        <translation>{what} : {length} caractères, plus que les {limit} autorisés (voir les limites dans la documentation)</translation>
    </message>
    <message>
        <source>a NUL character (U+0000)</source>
        <translation>un caractère NUL (U+0000)</translation>
    </message>
    <message>
        <source>there is {problem} in {what}, which cannot be stored; retype it</source>
        <translation>{what} contient {problem}, qui ne peut pas être enregistré ; retapez-le</translation>
    </message>
    <message>
        <source>the name</source>
        <translation>le nom</translation>
    </message>
    <message>
        <source>the city</source>
        <translation>la ville</translation>
    </message>
    <message>
        <source>the notes</source>
        <translation>les notes</translation>
    </message>
    <message>
        <source>the title</source>
        <translation>le titre</translation>
    </message>
    <message>
        <source>the contact person</source>
        <translation>la personne de contact</translation>
    </message>
    <message>
        <source>the e-mail address</source>
        <translation>l'adresse e-mail</translation>
    </message>
    <message>
        <source>the phone number</source>
        <translation>le numéro de téléphone</translation>
    </message>
    <message>
        <source>the field "{key}"</source>
        <translation>le champ « {key} »</translation>
    </message>
    <message>
        <source>the plan has {count} partners; at most {limit} are allowed in one plan</source>
        <translation>le plan compte {count} partenaires ; un plan peut en avoir au plus {limit}</translation>
    </message>
    <message>
        <source>a number in the file has {digits} digits; at most {limit} are allowed</source>
        <translation>un nombre du fichier a {digits} chiffres ; au plus {limit} sont autorisés</translation>
    </message>
    <message>
        <source>a broken character (U+{code:04X}, not valid Unicode text)</source>
        <translation>un caractère cassé (U+{code:04X}, texte Unicode non valide)</translation>
    </message>
    <message>
        <source>{value!r} is not a language the planner speaks; choose one of: {valid}</source>
        <translation>{value!r} n'est pas une langue disponible dans le planificateur ; choisissez l'une des suivantes : {valid}</translation>
    </message>
    <message>
        <source>the {language} catalogue cannot be read: {problem}</source>
        <translation>impossible de lire le catalogue {language} : {problem}</translation>
    </message>
    <message>
        <source>unknown paper size {value!r}; choose one of: {valid}</source>
        <translation>format de papier {value!r} inconnu ; choisissez l'un des suivants : {valid}</translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation>c'est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>accès refusé</translation>
    </message>
    <message>
        <source>no space left on device</source>
        <translation>plus d'espace disponible sur le disque</translation>
    </message>
    <message>
        <source>the drive is read-only</source>
        <translation>le lecteur est en lecture seule</translation>
    </message>
    <message>
        <source>the file name is too long</source>
        <translation>le nom du fichier est trop long</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>le dossier n'existe pas</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>le quota de disque est épuisé</translation>
    </message>
    <message>
        <source>this is a folder, not a plan file</source>
        <translation>c'est un dossier, pas un fichier de plan</translation>
    </message>
    <message>
        <source>this is a folder, not a spreadsheet</source>
        <translation>c'est un dossier, pas un tableur</translation>
    </message>
    <message>
        <source>this is a folder, not a plan document</source>
        <translation>c'est un dossier, pas un document de plan</translation>
    </message>
    <message>
        <source>this is a folder, not a partner directory</source>
        <translation>c'est un dossier, pas un fichier de l'annuaire des partenaires</translation>
    </message>
    <message>
        <source>cannot be read ({problem})</source>
        <translation>lecture impossible ({problem})</translation>
    </message>
    <message>
        <source>this is a folder; choose a file name to save to</source>
        <translation>c'est un dossier ; choisissez un nom de fichier pour l'enregistrement</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>permission denied: the file cannot be read</source>
        <translation>accès refusé : le fichier ne peut pas être lu</translation>
    </message>
    <message>
        <source>cannot write in the folder {folder} ({problem}); nothing was saved</source>
        <translation>impossible d'écrire dans le dossier {folder} ({problem}) ; rien n'a été enregistré</translation>
    </message>
    <message>
        <source>cannot be written ({problem}); the previous version is unchanged</source>
        <translation>écriture impossible ({problem}) ; la version précédente est inchangée</translation>
    </message>
    <message>
        <source>plan file</source>
        <translation>fichier de plan</translation>
    </message>
    <message>
        <source>plan document</source>
        <extracomment>A kind of file, put into error messages as {what} ('the {what} is damaged', 'not a {what}'). German: neuter nouns (das Plandokument, das Partnerverzeichnis), so 'das {what}', 'kein {what}' fit both; French: masculine (le document de plan, le répertoire des partenaires).</extracomment>
        <translation>document de plan</translation>
    </message>
    <message>
        <source>spreadsheet</source>
        <translation>fichier tableur</translation>
    </message>
    <message>
        <source>partner directory</source>
        <extracomment>A kind of file, put into error messages as {what} ('the {what} is damaged', 'not a {what}'). German: neuter nouns (das Plandokument, das Partnerverzeichnis), so 'das {what}', 'kein {what}' fit both; French: masculine (le document de plan, le répertoire des partenaires).</extracomment>
        <translation>fichier de l'annuaire des partenaires</translation>
    </message>
    <message>
        <source>list of funded projects</source>
        <translation>fichier de projets financés</translation>
    </message>
    <message>
        <source>this is {thing}, not a {what}; the planner reads only ordinary files</source>
        <translation>c'est {thing}, pas un {what} ; le planificateur ne lit que des fichiers ordinaires</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>un tube nommé (FIFO)</translation>
    </message>
    <message>
        <source>the file is too large ({size}); a {what} may be at most {limit} (see the limits in the documentation)</source>
        <translation>le fichier est trop volumineux ({size}) ; un {what} peut faire au plus {limit} (voir les limites dans la documentation)</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>un périphérique</translation>
    </message>
    <message>
        <source>not an ordinary file</source>
        <translation>pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>more than {limit}</source>
        <translation>plus de {limit}</translation>
    </message>
    <message>
        <source>use yes or no (empty means no)</source>
        <translation>indiquez oui ou non (yes/no) ; une cellule vide vaut non</translation>
    </message>
    <message>
        <source>not a date; use the year (YYYY) or the full date (YYYY-MM-DD)</source>
        <translation>ce n'est pas une date ; indiquez l'année (AAAA) ou la date complète (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>no country; use a two-letter code such as PL or an English name such as Poland</source>
        <translation>aucun pays ; utilisez un code à deux lettres comme PL ou un nom en anglais comme Poland</translation>
    </message>
    <message>
        <source>not a country; use a two-letter code such as PL, DE, EL or UK, or an English name such as Poland</source>
        <translation>ce n'est pas un pays ; utilisez un code à deux lettres comme PL, DE, EL ou UK, ou un nom en anglais comme Poland</translation>
    </message>
    <message>
        <source>no organisation type; valid types: {valid}</source>
        <translation>aucun type d'organisation ; types valides : {valid}</translation>
    </message>
    <message>
        <source>unknown organisation type; valid types: {valid} (or their labels, or words such as university, SME, NGO, municipality)</source>
        <translation>type d'organisation inconnu ; types valides : {valid} (ou leurs libellés anglais, ou des mots anglais comme university, SME, NGO, municipality)</translation>
    </message>
    <message>
        <source>unknown role; valid roles: {valid} (or coordinator, associated, affiliated; empty means partner)</source>
        <translation>rôle inconnu ; rôles valides : {valid} (ou coordinator, associated, affiliated ; une cellule vide vaut partner)</translation>
    </message>
    <message>
        <source>valid communities (Belgium only): {valid} (Flemish, French, German-speaking), or empty</source>
        <translation>communautés valides (Belgique uniquement) : {valid} (flamande, française, germanophone), ou vide</translation>
    </message>
    <message>
        <source>not an e-mail address (name@example.org)</source>
        <translation>ce n'est pas une adresse e-mail (name@example.org)</translation>
    </message>
    <message>
        <source>partner {number}</source>
        <extracomment>{partner} of other error messages, for a partner without a name.</extracomment>
        <translation>partenaire {number}</translation>
    </message>
    <message>
        <source>{value} is not a number JSON allows; write null or a number</source>
        <translation>{value} n'est pas un nombre admis en JSON ; écrivez null ou un nombre</translation>
    </message>
    <message>
        <source>{what} must be text, not {kind}</source>
        <translation>{what} doit être du texte, pas de type {kind}</translation>
    </message>
    <message>
        <source> (did you mean {found!r}?)</source>
        <extracomment>Appended to a word; keep the leading space.</extracomment>
        <translation> (vouliez-vous dire {found!r} ?)</translation>
    </message>
    <message>
        <source>{partner} must be an object with name, country, type and role</source>
        <translation>le {partner} doit être un objet avec les clés name, country, type et role</translation>
    </message>
    <message>
        <source>{partner} has no name; every partner needs a non-empty "name"</source>
        <translation>le {partner} n'a pas de nom ; chaque partenaire doit avoir un "name" non vide</translation>
    </message>
    <message>
        <source>{partner}: {value!r} is not a country code{did_you_mean}; use the two-letter ISO 3166 code (for example DE, PL, GR or EL, GB or UK)</source>
        <translation>{partner} : {value!r} n'est pas un code de pays{did_you_mean} ; utilisez le code ISO 3166 à deux lettres (par exemple DE, PL, GR ou EL, GB ou UK)</translation>
    </message>
    <message>
        <source>{partner}: unknown type {value!r}{did_you_mean}; valid types: {valid}</source>
        <translation>{partner} : type {value!r} inconnu{did_you_mean} ; types valides : {valid}</translation>
    </message>
    <message>
        <source>{partner}: unknown role {value!r}{did_you_mean}; valid roles: {valid}</source>
        <translation>{partner} : rôle {value!r} inconnu{did_you_mean} ; rôles valides : {valid}</translation>
    </message>
    <message>
        <source>{partner}: community {value!r} is not one of {valid} (or null)</source>
        <translation>{partner} : la communauté {value!r} n'est pas valide ; valeurs possibles : {valid} (ou null)</translation>
    </message>
    <message>
        <source>{partner}: "eche" must be true or false</source>
        <translation>{partner} : "eche" doit valoir true ou false</translation>
    </message>
    <message>
        <source>{partner}: "contact" must be an object (person, email, …) or null</source>
        <translation>{partner} : "contact" doit être un objet (person, email, …) ou null</translation>
    </message>
    <message>
        <source>{partner}: "notes" must be text</source>
        <translation>{partner} : "notes" doit être du texte</translation>
    </message>
    <message>
        <source>no partner has the role "applicant"; mark exactly one organisation as the applicant</source>
        <translation>aucun partenaire n'a le rôle "applicant" ; désignez exactement une organisation comme candidat</translation>
    </message>
    <message>
        <source>{count} partners have the role "applicant" ({names}); exactly one may apply</source>
        <translation>{count} partenaires ont le rôle "applicant" ({names}) ; une seule organisation peut déposer la candidature</translation>
    </message>
    <message>
        <source>the file must contain one JSON object (a plan), not a list or a value</source>
        <translation>le fichier doit contenir un seul objet JSON (un plan), et non une liste ou une valeur</translation>
    </message>
    <message>
        <source>"format" must be {format!r}; this does not look like a plan file</source>
        <translation>"format" doit valoir {format!r} ; ce fichier ne ressemble pas à un fichier de plan</translation>
    </message>
    <message>
        <source>"version" must be a whole number (this program writes version {version})</source>
        <translation>"version" doit être un nombre entier (ce programme écrit la version {version})</translation>
    </message>
    <message>
        <source>this plan was written in format version {version}, newer than this program understands (version {ours}); open it with a newer version of the planner</source>
        <translation>ce plan utilise la version {version} du format, plus récente que celle que comprend ce programme (version {ours}) ; ouvrez-le avec une version plus récente du planificateur</translation>
    </message>
    <message>
        <source>"action" is missing; valid actions: {valid}</source>
        <translation>la clé "action" manque ; actions valides : {valid}</translation>
    </message>
    <message>
        <source>unknown action {value!r}; valid actions: {valid} (official codes such as KA203 or KA220-YOU are accepted too)</source>
        <translation>action {value!r} inconnue ; actions valides : {valid} (les codes officiels comme KA203 ou KA220-YOU sont aussi acceptés)</translation>
    </message>
    <message>
        <source>unknown field {value!r}; valid fields: {valid}</source>
        <translation>domaine {value!r} inconnu ; domaines valides : {valid}</translation>
    </message>
    <message>
        <source>unknown lot {value!r} for {action}; valid lots: {valid}</source>
        <translation>lot {value!r} inconnu pour les {action} ; lots valides : {valid}</translation>
    </message>
    <message>
        <source>unknown variant {value!r} for {action}; valid variants: {valid}</source>
        <translation>type de projet {value!r} inconnu pour les {action} ; types valides : {valid}</translation>
    </message>
    <message>
        <source>"call_year" must be a year from {first} to {last}, not {value!r}</source>
        <translation>"call_year" doit être une année de {first} à {last}, et non {value!r}</translation>
    </message>
    <message>
        <source>"duration_months" must be a whole number of months from 1 to {limit}, or null (not {value!r})</source>
        <translation>« duration_months » doit être un nombre entier de mois de 1 à {limit}, ou null (pas {value!r})</translation>
    </message>
    <message>
        <source>"title" must be text</source>
        <translation>"title" doit être du texte</translation>
    </message>
    <message>
        <source>"partners" must be a list of organisations</source>
        <translation>"partners" doit être une liste d'organisations</translation>
    </message>
    <message>
        <source>the number {value} in the file is too large</source>
        <translation>le nombre {value} du fichier est trop grand</translation>
    </message>
    <message>
        <source>a text in quotes is not closed</source>
        <translation>un texte entre guillemets n'est pas refermé</translation>
    </message>
    <message>
        <source>a key must be in double quotes (or there is a comma too many before this)</source>
        <translation>une clé doit être entre guillemets doubles (ou il y a une virgule en trop juste avant)</translation>
    </message>
    <message>
        <source>a comma is missing between two values</source>
        <translation>il manque une virgule entre deux valeurs</translation>
    </message>
    <message>
        <source>a colon is missing after a key</source>
        <translation>il manque un deux-points après une clé</translation>
    </message>
    <message>
        <source>a value is missing (or there is a comma too many)</source>
        <translation>il manque une valeur (ou il y a une virgule en trop)</translation>
    </message>
    <message>
        <source>there is more after the end of the plan</source>
        <translation>il reste du contenu après la fin du plan</translation>
    </message>
    <message>
        <source>a line break or tab inside a text must be written as \n or \t</source>
        <translation>un saut de ligne ou une tabulation dans un texte doit s'écrire \n ou \t</translation>
    </message>
    <message>
        <source>{problem}; the file seems cut short</source>
        <translation>{problem} ; le fichier semble tronqué</translation>
    </message>
    <message>
        <source> (did you mean {code}, {name}?)</source>
        <extracomment>Appended to a word; keep the leading space.</extracomment>
        <translation> (vouliez-vous dire {code}, {name} ?)</translation>
    </message>
    <message>
        <source>{partner} has no "{key}"</source>
        <translation>le {partner} n'a pas de "{key}"</translation>
    </message>
    <message>
        <source>the code {code} means the field {implied!r}, but "field" says {field!r}</source>
        <translation>le code {code} correspond au domaine {implied!r}, mais "field" indique {field!r}</translation>
    </message>
    <message>
        <source>none: this action has no lots</source>
        <translation>aucun : cette action n'a pas de lot</translation>
    </message>
    <message>
        <source>none: this action has no variants</source>
        <translation>aucun : cette action n'a pas de type de projet</translation>
    </message>
    <message>
        <source>not valid JSON at line {line}, column {column}: {problem}</source>
        <translation>JSON non valide à la ligne {line}, colonne {column} : {problem}</translation>
    </message>
    <message>
        <source>is not UTF-8 text (byte {byte}); a plan file is JSON written in UTF-8</source>
        <translation>ce n'est pas du texte UTF-8 (octet {byte}) ; un fichier de plan est du JSON encodé en UTF-8</translation>
    </message>
    <message>
        <source>this looks like an Erasmus+ Project Results export, but the header row has no column {missing}; an export names at least {required}</source>
        <translation>cela ressemble à un export de la plateforme Erasmus+ Project Results, mais la ligne d'en-tête n'a pas de colonne {missing} ; un export nomme au moins {required}</translation>
    </message>
    <message>
        <source>this is a zip archive (an .xlsx workbook?), not a CSV file; give it the .xlsx extension</source>
        <translation>c'est une archive zip (un classeur .xlsx ?), pas un fichier CSV ; donnez-lui l'extension .xlsx</translation>
    </message>
    <message>
        <source>this CSV file is UTF-16 text; the Project Results export is UTF-8: save it as UTF-8 CSV</source>
        <translation>ce fichier CSV est un texte UTF-16 ; l'export Project Results est en UTF-8 : enregistrez-le en CSV UTF-8</translation>
    </message>
    <message>
        <source>this is not an .xlsx workbook (an .xlsx file is a zip archive); if it is CSV text, name it .csv</source>
        <translation>ce n'est pas un classeur .xlsx (un fichier .xlsx est une archive zip) ; s'il s'agit de texte CSV, donnez-lui l'extension .csv</translation>
    </message>
    <message>
        <source>the workbook's texts would unpack to {size}; at most {limit} are read (see the limits in the documentation)</source>
        <translation>les textes du classeur occuperaient {size} une fois décompressés ; au plus {limit} sont lus (voir les limites dans la documentation)</translation>
    </message>
    <message>
        <source>line {line} is longer than {limit} characters: this is not a list of projects or organisations</source>
        <translation>la ligne {line} dépasse {limit} caractères : ce n'est pas une liste de projets ou d'organisations</translation>
    </message>
    <message>
        <source>line {line} is not UTF-8 text; the Project Results export is UTF-8: save the list as UTF-8 CSV</source>
        <translation>la ligne {line} n'est pas un texte UTF-8 ; l'export Project Results est en UTF-8 : enregistrez la liste en CSV UTF-8</translation>
    </message>
    <message>
        <source>row {row} cannot be read as CSV ({problem})</source>
        <translation>la ligne {row} ne peut pas être lue comme CSV ({problem})</translation>
    </message>
    <message>
        <source>is not a readable .xlsx workbook ({problem})</source>
        <translation>ce n'est pas un classeur .xlsx lisible ({problem})</translation>
    </message>
    <message>
        <source>use a two-letter code such as DE, EL or UK, or an English country name</source>
        <translation>utilisez un code à deux lettres comme DE, EL ou UK, ou un nom de pays en anglais</translation>
    </message>
    <message>
        <source>the project identifier is empty; every project has one, such as {examples}</source>
        <translation>l'identifiant du projet est vide ; chaque projet en a un, par exemple {examples}</translation>
    </message>
    <message>
        <source>the call year is empty and the project identifier does not say it; write the year, such as 2023</source>
        <translation>l'année d'appel est vide et l'identifiant du projet ne l'indique pas ; écrivez l'année, par exemple 2023</translation>
    </message>
    <message>
        <source>no known pattern explains this project identifier; valid identifiers look like {examples}</source>
        <translation>aucun modèle connu n'explique cet identifiant de projet ; les identifiants valides ressemblent à {examples}</translation>
    </message>
    <message>
        <source>not a call year; a call year has four digits, from {first} on</source>
        <translation>pas une année d'appel ; une année d'appel a quatre chiffres, à partir de {first}</translation>
    </message>
    <message>
        <source>the project identifier says the call year is {year}; one of the two is wrong</source>
        <translation>selon l'identifiant du projet, l'année d'appel est {year} ; l'une des deux est fausse</translation>
    </message>
    <message>
        <source>not a country; {hint}</source>
        <translation>pas un pays ; {hint}</translation>
    </message>
    <message>
        <source>the country is empty; {hint}</source>
        <translation>le pays est vide ; {hint}</translation>
    </message>
    <message>
        <source>the coordinating organisation has no name</source>
        <translation>l'organisation coordinatrice n'a pas de nom</translation>
    </message>
    <message>
        <source>Partner {n} has no name while its other columns are filled</source>
        <translation>le partenaire {n} n'a pas de nom alors que ses autres colonnes sont remplies</translation>
    </message>
    <message>
        <source>no header row found{where}: the first row should name the columns, for example {columns}</source>
        <translation>aucune ligne d'en-tête trouvée{where} : la première ligne doit nommer les colonnes, par exemple {columns}</translation>
    </message>
    <message>
        <source>the header row names no column for {missing} (columns found: {found}); name them as {needed}</source>
        <translation>la ligne d'en-tête ne nomme aucune colonne pour {missing} (colonnes trouvées : {found}) ; nommez-les ainsi : {needed}</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source> (sheet {sheet!r})</source>
        <extracomment>Appended to 'no header row found'; keep the leading space.</extracomment>
        <translation> (feuille {sheet!r})</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>row {row}, column {column!r}: {value}: {problem}</source>
        <translation>ligne {row}, colonne {column!r} : {value} : {problem}</translation>
    </message>
    <message>
        <source>the name is empty; every partner needs its legal name</source>
        <translation>le nom est vide ; chaque partenaire doit avoir sa dénomination légale</translation>
    </message>
    <message>
        <source>only an affiliated entity is affiliated to a partner; leave the cell empty or make the role affiliated</source>
        <translation>seule une entité affiliée est rattachée à un partenaire ; laissez la cellule vide ou mettez le rôle affiliated</translation>
    </message>
    <message>
        <source>unknown kind of spreadsheet {suffix!r}; partners are read from .csv or .xlsx files</source>
        <translation>type de tableur {suffix!r} inconnu ; les partenaires sont lus depuis des fichiers .csv ou .xlsx</translation>
    </message>
    <message>
        <source>row {row}: a cell holds more than {limit} characters; no column takes that much text</source>
        <translation>ligne {row} : une cellule contient plus de {limit} caractères ; aucune colonne n'accepte autant de texte</translation>
    </message>
    <message>
        <source>the old Excel format (.xls) cannot be read; save the sheet as .xlsx or CSV and import that</source>
        <translation>l'ancien format Excel (.xls) ne peut pas être lu ; enregistrez la feuille au format .xlsx ou CSV, puis importez ce fichier</translation>
    </message>
    <message>
        <source>this is not a text file, so not a CSV file; export the sheet as CSV or .xlsx</source>
        <translation>ce n'est pas un fichier texte, donc pas un fichier CSV ; exportez la feuille au format CSV ou .xlsx</translation>
    </message>
    <message>
        <source>the spreadsheet has more than {limit} rows; split it into several files</source>
        <translation>la feuille de calcul a plus de {limit} lignes ; répartissez-la sur plusieurs fichiers</translation>
    </message>
    <message>
        <source>the workbook has no sheets</source>
        <translation>le classeur ne contient aucune feuille</translation>
    </message>
    <message>
        <source>the workbook unpacks to {size}; a spreadsheet may unpack to at most {limit} (see the limits in the documentation)</source>
        <translation>le classeur décompressé fait {size} ; une feuille de calcul décompressée peut faire au plus {limit} (voir les limites dans la documentation)</translation>
    </message>
    <message>
        <source>is not a readable CSV file ({problem})</source>
        <translation>ce n'est pas un fichier CSV lisible ({problem})</translation>
    </message>
    <message>
        <source>(no extension)</source>
        <translation>(sans extension)</translation>
    </message>
    <message>
        <source>the {what} has no entry {entry} (removed meanwhile?)</source>
        <translation>le {what} ne contient pas l'entrée {entry} (supprimée entre-temps ?)</translation>
    </message>
    <message>
        <source>{country!r} is not a country; use a two-letter code such as PL or an English name</source>
        <translation>{country!r} n'est pas un pays ; utilisez un code à deux lettres comme PL ou un nom en anglais</translation>
    </message>
    <message>
        <source>unknown organisation type {value!r}; valid types: {valid}</source>
        <translation>type d'organisation {value!r} inconnu ; types valides : {valid}</translation>
    </message>
    <message>
        <source>the folder for the {what} cannot be created ({problem})</source>
        <translation>le dossier du {what} ne peut pas être créé ({problem})</translation>
    </message>
    <message>
        <source>an entry cannot be merged with itself (both are {entry})</source>
        <translation>une entrée ne peut pas être fusionnée avec elle-même (les deux sont {entry})</translation>
    </message>
    <message>
        <source>this is a database of another program, not a {what}</source>
        <translation>c'est la base de données d'un autre programme, pas un {what}</translation>
    </message>
    <message>
        <source>this {what} was written by a newer version of the planner (version {version}; this program reads up to {ours}); it was not changed</source>
        <translation>ce {what} a été écrit par une version plus récente du planificateur (version {version} ; ce programme lit jusqu'à la version {ours}) ; il n'a pas été modifié</translation>
    </message>
    <message>
        <source>the {what} at {where} refused this: {problem}</source>
        <translation>le {what} à {where} a refusé : {problem}</translation>
    </message>
    <message>
        <source>the {what} at {where} refused this: your role does not allow it ({problem}); viewers search it, editors also add and change entries — ask one of the workspace's owners</source>
        <translation>le {what} à {where} a refusé : votre rôle ne le permet pas ({problem}) ; les lecteurs y cherchent, les éditeurs ajoutent et modifient aussi des entrées — adressez-vous à l'un des propriétaires de l'espace d'équipe</translation>
    </message>
    <message>
        <source>the connection to the {what} at {where} was lost ({problem}); nothing was changed by this step</source>
        <translation>la connexion au {what} à {where} a été perdue ({problem}) ; cette étape n'a rien modifié</translation>
    </message>
    <message>
        <source> (process {pid} on host {host})</source>
        <extracomment>Appended to 'is open in another window or program'; keep the leading space.</extracomment>
        <translation> (processus {pid} sur l'hôte {host})</translation>
    </message>
    <message>
        <source> (process {pid} on host {host}, user {user})</source>
        <translation> (processus {pid} sur l'hôte {host}, utilisateur {user})</translation>
    </message>
    <message>
        <source>is open in another window or program{holder}</source>
        <translation>le fichier est ouvert dans une autre fenêtre ou un autre programme{holder}</translation>
    </message>
    <message>
        <source>cannot be opened for editing: {reason}</source>
        <translation>impossible d'ouvrir le fichier pour le modifier : {reason}</translation>
    </message>
    <message>
        <source>{problem}; it was not changed (close it there, then try again)</source>
        <translation>{problem} ; il n'a pas été modifié (fermez-le là-bas, puis réessayez)</translation>
    </message>
    <message>
        <source>{problem}; open it read-only?</source>
        <extracomment>The question of a dialog that offers to open the plan read-only.</extracomment>
        <translation>{problem} ; l'ouvrir en lecture seule ?</translation>
    </message>
    <message>
        <source>the lock keeps changing; try again</source>
        <translation>le verrou change sans cesse ; réessayez</translation>
    </message>
    <message>
        <source>no lock can be written beside it ({problem})</source>
        <translation>impossible de créer un verrou à côté du fichier ({problem})</translation>
    </message>
    <message>
        <source>could not be brought up to date from schema version {version} ({problem}); it is unchanged</source>
        <translation>n'a pas pu être mis à jour depuis la version de schéma {version} ({problem}) ; il est inchangé</translation>
    </message>
    <message>
        <source>the document is damaged: history entry {entry} has no readable date</source>
        <translation>le document est endommagé : l'entrée d'historique {entry} n'a pas de date lisible</translation>
    </message>
    <message>
        <source>history entry {entry}</source>
        <translation>l'entrée d'historique {entry}</translation>
    </message>
    <message>
        <source>this is a database of another program, not a plan document (it holds no plan)</source>
        <translation>c'est la base de données d'un autre programme, pas un document de plan (elle ne contient aucun plan)</translation>
    </message>
    <message>
        <source>the {what} is damaged ({details}); open the backup copy if there is one</source>
        <translation>le {what} est endommagé ({details}) ; ouvrez la copie de sauvegarde s'il y en a une</translation>
    </message>
    <message>
        <source>the {what} is damaged: it holds no plan</source>
        <translation>le {what} est endommagé : il ne contient aucun plan</translation>
    </message>
    <message>
        <source>the document is damaged: {what} is not readable</source>
        <translation>le document est endommagé : impossible de lire {what}</translation>
    </message>
    <message>
        <source>this plan was saved by a newer version of the planner (document {shown}; this program reads up to version {ours}). It was not changed; open it with a newer version of the planner</source>
        <translation>ce plan a été enregistré par une version plus récente du planificateur (document {shown} ; ce programme lit jusqu'à la version {ours}). Il n'a pas été modifié ; ouvrez-le avec une version plus récente du planificateur</translation>
    </message>
    <message>
        <source>the {what} names a schema revision this program does not know ({revision}); it was written by a newer version of the planner, or it is damaged. It was not changed</source>
        <translation>le {what} indique une révision de schéma que ce programme ne connaît pas ({revision}) ; il a été écrit par une version plus récente du planificateur, ou il est endommagé. Il n'a pas été modifié</translation>
    </message>
    <message>
        <source>{problem}. It was not overwritten: save under another name</source>
        <translation>{problem}. Le fichier n'a pas été écrasé : enregistrez sous un autre nom</translation>
    </message>
    <message>
        <source>version {version}</source>
        <translation>version {version}</translation>
    </message>
    <message>
        <source>the document is damaged: the notes are not text</source>
        <translation>le document est endommagé : les notes ne sont pas du texte</translation>
    </message>
    <message>
        <source>the contact of {partner}</source>
        <translation>les coordonnées du {partner}</translation>
    </message>
    <message>
        <source>the extra data of {partner}</source>
        <translation>les données supplémentaires du {partner}</translation>
    </message>
    <message>
        <source>the plan's extra data</source>
        <translation>les données supplémentaires du plan</translation>
    </message>
    <message>
        <source>the recovery folder cannot be created ({problem})</source>
        <translation>le dossier de récupération ne peut pas être créé ({problem})</translation>
    </message>
    <message>
        <source>this is not a {what}: the planner writes them as SQLite databases, and this file is something else</source>
        <translation>ce n'est pas un {what} : le planificateur les enregistre sous forme de bases de données SQLite, et ce fichier est d'une autre nature</translation>
    </message>
    <message>
        <source>the {what} cannot be read ({problem})</source>
        <translation>le {what} ne peut pas être lu ({problem})</translation>
    </message>
    <message>
        <source>the file is empty; it is not a {what}</source>
        <translation>le fichier est vide ; ce n'est pas un {what}</translation>
    </message>
    <message>
        <source>the {what} is damaged: its size does not match its header (cut off while copying or downloading?); open the backup copy, or the last version you sent or received</source>
        <translation>le {what} est endommagé : sa taille ne correspond pas à son en-tête (tronqué lors d'une copie ou d'un téléchargement ?) ; ouvrez la copie de sauvegarde, ou la dernière version que vous avez envoyée ou reçue</translation>
    </message>
    <message>
        <source>this is JSON text, not a {what}; if it is a plan in the JSON format, give it the .json extension (or turn it into a .epplan document with: erasmus-planner convert IN.json OUT.epplan)</source>
        <translation>c'est du texte JSON, pas un {what} ; s'il s'agit d'un plan au format JSON, donnez-lui l'extension .json (ou convertissez-le en document .epplan avec : erasmus-planner convert IN.json OUT.epplan)</translation>
    </message>
    <message>
        <source>this is a zip archive (a spreadsheet or an office document?), not a {what}</source>
        <translation>c'est une archive zip (un tableur ou un document bureautique ?), pas un {what}</translation>
    </message>
    <message>
        <source>the {what} is damaged and cannot be read; open the backup copy if there is one</source>
        <translation>le {what} est endommagé et illisible ; ouvrez la copie de sauvegarde s'il y en a une</translation>
    </message>
    <message>
        <source>the {what} is busy in another program; try again in a moment</source>
        <translation>le {what} est occupé par un autre programme ; réessayez dans un instant</translation>
    </message>
    <message>
        <source>the {what} cannot be opened (permission denied or the folder is read-only)</source>
        <translation>le {what} ne peut pas être ouvert (accès refusé ou dossier en lecture seule)</translation>
    </message>
    <message>
        <source>the disk is full; nothing was saved</source>
        <translation>le disque est plein ; rien n'a été enregistré</translation>
    </message>
    <message>
        <source>the {what} cannot be written ({problem})</source>
        <translation>impossible d'écrire dans le {what} ({problem})</translation>
    </message>
    <message>
        <source>the {what} cannot be written (permission denied or the folder is read-only)</source>
        <translation>impossible d'écrire dans le {what} (accès refusé ou dossier en lecture seule)</translation>
    </message>
    <message>
        <source>no workspace address given; write it as postgresql://user@host/database or give a service name</source>
        <translation>aucune adresse d'espace d'équipe indiquée ; écrivez-la sous la forme postgresql://utilisateur@hôte/base ou donnez un nom de service</translation>
    </message>
    <message>
        <source>{address} is not a workspace address ({problem}); write it as postgresql://user@host:5432/database (add ?sslmode=require for TLS), or give a service name from pg_service.conf</source>
        <translation>{address} n'est pas une adresse d'espace d'équipe ({problem}) ; écrivez-la sous la forme postgresql://utilisateur@hôte:5432/base (ajoutez ?sslmode=require pour TLS), ou donnez un nom de service de pg_service.conf</translation>
    </message>
    <message>
        <source>cannot connect to the workspace {where}: {problem}</source>
        <translation>impossible de se connecter à l'espace d'équipe {where} : {problem}</translation>
    </message>
    <message>
        <source>the workspace {where} did not answer within {seconds} s; check the address and the network (the planner keeps working on local files meanwhile)</source>
        <translation>l'espace d'équipe {where} n'a pas répondu en {seconds} s ; vérifiez l'adresse et le réseau (le planificateur continue en attendant avec les fichiers locaux)</translation>
    </message>
    <message>
        <source>the workspace {where} asks for a password</source>
        <translation>l'espace d'équipe {where} demande un mot de passe</translation>
    </message>
    <message>
        <source>the workspace {where} refused the login of {user}: wrong password or unknown user</source>
        <translation>l'espace d'équipe {where} a refusé la connexion de {user} : mot de passe erroné ou utilisateur inconnu</translation>
    </message>
    <message>
        <source>no server answers at {where} (connection refused): is PostgreSQL running there, on that port?</source>
        <translation>aucun serveur ne répond à {where} (connexion refusée) : PostgreSQL y tourne-t-il, sur ce port ?</translation>
    </message>
    <message>
        <source>the server name of {where} is not known (mistyped, or no network?)</source>
        <translation>le nom du serveur de {where} est inconnu (faute de frappe, ou pas de réseau ?)</translation>
    </message>
    <message>
        <source>the server at {where} does not offer TLS, but the address requires it (sslmode); turn TLS on at the server (docs/workspace.md) or ask its administrator</source>
        <translation>le serveur à {where} ne propose pas TLS, mais l'adresse l'exige (sslmode) ; activez TLS sur le serveur (docs/workspace.md) ou demandez à son administrateur</translation>
    </message>
    <message>
        <source>the service {service} is not defined in pg_service.conf (PGSERVICEFILE or ~/.pg_service.conf)</source>
        <translation>le service {service} n'est pas défini dans pg_service.conf (PGSERVICEFILE ou ~/.pg_service.conf)</translation>
    </message>
    <message>
        <source>the database of {where} does not exist; an administrator creates it (docs/workspace.md), then runs erasmus-planner workspace init</source>
        <translation>la base de {where} n'existe pas ; un administrateur la crée (docs/workspace.md), puis lance erasmus-planner workspace init</translation>
    </message>
    <message>
        <source>the workspace {where} does not let {user} in: ask one of its owners for membership (erasmus-planner workspace grant {user} viewer)</source>
        <translation>l'espace d'équipe {where} ne laisse pas entrer {user} : demandez l'adhésion à l'un de ses propriétaires (erasmus-planner workspace grant {user} viewer)</translation>
    </message>
    <message>
        <source>a secure (TLS) connection to {where} failed: {problem}</source>
        <translation>la connexion sécurisée (TLS) à {where} a échoué : {problem}</translation>
    </message>
    <message>
        <source>sslmode={mode} checks the certificate of {where}, but the CA certificate file {ca} does not exist: give the workspace's CA certificate with sslrootcert=/path/to/ca.pem (docs/workspace.md, TLS)</source>
        <translation>sslmode={mode} vérifie le certificat de {where}, mais le fichier de certificat de l'autorité (CA) {ca} n'existe pas : indiquez le certificat CA de l'espace d'équipe avec sslrootcert=/chemin/vers/ca.pem (docs/workspace.md, TLS)</translation>
    </message>
    <message>
        <source>the server at {where} showed a certificate that is not signed by the CA in {ca}, so the planner did not connect (nothing was sent): check that sslrootcert names your workspace's CA certificate, or ask its administrator</source>
        <translation>le serveur à {where} a présenté un certificat qui n'est pas signé par l'autorité (CA) de {ca} : le planificateur ne s'est pas connecté (rien n'a été envoyé) ; vérifiez que sslrootcert désigne le certificat CA de votre espace d'équipe, ou demandez à son administrateur</translation>
    </message>
    <message>
        <source>the certificate of the server at {where} is made out for another name than {host}, so the planner did not connect (nothing was sent): use the name the certificate gives, or ask its administrator</source>
        <translation>le certificat du serveur à {where} est établi pour un autre nom que {host} : le planificateur ne s'est pas connecté (rien n'a été envoyé) ; utilisez le nom indiqué dans le certificat, ou demandez à son administrateur</translation>
    </message>
    <message>
        <source>the workspace {where} refused this: your role does not allow it ({problem}); ask one of its owners</source>
        <translation>l'espace d'équipe {where} a refusé : votre rôle ne le permet pas ({problem}) ; adressez-vous à l'un de ses propriétaires</translation>
    </message>
    <message>
        <source>{where} is not a workspace yet: its owner runs erasmus-planner workspace init {where}</source>
        <translation>{where} n'est pas encore un espace d'équipe : son propriétaire lance erasmus-planner workspace init {where}</translation>
    </message>
    <message>
        <source>the connection to the workspace {where} was lost ({problem}); nothing was changed by this step</source>
        <translation>la connexion à l'espace d'équipe {where} a été perdue ({problem}) ; cette étape n'a rien modifié</translation>
    </message>
    <message>
        <source>the workspace {where} refused this: {problem}</source>
        <translation>l'espace d'équipe {where} a refusé : {problem}</translation>
    </message>
    <message>
        <source>unknown workspace role {role!r}; valid roles: {valid}</source>
        <translation>rôle d'espace d'équipe inconnu {role!r} ; rôles valides : {valid}</translation>
    </message>
    <message>
        <source>{login} is the last owner of the workspace; make someone else an owner first</source>
        <translation>{login} est le dernier propriétaire de l'espace d'équipe ; faites d'abord de quelqu'un d'autre un propriétaire</translation>
    </message>
    <message>
        <source>there is no PostgreSQL role {login!r}; an administrator creates it first (CREATE ROLE {login} LOGIN PASSWORD '…', see docs/workspace.md)</source>
        <translation>il n'existe pas de rôle PostgreSQL {login!r} ; un administrateur le crée d'abord (CREATE ROLE {login} LOGIN PASSWORD '…', voir docs/workspace.md)</translation>
    </message>
    <message>
        <source>{login!r} is a group, not a person's login role</source>
        <translation>{login!r} est un groupe, pas le rôle de connexion d'une personne</translation>
    </message>
    <message>
        <source>only an owner of the workspace can change who is a member (you are {role})</source>
        <translation>seul un propriétaire de l'espace d'équipe peut changer qui en est membre (vous êtes {role})</translation>
    </message>
    <message>
        <source>the workspace {where} has schema version {version}, newer than this program knows ({ours}); update the planner</source>
        <translation>l'espace d'équipe {where} a la version de schéma {version}, plus récente que celles que ce programme connaît ({ours}) ; mettez le planificateur à jour</translation>
    </message>
    <message>
        <source>the workspace {where} has schema version {version}; one of its owners runs erasmus-planner workspace init {where} to bring it to version {ours}</source>
        <translation>l'espace d'équipe {where} a la version de schéma {version} ; l'un de ses propriétaires lance erasmus-planner workspace init {where} pour le passer en version {ours}</translation>
    </message>
    <message>
        <source>{where}: this login may not create the workspace ({problem}); run init as the database's owner with the CREATEROLE privilege (docs/workspace.md)</source>
        <translation>{where} : cette connexion ne peut pas créer l'espace d'équipe ({problem}) ; lancez init en tant que propriétaire de la base avec le privilège CREATEROLE (docs/workspace.md)</translation>
    </message>
    <message>
        <source>the workspace already has a team plan {name!r} (version {current}) that this file was not pulled from; pull it first, or push under another name (--as {name}-copy)</source>
        <translation>l'espace d'équipe a déjà un plan d'équipe {name!r} (version {current}) dont ce fichier ne provient pas ; récupérez-le d'abord (pull), ou envoyez sous un autre nom (--as {name}-copy)</translation>
    </message>
    <message>
        <source>team plan {name!r} is being edited by {holder} since {since}</source>
        <translation>le plan d'équipe {name!r} est en cours de modification par {holder} depuis {since}</translation>
    </message>
    <message>
        <source>the workspace {where} has no team plan {name!r}</source>
        <translation>l'espace d'équipe {where} n'a pas de plan d'équipe {name!r}</translation>
    </message>
    <message>
        <source>the workspace {where} has no team plan {name!r} any more (removed meanwhile?); push it as a new plan with --as</source>
        <translation>l'espace d'équipe {where} n'a plus de plan d'équipe {name!r} (supprimé entre-temps ?) ; envoyez-le comme nouveau plan avec --as</translation>
    </message>
    <message>
        <source>team plan {name!r} is at version {current} in the workspace, but this copy is based on version {base}: someone saved in between. Nothing was overwritten; keep yours as a copy (--as {name}-copy) or pull theirs</source>
        <translation>le plan d'équipe {name!r} est en version {current} dans l'espace d'équipe, mais cette copie part de la version {base} : quelqu'un a enregistré entre-temps. Rien n'a été écrasé ; gardez la vôtre comme copie (--as {name}-copy) ou récupérez l'autre (pull)</translation>
    </message>
    <message>
        <source>team plan {name!r} is being edited by {holder} since {since}; nothing was saved (try again when they are done, or keep yours as a copy)</source>
        <translation>le plan d'équipe {name!r} est en cours de modification par {holder} depuis {since} ; rien n'a été enregistré (réessayez quand ce sera fini, ou gardez votre version comme copie)</translation>
    </message>
    <message>
        <source>this is not an Erasmus+ Project Results export: no header row names both 'Project Identifier' and 'Coordinating organisation name'; audit reads the Commission's lists of funded projects (CSV or XLSX)</source>
        <translation>ce n'est pas un export de la plateforme Erasmus+ Project Results : aucune ligne d'en-tête ne nomme à la fois « Project Identifier » et « Coordinating organisation name » ; audit lit les listes de projets financés de la Commission (CSV ou XLSX)</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>ligne {row}</translation>
    </message>
    <message>
        <source>no funded project in the directory</source>
        <translation>aucun projet financé dans le répertoire</translation>
    </message>
    <message>
        <source>{experience}; one of several still missing</source>
        <translation>{experience} ; une de plusieurs encore manquantes</translation>
    </message>
    <message>
        <source>projects of this action: {same} ({field} in this field, {coordinated} as coordinator), newest {year}</source>
        <translation>projets de cette action : {same} ({field} dans ce domaine, {coordinated} comme coordinateur), le plus récent en {year}</translation>
    </message>
    <message>
        <source>no project of this action; funded projects of other actions: {total}</source>
        <translation>aucun projet de cette action ; projets financés d'autres actions : {total}</translation>
    </message>
    <message>
        <source>installing a launcher this way is for Linux desktops; on Windows and macOS the bundle (make bundle) is the application: see docs/desktop.md</source>
        <translation>installer un lanceur de cette façon est réservé aux bureaux Linux ; sous Windows et macOS, le paquet (make bundle) est l'application : voir docs/desktop.md</translation>
    </message>
    <message>
        <source>the folder cannot be created ({problem})</source>
        <translation>le dossier ne peut pas être créé ({problem})</translation>
    </message>
    <message>
        <source>cannot be removed ({problem})</source>
        <translation>ne peut pas être supprimé ({problem})</translation>
    </message>
    <message>
        <source>unknown role {value!r}; valid roles: {valid}</source>
        <translation>rôle {value!r} inconnu ; rôles valides : {valid}</translation>
    </message>
    <message>
        <source>entries {keep} and {other} are in different countries ({first}, {second}); one organisation is in one country: check the ids (directory duplicates lists likely pairs), or merge anyway with --any-country</source>
        <translation>les entrées {keep} et {other} sont dans des pays différents ({first}, {second}) ; une organisation est dans un seul pays : vérifiez les identifiants (directory duplicates liste les paires probables), ou fusionnez quand même avec --any-country</translation>
    </message>
    <message>
        <source>this is neither an Erasmus+ Project Results export (no header row names both 'Project Identifier' and 'Coordinating organisation name') nor a partner list ({problem})</source>
        <translation>ce n'est ni un export de la plateforme Erasmus+ Project Results (aucune ligne d'en-tête ne nomme à la fois « Project Identifier » et « Coordinating organisation name ») ni une liste de partenaires ({problem})</translation>
    </message>
    <message>
        <source>the same project is already on row {row}</source>
        <translation>le même projet figure déjà à la ligne {row}</translation>
    </message>
    <message>
        <source>no funded project {identifier} in the partner directory; import the Project Results list that holds it (erasmus-planner directory import FILE)</source>
        <translation>aucun projet financé {identifier} dans le répertoire des partenaires ; importez la liste Project Results qui le contient (erasmus-planner directory import FICHIER)</translation>
    </message>
    <message>
        <source>the funded project {identifier} is not a Key Action 2 partnership the planner knows ({what}); a plan cannot be made from it</source>
        <translation>le projet financé {identifier} n'est pas un partenariat de l'action clé 2 connu du planificateur ({what}) ; on ne peut pas en faire un plan</translation>
    </message>
    <message>
        <source>ECHE assumed: it took part in the funded project {identifier}; check the charter</source>
        <translation>ECHE supposée : il a participé au projet financé {identifier} ; vérifiez la charte</translation>
    </message>
    <message>
        <source>{count} organisations of the project are no longer in the directory and are missing from the plan</source>
        <translation>{count} organisations du projet ne sont plus dans le répertoire et manquent dans le plan</translation>
    </message>
    <message>
        <source>the project does not say its field; set to {field}, the first in which this consortium is eligible: change it if the project's main field was another</source>
        <translation>le projet n'indique pas son domaine ; fixé à {field}, le premier où ce consortium est éligible : changez-le si le domaine principal du projet était un autre</translation>
    </message>
    <message>
        <source>the project does not say its lot; set to {lot}, the first under which this consortium is eligible</source>
        <translation>le projet n'indique pas son lot ; fixé à {lot}, le premier pour lequel ce consortium est éligible</translation>
    </message>
    <message>
        <source>{name}: ECHE assumed (it took part in this funded project); check the charter</source>
        <translation>{name} : ECHE supposée (a participé à ce projet financé) ; vérifiez la charte</translation>
    </message>
    <message>
        <source>already in the plan as {name}</source>
        <translation>déjà présent dans le plan sous le nom {name}</translation>
    </message>
    <message>
        <source>repeats row {row} ({name})</source>
        <translation>doublon de la ligne {row} ({name})</translation>
    </message>
    <message>
        <source>an affiliated entity needs the name of its full partner; valid names: {valid}</source>
        <translation>une entité affiliée a besoin du nom de son partenaire à part entière ; noms valides : {valid}</translation>
    </message>
    <message>
        <source>names no applicant or full partner of the plan or of this list; valid names: {valid}</source>
        <translation>ne nomme ni le candidat ni un partenaire à part entière du plan ou de cette liste ; noms valides : {valid}</translation>
    </message>
    <message>
        <source>names {count} partners; give them distinct names</source>
        <translation>désigne {count} partenaires ; donnez-leur des noms distincts</translation>
    </message>
    <message>
        <source>{clash}; remove the row or the partner</source>
        <translation>{clash} ; supprimez la ligne ou le partenaire</translation>
    </message>
    <message>
        <source>{applicant} is already the applicant and exactly one partner applies; use partner or associated-partner</source>
        <translation>{applicant} est déjà candidat, et une seule organisation peut l'être ; indiquez partner ou associated-partner</translation>
    </message>
    <message>
        <source>the partner directory cannot be opened</source>
        <translation>l'annuaire des partenaires ne peut pas être ouvert</translation>
    </message>
    <message>
        <source>partners are imported from .csv or .xlsx spreadsheets</source>
        <translation>les partenaires s'importent depuis des tableurs .csv ou .xlsx</translation>
    </message>
    <message>
        <source>this is a spreadsheet, not a plan (plans are .json or .epplan files); to add the partners it lists to a plan: erasmus-planner import-partners {file} --into PLAN</source>
        <translation>c’est un tableur, pas un plan (les plans sont des fichiers .json ou .epplan) ; pour ajouter à un plan les partenaires qu’il contient : erasmus-planner import-partners {file} --into PLAN</translation>
    </message>
    <message>
        <source>unknown kind of file {suffix!r}; plans are .json or .epplan files</source>
        <translation>type de fichier {suffix!r} inconnu ; les plans sont des fichiers .json ou .epplan</translation>
    </message>
    <message>
        <source>no plan is open</source>
        <translation>aucun plan n'est ouvert</translation>
    </message>
    <message>
        <source>the plan has no file yet; choose where to save it</source>
        <translation>le plan n'a pas encore de fichier ; choisissez où l'enregistrer</translation>
    </message>
    <message>
        <source>the plan was opened read-only; save it under another name</source>
        <translation>le plan a été ouvert en lecture seule ; enregistrez-le sous un autre nom</translation>
    </message>
    <message>
        <source>unknown action {value!r}; actions: {valid}</source>
        <translation>action {value!r} inconnue ; actions : {valid}</translation>
    </message>
    <message>
        <source>unknown field {value!r}; fields: {valid}</source>
        <translation>domaine {value!r} inconnu ; domaines : {valid}</translation>
    </message>
    <message>
        <source>call year {value!r} is outside {first}-{last}</source>
        <translation>l'année d'appel {value!r} est hors de la plage {first}-{last}</translation>
    </message>
    <message>
        <source>{where} is not a team plan of the workspace {workspace}</source>
        <translation>{where} n'est pas un plan d'équipe de l'espace d'équipe {workspace}</translation>
    </message>
    <message>
        <source>the team workspace is not connected; connect it in Preferences ▸ Workspace</source>
        <translation>l'espace d'équipe n'est pas connecté ; connectez-le dans Préférences ▸ Espace d'équipe</translation>
    </message>
    <message>
        <source>no workspace given: use --workspace postgresql://user@host/database, or set {variable}</source>
        <translation>aucun espace d'équipe indiqué : utilisez --workspace postgresql://utilisateur@hôte/base, ou définissez {variable}</translation>
    </message>
    <message>
        <source>a team plan's name must not be empty or contain '/': {name!r}</source>
        <translation>le nom d'un plan d'équipe ne doit être ni vide ni contenir « / » : {name!r}</translation>
    </message>
    <message>
        <source>a team plan needs a name; give one with --as NAME</source>
        <translation>un plan d'équipe a besoin d'un nom ; donnez-le avec --as NOM</translation>
    </message>
    <message>
        <source>the screenshot is written as PNG: give a file name ending in .png</source>
        <translation>la capture d'écran est enregistrée au format PNG : indiquez un nom de fichier se terminant par .png</translation>
    </message>
    <message>
        <source>the screenshot could not be written there</source>
        <translation>la capture d'écran n'a pas pu être enregistrée à cet emplacement</translation>
    </message>
    <message>
        <source>--lang {value!r} is not an interface language; use one of {valid}</source>
        <translation>--lang {value!r} n'est pas une langue de l'interface ; utilisez l'une des suivantes : {valid}</translation>
    </message>
    <message>
        <source>this is not an ordinary file; the planner reads lists from ordinary files only</source>
        <translation type="vanished">ce n'est pas un fichier ordinaire ; le planificateur ne lit les listes que depuis des fichiers ordinaires</translation>
    </message>
    <message>
        <source>unknown role; valid roles: {valid} (or coordinator, associated; empty means partner)</source>
        <translation type="vanished">rôle inconnu ; rôles valides : {valid} (ou coordinator, associated ; une cellule vide vaut partner)</translation>
    </message>
    <message>
        <source>"duration_months" must be a whole number of months, or null</source>
        <translation type="vanished">"duration_months" doit être un nombre entier de mois, ou null</translation>
    </message>
    <message>
        <source>could not be brought up to date ({problem}); it is unchanged</source>
        <translation type="vanished">la mise à jour du fichier a échoué ({problem}) ; il est inchangé</translation>
    </message>
    <message>
        <source>an unknown version ({revision!r})</source>
        <translation type="vanished">version inconnue ({revision!r})</translation>
    </message>
</context>
</TS>
