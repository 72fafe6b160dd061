<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>rules</name>
    <message>
        <source>At least {min} organisations from {eligible} are required as applicant or full partners; the consortium has {count}{names}.</source>
        <translation>Mindestens {min} Organisationen aus {eligible} sind als Antragsteller oder Vollpartner erforderlich; das Konsortium hat {count}{names}.</translation>
    </message>
    <message>
        <source>Add {more} established in {eligible_one}; associated partners and organisations from other countries do not count.</source>
        <translation>Fügen Sie {more} mit Sitz in {eligible_one} hinzu; assoziierte Partner und Organisationen aus anderen Ländern zählen nicht.</translation>
    </message>
    <message>
        <source>Organisations from at least {min} different {eligible} are required; the consortium covers {count}{countries}.</source>
        <translation>Organisationen aus mindestens {min} verschiedenen {eligible} sind erforderlich; das Konsortium umfasst {count}{countries}.</translation>
    </message>
    <message>
        <source>Add a full partner {from_each_of} {more} not yet in the consortium.</source>
        <translation>Fügen Sie einen Vollpartner {from_each_of} {more} hinzu.</translation>
    </message>
    <message>
        <source>At least {min} of the countries must be EU Member States; the consortium covers {count}{countries}.</source>
        <translation>Mindestens {min} der Länder müssen EU-Mitgliedstaaten sein; das Konsortium umfasst {count}{countries}.</translation>
    </message>
    <message>
        <source>Add a full partner {from_each_of} {more} not yet in the consortium, or replace a partner from a non-EU country.</source>
        <translation>Fügen Sie einen Vollpartner {from_each_of} {more} hinzu oder ersetzen Sie einen Partner aus einem Nicht-EU-Land.</translation>
    </message>
    <message>
        <source>At least {min} {group} {required} as applicant or {full_partners} from {eligible}; the consortium has {count}{names}.</source>
        <translation>Mindestens {min} {group} aus {eligible} {required} als Antragsteller oder {full_partners} erforderlich; das Konsortium hat {count}{names}.</translation>
    </message>
    <message>
        <source>Add {more} {as_full_partners} from {eligible_one}: {examples}.</source>
        <translation>Fügen Sie {more} {as_full_partners} aus {eligible_one} hinzu: {examples}.</translation>
    </message>
    <message>
        <source>At most {max} organisations may take part; the consortium has {count}.</source>
        <translation>Höchstens {max} Organisationen dürfen teilnehmen; das Konsortium hat {count}.</translation>
    </message>
    <message>
        <source>Remove {more}, or choose an action without this limit.</source>
        <translation>Entfernen Sie {more} oder wählen Sie eine Aktion ohne diese Obergrenze.</translation>
    </message>
    <message>
        <source>Only {group} may take part in this action{offenders}.</source>
        <translation>An dieser Aktion dürfen nur {group} teilnehmen{offenders}.</translation>
    </message>
    <message>
        <source>Remove the organisations that are not {group}, or choose an action open to them.</source>
        <translation>Entfernen Sie die Organisationen, die keine {group} sind, oder wählen Sie eine Aktion, die ihnen offensteht.</translation>
    </message>
    <message>
        <source>Each participating country must have at least one of each: {group}{offenders}.</source>
        <translation>In jedem teilnehmenden Land muss jede dieser Arten mindestens einmal vertreten sein: {group}{offenders}.</translation>
    </message>
    <message>
        <source>The applicant must be established in {eligible_one}{offenders}.</source>
        <translation>Der Antragsteller muss seinen Sitz in {eligible_one} haben{offenders}.</translation>
    </message>
    <message>
        <source>Let an organisation from {eligible_one} apply on behalf of the consortium.</source>
        <translation>Lassen Sie eine Organisation aus {eligible_one} den Antrag im Namen des Konsortiums stellen.</translation>
    </message>
    <message>
        <source>Exactly one organisation applies on behalf of the consortium{offenders}.</source>
        <translation>Genau eine Organisation stellt den Antrag im Namen des Konsortiums{offenders}.</translation>
    </message>
    <message>
        <source>Mark exactly one organisation as the applicant (coordinator).</source>
        <translation>Markieren Sie genau eine Organisation als Antragsteller (Koordinator).</translation>
    </message>
    <message>
        <source>The applicant must be one of: {group}{offenders}.</source>
        <translation>Als Antragsteller kommen nur {group} infrage{offenders}.</translation>
    </message>
    <message>
        <source>Let {examples} apply on behalf of the consortium.</source>
        <translation>Lassen Sie {examples} den Antrag im Namen des Konsortiums stellen.</translation>
    </message>
    <message>
        <source>Higher education institutions established in {eligible} must hold a valid Erasmus Charter for Higher Education (ECHE){offenders}.</source>
        <translation>Hochschulen mit Sitz in {eligible} müssen eine gültige Erasmus-Charta für die Hochschulbildung (ECHE) besitzen{offenders}.</translation>
    </message>
    <message>
        <source>Confirm that each of these institutions holds an ECHE, or replace it.</source>
        <translation>Bestätigen Sie, dass jede dieser Hochschulen eine ECHE besitzt, oder ersetzen Sie sie.</translation>
    </message>
    <message>
        <source>Only organisations from {eligible} may take part{offenders}.</source>
        <translation>Nur Organisationen aus {eligible} dürfen teilnehmen{offenders}.</translation>
    </message>
    <message>
        <source>Remove the organisations from other countries.</source>
        <translation>Entfernen Sie die Organisationen aus anderen Ländern.</translation>
    </message>
    <message>
        <source>Organisations from countries other than {eligible} may take part only as associated partners{offenders}.</source>
        <translation>Organisationen aus anderen Ländern als {eligible} dürfen nur als assoziierte Partner teilnehmen{offenders}.</translation>
    </message>
    <message>
        <source>Make them associated partners, or replace them.</source>
        <translation>Machen Sie sie zu assoziierten Partnern oder ersetzen Sie sie.</translation>
    </message>
    <message>
        <source>Organisations from {countries} are not eligible for this action{offenders}.</source>
        <translation>Von dieser Aktion ausgeschlossene Länder: {countries}; Organisationen von dort sind nicht förderfähig{offenders}.</translation>
    </message>
    <message>
        <source>Remove them from the consortium.</source>
        <translation>Entfernen Sie sie aus dem Konsortium.</translation>
    </message>
    <message>
        <source>The applicant must have been legally established at least {min} years before the deadline ({deadline}){offenders}.</source>
        <translation>Der Antragsteller muss mindestens {min} Jahre vor Ablauf der Antragsfrist ({deadline}) rechtsgültig gegründet worden sein{offenders}.</translation>
    </message>
    <message>
        <source>Let a longer-established organisation apply, or enter the applicant's date of establishment.</source>
        <translation>Lassen Sie eine länger bestehende Organisation den Antrag stellen oder geben Sie das Gründungsdatum des Antragstellers ein.</translation>
    </message>
    <message>
        <source>{action} are open only in the calls {years}; this plan aims at the {year} call.</source>
        <translation>{action} gibt es in den Aufrufen {years}; dieser Plan zielt auf den Aufruf {year}.</translation>
    </message>
    <message>
        <source>Choose a call year in {years}, or the action that replaced it.</source>
        <translation>Wählen Sie ein Aufrufjahr in {years} oder die Aktion, die an ihre Stelle getreten ist.</translation>
    </message>
    <message>
        <source>Identifier not well formed{offenders}.</source>
        <translation>Kennung fehlerhaft{offenders}.</translation>
    </message>
    <message>
        <source>Copy the OID (E followed by 8 digits) and the PIC (9 digits) exactly as the registration system shows them.</source>
        <translation>Übernehmen Sie die OID (E gefolgt von 8 Ziffern) und die PIC (9 Ziffern) genau so, wie das Registrierungssystem sie anzeigt.</translation>
    </message>
    <message>
        <source>No {identifier} yet for{offenders}.</source>
        <translation>Noch keine {identifier} für{offenders}.</translation>
    </message>
    <message>
        <source>Ask these organisations to register and send their {identifier}; applications cannot be submitted without it.</source>
        <translation>Bitten Sie diese Organisationen, sich zu registrieren und ihre {identifier} zu schicken; ohne sie kann kein Antrag eingereicht werden.</translation>
    </message>
    <message>
        <source>The same organisation appears more than once{offenders}.</source>
        <translation>Dieselbe Organisation erscheint mehr als einmal{offenders}.</translation>
    </message>
    <message>
        <source>Remove the repeated entry; an organisation counts once.</source>
        <translation>Entfernen Sie den doppelten Eintrag; eine Organisation zählt nur einmal.</translation>
    </message>
    <message>
        <source>No ECHE is needed for higher education institutions outside {eligible}{offenders}.</source>
        <translation>Hochschulen außerhalb von {eligible} brauchen keine ECHE{offenders}.</translation>
    </message>
    <message>
        <source>Associated partners never count toward a minimum{offenders}; as full partners they would.</source>
        <translation>Assoziierte Partner zählen nie zu einer Mindestzahl{offenders}; als Vollpartner würden sie zählen.</translation>
    </message>
    <message>
        <source>If they will receive funding and share the work, change their role to full partner.</source>
        <translation>Wenn sie Fördermittel erhalten und an der Arbeit mitwirken, ändern Sie ihre Rolle in Vollpartner.</translation>
    </message>
    <message>
        <source>Not counted toward the minimums{offenders}.</source>
        <translation>Nicht auf die Mindestzahlen angerechnet{offenders}.</translation>
    </message>
    <message>
        <source>Affiliated entities exist from the {from} call; in the {year} call they cannot take part as such{offenders}.</source>
        <translation>Verbundene Einrichtungen gibt es erst ab der Ausschreibung {from}; in der Ausschreibung {year} können sie nicht als solche teilnehmen{offenders}.</translation>
    </message>
    <message>
        <source>Make each of them a full or an associated partner, remove them, or choose a call year from {from}.</source>
        <translation>Machen Sie jede zum Voll- oder assoziierten Partner, entfernen Sie sie oder wählen Sie ein Ausschreibungsjahr ab {from}.</translation>
    </message>
    <message>
        <source>Each affiliated entity must be linked to the applicant or a full partner of the plan{offenders}.</source>
        <translation>Jede verbundene Einrichtung muss mit dem Antragsteller oder einem Vollpartner des Plans verbunden sein{offenders}.</translation>
    </message>
    <message>
        <source>Choose the partner each one belongs to ({valid}), or give it another role.</source>
        <translation>Wählen Sie den Partner, zu dem sie gehört ({valid}), oder geben Sie ihr eine andere Rolle.</translation>
    </message>
    <message>
        <source>{group} are not counted as {counted_as} here{offenders}.</source>
        <translation>{group} werden hier nicht als {counted_as} gezählt{offenders}.</translation>
    </message>
    <message>
        <source>They count only where the Guide says so; add {examples} if the minimum is short.</source>
        <translation>Sie zählen nur, wo der Programmleitfaden es vorsieht; fügen Sie {examples} hinzu, wenn die Mindestzahl nicht erreicht ist.</translation>
    </message>
    <message>
        <source>{action} last {allowed}; this plan runs {months}.</source>
        <translation>{action} dauern {allowed}; dieser Plan läuft {months}.</translation>
    </message>
    <message>
        <source>Set the duration to {allowed}, or choose an action that allows {months}.</source>
        <translation>Legen Sie die Laufzeit auf {allowed} fest oder wählen Sie eine Aktion, die {months} zulässt.</translation>
    </message>
    <message>
        <source>At least {min} schools from {eligible} are required; the consortium has {count}{names}.</source>
        <translation>Mindestens {min} Schulen aus {eligible} sind erforderlich; das Konsortium hat {count}{names}.</translation>
    </message>
    <message>
        <source>Add {more} from {eligible_one}; only schools take part.</source>
        <translation>Fügen Sie {more} aus {eligible_one} hinzu; es nehmen nur Schulen teil.</translation>
    </message>
    <message>
        <source>At most {max} schools may take part; the consortium has {count}.</source>
        <translation>Höchstens {max} Schulen dürfen teilnehmen; das Konsortium hat {count}.</translation>
    </message>
    <message>
        <source>Remove {more}, or turn the project into a Strategic Partnership for school education.</source>
        <translation>Entfernen Sie {more} oder machen Sie aus dem Projekt eine Strategische Partnerschaft für die Schulbildung.</translation>
    </message>
    <message>
        <source>Only schools from {eligible} can take part{offenders}.</source>
        <translation>Nur Schulen aus {eligible} können teilnehmen{offenders}.</translation>
    </message>
    <message>
        <source>Remove the schools from other countries; Swiss schools could join only as extra, self-funded partners.</source>
        <translation>Entfernen Sie die Schulen aus anderen Ländern; Schweizer Schulen könnten nur als zusätzliche, selbst finanzierte Partner mitwirken.</translation>
    </message>
    <message>
        <source>{action} last {allowed}; up to 36 months only with long-term pupil mobility; this plan runs {months}.</source>
        <translation>{action} dauern {allowed}; bis zu 36 Monate nur mit Langzeitmobilität von Schülerinnen und Schülern; dieser Plan läuft {months}.</translation>
    </message>
    <message>
        <source>Keep the longer duration only if pupils will spend long periods abroad; otherwise set it to {allowed}.</source>
        <translation>Behalten Sie die längere Laufzeit nur bei, wenn Schülerinnen und Schüler längere Zeit im Ausland verbringen; andernfalls legen Sie sie auf {allowed} fest.</translation>
    </message>
    <message>
        <source>At least {min} independent organisations from {eligible} are required; the consortium has {count}{names}.</source>
        <translation>Mindestens {min} unabhängige Organisationen aus {eligible} sind erforderlich; das Konsortium hat {count}{names}.</translation>
    </message>
    <message>
        <source>Add a small, medium or large enterprise from any Programme Country (social enterprises count; consultancies and intermediaries count if they show experience in the field).</source>
        <translation>Fügen Sie ein kleines, mittleres oder großes Unternehmen aus einem beliebigen Programmland hinzu (Sozialunternehmen zählen; Beratungsunternehmen und Vermittler zählen, wenn sie Erfahrung in dem Bereich nachweisen).</translation>
    </message>
    <message>
        <source>Each participating country needs a VET provider, a body representing the sector, and a body with a regulatory function for education and training{offenders}.</source>
        <translation>Jedes teilnehmende Land braucht eine Einrichtung der beruflichen Bildung, eine Vertretung der Branche und eine Stelle mit Regulierungsfunktion für die allgemeine und berufliche Bildung{offenders}.</translation>
    </message>
    <message>
        <source>The alliance must cover at least {min} Programme Countries; its full partners are established in {count}{countries}.</source>
        <translation>Die Allianz muss mindestens {min} Programmländer abdecken; ihre Vollpartner haben ihren Sitz in {count}{countries}.</translation>
    </message>
    <message>
        <source>European-level sector organisations may cover more countries than their seat; state the coverage in the application, or add partners from {more}.</source>
        <translation>Europäische Branchenorganisationen können mehr Länder abdecken als ihr Sitzland; geben Sie die Abdeckung im Antrag an oder fügen Sie Partner aus {more} hinzu.</translation>
    </message>
    <message>
        <source>At least {min} full partners (beneficiaries) from {eligible} are required; the consortium has {count}{names}.</source>
        <translation>Mindestens {min} Vollpartner (Begünstigte) aus {eligible} sind erforderlich; das Konsortium hat {count}{names}.</translation>
    </message>
    <message>
        <source>Organisations from non-associated third countries outside Regions 1 to 3 may take part only as associated partners{offenders}.</source>
        <translation>Organisationen aus nicht assoziierten Drittländern außerhalb der Regionen 1 bis 3 dürfen nur als assoziierte Partner teilnehmen{offenders}.</translation>
    </message>
    <message>
        <source>At least {min} full partners from {eligible} are required; the consortium has {count}{names}.</source>
        <translation>Mindestens {min} Vollpartner aus {eligible} sind erforderlich; das Konsortium hat {count}{names}.</translation>
    </message>
    <message>
        <source>At least {min_countries} countries must each include at least one enterprise, industry or sector representative and at least one VET provider; the consortium has {complete}{complete_countries}{offenders}.</source>
        <translation>Mindestens {min_countries} Länder brauchen jeweils mindestens einen Vertreter von Unternehmen, Industrie oder Branche und mindestens eine Einrichtung der beruflichen Bildung; das Konsortium hat {complete}{complete_countries}{offenders}.</translation>
    </message>
    <message>
        <source>{action} normally last {allowed}; this plan runs {months}.</source>
        <translation>{action} dauern in der Regel {allowed}; dieser Plan läuft {months}.</translation>
    </message>
    <message>
        <source>Plan for {allowed} unless the call says otherwise.</source>
        <translation>Planen Sie {allowed} ein, sofern der Aufruf nichts anderes vorsieht.</translation>
    </message>
    <message>
        <source>Each participating country needs at least one enterprise, industry or sector representative and at least one VET provider{offenders}.</source>
        <translation type="vanished">Jedes teilnehmende Land braucht mindestens einen Vertreter von Unternehmen, Industrie oder Branche und mindestens eine Einrichtung der beruflichen Bildung{offenders}.</translation>
    </message>
