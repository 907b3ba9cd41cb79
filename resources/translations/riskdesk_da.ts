<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>CaseListPage</name>
    <message>
        <location filename="../../src/riskdesk/gui/case_list_page.py" line="63"/>
        <source>Name, CPR number or case number</source>
        <translation>Navn, CPR-nummer eller sagsnummer</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/case_list_page.py" line="64"/>
        <source>Search cases</source>
        <translation>Søg i sager</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/case_list_page.py" line="67"/>
        <source>&amp;Search:</source>
        <translation>Sø&amp;g:</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/case_list_page.py" line="70"/>
        <source>&amp;New person and case</source>
        <translation>&amp;Ny borger og sag</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/case_list_page.py" line="71"/>
        <source>New person and case</source>
        <translation>Ny borger og sag</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/case_list_page.py" line="73"/>
        <source>&amp;Open</source>
        <translation>&amp;Åbn</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/case_list_page.py" line="74"/>
        <source>Open the selected case</source>
        <translation>Åbn den valgte sag</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/case_list_page.py" line="78"/>
        <location filename="../../src/riskdesk/gui/case_list_page.py" line="118"/>
        <source>Cases</source>
        <translation>Sager</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/riskdesk/gui/case_list_page.py" line="151"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n sag</numerusform>
            <numerusform>%n sager</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../src/riskdesk/gui/case_table_model.py" line="43"/>
        <source>Case no.</source>
        <translation>Sagsnr.</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/case_table_model.py" line="45"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/case_table_model.py" line="47"/>
        <source>CPR number</source>
        <translation>CPR-nummer</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/case_table_model.py" line="49"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/case_table_model.py" line="51"/>
        <source>Kind</source>
        <translation>Sagstype</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/case_table_model.py" line="53"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/case_table_model.py" line="55"/>
        <source>Caseworker</source>
        <translation>Sagsbehandler</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/case_table_model.py" line="57"/>
        <source>Opened</source>
        <translation>Oprettet</translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message>
        <location filename="../../src/riskdesk/gui/close_case_dialog.py" line="37"/>
        <location filename="../../src/riskdesk/gui/close_case_dialog.py" line="62"/>
        <source>Close case</source>
        <translation>Luk sag</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/close_case_dialog.py" line="42"/>
        <source>Closing date</source>
        <translation>Lukkedato</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/close_case_dialog.py" line="45"/>
        <source>Reason for closing</source>
        <translation>Årsag til lukning</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/close_case_dialog.py" line="47"/>
        <source>Closing &amp;date:</source>
        <translation>Luk&amp;kedato:</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/close_case_dialog.py" line="49"/>
        <source>&amp;Reason:</source>
        <translation>Å&amp;rsag:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/riskdesk/gui/main_window.py" line="54"/>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/main_window.py" line="84"/>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/main_window.py" line="85"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Indstillinger…</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/main_window.py" line="87"/>
        <source>&amp;Lock</source>
        <translation>&amp;Lås</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/main_window.py" line="91"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/main_window.py" line="95"/>
        <source>&amp;Cases</source>
        <translation>&amp;Sager</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/main_window.py" line="96"/>
        <source>&amp;New person and case…</source>
        <translation>&amp;Ny borger og sag…</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/main_window.py" line="99"/>
        <source>&amp;Find case</source>
        <translation>&amp;Find sag</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/main_window.py" line="111"/>
        <source>RiskDesk – %1 – %2 (%3)</source>
        <translation>RiskDesk – %1 – %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/main_window.py" line="118"/>
        <source>Unlocked.</source>
        <translation>Låst op.</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/main_window.py" line="163"/>
        <source>Saved.</source>
        <translation>Gemt.</translation>
    </message>
