<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
</context>
<context>
    <name>PartnerDialog</name>
    <message numerus="yes">
        <source>%n affiliated entities are linked to this organisation; in this role it can have none: give them another partner or role.</source>
        <translation>
            <numerusform>%n affiliated entity is linked to this organisation; in this role it can have none: give it another partner or role.</numerusform>
            <numerusform>%n affiliated entities are linked to this organisation; in this role it can have none: give them another partner or role.</numerusform>
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
        <source>“{partner}” has %n affiliated entities. Remove them too, or keep them as full partners?</source>
        <translation>
            <numerusform>“{partner}” has %n affiliated entity. Remove it too, or keep it as a full partner?</numerusform>
            <numerusform>“{partner}” has %n affiliated entities. Remove them too, or keep them as full partners?</numerusform>
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