</context>
<context>
    <name>findings</name>
    <message>
        <source>; {name} is established in {country}, a Programme Country in {year}</source>
        <translation>; Sitz von {name}: {country}, im Aufruf {year} ein Programmland</translation>
    </message>
    <message>
        <source>; {name} is established in {country}, a Partner Country in {year}</source>
        <translation>; Sitz von {name}: {country}, im Aufruf {year} ein Partnerland</translation>
    </message>
    <message>
        <source>; {name} is established in {country}, an EU Member State in {year}</source>
        <translation>; Sitz von {name}: {country}, im Aufruf {year} ein EU-Mitgliedstaat</translation>
    </message>
    <message>
        <source>; {name} is established in {country}, a third country associated to the Programme in {year}</source>
        <translation>; Sitz von {name}: {country}, im Aufruf {year} ein mit dem Programm assoziiertes Drittland</translation>
    </message>
    <message>
        <source>; {name} is established in {country}, a third country not associated to the Programme in {year}</source>
        <translation>; Sitz von {name}: {country}, im Aufruf {year} ein nicht mit dem Programm assoziiertes Drittland</translation>
    </message>
    <message>
        <source> (give the exact date to be sure)</source>
        <translation> (geben Sie zur Sicherheit das genaue Datum an)</translation>
    </message>
    <message>
        <source>; none is marked as applicant yet</source>
        <translation>; bisher ist keine als Antragsteller markiert</translation>
    </message>
    <message>
        <source>; {name} was established in {year}</source>
        <translation>; {name} wurde {year} gegründet</translation>
    </message>
    <message>
        <source>; the date of establishment of {name} is not given</source>
        <translation>; das Gründungsdatum von {name} ist nicht angegeben</translation>
    </message>
    <message>
        <source>; {value} is not a date (use YYYY or YYYY-MM-DD)</source>
        <translation>; {value} ist kein Datum (verwenden Sie JJJJ oder JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>; {name} was established on {date}</source>
        <translation>; {name} wurde am {date} gegründet</translation>
    </message>
    <message>
        <source>; {count} are marked as applicant: {names}</source>
        <translation>; {count} sind als Antragsteller markiert: {names}</translation>
    </message>
    <message>
        <source>; {items}</source>
        <translation>; {items}</translation>
    </message>
    <message>
        <source>Choose one of them.</source>
        <translation>Wählen Sie eine davon.</translation>
    </message>
    <message>
        <source>Clear the field.</source>
        <translation>Entfernen Sie den Bildungsbereich.</translation>
    </message>
    <message>
        <source>Clear the lot.</source>
        <translation>Entfernen Sie das Los.</translation>
    </message>
    <message>
        <source>{action} do not exist in the field {field}; fields: {choices}</source>
        <translation>{action} gibt es im Bereich {field} nicht; Bereiche: {choices}</translation>
    </message>
    <message>
        <source>The lot {lot} is not open in the {year} call{when}; lots that year: {choices}</source>
        <translation>Das Los {lot} ist im Aufruf {year} nicht offen{when}; Lose in diesem Jahr: {choices}</translation>
    </message>
    <message>
        <source>'{name}' projects exist in the calls {years}, not in {year}</source>
        <translation>Projekte vom Typ „{name}“ gibt es in den Aufrufen {years}, nicht im Aufruf {year}</translation>
    </message>
    <message>
        <source>{action} have no fields; the field {field} is ignored</source>
        <translation>{action} haben keine Bildungsbereiche; der Bereich {field} wird ignoriert</translation>
    </message>
    <message>
        <source>{action} have no lots in the {year} call; the lot {lot} does not apply</source>
        <translation>{action} haben im Aufruf {year} keine Lose; das Los {lot} entfällt</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>{action} have no project type {variant}; types: {choices}</source>
        <translation>{action} haben keinen Projekttyp {variant}; Typen: {choices}</translation>
    </message>
    <message>
        <source>'{name}' projects are not available in {field}</source>
        <translation>Projekte vom Typ „{name}“ gibt es im Bereich {field} nicht</translation>
    </message>
    <message>
        <source>{action} need a field: {choices}</source>
        <translation>{action} brauchen einen Bildungsbereich: {choices}</translation>
    </message>
    <message>
        <source>{action} of the {year} call are applied for in a lot: {choices}</source>
        <translation>{action} des Aufrufs {year} werden in einem Los beantragt: {choices}</translation>
    </message>
    <message>
        <source> (it exists in the calls {years})</source>
        <translation> (es ist in den Aufrufen {years} offen)</translation>
    </message>
    <message>
        <source>{organisation} has none recorded</source>
        <translation>{organisation}: keine ECHE eingetragen</translation>
    </message>
    <message numerus="yes">
        <source>{n} more EU Member State</source>
        <extracomment>Value of {more} in the hints 'Add a full partner {from_each_of} {more} not yet in the consortium.' and '... or add partners from {more}.'; write it to fit your templates (it may carry 'not yet in the consortium'). English plural: {n} more EU Member States</extracomment>
        <translation>
            <numerusform>{n} weiteren, noch nicht im Konsortium vertretenen EU-Mitgliedstaat</numerusform>
            <numerusform>{n} weiteren, noch nicht im Konsortium vertretenen EU-Mitgliedstaaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} more full partner</source>
        <extracomment>English plural: {n} more full partners</extracomment>
        <translation>
            <numerusform>{n} weiteren Vollpartner</numerusform>
            <numerusform>{n} weitere Vollpartner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} more Programme Country</source>
        <extracomment>Value of {more} in the hints 'Add a full partner {from_each_of} {more} not yet in the consortium.' and '... or add partners from {more}.'; write it to fit your templates (it may carry 'not yet in the consortium'). English plural: {n} more Programme Countries</extracomment>
        <translation>
            <numerusform>{n} weiteren, noch nicht im Konsortium vertretenen Programmland</numerusform>
            <numerusform>{n} weiteren, noch nicht im Konsortium vertretenen Programmländern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} more EU Member State or associated country</source>
        <extracomment>Value of {more} in the hints 'Add a full partner {from_each_of} {more} not yet in the consortium.' and '... or add partners from {more}.'; write it to fit your templates (it may carry 'not yet in the consortium'). English plural: {n} more EU Member States or associated countries</extracomment>
        <translation>
            <numerusform>{n} weiteren, noch nicht im Konsortium vertretenen EU-Mitgliedstaat oder assoziierten Drittland</numerusform>
            <numerusform>{n} weiteren, noch nicht im Konsortium vertretenen EU-Mitgliedstaaten oder assoziierten Drittländern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} organisation</source>
        <extracomment>English plural: {n} organisations</extracomment>
        <translation>
            <numerusform>{n} Organisation</numerusform>
            <numerusform>{n} Organisationen</numerusform>
        </translation>
    </message>
    <message>
        <source>from each of</source>
        <extracomment>{from_each_of} when several countries are missing.</extracomment>
        <translation>aus jedem von</translation>
    </message>
    <message>
        <source>from</source>
        <extracomment>{from_each_of} when one country is missing: 'Add a full partner {from_each_of} {more} ...'.</extracomment>
        <translation>aus</translation>
    </message>
    <message numerus="yes">
        <source>{n} month</source>
        <extracomment>English plural: {n} months</extracomment>
        <translation>
            <numerusform>{n} Monat</numerusform>
            <numerusform>{n} Monate</numerusform>
        </translation>
    </message>
    <message>
        <source>{min} to {max} months</source>
        <translation>{min} bis {max} Monate</translation>
    </message>
    <message>
        <source>{first} or {second} months</source>
        <translation>{first} oder {second} Monate</translation>
    </message>
    <message>
        <source>{name} (associated partner)</source>
        <translation>{name} (assoziierter Partner)</translation>
    </message>
    <message>
        <source>{name} (affiliated entity of {partner})</source>
        <translation>{name} (verbundene Einrichtung von {partner})</translation>
    </message>
    <message>
        <source>{name} ({country}: {status})</source>
        <translation>{name} ({country}: {status})</translation>
    </message>
    <message>
        <source>an OID starts with the letter E, followed by 8 digits (for example E10123456)</source>
        <translation>eine OID beginnt mit dem Buchstaben E, gefolgt von 8 Ziffern (zum Beispiel E10123456)</translation>
    </message>
    <message>
        <source>after the E an OID has digits only (for example E10123456)</source>
        <translation>nach dem E enthält eine OID nur Ziffern (zum Beispiel E10123456)</translation>
    </message>
    <message>
        <source>an OID has exactly 8 digits after the E; this one has {n}</source>
        <translation>eine OID hat genau 8 Ziffern nach dem E; diese hat {n}</translation>
    </message>
    <message>
        <source>a PIC has digits only: 9 of them (for example 949999999)</source>
        <translation>eine PIC besteht nur aus Ziffern, genau 9 (zum Beispiel 949999999)</translation>
    </message>
    <message>
        <source>a PIC has exactly 9 digits; this one has {n}</source>
        <translation>eine PIC hat genau 9 Ziffern; diese hat {n}</translation>
    </message>
    <message>
        <source>{name}: {identifier} {value}, {problem}</source>
        <translation>{name}: {identifier} {value} – {problem}</translation>
    </message>
    <message>
        <source>: {items}</source>
        <extracomment>A list after a colon (French: ' : ').</extracomment>
        <translation>: {items}</translation>
    </message>
    <message>
        <source>same name in {country}</source>
        <translation>gleicher Name, Land: {country}</translation>
    </message>
    <message>
        <source>same {identifier} {value}</source>
        <translation>gleiche {identifier} {value}</translation>
    </message>
    <message numerus="yes">
        <source>{n} more school</source>
        <extracomment>English plural: {n} more schools</extracomment>
        <translation>
            <numerusform>{n} weitere Schule</numerusform>
            <numerusform>{n} weitere Schulen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} more higher education institution</source>
        <extracomment>English plural: {n} more higher education institutions</extracomment>
        <translation>
            <numerusform>{n} weitere Hochschule</numerusform>
            <numerusform>{n} weitere Hochschulen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} more VET provider</source>
        <extracomment>English plural: {n} more VET providers</extracomment>
        <translation>
            <numerusform>{n} weitere Einrichtung der beruflichen Bildung</numerusform>
            <numerusform>{n} weitere Einrichtungen der beruflichen Bildung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} more enterprise</source>
        <extracomment>English plural: {n} more enterprises</extracomment>
        <translation>
            <numerusform>{n} weiteres Unternehmen</numerusform>
            <numerusform>{n} weitere Unternehmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} more enterprise, industry or sector representative</source>
        <extracomment>English plural: {n} more enterprises, industry or sector representatives</extracomment>
        <translation>
            <numerusform>{n} weiteren Vertreter von Unternehmen, Industrie oder Branche</numerusform>
            <numerusform>{n} weitere Vertreter von Unternehmen, Industrie oder Branche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} more labour-market actor</source>
        <extracomment>English plural: {n} more labour-market actors</extracomment>
        <translation>
            <numerusform>{n} weiteren Akteur des Arbeitsmarkts</numerusform>
            <numerusform>{n} weitere Akteure des Arbeitsmarkts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} more education and training provider</source>
        <extracomment>English plural: {n} more education and training providers</extracomment>
        <translation>
            <numerusform>{n} weitere Bildungseinrichtung</numerusform>
            <numerusform>{n} weitere Bildungseinrichtungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} more body with a regulatory function</source>
        <extracomment>English plural: {n} more bodies with a regulatory function</extracomment>
        <translation>
            <numerusform>{n} weitere Stelle mit Regulierungsfunktion</numerusform>
            <numerusform>{n} weitere Stellen mit Regulierungsfunktion</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} more public body</source>
        <extracomment>English plural: {n} more public bodies</extracomment>
        <translation>
            <numerusform>{n} weitere öffentliche Einrichtung</numerusform>
            <numerusform>{n} weitere öffentliche Einrichtungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} more youth organisation or group</source>
        <extracomment>English plural: {n} more youth organisations or groups</extracomment>
        <translation>
            <numerusform>{n} weitere Jugendorganisation oder -gruppe</numerusform>
            <numerusform>{n} weitere Jugendorganisationen oder -gruppen</numerusform>
        </translation>
    </message>
    <message>
        <source>a school</source>
        <translation>eine Schule</translation>
    </message>
    <message>
        <source>a higher education institution</source>
        <translation>eine Hochschule</translation>
    </message>
    <message>
        <source>a VET provider</source>
        <translation>eine Einrichtung der beruflichen Bildung</translation>
    </message>
    <message>
        <source>an enterprise</source>
        <translation>ein Unternehmen</translation>
    </message>
    <message>
        <source>an enterprise, industry or sector representative</source>
        <translation>ein Vertreter von Unternehmen, Industrie oder Branche</translation>
    </message>
    <message>
        <source>a labour-market actor</source>
        <translation>ein Akteur des Arbeitsmarkts</translation>
    </message>
    <message>
        <source>an education and training provider</source>
        <translation>eine Bildungseinrichtung</translation>
    </message>
    <message>
        <source>a body with a regulatory function</source>
        <translation>eine Stelle mit Regulierungsfunktion</translation>
    </message>
    <message>
        <source>a public body</source>
        <translation>eine öffentliche Einrichtung</translation>
    </message>
    <message>
        <source>a youth organisation or group</source>
        <translation>eine Jugendorganisation oder -gruppe</translation>
    </message>
    <message numerus="yes">
        <source>is required</source>
        <extracomment>{required} in 'At least {min} {group} {required} as applicant or {full_partners} from {eligible}'; agrees with {min}. It may be the verb alone if the template holds the rest. English plural: are required</extracomment>
        <translation>
            <numerusform>ist</numerusform>
            <numerusform>sind</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>full partner</source>
        <extracomment>English plural: full partners</extracomment>
        <translation>
            <numerusform>Vollpartner</numerusform>
            <numerusform>Vollpartner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>as a full partner</source>
        <extracomment>English plural: as full partners</extracomment>
        <translation>
            <numerusform>als Vollpartner</numerusform>
            <numerusform>als Vollpartner</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} is {a_type}</source>
        <extracomment>{a_type}: in English the type with 'a'/'an'; in other languages the type's label alone, so write it as a label.</extracomment>
        <translation>{name} ist vom Typ „{a_type}“</translation>
    </message>
    <message>
        <source>{country} lacks {groups}</source>
        <translation>{country}: es fehlt {groups}</translation>
    </message>
    <message>
        <source>in {country}, add {examples}</source>
        <translation>{country}: {examples} hinzufügen</translation>
    </message>
    <message>
        <source>Not required beyond the {min} countries of the minimum configuration; where you can: {items}.</source>
        <translation>Über die {min} Länder der Mindestzusammensetzung hinaus nicht verlangt; wo möglich: {items}.</translation>
    </message>
    <message>
        <source>Per country: {items}.</source>
        <translation>Pro Land – {items}.</translation>
    </message>
    <message>
        <source>{items} and {last}</source>
        <translation>{items} und {last}</translation>
    </message>
    <message>
        <source>; </source>
        <extracomment>Separator between clauses (French: ' ; ').</extracomment>
        <translation>; </translation>
    </message>
    <message numerus="yes">
        <source>{items} and {n} more</source>
        <extracomment>The end of a long list of names. English plural: {items} and {n} more</extracomment>
        <translation>
            <numerusform>{items} und {n} weitere</numerusform>
            <numerusform>{items} und {n} weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vocabulary</name>
    <message>
        <source>Programme Countries</source>
        <extracomment>{eligible} of the rules templates ('from {eligible}', 'established in {eligible}', 'outside {eligible}'): the form your templates need (German: dative plural).</extracomment>
        <translation>Programmländern</translation>
    </message>
    <message>
        <source>a Programme Country</source>
        <extracomment>{eligible_one} of the rules templates ('established in {eligible_one}', 'from {eligible_one}').</extracomment>
        <translation>einem Programmland</translation>
    </message>
    <message>
        <source>EU Member States or associated countries</source>
        <extracomment>{eligible} of the rules templates, 2021+ calls.</extracomment>
        <translation>EU-Mitgliedstaaten oder assoziierten Drittländern</translation>
    </message>
    <message>
        <source>an EU Member State or associated country</source>
        <extracomment>{eligible_one} of the rules templates, 2021+ calls.</extracomment>
        <translation>einem EU-Mitgliedstaat oder assoziierten Drittland</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <extracomment>A written date, e.g. the application deadline.</extracomment>
        <translation>{day}. {month} {year}</translation>
    </message>
    <message>
        <source>January</source>
        <translation>Januar</translation>
    </message>
    <message>
        <source>February</source>
        <translation>Februar</translation>
    </message>
    <message>
        <source>March</source>
        <translation>März</translation>
    </message>
    <message>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <source>June</source>
        <translation>Juni</translation>
    </message>
    <message>
        <source>July</source>
        <translation>Juli</translation>
    </message>
    <message>
        <source>August</source>
        <translation>August</translation>
    </message>
    <message>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <source>October</source>
        <translation>Oktober</translation>
    </message>
    <message>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <source>December</source>
        <translation>Dezember</translation>
    </message>
    <message>
        <source>School / general education (pre-primary to upper secondary)</source>
        <translation>Schule / allgemeine Bildung (Vorschule bis Sekundarstufe II)</translation>
    </message>
    <message>
        <source>Vocational education and training provider</source>
        <translation>Einrichtung der beruflichen Bildung</translation>
    </message>
    <message>
        <source>Higher education institution (HEI)</source>
        <translation>Hochschule</translation>
    </message>
    <message>
        <source>Adult education provider</source>
        <translation>Einrichtung der Erwachsenenbildung</translation>
    </message>
    <message>
        <source>Youth organisation or youth council</source>
        <translation>Jugendorganisation oder Jugendrat</translation>
    </message>
    <message>
        <source>Informal group of young people</source>
        <translation>Informelle Gruppe junger Menschen</translation>
    </message>
    <message>
        <source>Small or medium-sized enterprise</source>
        <translation>Kleines oder mittleres Unternehmen (KMU)</translation>
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
        <source>Local public body (municipality, local school authority)</source>
        <translation>Lokale öffentliche Einrichtung (Gemeinde, örtliche Schulbehörde)</translation>
    </message>
    <message>
        <source>Regional public body (incl. regional school authority)</source>
        <translation>Regionale öffentliche Einrichtung (auch regionale Schulbehörde)</translation>
    </message>
    <message>
        <source>National public body (ministry, government agency)</source>
        <translation>Nationale öffentliche Einrichtung (Ministerium, Behörde)</translation>
    </message>
    <message>
        <source>Non-governmental organisation / association</source>
        <translation>Nichtregierungsorganisation / Verein</translation>
    </message>
    <message>
        <source>European NGO or EU-wide network</source>
        <translation>Europäische NRO oder EU-weites Netzwerk</translation>
    </message>
    <message>
        <source>Foundation</source>
        <translation>Stiftung</translation>
    </message>
    <message>
        <source>Research institute / centre</source>
        <translation>Forschungsinstitut / -zentrum</translation>
    </message>
    <message>
        <source>Social partner: chamber of commerce, industry or crafts, trade union, employers' or trade association</source>
        <translation>Sozialpartner: Industrie-, Handels- oder Handwerkskammer, Gewerkschaft, Arbeitgeber- oder Berufsverband</translation>
    </message>
    <message>
        <source>Accreditation, certification or qualification body</source>
        <translation>Akkreditierungs-, Zertifizierungs- oder Qualifizierungsstelle</translation>
    </message>
    <message>
        <source>Career guidance, counselling or information service</source>
        <translation>Berufsberatung, Beratungs- oder Informationsdienst</translation>
    </message>
    <message>
        <source>Other organisation</source>
        <translation>Sonstige Organisation</translation>
    </message>
    <message>
        <source>Applicant (coordinator)</source>
        <translation>Antragsteller (Koordinator)</translation>
    </message>
    <message>
        <source>Full partner</source>
        <translation>Vollpartner</translation>
    </message>
    <message>
        <source>Associated partner</source>
        <translation>Assoziierter Partner</translation>
    </message>
    <message>
        <source>Affiliated entity</source>
        <translation>Verbundene Einrichtung</translation>
    </message>
    <message>
        <source>School education</source>
        <translation>Schulbildung</translation>
    </message>
    <message>
        <source>Vocational education and training</source>
        <translation>Berufliche Bildung</translation>
    </message>
    <message>
        <source>Higher education</source>
        <translation>Hochschulbildung</translation>
    </message>
    <message>
        <source>Adult education</source>
        <translation>Erwachsenenbildung</translation>
    </message>
    <message>
        <source>Youth</source>
        <translation>Jugend</translation>
    </message>
    <message>
        <source>Flemish Community</source>
        <translation>Flämische Gemeinschaft</translation>
    </message>
    <message>
        <source>French Community</source>
        <translation>Französische Gemeinschaft</translation>
    </message>
    <message>
        <source>German-speaking Community</source>
        <translation>Deutschsprachige Gemeinschaft</translation>
    </message>
    <message>
        <source>a school</source>
        <translation>eine Schule</translation>
    </message>
    <message>
        <source>a university or other higher education institution</source>
        <translation>eine Universität oder eine andere Hochschule</translation>
    </message>
    <message>
        <source>a VET college or other vocational education and training provider</source>
        <translation>eine Berufsschule oder eine andere Einrichtung der beruflichen Bildung</translation>
    </message>
    <message>
        <source>a small, medium or large enterprise (social enterprises count)</source>
        <translation>ein kleines, mittleres oder großes Unternehmen (Sozialunternehmen zählen mit)</translation>
    </message>
    <message>
        <source>an enterprise, a chamber or a trade association of the sector</source>
        <translation>ein Unternehmen, eine Kammer oder einen Branchenverband des Sektors</translation>
    </message>
    <message>
        <source>an enterprise, a chamber, a trade union or a trade association</source>
        <translation>ein Unternehmen, eine Kammer, eine Gewerkschaft oder einen Berufsverband</translation>
    </message>
    <message>
        <source>a school, VET provider, higher education institution or adult education provider</source>
        <translation>eine Schule, eine Einrichtung der beruflichen Bildung, eine Hochschule oder eine Einrichtung der Erwachsenenbildung</translation>
    </message>
    <message>
        <source>a public authority or a qualification body responsible for education and training</source>
        <translation>eine Behörde oder eine für die allgemeine und berufliche Bildung zuständige Qualifizierungsstelle</translation>
    </message>
    <message>
        <source>a local, regional or national public body</source>
        <translation>eine lokale, regionale oder nationale öffentliche Einrichtung</translation>
    </message>
    <message>
        <source>a youth organisation or a group of young people</source>
        <translation>eine Jugendorganisation oder eine Gruppe junger Menschen</translation>
    </message>
    <message>
        <source>Programme Country</source>
        <translation>Programmland</translation>
    </message>
    <message>
        <source>Partner Country</source>
        <translation>Partnerland</translation>
    </message>
    <message>
        <source>EU Member State</source>
        <translation>EU-Mitgliedstaat</translation>
    </message>
    <message>
        <source>third country associated to the Programme</source>
        <translation>mit dem Programm assoziiertes Drittland</translation>
    </message>
    <message>
        <source>third country not associated to the Programme</source>
        <translation>nicht mit dem Programm assoziiertes Drittland</translation>
    </message>
    <message numerus="yes">
        <source>school</source>
        <extracomment>Without the number: it follows {min} or stands alone. English plural: schools</extracomment>
        <translation>
            <numerusform>Schule</numerusform>
            <numerusform>Schulen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>higher education institution</source>
        <extracomment>Without the number: it follows {min} or stands alone. English plural: higher education institutions</extracomment>
        <translation>
            <numerusform>Hochschule</numerusform>
            <numerusform>Hochschulen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>VET provider</source>
        <extracomment>Without the number: it follows {min} or stands alone. English plural: VET providers</extracomment>
        <translation>
            <numerusform>Einrichtung der beruflichen Bildung</numerusform>
            <numerusform>Einrichtungen der beruflichen Bildung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>enterprise</source>
        <extracomment>Without the number: it follows {min} or stands alone. English plural: enterprises</extracomment>
        <translation>
            <numerusform>Unternehmen</numerusform>
            <numerusform>Unternehmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>enterprise, industry or sector representative</source>
        <extracomment>Without the number: it follows {min} or stands alone. English plural: enterprises, industry or sector representatives</extracomment>
        <translation>
            <numerusform>Vertreter von Unternehmen, Industrie oder Branche</numerusform>
            <numerusform>Vertreter von Unternehmen, Industrie oder Branche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>labour-market actor</source>
        <extracomment>Without the number: it follows {min} or stands alone. English plural: labour-market actors</extracomment>
        <translation>
            <numerusform>Akteur des Arbeitsmarkts</numerusform>
            <numerusform>Akteure des Arbeitsmarkts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>education and training provider</source>
        <extracomment>Without the number: it follows {min} or stands alone. English plural: education and training providers</extracomment>
        <translation>
            <numerusform>Bildungseinrichtung</numerusform>
            <numerusform>Bildungseinrichtungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>body with a regulatory function</source>
        <extracomment>Without the number: it follows {min} or stands alone. English plural: bodies with a regulatory function</extracomment>
        <translation>
            <numerusform>Stelle mit Regulierungsfunktion</numerusform>
            <numerusform>Stellen mit Regulierungsfunktion</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>public body</source>
        <extracomment>Without the number: it follows {min} or stands alone. English plural: public bodies</extracomment>
        <translation>
            <numerusform>öffentliche Einrichtung</numerusform>
            <numerusform>öffentliche Einrichtungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>youth organisation or group</source>
        <extracomment>Without the number: it follows {min} or stands alone. English plural: youth organisations or groups</extracomment>
        <translation>
            <numerusform>Jugendorganisation oder -gruppe</numerusform>
            <numerusform>Jugendorganisationen oder -gruppen</numerusform>
        </translation>
    </message>
    <message>
        <source>Action open in the call year</source>
        <extracomment>A rule's short title in Help ▸ Rules.</extracomment>
        <translation>Aktion im Aufrufjahr geöffnet</translation>
    </message>
    <message>
        <source>Affiliated entities before 2021</source>
        <extracomment>A rule's short title in Help ▸ Rules.</extracomment>
        <translation>Verbundene Einrichtungen vor 2021</translation>
    </message>
    <message>
        <source>Affiliated entities linked to a full partner</source>
        <extracomment>A rule's short title in Help ▸ Rules.</extracomment>
        <translation>Verbundene Einrichtungen mit einem Vollpartner verknüpft</translation>
    </message>
    <message>
        <source>Applicant's country</source>
        <extracomment>A rule's short title in Help ▸ Rules.</extracomment>
        <translation>Land des Antragstellers</translation>
    </message>
    <message>
        <source>Applicant established long enough</source>
        <extracomment>A rule's short title in Help ▸ Rules.</extracomment>
        <translation>Antragsteller lange genug gegründet</translation>
    </message>
    <message>
        <source>Associated partners that could count</source>
        <extracomment>A rule's short title in Help ▸ Rules.</extracomment>
        <translation>Assoziierte Partner, die zählen könnten</translation>
    </message>
    <message>
        <source>Countries covered</source>
        <extracomment>A rule's short title in Help ▸ Rules.</extracomment>
        <translation>Abgedeckte Länder</translation>
    </message>
    <message>
        <source>Organisations entered twice</source>
        <extracomment>A rule's short title in Help ▸ Rules.</extracomment>
        <translation>Doppelt erfasste Organisationen</translation>
    </message>
    <message>
        <source>Project duration</source>
        <extracomment>A rule's short title in Help ▸ Rules.</extracomment>
        <translation>Projektlaufzeit</translation>
    </message>
    <message>
        <source>Duration beyond 24 months</source>
        <extracomment>A rule's short title in Help ▸ Rules.</extracomment>
        <translation>Laufzeit über 24 Monate</translation>
    </message>
    <message>
        <source>Erasmus Charter for Higher Education</source>
        <extracomment>A rule's short title in Help ▸ Rules.</extracomment>
        <translation>Erasmus-Charta für die Hochschulbildung</translation>
    </message>
    <message>
        <source>No charter needed outside eligible countries</source>
        <extracomment>A rule's short title in Help ▸ Rules.</extracomment>
        <translation>Keine Charta außerhalb der förderfähigen Länder nötig</translation>
    </message>
    <message>
        <source>Excluded countries</source>
        <extracomment>A rule's short title in Help ▸ Rules.</extracomment>
        <translation>Ausgeschlossene Länder</translation>
    </message>
    <message>
        <source>Field of the action</source>
        <extracomment>A rule's short title in Help ▸ Rules.</extracomment>
        <translation>Bildungsbereich der Aktion</translation>
    </message>
    <message>
        <source>Registration identifiers present</source>
        <extracomment>A rule's short title in Help ▸ Rules.</extracomment>
        <translation>Registrierungsnummern vorhanden</translation>
    </message>
    <message>
        <source>Lot of the call</source>
        <extracomment>A rule's short title in Help ▸ Rules.</extracomment>
        <translation>Los des Aufrufs</translation>
    </message>
    <message>
        <source>Largest number of organisations</source>
        <extracomment>A rule's short title in Help ▸ Rules.</extracomment>
        <translation>Höchstzahl an Organisationen</translation>
    </message>
    <message>
        <source>Smallest number of countries</source>
        <extracomment>A rule's short title in Help ▸ Rules.</extracomment>
        <translation>Mindestzahl an Ländern</translation>
    </message>
    <message>
        <source>Education and training providers</source>
        <extracomment>A rule's short title in Help ▸ Rules.</extracomment>
        <translation>Bildungs- und Ausbildungseinrichtungen</translation>
    </message>
    <message>
        <source>Enterprises</source>
        <extracomment>A rule's short title in Help ▸ Rules.</extracomment>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>EU Member States among the countries</source>
        <extracomment>A rule's short title in Help ▸ Rules.</extracomment>
        <translation>EU-Mitgliedstaaten unter den Ländern</translation>
    </message>
    <message>
        <source>Higher education institutions</source>
        <extracomment>A rule's short title in Help ▸ Rules.</extracomment>
        <translation>Hochschulen</translation>
    </message>
    <message>
        <source>Labour-market actors</source>
        <extracomment>A rule's short title in Help ▸ Rules.</extracomment>
        <translation>Akteure des Arbeitsmarkts</translation>
    </message>
    <message>
        <source>Smallest number of organisations</source>
        <extracomment>A rule's short title in Help ▸ Rules.</extracomment>
        <translation>Mindestzahl an Organisationen</translation>
    </message>
    <message>
        <source>Enterprises and sector representatives</source>
        <extracomment>A rule's short title in Help ▸ Rules.</extracomment>
        <translation>Unternehmen und Branchenvertreter</translation>
    </message>
    <message>
        <source>VET providers</source>
        <extracomment>A rule's short title in Help ▸ Rules.</extracomment>
        <translation>Berufsbildungseinrichtungen</translation>
    </message>
    <message>
        <source>Non-associated countries only as associated partners</source>
        <extracomment>A rule's short title in Help ▸ Rules.</extracomment>
        <translation>Nicht assoziierte Länder nur als assoziierte Partner</translation>
    </message>
    <message>
        <source>Organisations that do not count</source>
        <extracomment>A rule's short title in Help ▸ Rules.</extracomment>
        <translation>Organisationen, die nicht zählen</translation>
    </message>
    <message>
        <source>Identifiers well formed</source>
        <extracomment>A rule's short title in Help ▸ Rules.</extracomment>
        <translation>Nummern korrekt aufgebaut</translation>
    </message>
    <message>
        <source>Only eligible countries</source>
        <extracomment>A rule's short title in Help ▸ Rules.</extracomment>
        <translation>Nur förderfähige Länder</translation>
    </message>
    <message>
        <source>Only Programme Countries</source>
        <extracomment>A rule's short title in Help ▸ Rules.</extracomment>
        <translation>Nur Programmländer</translation>
    </message>
    <message>
        <source>Only schools</source>
        <extracomment>A rule's short title in Help ▸ Rules.</extracomment>
        <translation>Nur Schulen</translation>
    </message>
    <message>
        <source>VET provider and employer in every country</source>
        <extracomment>A rule's short title in Help ▸ Rules.</extracomment>
        <translation>Berufsbildungseinrichtung und Arbeitgeber in jedem Land</translation>
    </message>
    <message>
        <source>Public bodies as labour-market actors</source>
        <extracomment>A rule's short title in Help ▸ Rules.</extracomment>
        <translation>Öffentliche Stellen als Akteure des Arbeitsmarkts</translation>
    </message>
    <message>
        <source>Exactly one applicant</source>
        <extracomment>A rule's short title in Help ▸ Rules.</extracomment>
        <translation>Genau ein Antragsteller</translation>
    </message>
    <message>
        <source>The trio in every country</source>
        <extracomment>A rule's short title in Help ▸ Rules.</extracomment>
        <translation>Das Trio in jedem Land</translation>
    </message>
    <message>
        <source>Project type</source>
        <extracomment>A rule's short title in Help ▸ Rules.</extracomment>
        <translation>Projektart</translation>
    </message>
    <message>
        <source>Strategic Partnerships</source>
        <extracomment>Action name (2014-2020 programme).</extracomment>
        <translation>Strategische Partnerschaften</translation>
    </message>
    <message>
        <source>Cooperation between organisations from Programme Countries to develop, transfer or implement innovative practices; applied for at the National Agency of the applicant's country.</source>
        <extracomment>One-line description of Strategic Partnerships, under the action picker.</extracomment>
        <translation>Zusammenarbeit von Organisationen aus Programmländern, um innovative Verfahren zu entwickeln, zu übertragen oder umzusetzen; beantragt bei der Nationalen Agentur im Land des Antragstellers.</translation>
    </message>
    <message>
        <source>Supporting innovation</source>
        <extracomment>A lot or project type of Strategic Partnerships.</extracomment>
        <translation>Förderung von Innovation</translation>
    </message>
    <message>
        <source>Supporting exchange of good practices</source>
        <extracomment>A lot or project type of Strategic Partnerships.</extracomment>
        <translation>Förderung des Austauschs bewährter Verfahren</translation>
    </message>
    <message>
        <source>School-to-school Strategic Partnerships</source>
        <extracomment>Action name (2014-2020 programme).</extracomment>
        <translation>Strategische Partnerschaften zwischen Schulen</translation>
    </message>
    <message>
        <source>Strategic Partnerships between schools only; the coordinating school applies and each school signs its own grant agreement with its National Agency.</source>
        <extracomment>One-line description of School-to-school Strategic Partnerships, under the action picker.</extracomment>
        <translation>Strategische Partnerschaften nur zwischen Schulen; die koordinierende Schule stellt den Antrag, und jede Schule schließt ihre eigene Finanzhilfevereinbarung mit ihrer Nationalen Agentur.</translation>
    </message>
    <message>
        <source>School Exchange Partnerships</source>
        <extracomment>Action name (2014-2020 programme).</extracomment>
        <translation>Schulaustauschpartnerschaften</translation>
    </message>
    <message>
        <source>Exchanges of pupils and staff between 2 to 6 schools from Programme Countries; the coordinating school applies on behalf of all.</source>
        <extracomment>One-line description of School Exchange Partnerships, under the action picker.</extracomment>
        <translation>Austausch von Schülerinnen, Schülern und Personal zwischen 2 bis 6 Schulen aus Programmländern; die koordinierende Schule stellt den Antrag für alle.</translation>
    </message>
    <message>
        <source>Partnerships for Digital Education Readiness</source>
        <extracomment>Action name (2014-2020 programme).</extracomment>
        <translation>Partnerschaften für die Bereitschaft zur digitalen Bildung</translation>
    </message>
    <message>
        <source>The 2020 additional call (COVID-19) for digital education in schools, VET and higher education; applied for at the National Agency.</source>
        <extracomment>One-line description of Partnerships for Digital Education Readiness, under the action picker.</extracomment>
        <translation>Der zusätzliche Aufruf 2020 (COVID-19) für digitale Bildung in Schulen, Berufsbildung und Hochschulbildung; beantragt bei der Nationalen Agentur.</translation>
    </message>
    <message>
        <source>Partnerships for Creativity</source>
        <extracomment>Action name (2014-2020 programme).</extracomment>
        <translation>Partnerschaften für Kreativität</translation>
    </message>
    <message>
        <source>The 2020 additional call (COVID-19) for creativity and culture in school, adult education and youth; applied for at the National Agency.</source>
        <extracomment>One-line description of Partnerships for Creativity, under the action picker.</extracomment>
        <translation>Der zusätzliche Aufruf 2020 (COVID-19) für Kreativität und Kultur in Schulbildung, Erwachsenenbildung und Jugend; beantragt bei der Nationalen Agentur.</translation>
    </message>
    <message>
        <source>Knowledge Alliances</source>
        <extracomment>Action name (2014-2020 programme).</extracomment>
        <translation>Wissensallianzen</translation>
    </message>
    <message>
        <source>Structured, result-driven projects that bridge higher education and business to strengthen Europe's capacity for innovation; applied for at the executive agency in Brussels.</source>
        <extracomment>One-line description of Knowledge Alliances, under the action picker.</extracomment>
        <translation>Strukturierte, ergebnisorientierte Projekte, die Hochschulen und Wirtschaft verbinden, um Europas Innovationsfähigkeit zu stärken; beantragt bei der Exekutivagentur in Brüssel.</translation>
    </message>
    <message>
        <source>Sector Skills Alliances</source>
        <extracomment>Action name (2014-2020 programme).</extracomment>
        <translation>Allianzen für branchenspezifische Fertigkeiten</translation>
    </message>
    <message>
        <source>Alliances that make vocational education and training respond to the skills needs of one economic sector (the seed's 'Sector Skills Partnerships'); applied for at the executive agency in Brussels.</source>
        <extracomment>One-line description of Sector Skills Alliances, under the action picker.</extracomment>
        <translation>Allianzen, die die Berufsbildung auf den Qualifikationsbedarf eines Wirtschaftszweigs ausrichten (die „Sector Skills Partnerships“ des Ausgangsdokuments); beantragt bei der Exekutivagentur in Brüssel.</translation>
    </message>
    <message>
        <source>Skills needs identification</source>
        <extracomment>A lot or project type of Sector Skills Alliances.</extracomment>
        <translation>Ermittlung des Qualifikationsbedarfs</translation>
    </message>
    <message>
        <source>Design and delivery of VET</source>
        <extracomment>A lot or project type of Sector Skills Alliances.</extracomment>
        <translation>Konzeption und Durchführung beruflicher Bildung</translation>
    </message>
    <message>
        <source>Blueprint for sectoral cooperation on skills</source>
        <extracomment>A lot or project type of Sector Skills Alliances.</extracomment>
        <translation>Blaupause für die branchenspezifische Zusammenarbeit im Bereich Kompetenzen</translation>
    </message>
    <message>
        <source>Centres of Vocational Excellence (pilot)</source>
        <extracomment>A lot or project type of Sector Skills Alliances.</extracomment>
        <translation>Zentren der beruflichen Exzellenz (Pilotphase)</translation>
    </message>
    <message>
        <source>Cooperation Partnerships</source>
        <extracomment>Action name (2021-2027 programme).</extracomment>
        <translation>Kooperationspartnerschaften</translation>
    </message>
    <message>
        <source>Partnerships of at least three organisations from three EU Member States or associated countries that improve quality and innovation; National Agency of the applicant, or the executive agency for European NGOs.</source>
        <extracomment>One-line description of Cooperation Partnerships, under the action picker.</extracomment>
        <translation>Partnerschaften von mindestens drei Organisationen aus drei EU-Mitgliedstaaten oder assoziierten Drittländern, die Qualität und Innovation verbessern; Nationale Agentur des Antragstellers oder, für europäische NRO, die Exekutivagentur.</translation>
    </message>
    <message>
        <source>Small-scale Partnerships</source>
        <extracomment>Action name (2021-2027 programme).</extracomment>
        <translation>Kleinere Partnerschaften</translation>
    </message>
    <message>
        <source>Smaller partnerships of at least two organisations from two EU Member States or associated countries, for newcomers and grassroots organisations; no higher education.</source>
        <extracomment>One-line description of Small-scale Partnerships, under the action picker.</extracomment>
        <translation>Kleinere Partnerschaften von mindestens zwei Organisationen aus zwei EU-Mitgliedstaaten oder assoziierten Drittländern, für Neueinsteiger und Basisorganisationen; keine Hochschulbildung.</translation>
    </message>
    <message>
        <source>Alliances for Innovation</source>
        <extracomment>Action name (2021-2027 programme).</extracomment>
        <translation>Allianzen für Innovation</translation>
    </message>
    <message>
        <source>Alliances of education and training providers with labour-market actors that boost innovation and close skills gaps (successor of Knowledge and Sector Skills Alliances); applied for at the executive agency.</source>
        <extracomment>One-line description of Alliances for Innovation, under the action picker.</extracomment>
        <translation>Allianzen von Bildungs- und Ausbildungseinrichtungen mit Akteuren des Arbeitsmarkts, die Innovation fördern und Qualifikationslücken schließen (Nachfolger der Wissensallianzen und der Allianzen für branchenspezifische Fertigkeiten); beantragt bei der Exekutivagentur.</translation>
    </message>
    <message>
        <source>Lot 1: Alliances for Education and Enterprises</source>
        <extracomment>A lot or project type of Alliances for Innovation.</extracomment>
        <translation>Los 1: Allianzen für Bildung und Unternehmen</translation>
    </message>
    <message>
        <source>Lot 2: Alliances for Sectoral Cooperation on Skills (Blueprint)</source>
        <extracomment>A lot or project type of Alliances for Innovation.</extracomment>
        <translation>Los 2: Allianzen für die branchenspezifische Zusammenarbeit im Bereich Kompetenzen (Blaupause)</translation>
    </message>
    <message>
        <source>Lot 3: STEM Skills Foundries</source>
        <extracomment>A lot or project type of Alliances for Innovation.</extracomment>
        <translation>Los 3: MINT-Kompetenzschmieden</translation>
    </message>
    <message>
        <source>Centres of Vocational Excellence</source>
        <extracomment>Action name (2021-2027 programme).</extracomment>
        <translation>Zentren der beruflichen Exzellenz</translation>
    </message>
    <message>
        <source>Transnational partnerships for excellence in vocational education and training, bringing together VET providers and employers in every participating country; applied for at the executive agency.</source>
        <extracomment>One-line description of Centres of Vocational Excellence, under the action picker.</extracomment>
        <translation>Transnationale Partnerschaften für Exzellenz in der Berufsbildung, die in jedem beteiligten Land Berufsbildungseinrichtungen und Arbeitgeber zusammenbringen; beantragt bei der Exekutivagentur.</translation>
    </message>
</context>
<context>
    <name>agency</name>
    <message>
        <source>school education</source>
        <translation>die Schulbildung</translation>
    </message>
    <message>
        <source>vocational education and training</source>
        <translation>die berufliche Bildung</translation>
    </message>
    <message>
        <source>higher education</source>
        <translation>die Hochschulbildung</translation>
    </message>
    <message>
        <source>adult education</source>
        <translation>die Erwachsenenbildung</translation>
    </message>
    <message>
        <source>youth</source>
        <translation>den Jugendbereich</translation>
    </message>
    <message>
        <source>the Flemish Community's National Agency</source>
        <translation>die Nationale Agentur der Flämischen Gemeinschaft</translation>
    </message>
    <message>
        <source>the French Community's National Agency</source>
        <translation>die Nationale Agentur der Französischen Gemeinschaft</translation>
    </message>
    <message>
        <source>the German-speaking Community's National Agency</source>
        <translation>die Nationale Agentur der Deutschsprachigen Gemeinschaft</translation>
    </message>
    <message>
        <source>the Flemish Community</source>
        <translation>der Flämischen Gemeinschaft</translation>
    </message>
    <message>
        <source>the French Community</source>
        <translation>der Französischen Gemeinschaft</translation>
    </message>
    <message>
        <source>the German-speaking Community</source>
        <translation>der Deutschsprachigen Gemeinschaft</translation>
    </message>
    <message>
        <source>.</source>
        <translation>.</translation>
    </message>
    <message>
        <source>{action} are decentralised: the applicant is established in {country}, where the agency depends on the applicant's language community, so the application goes to {community_agency} for {field} unless the applicant belongs to {other_communities}; choose the community to decide.</source>
        <translation>{action} sind dezentral: Im Sitzland des Antragstellers ({country}) hängt die Agentur von seiner Sprachgemeinschaft ab, daher geht der Antrag an {community_agency} für {field}, es sei denn, der Antragsteller gehört {other_communities} an; wählen Sie die Gemeinschaft, um das zu entscheiden.</translation>
    </message>
    <message>
        <source>{action} are decentralised: the applicant is established in {country} ({community}), so the application goes to the National Agency there responsible for {field}</source>
        <translation>{action} sind dezentral: Der Antrag geht an die Nationale Agentur im Sitzland des Antragstellers ({country}, {community}), die für {field} zuständig ist</translation>
    </message>
    <message>
        <source>{action} are decentralised: the applicant is established in {country}, so the application goes to the National Agency there responsible for {field}</source>
        <translation>{action} sind dezentral: Der Antrag geht an die Nationale Agentur im Sitzland des Antragstellers ({country}), die für {field} zuständig ist</translation>
    </message>
    <message>
        <source>; this assignment is unconfirmed, so check it with the agency</source>
        <translation>; diese Zuordnung ist nicht bestätigt, klären Sie sie daher mit der Agentur</translation>
    </message>
    <message>
        <source>Erasmus+ calls run from {first} to {last}, so no agency takes applications to a {year} call.</source>
        <translation>Erasmus+-Aufrufe gibt es von {first} bis {last}, daher nimmt keine Agentur Anträge für einen Aufruf {year} an.</translation>
    </message>
    <message>
        <source>{action} are centralised: proposals go to the executive agency in Brussels.</source>
        <translation>{action} werden zentral verwaltet: Anträge gehen an die Exekutivagentur in Brüssel.</translation>
    </message>
    <message>
        <source>{action} submitted by European NGOs go to the executive agency in Brussels through the Funding &amp; Tenders Portal, not to a National Agency.</source>
        <translation>{action}, die von europäischen NRO eingereicht werden, gehen über das Funding &amp; Tenders Portal an die Exekutivagentur in Brüssel, nicht an eine Nationale Agentur.</translation>
    </message>
    <message>
        <source>No applicant yet: the agency follows from the applicant's country.</source>
        <translation>Noch kein Antragsteller: Die Agentur ergibt sich aus dem Sitzland des Antragstellers.</translation>
    </message>
    <message>
        <source>{code} is not a country code, so the applicant's National Agency is unknown.</source>
        <translation>{code} ist kein Ländercode, daher ist die Nationale Agentur des Antragstellers unbekannt.</translation>
    </message>
    <message>
        <source>{country} is not a Programme Country in the {year} call, so no National Agency there can take the application; the applicant must be established in a Programme Country.</source>
        <translation>Das Sitzland des Antragstellers ({country}) ist im Aufruf {year} kein Programmland, daher kann keine Nationale Agentur dort den Antrag annehmen; der Antragsteller muss seinen Sitz in einem Programmland haben.</translation>
    </message>
    <message>
        <source>{country} is not an EU Member State or associated country in the {year} call, so no National Agency there can take the application; the applicant must be established in an EU Member State or associated country.</source>
        <translation>Das Sitzland des Antragstellers ({country}) ist im Aufruf {year} weder EU-Mitgliedstaat noch assoziiertes Drittland, daher kann keine Nationale Agentur dort den Antrag annehmen; der Antragsteller muss seinen Sitz in einem EU-Mitgliedstaat oder assoziierten Drittland haben.</translation>
    </message>
    <message>
        <source>No field chosen: in {country} the National Agency depends on the field ({fields}).</source>
        <translation>Kein Bildungsbereich gewählt: Im Sitzland des Antragstellers ({country}) hängt die Nationale Agentur vom Bereich ab – {fields}.</translation>
    </message>
    <message>
        <source>{field} is not a field; the National Agency is chosen by one of {fields}.</source>
        <translation>{field} ist kein Bildungsbereich; die Nationale Agentur richtet sich nach einem dieser Bereiche: {fields}.</translation>
    </message>
    <message>
        <source>{community} is not a Belgian language community; use one of {communities}.</source>
        <translation>{community} ist keine belgische Sprachgemeinschaft; verwenden Sie eine dieser: {communities}.</translation>
    </message>
    <message>
        <source>The agency directory has no National Agency in {country} for {field}.</source>
        <translation>Das Agenturverzeichnis enthält im Sitzland des Antragstellers ({country}) keine Nationale Agentur für {field}.</translation>
    </message>
    <message>
        <source>The agency directory has no Belgian agency for {field} in that community.</source>
        <translation>Das Agenturverzeichnis enthält in dieser Gemeinschaft keine belgische Agentur für {field}.</translation>
    </message>
    <message>
        <source>; responsibility changed hands on a date that is uncertain or falls within the {year} call, so the other agency is listed with the calls covered</source>
        <translation>; die Zuständigkeit wechselte an einem unsicheren Datum oder während des Aufrufs {year}, daher ist die andere Agentur mit den Aufrufen aufgeführt, für die sie zuständig ist</translation>
    </message>
    <message>
        <source>; responsibility changed hands on a date that is uncertain or falls within the {year} call, so the other agencies are listed with the calls covered</source>
        <translation>; die Zuständigkeit wechselte an einem unsicheren Datum oder während des Aufrufs {year}, daher sind die anderen Agenturen mit den Aufrufen aufgeführt, für die sie zuständig sind</translation>
    </message>
    <message>
        <source>{first}–{last} calls</source>
        <translation>Aufrufe {first}–{last}</translation>
    </message>
    <message>
        <source>the {first}–{last} calls</source>
        <translation>die Aufrufe {first}–{last}</translation>
    </message>
    <message>
        <source>The agency directory has no executive agency for the {year} call.</source>
        <translation>Das Agenturverzeichnis enthält keine Exekutivagentur für den Aufruf {year}.</translation>
    </message>
    <message>
        <source>{country} has no National Agency for {field} in the {year} call ({names} covers {spans}), so the application cannot be submitted there.</source>
        <translation>Im Sitzland des Antragstellers ({country}) gibt es im Aufruf {year} keine Nationale Agentur für {field} ({names} ist zuständig für {spans}), daher kann der Antrag dort nicht eingereicht werden.</translation>
    </message>
    <message>
        <source>{year} call</source>
        <translation>Aufruf {year}</translation>
    </message>
    <message>
        <source>the {year} call</source>
        <translation>den Aufruf {year}</translation>
    </message>
    <message>
        <source> and </source>
        <extracomment>Joins spans of calls: 'the 2014 call and the 2017–2020 calls'.</extracomment>
        <translation> und </translation>
    </message>
    <message>
        <source> or </source>
        <extracomment>Joins the language communities after 'belongs to' (French repeats the preposition).</extracomment>
        <translation> oder </translation>
    </message>
    <message>
        <source>Several organisations are marked as applicant: the agency follows from the country of the one that applies.</source>
        <translation>Mehrere Organisationen sind als Antragsteller markiert: Die Agentur richtet sich nach dem Land derjenigen, die den Antrag stellt.</translation>
    </message>
    <message>
        <source>'s-Hertogenbosch</source>
        <extracomment>A city where an agency sits: its usual name in your language.</extracomment>
        <translation>’s-Hertogenbosch</translation>
    </message>
    <message>
        <source>Ankara</source>
        <extracomment>A city where an agency sits: its usual name in your language.</extracomment>
        <translation>Ankara</translation>
    </message>
    <message>
        <source>Athens</source>
        <extracomment>A city where an agency sits: its usual name in your language.</extracomment>
        <translation>Athen</translation>
    </message>
    <message>
        <source>Belgrade</source>
        <extracomment>A city where an agency sits: its usual name in your language.</extracomment>
        <translation>Belgrad</translation>
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
        <translation>Brüssel</translation>
    </message>
    <message>
        <source>Bucharest</source>
        <extracomment>A city where an agency sits: its usual name in your language.</extracomment>
        <translation>Bukarest</translation>
    </message>
    <message>
        <source>Budapest</source>
        <extracomment>A city where an agency sits: its usual name in your language.</extracomment>
        <translation>Budapest</translation>
    </message>
    <message>
        <source>Copenhagen</source>
        <extracomment>A city where an agency sits: its usual name in your language.</extracomment>
        <translation>Kopenhagen</translation>
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
        <translation>Florenz</translation>
    </message>
    <message>
        <source>Helsinki</source>
        <extracomment>A city where an agency sits: its usual name in your language.</extracomment>
        <translation>Helsinki</translation>
    </message>
    <message>
        <source>Lisbon</source>
        <extracomment>A city where an agency sits: its usual name in your language.</extracomment>
        <translation>Lissabon</translation>
    </message>
    <message>
        <source>Ljubljana</source>
        <extracomment>A city where an agency sits: its usual name in your language.</extracomment>
        <translation>Ljubljana</translation>
    </message>
    <message>
        <source>London</source>
        <extracomment>A city where an agency sits: its usual name in your language.</extracomment>
        <translation>London</translation>
    </message>
    <message>
        <source>Luxembourg</source>
        <extracomment>A city where an agency sits: its usual name in your language.</extracomment>
        <translation>Luxemburg</translation>
    </message>
    <message>
        <source>Madrid</source>
        <extracomment>A city where an agency sits: its usual name in your language.</extracomment>
        <translation>Madrid</translation>
    </message>
    <message>
        <source>Nicosia</source>
        <extracomment>A city where an agency sits: its usual name in your language.</extracomment>
        <translation>Nikosia</translation>
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
        <translation>Prag</translation>
    </message>
    <message>
        <source>Reykjavík</source>
        <extracomment>A city where an agency sits: its usual name in your language.</extracomment>
        <translation>Reykjavík</translation>
    </message>
    <message>
        <source>Riga</source>
        <extracomment>A city where an agency sits: its usual name in your language.</extracomment>
        <translation>Riga</translation>
    </message>
    <message>
        <source>Rome</source>
        <extracomment>A city where an agency sits: its usual name in your language.</extracomment>
        <translation>Rom</translation>
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
        <translation>Den Haag</translation>
    </message>
    <message>
        <source>Utrecht</source>
        <extracomment>A city where an agency sits: its usual name in your language.</extracomment>
        <translation>Utrecht</translation>
    </message>
    <message>
        <source>Valletta</source>
        <extracomment>A city where an agency sits: its usual name in your language.</extracomment>
        <translation>Valletta</translation>
    </message>
    <message>
        <source>Vienna</source>
        <extracomment>A city where an agency sits: its usual name in your language.</extracomment>
        <translation>Wien</translation>
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
        <translation>Warschau</translation>
    </message>
    <message>
        <source>Zagreb</source>
        <extracomment>A city where an agency sits: its usual name in your language.</extracomment>
        <translation>Zagreb</translation>
    </message>
    <message>
        <source>ONEK's Erasmus+ site describes the 2021+ youth partnerships as its own, while IDEP says it now manages Erasmus+ Youth; the transfer is undated.</source>
        <extracomment>A note on an agency, printed when responsibility changed within a call.</extracomment>
        <translation>Die Erasmus+-Website von ONEK führt die Jugendpartnerschaften ab 2021 als eigene, während IDEP angibt, Erasmus+ Jugend inzwischen zu verwalten; die Übergabe ist nicht datiert.</translation>
    </message>
    <message>
        <source>IDEP's own page says it manages Erasmus+ Youth; when it took over from ONEK is unconfirmed.</source>
        <extracomment>A note on an agency, printed when responsibility changed within a call.</extracomment>
        <translation>Laut eigener Website verwaltet IDEP Erasmus+ Jugend; wann es die Aufgabe von ONEK übernahm, ist nicht bestätigt.</translation>
    </message>
    <message>
        <source>Handed Erasmus+ over to HARNO during 2021; the date is unconfirmed.</source>
        <extracomment>A note on an agency, printed when responsibility changed within a call.</extracomment>
        <translation>Übergab Erasmus+ im Laufe des Jahres 2021 an HARNO; das Datum ist nicht bestätigt.</translation>
    </message>
    <message>
        <source>Took Erasmus+ over from Archimedes during 2021; the date is unconfirmed.</source>
        <extracomment>A note on an agency, printed when responsibility changed within a call.</extracomment>
        <translation>Übernahm Erasmus+ im Laufe des Jahres 2021 von Archimedes; das Datum ist nicht bestätigt.</translation>
    </message>
    <message>
        <source>Youth field from Jan 2014 until its move to Rannís; the date of the move is unconfirmed.</source>
        <extracomment>A note on an agency, printed when responsibility changed within a call.</extracomment>
        <translation>Jugendbereich ab Januar 2014 bis zum Wechsel zu Rannís; das Datum des Wechsels ist nicht bestätigt.</translation>
    </message>
    <message>
        <source>Took the youth field over from UMFÍ on an unconfirmed date before the 2021 call.</source>
        <extracomment>A note on an agency, printed when responsibility changed within a call.</extracomment>
        <translation>Übernahm den Jugendbereich von UMFÍ an einem nicht bestätigten Datum vor dem Aufruf 2021.</translation>
    </message>
    <message>
        <source>Youth field until at least Dec 2020, then merged into JRA by 2023; the date is unconfirmed.</source>
        <extracomment>A note on an agency, printed when responsibility changed within a call.</extracomment>
        <translation>Jugendbereich mindestens bis Dezember 2020, bis 2023 dann in JRA aufgegangen; das Datum ist nicht bestätigt.</translation>
    </message>
    <message>
        <source>Youth field by 2023; the date it took over from JTBA is unconfirmed.</source>
        <extracomment>A note on an agency, printed when responsibility changed within a call.</extracomment>
        <translation>Jugendbereich spätestens ab 2023; das Datum der Übernahme von JTBA ist nicht bestätigt.</translation>
    </message>
    <message>
        <source>Youth field from Jan 2014 until its move to Anefore; the date of the move is unconfirmed.</source>
        <extracomment>A note on an agency, printed when responsibility changed within a call.</extracomment>
        <translation>Jugendbereich ab Januar 2014 bis zum Wechsel zu Anefore; das Datum des Wechsels ist nicht bestätigt.</translation>
    </message>
    <message>
        <source>Took the youth field over from SNJ on an unconfirmed date, possibly before the 2021 call.</source>
        <extracomment>A note on an agency, printed when responsibility changed within a call.</extracomment>
        <translation>Übernahm den Jugendbereich von SNJ an einem nicht bestätigten Datum, möglicherweise vor dem Aufruf 2021.</translation>
    </message>
    <message>
        <source>Youth field until 30 Jun 2022 (it ran the 2021 and early 2022 youth calls).</source>
        <extracomment>A note on an agency, printed when responsibility changed within a call.</extracomment>
        <translation>Jugendbereich bis 30. Juni 2022 (betreute die Jugendaufrufe 2021 und Anfang 2022).</translation>
    </message>
    <message>
        <source>Youth field from 1 Jul 2022, when it absorbed IUVENTA.</source>
        <extracomment>A note on an agency, printed when responsibility changed within a call.</extracomment>
        <translation>Jugendbereich ab 1. Juli 2022, als es IUVENTA übernahm.</translation>
    </message>
</context>
<context>
    <name>calls</name>
    <message>
        <source>unconfirmed</source>
        <translation>unbestätigt</translation>
    </message>
    <message numerus="yes">
        <source>{n} day left</source>
        <extracomment>English plural: {n} days left</extracomment>
        <translation>
            <numerusform>noch {n} Tag</numerusform>
            <numerusform>noch {n} Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Frist:</translation>
    </message>
    <message>
        <source>Submit:</source>
        <translation>Einreichen:</translation>
    </message>
    <message>
        <source>Grant:</source>
        <translation>Zuschuss:</translation>
    </message>
    <message>
        <source>the eForm, submitted online to the National Agency</source>
        <translation>das eForm, online bei der Nationalen Agentur eingereicht</translation>
    </message>
    <message>
        <source>the eForm, submitted online to the executive agency (EACEA)</source>
        <translation>das eForm, online bei der Exekutivagentur (EACEA) eingereicht</translation>
    </message>
    <message>
        <source>the National Agency's web form, signed in with the organisation's OID</source>
        <translation>das Webformular der Nationalen Agentur, angemeldet mit der OID der Einrichtung</translation>
    </message>
    <message>
        <source>the Funding &amp; Tenders Portal, with each organisation's PIC</source>
        <translation>das Funding &amp; Tenders Portal, mit der PIC jeder Einrichtung</translation>
    </message>
    <message>
        <source>closes today</source>
        <translation>endet heute</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>no figure found</source>
        <translation>kein Betrag gefunden</translation>
    </message>
    <message>
        <source>{items} or {last}</source>
        <translation>{items} oder {last}</translation>
    </message>
    <message>
        <source>{date}, {time} Brussels time (UTC{offset})</source>
        <translation>{date}, {time} Uhr Brüsseler Zeit (UTC{offset})</translation>
    </message>
    <message>
        <source>{date}, {time} (UTC{offset})</source>
        <translation>{date}, {time} Uhr (UTC{offset})</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>no deadline of the {year} call is recorded yet</source>
        <translation>für die Ausschreibung {year} ist noch keine Frist erfasst</translation>
    </message>
    <message>
        <source>the deadlines of the {year} call have passed (the last closed on {date})</source>
        <translation>die Fristen der Ausschreibung {year} sind abgelaufen (die letzte am {date})</translation>
    </message>
    <message>
        <source>a lump sum of EUR {amounts}</source>
        <translation>ein Pauschalbetrag von {amounts} EUR</translation>
    </message>
    <message>
        <source>(extended from {date})</source>
        <translation>(verlängert vom {date})</translation>
    </message>
    <message>
        <source>round {round} of {count}</source>
        <translation>Runde {round} von {count}</translation>
    </message>
    <message>
        <source>EUR {amount} per school and year, at most EUR {max} a year</source>
        <translation>{amount} EUR je Schule und Jahr, höchstens {max} EUR im Jahr</translation>
    </message>
    <message>
        <source>at most {amounts}</source>
        <translation>höchstens {amounts}</translation>
    </message>
    <message>
        <source>EUR {max} for {months} months</source>
        <translation>{max} EUR für {months} Monate</translation>
    </message>
    <message>
        <source>at most EUR {max} per year of the project</source>
        <translation>höchstens {max} EUR je Projektjahr</translation>
    </message>
    <message>
        <source>at most EUR {max} per project</source>
        <translation>höchstens {max} EUR je Projekt</translation>
    </message>
    <message>
        <source>(EUR {month} per month)</source>
        <translation>({month} EUR je Monat)</translation>
    </message>
    <message>
        <source>Deadline: {text}</source>
        <translation type="vanished">Frist: {text}</translation>
    </message>
    <message>
        <source>Submit: {text}</source>
        <translation type="vanished">Einreichen: {text}</translation>
    </message>
    <message>
        <source>Grant: {text}</source>
        <translation type="vanished">Zuschuss: {text}</translation>
    </message>
</context>
<context>
    <name>briefing</name>
    <message>
        <source>{plan}: consortium briefing</source>
        <translation>{plan}: Konsortialübersicht</translation>
    </message>
    <message>
        <source>{target}: agency, eligibility and partners</source>
        <translation>{target}: Agentur, Förderfähigkeit und Partner</translation>
    </message>
    <message numerus="yes">
        <source>{n} other type</source>
        <extracomment>English plural: {n} other types</extracomment>
        <translation>
            <numerusform>{n} weiterer Typ</numerusform>
            <numerusform>{n} weitere Typen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} other country</source>
        <extracomment>English plural: {n} other countries</extracomment>
        <translation>
            <numerusform>{n} weiteres Land</numerusform>
            <numerusform>{n} weitere Länder</numerusform>
        </translation>
    </message>
    <message>
        <source>Organisations by type</source>
        <translation>Organisationen nach Typ</translation>
    </message>
    <message>
        <source>Organisations by country</source>
        <translation>Organisationen nach Land</translation>
    </message>
    <message>
        <source>Untitled plan</source>
        <translation>Unbenannter Plan</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Antragsteller</translation>
    </message>
    <message>
        <source>Full partner</source>
        <translation>Vollpartner</translation>
    </message>
    <message>
        <source>Associated partner</source>
        <translation>Assoziierter Partner</translation>
    </message>
    <message>
        <source>Affiliated entity</source>
        <translation>Verbundene Einrichtung</translation>
    </message>
    <message numerus="yes">
        <source>{n} organisation</source>
        <extracomment>English plural: {n} organisations</extracomment>
        <translation>
            <numerusform>{n} Organisation</numerusform>
            <numerusform>{n} Organisationen</numerusform>
        </translation>
    </message>
    <message>
        <source>ELIGIBLE</source>
        <translation>FÖRDERFÄHIG</translation>
    </message>
    <message>
        <source>NOT ELIGIBLE</source>
        <translation>NICHT FÖRDERFÄHIG</translation>
    </message>
    <message numerus="yes">
        <source>{n} requirement not met</source>
        <extracomment>English plural: {n} requirements not met</extracomment>
        <translation>
            <numerusform>{n} Anforderung nicht erfüllt</numerusform>
            <numerusform>{n} Anforderungen nicht erfüllt</numerusform>
        </translation>
    </message>
    <message>
        <source>every requirement is met</source>
        <translation>alle Anforderungen sind erfüllt</translation>
    </message>
    <message numerus="yes">
        <source>; {n} warning to review</source>
        <extracomment>English plural: ; {n} warnings to review</extracomment>
        <translation>
            <numerusform>; {n} Warnung zu prüfen</numerusform>
            <numerusform>; {n} Warnungen zu prüfen</numerusform>
        </translation>
    </message>
    <message>
        <source>call {year}</source>
        <translation>Aufruf {year}</translation>
    </message>
    <message>
        <source>Affiliated entity of {partner}</source>
        <translation>Verbundene Einrichtung von {partner}</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Länder</translation>
    </message>
    <message>
        <source>Full partners</source>
        <translation>Vollpartner</translation>
    </message>
    <message>
        <source>Associated partners</source>
        <translation>Assoziierte Partner</translation>
    </message>
    <message numerus="yes">
        <source>{n} month</source>
        <extracomment>English plural: {n} months</extracomment>
        <translation>
            <numerusform>{n} Monat</numerusform>
            <numerusform>{n} Monate</numerusform>
        </translation>
    </message>
    <message>
        <source>no {identifier} yet</source>
        <translation>noch keine {identifier}</translation>
    </message>
    <message>
        <source>Affiliated entities</source>
        <translation>Verbundene Einrichtungen</translation>
    </message>
    <message>
        <source>Page {page} of {total}</source>
        <translation>Seite {page} von {total}</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <source>The consortium at a glance</source>
        <translation>Das Konsortium auf einen Blick</translation>
    </message>
    <message>
        <source>The title is shortened here; all {count} characters of it are in the plan and in the PDF's document properties.</source>
        <translation>Der Titel ist hier gekürzt; alle {count} Zeichen stehen im Plan und in den Dokumenteigenschaften der PDF-Datei.</translation>
    </message>
    <message>
        <source>SUBMIT TO</source>
        <translation>EINREICHEN BEI</translation>
    </message>
    <message>
        <source>APPLICANT (COORDINATOR)</source>
        <translation>ANTRAGSTELLER (KOORDINATOR)</translation>
    </message>
    <message>
        <source>No agency can be named yet</source>
        <translation>Noch keine Agentur bestimmbar</translation>
    </message>
    <message>
        <source>ERASMUS+ CONSORTIUM BRIEFING</source>
        <translation>ERASMUS+ KONSORTIALÜBERSICHT</translation>
    </message>
    <message>
        <source>VERDICT</source>
        <translation>BEWERTUNG</translation>
    </message>
    <message>
        <source>Call {year}</source>
        <translation>Aufruf {year}</translation>
    </message>
    <message>
        <source>No single applicant yet.</source>
        <translation>Noch kein eindeutiger Antragsteller.</translation>
    </message>
    <message>
        <source>Mark exactly one organisation as the applicant.</source>
        <translation>Markieren Sie genau eine Organisation als Antragsteller.</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Kontakt:</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Warum:</translation>
    </message>
    <message>
        <source>Or:</source>
        <translation>Oder:</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Some letters cannot be drawn by the briefing's font and print as empty boxes</source>
        <translation>Einige Buchstaben fehlen in der Schrift der Übersicht und erscheinen als leere Kästchen</translation>
    </message>
    <message>
        <source>Grouped by country, the applicant's country first; the applicant is printed in bold. Applications for this action identify organisations by their {identifier}.</source>
        <translation>Nach Ländern gruppiert, das Land des Antragstellers zuerst; der Antragsteller ist fett gedruckt. Anträge für diese Aktion nennen Organisationen mit ihrer {identifier}.</translation>
    </message>
    <message>
        <source>Partners by country</source>
        <translation>Partner nach Ländern</translation>
    </message>
    <message>
        <source> in partners {numbers}</source>
        <translation> bei den Partnern {numbers}</translation>
    </message>
    <message>
        <source>Check those names in the plan.</source>
        <translation>Prüfen Sie diese Namen im Plan.</translation>
    </message>
    <message>
        <source>NOT