</context>
<context>
    <name>PersonCaseEditor</name>
    <message>
        <location filename="../../src/riskdesk/gui/person_case_editor.py" line="89"/>
        <source>Problems</source>
        <translation>Problemer</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/person_case_editor.py" line="98"/>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/person_case_editor.py" line="100"/>
        <source>Save (Ctrl+S)</source>
        <translation>Gem (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/person_case_editor.py" line="104"/>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/person_case_editor.py" line="106"/>
        <source>Close without saving (Esc)</source>
        <translation>Luk uden at gemme (Esc)</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/person_case_editor.py" line="108"/>
        <source>Close case…</source>
        <translation>Luk sag…</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/person_case_editor.py" line="109"/>
        <source>Close the case</source>
        <translation>Luk sagen</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/person_case_editor.py" line="126"/>
        <location filename="../../src/riskdesk/gui/person_case_editor.py" line="127"/>
        <source>New person and case</source>
        <translation>Ny borger og sag</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/person_case_editor.py" line="128"/>
        <source>The case number is given when the case is saved.</source>
        <translation>Sagsnummeret tildeles, når sagen gemmes.</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/person_case_editor.py" line="137"/>
        <source>Person</source>
        <translation>Borger</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/person_case_editor.py" line="139"/>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/person_case_editor.py" line="141"/>
        <source>DDMMYY-SSSS</source>
        <translation>DDMMÅÅ-XXXX</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/person_case_editor.py" line="142"/>
        <source>&amp;CPR number:</source>
        <translation>&amp;CPR-nummer:</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/person_case_editor.py" line="144"/>
        <source>YYYY-MM-DD, only without a CPR number</source>
        <translation>ÅÅÅÅ-MM-DD, kun uden CPR-nummer</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/person_case_editor.py" line="145"/>
        <source>Date of &amp;birth:</source>
        <translation>Fø&amp;dselsdato:</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/person_case_editor.py" line="146"/>
        <source>P&amp;hone:</source>
        <translation>Tele&amp;fon:</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/person_case_editor.py" line="147"/>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/person_case_editor.py" line="148"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/person_case_editor.py" line="149"/>
        <source>P&amp;ostal code:</source>
        <translation>&amp;Postnummer:</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/person_case_editor.py" line="150"/>
        <source>C&amp;ity:</source>
        <translation>&amp;By:</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/person_case_editor.py" line="151"/>
        <source>Notes about the &amp;person:</source>
        <translation>Noter om bor&amp;geren:</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/person_case_editor.py" line="155"/>
        <source>Case</source>
        <translation>Sag</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/person_case_editor.py" line="158"/>
        <source>&amp;Level:</source>
        <translation>Ni&amp;veau:</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/person_case_editor.py" line="165"/>
        <source>&amp;Kind:</source>
        <translation>Sags&amp;type:</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/person_case_editor.py" line="167"/>
        <source>&amp;Referred by:</source>
        <translation>&amp;Henvist af:</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/person_case_editor.py" line="170"/>
        <source>Le&amp;gal basis for sharing:</source>
        <translation>Hje&amp;mmel til videregivelse:</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/person_case_editor.py" line="172"/>
        <source>No&amp;te on the legal basis:</source>
        <translation>N&amp;ote om hjemmel:</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/person_case_editor.py" line="176"/>
        <source>Opene&amp;d on:</source>
        <translation>Op&amp;rettet den:</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/person_case_editor.py" line="177"/>
        <source>Notes on the ca&amp;se:</source>
        <translation>Noter om &amp;sagen:</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/person_case_editor.py" line="256"/>
        <source>Person and case</source>
        <translation>Borger og sag</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/person_case_editor.py" line="259"/>
        <source>Case %1 · %2 · caseworker %3</source>
        <translation>Sag %1 · %2 · sagsbehandler %3</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <location filename="../../src/riskdesk/gui/session_controller.py" line="131"/>
        <source>The new language is used from the next start of RiskDesk.</source>
        <translation>Det nye sprog bruges, næste gang RiskDesk startes.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/riskdesk/gui/settings_dialog.py" line="35"/>
        <source>Settings</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/settings_dialog.py" line="38"/>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/settings_dialog.py" line="44"/>
        <source>Lock after minutes without use</source>
        <translation>Lås efter minutter uden brug</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/settings_dialog.py" line="46"/>
        <source> min</source>
        <translation> min.</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/settings_dialog.py" line="51"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprog:</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/settings_dialog.py" line="53"/>
        <source>Lock &amp;after:</source>
        <translation>Lås &amp;efter:</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/settings_dialog.py" line="55"/>
        <source>A new language takes effect when RiskDesk is restarted.</source>
        <translation>Et nyt sprog træder i kraft, når RiskDesk startes igen.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../src/riskdesk/gui/unlock_dialog.py" line="59"/>
        <source>RiskDesk – unlock</source>
        <translation>RiskDesk – lås op</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/unlock_dialog.py" line="63"/>
        <source>Unlock RiskDesk</source>
        <translation>Lås RiskDesk op</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/unlock_dialog.py" line="66"/>
        <source>The vault is encrypted. Enter your user name and password to open it.</source>
        <translation>Boksen er krypteret. Skriv dit brugernavn og din adgangskode for at åbne den.</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/unlock_dialog.py" line="68"/>
        <source>RiskDesk was locked because it was not used for a while.</source>
        <translation>RiskDesk blev låst, fordi den ikke har været brugt i et stykke tid.</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/unlock_dialog.py" line="73"/>
        <source>Vault file</source>
        <translation>Boksfil</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/unlock_dialog.py" line="75"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Gennemse…</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/unlock_dialog.py" line="76"/>
        <source>Browse for the vault file</source>
        <translation>Find boksfilen</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/unlock_dialog.py" line="84"/>
        <source>User name</source>
        <translation>Brugernavn</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/unlock_dialog.py" line="88"/>
        <source>Password</source>
        <translation>Adgangskode</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/unlock_dialog.py" line="91"/>
        <source>&amp;Vault:</source>
        <translation>&amp;Boks:</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/unlock_dialog.py" line="92"/>
        <source>&amp;User name:</source>
        <translation>Bruger&amp;navn:</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/unlock_dialog.py" line="93"/>
        <source>&amp;Password:</source>
        <translation>&amp;Adgangskode:</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/unlock_dialog.py" line="98"/>
        <source>Message</source>
        <translation>Besked</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/unlock_dialog.py" line="103"/>
        <source>Un&amp;lock</source>
        <translation>&amp;Lås op</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/unlock_dialog.py" line="107"/>
        <source>&amp;Quit</source>
        <translation>Af&amp;slut</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/unlock_dialog.py" line="153"/>
        <source>Choose vault</source>
        <translation>Vælg boks</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/unlock_dialog.py" line="155"/>
        <source>RiskDesk vaults (*.rdv);;All files (*)</source>
        <translation>RiskDesk-bokse (*.rdv);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/unlock_dialog.py" line="169"/>
        <source>Unlocking…</source>
        <translation>Låser op…</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/unlock_dialog.py" line="181"/>
        <source>The vault could not be opened because of an unexpected error (%1).</source>
        <translation>Boksen kunne ikke åbnes på grund af en uventet fejl (%1).</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/unlock_dialog.py" line="192"/>
        <source>Choose the vault file.</source>
        <translation>Vælg boksfilen.</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/unlock_dialog.py" line="194"/>
        <source>Enter your user name.</source>
        <translation>Skriv dit brugernavn.</translation>
    </message>
    <message>
        <location filename="../../src/riskdesk/gui/unlock_dialog.py" line="196"/>
        <source>Enter your password.</source>
        <translation>Skriv din adgangskode.</translation>
    </message>
</context>
</TS>
