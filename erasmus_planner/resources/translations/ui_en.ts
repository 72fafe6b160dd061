<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CandidatesDialog</name>
    <message numerus="yes">
        <source>%n organisation(s) would help; the first would make this rule pass</source>
        <translation>
            <numerusform>%n organisation would help; it would make this rule pass</numerusform>
            <numerusform>%n organisations would help; the first would make this rule pass</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s) would help; the rule needs more than one</source>
        <translation>
            <numerusform>%n organisation would help; the rule needs more than one</numerusform>
            <numerusform>%n organisations would help; the rule needs more than one</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DirectoryWindow</name>
    <message numerus="yes">
        <source>Nothing was imported from {name}; %n row(s) need fixing:</source>
        <translation>
            <numerusform>Nothing was imported from {name}; %n row needs fixing:</numerusform>
            <numerusform>Nothing was imported from {name}; %n rows need fixing:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n funded project(s) from {name}</source>
        <translation>
            <numerusform>Imported %n funded project from {name}</numerusform>
            <numerusform>Imported %n funded projects from {name}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new organisation(s)</source>
        <translation>
            <numerusform>%n new organisation</numerusform>
            <numerusform>%n new organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n organisation(s) from {name}</source>
        <translation>
            <numerusform>Imported %n organisation from {name}</numerusform>
            <numerusform>Imported %n organisations from {name}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bad row(s) skipped</source>
        <translation>
            <numerusform>%n bad row skipped</numerusform>
            <numerusform>%n bad rows skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n organisation(s) to {path}</source>
        <translation>
            <numerusform>Exported %n organisation to {path}</numerusform>
            <numerusform>Exported %n organisations to {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n likely pair(s), one after the other: select the two entries of a pair and Merge (Undo takes it back)</source>
        <translation>
            <numerusform>%n likely pair: select its two entries and Merge (Undo takes it back)</numerusform>
            <numerusform>%n likely pairs, one after the other: select the two entries of a pair and Merge (Undo takes it back)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s) shown</source>
        <translation>
            <numerusform>%n organisation shown</numerusform>
            <numerusform>%n organisations shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} · the directory holds %n organisation(s)</source>
        <translation>
            <numerusform>{shown} · the directory holds %n organisation</numerusform>
            <numerusform>{shown} · the directory holds %n organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n funded project(s)</source>
        <translation>
            <numerusform>%n funded project</numerusform>
            <numerusform>%n funded projects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n entr(y/ies); Undo (Ctrl+Z) brings them back</source>
        <translation>
            <numerusform>Deleted %n entry; Undo (Ctrl+Z) brings it back</numerusform>
            <numerusform>Deleted %n entries; Undo (Ctrl+Z) brings them back</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n organisation(s) to the plan; Edit ▸ Undo in the plan&apos;s window takes them out</source>
        <translation>
            <numerusform>Added %n organisation to the plan; Edit ▸ Undo in the plan&apos;s window takes it out</numerusform>
            <numerusform>Added %n organisations to the plan; Edit ▸ Undo in the plan&apos;s window takes them out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Funded projects: %n</source>
        <translation>
            <numerusform>Funded projects: %n</numerusform>
            <numerusform>Funded projects: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FundedProjectDialog</name>
    <message numerus="yes">
        <source>%n project(s) listed, newest first</source>
        <translation>
            <numerusform>%n project listed</numerusform>
            <numerusform>%n projects listed, newest first</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Nothing was imported from {name}; %n row(s) need fixing:</source>
        <translation>
            <numerusform>Nothing was imported from {name}; %n row needs fixing:</numerusform>
            <numerusform>Nothing was imported from {name}; %n rows need fixing:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n partner(s) from {name}</source>
        <translation>
            <numerusform>Imported %n partner from {name}</numerusform>
            <numerusform>Imported %n partners from {name}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not eligible: %n rule(s) not met</source>
        <translation>
            <numerusform>Not eligible: %n rule not met</numerusform>
            <numerusform>Not eligible: %n rules not met</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message numerus="yes">
        <source>%n funded project(s)</source>
        <translation>
            <numerusform>%n funded project</numerusform>
            <numerusform>%n funded projects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n affiliated entities are linked to this organisation; in this role it can have none: on OK you choose what becomes of them.</source>
        <translation>
            <numerusform>%n affiliated entity is linked to this organisation; in this role it can have none: on OK you choose what becomes of it.</numerusform>
            <numerusform>%n affiliated entities are linked to this organisation; in this role it can have none: on OK you choose what becomes of them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnersView</name>
    <message numerus="yes">
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n organisation</numerusform>
            <numerusform>%n organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n organisation(s) match the filter</source>
        <translation>
            <numerusform>{shown} of %n organisation matches the filter</numerusform>
            <numerusform>{shown} of %n organisations match the filter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message numerus="yes">
        <source>“{partner}” has %n affiliated entities. Remove them too, link them to another full partner, or keep them as full partners?</source>
        <translation>
            <numerusform>“{partner}” has %n affiliated entity. Remove it too, link it to another full partner, or keep it as a full partner?</numerusform>
            <numerusform>“{partner}” has %n affiliated entities. Remove them too, link them to another full partner, or keep them as full partners?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“{partner}” becomes: {role}. In that role it can have no affiliated entities, and %n are linked to it. Link them to another full partner, make them full partners, or remove them?</source>
        <translation>
            <numerusform>“{partner}” becomes: {role}. In that role it can have no affiliated entities, and %n is linked to it. Link it to another full partner, make it a full partner, or remove it?</numerusform>
            <numerusform>“{partner}” becomes: {role}. In that role it can have no affiliated entities, and %n are linked to it. Link them to another full partner, make them full partners, or remove them?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of {name} cannot be imported.</source>
        <translation>
            <numerusform>%n row of {name} cannot be imported.</numerusform>
            <numerusform>%n rows of {name} cannot be imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n Good Row(s)</source>
        <translation>
            <numerusform>Import %n Good Row</numerusform>
            <numerusform>Import %n Good Rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerdictBanner</name>
    <message numerus="yes">
        <source>%n requirement(s) not met</source>
        <translation>
            <numerusform>%n requirement not met</numerusform>
            <numerusform>%n requirements not met</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) to review</source>
        <translation>
            <numerusform>%n warning to review</numerusform>
            <numerusform>%n warnings to review</numerusform>
        </translation>
    </message>
</context>
</TS>