ELIGIBLE</source>
        <extracomment>Verdict of another action in a narrow column; keep the line break.</extracomment>
        <translation>NICHT
FÖRDERFÄHIG</translation>
    </message>
    <message>
        <source>What else fits?</source>
        <translation>Was passt noch?</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Each rule of {target}, checked against the partners below, what to fix first. Statuses are printed as a symbol and a word: {fail}, {warn} (review before submitting), {pass} and {info}.</source>
        <translation>Jede Regel für {target}, geprüft an den unten aufgeführten Partnern; was zuerst zu beheben ist, steht oben. Der Status steht als Symbol und Wort: {fail}, {warn} (vor dem Einreichen prüfen), {pass} und {info}.</translation>
    </message>
    <message>
        <source>Sources are cited in English, as the documents they name are written.</source>
        <translation>Quellen werden auf Englisch zitiert, in der Sprache der genannten Dokumente.</translation>
    </message>
    <message>
        <source>Eligibility checklist</source>
        <translation>Prüfliste zur Förderfähigkeit</translation>
    </message>
    <message>
        <source>No rule applies to this plan.</source>
        <translation>Für diesen Plan gilt keine Regel.</translation>
    </message>
    <message>
        <source>Missing:</source>
        <translation>Es fehlt:</translation>
    </message>
    <message>
        <source>Every requirement is met by the same partners.</source>
        <translation>Dieselben Partner erfüllen alle Anforderungen.</translation>
    </message>
    <message>
        <source>The same partners against other actions of the {year} call, best fits first, with what each still needs.</source>
        <translation>Dieselben Partner im Vergleich mit anderen Aktionen des Aufrufs {year}, die passendsten zuerst, jeweils mit dem, was noch fehlt.</translation>
    </message>
    <message>
        <source>No other action of the {year} call is open to this consortium.</source>
        <translation>Keine andere Aktion des Aufrufs {year} steht diesem Konsortium offen.</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Was zu tun ist:</translation>
    </message>
    <message>
        <source>official source</source>
        <translation>amtliche Quelle</translation>
    </message>
    <message>
        <source>National Agency or secondary summary</source>
        <translation>Nationale Agentur oder Sekundärzusammenfassung</translation>
    </message>
    <message>
        <source>UNCONFIRMED source: not yet verified against the Programme Guide</source>
        <translation>UNBESTÄTIGTE Quelle: noch nicht mit dem Programmleitfaden abgeglichen</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>ERFÜLLT</translation>
    </message>
    <message>
        <source>FAIL</source>
        <extracomment>Status word in the checklist's narrow first column; a line break splits a long word.</extracomment>
        <translation>NICHT
ERFÜLLT</translation>
    </message>
    <message>
        <source>WARN</source>
        <translation>PRÜFEN</translation>
    </message>
    <message>
        <source>INFO</source>
        <translation>HINWEIS</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation type="vanished">Frist:</translation>
    </message>
    <message>
        <source>Submit:</source>
        <translation type="vanished">Einreichen:</translation>
    </message>
    <message>
        <source>Grant:</source>
        <translation type="vanished">Zuschuss:</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>PASS</source>
        <translation>ERFÜLLT</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>NICHT ERFÜLLT</translation>
    </message>
    <message>
        <source>WARN</source>
        <translation>PRÜFEN</translation>
    </message>
    <message>
        <source>INFO</source>
        <translation>HINWEIS</translation>
    </message>
    <message>
        <source>official source</source>
        <translation>amtliche Quelle</translation>
    </message>
    <message>
        <source>National Agency / secondary summary</source>
        <translation>Nationale Agentur / Sekundärzusammenfassung</translation>
    </message>
    <message>
        <source>UNCONFIRMED: not yet verified against the Programme Guide</source>
        <translation>UNBESTÄTIGT: noch nicht mit dem Programmleitfaden abgeglichen</translation>
    </message>
    <message>
        <source>The same {count} partners against every action of the {year} call, best fits first:</source>
        <translation>Dieselben {count} Partner im Vergleich mit jeder Aktion des Aufrufs {year}, die passendsten zuerst:</translation>
    </message>
    <message>
        <source>Checklist:</source>
        <translation>Prüfliste:</translation>
    </message>
    <message>
        <source>Verdict: ELIGIBLE — every requirement is met.</source>
        <translation>Bewertung: FÖRDERFÄHIG — alle Anforderungen sind erfüllt.</translation>
    </message>
    <message numerus="yes">
        <source>Verdict: NOT ELIGIBLE — {n} requirement not met.</source>
        <extracomment>English plural: Verdict: NOT ELIGIBLE — {n} requirements not met.</extracomment>
        <translation>
            <numerusform>Bewertung: NICHT FÖRDERFÄHIG — {n} Anforderung nicht erfüllt.</numerusform>
            <numerusform>Bewertung: NICHT FÖRDERFÄHIG — {n} Anforderungen nicht erfüllt.</numerusform>
        </translation>
    </message>
    <message>
        <source>ELIGIBLE</source>
        <translation>FÖRDERFÄHIG</translation>
    </message>
    <message>
        <source>not eligible</source>
        <translation>nicht förderfähig</translation>
    </message>
    <message>
        <source>{action} are not open in the {year} call (they are open in {years}).</source>
        <translation>{action}: nicht in der Ausschreibung {year} (offen in {years}).</translation>
    </message>
    <message>
        <source>call {year}</source>
        <translation>Aufruf {year}</translation>
    </message>
    <message>
        <source>Submit to: no agency can be named</source>
        <translation>Einreichen bei: noch keine Agentur bestimmbar</translation>
    </message>
    <message>
        <source>Submit to: {agency}</source>
        <translation>Einreichen bei: {agency}</translation>
    </message>
    <message>
        <source>(Sources are cited in English, as the documents they name are written.)</source>
        <translation>(Quellen werden auf Englisch zitiert, in der Sprache der genannten Dokumente.)</translation>
    </message>
    <message>
        <source>Deadlines of the {year} call (Brussels time):</source>
        <translation>Fristen der Ausschreibung {year} (Brüsseler Zeit):</translation>
    </message>
    <message>
        <source>applications by European NGOs</source>
        <translation>Anträge europäischer NGOs</translation>
    </message>
    <message>
        <source>Why: {reason}</source>
        <translation>Warum: {reason}</translation>
    </message>
    <message>
        <source>No action is open in the {year} call.</source>
        <translation>In der Ausschreibung {year} ist keine Aktion offen.</translation>
    </message>
    <message>
        <source>No deadline of this call is recorded yet.</source>
        <translation>Für diese Ausschreibung ist noch keine Frist erfasst.</translation>
    </message>
    <message>
        <source>Each date's source and confidence: erasmus-planner calls --year {year} --json</source>
        <translation>Quelle und Verlässlichkeit jedes Datums: erasmus-planner calls --year {year} --json</translation>
    </message>
    <message>
        <source>Or: {agency}, {valid}</source>
        <translation>Oder: {agency}, {valid}</translation>
    </message>
    <message>
        <source>Round {round}: </source>
        <translation>Runde {round}: </translation>
    </message>
    <message>
        <source>What to do: {hint}</source>
        <translation>Was zu tun ist: {hint}</translation>
    </message>
    <message>
        <source>Source: {source} ({confidence})</source>
        <translation>Quelle: {source} ({confidence})</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>partner {number} ({name})</source>
        <extracomment>{partner} of other error messages: how a partner of the file is named.</extracomment>
        <translation>Partner {number} ({name})</translation>
    </message>
    <message>
        <source>none yet: add the applicant and full partners first</source>
        <translation>noch keine: fügen Sie zuerst den Antragsteller und die Vollpartner hinzu</translation>
    </message>
    <message>
        <source>{partner} is an affiliated entity but names no partner in "affiliated_to"; name one of: {valid}</source>
        <translation>{partner} ist eine verbundene Einrichtung, nennt aber in "affiliated_to" keinen Partner; nennen Sie einen von: {valid}</translation>
    </message>
    <message>
        <source>{partner}: "affiliated_to" {value!r} names no applicant or full partner of this plan; valid names: {valid}</source>
        <translation>{partner}: "affiliated_to" {value!r} nennt keinen Antragsteller und keinen Vollpartner dieses Plans; gültige Namen: {valid}</translation>
    </message>
    <message>
        <source>{partner}: "affiliated_to" {value!r} names {count} partners; give them distinct names</source>
        <translation>{partner}: "affiliated_to" {value!r} passt auf {count} Partner; geben Sie ihnen unterschiedliche Namen</translation>
    </message>
    <message>
        <source>{partner}: "affiliated_to" is only for the role "affiliated-entity"; remove it or change the role</source>
        <translation>{partner}: "affiliated_to" gilt nur für die Rolle "affiliated-entity"; entfernen Sie es oder ändern Sie die Rolle</translation>
    </message>
    <message>
        <source>{option}: {value!r} is not a date; write it as YYYY-MM-DD, for example 2026-03-05</source>
        <translation>{option}: {value!r} ist kein Datum; schreiben Sie es als JJJJ-MM-TT, zum Beispiel 2026-03-05</translation>
    </message>
    <message>
        <source>{value!r} is not a country code; use the two-letter ISO 3166 code (for example DE, PL, GR or EL, GB or UK)</source>
        <translation>{value!r} ist kein Ländercode; verwenden Sie den zweibuchstabigen Code nach ISO 3166 (zum Beispiel DE, PL, GR oder EL, GB oder UK)</translation>
    </message>
    <message>
        <source>the coordinator</source>
        <translation>der Koordinator</translation>
    </message>
    <message>
        <source>partner {n}</source>
        <translation>Partner {n}</translation>
    </message>
    <message>
        <source>the identifier carries no action code and the Action Type {label!r} is not one the planner knows</source>
        <translation>die Kennung enthält keinen Aktionscode, und den Action Type {label!r} kennt der Planer nicht</translation>
    </message>
    <message>
        <source>organisation types the planner does not map: {types}</source>
        <translation>Organisationstypen, die der Planer nicht zuordnet: {types}</translation>
    </message>
    <message>
        <source>no organisation type given for {who}</source>
        <translation>kein Organisationstyp angegeben für {who}</translation>
    </message>
    <message>
        <source>{name} ({code}): the planner has rules for Key Action 2 partnerships only</source>
        <translation>{name} ({code}): der Planer hat nur Regeln für Partnerschaften der Leitaktion 2</translation>
    </message>
    <message>
        <source>the action code {code} is not one the planner has rules for</source>
        <translation>für den Aktionscode {code} hat der Planer keine Regeln</translation>
    </message>
    <message>
        <source>a rule on organisation types fails, and some organisations are typed 'Other' in the file</source>
        <translation>eine Regel zu Organisationstypen ist nicht erfüllt, und einige Organisationen haben in der Datei den Typ 'Other'</translation>
    </message>
    <message>
        <source>{value!r} is neither an action nor an action's code; use an action id such as cooperation-partnership or a code such as KA220-VET, KA203 or KA101</source>
        <translation>{value!r} ist weder eine Aktion noch ein Aktionscode; verwenden Sie eine Aktions-ID wie cooperation-partnership oder einen Code wie KA220-VET, KA203 oder KA101</translation>
    </message>
    <message>
        <source>unknown role {value!r}; valid roles in a funded project: {valid}</source>
        <translation>unbekannte Rolle {value!r}; gültige Rollen in einem geförderten Projekt: {valid}</translation>
    </message>
    <message>
        <source>{value} is not a call year; Erasmus+ call years start at 2014</source>
        <translation>{value} ist kein Aufrufjahr; Erasmus+-Aufrufjahre beginnen 2014</translation>
    </message>
    <message>
        <source>the JSON is nested more than {limit} levels deep; a plan needs four</source>
        <translation>das JSON ist tiefer als {limit} Ebenen verschachtelt; ein Plan braucht vier</translation>
    </message>
    <message>
        <source>{what}: {length} characters, more than the {limit} allowed (see the limits in the documentation)</source>
        <translation>{what}: {length} Zeichen, mehr als die erlaubten {limit} (siehe die Grenzen in der Dokumentation)</translation>
    </message>
    <message>
        <source>a NUL character (U+0000)</source>
        <translation>ein NUL-Zeichen (U+0000)</translation>
    </message>
    <message>
        <source>there is {problem} in {what}, which cannot be stored; retype it</source>
        <translation>{what} enthält {problem}, das nicht gespeichert werden kann; bitte neu eingeben</translation>
    </message>
    <message>
        <source>the name</source>
        <translation>der Name</translation>
    </message>
    <message>
        <source>the city</source>
        <translation>der Ort</translation>
    </message>
    <message>
        <source>the notes</source>
        <translation>die Notizen</translation>
    </message>
    <message>
        <source>the title</source>
        <translation>der Titel</translation>
    </message>
    <message>
        <source>the contact person</source>
        <translation>die Kontaktperson</translation>
    </message>
    <message>
        <source>the e-mail address</source>
        <translation>die E-Mail-Adresse</translation>
    </message>
    <message>
        <source>the phone number</source>
        <translation>die Telefonnummer</translation>
    </message>
    <message>
        <source>the field "{key}"</source>
        <translation>das Feld „{key}“</translation>
    </message>
    <message>
        <source>the plan has {count} partners; at most {limit} are allowed in one plan</source>
        <translation>der Plan hat {count} Partner; in einem Plan sind höchstens {limit} erlaubt</translation>
    </message>
    <message>
        <source>a number in the file has {digits} digits; at most {limit} are allowed</source>
        <translation>eine Zahl in der Datei hat {digits} Stellen; höchstens {limit} sind erlaubt</translation>
    </message>
    <message>
        <source>a broken character (U+{code:04X}, not valid Unicode text)</source>
        <translation>ein defektes Zeichen (U+{code:04X}, kein gültiger Unicode-Text)</translation>
    </message>
    <message>
        <source>{value!r} is not a language the planner speaks; choose one of: {valid}</source>
        <translation>{value!r} ist keine Sprache, die der Planer beherrscht; wählen Sie eine der folgenden: {valid}</translation>
    </message>
    <message>
        <source>the {language} catalogue cannot be read: {problem}</source>
        <translation>der Übersetzungskatalog {language} kann nicht gelesen werden: {problem}</translation>
    </message>
    <message>
        <source>unknown paper size {value!r}; choose one of: {valid}</source>
        <translation>unbekanntes Papierformat {value!r}; wählen Sie eines der folgenden: {valid}</translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation>dies ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>no space left on device</source>
        <translation>kein Speicherplatz mehr auf dem Datenträger</translation>
    </message>
    <message>
        <source>the drive is read-only</source>
        <translation>das Laufwerk ist schreibgeschützt</translation>
    </message>
    <message>
        <source>the file name is too long</source>
        <translation>der Dateiname ist zu lang</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>der Ordner existiert nicht</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>das Speicherkontingent ist aufgebraucht</translation>
    </message>
    <message>
        <source>this is a folder, not a plan file</source>
        <translation>dies ist ein Ordner, keine Plandatei</translation>
    </message>
    <message>
        <source>this is a folder, not a spreadsheet</source>
        <translation>dies ist ein Ordner, keine Tabelle</translation>
    </message>
    <message>
        <source>this is a folder, not a plan document</source>
        <translation>dies ist ein Ordner, kein Plandokument</translation>
    </message>
    <message>
        <source>this is a folder, not a partner directory</source>
        <translation>dies ist ein Ordner, kein Partnerverzeichnis</translation>
    </message>
    <message>
        <source>cannot be read ({problem})</source>
        <translation>kann nicht gelesen werden ({problem})</translation>
    </message>
    <message>
        <source>this is a folder; choose a file name to save to</source>
        <translation>dies ist ein Ordner; wählen Sie einen Dateinamen zum Speichern</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <source>permission denied: the file cannot be read</source>
        <translation>Zugriff verweigert: die Datei kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot write in the folder {folder} ({problem}); nothing was saved</source>
        <translation>im Ordner {folder} kann nicht geschrieben werden ({problem}); es wurde nichts gespeichert</translation>
    </message>
    <message>
        <source>cannot be written ({problem}); the previous version is unchanged</source>
        <translation>kann nicht geschrieben werden ({problem}); die vorherige Fassung bleibt unverändert</translation>
    </message>
    <message>
        <source>plan file</source>
        <translation>Plandatei</translation>
    </message>
    <message>
        <source>plan document</source>
        <extracomment>A kind of file, put into error messages as {what} ('the {what} is damaged', 'not a {what}'). German: neuter nouns (das Plandokument, das Partnerverzeichnis), so 'das {what}', 'kein {what}' fit both; French: masculine (le document de plan, le répertoire des partenaires).</extracomment>
        <translation>Plandokument</translation>
    </message>
    <message>
        <source>spreadsheet</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>partner directory</source>
        <extracomment>A kind of file, put into error messages as {what} ('the {what} is damaged', 'not a {what}'). German: neuter nouns (das Plandokument, das Partnerverzeichnis), so 'das {what}', 'kein {what}' fit both; French: masculine (le document de plan, le répertoire des partenaires).</extracomment>
        <translation>Partnerverzeichnis</translation>
    </message>
    <message>
        <source>list of funded projects</source>
        <translation>Liste geförderter Projekte</translation>
    </message>
    <message>
        <source>this is {thing}, not a {what}; the planner reads only ordinary files</source>
        <translation>dies ist {thing} und keine gewöhnliche Datei (erwartet: {what}); der Planer liest nur gewöhnliche Dateien</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>eine benannte Pipe (FIFO)</translation>
    </message>
    <message>
        <source>the file is too large ({size}); a {what} may be at most {limit} (see the limits in the documentation)</source>
        <translation>die Datei ist zu groß ({size}); erlaubt sind höchstens {limit} (Art der Datei: {what}; siehe die Grenzen in der Dokumentation)</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>ein Gerät</translation>
    </message>
    <message>
        <source>not an ordinary file</source>
        <translation>keine gewöhnliche Datei</translation>
    </message>
    <message>
        <source>more than {limit}</source>
        <translation>mehr als {limit}</translation>
    </message>
    <message>
        <source>use yes or no (empty means no)</source>
        <translation>verwenden Sie ja oder nein bzw. yes oder no (leer bedeutet nein)</translation>
    </message>
    <message>
        <source>not a date; use the year (YYYY) or the full date (YYYY-MM-DD)</source>
        <translation>kein Datum; verwenden Sie das Jahr (JJJJ) oder das vollständige Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>no country; use a two-letter code such as PL or an English name such as Poland</source>
        <translation>kein Land angegeben; verwenden Sie einen zweibuchstabigen Code wie PL oder einen englischen Namen wie Poland</translation>
    </message>
    <message>
        <source>not a country; use a two-letter code such as PL, DE, EL or UK, or an English name such as Poland</source>
        <translation>kein bekanntes Land; verwenden Sie einen zweibuchstabigen Code wie PL, DE, EL oder UK oder einen englischen Namen wie Poland</translation>
    </message>
    <message>
        <source>no organisation type; valid types: {valid}</source>
        <translation>kein Organisationstyp angegeben; gültige Typen: {valid}</translation>
    </message>
    <message>
        <source>unknown organisation type; valid types: {valid} (or their labels, or words such as university, SME, NGO, municipality)</source>
        <translation>unbekannter Organisationstyp; gültige Typen: {valid} (oder ihre englischen Bezeichnungen oder Wörter wie university, SME, NGO, municipality)</translation>
    </message>
    <message>
        <source>unknown role; valid roles: {valid} (or coordinator, associated, affiliated; empty means partner)</source>
        <translation>unbekannte Rolle; gültige Rollen: {valid} (oder coordinator, associated, affiliated; leer bedeutet partner)</translation>
    </message>
    <message>
        <source>valid communities (Belgium only): {valid} (Flemish, French, German-speaking), or empty</source>
        <translation>gültige Gemeinschaften (nur Belgien): {valid} (flämische, französische, deutschsprachige Gemeinschaft) oder leer</translation>
    </message>
    <message>
        <source>not an e-mail address (name@example.org)</source>
        <translation>keine E-Mail-Adresse (name@example.org)</translation>
    </message>
    <message>
        <source>partner {number}</source>
        <extracomment>{partner} of other error messages, for a partner without a name.</extracomment>
        <translation>Partner {number}</translation>
    </message>
    <message>
        <source>{value} is not a number JSON allows; write null or a number</source>
        <translation>{value} ist keine Zahl, die JSON erlaubt; schreiben Sie null oder eine Zahl</translation>
    </message>
    <message>
        <source>{what} must be text, not {kind}</source>
        <translation>{what} muss Text sein, nicht {kind}</translation>
    </message>
    <message>
        <source> (did you mean {found!r}?)</source>
        <extracomment>Appended to a word; keep the leading space.</extracomment>
        <translation> (meinten Sie {found!r}?)</translation>
    </message>
    <message>
        <source>{partner} must be an object with name, country, type and role</source>
        <translation>{partner} muss ein Objekt mit name, country, type und role sein</translation>
    </message>
    <message>
        <source>{partner} has no name; every partner needs a non-empty "name"</source>
        <translation>{partner} hat keinen Namen; jeder Partner braucht einen nicht leeren Wert für "name"</translation>
    </message>
    <message>
        <source>{partner}: {value!r} is not a country code{did_you_mean}; use the two-letter ISO 3166 code (for example DE, PL, GR or EL, GB or UK)</source>
        <translation>{partner}: {value!r} ist kein Ländercode{did_you_mean}; verwenden Sie den zweibuchstabigen Code nach ISO 3166 (zum Beispiel DE, PL, GR oder EL, GB oder UK)</translation>
    </message>
    <message>
        <source>{partner}: unknown type {value!r}{did_you_mean}; valid types: {valid}</source>
        <translation>{partner}: unbekannter Typ {value!r}{did_you_mean}; gültige Typen: {valid}</translation>
    </message>
    <message>
        <source>{partner}: unknown role {value!r}{did_you_mean}; valid roles: {valid}</source>
        <translation>{partner}: unbekannte Rolle {value!r}{did_you_mean}; gültige Rollen: {valid}</translation>
    </message>
    <message>
        <source>{partner}: community {value!r} is not one of {valid} (or null)</source>
        <translation>{partner}: die Gemeinschaft {value!r} ist nicht zulässig; erlaubt sind {valid} (oder null)</translation>
    </message>
    <message>
        <source>{partner}: "eche" must be true or false</source>
        <translation>{partner}: "eche" muss true oder false sein</translation>
    </message>
    <message>
        <source>{partner}: "contact" must be an object (person, email, …) or null</source>
        <translation>{partner}: "contact" muss ein Objekt (person, email, …) oder null sein</translation>
    </message>
    <message>
        <source>{partner}: "notes" must be text</source>
        <translation>{partner}: "notes" muss Text sein</translation>
    </message>
    <message>
        <source>no partner has the role "applicant"; mark exactly one organisation as the applicant</source>
        <translation>kein Partner hat die Rolle "applicant"; markieren Sie genau eine Organisation als Antragsteller</translation>
    </message>
    <message>
        <source>{count} partners have the role "applicant" ({names}); exactly one may apply</source>
        <translation>{count} Partner haben die Rolle "applicant" ({names}); nur genau eine Organisation darf den Antrag stellen</translation>
    </message>
    <message>
        <source>the file must contain one JSON object (a plan), not a list or a value</source>
        <translation>die Datei muss genau ein JSON-Objekt (einen Plan) enthalten, keine Liste und keinen Einzelwert</translation>
    </message>
    <message>
        <source>"format" must be {format!r}; this does not look like a plan file</source>
        <translation>"format" muss {format!r} sein; dies sieht nicht nach einer Plandatei aus</translation>
    </message>
    <message>
        <source>"version" must be a whole number (this program writes version {version})</source>
        <translation>"version" muss eine ganze Zahl sein (dieses Programm schreibt Version {version})</translation>
    </message>
    <message>
        <source>this plan was written in format version {version}, newer than this program understands (version {ours}); open it with a newer version of the planner</source>
        <translation>dieser Plan hat die Formatversion {version}, die neuer ist, als dieses Programm versteht (Version {ours}); öffnen Sie ihn mit einer neueren Version des Planers</translation>
    </message>
    <message>
        <source>"action" is missing; valid actions: {valid}</source>
        <translation>"action" fehlt; gültige Aktionen: {valid}</translation>
    </message>
    <message>
        <source>unknown action {value!r}; valid actions: {valid} (official codes such as KA203 or KA220-YOU are accepted too)</source>
        <translation>unbekannte Aktion {value!r}; gültige Aktionen: {valid} (offizielle Codes wie KA203 oder KA220-YOU werden ebenfalls akzeptiert)</translation>
    </message>
    <message>
        <source>unknown field {value!r}; valid fields: {valid}</source>
        <translation>unbekannter Bildungsbereich {value!r}; gültige Bereiche: {valid}</translation>
    </message>
    <message>
        <source>unknown lot {value!r} for {action}; valid lots: {valid}</source>
        <translation>unbekanntes Los {value!r} für {action}; gültige Lose: {valid}</translation>
    </message>
    <message>
        <source>unknown variant {value!r} for {action}; valid variants: {valid}</source>
        <translation>unbekannter Projekttyp {value!r} für {action}; gültige Projekttypen: {valid}</translation>
    </message>
    <message>
        <source>"call_year" must be a year from {first} to {last}, not {value!r}</source>
        <translation>"call_year" muss ein Jahr von {first} bis {last} sein, nicht {value!r}</translation>
    </message>
    <message>
        <source>"duration_months" must be a whole number of months from 1 to {limit}, or null (not {value!r})</source>
        <translation>„duration_months“ muss eine ganze Zahl von Monaten von 1 bis {limit} oder null sein (nicht {value!r})</translation>
    </message>
    <message>
        <source>"title" must be text</source>
        <translation>"title" muss Text sein</translation>
    </message>
    <message>
        <source>"partners" must be a list of organisations</source>
        <translation>"partners" muss eine Liste von Organisationen sein</translation>
    </message>
    <message>
        <source>the number {value} in the file is too large</source>
        <translation>die Zahl {value} in der Datei ist zu groß</translation>
    </message>
    <message>
        <source>a text in quotes is not closed</source>
        <translation>ein Text in Anführungszeichen ist nicht abgeschlossen</translation>
    </message>
    <message>
        <source>a key must be in double quotes (or there is a comma too many before this)</source>
        <translation>ein Schlüssel muss in doppelten Anführungszeichen stehen (oder davor steht ein Komma zu viel)</translation>
    </message>
    <message>
        <source>a comma is missing between two values</source>
        <translation>zwischen zwei Werten fehlt ein Komma</translation>
    </message>
    <message>
        <source>a colon is missing after a key</source>
        <translation>nach einem Schlüssel fehlt ein Doppelpunkt</translation>
    </message>
    <message>
        <source>a value is missing (or there is a comma too many)</source>
        <translation>ein Wert fehlt (oder es steht ein Komma zu viel)</translation>
    </message>
    <message>
        <source>there is more after the end of the plan</source>
        <translation>nach dem Ende des Plans folgt noch weiterer Text</translation>
    </message>
    <message>
        <source>a line break or tab inside a text must be written as \n or \t</source>
        <translation>ein Zeilenumbruch oder Tabulator in einem Text muss als \n bzw. \t geschrieben werden</translation>
    </message>
    <message>
        <source>{problem}; the file seems cut short</source>
        <translation>{problem}; die Datei scheint abgeschnitten zu sein</translation>
    </message>
    <message>
        <source> (did you mean {code}, {name}?)</source>
        <extracomment>Appended to a word; keep the leading space.</extracomment>
        <translation> (meinten Sie {code}, {name}?)</translation>
    </message>
    <message>
        <source>{partner} has no "{key}"</source>
        <translation>{partner}: "{key}" fehlt</translation>
    </message>
    <message>
        <source>the code {code} means the field {implied!r}, but "field" says {field!r}</source>
        <translation>der Code {code} steht für den Bildungsbereich {implied!r}, aber "field" gibt {field!r} an</translation>
    </message>
    <message>
        <source>none: this action has no lots</source>
        <translation>keine: diese Aktion hat keine Lose</translation>
    </message>
    <message>
        <source>none: this action has no variants</source>
        <translation>keine: diese Aktion hat keine Projekttypen</translation>
    </message>
    <message>
        <source>not valid JSON at line {line}, column {column}: {problem}</source>
        <translation>kein gültiges JSON in Zeile {line}, Spalte {column}: {problem}</translation>
    </message>
    <message>
        <source>is not UTF-8 text (byte {byte}); a plan file is JSON written in UTF-8</source>
        <translation>ist kein UTF-8-Text (Byte {byte}); eine Plandatei ist in UTF-8 geschriebenes JSON</translation>
    </message>
    <message>
        <source>this looks like an Erasmus+ Project Results export, but the header row has no column {missing}; an export names at least {required}</source>
        <translation>dies sieht aus wie ein Export der Erasmus+ Project Results Platform, aber die Kopfzeile hat keine Spalte {missing}; ein Export nennt mindestens {required}</translation>
    </message>
    <message>
        <source>this is a zip archive (an .xlsx workbook?), not a CSV file; give it the .xlsx extension</source>
        <translation>dies ist ein ZIP-Archiv (eine .xlsx-Arbeitsmappe?), keine CSV-Datei; geben Sie ihr die Endung .xlsx</translation>
    </message>
    <message>
        <source>this CSV file is UTF-16 text; the Project Results export is UTF-8: save it as UTF-8 CSV</source>
        <translation>diese CSV-Datei ist UTF-16-Text; der Project-Results-Export ist UTF-8: speichern Sie sie als UTF-8-CSV</translation>
    </message>
    <message>
        <source>this is not an .xlsx workbook (an .xlsx file is a zip archive); if it is CSV text, name it .csv</source>
        <translation>dies ist keine .xlsx-Arbeitsmappe (eine .xlsx-Datei ist ein ZIP-Archiv); wenn sie CSV-Text enthält, geben Sie ihr die Endung .csv</translation>
    </message>
    <message>
        <source>the workbook's texts would unpack to {size}; at most {limit} are read (see the limits in the documentation)</source>
        <translation>die Texte der Arbeitsmappe würden entpackt {size} groß; gelesen werden höchstens {limit} (siehe die Grenzen in der Dokumentation)</translation>
    </message>
    <message>
        <source>line {line} is longer than {limit} characters: this is not a list of projects or organisations</source>
        <translation>Zeile {line} ist länger als {limit} Zeichen: dies ist keine Liste von Projekten oder Organisationen</translation>
    </message>
    <message>
        <source>line {line} is not UTF-8 text; the Project Results export is UTF-8: save the list as UTF-8 CSV</source>
        <translation>Zeile {line} ist kein UTF-8-Text; der Project-Results-Export ist UTF-8: speichern Sie die Liste als UTF-8-CSV</translation>
    </message>
    <message>
        <source>row {row} cannot be read as CSV ({problem})</source>
        <translation>Zeile {row} lässt sich nicht als CSV lesen ({problem})</translation>
    </message>
    <message>
        <source>is not a readable .xlsx workbook ({problem})</source>
        <translation>ist keine lesbare .xlsx-Arbeitsmappe ({problem})</translation>
    </message>
    <message>
        <source>use a two-letter code such as DE, EL or UK, or an English country name</source>
        <translation>verwenden Sie einen Zwei-Buchstaben-Code wie DE, EL oder UK oder einen englischen Ländernamen</translation>
    </message>
    <message>
        <source>the project identifier is empty; every project has one, such as {examples}</source>
        <translation>die Projektkennung ist leer; jedes Projekt hat eine, etwa {examples}</translation>
    </message>
    <message>
        <source>the call year is empty and the project identifier does not say it; write the year, such as 2023</source>
        <translation>das Aufrufjahr ist leer, und die Projektkennung nennt es nicht; tragen Sie das Jahr ein, etwa 2023</translation>
    </message>
    <message>
        <source>no known pattern explains this project identifier; valid identifiers look like {examples}</source>
        <translation>kein bekanntes Muster erklärt diese Projektkennung; gültige Kennungen sehen so aus: {examples}</translation>
    </message>
    <message>
        <source>not a call year; a call year has four digits, from {first} on</source>
        <translation>kein Aufrufjahr; ein Aufrufjahr hat vier Ziffern, ab {first}</translation>
    </message>
    <message>
        <source>the project identifier says the call year is {year}; one of the two is wrong</source>
        <translation>laut Projektkennung ist das Aufrufjahr {year}; eine der beiden Angaben ist falsch</translation>
    </message>
    <message>
        <source>not a country; {hint}</source>
        <translation>kein Land; {hint}</translation>
    </message>
    <message>
        <source>the country is empty; {hint}</source>
        <translation>das Land ist leer; {hint}</translation>
    </message>
    <message>
        <source>the coordinating organisation has no name</source>
        <translation>die koordinierende Organisation hat keinen Namen</translation>
    </message>
    <message>
        <source>Partner {n} has no name while its other columns are filled</source>
        <translation>Partner {n} hat keinen Namen, obwohl seine anderen Spalten ausgefüllt sind</translation>
    </message>
    <message>
        <source>no header row found{where}: the first row should name the columns, for example {columns}</source>
        <translation>keine Kopfzeile gefunden{where}: die erste Zeile sollte die Spalten benennen, zum Beispiel {columns}</translation>
    </message>
    <message>
        <source>the header row names no column for {missing} (columns found: {found}); name them as {needed}</source>
        <translation>die Kopfzeile enthält keine Spalte für {missing} (gefundene Spalten: {found}); benennen Sie sie so: {needed}</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source> (sheet {sheet!r})</source>
        <extracomment>Appended to 'no header row found'; keep the leading space.</extracomment>
        <translation> (Tabellenblatt {sheet!r})</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>row {row}, column {column!r}: {value}: {problem}</source>
        <translation>Zeile {row}, Spalte {column!r}: {value}: {problem}</translation>
    </message>
    <message>
        <source>the name is empty; every partner needs its legal name</source>
        <translation>der Name ist leer; jeder Partner braucht seinen rechtsgültigen Namen</translation>
    </message>
    <message>
        <source>only an affiliated entity is affiliated to a partner; leave the cell empty or make the role affiliated</source>
        <translation>nur eine verbundene Einrichtung ist mit einem Partner verbunden; lassen Sie die Zelle leer oder setzen Sie die Rolle auf affiliated</translation>
    </message>
    <message>
        <source>unknown kind of spreadsheet {suffix!r}; partners are read from .csv or .xlsx files</source>
        <translation>unbekannte Art von Tabelle {suffix!r}; Partner werden aus .csv- oder .xlsx-Dateien gelesen</translation>
    </message>
    <message>
        <source>row {row}: a cell holds more than {limit} characters; no column takes that much text</source>
        <translation>Zeile {row}: eine Zelle enthält mehr als {limit} Zeichen; keine Spalte nimmt so viel Text auf</translation>
    </message>
    <message>
        <source>the old Excel format (.xls) cannot be read; save the sheet as .xlsx or CSV and import that</source>
        <translation>das alte Excel-Format (.xls) kann nicht gelesen werden; speichern Sie die Tabelle als .xlsx oder CSV und importieren Sie diese Datei</translation>
    </message>
    <message>
        <source>this is not a text file, so not a CSV file; export the sheet as CSV or .xlsx</source>
        <translation>dies ist keine Textdatei und damit keine CSV-Datei; exportieren Sie die Tabelle als CSV oder .xlsx</translation>
    </message>
    <message>
        <source>the spreadsheet has more than {limit} rows; split it into several files</source>
        <translation>die Tabelle hat mehr als {limit} Zeilen; teilen Sie sie auf mehrere Dateien auf</translation>
    </message>
    <message>
        <source>the workbook has no sheets</source>
        <translation>die Arbeitsmappe enthält keine Tabellenblätter</translation>
    </message>
    <message>
        <source>the workbook unpacks to {size}; a spreadsheet may unpack to at most {limit} (see the limits in the documentation)</source>
        <translation>die Arbeitsmappe wird entpackt {size} groß; erlaubt sind entpackt höchstens {limit} (siehe die Grenzen in der Dokumentation)</translation>
    </message>
    <message>
        <source>is not a readable CSV file ({problem})</source>
        <translation>ist keine lesbare CSV-Datei ({problem})</translation>
    </message>
    <message>
        <source>(no extension)</source>
        <translation>(keine Endung)</translation>
    </message>
    <message>
        <source>the {what} has no entry {entry} (removed meanwhile?)</source>
        <translation>das {what} enthält keinen Eintrag {entry} (inzwischen entfernt?)</translation>
    </message>
    <message>
        <source>{country!r} is not a country; use a two-letter code such as PL or an English name</source>
        <translation>{country!r} ist kein bekanntes Land; verwenden Sie einen zweibuchstabigen Code wie PL oder einen englischen Namen</translation>
    </message>
    <message>
        <source>unknown organisation type {value!r}; valid types: {valid}</source>
        <translation>unbekannter Organisationstyp {value!r}; gültige Typen: {valid}</translation>
    </message>
    <message>
        <source>the folder for the {what} cannot be created ({problem})</source>
        <translation>der Ordner für das {what} kann nicht angelegt werden ({problem})</translation>
    </message>
    <message>
        <source>an entry cannot be merged with itself (both are {entry})</source>
        <translation>ein Eintrag kann nicht mit sich selbst zusammengeführt werden (beide sind {entry})</translation>
    </message>
    <message>
        <source>this is a database of another program, not a {what}</source>
        <translation>dies ist eine Datenbank eines anderen Programms, kein {what}</translation>
    </message>
    <message>
        <source>this {what} was written by a newer version of the planner (version {version}; this program reads up to {ours}); it was not changed</source>
        <translation>dieses {what} wurde von einer neueren Version des Planers geschrieben (Version {version}; dieses Programm liest bis Version {ours}); es wurde nicht verändert</translation>
    </message>
    <message>
        <source>the {what} at {where} refused this: {problem}</source>
        <translation>das {what} unter {where} hat das abgelehnt: {problem}</translation>
    </message>
    <message>
        <source>the {what} at {where} refused this: your role does not allow it ({problem}); viewers search it, editors also add and change entries — ask one of the workspace's owners</source>
        <translation>das {what} unter {where} hat das abgelehnt: Ihre Rolle erlaubt es nicht ({problem}); Lesende durchsuchen es, Bearbeitende fügen auch Einträge hinzu und ändern sie – fragen Sie eine Eigentümerin oder einen Eigentümer des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>the connection to the {what} at {where} was lost ({problem}); nothing was changed by this step</source>
        <translation>die Verbindung zum {what} unter {where} ist abgerissen ({problem}); durch diesen Schritt wurde nichts geändert</translation>
    </message>
    <message>
        <source> (process {pid} on host {host})</source>
        <extracomment>Appended to 'is open in another window or program'; keep the leading space.</extracomment>
        <translation> (Prozess {pid} auf Rechner {host})</translation>
    </message>
    <message>
        <source> (process {pid} on host {host}, user {user})</source>
        <translation> (Prozess {pid} auf Rechner {host}, Benutzer {user})</translation>
    </message>
    <message>
        <source>is open in another window or program{holder}</source>
        <translation>ist in einem anderen Fenster oder Programm geöffnet{holder}</translation>
    </message>
    <message>
        <source>cannot be opened for editing: {reason}</source>
        <translation>kann nicht zum Bearbeiten geöffnet werden: {reason}</translation>
    </message>
    <message>
        <source>{problem}; it was not changed (close it there, then try again)</source>
        <translation>{problem}; sie wurde nicht geändert (schließen Sie sie dort und versuchen Sie es erneut)</translation>
    </message>
    <message>
        <source>{problem}; open it read-only?</source>
        <extracomment>The question of a dialog that offers to open the plan read-only.</extracomment>
        <translation>{problem}; schreibgeschützt öffnen?</translation>
    </message>
    <message>
        <source>the lock keeps changing; try again</source>
        <translation>die Sperrdatei ändert sich ständig; versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>no lock can be written beside it ({problem})</source>
        <translation>daneben kann keine Sperrdatei angelegt werden ({problem})</translation>
    </message>
    <message>
        <source>could not be brought up to date from schema version {version} ({problem}); it is unchanged</source>
        <translation>konnte nicht von Schemaversion {version} aktualisiert werden ({problem}); die Datei ist unverändert</translation>
    </message>
    <message>
        <source>the document is damaged: history entry {entry} has no readable date</source>
        <translation>das Dokument ist beschädigt: der Verlaufseintrag {entry} hat kein lesbares Datum</translation>
    </message>
    <message>
        <source>history entry {entry}</source>
        <translation>Verlaufseintrag {entry}</translation>
    </message>
    <message>
        <source>this is a database of another program, not a plan document (it holds no plan)</source>
        <translation>dies ist eine Datenbank eines anderen Programms, kein Plandokument (sie enthält keinen Plan)</translation>
    </message>
    <message>
        <source>the {what} is damaged ({details}); open the backup copy if there is one</source>
        <translation>das {what} ist beschädigt ({details}); öffnen Sie die Sicherungskopie, falls vorhanden</translation>
    </message>
    <message>
        <source>the {what} is damaged: it holds no plan</source>
        <translation>das {what} ist beschädigt: es enthält keinen Plan</translation>
    </message>
    <message>
        <source>the document is damaged: {what} is not readable</source>
        <translation>das Dokument ist beschädigt; nicht lesbar: {what}</translation>
    </message>
    <message>
        <source>this plan was saved by a newer version of the planner (document {shown}; this program reads up to version {ours}). It was not changed; open it with a newer version of the planner</source>
        <translation>dieser Plan wurde von einer neueren Version des Planers gespeichert (Dokument: {shown}; dieses Programm liest bis Version {ours}). Er wurde nicht verändert; öffnen Sie ihn mit einer neueren Version des Planers</translation>
    </message>
    <message>
        <source>the {what} names a schema revision this program does not know ({revision}); it was written by a newer version of the planner, or it is damaged. It was not changed</source>
        <translation>das {what} nennt eine Schemarevision, die dieses Programm nicht kennt ({revision}); es wurde mit einer neueren Version des Planers geschrieben oder ist beschädigt. Es wurde nicht geändert</translation>
    </message>
    <message>
        <source>{problem}. It was not overwritten: save under another name</source>
        <translation>{problem}. Die Datei wurde nicht überschrieben: speichern Sie unter einem anderen Namen</translation>
    </message>
    <message>
        <source>version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>the document is damaged: the notes are not text</source>
        <translation>das Dokument ist beschädigt: die Notizen sind kein Text</translation>
    </message>
    <message>
        <source>the contact of {partner}</source>
        <translation>Kontaktdaten von {partner}</translation>
    </message>
    <message>
        <source>the extra data of {partner}</source>
        <translation>Zusatzdaten von {partner}</translation>
    </message>
    <message>
        <source>the plan's extra data</source>
        <translation>Zusatzdaten des Plans</translation>
    </message>
    <message>
        <source>the recovery folder cannot be created ({problem})</source>
        <translation>der Wiederherstellungsordner kann nicht angelegt werden ({problem})</translation>
    </message>
    <message>
        <source>this is not a {what}: the planner writes them as SQLite databases, and this file is something else</source>
        <translation>dies ist kein {what}: der Planer speichert sie als SQLite-Datenbanken, diese Datei ist aber etwas anderes</translation>
    </message>
    <message>
        <source>the {what} cannot be read ({problem})</source>
        <translation>das {what} kann nicht gelesen werden ({problem})</translation>
    </message>
    <message>
        <source>the file is empty; it is not a {what}</source>
        <translation>die Datei ist leer; sie ist kein {what}</translation>
    </message>
    <message>
        <source>the {what} is damaged: its size does not match its header (cut off while copying or downloading?); open the backup copy, or the last version you sent or received</source>
        <translation>das {what} ist beschädigt: seine Größe passt nicht zu seinem Dateikopf (beim Kopieren oder Herunterladen abgeschnitten?); öffnen Sie die Sicherungskopie oder die zuletzt gesendete oder empfangene Fassung</translation>
    </message>
    <message>
        <source>this is JSON text, not a {what}; if it is a plan in the JSON format, give it the .json extension (or turn it into a .epplan document with: erasmus-planner convert IN.json OUT.epplan)</source>
        <translation>dies ist JSON-Text, kein {what}; wenn es ein Plan im JSON-Format ist, geben Sie der Datei die Endung .json (oder wandeln Sie sie in ein .epplan-Dokument um mit: erasmus-planner convert IN.json OUT.epplan)</translation>
    </message>
    <message>
        <source>this is a zip archive (a spreadsheet or an office document?), not a {what}</source>
        <translation>dies ist ein ZIP-Archiv (eine Tabelle oder ein Office-Dokument?), kein {what}</translation>
    </message>
    <message>
        <source>the {what} is damaged and cannot be read; open the backup copy if there is one</source>
        <translation>das {what} ist beschädigt und kann nicht gelesen werden; öffnen Sie die Sicherungskopie, falls vorhanden</translation>
    </message>
    <message>
        <source>the {what} is busy in another program; try again in a moment</source>
        <translation>das {what} wird gerade von einem anderen Programm verwendet; versuchen Sie es gleich noch einmal</translation>
    </message>
    <message>
        <source>the {what} cannot be opened (permission denied or the folder is read-only)</source>
        <translation>das {what} kann nicht geöffnet werden (Zugriff verweigert oder der Ordner ist schreibgeschützt)</translation>
    </message>
    <message>
        <source>the disk is full; nothing was saved</source>
        <translation>der Datenträger ist voll; es wurde nichts gespeichert</translation>
    </message>
    <message>
        <source>the {what} cannot be written ({problem})</source>
        <translation>das {what} kann nicht geschrieben werden ({problem})</translation>
    </message>
    <message>
        <source>the {what} cannot be written (permission denied or the folder is read-only)</source>
        <translation>das {what} kann nicht geschrieben werden (Zugriff verweigert oder der Ordner ist schreibgeschützt)</translation>
    </message>
    <message>
        <source>no workspace address given; write it as postgresql://user@host/database or give a service name</source>
        <translation>keine Arbeitsbereich-Adresse angegeben; schreiben Sie sie als postgresql://benutzer@host/datenbank oder nennen Sie einen Dienstnamen</translation>
    </message>
    <message>
        <source>{address} is not a workspace address ({problem}); write it as postgresql://user@host:5432/database (add ?sslmode=require for TLS), or give a service name from pg_service.conf</source>
        <translation>{address} ist keine Arbeitsbereich-Adresse ({problem}); schreiben Sie sie als postgresql://benutzer@host:5432/datenbank (mit ?sslmode=require für TLS) oder nennen Sie einen Dienstnamen aus pg_service.conf</translation>
    </message>
    <message>
        <source>cannot connect to the workspace {where}: {problem}</source>
        <translation>keine Verbindung zum Arbeitsbereich {where}: {problem}</translation>
    </message>
    <message>
        <source>the workspace {where} did not answer within {seconds} s; check the address and the network (the planner keeps working on local files meanwhile)</source>
        <translation>der Arbeitsbereich {where} hat nicht innerhalb von {seconds} s geantwortet; prüfen Sie Adresse und Netzwerk (der Planer arbeitet so lange mit lokalen Dateien weiter)</translation>
    </message>
    <message>
        <source>the workspace {where} asks for a password</source>
        <translation>der Arbeitsbereich {where} verlangt ein Passwort</translation>
    </message>
    <message>
        <source>the workspace {where} refused the login of {user}: wrong password or unknown user</source>
        <translation>der Arbeitsbereich {where} hat die Anmeldung von {user} abgelehnt: falsches Passwort oder unbekannter Benutzer</translation>
    </message>
    <message>
        <source>no server answers at {where} (connection refused): is PostgreSQL running there, on that port?</source>
        <translation>unter {where} antwortet kein Server (Verbindung abgelehnt): läuft PostgreSQL dort, auf diesem Port?</translation>
    </message>
    <message>
        <source>the server name of {where} is not known (mistyped, or no network?)</source>
        <translation>der Servername von {where} ist unbekannt (vertippt oder kein Netzwerk?)</translation>
    </message>
    <message>
        <source>the server at {where} does not offer TLS, but the address requires it (sslmode); turn TLS on at the server (docs/workspace.md) or ask its administrator</source>
        <translation>der Server unter {where} bietet kein TLS an, die Adresse verlangt es aber (sslmode); schalten Sie TLS am Server ein (docs/workspace.md) oder fragen Sie seine Administration</translation>
    </message>
    <message>
        <source>the service {service} is not defined in pg_service.conf (PGSERVICEFILE or ~/.pg_service.conf)</source>
        <translation>der Dienst {service} ist in pg_service.conf nicht definiert (PGSERVICEFILE oder ~/.pg_service.conf)</translation>
    </message>
    <message>
        <source>the database of {where} does not exist; an administrator creates it (docs/workspace.md), then runs erasmus-planner workspace init</source>
        <translation>die Datenbank von {where} existiert nicht; eine Administratorin oder ein Administrator legt sie an (docs/workspace.md) und führt dann erasmus-planner workspace init aus</translation>
    </message>
    <message>
        <source>the workspace {where} does not let {user} in: ask one of its owners for membership (erasmus-planner workspace grant {user} viewer)</source>
        <translation>der Arbeitsbereich {where} lässt {user} nicht herein: bitten Sie eine seiner Eigentümerinnen oder einen seiner Eigentümer um Mitgliedschaft (erasmus-planner workspace grant {user} viewer)</translation>
    </message>
    <message>
        <source>a secure (TLS) connection to {where} failed: {problem}</source>
        <translation>eine sichere (TLS-)Verbindung zu {where} ist fehlgeschlagen: {problem}</translation>
    </message>
    <message>
        <source>sslmode={mode} checks the certificate of {where}, but the CA certificate file {ca} does not exist: give the workspace's CA certificate with sslrootcert=/path/to/ca.pem (docs/workspace.md, TLS)</source>
        <translation>sslmode={mode} prüft das Zertifikat von {where}, aber die CA-Zertifikatsdatei {ca} existiert nicht: geben Sie das CA-Zertifikat des Arbeitsbereichs mit sslrootcert=/pfad/zu/ca.pem an (docs/workspace.md, TLS)</translation>
    </message>
    <message>
        <source>the server at {where} showed a certificate that is not signed by the CA in {ca}, so the planner did not connect (nothing was sent): check that sslrootcert names your workspace's CA certificate, or ask its administrator</source>
        <translation>der Server unter {where} zeigte ein Zertifikat, das nicht von der CA in {ca} signiert ist, daher hat der Planer keine Verbindung hergestellt (nichts wurde gesendet): prüfen Sie, ob sslrootcert das CA-Zertifikat Ihres Arbeitsbereichs nennt, oder fragen Sie dessen Administrator</translation>
    </message>
    <message>
        <source>the certificate of the server at {where} is made out for another name than {host}, so the planner did not connect (nothing was sent): use the name the certificate gives, or ask its administrator</source>
        <translation>das Zertifikat des Servers unter {where} ist auf einen anderen Namen als {host} ausgestellt, daher hat der Planer keine Verbindung hergestellt (nichts wurde gesendet): verwenden Sie den Namen aus dem Zertifikat, oder fragen Sie dessen Administrator</translation>
    </message>
    <message>
        <source>the workspace {where} refused this: your role does not allow it ({problem}); ask one of its owners</source>
        <translation>der Arbeitsbereich {where} hat das abgelehnt: Ihre Rolle erlaubt es nicht ({problem}); fragen Sie eine seiner Eigentümerinnen oder einen seiner Eigentümer</translation>
    </message>
    <message>
        <source>{where} is not a workspace yet: its owner runs erasmus-planner workspace init {where}</source>
        <translation>{where} ist noch kein Arbeitsbereich: die Eigentümerin oder der Eigentümer führt erasmus-planner workspace init {where} aus</translation>
    </message>
    <message>
        <source>the connection to the workspace {where} was lost ({problem}); nothing was changed by this step</source>
        <translation>die Verbindung zum Arbeitsbereich {where} ist abgerissen ({problem}); durch diesen Schritt wurde nichts geändert</translation>
    </message>
    <message>
        <source>the workspace {where} refused this: {problem}</source>
        <translation>der Arbeitsbereich {where} hat das abgelehnt: {problem}</translation>
    </message>
    <message>
        <source>unknown workspace role {role!r}; valid roles: {valid}</source>
        <translation>unbekannte Arbeitsbereich-Rolle {role!r}; gültige Rollen: {valid}</translation>
    </message>
    <message>
        <source>{login} is the last owner of the workspace; make someone else an owner first</source>
        <translation>{login} ist die letzte Eigentümerrolle des Arbeitsbereichs; machen Sie zuerst jemand anderen zur Eigentümerin oder zum Eigentümer</translation>
    </message>
    <message>
        <source>there is no PostgreSQL role {login!r}; an administrator creates it first (CREATE ROLE {login} LOGIN PASSWORD '…', see docs/workspace.md)</source>
        <translation>es gibt keine PostgreSQL-Rolle {login!r}; die Administration legt sie zuerst an (CREATE ROLE {login} LOGIN PASSWORD '…', siehe docs/workspace.md)</translation>
    </message>
    <message>
        <source>{login!r} is a group, not a person's login role</source>
        <translation>{login!r} ist eine Gruppe, keine Anmelderolle einer Person</translation>
    </message>
    <message>
        <source>only an owner of the workspace can change who is a member (you are {role})</source>
        <translation>nur Eigentümerinnen und Eigentümer des Arbeitsbereichs können Mitgliedschaften ändern (Sie sind {role})</translation>
    </message>
    <message>
        <source>the workspace {where} has schema version {version}, newer than this program knows ({ours}); update the planner</source>
        <translation>der Arbeitsbereich {where} hat die Schemaversion {version}, neuer als dieses Programm kennt ({ours}); aktualisieren Sie den Planer</translation>
    </message>
    <message>
        <source>the workspace {where} has schema version {version}; one of its owners runs erasmus-planner workspace init {where} to bring it to version {ours}</source>
        <translation>der Arbeitsbereich {where} hat die Schemaversion {version}; eine Eigentümerin oder ein Eigentümer führt erasmus-planner workspace init {where} aus, um ihn auf Version {ours} zu bringen</translation>
    </message>
    <message>
        <source>{where}: this login may not create the workspace ({problem}); run init as the database's owner with the CREATEROLE privilege (docs/workspace.md)</source>
        <translation>{where}: diese Anmeldung darf den Arbeitsbereich nicht anlegen ({problem}); führen Sie init als Eigentümerrolle der Datenbank mit dem Recht CREATEROLE aus (docs/workspace.md)</translation>
    </message>
    <message>
        <source>the workspace already has a team plan {name!r} (version {current}) that this file was not pulled from; pull it first, or push under another name (--as {name}-copy)</source>
        <translation>der Arbeitsbereich hat bereits einen Teamplan {name!r} (Version {current}), aus dem diese Datei nicht geholt wurde; holen Sie ihn zuerst (pull) oder speichern Sie unter einem anderen Namen (--as {name}-copy)</translation>
    </message>
    <message>
        <source>team plan {name!r} is being edited by {holder} since {since}</source>
        <translation>Teamplan {name!r} wird seit {since} von {holder} bearbeitet</translation>
    </message>
    <message>
        <source>the workspace {where} has no team plan {name!r}</source>
        <translation>der Arbeitsbereich {where} hat keinen Teamplan {name!r}</translation>
    </message>
    <message>
        <source>the workspace {where} has no team plan {name!r} any more (removed meanwhile?); push it as a new plan with --as</source>
        <translation>der Arbeitsbereich {where} hat keinen Teamplan {name!r} mehr (inzwischen entfernt?); speichern Sie ihn mit --as als neuen Plan</translation>
    </message>
    <message>
        <source>team plan {name!r} is at version {current} in the workspace, but this copy is based on version {base}: someone saved in between. Nothing was overwritten; keep yours as a copy (--as {name}-copy) or pull theirs</source>
        <translation>Teamplan {name!r} ist im Arbeitsbereich bei Version {current}, diese Kopie beruht aber auf Version {base}: jemand hat zwischendurch gespeichert. Nichts wurde überschrieben; behalten Sie Ihre als Kopie (--as {name}-copy) oder holen Sie die andere (pull)</translation>
    </message>
    <message>
        <source>team plan {name!r} is being edited by {holder} since {since}; nothing was saved (try again when they are done, or keep yours as a copy)</source>
        <translation>Teamplan {name!r} wird seit {since} von {holder} bearbeitet; nichts wurde gespeichert (versuchen Sie es erneut, wenn die Bearbeitung fertig ist, oder behalten Sie Ihre Fassung als Kopie)</translation>
    </message>
    <message>
        <source>this is not an Erasmus+ Project Results export: no header row names both 'Project Identifier' and 'Coordinating organisation name'; audit reads the Commission's lists of funded projects (CSV or XLSX)</source>
        <translation>dies ist kein Export der Erasmus+ Project Results Platform: keine Kopfzeile nennt sowohl 'Project Identifier' als auch 'Coordinating organisation name'; audit liest die Listen geförderter Projekte der Kommission (CSV oder XLSX)</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>Zeile {row}</translation>
    </message>
    <message>
        <source>no funded project in the directory</source>
        <translation>kein gefördertes Projekt im Verzeichnis</translation>
    </message>
    <message>
        <source>{experience}; one of several still missing</source>
        <translation>{experience}; eine von mehreren noch fehlenden</translation>
    </message>
    <message>
        <source>projects of this action: {same} ({field} in this field, {coordinated} as coordinator), newest {year}</source>
        <translation>Projekte dieser Aktion: {same} ({field} in diesem Bereich, {coordinated} als Koordinator), neuestes {year}</translation>
    </message>
    <message>
        <source>no project of this action; funded projects of other actions: {total}</source>
        <translation>kein Projekt dieser Aktion; geförderte Projekte anderer Aktionen: {total}</translation>
    </message>
    <message>
        <source>installing a launcher this way is for Linux desktops; on Windows and macOS the bundle (make bundle) is the application: see docs/desktop.md</source>
        <translation>einen Starter auf diese Weise einzurichten ist für Linux-Desktops gedacht; unter Windows und macOS ist das Paket (make bundle) die Anwendung: siehe docs/desktop.md</translation>
    </message>
    <message>
        <source>the folder cannot be created ({problem})</source>
        <translation>der Ordner kann nicht angelegt werden ({problem})</translation>
    </message>
    <message>
        <source>cannot be removed ({problem})</source>
        <translation>kann nicht entfernt werden ({problem})</translation>
    </message>
    <message>
        <source>unknown role {value!r}; valid roles: {valid}</source>
        <translation>unbekannte Rolle {value!r}; gültige Rollen: {valid}</translation>
    </message>
    <message>
        <source>entries {keep} and {other} are in different countries ({first}, {second}); one organisation is in one country: check the ids (directory duplicates lists likely pairs), or merge anyway with --any-country</source>
        <translation>die Einträge {keep} und {other} liegen in verschiedenen Ländern ({first}, {second}); eine Organisation liegt in einem Land: prüfen Sie die IDs (directory duplicates listet wahrscheinliche Paare) oder führen Sie sie trotzdem mit --any-country zusammen</translation>
    </message>
    <message>
        <source>this is neither an Erasmus+ Project Results export (no header row names both 'Project Identifier' and 'Coordinating organisation name') nor a partner list ({problem})</source>
        <translation>dies ist weder ein Export der Erasmus+ Project Results Platform (keine Kopfzeile nennt sowohl 'Project Identifier' als auch 'Coordinating organisation name') noch eine Partnerliste ({problem})</translation>
    </message>
    <message>
        <source>the same project is already on row {row}</source>
        <translation>dasselbe Projekt steht schon in Zeile {row}</translation>
    </message>
    <message>
        <source>no funded project {identifier} in the partner directory; import the Project Results list that holds it (erasmus-planner directory import FILE)</source>
        <translation>kein gefördertes Projekt {identifier} im Partnerverzeichnis; importieren Sie die Project-Results-Liste, die es enthält (erasmus-planner directory import DATEI)</translation>
    </message>
    <message>
        <source>the funded project {identifier} is not a Key Action 2 partnership the planner knows ({what}); a plan cannot be made from it</source>
        <translation>das geförderte Projekt {identifier} ist keine Partnerschaft der Leitaktion 2, die der Planer kennt ({what}); daraus lässt sich kein Plan machen</translation>
    </message>
    <message>
        <source>ECHE assumed: it took part in the funded project {identifier}; check the charter</source>
        <translation>ECHE angenommen: es war am geförderten Projekt {identifier} beteiligt; prüfen Sie die Charta</translation>
    </message>
    <message>
        <source>{count} organisations of the project are no longer in the directory and are missing from the plan</source>
        <translation>{count} Organisationen des Projekts sind nicht mehr im Verzeichnis und fehlen im Plan</translation>
    </message>
    <message>
        <source>the project does not say its field; set to {field}, the first in which this consortium is eligible: change it if the project's main field was another</source>
        <translation>das Projekt nennt seinen Bereich nicht; auf {field} gesetzt, den ersten, in dem dieses Konsortium förderfähig ist: ändern Sie ihn, wenn der Hauptbereich des Projekts ein anderer war</translation>
    </message>
    <message>
        <source>the project does not say its lot; set to {lot}, the first under which this consortium is eligible</source>
        <translation>das Projekt nennt sein Los nicht; auf {lot} gesetzt, das erste, unter dem dieses Konsortium förderfähig ist</translation>
    </message>
    <message>
        <source>{name}: ECHE assumed (it took part in this funded project); check the charter</source>
        <translation>{name}: ECHE angenommen (am geförderten Projekt beteiligt); prüfen Sie die Charta</translation>
    </message>
    <message>
        <source>already in the plan as {name}</source>
        <translation>bereits im Plan als {name}</translation>
    </message>
    <message>
        <source>repeats row {row} ({name})</source>
        <translation>wiederholt Zeile {row} ({name})</translation>
    </message>
    <message>
        <source>an affiliated entity needs the name of its full partner; valid names: {valid}</source>
        <translation>eine verbundene Einrichtung braucht den Namen ihres Vollpartners; gültige Namen: {valid}</translation>
    </message>
    <message>
        <source>names no applicant or full partner of the plan or of this list; valid names: {valid}</source>
        <translation>nennt keinen Antragsteller und keinen Vollpartner des Plans oder dieser Liste; gültige Namen: {valid}</translation>
    </message>
    <message>
        <source>names {count} partners; give them distinct names</source>
        <translation>passt auf {count} Partner; geben Sie ihnen unterschiedliche Namen</translation>
    </message>
    <message>
        <source>{clash}; remove the row or the partner</source>
        <translation>{clash}; entfernen Sie die Zeile oder den Partner</translation>
    </message>
    <message>
        <source>{applicant} is already the applicant and exactly one partner applies; use partner or associated-partner</source>
        <translation>{applicant} ist bereits Antragsteller, und nur genau ein Partner stellt den Antrag; verwenden Sie partner oder associated-partner</translation>
    </message>
    <message>
        <source>the partner directory cannot be opened</source>
        <translation>das Partnerverzeichnis kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>partners are imported from .csv or .xlsx spreadsheets</source>
        <translation>Partner werden aus .csv- oder .xlsx-Tabellen importiert</translation>
    </message>
    <message>
        <source>this is a spreadsheet, not a plan (plans are .json or .epplan files); to add the partners it lists to a plan: erasmus-planner import-partners {file} --into PLAN</source>
        <translation>dies ist eine Tabelle, kein Plan (Pläne sind .json- oder .epplan-Dateien); um die darin aufgeführten Partner einem Plan hinzuzufügen: erasmus-planner import-partners {file} --into PLAN</translation>
    </message>
    <message>
        <source>unknown kind of file {suffix!r}; plans are .json or .epplan files</source>
        <translation>unbekannte Dateiart {suffix!r}; Pläne sind .json- oder .epplan-Dateien</translation>
    </message>
    <message>
        <source>no plan is open</source>
        <translation>es ist kein Plan geöffnet</translation>
    </message>
    <message>
        <source>the plan has no file yet; choose where to save it</source>
        <translation>der Plan hat noch keine Datei; wählen Sie aus, wo er gespeichert werden soll</translation>
    </message>
    <message>
        <source>the plan was opened read-only; save it under another name</source>
        <translation>der Plan wurde schreibgeschützt geöffnet; speichern Sie ihn unter einem anderen Namen</translation>
    </message>
    <message>
        <source>unknown action {value!r}; actions: {valid}</source>
        <translation>unbekannte Aktion {value!r}; Aktionen: {valid}</translation>
    </message>
    <message>
        <source>unknown field {value!r}; fields: {valid}</source>
        <translation>unbekannter Bildungsbereich {value!r}; Bereiche: {valid}</translation>
    </message>
    <message>
        <source>call year {value!r} is outside {first}-{last}</source>
        <translation>Aufrufjahr {value!r} liegt außerhalb von {first}-{last}</translation>
    </message>
    <message>
        <source>{where} is not a team plan of the workspace {workspace}</source>
        <translation>{where} ist kein Teamplan des Arbeitsbereichs {workspace}</translation>
    </message>
    <message>
        <source>the team workspace is not connected; connect it in Preferences ▸ Workspace</source>
        <translation>der Team-Arbeitsbereich ist nicht verbunden; verbinden Sie ihn unter Einstellungen ▸ Arbeitsbereich</translation>
    </message>
    <message>
        <source>no workspace given: use --workspace postgresql://user@host/database, or set {variable}</source>
        <translation>kein Arbeitsbereich angegeben: verwenden Sie --workspace postgresql://benutzer@host/datenbank oder setzen Sie {variable}</translation>
    </message>
    <message>
        <source>a team plan's name must not be empty or contain '/': {name!r}</source>
        <translation>der Name eines Teamplans darf nicht leer sein und kein „/“ enthalten: {name!r}</translation>
    </message>
    <message>
        <source>a team plan needs a name; give one with --as NAME</source>
        <translation>ein Teamplan braucht einen Namen; geben Sie ihn mit --as NAME an</translation>
    </message>
    <message>
        <source>the screenshot is written as PNG: give a file name ending in .png</source>
        <translation>der Screenshot wird als PNG gespeichert: geben Sie einen Dateinamen mit der Endung .png an</translation>
    </message>
    <message>
        <source>the screenshot could not be written there</source>
        <translation>der Screenshot konnte dort nicht gespeichert werden</translation>
    </message>
    <message>
        <source>--lang {value!r} is not an interface language; use one of {valid}</source>
        <translation>--lang {value!r} ist keine Sprache der Oberfläche; verwenden Sie eine der folgenden: {valid}</translation>
    </message>
    <message>
        <source>this is not an ordinary file; the planner reads lists from ordinary files only</source>
        <translation type="vanished">dies ist keine gewöhnliche Datei; der Planer liest Listen nur aus gewöhnlichen Dateien</translation>
    </message>
    <message>
        <source>unknown role; valid roles: {valid} (or coordinator, associated; empty means partner)</source>
        <translation type="vanished">unbekannte Rolle; gültige Rollen: {valid} (oder coordinator, associated; leer bedeutet partner)</translation>
    </message>
    <message>
        <source>"duration_months" must be a whole number of months, or null</source>
        <translation type="vanished">"duration_months" muss eine ganze Zahl von Monaten oder null sein</translation>
    </message>
    <message>
        <source>could not be brought up to date ({problem}); it is unchanged</source>
        <translation type="vanished">konnte nicht auf den neuesten Stand gebracht werden ({problem}); die Datei ist unverändert</translation>
    </message>
    <message>
        <source>an unknown version ({revision!r})</source>
        <translation type="vanished">unbekannte Version ({revision!r})</translation>
    </message>
</context>
</TS>
